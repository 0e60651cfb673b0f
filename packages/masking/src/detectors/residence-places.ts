/**
 * Villages, townships and suburbs no gazetteer lists, told by how people speak of where someone
 * lives or went: after a verb of living, moving, travelling, a posting or an outing and its
 * preposition ("lives in Kibera", "travelled to Oshogbo for a funeral", "burial at home in
 * Nkawkaw", "on his way back from Tralee", "deployment to Fallujah", "camping near Marisville"); after a person and "from" ("a fisherman from Mbita", "47F, from Kondele;" in a
 * case list, where an age and sex stand earlier in the entry); and after a road's number ("on the
 * A629 near Ovenden"). The words must be capitalized, not all common words, and no month, day,
 * country, state or organisation.
 */
import { en } from '@faker-js/faker';
import type { ScanContext } from './detector';
import { COMMON, NEVER, nameDictionaries } from './dictionaries';
import { dropInsideOrganisations } from './organisations';

/** One to three capitalized words, the first with a small letter after its capital. */
const PLACE_WORDS = "(\\p{Lu}\\p{Ll}[\\p{L}\\p{M}'’-]*(?:[ \\t]\\p{Lu}[\\p{L}\\p{M}'’-]*){0,2})";

/**
 * Cues a place follows: living somewhere and its preposition ("lives in", "based near"), moving
 * or travelling to or from it, coming back from it, being from it, born or buried in it. Going
 * "to" a place alone ("went to Theatre", "back to Work") is a ward's or a routine's as often.
 */
const RESIDENCE_CUE = [
  '(?:lives|live|living|lived|resides|reside|residing|resided|resident|settled|based|staying|stays|stayed)(?:[ \\t]+(?:here|there|now|still|currently|alone|nearby|permanently|temporarily))?[ \\t]+(?:in|at|near|outside)',
  '(?:travell?ed|travell?ing|travels|relocated|relocating|moved|moving)(?:[ \\t]+(?:here|there|back|home|down|up|over|out|away|permanently))?[ \\t]+(?:to|from)',
  '(?:returned|returning|back|came|coming|comes|hails|hailing|originally|way[ \\t]+back)[ \\t]+from',
  '(?:native|village|hometown)[ \\t]+of',
  '(?:born|buried|burial|home)[ \\t]+(?:in|at)',
  // A soldier's postings: "deployment to Fallujah", "stationed at Bagram".
  '(?:deployed|deployment|deployments|stationed|posted)[ \\t]+(?:to|in|at|near)',
  // Where an exposure happened, in a case report: "camping near Marisville", "hiking in Kettle Ridge".
  '(?:camping|camped|hiking|hiked|hunting|fishing|swimming|vacationing|holidaying)[ \\t]+(?:near|in|at|outside|around)',
].join('|');
/** "lives" and "Lives": each word as written and capitalized (the place after it must keep its capital). */
function eitherCase(words: string): string {
  return words.replace(/(^|[|(:])([a-z])/g, (_m, bar: string, c: string) => `${bar}[${c}${c.toUpperCase()}]`);
}
const RESIDENCE_RE = new RegExp(`(?<![\\p{L}])(?:${eitherCase(RESIDENCE_CUE)})[ \\t]+${PLACE_WORDS}`, 'dgu');
const RESIDENCE_GATE = new RegExp(
  `(?:${eitherCase('liv|resid|settled|stay|based|relocat|mov|travel|return|com|came|hail|originally|buri|born|home|back|village|native|deploy|station|posted|camp|hik|hunt|fish|swim|vacation|holiday')})[a-z]*[ \\t]+(?:[a-z]+[ \\t]+){0,1}(?:in|at|to|from|of|near|outside)[ \\t]+[A-Z]`,
);
/** The prepositions `RESIDENCE_GATE` ends with, before its blanks and its capital. */
const GATE_PREPOSITIONS = new Set(['in', 'at', 'to', 'from', 'of', 'near', 'outside']);

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

/**
 * Whether the text holds what every match of `RESIDENCE_GATE` ends with: a blank, one of its
 * prepositions, blanks and an ASCII capital. The capitals are few, so this look at each of them
 * costs less than the expression's search at every cue word's letters.
 */
export function mayHaveResidencePreposition(text: string): boolean {
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x41 || c > 0x5a || !isBlank(text.charCodeAt(i - 1))) continue;
    let end = i - 1;
    while (end > 0 && isBlank(text.charCodeAt(end - 1))) end--;
    if (endsWithPreposition(text, end)) return true;
  }
  return false;
}

/** Whether one of the prepositions ends at `end`, right after a blank. */
function endsWithPreposition(text: string, end: number): boolean {
  for (const p of GATE_PREPOSITIONS) {
    const from = end - p.length;
    if (from > 0 && isBlank(text.charCodeAt(from - 1)) && text.startsWith(p, from)) return true;
  }
  return false;
}
/** Titles and honorifics: a person follows them, not a place. */
const TITLE = /^(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Sr|Sister|Nurse|Father|Fr|Rev|Pastor|Chief|Mama|Baba)\b/;

/** A person, then "from" and the place: "a trader from Mbita", "she is originally from Siaya". */
const PERSON_FROM_RE = new RegExp(
  `(?<![\\p{L}])(?:man|woman|boy|girl|child|baby|infant|lady|gentleman|farmer|fisherman|trader|driver|mother|father|student|pupil|teacher|worker|labourer|laborer|coach|nurse|mum|dad|son|daughter|wife|husband|family|[Ss]he|[Hh]e)(?:[ \\t]+(?:is|was|are|were|all))?[ \\t]+from[ \\t]+${PLACE_WORDS}`,
  'dgu',
);

/**
 * "Discharged home to Fort Jolie with her son": going home to a place, the place closing the
 * clause or followed by whom the person goes with ("sent home to Rest and recover" is no place).
 */
const HOME_TO_RE = new RegExp(
  `(?<![\\p{L}])(?:${eitherCase('discharged|going|gone|went|sent|returned|returning|transferred|released|flew|drove')})[ \\t]+home[ \\t]+to[ \\t]+${PLACE_WORDS}(?=[ \\t]*(?:[.,;)\\n]|$)|[ \\t]+(?:with|on|by|today|tomorrow)\\b)`,
  'dgu',
);

/**
 * "Resides at Willow Ridge SNF, Heatherberg.", "lives at Maple Court Assisted Living, Faheyland":
 * the town after the care home someone lives at, closing the clause.
 */
const CARE_HOME_TOWN_RE = new RegExp(
  `(?<![\\p{L}])(?:${eitherCase('lives|living|resides|residing|resident')})[ \\t]+(?:at|in)[ \\t]+(?:\\p{Lu}[\\p{L}'’-]*[ \\t]+){1,4}(?:SNF|ALF|Nursing Home|Care Home|Care Centre|Care Center|Assisted Living|Senior Living|Rest Home|Retirement Village|Retirement Home|Manor|Lodge),[ \\t]*${PLACE_WORDS}(?=[ \\t]*(?:[.;)\\n]|$))`,
  'dgu',
);

/**
 * Words one of which every match of `RELATIVE_IN_RE` holds ("son" stands for "grandson", "mother" for
 * "grandmother"…, "fianc" for "fiancé" and "fiancée").
 */
const RELATIVE_WORDS = [
  'son',
  'mother',
  'father',
  'daughter',
  'sister',
  'brother',
  'wife',
  'husband',
  'partner',
  'cousin',
  'aunt',
  'uncle',
  'niece',
  'nephew',
  'fianc',
];

/** "cousin Ann Roe in Mallow.", "aunt Ann Roe in Pueblo;": a relative by name, then the place they are in, closing the clause. */
const RELATIVE_IN_RE = new RegExp(
  `(?<![\\p{L}])(?:cousin|aunt|uncle|sister|brother|son|daughter|mother|father|niece|nephew|grandson|granddaughter|grandmother|grandfather|wife|husband|partner|fianc[eé]e?)s?[ \\t]+(?:\\p{Lu}[\\p{L}\\p{M}'’-]+[ \\t]+){1,3}in[ \\t]+${PLACE_WORDS}(?=[ \\t]*(?:[.;,)\\n]|$))`,
  'dgu',
);

/**
 * "Thiago Lomwell (age 59) from Saltmarsh failed", "Ann Roe (72) from Oxbow": a person named
 * with their age in brackets, then where they are from.
 */
const AGED_FROM_RE = new RegExp(
  `\\((?:age[d]?[ \\t:]*)?\\d{1,3}(?:[ \\t]?(?:[MF]|yo|y\\/o|yrs?))?\\)[ \\t]+from[ \\t]+${PLACE_WORDS}`,
  'dgu',
);

/**
 * "D/c 9/26/2024 to Port Ellery.", "discharged on 6/4 to Red Fork;": where a patient went on
 * discharge, closing the clause, even in common words; a care home, a setting of care or a ward
 * there is no place ("D/c to SNF", "discharged to Sunrise Rehab", "to Floor").
 */
const DISCHARGED_TO_RE = new RegExp(
  `(?<![\\p{L}])(?:[Dd]\\/[Cc]|DC|[Dd]ischarged?)(?:[ \\t]+(?:on[ \\t]+)?\\d{1,2}\\/\\d{1,2}(?:\\/\\d{2,4})?)?[ \\t]+to[ \\t]+${PLACE_WORDS}(?=[ \\t]*(?:[.;,)\\n"]|$))`,
  'dgu',
);
const DISCHARGE_GATE = /[Dd]\/[Cc]|DC|ischarge/;

/**
 * "admitted 10/18/2022 from Greywater via Lakeshore ED", "transferred from Oxbow by ambulance":
 * where a patient came from, before the way they came.
 */
const ADMITTED_FROM_RE = new RegExp(
  `(?<![\\p{L}])(?:${eitherCase('admitted|transferred|brought|presented|arrived|came')})(?:[ \\t]+(?:on[ \\t]+)?\\d{1,2}\\/\\d{1,2}(?:\\/\\d{2,4})?)?(?:[ \\t]+in)?[ \\t]+from[ \\t]+${PLACE_WORDS}(?=[ \\t]+(?:via|by)\\b)`,
  'dgu',
);

/** "on 8236 County Road 14 near Tamarack", "29068 Apple Orchard Ln #305 near Greywater": the town near a street. */
const STREET_NEAR_RE = new RegExp(
  `(?<![\\p{L}])(?:Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Way|Court|Ct|Highway|Hwy|Pike|Route|Trail|Trl|Place|Pl|Circle|Cir|Parkway|Pkwy)\\.?(?:[ \\t]+(?:#|[Aa]pt\\.?[ \\t]*|[Uu]nit[ \\t]*|[Ss]uite[ \\t]*)?\\d{1,5}[A-Za-z]?)?[ \\t]+(?:near|outside)[ \\t]+${PLACE_WORDS}`,
  'dgu',
);

/** "a vehicle rollover in Fallujah in 2009": a place, then the year something happened there. */
const PLACE_IN_YEAR_RE = new RegExp(
  `(?<![\\p{L}])in[ \\t]+${PLACE_WORDS}(?=[ \\t]+in[ \\t]+(?:19|20)\\d\\d(?![\\d/-]|\\.\\d))`,
  'dgu',
);

/** "a shearer from Kaitaia who …": whoever "a" names, the "who" after the place makes them a person. */
const SOMEONE_FROM_RE = new RegExp(
  `(?<![\\p{L}])[Aa]n?[ \\t]+\\p{Ll}[\\p{Ll}\\p{M}-]{2,20}[ \\t]+from[ \\t]+${PLACE_WORDS}(?=,?[ \\t]+who\\b)`,
  'dgu',
);

/** "47F, from Kondele;": "from" opening a part of a case list's entry, the place closing it. */
const ENTRY_FROM_RE = new RegExp(`,[ \\t]*from[ \\t]+${PLACE_WORDS}(?=[ \\t]*[;,.)\\n]|$)`, 'dgu');
/** An age and sex ("47F", "8 M", "32 yo", "6-year-old"): the entry is a person's. */
const AGE_SEX = /(?<![\w.])\d{1,3}[ \t]?(?:[MF]|yo|y\/o|yrs?|years?)(?![\w])|\d{1,3}-year-old/;

/** "on the A629 near Ovenden": a road's number, then a place preposition. */
const ROAD_RE = new RegExp(
  `(?<![\\p{L}\\d])(?:[ABM]\\d{1,4}(?:\\(M\\))?|I-\\d{1,3}|(?:SH|Route|Highway|Hwy)[ \\t]?\\d{1,4})[ \\t]+(?:near|outside|at|in|by|towards?|through)[ \\t]+${PLACE_WORDS}`,
  'dgu',
);
const ROAD_GATE = /(?:[ABM]\d{1,4}|I-\d{1,3}|SH ?\d|Route ?\d|Highway ?\d|Hwy ?\d)/;

/** What makes the words a thing's or an organisation's name, not a place's. */
const NOT_PLACE_AFTER =
  /^(?:['’]s?\b|[ \t-]+(?:hospital|clinic|medical|health|healthcare|university|college|school|general|regional|memorial|community|infirmary|hospice|centre|center|institute|foundation|pharmacy|practice|surgery|group|house|hall|ward|unit|department|dept|theatre|road|rd|street|st|avenue|ave|lane|way|drive|virus|fever|disease|syndrome|score|scale|test|sign|criteria|trial|study|mg|ml)\b)/i;

/** Words a cue is followed by that name a time, a setting of care or a routine, not a place. */
const NOT_PLACE_WORDS = new Set(
  `january february march april may june july august september october november december monday tuesday
  wednesday thursday friday saturday sunday christmas easter theatre theatres recovery resus casualty ward
  outpatients clinic hospital hospice surgery pharmacy radiology triage reception majors minors baseline work
  school college university church mosque temple court prison jail rehab care respite home abroad overseas
  holiday holidays town city village country state north south east west the a an his her their our
  labour labor pain tears shock crisis charge denial distress treatment therapy custody detox isolation quarantine
  snf alf ltac ltach irf manor lodge facility floor unit tele telemetry stepdown street shelter family self police
  morgue pacu icu ccu`.split(/\s+/),
);
const COMPASS = new Set(['north', 'south', 'east', 'west']);
let countries: Set<string> | undefined;

function countryNames(): Set<string> {
  countries ??= new Set((en.location?.country ?? []).map((c) => c.toLowerCase()));
  return countries;
}

/** English verb, adverb and noun endings: "in Recovering", "from Scheduling" name no place. */
const ENGLISH_ENDING =
  /(?:ed|ing|ly|tion|sion|ment|ness|ous|ive|ize|ise|able|ible|ful|less|ity|ance|ence|ology|ics)$/;

/**
 * Whether the words may name a village or a suburb: no calendar word, no country or state, and
 * not all common words — unless `strong`, where the person just named says a place follows and a
 * capitalized common word is one ("cousin Ann Roe in Mallow.", "(age 59) from Saltmarsh").
 */
export function mayBePlace(words: string, strong = false): boolean {
  const lower = words.toLowerCase();
  if (countryNames().has(lower) || nameDictionaries().states.has(lower)) return false;
  const flags = nameDictionaries().flags;
  const parts = lower.split(/[ \t]/);
  // "South Nelsview": a point of the compass opens a town's name before a name of its own.
  const own = parts.length > 1 && COMPASS.has(parts[0] as string) ? parts.slice(1) : parts;
  if (own.some((w) => NOT_PLACE_WORDS.has(w))) return false;
  // A short word's ending is no verb's ("Red Fork"), a longer one's may be ("Skilled Nursing").
  if (strong)
    return !own.some((w) => (w.length > 4 && ENGLISH_ENDING.test(w)) || ((flags.get(w) ?? 0) & NEVER) !== 0);
  return !parts.every((w) => ((flags.get(w) ?? 0) & (COMMON | NEVER)) !== 0);
}

/** `mayBePlace` as strong or not, or either: common words the cue says are a place, or a name of its own ("Ossining Ridge"). */
function placeWords(words: string, strong: boolean | 'either'): boolean {
  return strong === 'either' ? mayBePlace(words) || mayBePlace(words, true) : mayBePlace(words, strong);
}

function scanPlaces(
  ctx: ScanContext,
  re: RegExp,
  accept?: (m: RegExpExecArray) => boolean,
  strong: boolean | 'either' = false,
): void {
  const text = ctx.text;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const at = m.indices?.[1];
    if (!at || (accept && !accept(m))) continue;
    const words = m[1] as string;
    if (TITLE.test(words)) continue;
    const end = at[0] + words.length;
    if (!placeWords(words, strong) || NOT_PLACE_AFTER.test(text.slice(end, end + 16))) continue;
    ctx.out.push({ start: at[0], end, type: 'geo', ruleId: 'residence_place' });
  }
}

/** Whether the case-list entry holding the match (since its line, bracket or semicolon) gives an age and sex. */
function entryOfPerson(text: string, index: number): boolean {
  let from = index;
  while (from > 0 && index - from < 120) {
    const c = text.charCodeAt(from - 1);
    if (c === 0x0a || c === 0x3b) break;
    from--;
  }
  return AGE_SEX.test(text.slice(from, index));
}

/** Places said after verbs of living and moving, after a person and "from", after a road's number. */
export function residencePlaces(ctx: ScanContext): void {
  if (ctx.skip?.has('geo') || !ctx.hasSpace) return;
  const found = ctx.out.length;
  if (ctx.passes(mayHaveResidencePreposition) && ctx.test(RESIDENCE_GATE)) {
    scanPlaces(ctx, RESIDENCE_RE);
    if (ctx.includes('ome to ')) scanPlaces(ctx, HOME_TO_RE);
    if (ctx.includes(', ')) scanPlaces(ctx, CARE_HOME_TOWN_RE);
  }
  if (ctx.includes(' from ')) {
    scanPlaces(ctx, PERSON_FROM_RE);
    if (ctx.includes(') from ')) scanPlaces(ctx, AGED_FROM_RE, undefined, true);
    if (ctx.includes(' who')) scanPlaces(ctx, SOMEONE_FROM_RE);
    if (ctx.hasDigit && (ctx.includes(', from ') || ctx.includes(',from ')))
      scanPlaces(ctx, ENTRY_FROM_RE, (m) => entryOfPerson(ctx.text, m.index));
  }
  if (ctx.includes(' in ')) {
    if (RELATIVE_WORDS.some((w) => ctx.includes(w))) scanPlaces(ctx, RELATIVE_IN_RE, undefined, true);
    if (ctx.includes(' in 19') || ctx.includes(' in 20')) scanPlaces(ctx, PLACE_IN_YEAR_RE);
  }
  if (ctx.hasDigit && ctx.test(ROAD_GATE)) scanPlaces(ctx, ROAD_RE);
  if (ctx.includes(' to ') && ctx.test(DISCHARGE_GATE))
    scanPlaces(ctx, DISCHARGED_TO_RE, undefined, 'either');
  if (ctx.includes(' from ') && (ctx.includes(' via ') || ctx.includes(' by ')))
    scanPlaces(ctx, ADMITTED_FROM_RE);
  if (ctx.hasDigit && (ctx.includes(' near ') || ctx.includes(' outside '))) scanPlaces(ctx, STREET_NEAR_RE);
  if (ctx.out.length > found) dropInsideOrganisations(ctx, found);
}
