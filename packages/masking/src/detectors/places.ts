/**
 * Towns in running text and in address blocks, told by a gazetteer (towns.ts) and by the
 * regions written after them: "deployment to Kandahar", "her sister in Muskogee", "Hexham,
 * Northumberland", "Ennis, Co. Clare", "Drummondville (Québec) J2B 4G8", "Campinas/SP", "83136
 * Avellino (AV)", and a town alone on its line between a street line and its county or
 * postcode. A gazetteer name is a place only after a place preposition or beside an address;
 * before an organisation's word ("Cleveland Clinic") or an eponym's head noun ("Norwalk virus")
 * it is not one.
 */
import { en, en_AU, en_CA, en_GB, en_IE, fr_CA, it, pt_BR } from '@faker-js/faker';
import type { ScanContext } from './detector';
import { COMMON, GIVEN, NEVER, nameDictionaries, SURNAME } from './dictionaries';
import { containsAny } from './gates';
import { dropInsideOrganisations, isOrganisationName } from './organisations';
import { residencePlaces } from './residence-places';
import { TOWN_NAMES } from './towns';

/** Lower case without accents: "Kandahār" and "Kandahar" are one key. */
export function placeKey(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’]/g, "'").toLowerCase();
}

/** Counties and regions the faker lists lack: Scottish, Welsh and English ones used in addresses. */
const MORE_UK_COUNTIES =
  'Cumbria|Devon|Cornwall|Dumfriesshire|Ayrshire|Lanarkshire|Renfrewshire|Aberdeenshire|Perthshire|Argyll|Inverness-shire|Midlothian|East Lothian|West Lothian|Berwickshire|Roxburghshire|Stirlingshire|Angus|Caithness|Pembrokeshire|Carmarthenshire|Ceredigion|Conwy|Denbighshire|Flintshire|Monmouthshire|Anglesey|Middlesex|County Durham|East Riding of Yorkshire|Greater London|Merseyside';

/** County names of the faker list that are as often other words ("Central line", "Borders"). */
const NOT_REGIONS = new Set(['Central', 'Borders', 'Avon', 'Grampian']);

interface Places {
  towns: Set<string>;
  /** Counties below a state: British and Irish ones (an identifier under Safe Harbor). */
  counties: Set<string>;
  /** States and provinces (American, Australian, Canadian): context only, never masked. */
  states: Set<string>;
}

let built: Places | undefined;

function keys(lists: ReadonlyArray<readonly string[] | undefined>): Set<string> {
  const out = new Set<string>();
  for (const list of lists) for (const r of list ?? []) out.add(placeKey(r));
  return out;
}

const UK_COUNTIES = [
  ...(en_GB.location?.county ?? []).filter((c) => !NOT_REGIONS.has(c)),
  ...MORE_UK_COUNTIES.split('|'),
];
const IRISH_COUNTIES = en_IE.location?.county ?? [];
const STATE_LEVEL = [
  ...(en_AU.location?.state ?? []),
  ...(en_CA.location?.state ?? []),
  ...(fr_CA.location?.state ?? []),
];

function places(): Places {
  if (built) return built;
  const d = nameDictionaries();
  const towns = new Set<string>();
  for (const name of TOWN_NAMES.split(/[|\n]/)) {
    if (name.length === 0) continue;
    const key = placeKey(name);
    const f = d.flags.get(key) ?? 0;
    if ((f & (COMMON | NEVER)) === 0) towns.add(key);
  }
  const counties = keys([UK_COUNTIES, IRISH_COUNTIES]);
  const states = keys([STATE_LEVEL, [...d.states]]);
  built = { towns, counties, states };
  return built;
}

/** Whether `words` name a town of the gazetteer or a county (not a state). */
export function isTownName(words: string): boolean {
  const p = places();
  const key = placeKey(words);
  return (p.towns.has(key) || p.counties.has(key)) && !p.states.has(key);
}

/** Whether `words` name a county ("Co. Clare", "Cumbria"). */
export function isCountyName(words: string): boolean {
  const key = placeKey(words);
  return places().counties.has(key) || /^(?:co\.?|county) \p{L}/u.test(key);
}

/** Whether `words` name a state or a province. */
function isStateName(words: string): boolean {
  return places().states.has(placeKey(words));
}

const WORD = "\\p{Lu}[\\p{L}\\p{M}'’.-]*";
const LINK = '(?:de|do|da|dos|das|del|di|la|le|sur|upon|on|en|am|im|an|of|and)';
/** One to four capitalized words, particles between them: a town's possible name. */
const TOWN_WORDS = `${WORD}(?:[ \\t](?:${LINK}[ \\t])?${WORD}){0,3}`;

/** "in Muskogee", "deployment to Kandahar", "moved from Letterkenny": a place preposition, then capitals. */
export const AFTER_PREPOSITION_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:[Ii]n|[Tt]o|[Ff]rom|[Aa]t|[Nn]ear|[Oo]utside|[Aa]round|[Tt]owards?|[Vv]ia|[Nn]ato a|[Nn]ata a|[Nn]é à|[Nn]ée à|[Nn]acid[oa] en|[Nn]ascid[oa] em|[Gg]eboren in)[ \\t]+(${TOWN_WORDS})`,
  'dgu',
);
/** What makes the words before it an organisation's or a thing's name, not a town. */
const NOT_PLACE_AFTER =
  /^(?:['’]s?\b|[ \t-]+(?:hospital|clinic|medical|health|healthcare|university|college|school|general|regional|memorial|community|infirmary|hospice|centre|center|institute|foundation|pharmacy|practice|surgery|group|house|hall|road|rd|street|st|avenue|ave|lane|way|drive|virus|fever|disease|syndrome|score|scale|test|sign|criteria|classification|protocol|trial|study)\b)/i;

/** The longest run of leading words that is a town: "Bury St Edmunds" of "Bury St Edmunds Hospital". */
function leadingTown(words: string): string | undefined {
  const parts = words.split(/[ \t]/);
  for (let n = parts.length; n >= 1; n--) {
    const candidate = parts.slice(0, n).join(' ');
    if (isTownName(candidate.replace(/[.]$/, ''))) return candidate.replace(/[.]$/, '');
  }
  return undefined;
}

/** Words that end a town's name: "Red Wing Crossing", "Cedar Bluff", "Quail Creek". */
const PLACE_ENDS =
  'Crossing|Falls|Heights|Hills|Junction|Landing|Springs|Bluff|Bluffs|Creek|Ridge|Harbor|Harbour|Hollow|Valley|Rapids|Shores|Ferry|Corners|Mills|Grove|Township|Borough';
/** The place word right after a town of the gazetteer: " Crossing" of "Red Wing Crossing". */
function placeEnding(rest: string): string {
  return new RegExp(`^[ \\t](?:${PLACE_ENDS})(?![\\p{L}])`, 'u').exec(rest)?.[0] ?? '';
}
/**
 * Two or three capitalized words in a town's shape, which no list needs to know: a head that only
 * opens a place's name ("Port Alder", "Fort Ellery", "Mount Vernon", "Lake Orrin") or a word that
 * closes one ("Cedar Bluff", "Ashby Falls", "Red Wing Crossing").
 */
const SHAPED_TOWN = new RegExp(
  `^(?:(?:Port|Fort|Ft\\.?|Mount|Mt\\.?|Lake|Cape|Glen)[ \\t]\\p{Lu}[\\p{Ll}'’-]+(?:[ \\t](?:${PLACE_ENDS}))?|\\p{Lu}[\\p{Ll}'’-]+(?:[ \\t]\\p{Lu}[\\p{Ll}'’-]+)?[ \\t](?:${PLACE_ENDS}))(?![\\p{L}])`,
  'u',
);
function shapedTown(words: string): string | undefined {
  return SHAPED_TOWN.exec(words)?.[0];
}

function pushGeo(ctx: ScanContext, start: number, end: number, ruleId: string): void {
  if (end > start && !ctx.skip?.has('geo')) ctx.out.push({ start, end, type: 'geo', ruleId });
}

/** The last words of the place prepositions above, lower case: what stands before the blank and the capital. */
const PREPOSITION_ENDS = new Set([
  'in',
  'to',
  'from',
  'at',
  'near',
  'outside',
  'around',
  'toward',
  'towards',
  'via',
  'a',
  'à',
  'en',
  'em',
]);

/** An ASCII letter, or 'à' (the end of "Né à"). */
function isPrepositionLetter(c: number): boolean {
  const lower = c | 0x20;
  return (lower >= 0x61 && lower <= 0x7a) || c === 0xe0;
}

/**
 * Whether a place preposition may stand before a capital in the text: a blank, then a capital
 * (or any character beyond ASCII), after a word that ends a preposition ("in", "to", "à"…) and
 * does not follow a letter or a digit. Every match of `AFTER_PREPOSITION_RE` has one.
 */
export function mayHavePrepositionBeforeCapital(text: string): boolean {
  return blankBeforeCapital(text, ' ') || (text.includes('\t') && blankBeforeCapital(text, '\t'));
}

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

/** The check above at each run of blanks that `blank` opens. */
function blankBeforeCapital(text: string, blank: string): boolean {
  for (let j = text.indexOf(blank, 1); j >= 0; j = text.indexOf(blank, j + 1)) {
    if (isBlank(text.charCodeAt(j - 1))) continue;
    let i = j + 1;
    while (isBlank(text.charCodeAt(i))) i++;
    const c = text.charCodeAt(i);
    if (!((c >= 0x41 && c <= 0x5a) || c >= 0x80)) continue;
    let k = j;
    while (k > 0 && j - k < 8 && isPrepositionLetter(text.charCodeAt(k - 1))) k--;
    if (k === j || j - k > 7) continue;
    const b = k > 0 ? text.charCodeAt(k - 1) : 0x20;
    if ((b >= 0x30 && b <= 0x39) || isPrepositionLetter(b)) continue;
    if (PREPOSITION_ENDS.has(text.slice(k, j).toLowerCase())) return true;
  }
  return false;
}

function townsAfterPrepositions(ctx: ScanContext): void {
  if (!ctx.passes(mayHavePrepositionBeforeCapital)) return;
  const text = ctx.text;
  const found = ctx.out.length;
  AFTER_PREPOSITION_RE.lastIndex = 0;
  for (let m = AFTER_PREPOSITION_RE.exec(text); m !== null; m = AFTER_PREPOSITION_RE.exec(text)) {
    const span = m.indices?.[1];
    if (!span) continue;
    const words = m[1] as string;
    const known = leadingTown(words);
    const town = known ? known + placeEnding(words.slice(known.length)) : shapedTown(words);
    if (!town) continue;
    const end = span[0] + town.length;
    if (NOT_PLACE_AFTER.test(text.slice(end, end + 16))) continue;
    pushGeo(ctx, span[0], end, 'city_context');
    // The words after it may go on past the town: look at them again.
    AFTER_PREPOSITION_RE.lastIndex = end;
  }
  if (ctx.out.length > found) dropInsideOrganisations(ctx, found);
}

/**
 * "tinnitus after Ramadi in 2007", "since Kandahar in 2004": a town of the gazetteer after a word
 * of time, then the year something happened there.
 */
const TOWN_THEN_YEAR_RE = new RegExp(
  `(?<![\\p{L}])(?:[Aa]fter|[Ss]ince|[Bb]efore|[Dd]uring)[ \\t]+(${TOWN_WORDS})(?=[ \\t]+in[ \\t]+(?:19|20)\\d\\d(?![\\d/-]|\\.\\d))`,
  'dgu',
);

function townsBeforeYears(ctx: ScanContext): void {
  scanGroups(ctx, TOWN_THEN_YEAR_RE, (m, span) => {
    const words = span(1);
    if (words && leadingTown(m[1] as string) === m[1]) pushGeo(ctx, words[0], words[1], 'city_context');
  });
}

/** Services a town's name stands before in lower case: "at the Devonport clinic", "to the Dubbo hospital". */
const LOCAL_SERVICE =
  'clinic|hospital|surgery|practice|pharmacy|medical cent(?:re|er)|health cent(?:re|er)|emergency department|a&e|maternity unit|birthing unit';
/** "at the Devonport clinic", "from the Gisborne hospital": a gazetteer town naming a local service written in lower case. */
const TOWN_SERVICE_RE = new RegExp(
  `(?<![\\p{L}])(?:[Aa]t|[Tt]o|[Ff]rom|[Ii]n|[Nn]ear|[Bb]y|[Vv]ia)[ \\t]+the[ \\t]+(${TOWN_WORDS})[ \\t]+(?:${LOCAL_SERVICE})(?![\\p{L}])`,
  'dgu',
);
const TOWN_SERVICE_GATE = containsAny(
  ' clinic',
  ' hospital',
  ' surgery',
  ' practice',
  ' pharmacy',
  ' medical cent',
  ' health cent',
  ' emergency department',
  ' A&E',
  ' a&e',
  ' maternity unit',
  ' birthing unit',
);

function townsBeforeServices(ctx: ScanContext): void {
  scanGroups(ctx, TOWN_SERVICE_RE, (m, span) => {
    const words = span(1);
    if (words && isTownName(m[1] as string)) pushGeo(ctx, words[0], words[1], 'city_context');
  });
}

const COUNTY_NAMES = [
  ...new Set([...UK_COUNTIES, ...IRISH_COUNTIES.map((c) => `Co\\.? ${c}|County ${c}`)]),
].sort((x, y) => y.length - x.length);
const COUNTY = `(?:${COUNTY_NAMES.join('|')})`;
const STATE_NAMES = [...new Set(STATE_LEVEL)].sort((x, y) => y.length - x.length);
const IRISH_COUNTY_RE = new RegExp(
  `(?<![\\p{L}])(?:Co\\.?|County)[ \\t](?:${(en_IE.location?.county ?? []).join('|')})(?![\\p{L}])`,
  'gu',
);
/** "Hexham, Northumberland", "Ennis, Co. Clare", "Kendal, Cumbria.": a town, then its county or province. */
export const TOWN_REGION_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${TOWN_WORDS}),[ \\t]+(?:(${COUNTY})|${STATE_NAMES.join('|')})(?![\\p{L}])`,
  'dgu',
);
/** "Drummondville (Québec) J2B 4G8", "Sherbrooke (QC)": a town and its province in brackets. */
export const TOWN_PROVINCE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${TOWN_WORDS})[ \\t]+\\((?:${STATE_NAMES.join('|')}|AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)\\)(?:[ \\t]+([A-Z]\\d[A-Z][ \\t]?\\d[A-Z]\\d))?`,
  'dgu',
);
const BR_STATES = (pt_BR.location?.state_abbr ?? []).join('|');
/** "Campinas/SP", "Juiz de Fora - MG": a Brazilian town and its state's letters. */
export const TOWN_UF_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${TOWN_WORDS})[ \\t]*(?:/|[ \\t]-[ \\t])(?:${BR_STATES})(?![\\p{L}])`,
  'dgu',
);
/** The first two characters of every county and state a town's comma may be followed by. */
const REGION_OPENINGS = new Set([...UK_COUNTIES, 'Co', ...STATE_NAMES].map((n) => n.slice(0, 2)));

/** A comma, blanks and the first two characters of a county or a state: what `TOWN_REGION_RE` needs after the town. */
export function mayHaveRegionAfterComma(text: string): boolean {
  for (let p = text.indexOf(','); p >= 0; p = text.indexOf(',', p + 1)) {
    let i = p + 1;
    while (isBlank(text.charCodeAt(i))) i++;
    if (i > p + 1 && REGION_OPENINGS.has(text.slice(i, i + 2))) return true;
  }
  return false;
}

function isCapitalOrWide(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || c >= 0x80;
}

/** A blank, an opening bracket and a capital: what a province's name or letters in brackets need ("(Québec)", "(AV)"). */
export function mayHaveProvinceInBrackets(text: string): boolean {
  for (let p = text.indexOf('('); p >= 0; p = text.indexOf('(', p + 1))
    if (isBlank(text.charCodeAt(p - 1)) && isCapitalOrWide(text.charCodeAt(p + 1))) return true;
  return false;
}

function isCapital(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

/** A slash, or a dash between blanks, before two capitals: what a Brazilian state's letters after a town need. */
export function mayHaveStateLetters(text: string): boolean {
  for (let p = text.indexOf('/'); p >= 0; p = text.indexOf('/', p + 1))
    if (isCapital(text.charCodeAt(p + 1)) && isCapital(text.charCodeAt(p + 2))) return true;
  for (let p = text.indexOf('-'); p >= 0; p = text.indexOf('-', p + 1))
    if (
      isBlank(text.charCodeAt(p - 1)) &&
      isBlank(text.charCodeAt(p + 1)) &&
      isCapital(text.charCodeAt(p + 2)) &&
      isCapital(text.charCodeAt(p + 3))
    )
      return true;
  return false;
}

const IT_PROVINCES = (it.location?.state_abbr ?? []).join('|');
/** "83136 Avellino (AV)": an Italian postcode, the town and its province's letters. */
export const CAP_TOWN_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\d{5})[ \\t]+(${TOWN_WORDS})[ \\t]+\\((?:${IT_PROVINCES})\\)`,
  'dgu',
);
/** "CEP 44062-236", "C.A.P. 01193", "PLZ: 80331": a postal code after its label in other languages. */
export const POSTCODE_LABEL_RE =
  /(?<![\p{L}])(?:CEP|C\.E\.P\.?|CAP|C\.A\.P\.?|C\.P\.|PLZ|Eircode|[Cc]ódigo [Pp]ostal|[Cc]ode [Pp]ostal)[ \t]*[:.]?[ \t]*(\d{5}-?\d{3}|\d{4,5}|[A-Z]\d{2}[ \t]?[A-Z\d]{4}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d)(?![\w-])/dgu;

/** What each label of `POSTCODE_LABEL_RE` holds. */
export const POSTCODE_LABEL_WORDS = containsAny(
  'CEP',
  'C.E.P',
  'CAP',
  'C.A.P',
  'C.P.',
  'PLZ',
  'Eircode',
  'ódigo postal',
  'ódigo Postal',
  'ode postal',
  'ode Postal',
);

/**
 * The town closing `words`: the longest run of last words the gazetteer knows, else the last
 * word unless it is a common one ("Riverside Surgery" names no town).
 */
function trailingTown(words: string): string | undefined {
  const parts = words.split(/[ \t]/);
  for (let n = parts.length; n >= 1; n--) {
    const candidate = parts.slice(parts.length - n).join(' ');
    if (isTownName(candidate)) return candidate;
  }
  const last = parts[parts.length - 1] as string;
  return commonWords(last) || LINK_WORDS.has(last) ? undefined : last;
}
const LINK_WORDS = new Set(LINK.slice(3, -1).split('|'));

/** "69100 Villeurbanne", "17003 Girona": a five-digit postcode before a gazetteer town, as most of Europe writes it. */
const CODE_TOWN_RE = new RegExp(`(?<![\\p{L}\\p{N}.,:/-])(\\d{5})[ \\t]+(${TOWN_WORDS})`, 'dgu');
/** "Col. Roma Norte", "Fracc. Las Fuentes", "Bairro Centro": a neighbourhood after its word. */
const NEIGHBOURHOOD_RE =
  /(?<![\p{L}])(?:Col\.|Colonia|Fracc\.|Fraccionamiento|Barrio|Bairro|Quartier)[ \t]+\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t](?:(?:de|del|la|las|los|do|da|dos|das)[ \t])?\p{Lu}[\p{L}\p{M}'’.-]*){0,3}/gu;
/** "Bozeman, Gallatin County": a town before its county. */
const TOWN_COUNTY_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${TOWN_WORDS}),[ \\t]+\\p{Lu}[\\p{L}'’.-]*(?:[ \\t]\\p{Lu}[\\p{L}'’.-]*)?[ \\t](?:County|Parish)\\b(?:,[ \\t]*(\\d{5})(?![\\w-]))?`,
  'dgu',
);

function townsAfterCodes(ctx: ScanContext): void {
  scanGroups(ctx, CODE_TOWN_RE, (m, span) => {
    const code = span(1);
    const words = span(2);
    if (!code || !words) return;
    // A town the gazetteer lacks when the code opens an address part ("…, 49100 Angers").
    const opensPart = /(?:^|[,·•|\n][ \t]*)$/.test(ctx.text.slice(Math.max(0, code[0] - 3), code[0]));
    const first = (m[2] as string).split(/[ \t]/)[0] as string;
    const town = leadingTown(m[2] as string) ?? (opensPart && !commonWords(first) ? first : undefined);
    if (!town) return;
    if (!ctx.skip?.has('zip'))
      ctx.out.push({ start: code[0], end: code[1], type: 'zip', ruleId: 'postal_code' });
    pushGeo(ctx, words[0], words[0] + town.length, 'city_postal');
  });
}

function townsBeforeCounties(ctx: ScanContext): void {
  scanGroups(ctx, TOWN_COUNTY_RE, (m, span) => {
    const words = span(1);
    const town = words ? trailingTown(m[1] as string) : undefined;
    if (words && town) pushGeo(ctx, words[1] - town.length, words[1], 'city_region');
    const code = span(2);
    if (code && !ctx.skip?.has('zip'))
      ctx.out.push({ start: code[0], end: code[1], type: 'zip', ruleId: 'postal_code' });
  });
}

/** Whether a town's words are all common or clinical words (a heading, not a place) and no gazetteer name. */
function commonWords(words: string): boolean {
  if (isTownName(words)) return false;
  const flags = nameDictionaries().flags;
  return words.split(/[ \t]/).every((w) => ((flags.get(w.toLowerCase()) ?? 0) & (COMMON | NEVER)) !== 0);
}

/** Words that open many towns' names before a name of their own: "Fort Trey", "Port Virgil", "East Santina". */
const TOWN_OPENING =
  /^(?:Fort|Port|New|Old|East|West|North|South|Mount|Lake|Glen|Point|Saint)[ \t]+(?=\p{Lu})/u;

/**
 * Whether a common or clinical word is among the words (and they are no gazetteer name):
 * "Dispensary Wing"; a word that opens a town's name before another is none ("Fort Trey").
 */
function anyCommonWord(words: string): boolean {
  if (isTownName(words)) return false;
  const flags = nameDictionaries().flags;
  return words
    .replace(TOWN_OPENING, '')
    .split(/[ \t]/)
    .some((w) => ((flags.get(w.toLowerCase()) ?? 0) & (COMMON | NEVER)) !== 0);
}

function scanGroups(
  ctx: ScanContext,
  re: RegExp,
  each: (m: RegExpExecArray, span: (g: number) => [number, number] | undefined) => void,
): void {
  re.lastIndex = 0;
  for (let m = re.exec(ctx.text); m !== null; m = re.exec(ctx.text)) each(m, (g) => m.indices?.[g]);
}

function townsBeforeRegions(ctx: ScanContext): void {
  if (ctx.passes(mayHaveRegionAfterComma))
    scanGroups(ctx, TOWN_REGION_RE, (m, span) => {
      const words = span(1);
      const region = span(2);
      if (!words) return;
      const town = trailingTown(m[1] as string);
      if (town) pushGeo(ctx, words[1] - town.length, words[1], 'city_region');
      if (region) pushGeo(ctx, region[0], region[1], 'region');
    });
  if (ctx.includes('Co'))
    scanGroups(ctx, IRISH_COUNTY_RE, (m) => pushGeo(ctx, m.index, m.index + m[0].length, 'region'));
}

function townsWithCodes(ctx: ScanContext): void {
  if (ctx.includes('(') && ctx.passes(mayHaveProvinceInBrackets)) {
    scanGroups(ctx, TOWN_PROVINCE_RE, (m, span) => {
      const town = span(1);
      if (town && !commonWords(m[1] as string)) pushGeo(ctx, town[0], town[1], 'city_region');
      const code = span(2);
      if (code && !ctx.skip?.has('zip'))
        ctx.out.push({ start: code[0], end: code[1], type: 'zip', ruleId: 'postal_code' });
    });
    if (ctx.longestDigitRun >= 5)
      scanGroups(ctx, CAP_TOWN_RE, (m, span) => {
        const code = span(1);
        const town = span(2);
        if (code && !ctx.skip?.has('zip'))
          ctx.out.push({ start: code[0], end: code[1], type: 'zip', ruleId: 'postal_code' });
        if (town && !commonWords(m[2] as string)) pushGeo(ctx, town[0], town[1], 'city_postal');
      });
  }
  if ((ctx.includes('/') || ctx.includes(' - ')) && ctx.passes(mayHaveStateLetters))
    scanGroups(ctx, TOWN_UF_RE, (m, span) => {
      const town = span(1);
      if (town && !commonWords(m[1] as string)) pushGeo(ctx, town[0], town[1], 'city_region');
    });
  if (ctx.hasDigit && ctx.passes(POSTCODE_LABEL_WORDS))
    scanGroups(ctx, POSTCODE_LABEL_RE, (_m, span) => {
      const code = span(1);
      if (code && !ctx.skip?.has('zip'))
        ctx.out.push({ start: code[0], end: code[1], type: 'zip', ruleId: 'zip_label' });
    });
}

/** A line of one to three capitalized words: a town's line in an address block. */
const TOWN_LINE = /^[ \t]*(\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]\p{Lu}[\p{L}\p{M}'’.-]*){0,3})[ \t]*$/u;
/** A postcode alone on its line: British, Irish, Canadian, American. */
const POSTCODE_LINE =
  /^[ \t]*(?:[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}|[A-Z]\d{2}[ \t]?[A-Z\d]{4}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d|\d{4,5}(?:-\d{3,4})?)[ \t]*$/;
/** A street line: a house number and capitalized words, or a street word closing it. */
const STREET_LINE = /^[ \t]*(?:(?:Flat|Unit|Apt\.?)[ \t]+\d+,[ \t]*)?\d{1,5}[A-Za-z]?[ \t]+\p{Lu}/u;

/**
 * "49 Chapel Street⏎Tullamore⏎Co. Offaly⏎R35 W5Z4": in an address block the line after the
 * street line, or before a county's or a postcode's line, names the town; a county's line
 * before a postcode is the county's.
 */
function townLines(ctx: ScanContext): void {
  const text = ctx.text;
  const lines = text.split('\n');
  let offset = 0;
  const starts: number[] = [];
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] as string;
    const m = TOWN_LINE.exec(line);
    if (!m) continue;
    const words = m[1] as string;
    const prev = lines[i - 1] as string;
    const next = lines[i + 1] ?? '';
    const nextIsRegion = TOWN_LINE.test(next) && (isCountyName(next.trim()) || isStateName(next.trim()));
    const nextIsCode = POSTCODE_LINE.test(next);
    const streetLine = STREET_LINE.test(prev);
    const afterStreet = streetLine || streetClosesLine(ctx, (starts[i] as number) - 1);
    const region = isCountyName(words);
    if (isStateName(words)) continue;
    if (!(nextIsRegion || nextIsCode || (afterStreet && isTownName(words)))) continue;
    if (!region && commonWords(words)) continue;
    // A region's line only before a postcode's or after a town's line.
    if (region && !nextIsCode && !(TOWN_LINE.test(prev) && !afterStreet)) continue;
    if (!region && !afterStreet && !nextIsRegion && !isTownName(words)) continue;
    const start = (starts[i] as number) + line.indexOf(words);
    pushGeo(ctx, start, start + words.length, region ? 'region' : 'city_postal');
    // "1246 The Ridgeway⏎Town⏎YG17 3NL", "84 Ropewalk⏎Town⏎County": a numbered line above a town
    // and its postcode or its county is the street, street word or not.
    if (!region && streetLine && (nextIsCode || nextIsRegion) && !organisationWords(prev))
      pushNumberedLine(ctx, starts[i - 1] as number, prev);
    // "Ard na Gréine, Bóthar na Trá⏎Ballina⏎Co. Mayo": the line above a town holds its street.
    if (!region && !afterStreet && ADDRESS_PART_LINE.test(prev) && !organisationWords(prev))
      pushStreet(
        ctx,
        (starts[i - 1] as number) + prev.search(/\S/),
        (starts[i - 1] as number) + prev.trimEnd().length,
      );
  }
}

/** Whether a street the detectors found ends right before the line break at `lineEnd`. */
function streetClosesLine(ctx: ScanContext, lineEnd: number): boolean {
  let end = lineEnd;
  while (end > 0 && (ctx.text.charCodeAt(end - 1) === 0x20 || ctx.text.charCodeAt(end - 1) === 0x09)) end--;
  return ctx.out.some((s) => s.type === 'street_address' && s.end === end);
}

/** The street line at `start`, unless a street the detectors found covers it already. */
function pushNumberedLine(ctx: ScanContext, start: number, line: string): void {
  const from = start + line.search(/\S/);
  const to = start + line.trimEnd().length;
  if (!ctx.out.some((s) => s.type === 'street_address' && s.start <= from && s.end >= to))
    pushStreet(ctx, from, to);
}

/** A line of an address block's street: house names and street words, a house number maybe. */
const ADDRESS_PART_LINE =
  /^[ \t]*(?:\d{1,5}[A-Za-z]?[ \t]+)?\p{Lu}[\p{L}\p{M}'’.-]*(?:,?[ \t]+(?:\p{Lu}[\p{L}\p{M}'’.-]*|na|an|de|du|of|the|on|upon|y|le|la)){0,5}[ \t]*$/u;
/** Words of an organisation's name: a practice's line is no street's. */
const ORGANISATION_WORD =
  /\b(?:Surgery|Practice|Centre|Center|Clinic|Hospital|Group|Health|Healthcare|Medical|Pharmacy|Ltd|Inc|LLC|University|School|College|Trust|Services?|Department|Unit|Ward)\b/;

function organisationWords(line: string): boolean {
  return ORGANISATION_WORD.test(line) || isOrganisationName(line.trim());
}

function pushStreet(ctx: ScanContext, start: number, end: number): void {
  if (end > start && !ctx.skip?.has('street_address'))
    ctx.out.push({ start, end, type: 'street_address', ruleId: 'street_address' });
}

/** A comma-separated part of an address line before a town: "16 Bóthar na Trá", "Woodlawn". */
const ADDRESS_PART_BEFORE =
  /(?:^|[\s:;/,])[ \t]*((?:\d{1,5}[A-Za-z]?[ \t]+)?\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+(?:\p{Lu}[\p{L}\p{M}'’.-]*|na|an|de|du|of|the|on|upon|y|le|la)){0,4}),[ \t]*$/u;

/**
 * "cc: Ann Roe, 16 Bóthar na Trá, Ennis, Co. Clare": the one or two parts before a town that a
 * county or postcode follows are its street and house (not a practice's or a person's name).
 * Before a town a postal code follows ("93 Wellgate, Dewsbury, LE9 6LZ"), the part right before
 * it is a street when it opens with a house number: many streets have no street word.
 */
export function streetsBeforeTowns(ctx: ScanContext, from: number, rule = 'city_region'): void {
  const text = ctx.text;
  const count = ctx.out.length;
  const numbered = rule !== 'city_region';
  for (let i = from; i < count; i++) {
    const town = ctx.out[i] as (typeof ctx.out)[number];
    if (town.type !== 'geo' || town.ruleId !== rule) continue;
    if (numbered && text.charCodeAt(town.start - 1) === 0x0a) {
      numberedLineBefore(ctx, town.start - 1);
      continue;
    }
    if (text.charCodeAt(town.start - 2) !== 0x2c) continue;
    let end = town.start - 2;
    for (let parts = 0; parts < (numbered ? 1 : 2); parts++) {
      const m = ADDRESS_PART_BEFORE.exec(text.slice(Math.max(0, end - 60), end + 2));
      const part = m?.[1];
      if (!part || (numbered && !/^\d/.test(part)) || organisationWords(part) || personName(part)) break;
      if (coveredBy(ctx, end - part.length, 'street_address')) break;
      pushStreet(ctx, end - part.length, end);
      end -= part.length;
      while (end > 0 && /[ \t]/.test(text[end - 1] as string)) end--;
      if (text.charCodeAt(end - 1) !== 0x2c) break;
      end--;
    }
  }
}

/** A house number and capitalized words closing the line: "… is 9213 Wuckert Wood⏎". */
const NUMBERED_LINE_END =
  /(?:^|[\s:;,])(\d{1,5}[A-Za-z]?[ \t]+\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+(?:\p{Lu}[\p{L}\p{M}'’.-]*|of|the|y|on|upon)){0,4})[ \t]*$/u;

/** A number of things, not a house: "28 Tablets", "3 Items", "14 Days". */
const COUNTED_THINGS =
  /^\d+[ \t]+(?:Tablets?|Capsules?|Caps|Tabs|Units?|Doses?|Items?|Days?|Weeks?|Months?|Years?|Hours?|Patients?|Pages?|Visits?|Sessions?)$/i;

/** "my new address is 9213 Wuckert Wood⏎Town⏎PL4 8YS": the numbered words closing the line above a town and its postcode. */
function numberedLineBefore(ctx: ScanContext, lineEnd: number): void {
  const from = Math.max(0, lineEnd - 60);
  const m = NUMBERED_LINE_END.exec(ctx.text.slice(from, lineEnd));
  const part = m?.[1];
  if (!part || organisationWords(part) || COUNTED_THINGS.test(part)) return;
  const start = from + (m?.index ?? 0) + (m?.[0].indexOf(part) ?? 0);
  if (!coveredBy(ctx, start, 'street_address')) pushStreet(ctx, start, start + part.length);
}

/** Words a name dictionary knows, without a house number: a person's name before an address. */
function personName(part: string): boolean {
  if (/\d/.test(part)) return false;
  const flags = nameDictionaries().flags;
  return part.split(/[ \t]+/).every((w) => ((flags.get(w.toLowerCase()) ?? 0) & (GIVEN | SURNAME)) !== 0);
}

function coveredBy(ctx: ScanContext, at: number, type: string): boolean {
  return ctx.out.some((s) => s.type === type && s.start <= at && s.end > at);
}

const STREET_END_RE =
  /^,[ \t]+((?:St\.[ \t])?\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]\p{Lu}[\p{L}\p{M}'’-]*){0,3})(?=[ \t]*(?:[.,;\n]|$))/u;

const US_STATE_LETTERS = (en.location?.state_abbr ?? []).join('|');
const AU_STATE_LETTERS = 'NSW|VIC|QLD|WA|SA|TAS|NT|ACT';
const PROVINCE_LETTERS = 'AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT';
/** A town's words in an address: capitalized, accents and macrons allowed, a particle between. */
const SLOT_WORD = "\\p{Lu}[\\p{L}\\p{M}'’-]*";
const SLOT_TOWN = `${SLOT_WORD}(?:[ \\t](?:${LINK}[ \\t])?${SLOT_WORD}){0,2}`;
/**
 * The slot after a street line that names its town (and a suburb before it: ", Hatfield,
 * Pretoria, 0083"): after a comma or a wide gap (or a dash when a state or a ZIP code closes
 * the town: "⟦2134 Bellwether Blvd⟧ - Gilchrist, MA"), one to three capitalized words, then what
 * closes a town in an address — a county or a state (", Co. Cork",
 * ", Cumbria", ", ON"), a postcode with or without the state's letters before it (" 1515", "
 * NM76693", " NSW 2650"), the end of the sentence, the line or the quoted address ("…, Hazard. Pt …"), a note in brackets ("…, Funkton (home visit)"), or whom the
 * person lives there with ("…, Fargo with her daughter").
 */
const SLOT_REGION = `(?:${COUNTY}|${STATE_NAMES.join('|')}|${US_STATE_LETTERS}|${PROVINCE_LETTERS}|${AU_STATE_LETTERS}|Co\\.?|County)(?![\\p{L}])`;
const TOWN_SLOT_RE = new RegExp(
  `^(?:,[ \\t]*|[ \\t]{2,}|\\t|[ \\t]+-[ \\t]+(?=${SLOT_TOWN},?[ \\t]+(?:${SLOT_REGION}|\\d{5})))(?!${SLOT_REGION})(${SLOT_TOWN})(?:,[ \\t]*(?!${SLOT_REGION})(${SLOT_TOWN}))?(?:,[ \\t]+${SLOT_REGION}|,?[ \\t]+(?:(?:${US_STATE_LETTERS}|${AU_STATE_LETTERS})[ \\t]*)?(\\d{4,5}(?:-\\d{4})?)(?![\\w-])|(?=[ \\t]*(?:[.;](?:[ \\t]|\\n|$)|\\n|$|\\\\?["”]|\\()|[ \\t]+with[ \\t]+(?:his|her|their|my|a|an|the)[ \\t]))`,
  'du',
);
/** First words of what follows a street but names no town: a unit, a title, a country, a time. */
const NOT_TOWN_WORD =
  /^(?:Apt|Apartment|Unit|Suite|Ste|Flat|Level|Floor|Fl|Room|Rm|Box|PO|Lot|Bldg|Building|Block|Dr|Mr|Mrs|Ms|Miss|Prof|USA|US|UK|United|Australia|Canada|Ireland|New Zealand|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday|Tomorrow|Then|The|He|She|They|We|I|It|Pt|Patient|Thanks|Thank|Thx|Please|Pls|Ok|Okay|OK|Yes|No|Bye|Call|Text)$/;

/**
 * "⟦12 Boronia Rd⟧, Ballarat.", "⟦8 Rimu Ave⟧, Mallow, Co. Cork", "⟦4 Wattle Hwy⟧  Gallup
 * NM76693", "⟦3 Matai Pl⟧, Gisborne 1515 on …": the town in the slot after each street line found
 * since `from` (and the postcode after it). The slot is the evidence: a town the gazetteer lacks
 * or an everyday word ("Hazard", "Mallow") is a town there, unless its words are a unit's, a
 * title's, an organisation's or all common words closing a sentence.
 */
export function townsAfterStreets(ctx: ScanContext, from: number): void {
  const text = ctx.text;
  const count = ctx.out.length;
  for (let i = from; i < count; i++) {
    const span = ctx.out[i] as (typeof ctx.out)[number];
    if (span.type !== 'street_address') continue;
    const c = text.charCodeAt(span.end);
    if (c !== 0x2c && c !== 0x20 && c !== 0x09) continue;
    const m = TOWN_SLOT_RE.exec(text.slice(span.end, span.end + 72));
    const words = m?.indices?.[1];
    if (!m || !words) {
      if (c === 0x2c) gazetteerTownAfterStreet(ctx, span.end);
      else if (!townAfterIn(ctx, span.end)) townAfterBlank(ctx, span.start, span.end);
      continue;
    }
    const closesSentence = m[3] === undefined && !/^,[ \t]+\S/.test(m[0].slice((m.indices?.[2] ?? words)[1]));
    for (const g of [1, 2]) {
      const place = m[g];
      const at = m.indices?.[g];
      if (place === undefined || !at || !slotTown(place, closesSentence)) break;
      pushGeo(ctx, span.end + at[0], span.end + at[1], 'city_after_street');
    }
    const code = m.indices?.[3];
    if (code && !ctx.skip?.has('zip'))
      ctx.out.push({
        start: span.end + code[0],
        end: span.end + code[1],
        type: 'zip',
        ruleId: 'postal_code',
      });
  }
}

/** A street line that closes with its unit ("… Ave Fl 2", "… Way Apt 3R"). */
const UNIT_CLOSING =
  /(?:^|[ \t])(?:Apt|Apartment|Unit|Suite|Ste|Flat|Floor|Fl|Rm|Room|Lot|Trlr|#)\.?[ \t]*#?[ \t]*[A-Za-z]?\d{1,5}[A-Za-z]?$/;
/** One blank, then the town's words up to the end of the line or the sentence. */
const TOWN_CLOSING_LINE_RE = new RegExp(
  `^[ \\t](${SLOT_TOWN})(?=[ \\t]*(?:[.;](?:[ \\t]|\\n|$)|\\r?\\n|$))`,
  'u',
);
/** One blank, then the town's words before a state's letters and a ZIP code. */
const TOWN_STATE_ZIP_RE = new RegExp(
  `^[ \\t](${SLOT_TOWN}),?[ \\t]+(?:${US_STATE_LETTERS})[ \\t]+\\d{5}(?:-\\d{4})?(?![\\w-])`,
  'u',
);

/**
 * Typed without a comma after a street line, the town before a state and a ZIP code ("…
 * Juniper Way Council Bluffs IA 51588"), or the words closing the line after a street's unit
 * ("… Candler Way Apt 3R Westminster"), unless common words, a unit's or a title's.
 */
function townAfterBlank(ctx: ScanContext, start: number, end: number): void {
  const after = ctx.text.slice(end, end + 64);
  const coded = TOWN_STATE_ZIP_RE.exec(after);
  const m =
    coded ??
    (UNIT_CLOSING.test(ctx.text.slice(Math.max(start, end - 16), end))
      ? TOWN_CLOSING_LINE_RE.exec(after)
      : null);
  const town = m?.[1];
  if (town && slotTown(town, coded === null))
    pushGeo(ctx, end + 1, end + 1 + town.length, 'city_after_street');
}

/**
 * "Lives at ⟦18065 E Gorham St⟧ in Hope with her mother", "the intersection of ⟦Kestrel Dr⟧ and
 * ⟦Old Farm Rd⟧ in Pueblo when …": "in" after a street, then the town's words, before what closes
 * a clause or says more of the person or the event there.
 */
const TOWN_IN_AFTER_STREET_RE = new RegExp(
  `^[ \\t]in[ \\t]+(${SLOT_TOWN})(?=[ \\t]*(?:[.;,](?:[ \\t]|\\n|$)|\\r?\\n|$|\\\\?["”]|\\()|[ \\t]+(?:with|when|where|while|on|at|near|after|before|since)\\b)`,
  'u',
);
const MONTHS = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*$/;

/** The town after a street and "in"; whether one was found. */
function townAfterIn(ctx: ScanContext, end: number): boolean {
  const m = TOWN_IN_AFTER_STREET_RE.exec(ctx.text.slice(end, end + 64));
  if (m === null) return false;
  const town = m[1] as string;
  const townEnd = end + m[0].length;
  // Before punctuation the town closes the clause; before "with", "when"… more is said.
  const closes = !/^[ \t]+\p{Ll}/u.test(ctx.text.slice(townEnd, townEnd + 2));
  if (MONTHS.test(town.split(/[ \t]/)[0] as string) || !slotTown(town, closes)) return false;
  pushGeo(ctx, townEnd - town.length, townEnd, 'city_after_street');
  return true;
}

/** Whether the words in a street's town slot may be a town (closing a sentence, no common word among them). */
function slotTown(words: string, closesSentence: boolean): boolean {
  if (NOT_TOWN_WORD.test(words.split(/[ \t]/)[0] as string) || organisationWords(words)) return false;
  return !(closesSentence && anyCommonWord(words));
}

/** A gazetteer town after a street line and a comma, before another comma ("⟦12 Boronia Rd⟧, Ballarat, VIC"). */
function gazetteerTownAfterStreet(ctx: ScanContext, end: number): void {
  if (ctx.text.charCodeAt(end) !== 0x2c) return;
  const m = STREET_END_RE.exec(ctx.text.slice(end, end + 48));
  if (!m) return;
  const words = m[1] as string;
  const town = leadingTown(words);
  if (town && town.length === words.length) pushGeo(ctx, end + 2, end + 2 + town.length, 'city_after_street');
}

/** Towns and regions by the gazetteer and by the address forms above; appended to `ctx.out`. */
export function townsAndRegions(ctx: ScanContext): void {
  if (!ctx.hasUpper) return;
  townsAfterPrepositions(ctx);
  residencePlaces(ctx);
  if (ctx.includes('the ') && ctx.passes(TOWN_SERVICE_GATE)) townsBeforeServices(ctx);
  if (ctx.includes(' in 19') || ctx.includes(' in 20')) townsBeforeYears(ctx);
  if (ctx.includes(', ') || ctx.includes('Co')) {
    const found = ctx.out.length;
    townsBeforeRegions(ctx);
    if (ctx.out.length > found) streetsBeforeTowns(ctx, found);
  }
  townsWithCodes(ctx);
  if (ctx.longestDigitRun >= 5) townsAfterCodes(ctx);
  if (ctx.includes(' County') || ctx.includes(' Parish')) townsBeforeCounties(ctx);
  // What each of the neighbourhood's words opens with.
  if (
    ctx.includes('Col') ||
    ctx.includes('Fracc') ||
    ctx.includes('Barrio') ||
    ctx.includes('Bairro') ||
    ctx.includes('Quartier')
  )
    scanGroups(ctx, NEIGHBOURHOOD_RE, (m) => pushGeo(ctx, m.index, m.index + m[0].length, 'neighbourhood'));
  if (ctx.hasDigit && ctx.includes('\n')) townLines(ctx);
}
