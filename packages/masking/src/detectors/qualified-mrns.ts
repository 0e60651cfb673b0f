/**
 * Record numbers the label readers miss in transfer and admission banners:
 * - a record number's label with a note in brackets between it and the number, as a transfer
 *   names the sending or receiving hospital's record ("MRN (sending) 0127924", "MRN (receiving):
 *   HV1835236", "MRN (old) 339-77-84");
 * - a record number alone after the patient's age in a banner line ("Patient Jane Roe, 45 y.o.,
 *   HV6771295"), where nothing else of its shape is written: six digits or more, with up to three
 *   capitals before them, or three, two and two digits ("758-69-73"). A count of days or a year after
 *   the age ("45 y.o., 3 days of fever", "45 y.o., 2019 diagnosis") has fewer digits.
 */
import type { Detector, ScanContext } from './detector';

const VALUE = '((?:[A-Z]{1,3}-?)?\\d{6,12}|\\d{3}-\\d{2}-\\d{2})(?![\\w-]|[.,]\\d)';
/** "MRN (sending) 0127924": a label, one to three words in brackets, then the number. */
const BRACKETED_RE = new RegExp(
  `\\b(?:MRN|MR#|Med(?:ical)?[ \\t]+Rec(?:ord)?(?:[ \\t]+(?:No\\.?|Number|#))?)[ \\t]*\\([A-Za-z][A-Za-z' -]{1,30}\\)[ \\t]*[:#]?[ \\t]*${VALUE}`,
  'dgi',
);
/** "45 y.o., HV6771295": the number closing the banner's line after the age. */
const AFTER_AGE_RE = new RegExp(
  `\\b\\d{1,3}[ \\t]*(?:y\\.?\\s?o\\.?|y/o|yo|yrs?|years?[ \\t]+old),[ \\t]+${VALUE}(?=[ \\t]*(?:\\r?\\n|$|[;|]))`,
  'dgi',
);

function push(ctx: ScanContext, re: RegExp): void {
  const { text } = ctx;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.indices?.[1];
    if (at) ctx.out.push({ start: at[0], end: at[1], type: 'mrn', ruleId: 'mrn_context' });
  }
}

export const qualifiedMrns: Detector = {
  id: 'qualified_mrn',
  types: ['mrn'],
  run(ctx) {
    if (!ctx.hasDigit || ctx.skip?.has('mrn')) return;
    if (
      ctx.includes('(') &&
      (ctx.includes('MR') || ctx.includes('mrn') || ctx.includes('Med') || ctx.includes('med'))
    )
      push(ctx, BRACKETED_RE);
    if (
      ctx.includes(',') &&
      (ctx.includes('y.o') || ctx.includes('yo,') || ctx.includes('y/o') || ctx.includes('old,'))
    )
      push(ctx, AFTER_AGE_RE);
  },
};
