/**
 * The detector contract: a detector appends the spans it finds in a normalized text to
 * `ctx.out`. Cheap facts about the text (digits? capitals? '@'?) are computed once and let a
 * detector skip a string without running a single expression.
 */
import type { DetectedSpan, PhiType } from '../types';

export interface ScanContext {
  readonly text: string;
  readonly hasDigit: boolean;
  readonly hasUpper: boolean;
  readonly hasAt: boolean;
  /** Types the caller asked not to detect in this text (e.g. dates in a system timestamp field). */
  readonly skip: ReadonlySet<PhiType> | undefined;
  readonly out: DetectedSpan[];
}

export interface Detector {
  /** Rule id: reported with each span and used to enable or disable the detector. */
  readonly id: string;
  /** The types it can report (for disabling by type). */
  readonly types: readonly PhiType[];
  run(ctx: ScanContext): void;
}

export function scanContext(text: string, skip?: ReadonlySet<PhiType>): ScanContext {
  return {
    text,
    hasDigit: /\d/.test(text),
    hasUpper: /[A-Z]/.test(text),
    hasAt: text.includes('@'),
    skip,
    out: [],
  };
}

export interface ScanOptions {
  /** Capture group holding the identifier (needs the `d` flag); the whole match otherwise. */
  group?: number;
  /** Last word on a candidate: its text, the match and the full text. */
  accept?: (value: string, match: RegExpExecArray, text: string) => boolean;
  /** Type for this candidate, if it depends on the match (phone or fax). */
  typeOf?: (match: RegExpExecArray, text: string) => PhiType;
}

/** Runs a global expression over the text and appends one span per accepted match. */
export function scan(
  ctx: ScanContext,
  re: RegExp,
  type: PhiType,
  ruleId: string,
  options: ScanOptions = {},
): void {
  re.lastIndex = 0;
  const { group, accept, typeOf } = options;
  for (let m = re.exec(ctx.text); m !== null; m = re.exec(ctx.text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    let start = m.index;
    let end = start + m[0].length;
    let value = m[0];
    if (group !== undefined) {
      const span = m.indices?.[group];
      const v = m[group];
      if (!span || v === undefined) continue;
      [start, end] = span;
      value = v;
    }
    if (accept && !accept(value, m, ctx.text)) continue;
    const t = typeOf ? typeOf(m, ctx.text) : type;
    if (ctx.skip?.has(t)) continue;
    ctx.out.push({ start, end, type: t, ruleId });
  }
}

/** The `len` characters before `index`, lower-cased: for context words. */
export function before(text: string, index: number, len: number): string {
  return text.slice(Math.max(0, index - len), index).toLowerCase();
}
