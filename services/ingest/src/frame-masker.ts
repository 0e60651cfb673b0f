/**
 * The masking port of ingest: the engine's `createMasker().maskFrame` (one match per span,
 * rule errors returned), read defensively so that a malformed result quarantines rather
 * than leaks.
 */
import { createMasker, type MaskerConfig, type TextMaskResult } from '@proctor/masking';

export interface MaskMatch {
  /** JSON path of the string that matched, within the text given to the masker. */
  jsonPath: string;
  /** Character span in that string; -1 when the engine does not report spans. */
  start: number;
  end: number;
  ruleId: string;
  /** Identifier type (ssn, name, date, …). */
  type: string;
  strategy: string;
  pseudonym?: string;
  /** Matches this entry stands for (1 for a span; a rule's count from a counting engine). */
  count: number;
}

export interface RuleFailure {
  ruleId: string;
  /** Payload-free: a code or the engine's description of the failure. */
  error: string;
}

export interface FrameMaskResult {
  /** Valid JSON of the same shape, or the quarantine placeholder. */
  text: string;
  matches: MaskMatch[];
  quarantined: boolean;
  ruleErrors: RuleFailure[];
}

export type FrameMasker = (jsonText: string) => FrameMaskResult | Promise<FrameMaskResult>;

export const QUARANTINED_TEXT = '{"redacted":"quarantined"}';

/** The default masker: the engine with the given rules (default rules when none). */
export function defaultFrameMasker(config?: MaskerConfig): FrameMasker {
  const engine = createMasker(config);
  return (text) => fromEngineResult(engine.maskFrame(text));
}

const str = (value: unknown, fallback: string): string => (typeof value === 'string' ? value : fallback);
const int = (value: unknown): number =>
  typeof value === 'number' && Number.isSafeInteger(value) ? value : -1;

/**
 * Rule ids and error codes are stored beside the session; an engine's error text could quote
 * the value it failed on, so only short code-like strings are kept.
 */
function codeOnly(value: string): string {
  return /^[\w.:/-]{1,80}$/.test(value) ? value : 'rule_error';
}

/** Reads the engine's result defensively: a malformed result quarantines rather than leaks. */
function fromEngineResult(raw: TextMaskResult | unknown): FrameMaskResult {
  const r = raw as { text?: unknown; matches?: unknown; quarantined?: unknown; ruleErrors?: unknown };
  if (typeof r?.text !== 'string') {
    return {
      text: QUARANTINED_TEXT,
      matches: [],
      quarantined: true,
      ruleErrors: [{ ruleId: 'engine', error: 'bad_result' }],
    };
  }
  const matches = Array.isArray(r.matches) ? (r.matches as Record<string, unknown>[]) : [];
  const errors = Array.isArray(r.ruleErrors) ? (r.ruleErrors as Record<string, unknown>[]) : [];
  return {
    text: r.text,
    quarantined: r.quarantined === true,
    matches: matches.map((m) => ({
      jsonPath: str(m.jsonPath, '$'),
      start: int(m.start),
      end: int(m.end),
      ruleId: str(m.ruleId, 'unknown'),
      type: str(m.type, str(m.ruleId, 'unknown')),
      strategy: str(m.strategy, 'redact'),
      ...(typeof m.pseudonym === 'string' && { pseudonym: m.pseudonym }),
      count: 1,
    })),
    ruleErrors: errors.map((e) => ({
      ruleId: codeOnly(str(e.ruleId, str(e.rule, 'unknown'))),
      error: codeOnly(str(e.code, str(e.error, str(e.reason, 'rule_error')))),
    })),
  };
}

/** A masker that throws is a failing rule: the text is quarantined, never passed through. */
export async function maskSafely(masker: FrameMasker, text: string): Promise<FrameMaskResult> {
  try {
    return await masker(text);
  } catch {
    return {
      text: QUARANTINED_TEXT,
      matches: [],
      quarantined: true,
      ruleErrors: [{ ruleId: 'unknown', error: 'threw' }],
    };
  }
}
