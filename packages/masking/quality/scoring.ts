/**
 * Scores an engine on a split. A labeled PHI span is leaked when any of its letters or digits
 * is outside every detected span (that character survives in the masked output); a keep span
 * is destroyed when any detected span overlaps it.
 */
import type { Detection, EngineUnderTest } from './engine-adapter';
import { pathKey, stringAt } from './json-path';
import {
  KEEP_KINDS,
  type KeepKind,
  type Label,
  PHI_TYPES,
  type PhiType,
  type QualityDoc,
  type Split,
} from './labels';

export interface Failure {
  doc: string;
  path?: string;
  value: string;
  /** The labeled value in its surrounding text, with the parts the engine detected in ⟦…⟧. */
  context: string;
}

export interface TypeScore {
  labeled: number;
  failed: number;
  /** PHI only: spans masked, but by no detection of their own type (a fax reported as a phone). */
  mistyped: number;
  /** Labeled and failed counts by the generator's format variant (`hl7`, `ssn-endash`, …). */
  forms: Record<string, { labeled: number; failed: number }>;
  examples: Failure[];
}

export interface SplitScore {
  split: Split;
  api: EngineUnderTest['api'];
  docs: number;
  phi: Record<PhiType, TypeScore>;
  keep: Record<KeepKind, TypeScore>;
  totals: { phiLabeled: number; leaked: number; keepLabeled: number; destroyed: number };
  /** JSON strings the engine changed without reporting spans at their path (scored coarsely). */
  unattributed: number;
  ms: number;
}

const EXAMPLES_PER_TYPE = Number(process.env.QUALITY_EXAMPLES ?? 5);
const ALNUM = /[\p{L}\p{N}]/u;

function emptyScores<K extends string>(keys: readonly K[]): Record<K, TypeScore> {
  return Object.fromEntries(
    keys.map((k) => [k, { labeled: 0, failed: 0, mistyped: 0, forms: {}, examples: [] }]),
  ) as unknown as Record<K, TypeScore>;
}

export function isLeaked(text: string, label: Label, spans: readonly Detection[]): boolean {
  const covered = (i: number): boolean => spans.some((s) => s.start <= i && i < s.end);
  for (let i = label.start; i < label.end; i++) {
    // By code point: a digit outside the BMP is two UTF-16 units, and both must be covered.
    const char = String.fromCodePoint(text.codePointAt(i) as number);
    if (ALNUM.test(char) && (!covered(i) || (char.length === 2 && !covered(i + 1)))) return true;
    if (char.length === 2) i++;
  }
  return false;
}

function overlaps(span: Detection, label: Label): boolean {
  return span.start < label.end && label.start < span.end;
}

export function isDestroyed(label: Label, spans: readonly Detection[]): boolean {
  return spans.some((s) => overlaps(s, label));
}

/** `text[from, to)` with the detected parts in ⟦…⟧. */
export function markDetected(text: string, spans: readonly Detection[], from = 0, to = text.length): string {
  const covered = (i: number): boolean => spans.some((s) => s.start <= i && i < s.end);
  let out = '';
  for (let i = from; i < to; i++) {
    const inside = covered(i);
    const before = i > from && covered(i - 1);
    if (inside && !before) out += '⟦';
    if (!inside && before) out += '⟧';
    out += text[i];
  }
  if (to > from && covered(to - 1)) out += '⟧';
  return out;
}

function context(text: string, label: Label, spans: readonly Detection[]): string {
  const from = Math.max(0, label.start - 40);
  const to = Math.min(text.length, label.end + 40);
  return markDetected(text, spans, from, to).replace(/\n/g, '⏎');
}

export function scoreDocs(split: Split, docs: readonly QualityDoc[], engine: EngineUnderTest): SplitScore {
  const started = performance.now();
  const score: SplitScore = {
    split,
    api: engine.api,
    docs: docs.length,
    phi: emptyScores(PHI_TYPES),
    keep: emptyScores(KEEP_KINDS),
    totals: { phiLabeled: 0, leaked: 0, keepLabeled: 0, destroyed: 0 },
    unattributed: 0,
    ms: 0,
  };
  const judge = (
    doc: string,
    text: string,
    label: Label,
    spans: readonly Detection[],
    path?: string,
  ): void => {
    const bucket =
      label.class === 'phi' ? score.phi[label.type as PhiType] : score.keep[label.type as KeepKind];
    bucket.labeled++;
    const failed = label.class === 'phi' ? isLeaked(text, label, spans) : isDestroyed(label, spans);
    const formKey = label.form ?? '-';
    const form = bucket.forms[formKey] ?? { labeled: 0, failed: 0 };
    bucket.forms[formKey] = form;
    form.labeled++;
    if (failed) form.failed++;
    if (label.class === 'phi') score.totals.phiLabeled++;
    else score.totals.keepLabeled++;
    if (!failed) {
      if (label.class === 'phi' && !spans.some((s) => s.type === label.type && overlaps(s, label)))
        bucket.mistyped++;
      return;
    }
    bucket.failed++;
    if (label.class === 'phi') score.totals.leaked++;
    else score.totals.destroyed++;
    if (bucket.examples.length < EXAMPLES_PER_TYPE) {
      const failure: Failure = { doc, value: label.value, context: context(text, label, spans) };
      if (path !== undefined) failure.path = path;
      bucket.examples.push(failure);
    }
  };
  const scoreDoc = (doc: QualityDoc): void => {
    if (doc.format === 'text') {
      const spans = engine.detectText(doc.text);
      for (const label of doc.labels) judge(doc.id, doc.text, label, spans);
      return;
    }
    const { detections, unattributed } = engine.detectJson(doc.value);
    score.unattributed += unattributed;
    for (const label of doc.labels) {
      const text = stringAt(doc.value, label.path);
      judge(doc.id, text, label, detections.get(pathKey(label.path)) ?? [], label.path.join('.'));
    }
  };
  for (const doc of docs) {
    try {
      scoreDoc(doc);
    } catch (error) {
      throw new Error(`scoring ${doc.id}: ${error instanceof Error ? error.message : String(error)}`, {
        cause: error,
      });
    }
  }
  score.ms = Math.round(performance.now() - started);
  return score;
}

/** The targets: share of labeled PHI spans leaked, share of keep strings destroyed. */
export const TARGETS = { leakPct: 1, destroyedPct: 2 } as const;

export function meetsTargets(score: SplitScore): boolean {
  return (
    pct(score.totals.leaked, score.totals.phiLabeled) <= TARGETS.leakPct &&
    pct(score.totals.destroyed, score.totals.keepLabeled) <= TARGETS.destroyedPct
  );
}

export function pct(failed: number, labeled: number): number {
  return labeled === 0 ? 0 : (100 * failed) / labeled;
}
