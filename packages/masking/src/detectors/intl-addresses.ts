/**
 * Address grammars of Asia, Africa and continental Europe, capitalized or said in lower case:
 * Singapore blocks and their units ("Blk 297 Bedok North Rd, #21-843", "Singapore 373593");
 * Filipino blocks and lots ("Blk 4 Lot 46, Villa Verde Subd.", "Brgy. San Isidro"); Malaysian
 * house numbers on a jalan ("No. 62, Jalan Tun Razak"); Korean road names and districts
 * ("Teheran-ro 152, 101-dong 1203-ho", "Gangnam-gu, Seoul 06236"); Indian flats on a numbered
 * cross road and PIN codes after their town ("Flat 301, 6th Cross", "Pune - 411038"); German,
 * Austrian and Swiss streets with their door numbers ("mariahilfer straße 71/8/6"); Portuguese
 * floors ("54, 1.º Esq."); a postcode before its town on the line after a street or after its
 * comma ("55385 Düsseldorf", "96-479 Kraków", "1100-053 Lisboa", "59267 AMPANG"); and the chain of
 * suburb, town and region that ends in a postcode ("Parkhurst, Johannesburg, Gauteng 2193").
 */
import type { Detector, ScanContext, ScanOptions } from './detector';
import { scan } from './detector';

/** A word of a place or street name, in any case: "Bedok", "jurong", "Pag-asa", "Marszałkowska". */
const WORD = "\\p{L}[\\p{L}'’.-]*";
/** The end of an address part: a comma, a semicolon, a line's end, a bracket or "for"/"on" and the like. */
const PART_END =
  '(?=[ \\t]*(?:[,;)\\n#]|$|\\.(?:[ \\t]|$))|[ \\t]+(?:for|on|at|in|and|with|since|served|from|to)\\b)';

/** "Blk 297 Bedok North Rd", "blk 397 jurong west st 52", "Blk 4 Lot 46, Villa Verde Subd.". */
const BLOCK_RE = new RegExp(
  `(?<![\\p{L}\\d])(?:Blk|BLK|blk)\\.?[ \\t]+\\d{1,4}[A-Za-z]?(?:(?:[ \\t]+(?:Lot|LOT|lot)[ \\t]+\\d{1,4}[A-Za-z]?(?:,[ \\t]*(?!(?:Brgy|BRGY|brgy|Barangay)\\b)${WORD}(?:[ \\t]+${WORD}){0,3})?)|(?:[ \\t]+${WORD}){1,5}(?:[ \\t]+\\d{1,3}[A-Za-z]?)?)${PART_END}`,
  'gmu',
);
/** A Singapore unit, floor and number, right after the block's line, its comma or a blank: "#21-843". */
const BLOCK_UNIT_RE =
  /(?<=\b(?:Blk|BLK|blk)\b[^\n]{3,60}(?:,[ \t]*|\n[ \t]*|[ \t]))#\d{1,3}-\d{1,5}(?![\w-])/g;
const BLOCK_GATE = /\b(?:Blk|BLK|blk)\.?[ \t]+\d/;
/** "Singapore 373593": the six-digit postal code after the city-state's name. */
const SINGAPORE_ZIP_RE = /\b(?:Singapore|SINGAPORE|singapore)[ \t]+(?:S[ \t]?)?(\d{6})(?![\w-])/dg;

/** "Brgy. Bagong Pag-asa": a Filipino barangay. */
const BARANGAY_RE = new RegExp(
  `(?<![\\p{L}])(?:Brgy|BRGY|brgy|Barangay|BARANGAY|barangay)\\.?[ \\t]+${WORD}(?:[ \\t]+${WORD}){0,3}${PART_END}`,
  'gmu',
);
const BARANGAY_GATE = /\b(?:brgy|barangay)\b/i;

/** "No. 62, Jalan Tun Razak", "no. 28, jalan ss 2/24", "12 Lorong Kenari 3". */
const JALAN_RE = new RegExp(
  `(?<![\\p{L}\\d])(?:(?:No|NO|no)\\.?[ \\t]*)?\\d{1,4}[A-Za-z]?(?:-\\d{1,3})?,?[ \\t]+(?:Jalan|JALAN|jalan|Jln|JLN|jln|Lorong|LORONG|lorong|Persiaran|PERSIARAN|persiaran|Lebuh|LEBUH|lebuh)\\.?(?:[ \\t]+(?:${WORD}|\\d{1,3}(?:\\/\\d{1,3})?)){1,5}${PART_END}`,
  'gmu',
);
const JALAN_GATE = /\b(?:jalan|jln|lorong|persiaran|lebuh)\b/i;

/** "Teheran-ro 152", "banpo-daero 365, 109-dong 1480-ho", "Dosan-daero 45-gil 12". */
const KOREAN_ROAD_RE =
  /(?<![\p{L}\d-])\p{L}{2,}(?:-\p{L}+)?-(?:ro|daero|gil)(?:[ \t]*\d{1,3}(?:beon)?-?gil)?[ \t]+\d{1,4}(?:-\d{1,4})?(?:,?[ \t]*\d{1,4}-dong(?:[ \t]+\d{1,5}-ho)?)?(?![\p{L}\d-])/giu;
/** "103-dong 252-ho": a building and flat of an apartment complex. */
const DONG_HO_RE = /(?<![\p{L}\d-])\d{1,4}-dong[ \t]+\d{1,5}-ho(?![\p{L}\d-])/giu;
const KOREAN_ROAD_GATE = /-(?:ro|daero|gil|dong)\b/i;
/** "Gangnam-gu", "Bundang-gu", "Yeoksam-dong", "Suwon-si": a district, ward, city or neighbourhood. */
const KOREAN_DISTRICT_RE = /(?<![\p{L}\d-])\p{L}{3,}-(?:gu|gun|si|dong|eup|myeon)(?![\p{L}\d-])/giu;
const KOREAN_DISTRICT_GATE = /[a-z]-(?:gu|gun|si|dong|eup|myeon)\b/i;
/** The city and its five-digit postcode after a district: "Gangnam-gu, Seoul 02915". */
const KOREAN_CITY_RE =
  /-(?:gu|gun|si)\b,?[ \t]*\n?[ \t]*(\p{L}{3,}(?:[ \t]\p{L}{3,})?)[ \t]+(\d{5})(?![\w-])/dgiu;

/** "Flat 301, Sai Apartments, 6th Cross": a flat and its building on a numbered cross, main or stage. */
const INDIAN_FLAT_RE = new RegExp(
  `(?<![\\p{L}\\d])(?:Flat|FLAT|flat|House|HOUSE|house|Door|DOOR|door|Plot|PLOT|plot|H\\.?[ \\t]?No)\\.?[ \\t]*(?:No\\.?[ \\t]*)?\\d{1,4}[A-Za-z]?(?:,[ \\t]+${WORD}(?:[ \\t]+${WORD}){0,3}){0,2},[ \\t]+\\d{1,2}(?:st|nd|rd|th|ST|ND|RD|TH)[ \\t]+(?:Cross|CROSS|cross|Main|MAIN|main|Stage|STAGE|stage|Phase|PHASE|phase|Block|BLOCK|block|Sector|SECTOR|sector)(?:[ \\t]+(?:Road|ROAD|road|Rd|RD|rd))?(?![\\p{L}])`,
  'gu',
);
const INDIAN_FLAT_GATE = /\d(?:st|nd|rd|th)[ \t]+(?:cross|main|stage|phase|block|sector)\b/i;

const GERMAN_WORD = '(?:straße|strasse|gasse|weg|allee|platz|damm|ufer|steig)';
/**
 * "Mariahilfer Straße 71/8/6", "schloßstraße 4a", "Bahnhofstrasse 66/3/17": a street
 * word, ending the name or alone, an adjective before it, then the door's numbers.
 */
const GERMAN_STREET_RE = new RegExp(
  `(?<![\\p{L}\\d])(?:(?!(?:der|die|das|den|dem|unter|über|oder|aber|wieder|immer|after|over|under|never|ever|other|where|there|here|were|are|one|the|more)[ \\t])\\p{L}[\\p{L}-]*(?:er|e|en|es)[ \\t]+)?\\p{L}*${GERMAN_WORD}[ \\t]+\\d{1,4}[a-z]?(?:\\/\\d{1,3}){0,2}(?![\\p{L}\\d])`,
  'giu',
);
const GERMAN_STREET_GATE = /(?:straße|strasse|gasse|weg|allee|platz|damm|ufer|steig)[ \t]+\d/i;
/**
 * "1218 Kerk Straat", "47 Voortrekkerweg", "9 Jan Smuts Laan": a house number before a street
 * named in Afrikaans or Dutch, as South Africa writes it.
 */
const AFRIKAANS_STREET_RE =
  /(?<![\p{L}\d.,-])\d{1,5}[A-Za-z]?[ \t]+(?:\p{Lu}\p{Ll}+[ \t]+){0,2}(?:\p{Lu}\p{Ll}*(?:straat|laan|weg|singel|steeg)|Straat|Weg|Laan|Rylaan|Singel|Steeg)(?![\p{L}\d])/gu;
const AFRIKAANS_STREET_GATE =
  /\d[A-Za-z]?[ \t]+[A-Z][^\n]{0,40}(?:straat|laan|weg|singel|steeg|Straat|Weg|Laan|Singel|Steeg)\b/;
/** "Am Rübenkamp 121a", "In der Aue 3": a preposition and its article before the street's name. */
const GERMAN_PREPOSITION_STREET_RE =
  /(?<![\p{L}\d])(?:Am|An der|Im|In der|Auf der|Zum|Zur|Unter den)[ \t]+\p{Lu}\p{Ll}+[ \t]+\d{1,4}[a-z]?(?![\p{L}\d])/gu;
const GERMAN_PREPOSITION_GATE = /\b(?:Am|Im|der|Zum|Zur|den)[ \t]+[A-ZÄÖÜ][a-zäöüß]+[ \t]+\d/;
/** "rua dom joão iv 11", "ul. długa 88 m. 57", "calle mayor 12": a street word of Portugal, Spain, Italy or Poland first. */
const LATIN_STREET_RE = new RegExp(
  `(?<![\\p{L}\\d])(?:[Rr]ua|RUA|[Aa]venida|AVENIDA|[Tt]ravessa|TRAVESSA|[Cc]alle|CALLE|[Aa]vda\\.|[Vv]iale|VIALE|[Pp]iazza|PIAZZA|[Uu]lica|ULICA|ul\\.|UL\\.)(?:[ \\t]+(?:${WORD})){1,4}?[ \\t]+\\d{1,4}[a-zA-Z]?(?:[ \\t]+[mM]\\.[ \\t]*\\d{1,4})?(?![\\p{L}\\d])`,
  'gu',
);
const LATIN_STREET_GATE = /(?:rua|avenida|travessa|calle|avda|viale|piazza|ulica|ul\.)[ \t]+[^\s\d]/i;
/** "54, 1.º Esq.", "39, 3.º Dto.": a Portuguese floor and side after the house number (NFKC makes "º" an "o"). */
const PT_FLOOR_RE =
  /(?=\d)(?<=\d[A-Za-z]?,[ \t]*)\d{1,2}\.?[º°ªoa]?[ \t]*(?:esquerdo|esq|direito|dto|dta|dt|frente|fte)\b\.?/giu;
const PT_FLOOR_GATE = /\b(?:esq|esquerdo|dto|dta|direito|frente)\b/i;

/**
 * After a line's start or a comma, blanks between: looked behind for only where what follows may
 * start (a letter, a digit), not at each blank of a long run, which went back over the run
 * each time.
 */
const AFTER_COMMA = '(?<=(?:^|,)[ \\t]*)';
/**
 * A postcode then its town, at a line's start or after a comma: five digits (Germany, Malaysia),
 * four (Austria, Switzerland), two and three (Poland) or four and three (Portugal).
 */
const POSTCODE_TOWN_RE = new RegExp(
  `(?=\\d)${AFTER_COMMA}(\\d{5}|\\d{4}|\\d{2}-\\d{3}|\\d{4}-\\d{3})[ \\t]+(${WORD}(?:[ \\t]+(?!(?:for|on|at|in|and|with|since|served|from|to)\\b)${WORD}){0,2}?)${PART_END}`,
  'dgmu',
);
const POSTCODE_TOWN_GATE = /(?:^|[,\n])[ \t]*\d{1,4}-?\d{3}[ \t]+[^\s\d]/m;

/** A Japanese block address: chōme, block and house numbers, then the district ("1-24-6 Umeda"). */
const JP_BLOCK = '\\d{1,2}-\\d{1,3}-\\d{1,4}[ \\t]+\\p{Lu}[\\p{Ll}-]+';
const JP_PLACE = '\\p{Lu}[\\p{Ll}]+(?:[ -]\\p{Lu}[\\p{Ll}]+)?';
/**
 * Japan's postal mark and code, then the city, its ward and the block address as written in
 * Latin letters: "〒460-1267 Nagoya, Naka-ku, 1-2-2 Nishiki".
 */
const JP_POSTAL_MARK_RE = new RegExp(
  `〒[ \\t]?(\\d{3}-?\\d{4})(?![\\d-])(?:[ \\t]*(${JP_PLACE})(?:,[ \\t]*(\\p{Lu}\\p{Ll}+-(?:ku|shi|cho|machi|gun|mura)))?(?:,[ \\t]*(${JP_BLOCK}))?)?`,
  'dgu',
);
/** "5-1-9 Umeda, Osaka 530-0776": a block address, then its city and postcode. */
const JP_BLOCK_TOWN_RE = new RegExp(
  `(?<![\\w-])(${JP_BLOCK}),[ \\t]*(${JP_PLACE})[ \\t]+(\\d{3}-\\d{4})(?![\\w-])`,
  'dgu',
);
const JP_BLOCK_GATE = /\d-\d{1,4}[ \t]+[A-Z][^\n]{2,40}\d{3}-\d{4}/;
const GROUP_3: ScanOptions = { group: 3 };
const GROUP_4: ScanOptions = { group: 4 };

/**
 * A place name in a chain: capitalized words, a barangay or a numbered sector ("Sector IV" and
 * "Phase 2": a numeral in letters is a word). No word is read two ways: "IV IV IV … x" read
 * each "IV" as a word and as a numeral, doubling the work at each one.
 */
const PLACE = `(?:(?:Brgy|BRGY|brgy)\\.?[ \\t]+)?\\p{L}[\\p{L}'’.-]*(?:[ \\t]+(?:\\p{L}[\\p{L}'’.-]*|\\d{1,2}))*?`;
/**
 * Suburb, town and region before the postcode: "Parkhurst, Johannesburg, Gauteng 2193",
 * "Kothrud, Pune - 411038", "Quezon City, Metro Manila 1100", "Victoria Island, Lagos 101241".
 */
const PLACE_CHAIN_RE = new RegExp(
  `(?=\\p{L})${AFTER_COMMA}((?:${PLACE},[ \\t]+){0,3}${PLACE})(?:[ \\t]+[-–][ \\t]+(\\d{6}|\\d{3}[ \\t]\\d{3})|[ \\t]+(\\d{4,6}))(?![\\w-]|[.,]\\d)`,
  'dgmu',
);
/**
 * Suburb and town, then the postcode between commas, then the state or province: "Surulere,
 * 101283, Lagos State", "Section C, Gugulethu, 7750, Western Cape" (Nigeria and South Africa
 * write the code before the region). The region is a state's: it stays.
 */
const PLACE_CODE_REGION_RE = new RegExp(
  `(?=\\p{L})${AFTER_COMMA}((?:${PLACE},[ \\t]+){0,3}${PLACE}),[ \\t]+(\\d{4,6}),[ \\t]+\\p{Lu}[\\p{L}'’-]+(?:[ \\t]\\p{Lu}[\\p{L}'’-]+){0,2}(?=[ \\t]*(?:[.,;\\n]|$)|[ \\t]+\\p{Ll})`,
  'dgmu',
);
const PLACE_CODE_REGION_GATE = /[^\s\d],[ \t]+\d{4,6},[ \t]+[A-Z]/;
/** A place's last letter, then a postcode that is not a year ("seen on 2024-03-02" is none). */
const PLACE_CHAIN_GATE = /[^\s\d][ \t]+(?:[-–][ \t]+)?(?!(?:19|20)\d\d(?!\d))\d{3}[ \t]?\d{1,3}\b/;
/** A street word anywhere in the text, before the chain expression is run (no Unicode flag: cheap). */
const STREET_WORD_GATE =
  /\b(?:straat|laan|rd|road|st|street|ave|avenue|lane|ln|drive|way|cross|layout|nagar|blvd|close|cres|crescent|jalan|jln|lorong|blk|lot|subd|homes|village|flat|apt|ul|rua|avenida|calle|esq|dto|apartments|estate|gardens|villas|purok|lor|terrace|court|ct|house|plot|building|bldg|tower|suite|ste|unit|box|main|stage|phase|block|sector|persiaran|subdivision)\b|\bno\.|stra(?:ß|ss)e|gasse|weg\b|allee|platz|-(?:ro|daero|gil|ho|dong)\b|#[ \t]?\d/i;

/**
 * Words a street line holds in these countries: one on the postcode's line before it, or on the
 * line above, makes the postcode and the places beside it an address's.
 */
const STREET_CUE =
  /\b(?:straat|laan|rd|road|st|street|ave|avenue|lane|ln|drive|way|cross|layout|nagar|blvd|close|crescent|cres|jalan|jln|lorong|persiaran|blk|lot|subd|subdivision|homes|village|flat|apt|ul|rua|avenida|calle|esq|dto|apartments|estate|gardens|villas|purok|lor|terrace|court|ct|house|plot|building|bldg|tower|suite|ste)\b\.?|\bno\.[ \t]*\d|\bunit[ \t]+\d|\bbox[ \t]+\d|\d(?:st|nd|rd|th)[ \t]+(?:cross|main|stage|phase|block|sector)\b|stra(?:ß|ss)e|gasse|weg\b|allee|platz|-ro\b|-daero\b|-gil\b|-ho\b|-dong\b|#[ \t]?\d/iu;
/** A number with a unit or count after it is a measure, not a postcode and town. */
const NOT_TOWN =
  /^(?:mg|mcg|µg|g|kg|ml|mL|l|iu|units?|cells|copies|steps|pts|patients|cases|people|times|days?|weeks?|months?|years?|hours?|hrs?|minutes?|mins?|beds?|visits?|doses?|tablets?|tabs?|caps?|puffs?|drops?|cm|mm|km|mmhg|bpm|kcal|cal|ms|sec|am|pm|x|total|per|of|the|and|or|to|from|on|in|at)\b/i;
const YEAR = /^(?:19|20)\d{2}$/;
/** A measure's unit after the number: "heparin 5000 units". */
const UNIT_AFTER =
  /^[ \t]*(?:%|x\b|×|(?:mg|mcg|µg|g|kg|ml|l|iu|units?|cells|copies|steps|mmol|umol|µmol|pg|ng|u)\b|\/)/i;

/** "Am Rübenkamp 121a, ": a capitalized name and a house number right before the postcode's comma. */
const HOUSE_NUMBER_BEFORE =
  /(?<!\p{L})(?!(?:Room|Rm|Bed|Bay|Ward|Floor|Level|Suite|Building|Bldg|Dose|Cycle|Day|Week|Visit|Grade|Stage|Type|Step|Page|Lot|Batch|Table|Figure|Section|Version|Block|Phase|Score|Session|Year|Class|Gate)\b)\p{Lu}\p{Ll}+[ \t]+\d{1,4}[a-z]?(?:\/\d{1,3}){0,2},[ \t]*$/u;
/**
 * Whether the postcode's line before it, or the line above, holds a street word; or (for a
 * postcode before its town) a street's name and house number come right before its comma.
 */
function afterStreet(text: string, index: number, houseNumber: boolean): boolean {
  const head = text.slice(Math.max(0, index - 160), index);
  return (
    (houseNumber && HOUSE_NUMBER_BEFORE.test(head)) || STREET_CUE.test(head.split('\n').slice(-2).join('\n'))
  );
}

const POSTCODE_TOWN_OPTIONS: ScanOptions = {
  accept: (_v, m, text) =>
    !NOT_TOWN.test(m[2] as string) && !YEAR.test(m[1] as string) && afterStreet(text, m.index, true),
};

/** Spans of the chain's places (each a geo span) and of its postcode, the region after the postcode or before it. */
function placeChains(ctx: ScanContext, re: RegExp): void {
  re.lastIndex = 0;
  for (let m = re.exec(ctx.text); m !== null; m = re.exec(ctx.text)) {
    const code = m[2] ?? m[3];
    const chain = m.indices?.[1];
    const codeAt = m.indices?.[m[2] === undefined ? 3 : 2];
    const end = m.index + m[0].length;
    if (
      !code ||
      !chain ||
      !codeAt ||
      YEAR.test(code) ||
      NOT_TOWN.test(m[1] as string) ||
      UNIT_AFTER.test(ctx.text.slice(end, end + 12)) ||
      !afterStreet(ctx.text, m.index, false)
    ) {
      // A later comma may open the chain: "at 12 bode street, surulere, lagos 101283".
      re.lastIndex = m.index + 1;
      continue;
    }
    let start = chain[0];
    for (const part of (m[1] as string).split(',')) {
      const lead = part.length - part.trimStart().length;
      const s = start + lead;
      const e = start + part.trimEnd().length;
      if (e > s && !ctx.skip?.has('geo'))
        ctx.out.push({ start: s, end: e, type: 'geo', ruleId: 'city_postal' });
      start += part.length + 1;
    }
    if (!ctx.skip?.has('zip'))
      ctx.out.push({ start: codeAt[0], end: codeAt[1], type: 'zip', ruleId: 'postal_code' });
  }
}

/**
 * The case-insensitive gates below as one expression: it matches wherever one of them does, so
 * a text it does not match (most notes) skips them all after one pass instead of six.
 */
const ANY_WORD_GATE = new RegExp(
  [BARANGAY_GATE, JALAN_GATE, INDIAN_FLAT_GATE, GERMAN_STREET_GATE, LATIN_STREET_GATE, PT_FLOOR_GATE]
    .map((re) => `(?:${re.source})`)
    .join('|'),
  'i',
);

const GROUP_1: ScanOptions = { group: 1 };
const GROUP_2: ScanOptions = { group: 2 };
const POSTCODE_OPTIONS: ScanOptions = { ...POSTCODE_TOWN_OPTIONS, group: 1 };
const TOWN_OPTIONS: ScanOptions = { ...POSTCODE_TOWN_OPTIONS, group: 2 };

export const internationalAddresses: Detector = {
  id: 'intl_address',
  types: ['street_address', 'geo', 'zip'],
  run(ctx: ScanContext) {
    if (!ctx.hasDigit || !ctx.includes(' ')) return;
    if (ctx.test(BLOCK_GATE)) {
      scan(ctx, BLOCK_RE, 'street_address', 'street_address');
      if (ctx.includes('#')) scan(ctx, BLOCK_UNIT_RE, 'street_address', 'street_address');
    }
    if (ctx.longestDigitRun >= 3 && ctx.includes('〒')) {
      scan(ctx, JP_POSTAL_MARK_RE, 'zip', 'postal_code', GROUP_1);
      scan(ctx, JP_POSTAL_MARK_RE, 'geo', 'city_postal', GROUP_2);
      scan(ctx, JP_POSTAL_MARK_RE, 'geo', 'city_postal', GROUP_3);
      scan(ctx, JP_POSTAL_MARK_RE, 'street_address', 'street_address', GROUP_4);
    }
    if (ctx.hasUpper && ctx.longestDigitRun >= 4 && ctx.test(JP_BLOCK_GATE)) {
      scan(ctx, JP_BLOCK_TOWN_RE, 'street_address', 'street_address', GROUP_1);
      scan(ctx, JP_BLOCK_TOWN_RE, 'geo', 'city_postal', GROUP_2);
      scan(ctx, JP_BLOCK_TOWN_RE, 'zip', 'postal_code', GROUP_3);
    }
    if (ctx.longestDigitRun >= 6 && ctx.test(/singapore/i))
      scan(ctx, SINGAPORE_ZIP_RE, 'zip', 'postal_code', GROUP_1);
    const worded = ctx.test(ANY_WORD_GATE);
    if (worded && ctx.test(BARANGAY_GATE)) scan(ctx, BARANGAY_RE, 'geo', 'city_postal');
    if (worded && ctx.test(JALAN_GATE)) scan(ctx, JALAN_RE, 'street_address', 'street_address');
    if (ctx.includes('-')) {
      if (ctx.test(KOREAN_ROAD_GATE)) {
        scan(ctx, KOREAN_ROAD_RE, 'street_address', 'street_address');
        scan(ctx, DONG_HO_RE, 'street_address', 'street_address');
      }
      if (ctx.test(KOREAN_DISTRICT_GATE)) {
        scan(ctx, KOREAN_DISTRICT_RE, 'geo', 'city_postal');
        if (ctx.longestDigitRun >= 5) {
          scan(ctx, KOREAN_CITY_RE, 'geo', 'city_postal', GROUP_1);
          scan(ctx, KOREAN_CITY_RE, 'zip', 'postal_code', GROUP_2);
        }
      }
    }
    if (worded && ctx.test(INDIAN_FLAT_GATE)) scan(ctx, INDIAN_FLAT_RE, 'street_address', 'street_address');
    if (worded && ctx.test(GERMAN_STREET_GATE))
      scan(ctx, GERMAN_STREET_RE, 'street_address', 'street_address');
    if (ctx.hasUpper && ctx.test(AFRIKAANS_STREET_GATE))
      scan(ctx, AFRIKAANS_STREET_RE, 'street_address', 'street_address');
    if (ctx.hasUpper && ctx.test(GERMAN_PREPOSITION_GATE))
      scan(ctx, GERMAN_PREPOSITION_STREET_RE, 'street_address', 'street_address');
    if (worded && ctx.test(LATIN_STREET_GATE)) scan(ctx, LATIN_STREET_RE, 'street_address', 'street_address');
    if (worded && ctx.test(PT_FLOOR_GATE)) scan(ctx, PT_FLOOR_RE, 'street_address', 'street_address');
    if (ctx.longestDigitRun >= 2 && ctx.test(POSTCODE_TOWN_GATE)) {
      scan(ctx, POSTCODE_TOWN_RE, 'zip', 'postal_code', POSTCODE_OPTIONS);
      scan(ctx, POSTCODE_TOWN_RE, 'geo', 'city_postal', TOWN_OPTIONS);
    }
    if (ctx.longestDigitRun >= 3 && ctx.test(PLACE_CHAIN_GATE) && ctx.test(STREET_WORD_GATE))
      placeChains(ctx, PLACE_CHAIN_RE);
    if (ctx.longestDigitRun >= 4 && ctx.test(PLACE_CODE_REGION_GATE) && ctx.test(STREET_WORD_GATE))
      placeChains(ctx, PLACE_CODE_REGION_RE);
  },
};
