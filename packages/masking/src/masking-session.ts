/**
 * One masking call: finds identifiers in the strings a traversal hands it, remembers them
 * (with their clear text, in memory only, until replacements are rendered), runs custom and
 * programmatic rules within the time budget, and renders replacements with the configured
 * strategies once the whole payload is known (date shifting needs the patient).
 */
import { type CompiledRules, DetectorError } from './compiled-rules';
import { shiftDate } from './date-shift';
import {
  dateShiftDays,
  partialReplacement,
  pseudonymReplacement,
  pseudonymToken,
  redactLabel,
} from './strategies';
import type { DetectedSpan, MatchRecord, PhiType, RuleError, Strategy } from './types';

export interface Pending {
  start: number;
  end: number;
  type: PhiType;
  ruleId: string;
  strategy: Strategy;
}

/** A string (or number) of a JSON text that changes. Offsets are the token's, in that text. */
export interface LeafEdit {
  start: number;
  end: number;
  path: string;
  value: string;
  spans: readonly Pending[];
  /** JSON found inside the string: its own edits, rendered first. */
  inner?: { text: string; edits: LeafEdit[] };
  /**
   * For an object's key: the keys it must differ from once rendered (its siblings, and the keys
   * rendered before it), so masking two names to one placeholder keeps both entries.
   */
  keyScope?: Set<string>;
}

/** What `detect` returns for a string without identifiers (most strings): shared, never changed. */
const NO_SPANS: readonly Pending[] = Object.freeze([]);

/** Identifier types that pick the patient whose dates move together, in order of preference. */
const PATIENT_KEY_TYPES: PhiType[] = ['mrn', 'health_plan', 'ssn', 'name', 'email', 'phone'];

export class MaskingSession {
  readonly ruleErrors: RuleError[] = [];
  readonly matches: MatchRecord[] = [];
  private customMs = 0;
  private patientValue: { type: PhiType; value: string } | undefined;
  private readonly patientKey: string | undefined;
  private patientRank = Number.POSITIVE_INFINITY;

  constructor(
    private readonly rules: CompiledRules,
    patientKey?: string,
  ) {
    if (patientKey !== undefined) {
      this.patientKey = patientKey;
      this.patientRank = -1;
    }
  }

  get failed(): boolean {
    return this.ruleErrors.length > 0;
  }

  /** Identifiers in one string value. */
  detect(value: string, skip?: ReadonlySet<PhiType>): readonly Pending[] {
    let spans: DetectedSpan[];
    try {
      spans = this.rules.detectBuiltIn(value, skip);
    } catch (err) {
      // A built-in detector that throws is a rule error like a custom rule's: reported by name,
      // and the payload quarantined (the error goes on up, so nothing more of it is read).
      if (err instanceof DetectorError)
        this.ruleErrors.push({ ruleId: err.ruleId, reason: 'threw', errorName: err.errorName });
      throw err;
    }
    if (this.rules.hasCustom && !this.failed) {
      // Custom rules first: where they find the same span as a built-in, theirs wins.
      const custom: DetectedSpan[] = [];
      const started = performance.now();
      const error = this.rules.detectCustom(value, custom);
      this.customMs += performance.now() - started;
      if (error) this.ruleErrors.push(error);
      else if (this.customMs > this.rules.budgetMs) {
        this.ruleErrors.push({ ruleId: this.rules.slowestCustomRule(), reason: 'budget_exceeded' });
      }
      if (custom.length > 0) spans = custom.concat(spans);
    }
    if (spans.length === 0) return NO_SPANS;
    const merged = this.rules.merge(spans);
    const out: Pending[] = [];
    for (const s of merged) out.push(this.pending(value, s.start, s.end, s.type, s.ruleId));
    return out;
  }

  /** Spans of one value merged where they overlap (the longer span's type wins). */
  mergePending(spans: Pending[]): Pending[] {
    return this.rules.merge(spans as (DetectedSpan & Pending)[]) as Pending[];
  }

  /** The whole value is an identifier (a field rule). */
  whole(value: string, type: PhiType, ruleId: string): readonly Pending[] {
    if (value.length === 0) return NO_SPANS;
    return [this.pending(value, 0, value.length, type, ruleId)];
  }

  private pending(value: string, start: number, end: number, type: PhiType, ruleId: string): Pending {
    const rank = PATIENT_KEY_TYPES.indexOf(type);
    if (rank >= 0 && rank < this.patientRank) {
      this.patientRank = rank;
      this.patientValue = { type, value: value.slice(start, end) };
    }
    return { start, end, type, ruleId, strategy: this.rules.strategyFor(type, ruleId) };
  }

  /** Applies a text's edits; records every match. */
  render(text: string, edits: LeafEdit[]): string {
    if (edits.length === 0) return text;
    edits.sort((a, b) => a.start - b.start);
    const chunks: string[] = [];
    let copied = 0;
    for (const edit of edits) {
      chunks.push(text.slice(copied, edit.start));
      const value = edit.inner ? this.render(edit.inner.text, edit.inner.edits) : edit.value;
      const rendered = this.renderValue(value, edit.spans, edit.path);
      chunks.push(JSON.stringify(edit.keyScope ? distinctKey(rendered, edit.keyScope) : rendered));
      copied = edit.end;
    }
    chunks.push(text.slice(copied));
    return chunks.join('');
  }

  /** Replaces spans of one string value. */
  renderValue(value: string, spans: readonly Pending[], path: string): string {
    if (spans.length === 0) return value;
    const out: string[] = [];
    let copied = 0;
    for (const s of spans) {
      if (s.start < copied) continue;
      out.push(value.slice(copied, s.start));
      out.push(this.replacement(value.slice(s.start, s.end), s, path));
      copied = s.end;
    }
    out.push(value.slice(copied));
    return out.join('');
  }

  /** Dates move by the patient's offset: the pseudonym of the payload's best patient identifier. */
  private patientPseudonym(key: Buffer): string {
    if (this.patientKey !== undefined) return this.patientKey;
    const p = this.patientValue;
    return p ? pseudonymToken(key, p.type, p.value) : 'no-patient';
  }

  private replacement(clear: string, s: Pending, path: string): string {
    const record: MatchRecord = {
      jsonPath: path,
      start: s.start,
      end: s.end,
      ruleId: s.ruleId,
      type: s.type,
      strategy: s.strategy,
    };
    let text: string | undefined;
    const key = this.rules.tenantKey;
    if (s.strategy === 'pseudonym' && key) {
      const token = pseudonymToken(key, s.type, clear);
      record.pseudonym = token;
      text = pseudonymReplacement(s.type, token);
    } else if (s.strategy === 'partial') {
      text = partialReplacement(s.type, clear);
    } else if (s.strategy === 'dateshift' && key && s.type === 'date') {
      text = shiftDate(clear, dateShiftDays(key, this.patientPseudonym(key)));
    }
    if (text === undefined) {
      record.strategy = 'redact';
      text = redactLabel(s.type);
    }
    this.matches.push(record);
    return text;
  }
}

/** `key`, or `key 2`, `key 3`… : the first that no key of `scope` is; recorded in `scope`. */
function distinctKey(key: string, scope: Set<string>): string {
  let out = key;
  for (let n = 2; scope.has(out); n++) out = `${key} ${n}`;
  scope.add(out);
  return out;
}
