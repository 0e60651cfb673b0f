/**
 * The detector contract: a detector appends the spans it finds in a normalized text to
 * `ctx.out`. Cheap facts about the text (digits? capitals? '@'?) are computed once and let a
 * detector skip a string without running a single expression.
 */
import { isAsciiLetter } from '../char-codes';
import { FieldRules } from '../field-rules';
import type { DetectedSpan, PhiType } from '../types';
import { type NeededWords, neededWords } from './required-words';

export interface ScanContext {
  readonly text: string;
  /** Number of ASCII digits in the text. */
  readonly digits: number;
  /** Length of the longest run of ASCII digits (an expression needing `\d{5}` needs 5). */
  readonly longestDigitRun: number;
  readonly hasDigit: boolean;
  readonly hasUpper: boolean;
  readonly hasAt: boolean;
  /** Whether the text may hold white space (`\s`): false only when it is plain ASCII without any. */
  readonly hasSpace: boolean;
  /** Printable ASCII, tabs and line breaks only, when known (undefined when gates are off). */
  readonly plain?: boolean;
  /** Whether the text contains `s` (always true when gates are off). */
  includes(s: string): boolean;
  /** False when `s` cannot be in the text (see `TextLookup`); true when it may be or gates are off. */
  mayInclude(s: string): boolean;
  /** Whether `re` matches somewhere (always true when gates are off): a cheap pre-check. */
  test(re: RegExp): boolean;
  /**
   * Whether `check` holds for the text (always true when gates are off): a hand-written
   * pre-check. It may look words up through the context (`includes`), which knows the text's
   * characters.
   */
  passes(check: (text: string, ctx: TextLookup) => boolean): boolean;
  /**
   * What a hand-written probe finds in the text, as bits (every bit set when gates are off): one
   * pass over the text answers several pre-checks of a detector.
   */
  bits(probe: (text: string) => number): number;
  /** Types the caller asked not to detect in this text (e.g. dates in a system timestamp field). */
  readonly skip: ReadonlySet<PhiType> | undefined;
  /** The masker's field rules (its custom keys included): what a label or a column header means. */
  readonly fields: FieldRules;
  readonly out: DetectedSpan[];
}

/** What a pre-check may ask besides the text. */
export interface TextLookup {
  includes(s: string): boolean;
  /**
   * False when `s` cannot occur in the text (a character or a pair of adjacent characters of it
   * is missing); true says only that it may: a filter before a search.
   */
  mayInclude(s: string): boolean;
}

export interface Detector {
  /** Rule id: reported with each span and used to enable or disable the detector. */
  readonly id: string;
  /** The types it can report (for disabling by type). */
  readonly types: readonly PhiType[];
  run(ctx: ScanContext): void;
}

/** Bits of the ASCII capitals (65–90) in the third word of a character set. */
const CAPITALS = 0x07fffffe;
/** Bits of the control characters other than tab, line feed and carriage return (0–31). */
const ODD_CONTROLS = ~((1 << 0x09) | (1 << 0x0a) | (1 << 0x0d));
/** Bit of DEL (127) in the fourth word. */
const DEL = 1 << 31;

class GatedScan implements ScanContext {
  readonly digits: number;
  readonly longestDigitRun: number;
  readonly hasUpper: boolean;
  readonly hasAt: boolean;
  readonly hasSpace: boolean;
  /** Printable ASCII, tabs and line breaks only: the text is its own normal form. */
  readonly plain: boolean;
  readonly out: DetectedSpan[] = [];
  /**
   * The ASCII characters the text holds, one bit each in four words of 32 (codes 0–31, 32–63,
   * 64–95, 96–127): a word with any other ASCII character is not in the text.
   */
  private readonly chars0: number;
  private readonly chars1: number;
  private readonly chars2: number;
  private readonly chars3: number;
  /** The probe `bits` last ran on this text, and what it found. */
  private lastProbe: ((text: string) => number) | undefined;
  private lastBits = 0;

  constructor(
    readonly text: string,
    readonly skip: ReadonlySet<PhiType> | undefined,
    readonly fields: FieldRules,
  ) {
    let w0 = 0;
    let w1 = 0;
    let w2 = 0;
    let w3 = 0;
    let digits = 0;
    let run = 0;
    let longest = 0;
    let upper = false;
    let plain = true;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // A shift counts modulo 32: `1 << c` is the bit of c in its word. Letters, the most
      // frequent characters, are told apart with the fewest comparisons.
      if (c >= 64) {
        run = 0;
        if (c >= 128) {
          plain = false;
          if (!upper && UPPER.test(text[i] as string)) upper = true;
        } else if (c >= 96) w3 |= 1 << c;
        else w2 |= 1 << c;
      } else if (c >= 48 && c <= 57) {
        w1 |= 1 << c;
        digits++;
        if (++run > longest) longest = run;
      } else {
        run = 0;
        if (c < 32) w0 |= 1 << c;
        else w1 |= 1 << c;
      }
    }
    this.digits = digits;
    this.longestDigitRun = longest;
    this.chars0 = w0;
    this.chars1 = w1;
    this.chars2 = w2;
    this.chars3 = w3;
    this.hasUpper = upper || (w2 & CAPITALS) !== 0;
    this.hasAt = (w2 & 1) !== 0;
    this.hasSpace = !plain || (w1 & SPACE) !== 0 || (w0 & ASCII_SPACES) !== 0;
    this.plain = plain && (w0 & ODD_CONTROLS) === 0 && (w3 & DEL) === 0;
  }

  get hasDigit(): boolean {
    return this.digits > 0;
  }

  includes(s: string): boolean {
    // An ASCII character alone: the character set answers exactly, without a search.
    if (s.length === 1) {
      const c = s.charCodeAt(0);
      if (c < 128) return this.hasChar(c);
    }
    return this.mayInclude(s) && this.text.includes(s);
  }

  mayInclude(s: string): boolean {
    // In a long text a word's pairs are told: a pair in the set answers for both of its
    // characters (up to a collision of its bits), so the characters are not read one by one.
    if (s.length >= 2 && this.text.length >= PAIRS_FROM_LENGTH) return this.mayHavePairs(s);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c < 128 && !this.hasChar(c)) return false;
    }
    return true;
  }

  /** Whether every pair of adjacent characters of `s` may be in the (long) text. */
  private mayHavePairs(s: string): boolean {
    this.ensurePairs();
    let a = s.charCodeAt(0);
    for (let i = 1; i < s.length; i++) {
      const b = s.charCodeAt(i);
      if (!hasPair(a, b)) return false;
      a = b;
    }
    return true;
  }

  /** The shared pair set, filled with this text's pairs unless it already holds them. */
  private ensurePairs(): void {
    if (pairsOf === this) return;
    fillPairs(this.text);
    pairsOf = this;
  }

  test(re: RegExp): boolean {
    const keys = gateKeysOf(re);
    if (keys !== null && !this.mayHoldAnyWord(keys)) return false;
    return re.test(this.text);
  }

  /**
   * `mayInclude` (or its caseless form) for any of a gate's words, read from their precomputed
   * character bits and pair hashes.
   */
  private mayHoldAnyWord(keys: GateKeys): boolean {
    // Unicode folding matches an ASCII letter with characters beyond ASCII: only a plain text is told.
    if (keys.unicodeFolding && !this.plain) return true;
    const long = this.text.length >= PAIRS_FROM_LENGTH;
    for (const w of keys.words) {
      if (long && w.pairs !== undefined) {
        if (this.mayHaveHashedPairs(w.pairs)) return true;
      } else if (this.mayHaveChars(w)) return true;
    }
    return false;
  }

  /** Whether each character of a word (each ASCII letter in either case, when caseless) may be in the text. */
  private mayHaveChars(w: WordKeys): boolean {
    const lettersHere = (this.chars2 | this.chars3) & CAPITALS;
    return (
      (w.chars0 & ~this.chars0) === 0 &&
      (w.chars1 & ~this.chars1) === 0 &&
      (w.chars2 & ~this.chars2) === 0 &&
      (w.chars3 & ~this.chars3) === 0 &&
      (w.letters & ~lettersHere) === 0
    );
  }

  /** Whether each pair of a word may be in the (long) text: one of each pair's hashes is in the pair set. */
  private mayHaveHashedPairs(pairs: Int32Array): boolean {
    this.ensurePairs();
    let i = 0;
    while (i < pairs.length) {
      const count = pairs[i] as number;
      let found = false;
      for (let k = i + 1; k <= i + count && !found; k++) {
        const h = pairs[k] as number;
        found = ((PAIRS[h >>> 5] as number) & (1 << h)) !== 0;
      }
      if (!found) return false;
      i += count + 1;
    }
    return true;
  }

  /** Whether the ASCII character `c` is in the text. */
  private hasChar(c: number): boolean {
    const word = c < 64 ? (c < 32 ? this.chars0 : this.chars1) : c < 96 ? this.chars2 : this.chars3;
    return (word & (1 << c)) !== 0;
  }

  passes(check: (text: string, ctx: TextLookup) => boolean): boolean {
    return check(this.text, this);
  }

  bits(probe: (text: string) => number): number {
    // Two detectors often ask the same probe of one text (the age detectors' numbers): the last answer is kept.
    if (probe !== this.lastProbe) {
      this.lastBits = probe(this.text);
      this.lastProbe = probe;
    }
    return this.lastBits;
  }

  /**
   * Whether the text holds '&', '%', '*', '<' or '`': a character reference, a percent-encoded
   * character, emphasis marks or tags or inline code marks may hide what a detector looks for
   * (normalization decodes them).
   */
  get mayBeEscaped(): boolean {
    return (this.chars1 & ESCAPE_MARKS) !== 0 || (this.chars3 & BACKTICK) !== 0;
  }

  /**
   * Nothing any detector looks for can be in it: one lower-case word (no white space, digit,
   * capital, '@' or "www."), without a dot unless it is a web address with its scheme (a code
   * system's or an extension's URL: "https://terminology.example/sid/ssn"). Lower-case words in a row
   * still may hold something ("hi lachlan - yes", "dtr oksana called", "march fifth"), and so may
   * a dotted word ("wound.jpg", "facebook.com/jane.doe").
   */
  get barren(): boolean {
    return (
      this.digits === 0 &&
      !this.hasUpper &&
      !this.hasAt &&
      !this.hasSpace &&
      !this.includes('www.') &&
      (!this.includes('.') || this.includes('://'))
    );
  }

  /**
   * ASCII digits alone: a count, an id or a code written as a string. No detector finds anything
   * in one without a label or a key beside it (what it may encode, hex of a text, is read apart).
   */
  get digitsOnly(): boolean {
    return this.digits === this.text.length;
  }

  /**
   * A lower-case token: printable ASCII without white space, capital, '@' or comma — a URI, an
   * id, a code, a number, an enum value. Only detectors that can match such a text run on it.
   */
  get lowerCaseToken(): boolean {
    return (
      this.plain &&
      !this.hasUpper &&
      !this.hasAt &&
      (this.chars1 & (SPACE | COMMA)) === 0 &&
      (this.chars0 & LINE_SPACES) === 0
    );
  }
}

/** Bits of '%', '&', '*' and '<' in the second word of a character set (codes 32–63). */
const ESCAPE_MARKS = (1 << (0x25 - 32)) | (1 << (0x26 - 32)) | (1 << (0x2a - 32)) | (1 << (0x3c - 32));
/** The bit of '`' in the fourth word of a character set (codes 96–127). */
const BACKTICK = 1 << (0x60 - 96);
/** Bits of ' ' and ',' in the second word of a character set (codes 32–63). */
const SPACE = 1 << (0x20 - 32);
const COMMA = 1 << (0x2c - 32);
/** Bits of tab, line feed, vertical tab, form feed and carriage return in the first word. */
const ASCII_SPACES = 0x1f << 0x09;
/** Bits of tab, line feed and carriage return in the first word (the other controls make a text not plain). */
const LINE_SPACES = (1 << 0x09) | (1 << 0x0a) | (1 << 0x0d);

/**
 * A text at least this long gets the set of its character pairs on a first word look-up: a
 * word missing from a long text is then told without searching it (a word's pairs are nearly
 * never all in a note by chance); a shorter text is searched at once.
 */
const PAIRS_FROM_LENGTH = 48;
/** Bits in the set of character pairs (a power of two; 64 words of 32). */
const PAIR_BITS = 2048;

/** The bit of a pair of adjacent UTF-16 code units in the pair set. */
function pairHash(a: number, b: number): number {
  return ((a << 5) ^ b ^ (a >>> 6)) & (PAIR_BITS - 1);
}

/**
 * The pairs of adjacent characters of one text, hashed: filled for the context that last looked
 * a word up in a long text (one set, refilled when another context asks, so none is allocated).
 */
const PAIRS = new Int32Array(PAIR_BITS >>> 5);
let pairsOf: GatedScan | undefined;

/** Whether the pair set holds the pair (a, b) (or another pair of the same bit). */
function hasPair(a: number, b: number): boolean {
  const h = pairHash(a, b);
  return ((PAIRS[h >>> 5] as number) & (1 << h)) !== 0;
}

function fillPairs(text: string): void {
  PAIRS.fill(0);
  let a = text.charCodeAt(0);
  for (let i = 1; i < text.length; i++) {
    const b = text.charCodeAt(i);
    const h = pairHash(a, b);
    PAIRS[h >>> 5] = (PAIRS[h >>> 5] as number) | (1 << h);
    a = b;
  }
}

/**
 * A gate word as the scan context reads it: the bits of its ASCII characters by word of 32
 * (a caseless word's ASCII letters in `letters`, one bit per letter of either case) and, for a
 * word of two characters or more, the hashes of its pairs, each pair as a count and the hashes
 * of its forms (1, or 2 or 4 when letters may be in either case).
 */
interface WordKeys {
  readonly chars0: number;
  readonly chars1: number;
  readonly chars2: number;
  readonly chars3: number;
  readonly letters: number;
  readonly pairs: Int32Array | undefined;
}

interface GateKeys {
  readonly words: readonly WordKeys[];
  readonly unicodeFolding: boolean;
}

/**
 * Each gate expression's words by the expression itself (null: the expression needs none and
 * always runs): an expression written at a module's top is the same object on every call, and is
 * found here before its flags and source are read (which cost several times this look-up).
 */
const gateKeys = new WeakMap<RegExp, GateKeys | null>();
/**
 * Expressions `gateKeys` takes at most on their first use: one written inside a function is a new
 * object per call, and each would take a place (its source's table below answers for it instead).
 */
const MOST_OBJECTS = 4096;
let objectsKept = 0;
/**
 * The same by the words read: an expression written inside a function is a new object per call,
 * but its words are read once per source (`neededWords`), so they are compiled once too.
 */
const keysOfWords = new WeakMap<NeededWords, GateKeys>();

/**
 * Each gate expression's words by its source, one table per combination of the flags other
 * than `g` and `y` (a global or sticky expression has none): an expression written inside a
 * function is a new object per call but shares its source string, so its words are found
 * without building a key or filling a weak map on every call.
 */
const keysBySource: (Map<string, GateKeys | null> | undefined)[] = [];
/** Sources a table holds at most (expressions built at run time are not all kept). */
const MOST_SOURCES = 4096;

function gateKeysOf(re: RegExp): GateKeys | null {
  const known = gateKeys.get(re);
  if (known !== undefined) return known;
  const keys = keysFromSource(re);
  if (objectsKept < MOST_OBJECTS) {
    gateKeys.set(re, keys);
    objectsKept++;
  }
  return keys;
}

/** An expression's words by its flags and source, read and kept the first time that source is met. */
function keysFromSource(re: RegExp): GateKeys | null {
  if (re.global || re.sticky) return null;
  const flags =
    (re.ignoreCase ? 1 : 0) |
    (re.unicode ? 2 : 0) |
    ((re as { unicodeSets?: boolean }).unicodeSets ? 4 : 0) |
    (re.multiline ? 8 : 0) |
    (re.dotAll ? 16 : 0) |
    (re.hasIndices ? 32 : 0);
  let table = keysBySource[flags];
  if (table === undefined) {
    table = new Map();
    keysBySource[flags] = table;
  }
  const source = re.source;
  const cached = table.get(source);
  if (cached !== undefined) return cached;
  const needed = neededWords(re);
  const keys = needed === undefined ? null : keysFor(needed);
  if (table.size < MOST_SOURCES) table.set(source, keys);
  return keys;
}

function keysFor(needed: NeededWords): GateKeys {
  let keys = keysOfWords.get(needed);
  if (keys === undefined) {
    keys = compileGateKeys(needed);
    keysOfWords.set(needed, keys);
  }
  return keys;
}

function compileGateKeys(needed: NeededWords): GateKeys {
  return {
    words: needed.words.map((w) => wordKeys(w, needed.caseless)),
    unicodeFolding: needed.caseless && needed.unicodeFolding,
  };
}

function wordKeys(word: string, caseless: boolean): WordKeys {
  const chars = [0, 0, 0, 0];
  let letters = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) continue;
    if (caseless && isAsciiLetter(c)) letters |= 1 << c;
    else chars[c >>> 5] = (chars[c >>> 5] as number) | (1 << c);
  }
  return {
    chars0: chars[0] as number,
    chars1: chars[1] as number,
    chars2: chars[2] as number,
    chars3: chars[3] as number,
    letters,
    pairs: word.length >= 2 ? pairKeys(word, caseless) : undefined,
  };
}

/** The hashes a pair set must hold one of, for each pair of `word` (caseless: pairs beyond ASCII are not read). */
function pairKeys(word: string, caseless: boolean): Int32Array {
  const out: number[] = [];
  for (let i = 1; i < word.length; i++) {
    const a = word.charCodeAt(i - 1);
    const b = word.charCodeAt(i);
    if (!caseless) {
      out.push(1, pairHash(a, b));
      continue;
    }
    if (a >= 128 || b >= 128) continue;
    const forms = [pairHash(a, b)];
    if (isAsciiLetter(a)) forms.push(pairHash(a ^ 0x20, b));
    if (isAsciiLetter(b)) {
      forms.push(pairHash(a, b ^ 0x20));
      if (isAsciiLetter(a)) forms.push(pairHash(a ^ 0x20, b ^ 0x20));
    }
    out.push(forms.length, ...forms);
  }
  return Int32Array.from(out);
}

class UngatedScan implements ScanContext {
  readonly digits = 1e9;
  readonly longestDigitRun = 1e9;
  readonly hasDigit = true;
  readonly hasUpper = true;
  readonly hasAt = true;
  readonly hasSpace = true;
  readonly out: DetectedSpan[] = [];

  constructor(
    readonly text: string,
    readonly skip: ReadonlySet<PhiType> | undefined,
    readonly fields: FieldRules,
  ) {}

  includes(): boolean {
    return true;
  }

  mayInclude(): boolean {
    return true;
  }

  test(): boolean {
    return true;
  }

  passes(): boolean {
    return true;
  }

  bits(): number {
    return -1;
  }
}

const UPPER = /\p{Lu}/u;

let defaultFields: FieldRules | undefined;
/** The field rules of a masker without custom keys. */
export function defaultFieldRules(): FieldRules {
  defaultFields ??= new FieldRules();
  return defaultFields;
}

/** A scan context with the facts that route a text (undefined when gates are off: every detector runs). */
export type RoutedScan = ScanContext & {
  barren?: boolean;
  plain?: boolean;
  digitsOnly?: boolean;
  lowerCaseToken?: boolean;
  mayBeEscaped?: boolean;
};

/**
 * `ungated` opens every gate: each detector then runs all its expressions on every text (how
 * a naive engine works; the benchmark compares against it).
 */
export function scanContext(
  text: string,
  skip?: ReadonlySet<PhiType>,
  ungated = false,
  fields: FieldRules = defaultFieldRules(),
): RoutedScan {
  return ungated ? new UngatedScan(text, skip, fields) : new GatedScan(text, skip, fields);
}

export interface ScanOptions {
  /** Capture group holding the identifier (needs the `d` flag); the whole match otherwise. */
  group?: number;
  /** Last word on a candidate: its text, the match and the full text. */
  accept?: (value: string, match: RegExpExecArray, text: string) => boolean;
  /** Type for this candidate, if it depends on the match (phone or fax). */
  typeOf?: (match: RegExpExecArray, text: string) => PhiType;
}

/** Runs a global expression over the text and appends one span per accepted match. */
export function scan(
  ctx: ScanContext,
  re: RegExp,
  type: PhiType,
  ruleId: string,
  options: ScanOptions = {},
): void {
  re.lastIndex = 0;
  const { group, accept, typeOf } = options;
  for (let m = re.exec(ctx.text); m !== null; m = re.exec(ctx.text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    let start = m.index;
    let end = start + m[0].length;
    let value = m[0];
    if (group !== undefined) {
      const span = m.indices?.[group];
      const v = m[group];
      if (!span || v === undefined) continue;
      [start, end] = span;
      value = v;
    }
    if (accept && !accept(value, m, ctx.text)) continue;
    const t = typeOf ? typeOf(m, ctx.text) : type;
    if (ctx.skip?.has(t)) continue;
    ctx.out.push({ start, end, type: t, ruleId });
  }
}

/**
 * Moves the start of every span found since `from` back over what `re` (anchored with `$`)
 * matches in the `lookback` characters before it: a weekday before a date, a flat before a street.
 */
export function extendBackward(ctx: ScanContext, from: number, re: RegExp, lookback: number): void {
  for (let i = from; i < ctx.out.length; i++) {
    const span = ctx.out[i] as DetectedSpan;
    const head = ctx.text.slice(Math.max(0, span.start - lookback), span.start);
    const m = re.exec(head);
    if (m) span.start -= head.length - m.index;
  }
}

/** Every match of `re` (global) in the text: its first group, which closes the match, as a span of `type`. */
export function pushClosingGroup(ctx: ScanContext, re: RegExp, type: PhiType, ruleId: string): void {
  re.lastIndex = 0;
  for (let m = re.exec(ctx.text); m !== null; m = re.exec(ctx.text)) {
    const value = m[1] as string;
    const start = m.index + m[0].length - value.length;
    ctx.out.push({ start, end: start + value.length, type, ruleId });
  }
}

/** The `len` characters before `index`, lower-cased: for context words. */
export function before(text: string, index: number, len: number): string {
  return text.slice(Math.max(0, index - len), index).toLowerCase();
}
