/**
 * Postal codes the address readers miss: at the end of an address line typed in lower case or
 * with a wide gap ("16452 sawgrass dr paducah ky 43001", "118 Sawgrass St Toowoomba QLD  2842",
 * "2694 buckeye ct sudbury on C7L 9S9"): a US state's, an Australian state's or a Canadian
 * province's code, then the code of its country's form, on a line that opens with a street
 * number; and a ZIP code given on the line after a question that asked for it ("Can you verify
 * your date of birth and zip?" / "7/24/53 and 46552") or said in a sentence ("my zip is 91109").
 */
import { type Detector, type ScanContext, type ScanOptions, scan } from './detector';

const US_STATES =
  'al|ak|az|ar|ca|co|ct|de|dc|fl|ga|hi|id|il|in|ia|ks|ky|la|me|md|ma|mi|mn|ms|mo|mt|ne|nv|nh|nj|nm|ny|nc|nd|oh|ok|or|pa|ri|sc|sd|tn|tx|ut|vt|va|wa|wv|wi|wy|pr';
/** A state or province code, a gap, and the postal code of its country's form. */
const REGION_CODE_RE = new RegExp(
  `\\b(?:(?:${US_STATES})[ \\t]{1,3}(\\d{5}(?:-\\d{4})?)|(?:qld|nsw|vic|tas|act|nt|sa|wa)[ \\t]{1,3}(\\d{4})|(?:on|qc|bc|ab|mb|sk|ns|nb|nl|pe|yt|nu)[ \\t]{1,3}([ABCEGHJ-NPRSTVXY]\\d[ABCEGHJ-NPRSTV-Z][ -]?\\d[ABCEGHJ-NPRSTV-Z]\\d))(?![\\w-])`,
  'dgi',
);
/** A street number, words and a street type, earlier on the line: the line is an address. */
const STREET_NUMBER =
  /(?:^|[\s,:(])\d{1,6}[a-z]?\s+(?:[\p{L}'.-]+\s+){1,5}(?:st|street|rd|road|dr|drive|ave|avenue|blvd|boulevard|ln|lane|ct|court|way|pl|place|pkwy|parkway|cir|circle|ter|terrace|trl|trail|hwy|highway|pde|parade|cres|crescent|sq|square|loop|row|pike|plz|close|grove|gr)\b/iu;

/**
 * Where the street ends on the address line before `index` (the state's code), or -1 when the
 * line holds no street: what stands between them is the town ("… blvd ste 110 paducah ky").
 */
function streetEnd(text: string, index: number): number {
  const from = Math.max(text.lastIndexOf('\n', index - 1) + 1, index - 120);
  const m = STREET_NUMBER.exec(text.slice(from, index));
  return m === null ? -1 : from + m.index + m[0].length;
}

/** A unit after the street ("ste 110", "apt 4B", "#12"), then one to three words and a gap: the town. */
const TOWN_BEFORE_REGION =
  /^,?[ \t]+(?:(?:ste|suite|apt|unit|fl|rm|#)[ \t.#]*[\w-]{1,6},?[ \t]+)?(\p{L}[\p{L}'.-]*(?:[ \t]\p{L}[\p{L}'.-]*){0,2}),?[ \t]+$/du;

/** A question for a ZIP or postal code, then the line that answers it. */
const ASKED_RE = /\b(?:zip|zip ?code|zipcode|postal code|postcode|post code)\b[^\n]*\?[^\n]*\n([^\n]*)/dgi;
const ANSWER_ZIP_RE = /(?<![\w/.:-])\d{5}(?:-\d{4})?(?![\w/.:-])/g;

function askedZips(ctx: ScanContext): void {
  const text = ctx.text;
  ASKED_RE.lastIndex = 0;
  for (let m = ASKED_RE.exec(text); m !== null; m = ASKED_RE.exec(text)) {
    const [from] = m.indices?.[1] ?? [0];
    const answer = m[1] as string;
    ANSWER_ZIP_RE.lastIndex = 0;
    for (let z = ANSWER_ZIP_RE.exec(answer); z !== null; z = ANSWER_ZIP_RE.exec(answer))
      ctx.out.push({
        start: from + z.index,
        end: from + z.index + z[0].length,
        type: 'zip',
        ruleId: 'postal_code',
      });
  }
}

/** A ZIP code said in a sentence: "also my zip is 91109", "zip code would be 60614-2203". */
const SAID_ZIP_RE =
  /\b(?:zip|zip ?code|zipcode|postal code)[ \t]+(?:is|was|=|(?:is|was)[ \t]+now|(?:would|should|will|must)[ \t]+be)[ \t:]+(\d{5}(?:-\d{4})?)(?![\w/.:-])/dgi;
const GROUP_1: ScanOptions = { group: 1 };
const SAID_ZIP_GATE = /(?:zip|postal)(?: ?code)?[ \t]+(?:is|was|=|would|should|will|must)\b/i;

/**
 * "lives in west kristinefurt 68377", "resides in Fisherport 13070": a town said after a word of
 * living there, then its ZIP code closing the clause.
 */
const LIVES_IN_TOWN_ZIP_RE =
  /(?<![\p{L}])(?:lives|living|live|resides|residing|reside|moved|relocated)[ \t]+(?:in|to)[ \t]+(\p{L}[\p{L}'’-]*(?:[ \t]\p{L}[\p{L}'’-]*){0,2}),?[ \t]+(\d{5}(?:-\d{4})?)(?=[ \t]*(?:$|\r?\n|[,.;!?)](?!\d))|[ \t]+(?:with|and|alone|since)\b)/dgu;
const LIVES_IN_GATE = /(?:liv|resid|moved|relocated)[a-z]*[ \t]+(?:in|to)[ \t][^\n]{2,48}\d{5}/i;
/** Words of a clause, not of a town's name, between the cue and the number. */
const NOT_TOWN_WORD =
  /^(?:the|a|an|his|her|their|my|our|with|and|or|for|about|since|last|past|after|before|room|rm|unit|apt|bed|ward|suite|zip|code|area|home|house)$/i;

function townsWithZips(ctx: ScanContext): void {
  const text = ctx.text;
  LIVES_IN_TOWN_ZIP_RE.lastIndex = 0;
  for (let m = LIVES_IN_TOWN_ZIP_RE.exec(text); m !== null; m = LIVES_IN_TOWN_ZIP_RE.exec(text)) {
    const town = m.indices?.[1];
    const zip = m.indices?.[2];
    if (!town || !zip || (m[1] as string).split(/[ \t]+/).some((w) => NOT_TOWN_WORD.test(w))) continue;
    if (!ctx.skip?.has('geo'))
      ctx.out.push({ start: town[0], end: town[1], type: 'geo', ruleId: 'postal_code' });
    ctx.out.push({ start: zip[0], end: zip[1], type: 'zip', ruleId: 'postal_code' });
  }
}

const REGION_GATE = /[A-Za-z]{2,3}[ \t]{1,3}(?:\d{4}|[A-Za-z]\d[A-Za-z])/;

export const postalCodes: Detector = {
  id: 'postal_code',
  types: ['zip', 'geo'],
  run(ctx: ScanContext) {
    if (ctx.longestDigitRun < 1 || !ctx.hasSpace || ctx.skip?.has('zip')) return;
    if ((ctx.longestDigitRun >= 4 || ctx.hasUpper) && ctx.test(REGION_GATE)) regionCodes(ctx);
    if (ctx.longestDigitRun >= 5 && ctx.includes('?') && ctx.test(/zip|postal|post ?code/i)) askedZips(ctx);
    if (ctx.longestDigitRun >= 5 && ctx.test(LIVES_IN_GATE)) townsWithZips(ctx);
    if (ctx.longestDigitRun >= 5 && ctx.test(SAID_ZIP_GATE))
      scan(ctx, SAID_ZIP_RE, 'zip', 'postal_code', GROUP_1);
  },
};

/** The code's group is the one of its country's alternative. */
function regionCodes(ctx: ScanContext): void {
  const text = ctx.text;
  REGION_CODE_RE.lastIndex = 0;
  for (let m = REGION_CODE_RE.exec(text); m !== null; m = REGION_CODE_RE.exec(text)) {
    const group = m[1] !== undefined ? 1 : m[2] !== undefined ? 2 : 3;
    const span = m.indices?.[group];
    const street = span ? streetEnd(text, m.index) : -1;
    if (!span || street < 0) continue;
    ctx.out.push({ start: span[0], end: span[1], type: 'zip', ruleId: 'postal_code' });
    const town = ctx.skip?.has('geo') ? null : TOWN_BEFORE_REGION.exec(text.slice(street, m.index));
    const at = town?.indices?.[1];
    if (at) ctx.out.push({ start: street + at[0], end: street + at[1], type: 'geo', ruleId: 'postal_code' });
  }
}
