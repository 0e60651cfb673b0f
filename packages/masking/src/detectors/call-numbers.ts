/**
 * The number a call, an incident or an intake is logged under, after its word and a number sign
 * ("call# CL-97036532", "Incident no. 4471902", "CAD # 24-118402") or right after a report's
 * title on its heading ("Intake Report  2022-GC-07704", "Investigation Report F95939847"): a
 * record of one person's crisis, report or referral. The number has four figures at least, after
 * up to four capitals; its prefix is kept with it ("CL-").
 */
import { type Detector, pushClosingGroup } from './detector';

const NUMBER = String.raw`((?:\d{2,4}-)?[A-Z]{1,4}-?\d{4,12}|\d{2,4}-\d{4,12}|\d{5,12})`;
const CALL_NUMBER = new RegExp(
  String.raw`(?<![\p{L}])(?:[Cc]all|CALL|[Ii]ncident|INCIDENT|[Dd]ispatch|DISPATCH|CAD|[Rr]un|RUN)[ \t]*(?:#|[Nn]o\.|NO\.|[Nn]umber|NUMBER)[ \t]*:?[ \t]*${NUMBER}(?![\p{L}\p{N}-])`,
  'gu',
);
const REPORT_NUMBER = new RegExp(
  String.raw`(?<![\p{L}])(?:[Ii]ntake|INTAKE|[Ii]ncident|INCIDENT|[Ii]nvestigation|INVESTIGATION|[Rr]eferral|REFERRAL)[ \t]+(?:[Rr]eport|REPORT)[ \t]*[:#]?[ \t]+${NUMBER}(?![\p{L}\p{N}-])`,
  'gu',
);

export const callNumbers: Detector = {
  id: 'call_number',
  types: ['other_id'],
  run(ctx) {
    if (ctx.longestDigitRun < 4 || ctx.skip?.has('other_id')) return;
    if (ctx.includes('#') || ctx.test(/\b(?:no\.|number)/i))
      pushClosingGroup(ctx, CALL_NUMBER, 'other_id', 'call_number');
    if (ctx.test(/report/i)) pushClosingGroup(ctx, REPORT_NUMBER, 'other_id', 'call_number');
  },
};
