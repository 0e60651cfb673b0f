/**
 * Device names — a maker's brand with its model ("Dexcom G7", "Medtronic MiniMed 780G", "Omron
 * Platinum"), or a product's name before what the thing is ("Nautilus endobronchial valve",
 * "Vireo RAS system", "Tallis infusion pump") — are not people, whatever given name a brand
 * borrows. This recogniser finds them; the engine's resolution step keeps a person's name found
 * inside one unmasked.
 */

import { COMMON, GIVEN, nameDictionaries, SURNAME } from './dictionaries';
import { namesRunTogether } from './joined-names';

/**
 * Makers of medical and consumer health devices, lower-case: each opens a device's name when its
 * model follows. Makers called by a common surname (Abbott, Baxter, Edwards) are left out: an
 * HL7 or CSV row holds "ABBOTT^LUE" and "Abbott,Luigi".
 */
const BRANDS = new Set(
  `medtronic minimed dexcom freestyle omnipod insulet omron philips respironics resmed hologic stryker biomet
  garmin fitbit withings masimo nellcor zoll medela hill-rom accu-chek onetouch ascensia lifescan ypsomed cochlear
  oticon phonak signia widex biotronik livanova nihon kohden mindray drager dräger invacare inogen everflo airsense
  aircurve alaris spacelabs olympus storz tytocare qardio kardia alivecor oura whoop suunto huawei samsung draeger
  terumo arjo compumedics cadwell natus huntleigh nikkiso nipro abiomed senseonics eversense mortara edan getinge
  maquet sonosite esaote fujifilm siemens healthineers starkey beltone resound unitron bernafon rexton hansaton
  hoyer liko molift posey vocera omnicell pyxis spectralink ascom hillrom`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);

/** What a device is, as its name ends: "… insulin pump", "… RAS system", "… valve". */
const DEVICE_NOUNS = new Set(
  `pump pumps monitor monitors system platform valve stent catheter pacemaker defibrillator icd sensor meter
  glucometer inhaler nebulizer nebuliser ventilator concentrator cpap bipap implant scanner analyzer analyser
  camera cam watch tracker headset stimulator neurostimulator generator oximeter cuff scale thermometer
  transmitter receiver processor robot laser console driver apap autopap alerts alarms readings transmissions
  interrogation graft collar brace orthosis prosthesis lift hoist sling wheelchair rollator
  chair boots breathalyzer breathalyser bracelet pendant dispenser cushion mattress commode ctg aid wristband armband`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);
/**
 * What a device helps with or how it moves, right before its noun ("standing aid", "sit-to-stand
 * lift"): "aid" is a device only after one ("first aid", "Legal Aid" are none), and a product's
 * name before one may open with a word that is also a given name ("Sara Stedy standing aid").
 */
const KIND_WORDS = new Set(
  `standing stand walking hearing mobility transfer ambulation bathing dressing reaching feeding communication
  sit-to-stand stand-assist stand-up tilt-in-space`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);
/**
 * Device nouns that also name people or trades ("bus driver"), and what a device sends ("alerts",
 * "readings"): a model number or code must stand before them ("T34 syringe driver", "Aveir VR
 * alerts"), and no person's credential ("Hale RN alerts").
 */
const WEAK_NOUNS = new Set(['driver', 'alerts', 'alarms', 'readings', 'transmissions', 'interrogation']);
const CREDENTIAL_CODES = new Set(
  'md do rn np pa lpn lvn cna rph dds dmd od dpm crna aprn fnp pac rd cns rm'.split(' '),
);

/** Lower-case words that are no part of a device's name: they end the walk back from its noun. */
const FUNCTION_WORDS = new Set(
  `a an the and or but of to for from with without by on in at into onto via per his her their its my your our
  this that these those new old no not is was were be been has had have on off left right`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);

const TOKEN_RE = /[\p{L}\p{N}][\p{L}\p{N}'’+-]*/gu;

interface Token {
  start: number;
  end: number;
  text: string;
  lc: string;
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], lc: m[0].toLowerCase() });
  }
  return out;
}

/**
 * The end of a model's last word, over the full stop after it when the word is capitals alone
 * ("… VPAP ST."): an abbreviation's stop a street detector would take with it.
 */
function stopAfterCapitals(text: string, last: Token): number {
  return /^\p{Lu}{1,4}$/u.test(last.text) && text.charCodeAt(last.end) === 0x2e ? last.end + 1 : last.end;
}

/** A device noun, or one after a mode's prefix and a hyphen ("auto-CPAP", "mini-pump", "Bi-PAP"'s last part). */
function isDeviceNoun(t: Token): boolean {
  if (DEVICE_NOUNS.has(t.lc)) return true;
  const hyphen = t.lc.lastIndexOf('-');
  if (hyphen < 1) return false;
  const last = t.lc.slice(hyphen + 1);
  return DEVICE_NOUNS.has(last) && !WEAK_NOUNS.has(last);
}

/** Only spaces or tabs between two tokens (a name does not cross a comma, a quote or a line). */
function adjacent(text: string, a: Token, b: Token): boolean {
  if (b.start - a.end > 2) return false;
  for (let i = a.end; i < b.start; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09) return false;
  }
  return true;
}

const CAPITALIZED = /^\p{Lu}/u;
const ALL_CAPS = /^\p{Lu}{4,}(?:-\p{Lu}{2,})?$/u;
const TITLE_CASE = /^\p{Lu}\p{Ll}/u;
/** A model's designation: letters and digits together ("780G", "G7", "X3", "E95"), or an acronym ("RAS"). */
const MODEL = /^(?:\p{L}*-?\d[\p{L}\d-]*|\p{Lu}{2,6}\d*)$/u;
/** Age and sex after a name ("Jane Doe 67F"): no model. */
const AGE_SEX = /^\d{1,3}(?:[MFmf]|yo|y)$/;
/** A word in lower case, hyphened ones included ("tilt-in-space", "low-air-loss"). */
const LOWER_WORD = /^\p{Ll}{3,}(?:-\p{Ll}{2,}){0,3}$/u;

/** After a brand: its model's words and numbers, and what it is ("Omron Platinum", "Dexcom G7 sensor"). */
function brandEnd(text: string, ts: Token[], i: number): number {
  let end = i;
  for (let k = i + 1; k < ts.length && k - i <= 4; k++) {
    const t = ts[k] as Token;
    if (!adjacent(text, ts[k - 1] as Token, t)) break;
    // A fourth word only in capitals, as a mode's letters close a model ("ResMed Lumis 150 VPAP ST"; not "… APAP 6-16").
    if (k - i === 4 && !CAPITALIZED.test(t.text)) break;
    if (isDeviceNoun(t) || CAPITALIZED.test(t.text) || (MODEL.test(t.text) && !AGE_SEX.test(t.text))) end = k;
    else break;
  }
  return end;
}

/**
 * A model's single letter right before the noun ("Miami J collar", "Aspen C collar") after a
 * product's word that is no person's name of the lists ("Mary J collar", "Kohl A pump" stay).
 */
function modelLetter(text: string, ts: Token[], k: number, noun: number, weak: boolean): boolean {
  const t = ts[k] as Token;
  const p = ts[k - 1];
  if (weak || k !== noun - 1 || t.text.length !== 1 || !CAPITALIZED.test(t.text) || !p) return false;
  if (!adjacent(text, p, t) || !TITLE_CASE.test(p.text)) return false;
  return ((nameDictionaries().flags.get(p.lc) ?? 0) & (GIVEN | SURNAME)) === 0;
}

/**
 * A capitalized word right before the noun that no list holds as a name, after the product's
 * capitalized name ("Tablo Hemodialysis System", "Vireo Surgical Robot"): what the device is,
 * written in its maker's capitals. Not after a person's name ("Jane Hemodialysis System").
 */
function namelessQualifier(text: string, ts: Token[], k: number, noun: number): boolean {
  const t = ts[k] as Token;
  const p = ts[k - 1];
  if (k !== noun - 1 || !p || !TITLE_CASE.test(t.text) || !TITLE_CASE.test(p.text) || t.text.length < 4)
    return false;
  if (!adjacent(text, p, t) || /['’]s$/.test(p.text)) return false;
  const flags = nameDictionaries().flags;
  return !flags.has(t.lc) && ((flags.get(p.lc) ?? 0) & GIVEN) === 0;
}

/**
 * Before a device noun: one product name and what qualifies it — an acronym, a model number or
 * lower-case words ("Vireo RAS system", "Nautilus endobronchial valve"). Two capitalized words
 * and the noun ("Jane Doe System") are no device: a person's name may stand before any word.
 * Returns the index of the product's name, or -1.
 */
function productStart(text: string, ts: Token[], noun: number): number {
  let between = 0;
  const weak = WEAK_NOUNS.has((ts[noun] as Token).lc);
  const kind = ts[noun - 1];
  const kinded = kind !== undefined && KIND_WORDS.has(kind.lc) && adjacent(text, kind, ts[noun] as Token);
  if ((ts[noun] as Token).lc === 'aid' && !kinded) return -1;
  let model = !weak;
  for (let k = noun - 1; k >= 0 && noun - k <= 4; k--) {
    const t = ts[k] as Token;
    if (!adjacent(text, t, ts[k + 1] as Token)) return -1;
    if (weak && CREDENTIAL_CODES.has(t.lc)) return -1;
    if ((MODEL.test(t.text) && !AGE_SEX.test(t.text)) || modelLetter(text, ts, k, noun, weak)) {
      between++;
      model = true;
      continue;
    }
    if ((LOWER_WORD.test(t.text) && !FUNCTION_WORDS.has(t.lc)) || namelessQualifier(text, ts, k, noun)) {
      between++;
      continue;
    }
    // A possessive ("Dad's pump") names an owner, not a product; a word before it may be its maker's ("Zenith Alpha stent graft").
    if (!CAPITALIZED.test(t.text) || between === 0 || !model || /['’]s$/.test(t.text)) return -1;
    return makerBefore(text, ts, k) || (kinded && givenNamedProduct(text, ts, k)) ? k - 1 : k;
  }
  return -1;
}

/**
 * A product's word no list knows, after a word that is a given name too ("Sara Stedy", "Molly
 * Vexo"), before what the device does: the pair is the product's name. A known surname after a
 * given name is a person ("Maria Lopez standing aid" stays a name).
 */
function givenNamedProduct(text: string, ts: Token[], k: number): boolean {
  const t = ts[k] as Token;
  const p = ts[k - 1];
  if (!p || !adjacent(text, p, t) || !TITLE_CASE.test(p.text) || !TITLE_CASE.test(t.text)) return false;
  const flags = nameDictionaries().flags;
  return !flags.has(t.lc) && ((flags.get(p.lc) ?? 0) & GIVEN) !== 0;
}

/**
 * A product's word with a capital inside ("TrekFlex", "iDose", "AirSense"): names have one only
 * after a prefix ("McBride", "DeShawn", "LaToya", "MaryBeth"), which a product's word does not open with.
 */
const CAMEL = /^(?:\p{Ll}\p{Lu}|\p{Lu}\p{Ll}+\p{Lu})[\p{L}\d]*$/u;
const NAME_PREFIX =
  /^(?:Mc|Mac|Fitz|Ap|Ab|Ben|Bin|De|Da|Di|Du|Del|Della|Dos|Das|La|Le|Lo|Van|Von|Ter|Ten|St|Jo|Mary|Ann|Anna|Lou|O)\p{Lu}/u;

/** Degrees and credentials written with a capital inside: they follow a person's name. */
const CREDENTIALS = new Set([
  'phd',
  'pharmd',
  'psyd',
  'edd',
  'drph',
  'dphil',
  'mphil',
  'thd',
  'scd',
  'bsc',
  'msc',
  'dsc',
  'rph',
]);

function isProductWord(t: Token): boolean {
  return (
    CAMEL.test(t.text) &&
    !NAME_PREFIX.test(t.text) &&
    !CREDENTIALS.has(t.lc) &&
    !nameDictionaries().flags.has(t.lc) &&
    !namesRunTogether(t.text)
  );
}

/** Words a maker names a product line by, between its name and the model's number. */
const LINE_WORDS =
  'Max|Pro|Plus|Ultra|Mini|Lite|Elite|Prime|Flex|Edge|Select|Evo|Neo|Nano|Micro|Duo|Smart|Link|Connect';
const LINE_WORD = new RegExp(`^(?:${LINE_WORDS})$`);
const LINE_ANCHOR = new RegExp(`\\p{Lu}\\p{Ll}+[ \\t]+(?:${LINE_WORDS})[ \\t]+\\d`, 'gu');

/**
 * A product line's word between a maker's or a product's name and the model's number ("Parata
 * Max 2", "Omnipod Mini 5", "Vireo Pro 3000"): the number after makes it a machine, a given name
 * before it a person ("Maria Max 2" stays).
 */
function productLine(text: string, ts: Token[], i: number): boolean {
  const t = ts[i] as Token;
  const p = ts[i - 1];
  const n = ts[i + 1];
  if (!LINE_WORD.test(t.text) || !p || !n || !adjacent(text, p, t) || !adjacent(text, t, n)) return false;
  if (
    !TITLE_CASE.test(p.text) ||
    /['’]s$/.test(p.text) ||
    !/^(?:\d{1,4}|\p{Lu}{0,2}\d{1,4}\p{Lu}?)$/u.test(n.text)
  )
    return false;
  const f = nameDictionaries().flags.get(p.lc) ?? 0;
  return (f & GIVEN) === 0 || (f & COMMON) !== 0;
}

/**
 * Two capitalized words joined by a plus, then a model in capitals or figures ("Smith+Nephew PICO
 * 7"): a maker's name so written; no person's name is joined by a plus.
 */
const PLUS_JOINED = /^\p{Lu}\p{Ll}{2,}\+\p{Lu}\p{Ll}{2,}$/u;

function plusJoinedMaker(text: string, ts: Token[], i: number): boolean {
  const n = ts[i + 1];
  return (
    PLUS_JOINED.test((ts[i] as Token).text) &&
    n !== undefined &&
    adjacent(text, ts[i] as Token, n) &&
    /^(?:\p{Lu}{2,}|\p{Lu}*\d[\p{L}\d]*)$/u.test(n.text)
  );
}

/** Two capitalized words joined by a hyphen: "Angio-Seal", "Mini-Cath". */
const HYPHENED = /^\p{Lu}\p{Ll}{2,}-\p{Lu}\p{Ll}{2,}$/u;

/**
 * A product's name of two joined words that are no names of the lists, then its model's code
 * ("Angio-Seal VIP 6F", "Vaso-Flow 3X"): a double-barrelled family name is made of names, and
 * a credential after it is a person's ("Smith-Jones RN").
 */
function hyphenedProduct(text: string, ts: Token[], i: number): boolean {
  const t = ts[i] as Token;
  const n = ts[i + 1];
  if (!HYPHENED.test(t.text) || !n || !adjacent(text, t, n) || !MODEL.test(n.text)) return false;
  if (AGE_SEX.test(n.text) || CREDENTIAL_CODES.has(n.lc) || CREDENTIALS.has(n.lc)) return false;
  const flags = nameDictionaries().flags;
  return t.lc.split('-').every((part) => {
    const f = flags.get(part) ?? 0;
    return (f & (GIVEN | SURNAME)) === 0 || (f & COMMON) !== 0;
  });
}

/**
 * Whether the word before token `i` is its maker's: one capitalized word, no possessive and no
 * given name ("Bard PowerPICC"; not "Dad's PowerPICC", "Maria StrideFit").
 */
function makerBefore(text: string, ts: Token[], i: number): boolean {
  const p = ts[i - 1];
  if (!p || !adjacent(text, p, ts[i] as Token) || !TITLE_CASE.test(p.text) || /['’]s$/.test(p.text))
    return false;
  const f = nameDictionaries().flags.get(p.lc) ?? 0;
  return (f & GIVEN) === 0 || (f & COMMON) !== 0;
}

/**
 * A product word and up to two capitalized words before one that opens in a small letter ("Beta
 * Bionics iLet"); one that opens with a capital ("StrideFit") takes one maker's word before it
 * ("Bard PowerPICC"), but no given name.
 */
function productWordStart(text: string, ts: Token[], i: number): number {
  let k = i;
  if (CAPITALIZED.test((ts[i] as Token).text)) return makerBefore(text, ts, i) ? i - 1 : i;
  while (k > 0 && i - k < 2) {
    const p = ts[k - 1] as Token;
    if (!adjacent(text, p, ts[k] as Token) || !CAPITALIZED.test(p.text) || /['’]s$/.test(p.text)) break;
    k--;
  }
  return k;
}

/**
 * The last word of a model's name in a shape no person's name takes: a word with its generation's
 * number ("Standard2"), capitals and a small letter ("NDx"), or a '+' after it ("PowerFlexx+").
 * One or two capitalized words before it are its maker and product line ("Weinmann Medumat
 * Standard2", "Natus Embla NDx", "Ferno PowerFlexx+").
 */
const MODEL_TAIL = /^(?:\p{Lu}\p{Ll}{2,}\d{1,3}|\p{Lu}{2,4}\p{Ll}|\p{Lu}[\p{L}\d]{2,}\+)$/u;
const MODEL_TAIL_ANCHOR = /\p{Ll}\d{1,3}\b|\b\p{Lu}{2,4}\p{Ll}\b|\p{L}\+/gu;

/** Places numbered the same way ("Bed12", "Ward3") and plural acronyms ("MRNs"): no model. */
const NOT_MODEL_TAIL =
  /^(?:(?:bed|room|ward|bay|unit|floor|suite|level|wing|pod|cubicle|site|clinic)\d+|\p{Lu}+s)$/iu;

function isModelTail(t: Token): boolean {
  return (
    MODEL_TAIL.test(t.text) && !NOT_MODEL_TAIL.test(t.text) && !CREDENTIALS.has(t.lc) && !isNumberedName(t)
  );
}

/** A word's letters, lower case, without the digits glued on its end. */
function lettersOf(t: Token): string {
  return t.lc.replace(/\d+$/, '');
}

/** A capitalized word of small letters with a number glued on ("Grace12", "Ondricka334"). */
const NUMBERED_WORD = /^\p{Lu}\p{L}*\p{Ll}\d{1,4}$/u;

/**
 * A name's letters and no common word's with a number glued on ("Ondricka334", as generated
 * patients' names are written): a person's name, no model's ("Standard2" is a common word's).
 */
function isNumberedName(t: Token): boolean {
  if (!NUMBERED_WORD.test(t.text)) return false;
  const f = nameDictionaries().flags.get(lettersOf(t)) ?? 0;
  return (f & (GIVEN | SURNAME)) !== 0 && (f & COMMON) === 0;
}

/** The index of the first of the one or two capitalized words before a model's last word, or -1. */
function modelTailStart(text: string, ts: Token[], tail: number): number {
  let k = tail;
  while (k > 0 && tail - k < 2) {
    const p = ts[k - 1] as Token;
    if (!adjacent(text, p, ts[k] as Token) || !TITLE_CASE.test(p.text) || /['’]s$/.test(p.text)) break;
    // A word with a number glued on before the last word is a person's name, a common word's
    // too ("Dear Vada411 Mahoney822", "Grace12 Brown33"): no maker or product line numbers its name.
    if (NUMBERED_WORD.test(p.text)) return -1;
    k--;
  }
  // A given name opens a person's name and the credential after it ("Dawn Sharp RPh").
  // So does one with a number glued on, as generated patients' names are written ("Quincy682 Toy766").
  const first = nameDictionaries().flags.get(lettersOf(ts[k] as Token)) ?? 0;
  return k < tail && ((first & GIVEN) === 0 || (first & COMMON) !== 0) ? k : -1;
}

/**
 * Makers whose names are two words, one a surname or a common word alone ("B. Braun", "React
 * Health"): with a model after them, a device.
 */
const MAKER_PAIR =
  /(?:B\.[ \t]?Braun|Boston Scientific|Welch Allyn|Smiths Medical|Beta Bionics|React Health|Fisher[ \t]?&[ \t]?Paykel|Edwards Lifesciences|GE Healthcare)(?![\p{L}\p{N}])/uy;
const MAKER_PAIR_ANCHOR = new RegExp(MAKER_PAIR.source, 'gu');
/** The first words of those makers, lower case, but "B" (written with a capital and a full stop). */
const MAKER_PAIR_FIRSTS = new Set(['boston', 'welch', 'smiths', 'beta', 'react', 'fisher', 'edwards', 'ge']);

/**
 * A model's code ("SE-1200", "VN500", "MD2", "780G"): capitals and at most four digits, a
 * hyphen between or not, and no decimal part after it (an ICD-10 code: "G47.31").
 */
const MODEL_CODE = /^(?:\p{Lu}{1,3}-?\d{1,4}\p{Lu}{0,2}|\d{2,4}\p{Lu}{1,2})$/u;
/** Whether `model` is a model's code after its maker's name ("VOCERA B3000N", "Zoll R3"), no serial. */
export function isMakersModel(maker: string, model: string): boolean {
  return BRANDS.has(maker.toLowerCase()) && MODEL_CODE.test(model);
}
/** A doctor's or a student's year of training after their name ("FY1", "ST3", "PGY-2", "MS4"): no model. */
const TRAINEE_GRADE = /^(?:FY|ST|CT|PGY|GPST|CMT|MS|F|R|Y)-?\d$/;
const MODEL_CODE_ANCHOR = /\p{Lu}\p{Ll}+[ \t]+(?:\p{Lu}{1,3}-?\d|\d{2,4}\p{Lu})/gu;
/**
 * Words a number or a code follows that are no maker's: places, parts of a text or of a study,
 * a vitamin ("Bed 12A", "Suite B4", "Table S2", "Vitamin B12"), the note's abbreviations.
 */
const NOT_MAKERS = new Set(
  `bed room ward bay unit floor suite ste apt spc space trailer po blvd ave rd st dr ln hwy level wing pod site clinic box gate block flat apt apartment building station
  route highway exit lot zone area section grade stage class type phase version form schedule table figure part
  appendix dx hx rx sx tx code ref batch serial case study trial cohort arm visit day week cycle dose step item
  question page chapter line tier category group team shift sector region district plot bus flight train platform
  terminal seat cabin channel lead leads segment vitamin factor complement protein gene exon allele chromosome
  patient pt mrn id no number policy plan member account claim order lab specimen sample tube slide kit`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);
/** The second half of a postcode after its first ("LA4 7XQ", "J2B 4G8", "R35 X4Y2"): a town before it, no maker. */
const POSTCODE_TAIL = /^(?:\d\p{Lu}{2}|\d\p{Lu}\d|[\p{Lu}\d]{4})$/u;

/** The index of a device noun right after token `i` ("… G3 APAP"), or `i`: a town may follow a code ("Ste 35D Monroe"). */
function nounAfter(text: string, ts: Token[], i: number): number {
  const n = ts[i + 1];
  return n && adjacent(text, ts[i] as Token, n) && isDeviceNoun(n) ? i + 1 : i;
}

/**
 * The index of the first of the one or two capitalized words before a model's code (its maker
 * and product line: "Edan SE-1200", "Huntleigh Dopplex MD2"), or -1: not a given name, not a
 * place's or a text's word, not a town before its postcode.
 */
function codeModelStart(text: string, ts: Token[], code: number): number {
  const c = ts[code] as Token;
  const next = ts[code + 1];
  if (/^\.\d/.test(text.slice(c.end, c.end + 2))) return -1;
  if (next && adjacent(text, c, next) && POSTCODE_TAIL.test(next.text)) return -1;
  let k = code;
  while (k > 0 && code - k < 2) {
    const p = ts[k - 1] as Token;
    if (!adjacent(text, p, ts[k] as Token) || !TITLE_CASE.test(p.text) || /['’]s$/.test(p.text)) break;
    if (NOT_MAKERS.has(p.lc)) break;
    k--;
  }
  if (k === code) return -1;
  // A person's name before a code is a person's ("Kowalski T2DM"): a maker's word is no name.
  for (let j = k; j < code; j++) {
    const f = nameDictionaries().flags.get((ts[j] as Token).lc) ?? 0;
    if ((f & (GIVEN | SURNAME)) !== 0 && (f & COMMON) === 0) return -1;
  }
  return k;
}

/** A brand or a device noun as a whole word: the lines holding one are read word by word. */
const ANCHOR = new RegExp(
  `\\b(?:${[...BRANDS, ...DEVICE_NOUNS].map((w) => w.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|')})\\b`,
  'gi',
);
/** Joined capitalized words before a capital or a digit: a product's name and its model may be on the line. */
const HYPHENED_ANCHOR = /\p{Lu}\p{Ll}{2,}[-+]\p{Lu}\p{Ll}{2,}[ \t]+[\p{Lu}\d]/gu;
/** A small letter before a capital: a product word may be on the line. */
const CAPITAL_INSIDE = /\p{Ll}\p{Lu}/gu;

/** The starts of the lines an anchor is on, in order, each once. */
function anchoredLines(text: string): number[] {
  const starts = new Set<number>();
  for (const re of [
    ANCHOR,
    CAPITAL_INSIDE,
    MODEL_TAIL_ANCHOR,
    MAKER_PAIR_ANCHOR,
    MODEL_CODE_ANCHOR,
    HYPHENED_ANCHOR,
    LINE_ANCHOR,
  ]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const start = text.lastIndexOf('\n', m.index) + 1;
      starts.add(start);
      // The rest of the line is read with it: go on from the next line.
      const end = text.indexOf('\n', m.index);
      if (end < 0) break;
      re.lastIndex = end;
    }
  }
  return [...starts].sort((a, b) => a - b);
}

/** Character ranges of device names in `text`: only its lines holding a brand, a noun or a product word are read. */
export function deviceSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const start of anchoredLines(text)) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end < 0 ? text.length : end);
    for (const [s, e] of lineDevices(line)) spans.push([start + s, start + e]);
  }
  return spans;
}

/**
 * A maker named after its founder writes his given name before the brand ("Karl Storz C-MAC"):
 * with the model after it, the pair is the maker's, not a person's. Returns the index the device's
 * name opens at: the given name before the brand at `i`, or `i`.
 */
function founderBefore(text: string, ts: Token[], i: number): number {
  const p = ts[i - 1];
  if (!p || !adjacent(text, p, ts[i] as Token) || !TITLE_CASE.test(p.text)) return i;
  const f = nameDictionaries().flags.get(p.lc) ?? 0;
  return (f & GIVEN) !== 0 ? i - 1 : i;
}

/** The index of the last token of a two-word maker opening at token `i` ("B. Braun"), or -1. */
function makerPairEnd(text: string, ts: Token[], i: number): number {
  const t = ts[i] as Token;
  if (t.text !== 'B' && !MAKER_PAIR_FIRSTS.has(t.lc)) return -1;
  MAKER_PAIR.lastIndex = t.start;
  const m = MAKER_PAIR.exec(text);
  if (!m) return -1;
  const end = t.start + m[0].length;
  let j = i;
  while (j + 1 < ts.length && (ts[j + 1] as Token).end <= end) j++;
  return j;
}

function lineDevices(text: string): [number, number][] {
  const ts = tokens(text);
  const spans: [number, number][] = [];
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i] as Token;
    const pair = makerPairEnd(text, ts, i);
    if (pair > i) {
      const end = brandEnd(text, ts, pair);
      if (end > pair) {
        spans.push([t.start, (ts[end] as Token).end]);
        i = end;
        continue;
      }
    }
    // A brand in capitals is a surname in an HL7 or a CSV row, and alone it names its maker; with
    // its model after a blank ("ZOLL R SERIES", "VOCERA B3000N") it is the device a printout names.
    if (BRANDS.has(t.lc) && (TITLE_CASE.test(t.text) || ALL_CAPS.test(t.text))) {
      const end = brandEnd(text, ts, i);
      if (end > i) {
        spans.push([
          (ts[founderBefore(text, ts, i)] as Token).start,
          stopAfterCapitals(text, ts[end] as Token),
        ]);
        i = end;
      }
      continue;
    }
    if (productLine(text, ts, i)) {
      spans.push([(ts[i - 1] as Token).start, (ts[i + 1] as Token).end]);
      i++;
      continue;
    }
    if (hyphenedProduct(text, ts, i) || plusJoinedMaker(text, ts, i)) {
      const end = brandEnd(text, ts, i);
      spans.push([t.start, (ts[end] as Token).end]);
      i = end;
      continue;
    }
    if (isProductWord(t)) {
      const end = brandEnd(text, ts, i);
      spans.push([(ts[productWordStart(text, ts, i)] as Token).start, (ts[end] as Token).end]);
      i = end;
      continue;
    }
    if (isModelTail(t)) {
      const start = modelTailStart(text, ts, i);
      if (start >= 0) {
        spans.push([(ts[start] as Token).start, t.end]);
        continue;
      }
    }
    if (MODEL_CODE.test(t.text) && !AGE_SEX.test(t.text) && !TRAINEE_GRADE.test(t.text)) {
      const start = codeModelStart(text, ts, i);
      if (start >= 0) {
        spans.push([(ts[start] as Token).start, (ts[nounAfter(text, ts, i)] as Token).end]);
        continue;
      }
    }
    if (!isDeviceNoun(t)) continue;
    const start = productStart(text, ts, i);
    if (start >= 0) spans.push([(ts[start] as Token).start, t.end]);
  }
  return spans;
}
