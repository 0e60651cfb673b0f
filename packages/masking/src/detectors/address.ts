/**
 * Street addresses and geography below state level: street lines (number, name, suffix, unit),
 * PO boxes, "City, ST 12345", cities after "lives in" and the like, counties, ZIP and ZIP+4.
 */
import { en, es, es_MX, fr, it, nl, pl, pt_BR } from '@faker-js/faker';
import { isWhiteSpace } from '../char-codes';
import { lowerTownsAfter, placeForms, streetForms } from './address-forms';
import { before, type Detector, extendBackward, type ScanContext, type ScanOptions, scan } from './detector';
import { nameDictionaries } from './dictionaries';
import { containsAny } from './gates';
import { dropInsideOrganisations } from './organisations';
import { streetsBeforeTowns, townsAfterStreets, townsAndRegions } from './places';

const CAPITAL_SUFFIXES = new Set(
  'ST AVE AV RD BLVD DR LN CT PL PKWY HWY CIR TER TRL SQ WAY LOOP PIKE PLZ STREET AVENUE ROAD DRIVE LANE COURT PLACE BOULEVARD CIRCLE TERRACE TRAIL PARKWAY HIGHWAY'.split(
    ' ',
  ),
);
const SUFFIXES = [
  ...new Set([
    ...(en.location?.street_suffix ?? []),
    ...'Boulevard St Ave Av Rd Blvd Dr Ln Ct Pl Pkwy Hwy Cir Ter Trl Sq Way Loop Row Run Pass Path Pike Plz Xing Aly Expy Fwy Hts Mnr Rte Bend Bnd'.split(
      ' ',
    ),
    // British and Commonwealth street words that name nothing else in clinical text.
    ...'Close Crescent Grove Mews Rise Croft Drove Mead Chase Garth Fold Wynd Parade Vale Brae Grange Paddock Brow Lea Copse Glade Meadow Meadows Orchard Yard Approach Gardens Terrace Circuit'.split(
      ' ',
    ),
    // Their abbreviations in Australian, British and Canadian addresses.
    ...'Cres Cl Pde Gr Esp Cct Crt Gdns Tce Bvd Hwy'.split(' '),
  ]),
]
  // Street lines printed in capitals: "6731 COTTONWOOD LN TRLR 188" (the usual street words only:
  // "FIELDS" or "GROVE" in capitals is as often a name).
  .flatMap((w) => (CAPITAL_SUFFIXES.has(w.toUpperCase()) ? [w, w.toUpperCase()] : [w]))
  .filter((w, i, all) => all.indexOf(w) === i)
  .sort((a, b) => b.length - a.length);
const SUFFIX = `(?:${SUFFIXES.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`;
const DIRECTION = '(?:[NSEW]|N[EW]|S[EW]|North|South|East|West|Northeast|Northwest|Southeast|Southwest)\\.?';
// A street's words may hold accented letters: Māori, Irish, French ("Pōhutukawa", "Ó Conaill").
const STREET_WORD = "(?:\\d{1,3}(?:st|nd|rd|th|(?=[ \\t]))|[A-ZÀ-ÖØ-ÞĀ-ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’.-]*)";
const UNIT =
  '(?:,?\\s+(?:Apt|Apartment|Suite|Ste|Unit|Bldg|Building|Floor|Fl|Room|Rm|Trlr|Trailer|Lot|Spc|Space|PMB|Flat|app|APT|STE|UNIT|TRLR|LOT|SPC|FLAT|#)\\.?\\s*#?\\s*[A-Za-z0-9-]{1,6})';
/**
 * A house number, a unit before it ("3/45"), never opening with a zero: "03/04" and "12 04" are a
 * day and a month. One line break may stand in a gap between its words, as scans wrap them
 * ("4949 Old⏎ Mill Rd"), but not after a unit and number ("seen 12/04" then "Oak Dr." on the next
 * line), a year ("March 10, 2025" then "Dr Ann Roe"), or a street word that is a bare number
 * ("12 14" then "Dr. Ross"), and no blank line. Never a tab: a tab ends a table's cell
 * ("463-8741⇥Ebenezer D. St. Germain" is a telephone number, then a name).
 */
const GAP = '(?: +(?:\\r?\\n[ \\t]*)?|\\r?\\n[ \\t]*)';
/** After the house number, a line break only in a labelled field ("Address: 5203⏎Pecan Grove Cir", not "Age 79⏎Address 172 …"). */
const NUMBER_GAP =
  '(?: +(?![ \\t]*\\r?\\n)|(?<=:[ \\t]*\\d{1,6}(?:-\\d{1,4})?[A-Za-z]?)[ \\t]*\\r?\\n[ \\t]*)';
const STREET_RE = new RegExp(
  `(?<![\\w./-])(?:(?!0)\\d{1,4}\\/(?=\\d{1,6}(?:-\\d{1,4})?[A-Za-z]?[ \\t]))?(?!0)(?!(?:19|20)\\d\\d[ \\t]*\\r?\\n)\\d{1,6}(?:-\\d{1,4})?[A-Za-z]?(?:${GAP}1\\/2)?${NUMBER_GAP}(?:${DIRECTION}${GAP})?(?:(?!0)${STREET_WORD}${GAP}){1,4}?${SUFFIX}\\b\\.?(?:\\s+${DIRECTION}(?![\\w]))?${UNIT}?`,
  'g',
);
/**
 * Streets known by a name alone or by a number after a road word: "5190 Kingsway", "9699
 * Broadway", "14159 The Embarcadero", "7435 County Road 725", "12 State Route 9".
 */
const NAMED_STREETS = [
  'Broadway',
  'Kingsway',
  'Bowery',
  'Esplanade',
  'Parade',
  'Strand',
  'Embarcadero',
  'Boardwalk',
  'Promenade',
  'Causeway',
  'Mall',
  'Queensway',
];
/**
 * Each name as written, and in a printout's capitals those that are no common word
 * ("66751 S BROADWAY", not "GAVE 2 MALL WALKING TIPS").
 */
const NAMED_STREET_FORMS = [
  ...NAMED_STREETS,
  ...['Broadway', 'Kingsway', 'Bowery', 'Embarcadero', 'Queensway'].map((name) => name.toUpperCase()),
];
const NAMED_STREET_RE = new RegExp(
  `(?<![\\w.-])(?:\\d{1,4}\\/)?\\d{1,6}[A-Za-z]?\\s+(?:${DIRECTION}[ \\t]+)?(?:(?:The\\s+|THE\\s+)?(?:${NAMED_STREET_FORMS.join('|')})\\b|(?:County Road|County Rd|CR|State Route|State Road|SR|Route|Rte|Highway|Hwy|US Highway|US Hwy|Farm to Market Road|FM|Township Road|Range Road)\\s+\\d{1,4}[A-Z]?\\b)${UNIT}?`,
  'g',
);
const NAMED_STREET_GATE = containsAny(
  ...NAMED_STREET_FORMS,
  'Road ',
  'Rd ',
  'CR ',
  'SR ',
  'Route ',
  'Rte ',
  'Highway ',
  'Hwy ',
  'FM ',
);
/** A street named without a house number: "Ellery St", "3rd Ave N", "Old Farm Rd", "Route 9". */
const STREET_NAME = `(?:(?:\\d{1,3}(?:st|nd|rd|th)|${DIRECTION}|\\p{Lu}[\\p{L}'’.-]*)[ \\t]+){1,3}?${SUFFIX}\\b\\.?(?:[ \\t]+${DIRECTION}(?![\\w]))?|(?:Route|Rte|Highway|Hwy|State Route|County Road|SR|CR|FM|US|Interstate|I-)[ \\t]?\\d{1,4}\\b`;
/** A unit a crossing's description may carry after the street ("Kestrel Run Apt 4B and SR 9"). */
const CROSSING_UNIT = '(?:[ \\t]+(?:Apt|Unit|Ste|Suite|Lot|Trlr|Rm|#)\\.?[ \\t]*#?[A-Za-z0-9-]{1,6}\\b)?';
/**
 * "the intersection of Ellery St and 3rd Ave N", "corner of Route 9 & Quarry Hill Rd", "near
 * Tamarack Ln and SR 9": both streets of a crossing.
 */
const CROSSING_RE = new RegExp(
  `(?:\\b(?:[Ii]ntersection|[Cc]orner|[Jj]unction|[Cc]rossroads?|[Cc]rossing)[ \\t]+of|\\b[Nn]ear)[ \\t]+((?:${STREET_NAME})${CROSSING_UNIT})[ \\t]+(?:and|&|with)[ \\t]+((?:${STREET_NAME})${CROSSING_UNIT})`,
  'dgu',
);
const CROSSING_GATE = containsAny('ntersection', 'orner', 'unction', 'rossing', 'rossroad', 'ear ');

/** French street words written in lower case after a house number: "5542 rue Sainte-Catherine", "522 boul. Laurier". */
const FRENCH_STREET_RE =
  /(?<![\w.-])\d{1,5}[A-Za-z]?(?:[ \t]+(?:bis|ter|quater))?,?[ \t]+(?:rue|boul\.?|boulevard|chemin|ch\.|av\.|avenue|place|route|rang|montée|côte|allée|impasse|quai)[ \t]+(?:(?:de|du|des|de la|d'|l')[ \t]*)?\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,2}(?:,?[ \t]+(?:app|apt|bureau|suite)\.?[ \t]*\d{1,5})?/gu;
const FRENCH_STREET_GATE =
  /\d(?:[ \t]+(?:bis|ter|quater))?,?[ \t]+(?:rue|boul\.?|boulevard|chemin|ch\.|av\.|avenue|place|route|rang|montée|côte|allée|impasse|quai)[ \t]/;

/**
 * Streets written name-first or with a leading street word, as in most of the world: "Via
 * Roma 12", "Calle Mayor 5", "12 rue de Paris", "Hauptstraße 4", "ul. Długa 7". The street
 * words come from faker's locale data (it, es, fr, pt, pl, nl).
 */
const STREET_WORD_LIST = [
  ...new Set(
    [
      ...(it.location?.street_suffix ?? []),
      ...(es.location?.street_suffix ?? []),
      ...(fr.location?.street_prefix ?? []),
      ...(pt_BR.location?.street_prefix ?? []),
      ...(es_MX.location?.street_prefix ?? []),
      ...(pl.location?.street_prefix ?? []),
      'Vía',
      'Viale',
      'Corso',
      'Largo',
      'Vicolo',
      'Plaza',
      'Paseo',
      'Rua',
      'Praça',
      'Estrada',
      'Chemin',
      'Route',
      'Ulica',
      'C/',
    ].filter((w) => /^\p{Lu}/u.test(w) || w.endsWith('.')),
  ),
]
  .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .sort((a, b) => b.length - a.length);
const STREET_WORDS = STREET_WORD_LIST.join('|');
const PARTICLE =
  "(?:(?:de|del|de la|de los|de las|della|delle|dei|degli|di|da|do|dos|das|du|des|d'|l'|la|le|van|von)[ \\t]*)";
const NAME_WORD = "[\\p{Lu}][\\p{L}'’.-]*";
const LOCAL_STREET_RE = new RegExp(
  `(?<![\\p{L}\\d])(?:\\d{1,5}[a-zA-Z]?,?[ \\t]+)?(?:${STREET_WORDS})[ \\t]+${PARTICLE}?${NAME_WORD}(?:[ \\t]+${PARTICLE}?${NAME_WORD}){0,3}(?:,?[ \\t]+(?:n[°º.]?[ \\t]*)?\\d{1,5}[a-zA-Z]?\\b)?`,
  'gu',
);
const STREET_SUFFIX_WORDS = [
  ...new Set([
    ...(nl.location?.street_suffix ?? []),
    'straße',
    'strasse',
    'str.',
    'weg',
    'platz',
    'gasse',
    'allee',
    'ring',
    'damm',
    'ufer',
    'plein',
    'markt',
    'gracht',
    'kade',
    'singel',
    'dijk',
    'steeg',
    'vej',
    'gatan',
    'gata',
    // Swedish and Danish: "Kungsvägen 10", "Björkstigen 41", "Nørregade 7".
    'vägen',
    'stigen',
    'gränd',
    'backen',
    'torget',
    'gade',
    'veien',
    'Str.',
    'Straße',
    'Strasse',
    'Weg',
    'Platz',
    'Gasse',
    'Allee',
  ]),
]
  .join('|')
  .replace(/\./g, '\\.');
const COMPOUND_STREET_RE = new RegExp(
  `(?<![\\p{L}])(?:(?:Nieuwe|Oude|Korte|Lange|Grote|Kleine|Neue|Alte|Obere|Untere)[ \\t])?[\\p{Lu}][\\p{L}-]*[ -]?(?:${STREET_SUFFIX_WORDS})\\s*\\d{1,5}[a-zA-Z]?\\b(?:-(?:\\d{1,3}|[IVX]{1,4})\\b|[ \\t](?:bis|ter|hs|huis)\\b)?`,
  'gu',
);
/**
 * `(?:${STREET_WORDS})\s` as two expressions, the words that open with a capital and the
 * abbreviations in lower case ("ul.", "al."): each search skips to the few characters its words
 * open with, where one of all the words stopped at every letter. Literal words of the Basic
 * Multilingual Plane: without the `u` flag the same matches, found faster.
 */
const LOCAL_STREET_GATES = [true, false]
  .map((capital) => STREET_WORD_LIST.filter((w) => /^\p{Lu}/u.test(w) === capital))
  .filter((words) => words.length > 0)
  .map((words) => new RegExp(`(?:${words.join('|')})\\s`));
const COMPOUND_STREET_GATE = new RegExp(`(?:${STREET_SUFFIX_WORDS})\\s*\\d`);
/**
 * What follows a street line in many countries: a floor, flat or room ("Piano 4",
 * "Appartamento 20", "5 étage", "Zimmer 462", "III 2 hoog", "# 24B", "Rm 32B", Swedish
 * "lgh 1390"): it belongs to the address.
 */
const UNIT_AFTER =
  /^,?[ \t]+(?:#[ \t]*(?=[\p{L}-]{0,5}\d)[\p{L}\d-]{1,6}\b|(?:Apt|Apartment|Suite|Ste|Unit|Bldg|Building|Floor|Fl|Flat|Trlr|Trailer|Lot|Spc|Space|PMB|Rm|Room|Box|apt|unit|ste|suite|rm|trlr|lot|lgh|app|Piano|Appartamento|Interno|Int|Scala|[ÉéEe]tage|Zimmer|Whg|Wohnung|Piso|Puerta|[ÁA]tico|Bajo|Andar|Apto|Sala|Bloco|apto|andar|sala|bloco|int|Bus|lok|m)(?![\p{L}])\.?(?:[ \t]*#?[ \t]*(?:(?=[\p{L}-]{0,5}\d)[\p{L}\d-]{1,6}\b|\p{Lu}(?![\p{L}\p{N}'’-])))?|\d{1,3}[ \t]+(?:[ÉéEe]tage|hoog|piso|andar|floor)\b|\d{1,2}[ºª°oa][ \t]?(?:[A-Z]\b|izda\.?|dcha\.?|izq\.?|der\.?|centro\b)|[IVX]{1,4}(?![\p{L}\p{N}])(?:[ \t]+\d{1,3}[ \t]+hoog\b)?)/u;

/**
 * A second street word after the first: "Old Mill Drive", "Tallow Ridge Ct", "Beaver Creek
 * Loop"; a word between them where the street line ends ("Old Mill Pond Road,"), not before a
 * state's letters ("… Way Quillmoor Heights IA").
 */
const SUFFIX_AFTER = new RegExp(
  `^(?:[ \\t]+${SUFFIX}\\b\\.?(?:[ \\t]+${DIRECTION}(?![\\w]))?|[ \\t]+[A-Z][a-z]{2,15}[ \\t]+${SUFFIX}\\b\\.?(?=[ \\t]*(?:[,;"'\\n]|\\.(?:\\s|$)|$|(?:Apt|Unit|Ste|Suite|#)\\b)))`,
);
/** "Main Street Upper", "Bridge Street Lower": the part of a long street, written after it in Ireland and Britain. */
const PART_AFTER = /^[ \t]+(?:Upper|Lower|Great|Little|Old|New)(?![\p{L}])/u;

/**
 * "51 Matai Place, Ponsonby⏎Auckland 1011", "23 Tui Crescent, RD 4, Roslyn⏎…": a suburb (and a rural delivery number) closing the street's line when the next
 * line (or the rest of the line) holds the town and a four-digit postcode, as New Zealand and
 * Australia write it.
 */
const SUBURB_AFTER =
  /^(?:,[ \t]*RD[ \t]*\d{1,2})?,[ \t]*\p{Lu}[\p{Ll}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}'’-]+)?(?=(?:[ \t]*\n[ \t]*|,[ \t]*)\p{Lu}[\p{L}'’ -]{1,40}?,?[ \t]+\d{4}[ \t]*(?:\n|$))/u;

/** Extends the street lines found since `from` over a second street word, a unit and a suburb that follow them. */
function extendOverUnits(ctx: ScanContext, from: number): void {
  for (let i = from; i < ctx.out.length; i++) {
    const span = ctx.out[i] as (typeof ctx.out)[number];
    const suffix = SUFFIX_AFTER.exec(ctx.text.slice(span.end, span.end + 24));
    if (suffix) span.end += suffix[0].length;
    const part = PART_AFTER.exec(ctx.text.slice(span.end, span.end + 8));
    if (part) span.end += part[0].length;
    const unit = UNIT_AFTER.exec(ctx.text.slice(span.end, span.end + 32));
    if (unit) span.end += unit[0].length;
    if (ctx.text.charCodeAt(span.end) === 0x2c) {
      const suburb = SUBURB_AFTER.exec(ctx.text.slice(span.end, span.end + 80));
      if (suburb) span.end += suburb[0].length;
    }
  }
}

/** A town, as the line after a street names it: "Kenosha", "Västerås", "Freiburg im Breisgau". */
const TOWN_WORDS =
  "\\p{Lu}[\\p{Ll}'’.-]+(?:[ -](?:(?:im|am|an|de|la|sur|upon|on)[ -])?\\p{Lu}[\\p{Ll}'’.-]+){0,2}";
const POSTCODE_WORDS = '\\d{5}(?:-\\d{3,4})?|\\d{3} \\d{2}|\\d{4}';
const THEN = '(?=[ \\t]*(?:$|[\\n,.;]))';
/** After a street line: ", Kenosha 53130", ", apto 251, Curitiba 80051-472" (town, then postcode). */
const TOWN_CODE_AFTER = new RegExp(
  `^,?[ \\t]+(?:(?:apto|apt|app|lgh|unit|flat)\\.?[ \\t]*\\d{1,5}[A-Za-z]?,?[ \\t]+)?(${TOWN_WORDS})[ \\t]+(${POSTCODE_WORDS})${THEN}`,
  'du',
);
/** …or ", 44000 Nantes", ", 722 49 Västerås" (postcode, then town). */
const CODE_TOWN_AFTER = new RegExp(`^,?[ \\t]+(${POSTCODE_WORDS})[ \\t]+(${TOWN_WORDS})${THEN}`, 'du');

/** The town and postcode written after each street line found since `from`. */
function townAndCodeAfter(ctx: ScanContext, from: number): void {
  const count = ctx.out.length;
  for (let i = from; i < count; i++) {
    const span = ctx.out[i] as (typeof ctx.out)[number];
    if (span.type !== 'street_address' || ctx.text.charCodeAt(span.end) !== 0x2c) continue;
    const after = ctx.text.slice(span.end, span.end + 72);
    const m = TOWN_CODE_AFTER.exec(after);
    const n = m ? null : CODE_TOWN_AFTER.exec(after);
    const town = m?.indices?.[1] ?? n?.indices?.[2];
    const code = m?.indices?.[2] ?? n?.indices?.[1];
    if (!town || !code) continue;
    ctx.out.push({ start: span.end + town[0], end: span.end + town[1], type: 'geo', ruleId: 'city_postal' });
    ctx.out.push({ start: span.end + code[0], end: span.end + code[1], type: 'zip', ruleId: 'postal_code' });
  }
}

/** Words before a street line that make it where someone lives (an obituary's "late of"). */
const LIVES_AT_BEFORE =
  /\b(?:lives?|living|resides?|residing|address(?:ed)?|moved to|home(?: address)? is|late of)[ \t]+(?:at[ \t]+)?$/i;
/**
 * "Lives at 51 Ngong Road, Wuse II, Abuja.": the district and town after such a street, one or
 * two capitalized places closing the sentence or the line, no postcode after them.
 */
const PLACES_AFTER_HOME = new RegExp(
  `^,[ \\t]*(\\p{Lu}[\\p{L}'’.-]+(?:[ \\t]+(?:\\p{Lu}[\\p{L}'’.-]+|[IVX]{1,3}|Phase[ \\t]+\\d{1,2})){0,2})(?:,[ \\t]*(${TOWN_WORDS}))?(?=[ \\t]*(?:[.;\\n]|$))`,
  'du',
);

/** The district and town after each street line found since `from` that says where someone lives. */
function placesAfterHome(ctx: ScanContext, from: number): void {
  const count = ctx.out.length;
  for (let i = from; i < count; i++) {
    const span = ctx.out[i] as (typeof ctx.out)[number];
    if (span.type !== 'street_address' || ctx.text.charCodeAt(span.end) !== 0x2c) continue;
    if (!LIVES_AT_BEFORE.test(before(ctx.text, span.start, 32))) continue;
    const m = PLACES_AFTER_HOME.exec(ctx.text.slice(span.end, span.end + 72));
    if (!m) continue;
    for (const g of [m.indices?.[1], m.indices?.[2]])
      if (g)
        ctx.out.push({
          start: span.end + g[0],
          end: span.end + g[1],
          type: 'geo',
          ruleId: 'city_after_street',
        });
  }
}

/** A street word alone is an address only with a house number, or after "lives at"-like words. */
const LOCAL_STREET_OPTIONS: ScanOptions = {
  accept: (v, m, text) =>
    /\d/.test(v) ||
    /(?:lives?|living|resides?|residing|address|addr|at|moved to)\W*$/i.test(before(text, m.index, 24)),
};

const PO_BOX_RE = /\b(?:P\.?\s?O\.?\s?Box|POB|Post Office Box)\s+\d{1,8}\b/gi;
/** Rural delivery: "RR 2 Box 118", "Rural Route 3, Box 42", "HC 65 Box 12" ("RR 16" alone is a respiratory rate). */
const RURAL_ROUTE_RE =
  /\b(?:(?:RR|R\.R\.|HC|HCR)\s*#?\s*\d{1,3},?\s+Box\s+\d{1,5}|(?:RR|R\.R\.)\s*#?\s*\d{1,3},?\s+Site\s+\d{1,4},?\s+(?:Comp|Compartment|C)\s+\d{1,4}|(?:Rural Route|Star Route|Highway Contract)\s*#?\s*\d{1,3}(?:,?\s+Box\s+\d{1,5})?)\b/g;
const RURAL_GATE = containsAny('RR', 'R.R.', 'HC', 'Route', 'Contract');
/** A flat or unit written before the street line: "Flat 7, 9853 Rowan Close", "Unit 5, 45 Queen St". */
const UNIT_BEFORE =
  /(?:(?:Flat|Unit|Apt\.?|Apartment|Suite|Ste\.?|app\.?|Lot|flat|unit|apt\.?)\s*#?\s*\d{1,4}[A-Za-z]?,?\s+(?:(?:The[ \t]+)?\p{Lu}[\p{Ll}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}'’-]+)?,[ \t]+)?|(?:^|\n|:)[ \t]*(?:The[ \t]+)?\p{Lu}[\p{Ll}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}'’-]+)?,[ \t]+|\b(?:Lot|Site|Unit|Flat|Apt\.?|app\.)[ \t]+)$/u;

const UNIT_ALONE_RE = /\b(?:Apt|Apartment|Suite|Ste)\.?\s*#?\s*\d{1,5}[A-Za-z]?\b/g;

const STATE_ABBRS = [...(en.location?.state_abbr ?? []), 'DC', 'PR'];
const STATE_NAMES = [...(en.location?.state ?? []), 'District of Columbia', 'Puerto Rico'];
const STATE = `(?:${[...STATE_NAMES].sort((a, b) => b.length - a.length).join('|')}|${STATE_ABBRS.join('|')})`;
/** A city's words; one may carry a capital inside ("McAllen", "VonOrmy"). */
const CITY =
  "(?:(?:St|Ft|Mt)\\.?\\s)?\\p{Lu}[\\p{Ll}'’]+(?:\\p{Lu}[\\p{Ll}'’]+)?(?:[ -]\\p{Lu}[\\p{Ll}'’]+(?:\\p{Lu}[\\p{Ll}'’]+)?){0,2}";
const ZIP = '\\d{5}(?:-\\d{4})?';
const CITY_STATE_RE = new RegExp(`(${CITY}),\\s+(${STATE})\\b(?:\\.?,?\\s+(${ZIP}))?(?![\\w-])`, 'gdu');
/** Before a state and a ZIP, a city may carry lowercase words ("Sesto San Giovanni ligure"); a comma may follow the state ("Beckley WV, 25801"). */
const CITY_STATE_ZIP_RE = new RegExp(
  `(${CITY}(?:\\s[a-zà-ÿ]{2,}){0,2}),?\\s+(${STATE_ABBRS.join('|')}),?\\s+(${ZIP})(?![\\w-])`,
  'gdu',
);
const CAPITAL_CITY_STATE_ZIP_RE = new RegExp(
  `(?<![\\p{L}])(\\p{Lu}{3,}(?:[ -]\\p{Lu}{2,}){0,2}),?[ \\t]+(${STATE_ABBRS.join('|')})[ \\t]+(${ZIP})(?![\\w-])`,
  'gdu',
);
/** A city in capitals before its state and ZIP: "YAKIMA, WA 98908". */
const CAPITAL_CITY_GATE = /[A-Z]{3},?[ \t]+[A-Z]{2}[ \t]+\d{5}/;
const STATE_ZIP_RE = new RegExp(`\\b(?:${STATE_ABBRS.join('|')})(?:,|\\s*[/|])?\\s+(${ZIP})(?![\\w-])`, 'gd');
/** A ZIP code read out or typed digit by digit after its label: "ZIP 9 0 2 1 0", "zip: 9-0-2-1-0". */
const SPACED_ZIP = '\\d(?:[ \\t]\\d){4}(?![ \\t]\\d)|\\d(?:-\\d){4}(?!-\\d)';
const ZIP_LABEL_RE = new RegExp(
  `\\b(?:zip|zip\\s?code|postal\\s?code|postcode)\\s*[:#]?\\s*(${ZIP}|[A-Z]\\d[A-Z] ?\\d[A-Z]\\d|${SPACED_ZIP})(?![\\w-])`,
  'gid',
);
const ZIP4_RE = /(?<![\w-])\d{5}-\d{4}(?![\w-])/g;
/** "at 75008 Paris, 12 rue …": a postal code before its town, as much of the world writes it. */
const ZIP_CITY_RE = new RegExp(
  `\\b(?:at|in|address:?|lives|resides|living)\\s+(\\d{5}(?:-\\d{4})?)\\s+(${CITY}),`,
  'gdu',
);
const ZIP_CITY_GATE = /\d{5}(?:-\d{4})?\s+\p{Lu}/u;
const ZIP_CITY_ZIP: ScanOptions = { group: 1 };
const ZIP_CITY_CITY: ScanOptions = { group: 2 };
/** "Tracy (Bell County)": a place right before its county in brackets. */
const CITY_BEFORE_COUNTY_RE = new RegExp(
  `(${CITY})\\s+\\(\\p{Lu}[\\p{Ll}'’]+(?:\\s\\p{Lu}[\\p{Ll}'’]+)?\\s(?:County|Parish|Borough)\\)`,
  'gdu',
);
/** A county's name may carry a capital inside ("McCracken County", "DeKalb County"). */
const COUNTY_RE =
  /\b[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:\s[A-Z][a-z]+(?:[A-Z][a-z]+)?)?\s(?:County|Parish|Borough)\b/g;
/** `[Ll]ives`: a capital-insensitive word in an otherwise case-sensitive expression. */
const anyCase = (words: string) =>
  words
    .split('|')
    .map((w) => `[${(w[0] as string).toUpperCase()}${w[0]}]${w.slice(1)}`)
    .join('|');
/** A date written with its month's name: "April 21, 1922", "11 May 1948". */
const WRITTEN_DATE =
  '(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\\.?\\s\\d{1,2},?\\s\\d{4}|\\d{1,2}\\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\\.?\\s\\d{4})';
/** "lives in Pueblo", "born 1997-09-13 in West Tamarack": a town after a word of living, moving or birth (and its date). */
const CITY_CONTEXT_RE = new RegExp(
  `\\b(${anyCase('lives|living|resides|residing|resident|relocated|moved|moving|born|raised|grew up|hometown|native|from|travelled|traveled|visiting|city|town|village|near|home')})(?:\\s+(?:on\\s+)?(?:\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}|${WRITTEN_DATE}))?(?:\\s+(?:alone|with\\s+(?:[a-z]+\\s+){0,2}?[A-Za-z][a-z]+))?(?:\\s+(?:in|to|of|from|at|near|is))?\\s*:?\\s+(${CITY})`,
  'gdu',
);
// `(?<!\w)`, not `\b`: the same before a letter, and several times faster in V8 under the `i` and `u` flags.
const CITY_LABEL_RE = new RegExp(
  `(?<!\\w)(?:city|town|county|municipality|hometown)\\s*:\\s*(${CITY})`,
  'gidu',
);
const STRONG_PLACE_WORD =
  /^(?:lives|living|resides|residing|resident|relocated|moved|moving|born|raised|grew up|hometown|native|city|town|village)$/;
/** A credential after a comma looks like a state abbreviation: "Jane Roe, MD". */
const CREDENTIAL_STATES = new Set(['MD', 'PA', 'OR', 'IN', 'ME', 'OK', 'DE', 'MS', 'MA', 'CO', 'DO']);

function cityLike(city: string): boolean {
  const d = nameDictionaries();
  const lc = city.toLowerCase();
  return (
    d.cities.has(lc) ||
    /^(?:north|south|east|west|new|lake|port|fort|saint|st\.?|mount|mt\.?|ft\.?)\s/.test(lc) ||
    /(?:town|ton|land|ville|berg|burgh|boro|borough|bury|view|port|mouth|stad|stead|furt|chester|cester|fort|field|haven|side|shire|worth|polis|dale|wood|ford|ham|ville)$/.test(
      lc,
    )
  );
}

/** A street line with its house number just before a city: "7890 Old Mill Ln, Copper Ridge, OR". */
const STREET_LINE_BEFORE = /\d{1,6}[A-Za-z]?[ \t]+[^\n,]{3,40}?\b[A-Za-z]{2,}\.?,[ \t]*$/;

function cityState(ctx: ScanContext): void {
  const d = nameDictionaries();
  const re = CITY_STATE_RE;
  re.lastIndex = 0;
  for (let m = re.exec(ctx.text); m !== null; m = re.exec(ctx.text)) {
    const city = m[1] as string;
    const state = m[2] as string;
    const zip = m.indices?.[3];
    const cityWords = city.toLowerCase().split(/[ -]/);
    const afterStreet = STREET_LINE_BEFORE.test(before(ctx.text, m.index, 48));
    if (!zip && !afterStreet && CREDENTIAL_STATES.has(state) && !d.cities.has(city.toLowerCase())) continue;
    if (!zip && !afterStreet && cityWords.every((w) => d.common.has(w) && !d.cities.has(city.toLowerCase())))
      continue;
    const span = m.indices?.[1];
    if (span) ctx.out.push({ start: span[0], end: span[1], type: 'geo', ruleId: 'city_state' });
    if (zip) ctx.out.push({ start: zip[0], end: zip[1], type: 'zip', ruleId: 'zip_after_state' });
  }
}

const STREET_GATE = /\d\s+(?:[NSEW]\.?\s+)?[A-Z0-9]/;
const BOX_GATE = /box|POB/i;
const UNIT_GATE = containsAny('Apt', 'Apartment', 'Suite', 'Ste');
const COMMA_CAPITAL = /,\s+[A-Z]/;
const CITY_STATE_GATE = new RegExp(`,\\s+${STATE}\\b`);
/** The first two characters of every state's name and abbreviation, as one number each. */
const STATE_OPENINGS = new Set(
  [...STATE_NAMES, ...STATE_ABBRS].map((s) => (s.charCodeAt(0) << 16) | s.charCodeAt(1)),
);
/**
 * What `CITY_STATE_GATE` needs, read from the commas: after one and its white space, the first
 * two characters of a state. Most commas stand before none, and the expression's state names
 * are tried only when one does.
 */
function mayHaveStateAfterComma(text: string): boolean {
  for (let p = text.indexOf(','); p >= 0; p = text.indexOf(',', p + 1)) {
    let q = p + 1;
    while (q < text.length && isWhiteSpace(text.charCodeAt(q))) q++;
    if (q > p + 1 && STATE_OPENINGS.has((text.charCodeAt(q) << 16) | text.charCodeAt(q + 1))) return true;
  }
  return false;
}
const STATE_ZIP_GATE = new RegExp(`\\b(?:${STATE_ABBRS.join('|')})(?:,|\\s*[/|])?\\s+\\d{5}`);
const COUNTY_GATE = containsAny('County', 'Parish', 'Borough');
/** The context words without their first letter (either case then matches): tried when one may be in the text. */
const CITY_CONTEXT_WORDS = containsAny(
  ...'ives|iving|esid|eloc|oved|oving|orn|aised|rew up|ometown|ative|rom|ravel|isiting|ity|own|illage|ear |ome '.split(
    '|',
  ),
);
const ZIP_LABEL_GATE = /zip|postal|postcode/i;
const ZIP4_GATE = /\d{5}-\d{4}/;
/** Every ZIP code expression but the labelled one (Canadian codes) needs five digits in a row. */

/** Canadian postal codes ("H3B 1K9") and UK postcodes ("LS1 4AB", "TS17 2QH"). */
const CA_POSTAL = '[ABCEGHJ-NPRSTVXY]\\d[ABCEGHJ-NPRSTV-Z] ?\\d[ABCEGHJ-NPRSTV-Z]\\d';
const UK_POSTCODE = '[A-PR-UWYZ][A-HK-Y]?\\d[A-Z\\d]? \\d[ABD-HJLNP-UW-Z]{2}';
const PROVINCE = '(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)';
/** A town as British and Canadian addresses write it: "Upper Lebsackton", "Ledner-under-Rogahn", "McCallumton". */
const TOWN =
  "\\p{Lu}[\\p{Ll}'’.]+(?:\\p{Lu}[\\p{Ll}'’.]+)?(?:[ -](?:(?:on|under|upon|in|le|la|sur|en|by|the|de)-)?\\p{Lu}[\\p{Ll}'’.]+){0,3}";
/**
 * A postal code after its town (and province), on the same line or the next: the code, and the
 * town before it, are an address's. A code alone is one after a postcode label only.
 */
const TOWN_POSTAL_RE = new RegExp(
  `(?<![\\p{L}])(${TOWN})(?:,?[ \\t]+${PROVINCE})?(?:,?[ \\t]+|,?[ \\t]*\\n[ \\t]*)(${CA_POSTAL}|${UK_POSTCODE})(?![\\w-])`,
  'gdu',
);
const POSTAL_GATE = /[A-Z]\d[A-Z\d]? ?\d[A-Z]/;
/** An Australian town, state and postcode: "Wagga Wagga NSW 2650", "Palmerston, NT 0830". */
const AU_TOWN_POSTCODE_RE = new RegExp(
  `(?<![\\p{L}])(${TOWN})(?:,?[ \\t]+)(?:NSW|VIC|QLD|WA|SA|TAS|NT|ACT)(?:,?[ \\t]+)(\\d{4})(?![\\w-])`,
  'gdu',
);
const AU_STATE_GATE = /\b(?:NSW|VIC|QLD|WA|SA|TAS|NT|ACT),? \d{4}\b/;
const TOWN_GROUP: ScanOptions = { group: 1 };
const POSTAL_GROUP: ScanOptions = { group: 2 };
const CITY_LABEL_GATE = /city|town|county|municipality/iu;
const GROUP_1: ScanOptions = { group: 1 };
const GROUP_2: ScanOptions = { group: 2 };
const CITY_ZIP_GROUPS: ScanOptions = { group: 3 };
/** "City of Hope", "Town of Babylon": a capitalized place word opens a proper name, an institution's as often as a place's. */
const PLACE_WORD_IN_NAME = /^(?:City|Town|Village)$/;
/** "near", "home": a town only when the dictionary knows it as one and not as an everyday word ("near Normal limits"). */
const WEAK_PLACE_WORD = /^(?:near|home)$/i;

/**
 * "near Quail Creek.", "home is Marlow Heights, MD.": a town of two or three words no list knows,
 * closing its clause after "near" or "home", when its last word says it is a place ("Quail Creek",
 * "Copper Mesa") or none of its words is an everyday one; "near Normal limits" stays.
 */
function townShaped(city: string): boolean {
  const d = nameDictionaries();
  const words = city.toLowerCase().split(/[ -]/);
  // One word alone is a town here only when it is shaped like one ("Bellhaven": cityLike).
  if (words.length < 2) return false;
  if (namedAsPlace(city)) return true;
  return words.every((w) => !d.common.has(w) && !d.never.has(w) && !d.given.has(w));
}
/** "Pinecrest Junction", "Copper Mesa": two or three words, the last of which names a kind of place. */
function namedAsPlace(city: string): boolean {
  const words = city.toLowerCase().split(/[ -]/);
  return words.length > 1 && PLACE_ENDINGS.has(words[words.length - 1] as string);
}
const PLACE_ENDINGS = new Set(
  'creek heights junction mesa ridge falls springs hills valley harbor harbour landing crossing bluff grove lake park station village hollow fork bend beach bay point mills'.split(
    ' ',
  ),
);
/** The clause ends right after the town, or a state or country follows it after a comma. */
const CLAUSE_END = /^(?:[ \t]*(?:[.;)\n]|$)|,[ \t]*\p{Lu})/u;

function knownTown(city: string): boolean {
  const d = nameDictionaries();
  const lc = city.toLowerCase();
  return d.cities.has(lc) && !lc.split(/[ -]/).some((w) => d.common.has(w));
}

const CITY_CONTEXT_OPTIONS: ScanOptions = {
  group: 2,
  accept: (city, m, text) => {
    const cue = m[1] as string;
    if (WEAK_PLACE_WORD.test(cue))
      return (
        knownTown(city) ||
        ((townShaped(city) || cityLike(city)) && CLAUSE_END.test(text.slice(m.index + m[0].length)))
      );
    return PLACE_WORD_IN_NAME.test(cue)
      ? cityLike(city)
      : STRONG_PLACE_WORD.test(cue.toLowerCase()) || cityLike(city) || namedAsPlace(city);
  },
};
const ZIP4_OPTIONS: ScanOptions = {
  accept: (_v, m, text) => !/\b(?:loinc|code|cpt|ndc)\b[\s:#]*$/.test(before(text, m.index, 12)),
};

/** The street gates that open with a digit as one expression: a text it does not match skips both. */
const NUMBER_LED_STREET_GATE = new RegExp(`(?:${STREET_GATE.source})|(?:${FRENCH_STREET_GATE.source})`);

export const streetAddress: Detector = {
  id: 'street_address',
  types: ['street_address'],
  run(ctx) {
    const found = ctx.out.length;
    // Every street expression but the PO box's needs a capital: a text without one skips them.
    const numbered = ctx.hasUpper && ctx.hasDigit && ctx.test(NUMBER_LED_STREET_GATE);
    if (numbered && ctx.test(STREET_GATE)) scan(ctx, STREET_RE, 'street_address', 'street_address');
    if (ctx.hasDigit && ctx.hasUpper && ctx.passes(NAMED_STREET_GATE))
      scan(ctx, NAMED_STREET_RE, 'street_address', 'street_address');
    if (numbered && ctx.test(FRENCH_STREET_GATE))
      scan(ctx, FRENCH_STREET_RE, 'street_address', 'street_address');
    if (ctx.hasDigit && ctx.hasUpper && ctx.passes(UNIT_GATE))
      scan(ctx, UNIT_ALONE_RE, 'street_address', 'street_address');
    if (ctx.test(BOX_GATE)) scan(ctx, PO_BOX_RE, 'street_address', 'po_box');
    if (ctx.hasDigit && ctx.hasUpper && ctx.passes(RURAL_GATE))
      scan(ctx, RURAL_ROUTE_RE, 'street_address', 'rural_route');
    if (ctx.hasUpper && LOCAL_STREET_GATES.some((gate) => ctx.test(gate))) {
      scan(ctx, LOCAL_STREET_RE, 'street_address', 'street_address', LOCAL_STREET_OPTIONS);
    }
    if (ctx.hasUpper && ctx.hasDigit && ctx.test(COMPOUND_STREET_GATE))
      scan(ctx, COMPOUND_STREET_RE, 'street_address', 'street_address');
    streetForms(ctx);
    if (ctx.hasUpper && ctx.passes(CROSSING_GATE)) {
      scan(ctx, CROSSING_RE, 'street_address', 'street_address', GROUP_1);
      scan(ctx, CROSSING_RE, 'street_address', 'street_address', GROUP_2);
    }
    if (ctx.out.length > found) {
      extendOverUnits(ctx, found);
      extendBackward(ctx, found, UNIT_BEFORE, 48);
      lowerTownsAfter(ctx, found);
      townAndCodeAfter(ctx, found);
      placesAfterHome(ctx, found);
      townsAfterStreets(ctx, found);
    }
  },
};

export const geography: Detector = {
  id: 'geo',
  types: ['geo', 'zip'],
  run(ctx) {
    const fiveDigits = ctx.longestDigitRun >= 5;
    if (ctx.hasUpper) {
      if (ctx.test(COMMA_CAPITAL) && ctx.passes(mayHaveStateAfterComma) && ctx.test(CITY_STATE_GATE))
        cityState(ctx);
      if (fiveDigits && ctx.test(STATE_ZIP_GATE)) {
        scan(ctx, CITY_STATE_ZIP_RE, 'geo', 'city_state', GROUP_1);
        scan(ctx, CITY_STATE_ZIP_RE, 'zip', 'zip_after_state', CITY_ZIP_GROUPS);
        if (ctx.test(CAPITAL_CITY_GATE)) scan(ctx, CAPITAL_CITY_STATE_ZIP_RE, 'geo', 'city_state', GROUP_1);
        scan(ctx, STATE_ZIP_RE, 'zip', 'zip_after_state', GROUP_1);
      }
      if (ctx.passes(COUNTY_GATE)) {
        scan(ctx, COUNTY_RE, 'geo', 'county');
        if (ctx.includes('(')) scan(ctx, CITY_BEFORE_COUNTY_RE, 'geo', 'city_county', GROUP_1);
      }
      if (ctx.passes(CITY_CONTEXT_WORDS)) {
        const found = ctx.out.length;
        scan(ctx, CITY_CONTEXT_RE, 'geo', 'city_context', CITY_CONTEXT_OPTIONS);
        // "from Mount Sinai", "from St. Mary's Hospital": an organisation, not a town.
        if (ctx.out.length > found) dropInsideOrganisations(ctx, found);
      }
      if (ctx.includes(':') && ctx.test(CITY_LABEL_GATE))
        scan(ctx, CITY_LABEL_RE, 'geo', 'city_label', GROUP_1);
      if (ctx.digits >= 4 && ctx.test(AU_STATE_GATE)) {
        scan(ctx, AU_TOWN_POSTCODE_RE, 'geo', 'city_postal', TOWN_GROUP);
        scan(ctx, AU_TOWN_POSTCODE_RE, 'zip', 'postal_code', POSTAL_GROUP);
      }
      if (ctx.digits >= 2 && ctx.test(POSTAL_GATE)) {
        const found = ctx.out.length;
        scan(ctx, TOWN_POSTAL_RE, 'geo', 'city_postal', TOWN_GROUP);
        if (ctx.out.length > found) streetsBeforeTowns(ctx, found, 'city_postal');
        scan(ctx, TOWN_POSTAL_RE, 'zip', 'postal_code', POSTAL_GROUP);
      }
    }
    if (ctx.digits >= 5) {
      if (ctx.test(ZIP_LABEL_GATE)) scan(ctx, ZIP_LABEL_RE, 'zip', 'zip_label', GROUP_1);
      if (fiveDigits && ctx.hasUpper && ctx.test(ZIP_CITY_GATE)) {
        scan(ctx, ZIP_CITY_RE, 'zip', 'zip_before_city', ZIP_CITY_ZIP);
        scan(ctx, ZIP_CITY_RE, 'geo', 'city_after_zip', ZIP_CITY_CITY);
      }
      if (fiveDigits && ctx.test(ZIP4_GATE)) scan(ctx, ZIP4_RE, 'zip', 'zip_plus_four', ZIP4_OPTIONS);
    }
    placeForms(ctx);
    townsAndRegions(ctx);
  },
};
