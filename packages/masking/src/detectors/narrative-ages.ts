/**
 * Ages over 89 as a narrative or another language tells them: "his mother lived to 101", "alive at 97",
 * "died at 94", "passed away aged 96", "her 100th birthday", "(91 años)", "92 ans",
 * "93 Jahre alt", "95歳"; after a birth date ("DOB 09-Jan-1927 (98)", "geb. 11. April 1931,
 * 94 J."), between commas before a record's identifier ("Name, 97, MRN …"); and an age glued to a lower-case sex letter as handoffs type it
 * ("Pt Name (id), 103m seen", "Name 93f mrn# …"); an age opening a bracket before the sex or the birth
 * date ("Pt Name (98, M)", "Name (90, DOB …)"), or opening a clause before a sex word ("HPI: 90 female w/ …"). Only numbers from 90 to 130 are taken; a span
 * of time ("hace 95 años", "95 years ago"), a distance ("walked 100m"), a temperature ("temp
 * 99f") or a room ("rm 95f") is not an age.
 */
import type { Detector, ScanContext, ScanOptions } from './detector';
import { before, scan } from './detector';
import { AGE_NUMBER, ageNumbers } from './gates';

/** What an age number is not followed by: a unit, a percentage, a decimal. */
const NOT_UNIT =
  '(?![.,]\\d|\\s*(?:%|percent|mg|mcg|kg|lbs?|pounds|cm|mm|km|miles|min|minutes|hours?|days?|weeks?|months?|degrees|bpm|mmhg|/))';

/** "lived to 101", "lived to be 97", "alive at 97", "died at 94", "passed away aged 96", "survived to the age of 93". */
const LIFE_RE = new RegExp(
  `\\b(?:lived|living|lives|alive(?:\\s+and\\s+well)?|survived|surviving|made it|died|dying|passed away|passed|deceased|death)\\s+(?:(?:to|until|till|at|aged)(?:\\s+(?:be|age|the\\s+age\\s+of))?|(?:at\\s+)?(?:the\\s+)?age\\s+(?:of\\s+)?)\\s*(\\d{2,3})\\b${NOT_UNIT}`,
  'dgi',
);
const LIFE_GATE = /lived|living|lives|alive|surviv|made it|died|dying|passed|deceased|death/i;

/** "her 100th birthday", "celebrated his 95th". */
const BIRTHDAY_RE = /\b(\d{2,3})(?:st|nd|rd|th)\s+birthday\b/dgi;
const BIRTHDAY_GATE = /birthday/i;

/** "(91 años)", "92 ans", "93 Jahre", "94 anos", "95 anni", "96 jaar", "97 lat", "98 yaşında", "99歳", "90세". */
const FOREIGN_UNIT_RE =
  /(?<![\d.,])(\d{2,3})\s?(?:años|anos|ans|jahre|jahren|jaar|lat|anni|år|yaşında|yaş|歳|세)(?![\p{L}])(?!\s+(?:fa|ago|atrás|zuvor|geleden|temu)\b)/dgiu;
const FOREIGN_UNIT_GATE = /\d\s?(?:años|anos|ans|jahre|jaar|lat|anni|år|yaş|歳|세)/i;
/** "hace 95 años", "il y a 92 ans", "vor 93 Jahren", "há 94 anos": a span of time before now. */
const AGO_BEFORE = /(?:\bhace|\bhá|il y a|\bvor|\bseit|\bdepuis|\bdesde)\s*$/i;

/** "103m seen", "93f mrn#": the number and the letter glued, a word after them. */
const GLUED_SEX_RE =
  /(?<![\w./:#-])(9\d|1[0-2]\d)[mf](?=[ \t]+[A-Za-z#(]|[,;]|$)(?![ \t]+(?:x|by|long|wide|high|deep|away|dist\w*|apart|run|walk\w*|swim|sprint|relay|hurdles)\b)/dgm;
const GLUED_SEX_GATE = /\d[mf]\b/;
/** A distance, a temperature or a place's number before it: "ambulated 100m", "temp 99f", "rm 95f". */
const NOT_AN_AGE_BEFORE =
  /\b(?:walk\w*|ambulat\w*|distance|dist|ran|run\w*|swim\w*|jog\w*|cycl\w*|sprint\w*|hall\w*|corridor|mwt|stairs|height|length|depth|altitude|elevation|t|temp\w*|tmax|tm|fever|febrile|afebrile|room|rm|bed|bay|unit|ward|suite|ste|apt|flat|floor|fl|pod|cubicle|locker|seat|gate|box|lot|door|size|sz|fr|french|gauge|ga)\W{0,3}$/i;

/**
 * The age written right after a birth date: "DOB 09-Jan-1927 (98)", "geb. 11. April 1931, 94 J.",
 * "born 3/4/1930, aged 95".
 */
const AFTER_BIRTH_RE =
  /\b(?:dob|d\.o\.b\.?|born|birth ?date|date of birth|geb\.|geboren|né[e]?|nacid[oa])[ \t]*:?[ \t]*(?=[^\n]{0,12}\d)[^\n()]{4,24}?\d{2}(?:,[ \t]*(?:aged?[ \t]+)?|[ \t]*\((?:age[ \t]+)?)(\d{2,3})(?:[ \t]?(?:y\.?o\.?|yrs?|years?(?: old)?|J\.|Jahre|ans|años|anos))?(?![\w.,]\d|\d|[ \t]*(?:%|mg|mcg|kg|lbs?|cm|mm|ml|units?|bpm)\b)/dgi;
const AFTER_BIRTH_GATE = /dob|d\.o\.b|born|birth|geb|né|nacid/i;
/** "Name, 97, MRN 0006201152": an age between commas before a record's identifier or sex. */
const BETWEEN_COMMAS_RE =
  /,[ \t]+(9\d|1[0-2]\d),[ \t]+(?=MRN\b|MR#|DOB\b|NHI\b|[Mm]ale\b|[Ff]emale\b|[MF]\b|sex\b)/dg;
/** "Pt Name (98, M)", "**Name** (90, DOB 1935…)": an age opening a bracket after a name, before its sex or birth date. */
const BRACKET_SEX_RE =
  /\((9\d|1[0-2]\d),[ \t]*(?=[MF][),]|[Mm]ale\b|[Ff]emale\b|MRN\b|DOB\b|D\.O\.B\b|sex\b)/dg;
/**
 * "HPI: 90 female w/ hx of …", "99 man presenting with …": an age with no unit opening a clause
 * (a line, a heading's colon, "is a"), right before a sex word; a count of people ("90 female
 * patients") is no age.
 */
const BEFORE_SEX_WORD_RE =
  /(?:^|:|\b(?:is|was) an?)[ \t]*(9\d|1[0-2]\d)[ \t]+(?=(?:[Mm]ale|[Ff]emale|[Mm]an|[Ww]oman|[Gg]entleman|[Ll]ady)(?![\w-])(?![ \t]*,[ \t]*\d|[ \t]+(?:patients|pts|subjects|participants|residents|adults|members|cases|individuals|respondents|controls|and)\b))/dgm;
const SEX_WORD_GATE = /\d[ \t]+(?:[Mm]ale|[Ff]emale|[Mm]an|[Ww]oman|[Gg]entleman|[Ll]ady)|\(\d{2,3},/;

/**
 * "HPI: 94 YO F", "100 Y/O MALE", "92 YEAR OLD": an age with its unit in capitals, as
 * ALL-CAPS printouts and dictation write it.
 */
const CAPS_UNIT_RE =
  /(?<![\w./:-])(9\d|1[0-2]\d)[ \t-]?(?:YO|Y\/O|Y\.O\.|YRS?[ \t-]OLD|YEARS?[ \t-]OLD|YEAR-OLD)(?![\w/])/dg;
const CAPS_UNIT_GATE = /\d[ \t-]?(?:YO|Y\/O|Y\.O|YRS?[ \t-]OLD|YEARS?[ \t-]OLD)/;

function over89(v: string): boolean {
  const n = Number(v);
  return n >= 90 && n <= 130;
}

const OPTIONS: ScanOptions = { group: 1, accept: over89 };
const GLUED_SEX_OPTIONS: ScanOptions = {
  group: 1,
  accept: (v, m, text) => over89(v) && !NOT_AN_AGE_BEFORE.test(before(text, m.index, 24)),
};
const FOREIGN_OPTIONS: ScanOptions = {
  group: 1,
  accept: (v, m, text) => over89(v) && !AGO_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index)),
};

export const narrativeAges: Detector = {
  id: 'narrative_age',
  types: ['age'],
  run(ctx: ScanContext) {
    if (ctx.skip?.has('age') || ctx.longestDigitRun < 2 || !ctx.hasSpace) return;
    if ((ctx.bits(ageNumbers) & AGE_NUMBER) === 0) return;
    if (ctx.test(LIFE_GATE)) scan(ctx, LIFE_RE, 'age', 'age_over_89', OPTIONS);
    if (ctx.test(BIRTHDAY_GATE)) scan(ctx, BIRTHDAY_RE, 'age', 'age_over_89', OPTIONS);
    if (ctx.test(FOREIGN_UNIT_GATE)) scan(ctx, FOREIGN_UNIT_RE, 'age', 'age_over_89', FOREIGN_OPTIONS);
    if (ctx.test(GLUED_SEX_GATE)) scan(ctx, GLUED_SEX_RE, 'age', 'age_over_89', GLUED_SEX_OPTIONS);
    if (ctx.test(AFTER_BIRTH_GATE)) scan(ctx, AFTER_BIRTH_RE, 'age', 'age_over_89', OPTIONS);
    if (ctx.includes(', ')) scan(ctx, BETWEEN_COMMAS_RE, 'age', 'age_over_89', OPTIONS);
    if (ctx.test(SEX_WORD_GATE)) {
      if (ctx.includes('(')) scan(ctx, BRACKET_SEX_RE, 'age', 'age_over_89', GLUED_SEX_OPTIONS);
      scan(ctx, BEFORE_SEX_WORD_RE, 'age', 'age_over_89', OPTIONS);
    }
    if (ctx.hasUpper && ctx.test(CAPS_UNIT_GATE)) scan(ctx, CAPS_UNIT_RE, 'age', 'age_over_89', OPTIONS);
  },
};
