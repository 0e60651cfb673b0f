/**
 * The masker: configuration compiled once, then `maskText`, `maskJson` and `maskFrame`. A
 * payload that cannot be masked with certainty — invalid JSON, a rule that threw or ran past
 * its budget, nesting too deep to walk — comes out fully redacted (quarantined), never in
 * clear; rule errors are returned for the caller to record.
 */
import { CompiledRules, type ProgrammaticDetector } from './compiled-rules';
import { JsonTooDeepError } from './json-tree';
import { type LeafEdit, MaskingSession } from './masking-session';
import { walkJsonText } from './mcp-walk';
import { emptyRulesConfig, parseRulesYaml, type RulesConfig, rulesFromObject } from './rule-config';
import type { MatchRecord, PhiType, RuleError, Strategy } from './types';

export const QUARANTINED_JSON = '{"redacted":"quarantined"}';
export const QUARANTINED_TEXT = '[QUARANTINED]';

export interface MaskerConfig {
  /** A rules file's text (YAML). */
  rulesYaml?: string;
  /** The same, already parsed (or a RulesConfig from `parseRulesYaml`). */
  rules?: unknown;
  /** Key for pseudonyms and date shifts; required when either strategy is used. */
  tenantKey?: string | Uint8Array;
  /** Strategy per identifier type (`default` for the rest); overrides the rules file. */
  strategies?: Partial<Record<PhiType | 'default', Strategy>>;
  /** Rules written in code. */
  detectors?: ProgrammaticDetector[];
}

export type QuarantineReason = 'invalid_json' | 'rule_error' | 'too_deep';

export interface TextMaskResult {
  text: string;
  matches: MatchRecord[];
  quarantined: boolean;
  quarantineReason?: QuarantineReason;
  ruleErrors: RuleError[];
}

export interface JsonMaskResult {
  value: unknown;
  matches: MatchRecord[];
  quarantined: boolean;
  quarantineReason?: QuarantineReason;
  ruleErrors: RuleError[];
}

export interface MaskOptions {
  /** Pseudonym of the patient the payload is about (date shifts); found in the payload otherwise. */
  patientKey?: string;
}

export interface Masker {
  maskText(text: string, options?: MaskOptions): TextMaskResult;
  maskJson(value: unknown, options?: MaskOptions): JsonMaskResult;
  /** A JSON text (an MCP JSON-RPC message, a batch, or any JSON): masked text of the same shape. */
  maskFrame(jsonText: string, options?: MaskOptions): TextMaskResult;
  readonly rules: CompiledRules;
}

function rulesConfigOf(config: MaskerConfig): RulesConfig {
  if (config.rulesYaml !== undefined) return parseRulesYaml(config.rulesYaml);
  if (config.rules === undefined) return emptyRulesConfig();
  const r = config.rules as Partial<RulesConfig>;
  if (Array.isArray(r.rules) && r.fields && Array.isArray(r.disable) && typeof r.budgetMs === 'number') {
    return r as RulesConfig;
  }
  return rulesFromObject(config.rules);
}

function keyBuffer(key: string | Uint8Array | undefined): Buffer | undefined {
  if (key === undefined) return undefined;
  const b = typeof key === 'string' ? Buffer.from(key, 'utf8') : Buffer.from(key);
  if (b.length < 16) throw new Error('masking: the tenant key must be at least 16 bytes');
  return b;
}

function quarantined(text: string, reason: QuarantineReason, ruleErrors: RuleError[]): TextMaskResult {
  return { text, matches: [], quarantined: true, quarantineReason: reason, ruleErrors };
}

export function createMasker(config: MaskerConfig = {}): Masker {
  return maskerFor(
    new CompiledRules(rulesConfigOf(config), {
      tenantKey: keyBuffer(config.tenantKey),
      strategies: config.strategies,
      detectors: config.detectors,
    }),
  );
}

/** A masker over rules compiled by the caller (the benchmark's one-rule passes). */
export function maskerFor(rules: CompiledRules): Masker {
  function maskText(text: string, options: MaskOptions = {}): TextMaskResult {
    const session = new MaskingSession(rules, options.patientKey);
    let out: string;
    try {
      const spans = session.detect(text);
      out = session.failed ? '' : session.renderValue(text, spans, '$');
    } catch {
      return quarantined(QUARANTINED_TEXT, 'rule_error', session.ruleErrors);
    }
    if (session.failed) return quarantined(QUARANTINED_TEXT, 'rule_error', session.ruleErrors);
    return { text: out, matches: session.matches, quarantined: false, ruleErrors: [] };
  }

  function maskFrame(jsonText: string, options: MaskOptions = {}): TextMaskResult {
    const session = new MaskingSession(rules, options.patientKey);
    let edits: LeafEdit[] | undefined;
    try {
      // Parsed once: the walk's parser checks the grammar as JSON.parse does.
      edits = walkJsonText({ rules, session }, jsonText, '$');
    } catch (err) {
      const reason = err instanceof RangeError || err instanceof JsonTooDeepError ? 'too_deep' : 'rule_error';
      return quarantined(QUARANTINED_JSON, reason, session.ruleErrors);
    }
    if (edits === undefined) return quarantined(QUARANTINED_JSON, 'invalid_json', []);
    if (session.failed) return quarantined(QUARANTINED_JSON, 'rule_error', session.ruleErrors);
    const text = session.render(jsonText, edits);
    return { text, matches: session.matches, quarantined: false, ruleErrors: [] };
  }

  function maskJson(value: unknown, options?: MaskOptions): JsonMaskResult {
    let text: string | undefined;
    try {
      text = JSON.stringify(value);
    } catch (err) {
      // Nested deeper than the serializer's stack (a RangeError), or no JSON at all (a cycle, a
      // BigInt): fully redacted, as a JSON text that could not be walked is.
      const reason = err instanceof RangeError ? 'too_deep' : 'invalid_json';
      return {
        value: JSON.parse(QUARANTINED_JSON),
        matches: [],
        quarantined: true,
        quarantineReason: reason,
        ruleErrors: [],
      };
    }
    if (text === undefined) return { value, matches: [], quarantined: false, ruleErrors: [] };
    const r = maskFrame(text, options);
    return {
      value: JSON.parse(r.text),
      matches: r.matches,
      quarantined: r.quarantined,
      ...(r.quarantineReason ? { quarantineReason: r.quarantineReason } : {}),
      ruleErrors: r.ruleErrors,
    };
  }

  return { maskText, maskJson, maskFrame, rules };
}
