/**
 * A North American number written as ten bare figures, which the phone detector leaves alone
 * when nothing marks it as one (ten figures may be an account or an order): here its extension
 * after it ("(3125550147 x214)", "3125550147, ext 9", glued on: "3125550147x8054") or the words
 * a number to call or text stand after ("their # is 3125550147", "call me at 3125550147",
 * "cell: 3125550147", "nurse line 3125550147", a pharmacy's "ValuMed Pharmacy 3125550147" or
 * "Pharmacy: Greenleaf Drug 3125550147", a
 * text reminder's "Questions? 3125550147", an SMS thread's
 * "… <-> 3125550147") say it is a phone number.
 */
import { before, type Detector, type ScanContext } from './detector';

/**
 * Ten figures with an area code's first figure (2–9), not part of a longer number or word, an
 * extension glued on by an "x" perhaps. The exchange is not checked: a number typed from memory or made up for a form breaks its rule too.
 */
const BARE_PHONE_RE = /(?<![\w+.#/-])1?([2-9]\d{9})(x\d{1,6})?(?![\w/-]|[.,]\d)/g;
/** An extension after the number. */
const EXTENSION_AFTER = /^[ \t]*,?[ \t]*(?:x|ext\.?|extension)[ \t]*\d{1,6}\b/i;
/** Words a number to call or text stands after, and the two sides of a message thread. */
const PHONE_CUE_BEFORE =
  /(?:\b(?:call|text|txt|reach|contact|ring|page)(?:[ \t]+(?:me|us|him|her|them|back))?(?:[ \t]+(?:at|on))?|\bquestions\?|#[ \t]*(?:is)?|\b(?:number|phone|ph|cell|mobile|tel|sms)[ \t]*(?:#|no\.?)?[ \t]*(?:is)?|\b(?:nurse|help|hot|call|triage|crisis|phone|refill)[ -]?line|\bpharmacy(?::?[ \t]+(?:[\w&'’.-]+[ \t]+){0,3}(?:drugs?|pharmacy|apothecary|chemists?))?|<->|->)[ \t]*[:=]?[ \t]*$/i;

export const barePhones: Detector = {
  id: 'bare_phone',
  types: ['phone'],
  run(ctx: ScanContext) {
    if (ctx.longestDigitRun < 10 || !ctx.hasSpace || ctx.skip?.has('phone')) return;
    const { text } = ctx;
    BARE_PHONE_RE.lastIndex = 0;
    for (let m = BARE_PHONE_RE.exec(text); m !== null; m = BARE_PHONE_RE.exec(text)) {
      const end = m.index + m[0].length;
      const marked =
        m[2] !== undefined ||
        EXTENSION_AFTER.test(text.slice(end, end + 16)) ||
        PHONE_CUE_BEFORE.test(before(text, m.index, 32));
      if (marked) ctx.out.push({ start: m.index, end, type: 'phone', ruleId: 'bare_phone' });
    }
  },
};
