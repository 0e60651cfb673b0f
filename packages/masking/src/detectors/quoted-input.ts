/**
 * Input repeated back: an error message or a log line quotes what was searched for ("no
 * patient found for 'GIVEN FAMILY' born 03/17/1984", "duplicate candidate: 'A B' (DOB …) vs
 * 'C D'"), a SQL statement compares a column with literals (`WHERE p.last_name = 'X'`,
 * `p.mrn IN ('…', '…')`: the column says what they are), a search query pairs a name with a
 * birth date ("jane doe dob:1984-03-17", "Doe 19840317"), and a note heading writes
 * "FAMILY, GIVEN (record number)".
 */
import type { PhiType } from '../types';
import type { Detector, ScanContext } from './detector';
import { isFormLabelWord } from './label-words';
import { searchedNames } from './searched-names';

/** A word of a name, or the particle 't ("van 't Hof"). */
const WORD = String.raw`(?:\p{L}(?:[\p{L}\p{M}.’-]|'(?=\p{L}))*|['’]t)`;
/** One to five words of letters in quotes (an apostrophe inside a word is the name's). */
const QUOTED_WORDS = new RegExp(`(['"‘“])(${WORD}(?: ${WORD}){0,4})['"’”]`, 'gu');
const UPPER = /\p{Lu}/u;
/** A birth date said right after the quote: "'X' born", "'X' (DOB", "'X', DOB". */
const BIRTH_AFTER = /^\s*[,(]?\s*(?:born\b|dob\b|d\.o\.b\b|date of birth\b|b\.\s?\d)/i;
/** A word before the quote that says it is a person: "patient 'X'", "candidate: 'X'". */
const PERSON_BEFORE =
  /(?:\b(?:patient|pt|member|subscriber|insured|guarantor|candidate|person|named?|matched|beneficiary)s?\s*[:=]?|\bvs\.?)\s*$/i;

function push(ctx: ScanContext, start: number, end: number, type: PhiType, ruleId: string): void {
  if (end > start && !ctx.skip?.has(type)) ctx.out.push({ start, end, type, ruleId });
}

function quotedNames(ctx: ScanContext): void {
  const text = ctx.text;
  QUOTED_WORDS.lastIndex = 0;
  for (let m = QUOTED_WORDS.exec(text); m !== null; m = QUOTED_WORDS.exec(text)) {
    const words = m[2] as string;
    const start = m.index + 1;
    const end = start + words.length;
    const after = text.slice(end + 1, end + 24);
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    if (BIRTH_AFTER.test(after) || (UPPER.test(words) && PERSON_BEFORE.test(before)))
      push(ctx, start, end, 'name', 'quoted_name');
    else QUOTED_WORDS.lastIndex = end; // the closing quote may open the next quote
  }
}

/** A word of BIRTH_AFTER or PERSON_BEFORE somewhere in the text: the quotes may hold a name. */
const PERSON_WORDS =
  /born|dob|d\.o\.b|date of birth|b\.\s?\d|patient|\bpt\b|member|subscriber|insured|guarantor|candidate|person|name|matched|beneficiar|\bvs\b/i;

/** A column compared with literals: `p.last_name = 'X'`, `mrn IN ('1', '2')`, `dob LIKE '19%'`. */
const SQL_COMPARISON =
  /\b(?:\w+\.)?([A-Za-z_]\w{1,40})\s*(?:=|<>|!=|\bLIKE\b|\bIN\s*\()\s*('[^'\n]{1,80}'(?:\s*,\s*'[^'\n]{1,80}')*)/dgi;
const SQL_LITERAL = /'([^'\n]{1,80})'/dg;
const SQL_GATE = /\b(?:WHERE|SET|AND|OR|ON)\b/i;

function sqlLiterals(ctx: ScanContext): void {
  const text = ctx.text;
  SQL_COMPARISON.lastIndex = 0;
  for (let m = SQL_COMPARISON.exec(text); m !== null; m = SQL_COMPARISON.exec(text)) {
    const rule = ctx.fields.ruleFor(m[1] as string, undefined, []);
    const list = m.indices?.[2];
    if (!rule || !list) continue;
    const literals = m[2] as string;
    SQL_LITERAL.lastIndex = 0;
    for (let l = SQL_LITERAL.exec(literals); l !== null; l = SQL_LITERAL.exec(literals)) {
      const at = l.indices?.[1];
      if (at && /[\p{L}\p{N}]/u.test(l[1] as string))
        push(ctx, list[0] + at[0], list[0] + at[1], rule.type, 'sql_literal');
    }
  }
}

/** A birth date as a search writes it: ISO, month/day/year, day.month.year or eight digits. */
const DATE = String.raw`(?:(?:19|20)\d\d-[01]\d-[0-3]\d|[01]?\d/[0-3]?\d/(?:19|20)\d\d|[0-3]?\d\.[01]?\d\.(?:19|20)\d\d|(?:19|20)\d\d[01]\d[0-3]\d)`;
/** Name words then a birth date: the whole of a query string ("jane doe dob:1984-03-17"). */
const NAME_AND_BIRTH = new RegExp(
  String.raw`^(${WORD}(?: ${WORD}){0,3}),? (?:(?:dob|born|d\.o\.b\.?|b\.)[: ]\s?)?(${DATE})$`,
  'iu',
);
/** A date closing a quoted string: a query may end with a birth date. */
const DATE_BEFORE_QUOTE = /(?:\d{4}-\d\d-\d\d|\d{1,2}[/.]\d{1,2}[/.]\d{4}|\d{8})"/;
const QUOTED_STRING = /"([^"\\\n]{6,80})"/dg;

/** Words before a name that are not part of it: "Patient Jane Doe, DOB …". */
const LEADING_WORDS =
  /^(?:(?:patient|pt|member|subscriber|name|find|search|lookup|for|mr|mrs|ms|miss|dr)\.? )+/i;
/** Words a query of a name never holds: "schema version 2023-04-01", "updated since 2024-01-01", "DOB 03/17/1984". */
const NOT_NAMES = new Set(
  'dob born birth date on since until before after from to at by in of the version schema protocol revision rev release released build updated created modified effective expires expiry valid due last next issued signed'.split(
    ' ',
  ),
);

function nameAndBirth(ctx: ScanContext, start: number, value: string): void {
  const m = NAME_AND_BIRTH.exec(value);
  if (!m) return;
  const lead = LEADING_WORDS.exec(m[1] as string)?.[0].length ?? 0;
  const words = (m[1] as string).slice(lead);
  if (
    words.length === 0 ||
    words.split(' ').some((w) => NOT_NAMES.has(w.toLowerCase()) || isFormLabelWord(w))
  )
    return;
  // One word alone is a name only with a capital ("Doe 19840317", "al-Rashidi 19560121") or a birth word.
  if (!words.includes(' ') && !(UPPER.test(words) || /dob|born/i.test(value))) return;
  push(ctx, start + lead, start + lead + words.length, 'name', 'name_and_birth');
  const date = m[2] as string;
  push(ctx, start + value.length - date.length, start + value.length, 'date', 'name_and_birth');
}

function searchQueries(ctx: ScanContext): void {
  const text = ctx.text;
  if (text.length <= 80) nameAndBirth(ctx, 0, text);
  if (!ctx.includes('"') || !ctx.test(DATE_BEFORE_QUOTE)) return;
  QUOTED_STRING.lastIndex = 0;
  for (let m = QUOTED_STRING.exec(text); m !== null; m = QUOTED_STRING.exec(text)) {
    const at = m.indices?.[1];
    if (at) nameAndBirth(ctx, at[0], m[1] as string);
  }
}

/** "FAMILY, GIVEN (0054834385)", "Doe, Jane (MR425053)": a heading naming a patient by number. */
const NAME_AND_NUMBER =
  /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+)?), (\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+)?) \(((?:[A-Z]{1,3}-?)?\d{6,12}[A-Z]?)\)/dgu;

function namesWithNumbers(ctx: ScanContext): void {
  const text = ctx.text;
  NAME_AND_NUMBER.lastIndex = 0;
  for (let m = NAME_AND_NUMBER.exec(text); m !== null; m = NAME_AND_NUMBER.exec(text)) {
    const [family, given, id] = [m.indices?.[1], m.indices?.[2], m.indices?.[3]];
    if (!family || !given || !id) continue;
    push(ctx, family[0], family[1], 'name', 'name_and_number');
    push(ctx, given[0], given[1], 'name', 'name_and_number');
    push(ctx, id[0], id[1], 'mrn', 'name_and_number');
  }
}

/** A result's title: "FAMILY, GIVEN — organisation", the name in capitals at the line's start. */
const CAPS_NAME = String.raw`\p{Lu}[\p{Lu}\p{M}'’-]*(?: [\p{Lu}'’][\p{Lu}\p{M}'’-]*){0,3}`;
const TITLE_NAME = new RegExp(`^[ \\t]*(${CAPS_NAME}), (${CAPS_NAME}) [—–-] `, 'dgmu');

function titleNames(ctx: ScanContext): void {
  const text = ctx.text;
  TITLE_NAME.lastIndex = 0;
  for (let m = TITLE_NAME.exec(text); m !== null; m = TITLE_NAME.exec(text)) {
    const [family, given] = [m.indices?.[1], m.indices?.[2]];
    if (!family || !given) continue;
    push(ctx, family[0], family[1], 'name', 'title_name');
    push(ctx, given[0], given[1], 'name', 'title_name');
  }
}

export const quotedInput: Detector = {
  id: 'quoted_input',
  types: [
    'name',
    'date',
    'mrn',
    'ssn',
    'health_plan',
    'account',
    'phone',
    'email',
    'street_address',
    'geo',
    'zip',
  ],
  run(ctx) {
    const quoted = ctx.includes("'") || ctx.includes('"') || ctx.includes('‘') || ctx.includes('“');
    if (quoted && ctx.test(PERSON_WORDS)) quotedNames(ctx);
    if (quoted && ctx.hasSpace) searchedNames(ctx);
    if (ctx.includes("'") && ctx.test(SQL_GATE)) sqlLiterals(ctx);
    if (ctx.hasDigit && ctx.longestDigitRun >= 4) searchQueries(ctx);
    if (ctx.hasUpper && ctx.longestDigitRun >= 6 && ctx.includes(', ') && ctx.includes('('))
      namesWithNumbers(ctx);
    if (ctx.hasUpper && ctx.includes(', ') && (ctx.includes('—') || ctx.includes('–') || ctx.includes(' - ')))
      titleNames(ctx);
  },
};
