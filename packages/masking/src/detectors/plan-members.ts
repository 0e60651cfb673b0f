/**
 * Health plan member numbers after the abbreviations and phrases that claims, call logs and
 * reminders use: "mbr id XMR562057727", "ins id 8FN4-V6K-NF65", "subscriber no. U43775801 02"
 * (a member number and its two-digit person suffix), "Bring ins card (KBU227754606)", and a
 * number right after a payer's name given to an insurance label ("new ins: Blue Cross Blue
 * Shield of Oklahoma 9FQ7-J2Y-NY35"). A value is capitals and digits, at least eight of them and
 * five digits, perhaps cut by dashes; a phone number or a date of the same length stays.
 */
import { digitCount } from '../char-codes';
import { type Detector, type ScanContext, type ScanOptions, scan } from './detector';

/**
 * Capitals and digits cut by dashes, a digit among the first five (so a payer's last word is
 * none), then perhaps a space and a two-digit person suffix.
 */
const VALUE = '(?=[A-Z-]{0,4}\\d)([A-Z0-9][A-Z0-9-]{5,16}[A-Z0-9](?: \\d{2}(?![\\w-]))?)(?![\\w-])';

/** "mbr id", "ins id", "member no.", "subscriber #", "policy number", "medicaid id". */
const LABEL_RE = new RegExp(
  `\\b(?:mbr|member|ins|insurance|subscriber|subscr|policy|plan|coverage|medicaid|medicare|hicn?)\\.?\\s*(?:id|no\\.?|number|num|#)\\.?\\s*[:#]?\\s*${VALUE}`,
  'dgi',
);
/** "ins card (…)", "insurance card: …", "Medicaid card # …". */
const CARD_RE = new RegExp(
  `\\b(?:ins|insurance|member(?:ship)?|medicaid|medicare|health|benefits?)\\s+card\\s*(?:no\\.?|number|#|:)?\\s*\\(?\\s*${VALUE}`,
  'dgi',
);
/**
 * "new ins: Kaiser Permanente …", "payer: Medicaid of Kentucky …", "Insurance on file: Molina
 * Healthcare …": the payer's name, then the number.
 * (`(?<!\w)`, not `\b`: the same before a letter, and V8 runs `\b` several times slower under
 * the `i` and `u` flags.)
 */
const PAYER_RE = new RegExp(
  `(?<!\\w)(?:ins|insurance|payer|payor|coverage|carrier)(?:\\s+(?:on\\s+file|of\\s+record|primary|secondary))?\\s*:\\s*((?:[\\p{L}&'.-]+\\s+){1,7}?)${VALUE}`,
  'dgiu',
);
/**
 * "Coverage Harbor Mutual (ZK549 422 630)": the payer's name after a coverage word, colon or not,
 * and the number in brackets after it, its groups cut by spaces or dashes as the card prints them.
 */
const PAYER_BRACKETED_RE =
  /(?<!\w)(?:ins|insurance|payer|payor|coverage|carrier)\b[ \t]*:?[ \t]*((?:[\p{L}&'.-]+[ \t]+){1,7}?)\([ \t]*([A-Z0-9][A-Z0-9 -]{5,18}[A-Z0-9])[ \t]*\)/dgiu;
const GATE =
  /\b(?:mbr|member|ins|insurance|subscriber|subscr|policy|plan|coverage|medicaid|medicare|hicn?|payer|payor|carrier|card)\b/i;

const PAYER_GATE = /ins|payer|payor|coverage|carrier/i;

/** A phone number, a date or a drug's NDC of the same shape ("800-555-1234", "2024-03-16", "0002-1433-80"). */
const PHONE_OR_DATE =
  /^(?:\d{3}[-.]\d{3}[-.]\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}-\d{1,2}-\d{2,4}|\d{4,5}-\d{3,4}-\d{1,2})$/;

function memberNumber(v: string): boolean {
  return (
    v === v.toUpperCase() &&
    digitCount(v) >= 5 &&
    v.replace(/[- ]/g, '').length >= 8 &&
    !PHONE_OR_DATE.test(v)
  );
}

const OPTIONS: ScanOptions = { group: 1, accept: memberNumber };
/** Every word of the payer's name capitalized, but its joining words ("Blue Cross Blue Shield of Oklahoma"). */
const PAYER_WORDS = /^(?:(?:\p{Lu}[\p{L}&'.-]*|of|and|&|the|de|du)\s+)+$/u;
const PAYER_OPTIONS: ScanOptions = {
  group: 2,
  accept: (v, m) => PAYER_WORDS.test(m[1] as string) && memberNumber(v),
};

export const planMembers: Detector = {
  id: 'plan_member',
  types: ['health_plan'],
  run(ctx: ScanContext) {
    if (ctx.digits < 5 || !ctx.hasUpper || ctx.skip?.has('health_plan') || !ctx.test(GATE)) return;
    scan(ctx, LABEL_RE, 'health_plan', 'plan_member', OPTIONS);
    if (ctx.includes('card')) scan(ctx, CARD_RE, 'health_plan', 'plan_member', OPTIONS);
    if (ctx.includes(':') && ctx.test(PAYER_GATE))
      scan(ctx, PAYER_RE, 'health_plan', 'plan_member', PAYER_OPTIONS);
    if (ctx.includes('(') && ctx.test(PAYER_GATE))
      scan(ctx, PAYER_BRACKETED_RE, 'health_plan', 'plan_member', PAYER_OPTIONS);
  },
};
