/**
 * A login after "by" where a system writes who did something (read with the logins of
 * `system-logins.ts`, under its rule): an export's or a report's header
 * ("exported 2025-01-04T19:42:18Z,by anna.lee,chargemaster v3", "generated … by LEE.A - EHR 7"),
 * a log's footer ("Logged by agarcia   duplicate rate 3.1%"), a worked item ("Worked by agarcia (…)").
 * The login is words joined by a dot or an underscore, or an initial run into a known surname,
 * and a delimiter ends it (a
 * comma, a dash or a bracket after a blank, a column gap, the line's end): "by mouth, daily" and
 * "by phone - no answer" stay, as a common word is no login; so do a domain and a file name.
 */

import { LOGIN } from '../login-shape';
import type { ScanContext } from './detector';
import { COMMON, NEVER, nameDictionaries, SURNAME } from './dictionaries';
import { ENGLISH_ENDING } from './key-values';

const BYLINE = new RegExp(
  String.raw`(?<![\p{L}\d-])[Bb]y[ \t]+(${LOGIN})(?=[,;]|[ \t]+[-–(]|[ \t]{2,}|\t|[ \t]*(?:\r?\n|$))`,
  'dgu',
);

/** Ends of a domain or a file name: "by mercy.org", "by report.pdf". */
const NOT_NAME_PART = new Set(
  'com org net gov edu io us uk ca au de fr pdf txt csv doc docx xls xlsx json xml html htm png jpg zip log'.split(
    ' ',
  ),
);

function isLogin(value: string): boolean {
  const parts = value.toLowerCase().split(/[._]/);
  const flags = nameDictionaries().flags;
  if (parts.length > 1) {
    // "anna.lee", "LEE.A": no part a domain's or a file's ending, and not every part an English word.
    if (parts.some((p) => NOT_NAME_PART.has(p))) return false;
    return parts.some((p) => ((flags.get(p) ?? 0) & (COMMON | NEVER)) === 0);
  }
  // "agarcia": an initial or two run into a surname the dictionaries know, no English word.
  const word = parts[0] as string;
  if (value !== word || word.length < 5 || ENGLISH_ENDING.test(word)) return false;
  if (((flags.get(word) ?? 0) & (COMMON | NEVER)) !== 0) return false;
  return (
    ((flags.get(word.slice(1)) ?? 0) & SURNAME) !== 0 || ((flags.get(word.slice(2)) ?? 0) & SURNAME) !== 0
  );
}

/** "Logged by agarcia   …", "…,by anna.lee,…": each login after "by" before a delimiter, given to `push`. */
export function bylineLogins(ctx: ScanContext, push: (start: number, end: number) => void): void {
  if (!(ctx.includes('by ') || ctx.includes('By ') || ctx.includes('by\t'))) return;
  BYLINE.lastIndex = 0;
  for (let m = BYLINE.exec(ctx.text); m !== null; m = BYLINE.exec(ctx.text)) {
    const at = m.indices?.[1];
    if (at && isLogin(m[1] as string)) push(at[0], at[1]);
  }
}
