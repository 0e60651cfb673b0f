/**
 * A letter's or a determination's own reference number after the word "Reference" ("Reference
 * CLM425070000", "Reference #0180GR863836"): figures six at least, perhaps with capitals, no
 * blank or dash. A reference range, a code with a dash ("Reference 20454-5") and a year stay.
 */
import type { DetectedSpan } from '../types';
import type { Detector, ScanContext } from './detector';

const REFERENCE_RE =
  /\b(?:Reference|REFERENCE|Ref\.?|REF)(?:[ \t]*(?:#|[Nn]o\.?|[Nn]umber|NUMBER))?(?:[ \t]*[:#][ \t]{0,3}|[ \t]{1,3})((?=(?:[A-Z]*\d){6})[A-Z0-9]{8,20})(?![\w/-])/dg;

function run(ctx: ScanContext): void {
  const { text } = ctx;
  if (!(text.includes('Ref') || text.includes('REF'))) return;
  REFERENCE_RE.lastIndex = 0;
  for (let m = REFERENCE_RE.exec(text); m !== null; m = REFERENCE_RE.exec(text)) {
    const at = m.indices?.[1];
    if (at)
      ctx.out.push({
        start: at[0],
        end: at[1],
        type: 'other_id',
        ruleId: 'letter_reference',
      } satisfies DetectedSpan);
  }
}

export const letterReferences: Detector = { id: 'letter_reference', types: ['other_id'], run };
