/**
 * In-house pager numbers: a hospital's pager or beeper written as its short extension after the
 * pager's word ("pgr 2-2879", "pager #4-1187", "beeper 83330", "bpr: 6-0083"). A full number to
 * dial is the phone detectors'; what follows another word ("pgr PGY-2") or a count ("pager x2")
 * stays.
 */
import { type Detector, type ScanContext, scan } from './detector';

/** A pager's word, an optional number mark, then one or two digits, a hyphen and four, or four to six digits. */
const PAGER_RE =
  /\b(?:pager|pgr|beeper|bpr|bleep)\s*(?:#|no\.?|num(?:ber)?\.?)?\s*[:#]?\s*(\d{1,2}-\d{4}|\d{4,6})(?![\w-]|[.,/]\d)/dgi;
const PAGER_GATE = /pager|pgr|beeper|bpr|bleep/i;

export const pagerExtensions: Detector = {
  id: 'pager_extension',
  types: ['phone'],
  run(ctx: ScanContext) {
    if (ctx.longestDigitRun < 4 || ctx.skip?.has('phone') || !ctx.test(PAGER_GATE)) return;
    scan(ctx, PAGER_RE, 'phone', 'pager_extension', { group: 1 });
  },
};
