/**
 * A mail or parcel tracking number after its label: "Tracking #: 9407 8932 6199 9399 7957 96"
 * (USPS certified mail), "Certified Mail No. 7019 0700 0000 1234 5678", "UPS tracking 1Z999AA10123456784".
 * A letter to a patient is traced by it, so it is a unique number tied to them.
 */
import type { Detector, ScanContext } from './detector';

const TRACKING_RE =
  /(?<![\w-])(?:[Tt]racking|TRACKING|[Cc]ertified [Mm]ail|CERTIFIED MAIL|[Aa]rticle|ARTICLE|[Ww]aybill|[Aa]ir ?[Ww]aybill)(?:[ \t]+(?:[Nn]o\.?|[Nn]umber|NUMBER|NO\.?|ID|[Nn]um\.?|[Cc]ode))?[ \t]*#?[ \t]*:?[ \t]*((?:1Z)?[A-Z\d]{2,30}(?:[ -][A-Z\d]{2,12}){0,7})(?![\w-])/dg;
/** Word parts one of the labels holds (any case of its first letter). */
const LABEL_PARTS = ['racking', 'RACKING', 'ertified', 'ERTIFIED', 'rticle', 'RTICLE', 'aybill'];
/** Digits a tracking number has at least (a USPS number has 20 to 22, a UPS one 16). */
const MIN_DIGITS = 10;

function trackingNumbers(ctx: ScanContext): void {
  if (ctx.digits < MIN_DIGITS || ctx.skip?.has('other_id')) return;
  if (!LABEL_PARTS.some((w) => ctx.mayInclude(w))) return;
  const { text } = ctx;
  TRACKING_RE.lastIndex = 0;
  for (let m = TRACKING_RE.exec(text); m !== null; m = TRACKING_RE.exec(text)) {
    const span = m.indices?.[1];
    if (!span || (m[1] as string).replace(/\D/g, '').length < MIN_DIGITS) continue;
    ctx.out.push({ start: span[0], end: span[1], type: 'other_id', ruleId: 'tracking_numbers' });
  }
}

export const trackingNumbersDetector: Detector = {
  id: 'tracking_numbers',
  types: ['other_id'],
  run: trackingNumbers,
};
