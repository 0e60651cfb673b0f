/**
 * The numbers a notice gives its reader: a breach letter's activation or enrollment code for
 * credit monitoring ("Your activation code is QWZX402139.", "Enrollment Code: 4TK-20931") and
 * the reference of the incident or case it is about ("RE: Notice of Data Incident - Reference
 * INC-40213", "Our ref: PRV-2024-0192"). Each is issued to one person or one event.
 */
import type { Detector, ScanContext } from './detector';

/** A code of letters and figures (four figures at least, counted after the match). */
const CODE = '([A-Z0-9][A-Z0-9-]{4,24}[A-Z0-9])(?![A-Za-z0-9-])';
const ACTIVATION = new RegExp(
  String.raw`\b(?:[Aa]ctivation|ACTIVATION|[Ee]nrol(?:l)?ment|ENROL(?:L)?MENT|[Rr]edemption|REDEMPTION|[Ee]ngagement|ENGAGEMENT)[ \t]+(?:[Cc]ode|CODE|[Nn]umber|NUMBER|#)(?:[ \t]+(?:is|IS))?[ \t]*[:#]?[ \t]*${CODE}`,
  'dg',
);
const CODE_CUE = /ctivation|CTIVATION|nrol|NROL|edemption|EDEMPTION|ngagement|NGAGEMENT/;
/** A reference: letters, a dash, figures ("INC-40213", "PRV-2024-0192"). */
const REFERENCE =
  /\b(?:[Rr]eference|REFERENCE|[Rr]ef\.?|REF\.?|[Oo]ur [Rr]ef(?:erence)?\.?)(?:[ \t]+(?:[Nn]o\.?|[Nn]umber|#))?[ \t]*[:#]?[ \t]*((?=[A-Z]{2,6}-\d)[A-Z]{2,6}(?:-[0-9]+){1,3})(?![A-Za-z0-9-])/dg;

function figures(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

function read(ctx: ScanContext, re: RegExp): void {
  re.lastIndex = 0;
  for (let m = re.exec(ctx.text); m !== null; m = re.exec(ctx.text)) {
    const at = m.indices?.[1];
    if (at && figures(m[1] as string) >= 4)
      ctx.out.push({ start: at[0], end: at[1], type: 'other_id', ruleId: 'notice_code' });
  }
}

export const noticeCodes: Detector = {
  id: 'notice_code',
  types: ['other_id'],
  run(ctx: ScanContext) {
    if (ctx.longestDigitRun < 1 || ctx.digits < 4 || ctx.skip?.has('other_id')) return;
    if (ctx.test(CODE_CUE)) read(ctx, ACTIVATION);
    if (ctx.includes('ef') || ctx.includes('EF')) read(ctx, REFERENCE);
  },
};
