/**
 * Device names — a maker's brand with its model ("Dexcom G7", "Medtronic MiniMed 780G", "Omron
 * Platinum"), or a product's name before what the thing is ("Nautilus endobronchial valve",
 * "Vireo RAS system", "Tallis infusion pump") — are not people, whatever given name a brand
 * borrows. This recogniser finds them; the engine's resolution step keeps a person's name found
 * inside one unmasked.
 */

import { COMMON, GIVEN, nameDictionaries } from './dictionaries';

/**
 * Makers of medical and consumer health devices, lower-case: each opens a device's name when its
 * model follows. Makers called by a common surname (Abbott, Baxter, Edwards) are left out: an
 * HL7 or CSV row holds "ABBOTT^LUE" and "Abbott,Luigi".
 */
const BRANDS = new Set(
  `medtronic minimed dexcom freestyle omnipod insulet omron philips respironics resmed hologic stryker biomet
  garmin fitbit withings masimo nellcor zoll medela hill-rom accu-chek onetouch ascensia lifescan ypsomed cochlear
  oticon phonak signia widex biotronik livanova nihon kohden mindray drager dräger invacare inogen everflo airsense
  aircurve alaris spacelabs olympus storz tytocare qardio kardia alivecor oura whoop suunto huawei samsung`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);

/** What a device is, as its name ends: "… insulin pump", "… RAS system", "… valve". */
const DEVICE_NOUNS = new Set(
  `pump pumps monitor monitors system platform valve stent catheter pacemaker defibrillator icd sensor meter
  glucometer inhaler nebulizer nebuliser ventilator concentrator cpap bipap implant scanner analyzer analyser
  camera cam watch tracker headset stimulator neurostimulator generator oximeter cuff scale thermometer
  transmitter receiver processor robot laser console driver`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);
/** Device nouns that also name people or trades ("bus driver"): a model number must stand before them ("T34 syringe driver"). */
const WEAK_NOUNS = new Set(['driver']);

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
const TITLE_CASE = /^\p{Lu}\p{Ll}/u;
/** A model's designation: letters and digits together ("780G", "G7", "X3", "E95"), or an acronym ("RAS"). */
const MODEL = /^(?:\p{L}*\d[\p{L}\d-]*|\p{Lu}{2,6}\d*)$/u;
/** Age and sex after a name ("Jane Doe 67F"): no model. */
const AGE_SEX = /^\d{1,3}(?:[MFmf]|yo|y)$/;
const LOWER_WORD = /^\p{Ll}{3,}$/u;

/** After a brand: its model's words and numbers, and what it is ("Omron Platinum", "Dexcom G7 sensor"). */
function brandEnd(text: string, ts: Token[], i: number): number {
  let end = i;
  for (let k = i + 1; k < ts.length && k - i <= 3; k++) {
    const t = ts[k] as Token;
    if (!adjacent(text, ts[k - 1] as Token, t)) break;
    if (DEVICE_NOUNS.has(t.lc) || CAPITALIZED.test(t.text) || (MODEL.test(t.text) && !AGE_SEX.test(t.text)))
      end = k;
    else break;
  }
  return end;
}

/**
 * Before a device noun: one product name and what qualifies it — an acronym, a model number or
 * lower-case words ("Vireo RAS system", "Nautilus endobronchial valve"). Two capitalized words
 * and the noun ("Jane Doe System") are no device: a person's name may stand before any word.
 * Returns the index of the product's name, or -1.
 */
function productStart(text: string, ts: Token[], noun: number): number {
  let between = 0;
  let model = !WEAK_NOUNS.has((ts[noun] as Token).lc);
  for (let k = noun - 1; k >= 0 && noun - k <= 4; k--) {
    const t = ts[k] as Token;
    if (!adjacent(text, t, ts[k + 1] as Token)) return -1;
    if (MODEL.test(t.text) && !AGE_SEX.test(t.text)) {
      between++;
      model = true;
      continue;
    }
    if (LOWER_WORD.test(t.text) && !FUNCTION_WORDS.has(t.lc)) {
      between++;
      continue;
    }
    // A possessive ("Dad's pump") names an owner, not a product.
    return CAPITALIZED.test(t.text) && between > 0 && model && !/['’]s$/.test(t.text) ? k : -1;
  }
  return -1;
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
    !nameDictionaries().flags.has(t.lc)
  );
}

/**
 * A product word and up to two capitalized words before one that opens in a small letter ("Beta
 * Bionics iLet"); one that opens with a capital ("StrideFit") stands alone, as an invented
 * surname written so would ("Ysolde FitzOrrin").
 */
function productWordStart(text: string, ts: Token[], i: number): number {
  let k = i;
  if (CAPITALIZED.test((ts[i] as Token).text)) return k;
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
  return MODEL_TAIL.test(t.text) && !NOT_MODEL_TAIL.test(t.text) && !CREDENTIALS.has(t.lc);
}

/** The index of the first of the one or two capitalized words before a model's last word, or -1. */
function modelTailStart(text: string, ts: Token[], tail: number): number {
  let k = tail;
  while (k > 0 && tail - k < 2) {
    const p = ts[k - 1] as Token;
    if (!adjacent(text, p, ts[k] as Token) || !TITLE_CASE.test(p.text) || /['’]s$/.test(p.text)) break;
    k--;
  }
  // A given name opens a person's name and the credential after it ("Dawn Sharp RPh").
  const first = nameDictionaries().flags.get((ts[k] as Token).lc) ?? 0;
  return k < tail && ((first & GIVEN) === 0 || (first & COMMON) !== 0) ? k : -1;
}

/** A brand or a device noun as a whole word: the lines holding one are read word by word. */
const ANCHOR = new RegExp(
  `\\b(?:${[...BRANDS, ...DEVICE_NOUNS].map((w) => w.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|')})\\b`,
  'gi',
);
/** A small letter before a capital: a product word may be on the line. */
const CAPITAL_INSIDE = /\p{Ll}\p{Lu}/gu;

/** The starts of the lines an anchor is on, in order, each once. */
function anchoredLines(text: string): number[] {
  const starts = new Set<number>();
  for (const re of [ANCHOR, CAPITAL_INSIDE, MODEL_TAIL_ANCHOR]) {
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

function lineDevices(text: string): [number, number][] {
  const ts = tokens(text);
  const spans: [number, number][] = [];
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i] as Token;
    // A brand in capitals is a surname in an HL7 or a CSV row, and alone it names its maker.
    if (BRANDS.has(t.lc) && TITLE_CASE.test(t.text)) {
      const end = brandEnd(text, ts, i);
      if (end > i) {
        spans.push([t.start, (ts[end] as Token).end]);
        i = end;
      }
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
    if (!DEVICE_NOUNS.has(t.lc)) continue;
    const start = productStart(text, ts, i);
    if (start >= 0) spans.push([(ts[start] as Token).start, t.end]);
  }
  return spans;
}
