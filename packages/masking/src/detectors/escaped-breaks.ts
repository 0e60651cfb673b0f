/**
 * Labels after an escaped line break. A tool often returns a record serialized as JSON inside its
 * text ("…\"text\": \"Patient: …\\nMRN: 9530439  FIN: …\\nAccession: CT25-53055\""): each label then
 * follows the two characters `\n`, not a line break, and a label reader that wants the label at a
 * word's start does not see it. The label readers run again over a copy of the text where each
 * escaped break or tab (`\n`, `\r`, `\t`) is a blank and the break itself: the same length, so
 * their spans fall on the original text.
 */
import { type Detector, type ScanContext, scanContext } from './detector';
import { labelledValues } from './key-values';
import { labelledIds } from './labelled-ids';

/** The readers of "Label: value" pairs. */
const LABEL_READERS: readonly Detector[] = [labelledValues, labelledIds];

const ESCAPES = /\\([nrt])/g;
const BREAKS: Readonly<Record<string, string>> = { n: ' \n', r: ' \r', t: ' \t' };

function escapedBreaks(ctx: ScanContext): void {
  if (!ctx.includes('\\') || !ctx.hasUpper || !ctx.includes(':')) return;
  const { text } = ctx;
  if (!text.includes('\\n') && !text.includes('\\t')) return;
  const copy = text.replace(ESCAPES, (_, c: string) => BREAKS[c] as string);
  const inner = scanContext(copy, ctx.skip, false, ctx.fields);
  for (const reader of LABEL_READERS) reader.run(inner);
  for (const span of inner.out) ctx.out.push({ ...span, ruleId: 'escaped_breaks' });
}

export const escapedBreaksDetector: Detector = {
  id: 'escaped_breaks',
  types: [...new Set(LABEL_READERS.flatMap((d) => d.types))],
  run: escapedBreaks,
};
