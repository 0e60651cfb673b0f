/**
 * Everything a rule matches with compiles to RE2 (re2js): matching time is linear in the
 * input whatever the pattern, so no rule can be made to backtrack catastrophically, and
 * features that cannot run in linear time (backreferences, lookaround) fail at load.
 */
import { RE2JS } from 're2js';
import { decodeAll } from './uri-readings';

export interface Matcher {
  test(value: string): boolean;
}

/**
 * `*` any run of characters, `?` one character; everything else literal; the whole value must
 * match. Common shapes (exact, prefix*, *suffix) compare directly; the rest use the greedy
 * wildcard walk, which backtracks only to the last `*`: O(value × pattern) at worst, and
 * patterns are short.
 */
export function compileGlob(glob: string): Matcher {
  if (glob === '*') return { test: () => true };
  if (!/[*?]/.test(glob)) return { test: (value) => value === glob };
  const star = glob.indexOf('*');
  if (!glob.includes('?') && star === glob.length - 1) {
    const prefix = glob.slice(0, -1);
    return { test: (value) => value.startsWith(prefix) };
  }
  if (!glob.includes('?') && star === 0 && glob.indexOf('*', 1) === -1) {
    const suffix = glob.slice(1);
    return { test: (value) => value.endsWith(suffix) };
  }
  return { test: (value) => wildcardMatch(glob, value) };
}

function wildcardMatch(glob: string, value: string): boolean {
  let g = 0;
  let v = 0;
  let starAt = -1;
  let resumeAt = 0;
  while (v < value.length) {
    const ch = glob[g];
    if (ch === '*') {
      starAt = g++;
      resumeAt = v;
    } else if (ch !== undefined && (ch === '?' || ch === value[v])) {
      g++;
      v++;
    } else if (starAt !== -1) {
      g = starAt + 1;
      v = ++resumeAt;
    } else {
      return false;
    }
  }
  while (glob[g] === '*') g++;
  return g === glob.length;
}

export function compileGlobs(globs: readonly string[]): Matcher {
  const matchers = globs.map(compileGlob);
  // A loop, not `matchers.some(m => m.test(value))`: no closure made per test.
  return {
    test: (value) => {
      for (const m of matchers) if (m.test(value)) return true;
      return false;
    },
  };
}

/**
 * An RE2 pattern searched for anywhere in the value; throws with RE2's own message when
 * invalid. A pattern anchored on a literal prefix (`^VIP-…`) first checks that prefix, so the
 * usual non-match costs a string comparison, not an RE2 run.
 */
export function compilePattern(pattern: string): Matcher {
  const re = RE2JS.compile(pattern);
  const prefix = anchoredLiteralPrefix(pattern);
  if (prefix === '') return { test: (value) => re.test(value) };
  return { test: (value) => value.startsWith(prefix) && re.test(value) };
}

/**
 * A protective rule's pattern as a lenient reader of the value meets it: the value
 * percent-decoded (twice: `VIP%2D1`, `%2556IP-1`, as a back end reading it from a URL path
 * decodes it), compatibility-normalised (NFKC: full-width `ＶＩＰ-1` is `VIP-1`) without format
 * or control characters (zero-width spaces), upper-cased (a dotless `vıp-1` is `VIP-1`, as a
 * collation comparing upper case reads it), without white space around it (` VIP-1`, as a
 * server trimming its input reads it), matched ignoring case — as a case-insensitive database
 * collation or a normalising server finds the record the exact pattern guards.
 */
export function compileFoldedPattern(pattern: string): Matcher {
  const re = RE2JS.compile(pattern, RE2JS.CASE_INSENSITIVE);
  return { test: (value) => re.test(foldValue(value)) };
}

const INVISIBLE = /[\p{Cf}\p{Cc}]/gu;

function foldValue(value: string): string {
  const decoded = value.includes('%') ? decodeAll(decodeAll(value)) : value;
  // ASCII without control characters folds to itself but for the white space around it (case
  // is left to the pattern's flag).
  const folded = /^[\x20-\x7e]*$/.test(decoded)
    ? decoded
    : decoded.normalize('NFKC').replace(INVISIBLE, '').toUpperCase();
  return folded.trim();
}

const META = new Set(['\\', '.', '[', ']', '{', '}', '(', ')', '*', '+', '?', '|', '^', '$']);
const QUANTIFIERS = new Set(['*', '?', '{', '+']);

/** The literal text every match must start with, for a pattern that begins with `^`. */
export function anchoredLiteralPrefix(pattern: string): string {
  if (!pattern.startsWith('^') || pattern.includes('|')) return '';
  let prefix = '';
  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i] as string;
    if (META.has(ch)) {
      // A quantifier applies to the character before it: that one is not certain to be there.
      if (QUANTIFIERS.has(ch) && ch !== '+') prefix = prefix.slice(0, -1);
      break;
    }
    prefix += ch;
  }
  return prefix;
}
