/**
 * Address forms beside the usual street line: grid addresses ("1103 W 1200 S", "N6005 County
 * Road H"), GPS coordinates, New Zealand, Irish and Dutch postcodes with their towns, and
 * addresses said in lower case in chat ("669 n tanglewood rd yakima wa 98901", "… trl in
 * bemidji"). Called by the street and geography detectors of address.ts.
 */
import { en } from '@faker-js/faker';
import type { ScanContext, ScanOptions } from './detector';
import { scan } from './detector';
import { containsAny } from './gates';

/** Utah and Wisconsin grids: "1103 W 1200 S", "N6005 County Road H", "W156 N11500 Pilgrim Rd". */
const GRID_STREET_RE =
  /(?<![\w.-])(?:\d{1,5}[ \t]+[NSEW]\.?[ \t]+\d{1,5}[ \t]+[NSEW]\b\.?|[NSEW]\d{1,6}(?:[ \t]+[NSEW]\d{1,6})?[ \t]+(?:County[ \t]+(?:Road|Rd|Highway|Hwy|Trunk)[ \t]+[A-Z]{1,2}\b|\p{Lu}[\p{L}'-]*(?:[ \t]+\p{Lu}[\p{L}'-]*)?[ \t]+(?:Rd|Road|St|Street|Ave|Avenue|Ln|Lane|Dr|Drive|Ct|Trl)\b))/gu;
const GRID_GATE = /\d[ \t]+[NSEW]\.?[ \t]+\d|[NSEW]\d{3}/;
/** The same said in lower case, the grid number in hundreds: "9270 w 3700 n", "n9777 county road b". */
const LOWER_GRID_RE =
  /(?<![\w.-])(?:\d{2,5}[ \t]+[nsew][ \t]+\d{1,3}00[ \t]+[nsew]\b|[nsew]\d{3,6}[ \t]+county[ \t]+(?:road|rd|highway|hwy|trunk)[ \t]+[a-z]{1,2}\b)/g;
const LOWER_GRID_GATE = /\d[ \t]+[nsew][ \t]+\d|[nsew]\d{3}/;

/**
 * "GPS 39.0690, -106.2970", "-36.84846, 174.76333": a latitude and longitude, four decimals at
 * least, up to a double's fifteen or so as generators and GPS logs print them
 * ("41.691302157365, -70.34629573040885").
 */
const COORDINATES_RE =
  /(?<![\w.-])-?(?:[1-8]?\d|90)\.\d{4,17},[ \t]?-?(?:1[0-7]\d|0?\d{1,2}|180)\.\d{4,17}(?![\w]|\.\d)/g;
const COORDINATES_GATE = /\.\d{4,17},[ \t]?-?\d/;
/** Two fractions of one ("0.1234, 0.5678") are measurements, not a place. */
const FRACTION_PAIR = /^-?0\.\d+,[ \t]?-?0\./;
const COORDINATES_OPTIONS: ScanOptions = { accept: (v) => !FRACTION_PAIR.test(v) };

/**
 * The same pair as a JSON array of two strings in text ("current_location": ["47.5746893",
 * "-80.6018697"], one a line or not): each figure quoted, the array holding nothing else.
 */
const QUOTED_COORDINATES_RE =
  /\[[ \t\r\n]{0,40}"(-?(?:[1-8]?\d|90)\.\d{4,17})",[ \t\r\n]{0,40}"(-?(?:1[0-7]\d|0?\d{1,2}|180)\.\d{4,17})"[ \t\r\n]{0,40}\]/dg;
const QUOTED_COORDINATES_GATE = /\.\d{4,17}",[ \t\r\n]{0,40}"-?\d/;
const QUOTED_COORDINATE_OPTIONS: readonly ScanOptions[] = [1, 2].map((group) => ({
  group,
  accept: (_: string, m: RegExpExecArray) => !FRACTION_PAIR.test(`${m[1]},${m[2]}`),
}));

/**
 * A US military or diplomatic mailing address: its unit and box, or a ship's name, before the
 * APO, FPO or DPO line with its region (AA, AE, AP) and ZIP code ("Unit 3003 Box 2421\nDPO AA
 * 92101", "PSC 1234, Box 5678, APO AE 09012", "USNS Holloway, FPO AP 96543").
 */
const MILITARY_ADDRESS_RE =
  /(?<![\w-])((?:(?:Unit|PSC|CMR)[ \t]+\d{1,5},?[ \t]+Box[ \t]+\d{1,5}|US(?:NS|NV|CGC|S)[ \t]+\p{Lu}[\p{L}'-]{1,30}))(?:,[ \t]*|[ \t]*\r?\n[ \t]*)(?:APO|FPO|DPO)[ \t]+A[AEP][ \t]+\d{5}(?:-\d{4})?(?![\w-])/dgu;
const MILITARY_GATE = /[ADF]PO[ \t]+A[AEP][ \t]+\d{5}/;

/** Street words said in lower case after a house number (a numbered street's ordinal may open them: "7660 e 14th st"). */
const LOWER_SUFFIX =
  'road|rd|street|st|avenue|ave|lane|ln|drive|dr|trail|trl|court|ct|boulevard|blvd|circle|cir|highway|hwy|parkway|pkwy|place|pl|crescent|cres|terrace|tce|loop|pike|close|way';
const LOWER_STREET_RE = new RegExp(
  `(?<![\\w./-])\\d{1,5}[a-z]?(?:[ \\t]+1\\/2)?((?:[ \\t]+(?:[a-z][a-z'’-]*|\\d{1,3}(?:st|nd|rd|th))){1,3}?)[ \\t]+(?:${LOWER_SUFFIX})\\b\\.?(?:,?[ \\t]+(?:apt|unit|lot|trlr|spc|space|ste|suite|flat|#)[ \\t]*#?\\d{1,5}[a-z]?\\b)?`,
  'g',
);
const LOWER_STREET_GATE = new RegExp(`\\d[a-z]?[ \\t]+[a-z][^\\n]{0,40}?[ \\t](?:${LOWER_SUFFIX})\\b`);
const LOWER_WORD = "[a-z][a-z'’-]*";
/**
 * "apt 6, beech view, abbey street", "flat 2, 14 mill road": a flat or unit said first, a
 * building's name and the street (with or without a house number) after it, in lower case.
 */
const LOWER_UNIT_STREET_RE = new RegExp(
  `(?<![\\w])(?:apt|apartment|flat|unit)\\.?[ \\t]*#?\\d{1,4}[a-z]?,?[ \\t]+(?:${LOWER_WORD}(?:[ \\t]+${LOWER_WORD}){0,2},[ \\t]+)?(?:\\d{1,5}[a-z]?[ \\t]+)?${LOWER_WORD}(?:[ \\t]+${LOWER_WORD}){0,2}?[ \\t]+(?:${LOWER_SUFFIX})\\b`,
  'g',
);
const LOWER_UNIT_GATE = /(?:apt|apartment|flat|unit)\.?[ \t]*#?\d/;
/**
 * After an address cue and a house number, every street word a US address may end with
 * ("lives at 548 weldon knoll", "116 jamey vista"): the cue and the number say it is a street.
 */
const CUED_SUFFIX = [
  ...new Set([...LOWER_SUFFIX.split('|'), ...(en.location?.street_suffix ?? []).map((w) => w.toLowerCase())]),
]
  .sort((a, b) => b.length - a.length)
  .join('|');
/** "my new address is friary lane", "moved to 12 orchard close": a street said after an address cue. */
const CUED_LOWER_STREET_RE = new RegExp(
  `(?<=\\b(?:address is|address:|moved to|move to|moving to|live at|lives at|living at|live on|lives on|living on|staying at)[ \\t]+)(?:\\d{1,5}[a-z]?[ \\t]+(?!(?:the|a|an|my|his|her|our|their)\\b)${LOWER_WORD}(?:[ \\t]+${LOWER_WORD}){0,2}?[ \\t]+(?:${CUED_SUFFIX})|(?!(?:the|a|an|my|his|her|our|their)\\b)${LOWER_WORD}(?:[ \\t]+${LOWER_WORD}){0,2}?[ \\t]+(?:${LOWER_SUFFIX}))\\b`,
  'g',
);
const CUED_LOWER_GATE =
  /(?:address(?: is|:)|mov(?:e|ed|ing) to|liv(?:e|es|ing) (?:at|on)|staying at)[ \t]+[a-z\d]/;
const HAS_CUE_WORD = containsAny('address', 'mov', 'liv', 'staying');
const CUED_LOWER_OPTIONS: ScanOptions = {
  accept: (v) => !v.split(/[ \t]+/).some((w) => NOT_STREET_WORDS.has(w)),
};
/**
 * "Flat 10, Kingsley Court, 97 Sandgate": a flat or unit said first makes the number and
 * capitalized words after it a street, with no street word.
 */
const UNIT_LED_STREET_RE =
  /(?<![\w])(?:Flat|Unit|Apt\.?|Apartment)[ \t]*\d{1,4}[A-Za-z]?,[ \t]+(?:\p{Lu}[\p{Ll}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}'’-]+){0,2},[ \t]+)?\d{1,5}[A-Za-z]?[ \t]+\p{Lu}[\p{Ll}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}'’-]+){0,2}(?![\p{L}\d])/gu;
const UNIT_LED_GATE = /(?:Flat|Unit|Apt\.?|Apartment)[ \t]*\d{1,4}[A-Za-z]?,[ \t]+[A-Z\d]/;

/** "397 rue des érables", "7480 ch. du lac": a French street in lower case, two words after its street word. */
const LOWER_FRENCH_STREET_RE =
  /(?<![\w./-])\d{1,5}[a-z]?,?[ \t]+(?:rue|boul\.?|boulevard|chemin|ch\.|av\.|avenue|route|rang|montée|côte)[ \t]+(?:(?:de|du|des|de la|d'|l')[ \t]*)?\p{Ll}[\p{Ll}'’-]*(?:[ \t]+\p{Ll}[\p{Ll}'’-]*){0,1}/gu;
const LOWER_FRENCH_GATE =
  /\d,?[ \t]+(?:rue|boul\.?|boulevard|chemin|ch\.|av\.|avenue|route|rang|montée|côte)[ \t]+\p{Ll}/u;
/** "hc 69 box 793", "rr 2 box 14", "rr 2 site 30 comp 58": rural delivery said in lower case. */
const LOWER_RURAL_RE =
  /(?<![\w-])(?:rr|hc|hcr)[ \t]*\d{1,3},?[ \t]+(?:box[ \t]+\d{1,5}|site[ \t]+\d{1,4},?[ \t]+(?:comp|c)[ \t]+\d{1,4})\b/g;
const LOWER_RURAL_GATE = /(?:rr|hc|hcr)[ \t]*\d{1,3},?[ \t]+(?:box|site)/;
/** Words between a house number and the street word that say it is no address ("2 blocks down the road"). */
const NOT_STREET_WORDS = new Set(
  'the a an to of down up on in at into onto my his her their our your per and or for by from with blocks block miles mile times days hours weeks minutes mg ml units tabs tablets puffs doses steps floors'.split(
    ' ',
  ),
);
const LOWER_STREET_OPTIONS: ScanOptions = {
  accept: (_v, m) => {
    const words = (m[1] as string).trim().split(/[ \t]+/);
    return !words.some((w) => NOT_STREET_WORDS.has(w));
  },
};

const STATE_ABBRS = [...(en.location?.state_abbr ?? []), 'DC', 'PR'].map((s) => s.toLowerCase());
const PROVINCES = 'ab|bc|mb|nb|nl|ns|nt|nu|on|pe|qc|sk|yt';
const POSTCODE_ANY =
  '\\d{5}(?:-\\d{4})?|\\d{4}|[A-Za-z]\\d[A-Za-z] ?\\d[A-Za-z]\\d|[A-Za-z]{1,2}\\d[A-Za-z\\d]? \\d[A-Za-z]{2}|[A-Za-z]\\d{2} ?[A-Za-z0-9]{4}';
/**
 * After a street said in lower case: the town ("… trl in bemidji"), its state or province and a
 * postcode ("… rd yakima wa 98901", "… lane letterkenny  F92 K3Y6").
 */
const LOWER_TOWN_AFTER = new RegExp(
  `^,?[ \\t]+(?:in[ \\t]+)?([a-z][a-z'’-]+(?:[ \\t][a-z][a-z'’-]+)?(?:[ \\t]\\d{1,2}(?=[ \\t,]))?)(?:,?[ \\t]+(?:(?:${STATE_ABBRS.join('|')}|${PROVINCES})[ \\t]+)?(${POSTCODE_ANY}))?(?=[ \\t]*(?:$|\\n|[,.;!?])|[ \\t]+(?:end of|and|with|since|for|but|who|until|alone|per)\\b)`,
  'd',
);
/**
 * "new addr is 7713 cottonwood wash rd Wyandotte Springs 55070": a town written with capitals after a
 * street typed in lower case, when a ZIP code closes it.
 */
const CAPITAL_TOWN_CODE_AFTER = new RegExp(
  `^,?[ \\t]+(\\p{Lu}[\\p{Ll}'’-]+(?:[ \\t]\\p{Lu}[\\p{Ll}'’-]+){0,2}),?[ \\t]+(?:(?:${STATE_ABBRS.join('|')})[ \\t]+)?(\\d{5}(?:-\\d{4})?)(?![\\w-])`,
  'du',
);
/** A street line with a capital is written, not said: its town is found by the geography detector. */
const LOWER_STREET_START = /\p{Lu}/u;
const NOT_TOWN_WORDS = new Set(
  'and or but then so now too also please thanks thank the a my is was will can im i its ok okay if when since because for to on at with alone end per who until'.split(
    ' ',
  ),
);

const NUMBER_THEN_LOWER = /\d[a-z]?,?[ \t]+[a-z]/;

/** Street lines in grid form and in lower case; appended to `ctx.out`. */
export function streetForms(ctx: ScanContext): void {
  // Every cue has a blank and one of these words; most texts have none of them.
  if (ctx.includes(' ') && ctx.passes(HAS_CUE_WORD) && ctx.test(CUED_LOWER_GATE))
    scan(ctx, CUED_LOWER_STREET_RE, 'street_address', 'street_address', CUED_LOWER_OPTIONS);
  if (!ctx.hasDigit) return;
  if (ctx.test(GRID_GATE)) scan(ctx, GRID_STREET_RE, 'street_address', 'street_address');
  if (ctx.hasUpper && ctx.test(UNIT_LED_GATE))
    scan(ctx, UNIT_LED_STREET_RE, 'street_address', 'street_address');
  // Every lower-case form has a number, blanks and a lower-case word after it ("669 n", "69 box").
  if (!ctx.test(NUMBER_THEN_LOWER)) return;
  if (ctx.test(LOWER_GRID_GATE)) scan(ctx, LOWER_GRID_RE, 'street_address', 'street_address');
  if (ctx.test(LOWER_RURAL_GATE)) scan(ctx, LOWER_RURAL_RE, 'street_address', 'rural_route');
  if (ctx.test(LOWER_STREET_GATE))
    scan(ctx, LOWER_STREET_RE, 'street_address', 'street_address', LOWER_STREET_OPTIONS);
  if (ctx.test(LOWER_FRENCH_GATE)) scan(ctx, LOWER_FRENCH_STREET_RE, 'street_address', 'street_address');
  if (ctx.test(LOWER_UNIT_GATE)) scan(ctx, LOWER_UNIT_STREET_RE, 'street_address', 'street_address');
}

/** The town and postcode said after each street line in lower case found since `from` (PO boxes too). */
export function lowerTownsAfter(ctx: ScanContext, from: number): void {
  const text = ctx.text;
  const count = ctx.out.length;
  for (let i = from; i < count; i++) {
    const span = ctx.out[i] as (typeof ctx.out)[number];
    if (span.type !== 'street_address' || LOWER_STREET_START.test(text.slice(span.start, span.end))) continue;
    const after = text.slice(span.end, span.end + 64);
    const m = LOWER_TOWN_AFTER.exec(after) ?? CAPITAL_TOWN_CODE_AFTER.exec(after);
    const town = m?.indices?.[1];
    if (!m || !town || (m[1] as string).split(/[ \t]/).some((w) => NOT_TOWN_WORDS.has(w))) continue;
    ctx.out.push({
      start: span.end + town[0],
      end: span.end + town[1],
      type: 'geo',
      ruleId: 'city_after_street',
    });
    const code = m.indices?.[2];
    if (code)
      ctx.out.push({
        start: span.end + code[0],
        end: span.end + code[1],
        type: 'zip',
        ruleId: 'postal_code',
      });
  }
}

/** A town as most addresses write it: "Dunedin", "Sault Ste. Marie", "Wagga Wagga". */
const TOWN = "\\p{Lu}[\\p{Ll}'’.]+(?:[ -]\\p{Lu}[\\p{Ll}'’.]+){0,2}";
/** "Mullingar N91 N7X1", "Dublin 8, D08 T2X5": an Irish Eircode after its town. */
const EIRCODE_RE = new RegExp(
  `(?<![\\p{L}])(${TOWN}(?:[ \\t]\\d{1,2})?)(?:,?[ \\t]+|,?[ \\t]*\\n[ \\t]*)((?:[AC-FHKNPRTV-Y]\\d{2}|D6W)[ \\t]?(?=[A-Z]{0,3}\\d)[0-9A-Z]{4})(?![\\w-])`,
  'gdu',
);
const EIRCODE_GATE = /[A-Z]\d{2}[ \t]?[0-9A-Z]{4}\b/;
/** Letter pairs after four digits that are units or routes, not a Dutch postcode ("1000 MG"). */
const NOT_NL_LETTERS = 'MG|ML|IU|KG|CM|MM|HR|BP|HB|PO|IV|IM|SC|PR|GM|SA|SD|SS|PM|AM|MB|GB|KB';
/** "8014 BM Zwolle": a Dutch postcode before its town, the town ending the line or the address. */
const NL_POSTCODE_RE = new RegExp(
  `(?<![\\w-])([1-9]\\d{3}[ \\t]?(?!(?:${NOT_NL_LETTERS})\\b)[A-Z]{2})[ \\t]+(${TOWN})(?=[ \\t]*(?:$|\\n|,))`,
  'gdu',
);
const NL_POSTCODE_GATE = /[1-9]\d{3}[ \t]?[A-Z]{2}[ \t]+\p{Lu}/u;
/**
 * "Dunedin 9010" on the line under a street, "…, Frankton, Hamilton 3204": a town and a
 * four-digit postcode closing an address, as New Zealand writes it.
 */
const TOWN_FOUR_DIGITS_RE = new RegExp(`(?<![\\p{L}])(${TOWN})[ \\t]+(\\d{4})(?=[ \\t]*(?:$|\\n))`, 'gdmu');
const TOWN_FOUR_DIGITS_GATE = /\p{Ll}[ \t]+\d{4}[ \t]*(?:$|\n)/mu;
/** What the line before (or the text before on the line) ends with when it is a street line. */
const STREET_LINE_BEFORE =
  /(?:\d{1,5}[A-Za-z]?[ \t]+\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,3}(?:,[ \t]*\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)?)?|\bRD[ \t]*\d{1,2}(?:,[ \t]*\p{Lu}[\p{L}'’-]*)?)[ \t]*(?:,[ \t]*|\n[ \t]*)$/u;

const GROUP_1: ScanOptions = { group: 1 };
const GROUP_2: ScanOptions = { group: 2 };
const AFTER_STREET: ScanOptions = {
  accept: (_v, m, text) => STREET_LINE_BEFORE.test(text.slice(Math.max(0, m.index - 64), m.index)),
};
const AFTER_STREET_1: ScanOptions = { ...AFTER_STREET, group: 1 };
const AFTER_STREET_2: ScanOptions = { ...AFTER_STREET, group: 2 };

/**
 * "Im Winkel 108a, Bielefeld 33602", "Via Roma 12, Torino 10121": a street named first with its
 * house number after it, then the town and its postcode, as much of Europe writes a line.
 */
const NUMBER_LAST_LINE_RE = new RegExp(
  `(?<![\\p{L}\\d])(?!(?:Room|Rm|Bed|Bay|Ward|Floor|Level|Suite|Building|Bldg|Dose|Cycle|Day|Week|Visit|Grade|Stage|Type|Step|Page|Lot|Batch|Table|Figure|Section|Version)\\b)((?:\\p{Lu}[\\p{L}'’.-]*[ \\t]+(?:(?:der|die|das|den|dem|de|del|della|di|du|la|le|van|von|am|im|an)[ \\t]+)?){1,3}\\d{1,4}[a-z]?),[ \\t]+(${TOWN}(?:[ \\t]+(?:im|am|an|der|de|la)[ \\t]+${TOWN})?)[ \\t]+(\\d{4,5})(?![\\w-])`,
  'gdu',
);
const NUMBER_LAST_GATE = /\d[a-z]?, [^\n,]{2,40}[ \t]\d{4,5}\b/;
const GROUP_3: ScanOptions = { group: 3 };

/** Coordinates, military mailing addresses, and the postcodes of Ireland, the Netherlands and New Zealand with their towns. */
export function placeForms(ctx: ScanContext): void {
  if (!ctx.hasDigit) return;
  if (ctx.hasUpper && ctx.longestDigitRun >= 4 && ctx.includes(', ') && ctx.test(NUMBER_LAST_GATE)) {
    scan(ctx, NUMBER_LAST_LINE_RE, 'street_address', 'street_address', GROUP_1);
    scan(ctx, NUMBER_LAST_LINE_RE, 'geo', 'city_postal', GROUP_2);
    scan(ctx, NUMBER_LAST_LINE_RE, 'zip', 'postal_code', GROUP_3);
  }
  if (ctx.digits >= 8 && ctx.includes('.') && ctx.test(COORDINATES_GATE))
    scan(ctx, COORDINATES_RE, 'geo', 'coordinates', COORDINATES_OPTIONS);
  if (ctx.digits >= 8 && ctx.includes('",') && ctx.test(QUOTED_COORDINATES_GATE))
    for (const options of QUOTED_COORDINATE_OPTIONS)
      scan(ctx, QUOTED_COORDINATES_RE, 'geo', 'coordinates', options);
  if (!ctx.hasUpper) return;
  if (ctx.longestDigitRun >= 5 && ctx.includes('PO A') && ctx.test(MILITARY_GATE))
    scan(ctx, MILITARY_ADDRESS_RE, 'street_address', 'street_address', GROUP_1);
  if (ctx.test(EIRCODE_GATE)) {
    scan(ctx, EIRCODE_RE, 'geo', 'city_postal', GROUP_1);
    scan(ctx, EIRCODE_RE, 'zip', 'postal_code', GROUP_2);
  }
  if (ctx.longestDigitRun >= 4 && ctx.test(NL_POSTCODE_GATE)) {
    scan(ctx, NL_POSTCODE_RE, 'zip', 'postal_code', GROUP_1);
    scan(ctx, NL_POSTCODE_RE, 'geo', 'city_postal', GROUP_2);
  }
  if (ctx.longestDigitRun >= 4 && ctx.test(TOWN_FOUR_DIGITS_GATE)) {
    scan(ctx, TOWN_FOUR_DIGITS_RE, 'geo', 'city_postal', AFTER_STREET_1);
    scan(ctx, TOWN_FOUR_DIGITS_RE, 'zip', 'postal_code', AFTER_STREET_2);
  }
}
