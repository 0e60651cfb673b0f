/**
 * The words a gate expression cannot match without: read once from its source, so a gate runs
 * only on a text that may hold one of them (the scan context tells a missing word by its
 * characters and character pairs, without searching). `/\d[ \t]+(?:rue|chemin)\b/` needs "rue"
 * or "chemin"; `/Jan|Feb/` needs "Jan" or "Feb"; `/\d-?[A-Z]{2}/` needs no word and always runs.
 * A case-insensitive expression (`i`) needs its words in any mix of cases: `/www\./i` needs
 * "www." or "WWW.". Expressions with the `g`, `y` or `v` flag are not read (a global one keeps a
 * position between calls); a construct the reader does not know gives no words, so the
 * expression always runs.
 */

/** More words than this cost more to look up than the expression costs to run. */
const MOST_WORDS = 24;

/** Half of a character beyond the Basic Multilingual Plane: such sources are not read. */
const SURROGATE = /[\uD800-\uDFFF]/;

/** The words a gate expression needs, and how a text's characters are compared with them. */
export interface NeededWords {
  readonly words: readonly string[];
  /** The expression ignores case: each ASCII letter of a word may be in either case. */
  readonly caseless: boolean;
  /**
   * Caseless with Unicode case folding (`iu`): a character beyond ASCII may match an ASCII letter
   * ('ſ' is an 's', the Kelvin sign a 'k'), so only a plain ASCII text can be told without one.
   */
  readonly unicodeFolding: boolean;
}

const known = new WeakMap<RegExp, NeededWords | null>();
/** The same, by flags and source: an expression written inside a function is a new object per call. */
const bySource = new Map<string, NeededWords | null>();

/** The words one of which every match of `re` holds, or undefined when there are none to check. */
export function requiredWords(re: RegExp): readonly string[] | undefined {
  return neededWords(re)?.words;
}

/** `requiredWords` with the way they compare (a gate's pre-check). */
export function neededWords(re: RegExp): NeededWords | undefined {
  // An expression's flags do not change: a global or sticky one is remembered as having no words.
  let needed = known.get(re);
  if (needed === undefined) {
    needed = re.global || re.sticky ? null : wordsOf(re);
    known.set(re, needed);
  }
  return needed ?? undefined;
}

/** The words of a non-global, non-sticky expression, shared by expressions of the same flags and source. */
function wordsOf(re: RegExp): NeededWords | null {
  const key = `${re.flags}/${re.source}`;
  let needed = bySource.get(key);
  if (needed === undefined) {
    needed = readWords(re);
    if (bySource.size < 4096) bySource.set(key, needed);
  }
  return needed;
}

function readWords(re: RegExp): NeededWords | null {
  if (re.flags.includes('v') || SURROGATE.test(re.source)) return null;
  const words = alternativesWords(re.source);
  if (words === null || words.length === 0 || words.length > MOST_WORDS) return null;
  return { words, caseless: re.ignoreCase, unicodeFolding: re.ignoreCase && re.unicode };
}

/** Characters with a meaning of their own outside a character class. */
const SYNTAX = new Set(['\\', '^', '$', '.', '|', '?', '*', '+', '(', ')', '[', ']', '{', '}']);
/** Escapes that stand for themselves: punctuation (a letter or digit after `\` is a class, a reference or a code). */
const PLAIN_ESCAPE = /^[^\p{L}\p{N}]$/u;

/** Splits `source` at its top-level `|`; undefined when brackets do not balance. */
function splitAlternatives(source: string): string[] | undefined {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
    if (depth < 0) return undefined;
  }
  if (depth !== 0 || inClass) return undefined;
  out.push(source.slice(from));
  return out;
}

/** Every top-level alternative needs one of its words: their union, or null when one needs none. */
function alternativesWords(source: string): string[] | null {
  const alternatives = splitAlternatives(source);
  if (alternatives === undefined) return null;
  const all: string[] = [];
  for (const alternative of alternatives) {
    const words = sequenceWords(alternative);
    if (words === null) return null;
    all.push(...words);
  }
  return all;
}

/** A whole source that is literal characters only (escaped punctuation allowed): its text. */
function literalOf(source: string): string | undefined {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '\\') {
      const next = source[i + 1];
      if (next === undefined || !PLAIN_ESCAPE.test(next)) return undefined;
      out += next;
      i++;
    } else if (SYNTAX.has(c)) return undefined;
    else out += c;
  }
  return out;
}

/** Where the group or class opening at `open` closes (the index after it), or -1. */
function closing(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') {
        inClass = false;
        if (depth === 0) return i + 1;
      }
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/** The quantifier at `at`: its length and whether it allows none; length 0 when there is none. */
function quantifier(source: string, at: number): { length: number; optional: boolean } {
  const c = source[at];
  let length = 0;
  let optional = false;
  if (c === '?' || c === '*') {
    length = 1;
    optional = true;
  } else if (c === '+') length = 1;
  else if (c === '{') {
    const m = /^\{(\d+)(?:,\d*)?\}/.exec(source.slice(at));
    if (m) {
      length = m[0].length;
      optional = Number(m[1]) === 0;
    }
  }
  if (length > 0 && source[at + length] === '?') length++;
  return { length, optional };
}

/**
 * One alternative (no top-level `|`): the best set of words some part of it needs — its longest
 * run of literal characters, or a group of literal alternatives that is not optional — or null.
 */
function sequenceWords(source: string): string[] | null {
  let best: string[] | null = null;
  /** A set is better when its shortest word is longer (fewer texts hold it by chance). */
  const consider = (words: string[]) => {
    const shortest = (w: string[]) => Math.min(...w.map((x) => x.length));
    if (words.length > 0 && (best === null || shortest(words) > shortest(best))) best = words;
  };
  let run = '';
  const endRun = () => {
    if (run.length > 0) consider([run]);
    run = '';
  };
  for (let i = 0; i < source.length; ) {
    const c = source[i] as string;
    let atomEnd: number;
    let literal: string | undefined;
    let group: string[] | undefined;
    if (c === '\\') {
      const next = source[i + 1];
      if (next === undefined) return null;
      atomEnd = i + 2;
      if (PLAIN_ESCAPE.test(next)) literal = next;
      else if (next === 'p' || next === 'P' || next === 'u' || next === 'x' || next === 'c') {
        // \p{…}, \u…, \x.., \cX: one character of some kind, never a word.
        const m = /^\\(?:[pP]\{[^}]*\}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z])/.exec(
          source.slice(i),
        );
        if (!m) return null;
        atomEnd = i + m[0].length;
      } else if (next === 'k') return null;
    } else if (c === '[') {
      atomEnd = closing(source, i);
      if (atomEnd < 0) return null;
    } else if (c === '(') {
      atomEnd = closing(source, i);
      if (atomEnd < 0) return null;
      const inner = source.slice(i + 1, atomEnd - 1);
      if (/^\?(?:=|!|<=|<!)/.test(inner)) {
        // A lookaround reads characters it does not consume: nothing it names is needed here.
        endRun();
        i = atomEnd;
        continue;
      }
      // A named group, a modifier group: not read.
      if (inner.startsWith('?') && !inner.startsWith('?:')) return null;
      const body = inner.startsWith('?:') ? inner.slice(2) : inner;
      const parts = splitAlternatives(body);
      const literals = parts?.map(literalOf);
      if (literals?.every((l): l is string => l !== undefined && l.length > 0)) group = literals;
      else {
        // A group of another kind: its own needs count only when it is not optional.
        const inside = alternativesWords(body);
        if (inside !== null) group = inside;
      }
    } else if (c === '^' || c === '$') {
      endRun();
      i++;
      continue;
    } else if (c === '.') atomEnd = i + 1;
    else if (SYNTAX.has(c)) return null;
    else {
      atomEnd = i + 1;
      literal = c;
    }
    const q = quantifier(source, atomEnd);
    if (q.optional) {
      endRun();
    } else if (literal !== undefined) {
      run += literal;
      if (q.length > 0) endRun();
    } else {
      endRun();
      if (group !== undefined) consider(group);
    }
    i = atomEnd + q.length;
  }
  endRun();
  return best;
}
