/**
 * Everything a rule matches with compiles to RE2 (re2js): matching time is linear in the
 * input whatever the pattern, so no rule can be made to backtrack catastrophically, and
 * features that cannot run in linear time (backreferences, lookaround) fail at load.
 */
import { RE2JS } from 're2js';

export interface Matcher {
  test(value: string): boolean;
}

const RE2_SPECIAL = /[\\^$.|?*+()[\]{}]/g;

/** `*` any run of characters, `?` one character; everything else literal; the whole value must match. */
export function compileGlob(glob: string): Matcher {
  if (glob === '*') return { test: () => true };
  if (!/[*?]/.test(glob)) return { test: (value) => value === glob };
  const body = glob
    .split('')
    .map((ch) => (ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(RE2_SPECIAL, '\\$&')))
    .join('');
  const re = RE2JS.compile(`^${body}$`, RE2JS.DOTALL);
  return { test: (value) => re.testExact(value) };
}

export function compileGlobs(globs: readonly string[]): Matcher {
  const matchers = globs.map(compileGlob);
  return { test: (value) => matchers.some((m) => m.test(value)) };
}

/** An RE2 pattern searched for anywhere in the value; throws with RE2's own message when invalid. */
export function compilePattern(pattern: string): Matcher {
  const re = RE2JS.compile(pattern);
  return { test: (value) => re.test(value) };
}
