/**
 * National telephone numbers written as other countries' numbering plans group them, without
 * a country code and without a word before them: a trunk 0 and a short area or mobile prefix
 * with two groups (Malaysia "03-2615 5555", Korea "010-1234-5678", "052-3062 4260"; the Philippines "0917-123-4567"), an
 * area code before a slash (Germany, Austria, Switzerland "089/123 45 67"), nine digits in three
 * threes (Poland, Spain, Portugal, the Czech Republic "612 345 678") and eight digits in two fours
 * (Singapore, Hong Kong "8123 4567") or after a handphone label ("HP: 84150710"); Brazil's area code in brackets ("(85) 98120-8819") and
 * Britain's eleven digits from the trunk 0 ("07700 900 123").
 */
import { digitCount } from '../char-codes';
import type { Detector, ScanContext, ScanOptions } from './detector';
import { before, scan } from './detector';

/** A trunk 0, an area or mobile prefix of one to three digits, then two groups. */
const TRUNK_GROUPS_RE = /(?<![\w+./-])0\d{1,3}-\d{3,4}[- ]\d{4}(?![\w-]|[.,/]\d)/g;
const TRUNK_GROUPS_GATE = /0\d{1,3}-\d{3,4}[- ]\d{4}/;
/** An area code with its trunk 0 before a slash, the subscriber's number after it, in pairs or whole. */
const SLASH_AREA_RE = /(?<![\w+./-])0\d{2,4} ?\/ ?\d{2,8}(?: \d{2,4}){0,3}(?![\w/-]|[.,]\d)/g;
const SLASH_AREA_GATE = /0\d{2,4} ?\/ ?\d/;
/** Nine digits in three groups of three, a mobile's first digit (4 to 9). */
const THREE_THREES_RE = /(?<![\w+./,:-]|\d[ \t])[4-9]\d{2} \d{3} \d{3}(?![\w/-]|[.,:]\d| \d)/g;
const THREE_THREES_GATE = /[4-9]\d{2} \d{3} \d{3}/;
/** Eight digits in two groups of four, opening with 3, 6, 8 or 9 as Singapore's and Hong Kong's numbers do. */
const TWO_FOURS_RE = /(?<![\w+./,:-]|\d[ \t])[3689]\d{3} \d{4}(?![\w/-]|[.,:]\d| \d)/g;
const TWO_FOURS_GATE = /[3689]\d{3} \d{4}/;

/**
 * A handphone, as Singapore and Malaysia label a mobile ("HP: 84150710", "H/P 012-345 6789"):
 * eight digits opening with 8 or 9, or Malaysia's 01x prefix and seven or eight digits.
 */
const HANDPHONE_RE =
  /\b(?:HP|H\/P|[Hh]andphone)(?:[ \t]*(?:[Nn]o\.?|#))?[ \t]*[:.]?[ \t]*([89]\d{3}[ -]?\d{4}|01\d-?\d{3,4}[ -]?\d{4})(?![\w-]|[.,]\d)/dg;
const HANDPHONE_OPTIONS: ScanOptions = { group: 1 };

/** Brazil: a two-digit area code in brackets, a mobile's nine digits or a landline's eight ("(85) 98120-8819", "(11) 3456-7890"). */
const BRAZIL_RE = /(?<![\w)])\(\d{2}\)[ \t]?(?:9\d{4}|[2-5]\d{3})-\d{4}(?![\w-]|[.,]\d)/g;
const BRAZIL_GATE = /\(\d{2}\)[ \t]?\d{4,5}-\d{4}/;
/** Britain: eleven digits from the trunk 0, grouped 5-3-3, 5-6 or 4-3-4 ("07700 900 123", "01535 123456", "0161 496 0000"). */
const BRITISH_RE =
  /(?<![\w+./,:-]|\d[ \t])0\d{3}(?:\d[ \t]\d{3}[ \t]\d{3}|\d[ \t]\d{6}|[ \t]\d{3}[ \t]\d{4})(?![\w/-]|[.,:]\d|[ \t]\d)/g;
const BRITISH_GATE = /0\d{3,4} \d{3}/;

/** France: the trunk 0 and nine digits in pairs ("06 91 59 32 15", "01.22.20.14.13"); Spain: nine in 3-2-2-2 ("927 36 38 55"). */
const PAIRS_RE =
  /(?<![\w+./,:-]|\d[ \t])(?:0[1-9](?:([ .])\d{2})(?:\1\d{2}){3}|[6-9]\d{2}(?: \d{2}){3})(?![\w/-]|[.,:]\d|[ .]\d)/g;
const PAIRS_GATE = /\d[ .]\d{2}[ .]\d{2}[ .]\d{2}/;

/** Labels of numbers that are not telephone numbers. */
const OTHER_NUMBER_BEFORE =
  /(?<![\w-])(?:ndc|loinc|cpt|hcpcs|icd(?:-?10|-?9)?(?:-cm)?|snomed(?: ct)?|upc|gtin|lot|batch|bin|pcn|npi|dea|ssn|sin|nhs|mrn|id|no|acct|account|policy|member|claim|invoice|order|ref|case|serial|sn|s\/n|model|isbn|iban|bsb|routing|card)\s*(?:number|no\.?|#)?\s*[:#]?\s*$/i;
/** A GS1 application identifier in brackets before the digits: "(21) 5550 1234" is a serial. */
const GS1_AI_BEFORE = /\(\d{2,4}\)\s*$/;
/** A count or measure after the digits: "612 345 678 cells", "8000 9000 IU". */
const UNIT_AFTER =
  /^\s*(?:%|x\b|×|[a-zµμ]{1,5}\/|(?:mg|mcg|g|kg|ml|l|iu|units?|cells|copies|steps|pts|patients|cases|people|times|per|usd|eur|sgd|hkd|pln|dollars)\b)/i;

const NATIONAL_OPTIONS: ScanOptions = {
  typeOf: (m, text) =>
    /\b(?:fax|facsimile|F)\s*[:.]?\s*$/i.test(before(text, m.index, 12)) ? 'fax' : 'phone',
  accept: (_v, m, text) =>
    !OTHER_NUMBER_BEFORE.test(before(text, m.index, 24)) &&
    !GS1_AI_BEFORE.test(before(text, m.index, 8)) &&
    !UNIT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12)),
};

/** Seven digits at least after the trunk 0 and the slash: "089/1234567", "085/033 65 25" (not "025/100"). */
const SLASH_OPTIONS: ScanOptions = {
  ...NATIONAL_OPTIONS,
  accept: (v, m, text) => v.replace(/\D/g, '').length >= 9 && (NATIONAL_OPTIONS.accept?.(v, m, text) ?? true),
};

/**
 * A mobile number run together after the trunk 0, ten or eleven digits (South Africa "0821234567",
 * Kenya "0712345678", Nigeria "08031234567", Britain "07700900123"), once a record's label
 * before it ("hosp no", "NDC", "acct") is ruled out.
 */
const TRUNK_RUN_RE = /(?<![\w+./,:-]|\d[ \t])0[1-9]\d{8,9}(?![\w/-]|[.,:]\d|[ \t]\d)/g;
/**
 * A landline as India writes it: the trunk 0 and an area code of two to four digits, a dash, the
 * rest ("0863-2214479"); a Dutch mobile, "06", a dash and eight digits ("06-12345678").
 */
const AREA_DASH_RE = /(?<![\w+./,:-]|\d[ \t])(?:0[1-9]\d{1,3}-\d{6,8}|06-\d{8})(?![\w/-]|[.,:]\d|[ \t]\d)/g;
const AREA_DASH_OPTIONS: ScanOptions = {
  // "(fax)" after the number, as the numbers run together read it.
  typeOf: (m, text) => LOCAL_OPTIONS.typeOf?.(m, text) ?? 'phone',
  accept: (v, m, text) => {
    const digits = digitCount(v);
    return digits >= 10 && digits <= 11 && (NATIONAL_OPTIONS.accept?.(v, m, text) ?? true);
  },
};
/**
 * Numbers without a trunk 0 (India's ten digits from 6 to 9, a North American number with its 1,
 * Singapore's and Hong Kong's eight digits) and a short landline's three-digit area code and six
 * digits ("058 076181", as Ireland writes it) are taken only where a contact is spoken of just
 * before ("Next of kin: … (son) - 62379431", "keeps ringing 18765550123") or "(fax)" follows.
 */
const LOCAL_RUN_RE =
  /(?<![\w+./,:-]|\d[ \t])(?:[6-9]\d{9}|1[2-9]\d{9}|[2-9]\d{7}|[2-9]\d{3} \d{4}|0[1-9]\d \d{6})(?![\w/-]|[.,:]\d|[ \t]\d)/g;
/** A kin word a few words before ("Next of kin: … (son) - "), or a telephone word right before ("cell: "). */
const CONTACT_BEFORE =
  /(?:\b(?:kin|son|daughter|wife|husband|mother|father|mum|dad|brother|sister|spouse|partner|aunt|uncle|guardian|carer|caregiver)\b[^\n\d]{0,30}|\b(?:ringing|reached on|call|called|contact|phone|mobile|cell|tel|whatsapp|sms|text|number is)\b[^\n\w]{0,4})$/;
const CONTACT_AFTER = /^[ \t]*\((?:fax|mobile|mob|cell|home|work|whatsapp)\)/i;
const LOCAL_OPTIONS: ScanOptions = {
  typeOf: (m, text) =>
    /^[ \t]*\(fax\)/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))
      ? 'fax'
      : (NATIONAL_OPTIONS.typeOf?.(m, text) ?? 'phone'),
  accept: (v, m, text) =>
    (CONTACT_BEFORE.test(before(text, m.index, 48)) ||
      CONTACT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) &&
    (NATIONAL_OPTIONS.accept?.(v, m, text) ?? true),
};

const LOCAL_OPTIONS_TRUNK: ScanOptions = { typeOf: LOCAL_OPTIONS.typeOf, accept: NATIONAL_OPTIONS.accept };

export const nationalPhones: Detector = {
  id: 'intl_phone',
  types: ['phone', 'fax'],
  run(ctx: ScanContext) {
    if (ctx.digits < 8 || ctx.longestDigitRun < 2) return;
    const run = ctx.longestDigitRun;
    if (run >= 3 && ctx.includes('0')) {
      if (ctx.includes('-') && ctx.test(TRUNK_GROUPS_GATE))
        scan(ctx, TRUNK_GROUPS_RE, 'phone', 'phone', NATIONAL_OPTIONS);
      if (ctx.includes('/') && ctx.test(SLASH_AREA_GATE))
        scan(ctx, SLASH_AREA_RE, 'phone', 'phone', SLASH_OPTIONS);
    }
    if (run >= 4 && ctx.includes('(') && ctx.test(BRAZIL_GATE))
      scan(ctx, BRAZIL_RE, 'phone', 'phone', NATIONAL_OPTIONS);
    if (run >= 4 && (ctx.includes('HP') || ctx.includes('H/P') || ctx.includes('andphone')))
      scan(ctx, HANDPHONE_RE, 'phone', 'phone', HANDPHONE_OPTIONS);
    if (ctx.digits >= 9 && ctx.test(PAIRS_GATE)) scan(ctx, PAIRS_RE, 'phone', 'phone', NATIONAL_OPTIONS);
    // In words only: digits alone (a JSON value) are read by the key they stand under.
    if (run >= 10 && ctx.hasSpace && ctx.includes(' '))
      scan(ctx, TRUNK_RUN_RE, 'phone', 'phone', LOCAL_OPTIONS_TRUNK);
    if (run >= 4 && ctx.includes(' ')) scan(ctx, LOCAL_RUN_RE, 'phone', 'phone', LOCAL_OPTIONS);
    if (run >= 6 && ctx.includes('-')) scan(ctx, AREA_DASH_RE, 'phone', 'phone', AREA_DASH_OPTIONS);
    if (!ctx.includes(' ')) return;
    if (run >= 3 && ctx.digits >= 11 && ctx.test(BRITISH_GATE))
      scan(ctx, BRITISH_RE, 'phone', 'phone', NATIONAL_OPTIONS);
    if (ctx.digits >= 9 && ctx.test(THREE_THREES_GATE))
      scan(ctx, THREE_THREES_RE, 'phone', 'phone', NATIONAL_OPTIONS);
    if (run >= 4 && ctx.test(TWO_FOURS_GATE)) scan(ctx, TWO_FOURS_RE, 'phone', 'phone', NATIONAL_OPTIONS);
  },
};
