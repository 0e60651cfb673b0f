/**
 * @proctor/masking — finds the HIPAA Safe Harbor identifiers in MCP traffic and masks them.
 *
 * - `detectText(text)`: identifier spans (UTF-16 offsets into the original string).
 * - `createMasker(config)`: `maskText`, `maskJson`, `maskFrame` with rules, strategies and a
 *   tenant key.
 * - `maskJsonText(text)`: the default masker over one JSON text, with per-rule match counts
 *   (what the audit pipeline stores).
 */
import { createMasker, type Masker, QUARANTINED_JSON, type QuarantineReason } from './masker';
import type { MatchRecord } from './types';

export { BUILTIN_RULE_IDS as DEFAULT_RULES, type MaskingRule } from './builtin-rules';
export type { ProgrammaticDetector } from './compiled-rules';
export { type DetectOptions, detectText } from './detect';
export {
  createMasker,
  type JsonMaskResult,
  type Masker,
  type MaskerConfig,
  type MaskOptions,
  QUARANTINED_JSON,
  QUARANTINED_TEXT,
  type QuarantineReason,
  type TextMaskResult,
} from './masker';
export { MaskingRulesError, parseRulesYaml, type RulesConfig, rulesFromObject } from './rule-config';
export {
  type DetectedSpan,
  type MatchRecord,
  PHI_TYPES,
  type PhiType,
  type RuleError,
  STRATEGIES,
  type Strategy,
} from './types';

export interface RuleMatchCount {
  rule: string;
  count: number;
}

export interface MaskResult {
  text: string;
  /** Matches per rule id. */
  matches: RuleMatchCount[];
  /** Every match (path, span, rule, type, strategy, pseudonym): never the clear value. */
  records: MatchRecord[];
  quarantined: boolean;
  /** Why the text was quarantined; never contains any of its content. */
  quarantineReason?: QuarantineReason;
}

let defaultMasker: Masker | undefined;

/** The masker with the default rules (redaction, no custom rules), built once. */
export function engineFor(): Masker {
  defaultMasker ??= createMasker();
  return defaultMasker;
}

export function countByRule(records: readonly MatchRecord[]): RuleMatchCount[] {
  const out: RuleMatchCount[] = [];
  if (records.length === 0) return out;
  const byRule = new Map<string, RuleMatchCount>();
  for (const r of records) {
    const seen = byRule.get(r.ruleId);
    if (seen) seen.count++;
    else {
      const entry = { rule: r.ruleId, count: 1 };
      byRule.set(r.ruleId, entry);
      out.push(entry);
    }
  }
  return out;
}

/** Masks a JSON text (an MCP message or any JSON) with the given masker, the default one otherwise. */
export function maskJsonText(text: string, masker: Masker = engineFor()): MaskResult {
  const r = masker.maskFrame(text);
  return {
    text: r.quarantined ? QUARANTINED_JSON : r.text,
    matches: countByRule(r.matches),
    records: r.matches,
    quarantined: r.quarantined,
    ...(r.quarantineReason ? { quarantineReason: r.quarantineReason } : {}),
  };
}

/** Masks one string. Throws if a rule fails (a caller masking free text must not fall back to it). */
export function maskString(text: string, masker: Masker = engineFor()): string {
  const r = masker.maskText(text);
  if (r.quarantined) throw new Error(`masking: rule error (${r.ruleErrors.map((e) => e.ruleId).join(', ')})`);
  return r.text;
}
