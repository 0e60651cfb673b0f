/**
 * Identifiers written in plain ASCII so that no pattern sees them: an e-mail address with its
 * '@' and dots spelled out or bracketed ("jane dot doe at example dot com",
 * "jane.doe[at]example[.]com"), characters written as `\u0039`, `\u{39}`, `%u0039` or `\x39`
 * escapes, punctuation escaped with a backslash (`900\-12\-3456`), quoted-printable runs
 * (`=39=30=30`, soft line breaks among them or alone inside a number) and pluses between digits
 * (`900+12+3456`), and quoted-printable escapes of punctuation inside a word
 * (`john=2Edoe=40mail.com`), and a label joined to its value by an arrow, a bar or an example's
 * words (`SSN -> 900123456`, see `label-connectors.ts`). Each is found here as a rewrite of a stretch of the text into what it says;
 * normalization applies the rewrites and maps every character it writes back to what it came
 * from. (Digits said in words are the spoken-forms detector's: it reads the words themselves.)
 */

import { brokenNumberRewrites, mayHoldBrokenNumber } from './broken-numbers';
import { digitGroupRewrites, mayHoldDigitGroups } from './digit-groups';
import { labelConnectorRewrites, mayHoldLabelConnector } from './label-connectors';
import { mayHoldSpacedLetters, spacedLetterRewrites } from './spaced-letters';

/** One character (or digit string) written for a stretch of the original. */
export interface Piece {
  text: string;
  from: number;
  to: number;
}

/** A stretch of the original, `start` to `end`, read as `pieces`. */
export interface Rewrite {
  start: number;
  end: number;
  pieces: Piece[];
}

/** What a cheap look-up may tell about a text: whether it contains a string, and its ASCII digits when counted. */
export interface CharLookup {
  includes(s: string): boolean;
  readonly digits?: number;
  /** Whether the text is printable ASCII alone, when known. */
  readonly plain?: boolean;
}

/**
 * An '@' or a dot spelled out or bracketed: " at ", "[at]", "(@)", " dot ", "[.]", "{dot}",
 * "-at-", "_dot_".
 */
const AT = String.raw`(?:\s*[[({<]\s*(?:at|@)\s*[\])}>]\s*|\s+(?:at|AT|@)\s+|-(?:at|AT)-|_(?:at|AT)_)`;
const DOT = String.raw`(?:\s*[[({<]\s*(?:dot|\.)\s*[\])}>]\s*|\s+(?:dot|DOT|\.)\s+|-(?:dot|DOT)-|_(?:dot|DOT)_)`;
/** A spelled '@' or dot between dashes or underscores ("mary-dot-roe-at-example-dot-org"): read before the word characters. */
const JOINED_SPELLING = /^[-_](?:at|AT|dot|DOT)[-_]/;
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
/**
 * Top-level domains an address written out ends in: the generic ones and the country codes
 * common in health care traffic (a spelled-out address with another ending stays text).
 */
const TLD =
  '(?:com|org|net|edu|gov|mil|int|info|biz|io|co|us|uk|ca|au|de|fr|nl|es|it|ie|in|nz|health|care|me)';
/** A spelled or bracketed '@'; the domain after it (dots spelled or not) and the local part before it. */
const AT_TOKEN = new RegExp(`${AT}|@`, 'g');
/** A domain with a dot spelled out or bracketed: what a plain '@' needs before it to be read here. */
const SPELLED_DOT = /[\s[({<]/;
const DOMAIN_AFTER = new RegExp(String.raw`${LABEL}(?:(?:\.|${DOT})${LABEL})*(?:\.|${DOT})${TLD}\b`, 'y');
const LOCAL_BEFORE = new RegExp(String.raw`(?<![\w.+-])[A-Za-z0-9_+-]+(?:(?:\.|${DOT})[A-Za-z0-9_+-]+)*$`);
const AT_PART = new RegExp(`^${AT}`);
const DOT_PART = new RegExp(`^${DOT}`);
const WORD_CHAR = /^[A-Za-z0-9_+-]/;

/**
 * Each spelled '@' with a domain after it and a local part before it is an address (so is a
 * plain '@' before a domain whose dots are spelled: "jane.doe@example[.]org"); the
 * domain is tried first (a sticky expression), so "seen at the clinic" costs one failed try.
 */
function spelledEmails(text: string, out: Rewrite[]): void {
  AT_TOKEN.lastIndex = 0;
  for (let at = AT_TOKEN.exec(text); at !== null; at = AT_TOKEN.exec(text)) {
    DOMAIN_AFTER.lastIndex = at.index + at[0].length;
    const domain = DOMAIN_AFTER.exec(text);
    if (domain === null || (at[0] === '@' && !SPELLED_DOT.test(domain[0]))) continue;
    const end = DOMAIN_AFTER.lastIndex;
    const head = text.slice(Math.max(0, at.index - 128), at.index);
    const local = LOCAL_BEFORE.exec(head);
    if (local === null) continue;
    const start = at.index - head.length + local.index;
    const pieces = emailPieces(text.slice(start, end), start);
    if (plainlySpelled(pieces, text.slice(start, end), start)) out.push({ start, end, pieces });
    AT_TOKEN.lastIndex = end;
  }
}

/** An address's characters, each spelled '@' or dot read as the character. */
function emailPieces(s: string, offset: number): Piece[] {
  const pieces: Piece[] = [];
  let i = 0;
  while (i < s.length) {
    const rest = s.slice(i);
    const word = WORD_CHAR.test(rest) && !JOINED_SPELLING.test(rest);
    const at = word ? null : AT_PART.exec(rest);
    const sep = at ?? (word ? null : DOT_PART.exec(rest));
    if (sep) {
      pieces.push({ text: at ? '@' : '.', from: offset + i, to: offset + i + sep[0].length });
      i += sep[0].length;
    } else {
      pieces.push({ text: s[i] as string, from: offset + i, to: offset + i + 1 });
      i++;
    }
  }
  return pieces;
}

/**
 * " at " between plain words is English as often as an address ("seen at clinic.org"): it
 * counts only with a dot spelled out too ("jane dot doe at …") or a local part that names a
 * mailbox (a dot, an underscore or a digit: "jane.doe at example.com"). Brackets always count.
 */
function plainlySpelled(pieces: readonly Piece[], match: string, offset: number): boolean {
  const at = pieces.find((p) => p.text === '@') as Piece;
  if (/[[({<]/.test(match.slice(at.from - offset, at.to - offset))) return true;
  if (pieces.some((p) => p.text === '.' && p.to - p.from > 1)) return true;
  return /[._\d]/.test(match.slice(0, at.from - offset));
}

/**
 * Addresses "defanged" as security write-ups write them so that no one follows them: a dot in
 * brackets between two letters or digits (`192[.]168[.]1[.]20`, `portal(.)example(.)org`) and
 * `hxxp://` for `http://`. Each is read as written before it was defanged.
 */
const DEFANGED =
  /(?<=[A-Za-z0-9])(?:\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\))(?=[A-Za-z0-9])|\bhxxp(?=s?:\/\/)/gi;

function defanged(text: string, out: Rewrite[]): void {
  DEFANGED.lastIndex = 0;
  for (let m = DEFANGED.exec(text); m !== null; m = DEFANGED.exec(text)) {
    const end = m.index + m[0].length;
    const read = m[0].length === 4 && /^hxxp$/i.test(m[0]) ? 'http' : '.';
    out.push({ start: m.index, end, pieces: [{ text: read, from: m.index, to: end }] });
  }
}

/**
 * A character written as a source-code escape: `\u0039`, `\U0039` or `\U00000039`, `\u{39}`,
 * `\x39`, or the `%u0039` of JavaScript's old escape(), its backslash also doubled (`\\u0039`, as
 * a text escaped again shows it); printable ASCII in the octal escapes of C and Python bytes
 * beside another or a digit (`\071\060\060`); a digit, '-', '.' or '@' as CSS escapes it
 * (`\39 00-12-3456`, `\000039`: hex digits, then a blank that ends the escape or a character
 * that is no hex digit). Or a punctuation mark after a letter or
 * digit escaped with a backslash, as markdown and shell quoting write it (`900\-12\-3456`,
 * `mary\.smith\@example\.com`) — not HL7's formatting commands (`\.br\`, `\.sp2\`), which
 * the HL7 detector reads.
 */
const CODE_ESCAPE =
  /\\{1,3}U([\da-fA-F]{8})|(?:\\{1,3}|%)[uU]([\da-fA-F]{4})|\\{1,3}u\{([\da-fA-F]{1,6})\}|\\{1,3}x([\da-fA-F]{2})|(?<=[A-Za-z0-9])\\(?!\.(?:br|ce|fi|nf|sp|in|ti|sk)[+-]?\d*\\)([-.@_#+/:()])|\\(0[4-7][0-7]|1[0-7][0-7])(?=\\[01][0-7]{2}|\d)|(?<=\\[01][0-7]{2}|\d)\\(0[4-7][0-7]|1[0-7][0-7])|\\0{0,4}(3\d|2[dDeE]|40)(?:[ \t]|(?![\da-fA-F]))/g;

function codeEscapes(text: string, out: Rewrite[]): void {
  CODE_ESCAPE.lastIndex = 0;
  for (let m = CODE_ESCAPE.exec(text); m !== null; m = CODE_ESCAPE.exec(text)) {
    const end = m.index + m[0].length;
    const octal = m[6] ?? m[7];
    const ch =
      m[5] ??
      escapedCharacter(
        octal !== undefined
          ? Number.parseInt(octal, 8)
          : Number.parseInt((m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[8]) as string, 16),
      );
    if (ch !== undefined) out.push({ start: m.index, end, pieces: [{ text: ch, from: m.index, to: end }] });
  }
}

/** A control or no character at all stays as written; a surrogate half joins the escape beside it. */
function escapedCharacter(code: number): string | undefined {
  if ((code < 0x20 && code !== 0x09 && code !== 0x0a) || code > 0x10ffff) return undefined;
  return String.fromCodePoint(code);
}

/**
 * Quoted-printable: two escapes of printable ASCII in a row (`=39=30`), upper-case as the
 * encoding writes them, soft line breaks (`=` at a line's end) counted among them, and a soft
 * line break alone inside a number (`900-12-=⏎3456`; after a letter it is as often base64's
 * padding at a line's end). One `=41` alone is a query string's value, not an encoding.
 */
const QP_RUN = /(?:=[2-7][0-9A-F]|=\r?\n){2,}|(?<=[\d-])=\r?\n(?=[\d-])/g;
const QP_ONE = /=([2-7][0-9A-F])|=\r?\n/g;

/**
 * Quoted-printable escapes of an identifier's punctuation alone between its parts: two or more
 * in one word (`900=2D12=2D3456`, `john=2Edoe=40mail.com`), or an escaped '@' before a domain
 * (`mary=40example.com`). One `=20` or `=40` after a key (`limit=40&`, `dose=20mg`) stays.
 */
const QP_PUNCTUATION =
  /(?<![\w=])[A-Za-z0-9]+(?:=(?:2[BDE]|40|5F)[A-Za-z0-9]+){2,}|(?<![\w=.+-])[\w.+-]+=40[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])/g;

function quotedPrintable(text: string, out: Rewrite[]): void {
  for (const run of [QP_RUN, QP_PUNCTUATION]) {
    run.lastIndex = 0;
    for (let m = run.exec(text); m !== null; m = run.exec(text)) {
      QP_ONE.lastIndex = 0;
      for (let e = QP_ONE.exec(m[0]); e !== null; e = QP_ONE.exec(m[0])) {
        const from = m.index + e.index;
        const to = from + e[0].length;
        const ch = e[1] === undefined ? '' : String.fromCharCode(Number.parseInt(e[1], 16));
        out.push({ start: from, end: to, pieces: ch ? [{ text: ch, from, to }] : [] });
      }
    }
  }
}

/**
 * `900+12+3456`: a plus between digits is a form-encoded space (a tab stays: it separates the
 * columns of a tab-separated table).
 */
const DIGIT_GLUE = /(?<=\d)\+(?=\d)/g;

function digitGlue(text: string, out: Rewrite[]): void {
  DIGIT_GLUE.lastIndex = 0;
  for (let m = DIGIT_GLUE.exec(text); m !== null; m = DIGIT_GLUE.exec(text))
    out.push({ start: m.index, end: m.index + 1, pieces: [{ text: ' ', from: m.index, to: m.index + 1 }] });
}

/**
 * iCalendar and vCard text (RFC 5545, RFC 6350): a line break inside a value is written `\n`
 * ("Pt DOB …\nMRN …"), and a long line is folded, a line break and a blank starting its
 * continuation. Within such text each `\n` is read as the line break it stands for and each fold
 * as nothing, so a label after one and a number across one read as written.
 */
const CALENDAR_BREAK = /(?<!\\)\\[nN]|\r?\n[ \t]/g;

function calendarText(text: string, out: Rewrite[]): void {
  if (!/(?:^|\n)BEGIN:V(?:CALENDAR|EVENT|TODO|JOURNAL|CARD)\b/.test(text)) return;
  CALENDAR_BREAK.lastIndex = 0;
  for (let m = CALENDAR_BREAK.exec(text); m !== null; m = CALENDAR_BREAK.exec(text)) {
    const end = m.index + m[0].length;
    const escaped = m[0].charCodeAt(0) === 0x5c;
    out.push({ start: m.index, end, pieces: [{ text: escaped ? '\n' : '', from: m.index, to: end }] });
  }
}

/**
 * A record serialized as JSON and escaped once more, its quotes written `\"` (or `\\\"`), as a
 * log line or a careless client quotes it in a text (`{\"ssn\":\"900123456\"}`): each escaped
 * quote is read as the quote, so a key and its value read as a record's. Only in a text that
 * holds an escaped key (`\"ssn\":`).
 */
const ESCAPED_KEY = /\\"[\w .-]{1,40}\\{1,3}"\s*:/;
const ESCAPED_QUOTE = /(?<!\\)(?:\\\\)*\\"/g;

function escapedQuotes(text: string, out: Rewrite[]): void {
  ESCAPED_QUOTE.lastIndex = 0;
  for (let m = ESCAPED_QUOTE.exec(text); m !== null; m = ESCAPED_QUOTE.exec(text)) {
    const end = m.index + m[0].length;
    out.push({ start: m.index, end, pieces: [{ text: '"', from: m.index, to: end }] });
  }
}

/**
 * What the disguises need: a plus between digits, an escape, two quoted-printable escapes in a
 * row or a bracketed '@' or dot — looked for only when the text holds one of their marks — or
 * a spaced "at" or '@'. A text without any (nearly all) is not looked at further. Each hint opens
 * with its mark and is tried only on a text that holds it; what must stand before the mark is a
 * look-behind written after it, so the search goes from mark to mark.
 */
const MARKED_HINTS: readonly { marks: readonly string[]; re: RegExp }[] = [
  { marks: ['+'], re: /\d\+\d/ },
  { marks: ['\\', '%'], re: /[\\%][uUx]\{?[\dA-Fa-f]{2}/ },
  {
    marks: ['\\'],
    re: /\\0{0,4}(?:3\d|2[dDeE]|40)(?![\dA-Fa-f]{5})|\\(?<=[A-Za-z0-9]\\)[-.@_#+/:()]|\\[01][0-7]{2}(?:\\[01][0-7]{2}|\d)/,
  },
  {
    marks: ['='],
    re: /=(?:[2-7][\dA-Fa-f]|\r?\n)=|=(?<=[\d-]=)\r?\n[\d-]|=(?<=[A-Za-z0-9]=)(?:2[BDE]|40|5F)[A-Za-z0-9]/,
  },
  { marks: ['[', '(', '{', '<'], re: /[[({<]\s*(?:at|AT|@|dot|DOT|\.)\s*[\])}>]/ },
];
const MARKS = ['\\', '%u', '%U', '=', '+', '[', '(', '{', '<'];

function hasMarkedHint(text: string, lookup: CharLookup): boolean {
  return MARKED_HINTS.some((h) => h.marks.some((m) => lookup.includes(m)) && h.re.test(text));
}

/** Whether `asciiDisguises` may find something: a few character look-ups and one expression at most. */
export function mayHoldAsciiDisguise(text: string, lookup: CharLookup): boolean {
  return (
    mayHoldMarkedDisguise(text, lookup) ||
    mayHoldDigitGroups(text, lookup) ||
    mayHoldBrokenNumber(text, lookup) ||
    mayHoldSpacedLetters(text, lookup) ||
    mayHoldLabelConnector(text, lookup)
  );
}

function mayHoldMarkedDisguise(text: string, lookup: CharLookup): boolean {
  if (text.length < 8) return false;
  if (lookup.includes('BEGIN:V') || lookup.includes('hxxp')) return true;
  if (lookup.includes('\\"') && ESCAPED_KEY.test(text)) return true;
  if (MARKS.some((m) => lookup.includes(m)) && hasMarkedHint(text, lookup)) return true;
  if (text.length < 12) return false;
  if (lookup.includes(' at ') || lookup.includes(' AT ') || lookup.includes(' @ ')) return true;
  if (lookup.includes('-at-') || lookup.includes('_at_') || lookup.includes('-AT-')) return true;
  return lookup.includes('@') && (lookup.includes(' dot ') || lookup.includes(' DOT '));
}

/**
 * The rewrites of a text, in order and without overlaps (the first found keeps a stretch).
 * Each kind is looked for only when `lookup` says the text holds what it needs.
 */
export function asciiDisguises(text: string, lookup: CharLookup): Rewrite[] {
  const found: Rewrite[] = [];
  if (mayHoldDigitGroups(text, lookup)) digitGroupRewrites(text, lookup, found);
  if (mayHoldBrokenNumber(text, lookup)) brokenNumberRewrites(text, found);
  if (mayHoldSpacedLetters(text, lookup)) spacedLetterRewrites(text, found);
  if (mayHoldLabelConnector(text, lookup)) labelConnectorRewrites(text, lookup, found);
  if (!mayHoldMarkedDisguise(text, lookup)) return sortedApart(found);
  if (lookup.includes('\\') || lookup.includes('%u') || lookup.includes('%U')) codeEscapes(text, found);
  if (lookup.includes('=')) quotedPrintable(text, found);
  if (lookup.includes('+')) digitGlue(text, found);
  if (lookup.includes('at') || lookup.includes('AT') || lookup.includes('@')) spelledEmails(text, found);
  if (lookup.includes('BEGIN:V')) calendarText(text, found);
  if (lookup.includes('\\"') && ESCAPED_KEY.test(text)) escapedQuotes(text, found);
  defanged(text, found);
  return sortedApart(found);
}

/** The rewrites in order, without overlaps (the first found keeps a stretch). */
function sortedApart(found: Rewrite[]): Rewrite[] {
  if (found.length <= 1) return found;
  found.sort((a, b) => a.start - b.start);
  const out: Rewrite[] = [];
  let end = 0;
  for (const r of found) {
    if (r.start < end) continue;
    out.push(r);
    end = r.end;
  }
  return out;
}
