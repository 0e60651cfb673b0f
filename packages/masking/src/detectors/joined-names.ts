/**
 * Names written as one token, where the name detectors look for separate capitalized words:
 * - a person's key in a path under a collection of people ("/patients/tamsin-quenby/notes",
 *   "/members/TamsinQuenby", "/users/tamsin_quenby"): a system names the record by its person;
 * - a name field's value joined by '_' or '.' or written in camel case ("Name: Tamsin_Quenby",
 *   "name=TamsinQuenby", "patient_name: tamsin.quenby"), or written in lower case as "last,
 *   first" ("patient: quenby, tamsin").
 * The words must read as a name (name-evidence): "/patients/search-results", "/users/me",
 * "Name: SettingsPanel" and "patient: stable, afebrile" stay.
 */
import type { Detector, ScanContext } from './detector';
import { COMMON, GIVEN, NEVER, nameDictionaries, SURNAME } from './dictionaries';
import { readsAsName } from './name-evidence';

/** Collections whose items are people, as a path or an API names them. */
const PEOPLE =
  '(?:patients?|members?|users?|people|persons?|clients?|customers?|residents?|staff|providers?|practitioners?|physicians?|doctors?|nurses?|employees?|contacts?|profiles?|caregivers?|guardians?|subscribers?|beneficiar(?:y|ies)|students?|enrollees?|participants?)';
/** The first three letters of each collection of people: most slashes are passed over by them. */
const PEOPLE_STARTS: ReadonlySet<string> = new Set(
  'pat mem use peo per cli cus res sta pro pra phy doc nur emp con car gua sub ben stu enr par'.split(' '),
);
/** Their first letters, one bit per letter from 'a': a slash before any other letter is passed at once. */
const PEOPLE_INITIALS = [...PEOPLE_STARTS].reduce((bits, w) => bits | (1 << (w.charCodeAt(0) - 0x61)), 0);
/**
 * A collection of people and the segment after it, up to the next separator of a path or a text
 * (sticky: tried after each slash).
 */
const PERSON_SEGMENT = new RegExp(
  String.raw`${PEOPLE}[/\\](\p{L}[\p{L}\p{M}'’._-]{1,60})(?=$|[/\\?#&\s"'),;\]}>])`,
  'diyu',
);

/**
 * A name field's label right before its separator ("Name:", "patient_name=", "\"full name\": \""),
 * read backwards from each ':' and '='; group 1 holds the word that may widen "name".
 */
const LABEL_BEFORE =
  /(?<![\p{L}\p{N}_-])(?:((?:full|patient|pt|client|member|legal|preferred|display|user|given|family|first|last|sur)[ _-]?)?name|patient|pt|client|member|resident|subscriber|insured|guarantor|caller)["']?[ \t]*$/iu;
/** What follows a label's separator before its value (sticky). */
const AFTER_SEPARATOR = /[ \t]*["']?/y;
/** Labels that name things as often as people: "name", "display_name", "user name". */
const GENERIC_PREFIX = /^(?:(?:display|user)[ _-]?)?$/i;
/** Words joined by '_' or '.', or run together in camel case ("TamsinQuenby", "McAllister"). */
const JOINED = String.raw`\p{L}[\p{L}\p{M}'’]*(?:[_.]\p{L}[\p{L}\p{M}'’]*){1,3}|\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+){1,2}`;
/** The value right after a label (sticky: tried where the label ends, in its own case). */
const JOINED_VALUE = new RegExp(`(${JOINED})(?![\\p{L}\\p{N}@/_.-])`, 'dyu');
/** "patient: quenby, tamsin": a lower-case "last, first" after a name's label. */
const LOWER_WORD = String.raw`\p{Ll}[\p{Ll}\p{M}'’-]+`;
const LOWER_LAST_FIRST = new RegExp(`(${LOWER_WORD}),[ \\t]?(${LOWER_WORD})(?=$|[\\s,;.)|"'])`, 'dyu');
/** Where a joined value splits into words: '_', '.', '-' and a capital after a small letter. */
const WORD_BREAK = /[_.-]+|(?<=\p{Ll})(?=\p{Lu})/u;
/** A name's prefix that camel case splits off ("McAllister", "MacLeod", "DeShawn"). */
const PREFIXES = new Set(['mc', 'mac', 'de', 'di', 'da', 'le', 'la', 'van', 'von', 'o']);

function partsOf(value: string): string[] {
  const parts = value.split(WORD_BREAK).filter((p) => p.length > 0);
  const out: string[] = [];
  for (const p of parts) {
    const prev = out[out.length - 1];
    if (prev !== undefined && PREFIXES.has(prev.toLowerCase())) out[out.length - 1] = prev + p;
    else out.push(p);
  }
  return out;
}

/** One word alone: a given name or surname of the dictionaries that is no common, drug or clinical word. */
function namedAlone(word: string): boolean {
  const f = nameDictionaries().flags.get(word.toLowerCase()) ?? 0;
  return (f & (GIVEN | SURNAME)) !== 0 && (f & (COMMON | NEVER)) === 0;
}

/** `strict`: a known name among the words and no English one (see `readsAsName`). */
function readsAsJoinedName(value: string, strict = false): boolean {
  const parts = partsOf(value);
  if (parts.length === 1) return namedAlone(parts[0] as string);
  return (
    parts.length <= 4 && parts.every((p) => p.length > 1 || parts.length > 2) && readsAsName(parts, strict)
  );
}

/**
 * Whether a word in camel case is a person's names run together ("JaneDoe", "MarisolQuenby"):
 * a given name or a surname of the dictionaries and no English word among its parts. A
 * product's word ("AirSense", "StrideFit") is none.
 */
export function namesRunTogether(word: string): boolean {
  return readsAsJoinedName(word, true);
}

/** Every part capitalized ("Tamsin_Quenby"): written as a person's name is, not as a key ("build_and_test"). */
const TITLE_CASE_PARTS = /^\p{Lu}\p{Ll}+(?:[_.]\p{Lu}\p{Ll}+)+$/u;

function push(ctx: ScanContext, start: number, end: number): void {
  ctx.out.push({ start, end, type: 'name', ruleId: 'joined_name' });
}

function personSegments(ctx: ScanContext, slash: string): void {
  const text = ctx.text;
  for (let i = text.indexOf(slash); i >= 0; i = text.indexOf(slash, i + 1)) {
    const first = (text.charCodeAt(i + 1) | 0x20) - 0x61;
    if (first < 0 || first > 25 || ((PEOPLE_INITIALS >> first) & 1) === 0) continue;
    if (!PEOPLE_STARTS.has(text.slice(i + 1, i + 4).toLowerCase())) continue;
    PERSON_SEGMENT.lastIndex = i + 1;
    const m = PERSON_SEGMENT.exec(text);
    const at = m?.indices?.[1];
    if (!m || !at) continue;
    // A file under the collection ("/patients/export.csv") is no person's key.
    const value = m[1] as string;
    if (!/\.[a-z0-9]{2,4}$/i.test(value) && readsAsJoinedName(value)) push(ctx, at[0], at[1]);
  }
}

/** The value after a name label at `at`: joined words, or a lower-case "last, first". */
function valueAt(ctx: ScanContext, at: number, generic: boolean): void {
  const text = ctx.text;
  JOINED_VALUE.lastIndex = at;
  const m = JOINED_VALUE.exec(text);
  const value = m?.[1];
  if (m && value) {
    const strict = generic && !TITLE_CASE_PARTS.test(value);
    if (partsOf(value).length > 1 && readsAsJoinedName(value, strict)) push(ctx, at, at + value.length);
    return;
  }
  LOWER_LAST_FIRST.lastIndex = at;
  const pair = LOWER_LAST_FIRST.exec(text);
  const last = pair?.indices?.[1];
  const first = pair?.indices?.[2];
  if (pair && last && first && readsAsName([pair[1] as string, pair[2] as string], true)) {
    push(ctx, last[0], last[1]);
    push(ctx, first[0], first[1]);
  }
}

/** The value after each name label, found from its separator. */
function labelledValues(ctx: ScanContext, separator: string): void {
  const text = ctx.text;
  for (let i = text.indexOf(separator); i > 0; i = text.indexOf(separator, i + 1)) {
    const label = LABEL_BEFORE.exec(text.slice(Math.max(0, i - 24), i));
    if (!label) continue;
    const generic = /name["']?[ \t]*$/i.test(label[0]) && GENERIC_PREFIX.test(label[1] ?? '');
    AFTER_SEPARATOR.lastIndex = i + 1;
    const gap = AFTER_SEPARATOR.exec(text);
    valueAt(ctx, i + 1 + (gap?.[0].length ?? 0), generic);
  }
}

export const joinedNames: Detector = {
  id: 'joined_name',
  types: ['name'],
  run(ctx) {
    if (ctx.skip?.has('name')) return;
    if (ctx.includes('/')) personSegments(ctx, '/');
    if (ctx.includes('\\')) personSegments(ctx, '\\');
    if (ctx.includes(':')) labelledValues(ctx, ':');
    if (ctx.includes('=')) labelledValues(ctx, '=');
  },
};
