/**
 * The initials that sign or close an outpatient note, in the places its signature block gives them
 * (read with the typists' marks of `dictation-footers.ts`, under its rule):
 *
 * - A double dash, then the writer's capitals alone closing the line: "-- VAS",
 *   "f/u 6 wks w/ labs.  -- MAH".
 * - After a signer's credential, a slash and the capitals: "H. Sigurdsson, RN / HXS".
 * - After a sentence ending in a figure, the capitals closing the line: "… visit?id=45651403. KIB".
 * - The capitals alone on the line after the note's last sentence, a blank line or the text's end
 *   after them: "… Cont Trental 400 mg.\nLOH\n\n*****".
 * - The reference initials of a letter, the writer's capitals, a colon or a slash, the typist's
 *   letters, alone on their line: "JAM:ct", "TJV/ml".
 * - After "d/w" or "discussed with", capitals closing the clause, a credential maybe before them:
 *   "d/w OTF.", "discussed with RBK", "d/w RN MN;".
 * - A slash and the writer's letters closing the line after a clause: "d/w RN SS; /ss".
 * - The typist's letters alone on the note's last line: "… rtc 2mo\nsh".
 *
 * Two or three capitals are also abbreviations, units, routes and services (CHF, BID, ICU, GI,
 * "-- END"), and a heading may stand alone on its line (HPI, ROS): those stay.
 */
import type { ScanContext } from './detector';
import { NEVER, nameDictionaries } from './dictionaries';
import { LINE_ENDS, ROUTES, SERVICES, setOf, WORDS } from './staff-mark-words';
import { CLINICAL_WORDS } from './word-lists';

/** Capitals that are no one's initials in a signature's place. */
const NOT_CAPITALS = setOf(
  WORDS,
  ROUTES,
  SERVICES,
  LINE_ENDS,
  'HPI PMH PSH ROS FH SH FHX SHX PE DX HX RX SX TX IMP PLAN MEDS ALL CC RE FYI NB PS PPS ENC ATT',
  'CV GU MSK EXT ABD RESP SKIN NECK EYES EARS HEAD LUNG GEN RRR CTA EOMI NKDA WNL NML ABN',
  'STAT ASAP NKA CKD CHF CAD DM HTN HLD COPD OSA PAD PVD AKI ESRD AAA CVA TIA DVT PE MI AFIB GERD UTI',
);
/**
 * Lower-case letters that are no one's mark where a typist's stand: answers, findings, little words
 * ("ROS:neg", "CV:rrr", a last line "ok").
 */
const NOT_LETTERS = setOf(
  'no na ok yes nil none neg pos nl nml wnl nad rrr abn tbd unk see pt pts yo etc fyi thx ty pls',
  'me us him her you it is at to in on of by as or an and the for per via',
);
const CLINICAL = new Set(
  CLINICAL_WORDS.split(/\s+/)
    .filter((w) => w.length > 0 && w.length <= 4)
    .map((w) => w.toUpperCase()),
);

/** Whether capitals may be someone's initials: no stop word, no clinical abbreviation, no drug or eponym word. */
export function mayBeInitials(value: string): boolean {
  if (NOT_CAPITALS.has(value) || CLINICAL.has(value)) return false;
  return ((nameDictionaries().flags.get(value.toLowerCase()) ?? 0) & NEVER) === 0;
}

/** A line's end: a real break, an escaped one in JSON, the text's end or a JSON string's close. */
const EOL = String.raw`[ \t]*(?=\r?\n|\\n|$|")`;
/** A line's start: the text's, after a real break or an escaped one. */
const BOL = String.raw`(?:^|(?<=\n|\\n))[ \t]*`;

/** A double dash (a long one is read as dashes) at a line's start or after a sentence, then the capitals closing the line. */
const DASH_RE = new RegExp(String.raw`(?:${BOL}|[.!)][ \t]{1,4})--[ \t]?([A-Z]{2,3})${EOL}`, 'dgm');
/** A signer's credential, a slash, the capitals closing the line. */
const CREDENTIAL_SLASH_RE = new RegExp(
  String.raw`(?:,[ \t]*|[ \t])(?:RN|LPN|LVN|BSN|MD|DO|NP|PA|PA-C|APRN|FNP|ANP|CNM|CDCES|CDE|RD|PharmD|RPh|MA|CMA|MSW|LICSW|RRT)[ \t]*\/[ \t]*([A-Z]{2,3})${EOL}`,
  'dgm',
);
/**
 * Capitals closing a line after a sentence that ends in a figure or a link's number ("… see
 * mychart.example.org/visit?id=45651403. KIB"); after a word `staff-initials.ts` reads them.
 */
const AFTER_FIGURE_RE = new RegExp(String.raw`(?<=\d)[.!][ 	]{1,3}([A-Z]{2,3})${EOL}`, 'dgm');
/** Capitals alone on their line. */
const LONE_RE = new RegExp(`${BOL}([A-Z]{2,3})${EOL}`, 'dgm');
/** The writer's capitals, a colon or a slash, the typist's letters, alone on their line. */
const REFERENCE_RE = new RegExp(`${BOL}([A-Z]{2,4})[:/]([a-z]{2,3})${EOL}`, 'dgm');
/** "d/w XX", "discussed with XX", "staffed with XX": capitals closing the clause. */
const DISCUSSED_RE =
  /(?:\bd\/w|\b[Dd]iscussed with|\b[Ss]taffed with|\b[Ss]een with)[ \t]+(?:(?:RN|LPN|LVN|NP|PA|MD|RPh|PharmD|CNA|SW|CM)[ \t]+)?([A-Z]{2,3})(?=[ \t]*(?:[.;,)]|\r?\n|\\n|$|"))/dg;
/** A clause closed by a full stop or a semicolon, then a slash and the writer's letters closing the line: "d/w RN SS; /ss". */
const SLASH_LETTERS_RE = new RegExp(String.raw`[.;][ \t]{1,3}\/([a-z]{2,3})${EOL}`, 'dgm');
/** Time words a slash may stand before ("; /day"), which are no one's letters. */
const NOT_SLASH_LETTERS = setOf('hr hrs min day wk wks mo yr yrs dose');
/** Letters alone on the text's last line (or a JSON string's). */
const LAST_LINE_RE = /(?:\n|\\n)([a-z]{2,3})[ \t]*(?=\s*$|"\s*[,}\]])/dg;

/** The line before the one starting at `lineStart` ends a sentence ("… 400 mg. "). */
function afterSentence(text: string, lineStart: number): boolean {
  let p = lineStart - 1;
  if (text.charAt(p) === 'n' && text.charAt(p - 1) === '\\') p -= 2;
  else if (text.charAt(p) === '\n') p -= text.charAt(p - 1) === '\r' ? 2 : 1;
  else return false;
  while (p >= 0 && (text.charAt(p) === ' ' || text.charAt(p) === '\t')) p--;
  return /[.!]/.test(text.charAt(p)) && /[\p{L}\d).]/u.test(text.charAt(p - 1));
}

/** What follows the line ending at `end`: a blank line, a rule of stars or dashes, or the text's end. */
function closesNote(text: string, end: number): boolean {
  const rest = text.slice(end, end + 16).replace(/^[ \t]*/, '');
  return /^(?:$|"|(?:\r?\n|\\n)[ \t]*(?:\r?\n|\\n|$|"|[*=_-]{4}))/.test(rest);
}

/** An ASCII capital. */
function isCapital(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

/** An ASCII small letter. */
function isSmall(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

/** `/[A-Z][:/][a-z]/`: a capital, a colon or a slash, a small letter, as every reference's initials have. */
function hasCapitalMarkSmall(text: string): boolean {
  for (const mark of [':', '/'])
    for (let p = text.indexOf(mark, 1); p >= 0; p = text.indexOf(mark, p + 1))
      if (isCapital(text.charCodeAt(p - 1)) && isSmall(text.charCodeAt(p + 1))) return true;
  return false;
}

/** `/\d[.!][ \t]{1,3}[A-Z]{2}/`: a figure, a full stop, blanks and two capitals, as `AFTER_FIGURE_RE` needs. */
function hasCapitalsAfterFigure(text: string): boolean {
  for (const stop of ['.', '!'])
    for (let p = text.indexOf(stop, 1); p >= 0; p = text.indexOf(stop, p + 1)) {
      const c = text.charCodeAt(p - 1);
      if (c < 0x30 || c > 0x39) continue;
      let q = p + 1;
      while (q - p <= 3 && (text.charCodeAt(q) === 0x20 || text.charCodeAt(q) === 0x09)) q++;
      if (q > p + 1 && isCapital(text.charCodeAt(q)) && isCapital(text.charCodeAt(q + 1))) return true;
    }
  return false;
}

type Push = (start: number, end: number) => void;

function each(text: string, re: RegExp, visit: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) visit(m);
}

function pushGroup(m: RegExpExecArray, group: number, push: Push): void {
  const span = m.indices?.[group];
  if (span) push(span[0], span[1]);
}

/** Marks the signature initials of the text through `push`. */
export function signatureInitials(ctx: ScanContext, push: Push): void {
  const { text } = ctx;
  const lines = ctx.includes('\n') || ctx.includes('\\n');
  if (ctx.hasUpper) {
    const capitals = (m: RegExpExecArray) => {
      if (mayBeInitials(m[1] as string)) pushGroup(m, 1, push);
    };
    if (ctx.includes('--')) each(text, DASH_RE, capitals);
    if (ctx.includes('/')) each(text, CREDENTIAL_SLASH_RE, capitals);
    if (ctx.hasDigit && (ctx.includes('. ') || ctx.includes('! ')) && ctx.passes(hasCapitalsAfterFigure))
      each(text, AFTER_FIGURE_RE, capitals);
    if (ctx.includes('d/w') || ctx.includes('with')) each(text, DISCUSSED_RE, capitals);
    if (lines)
      each(text, LONE_RE, (m) => {
        const span = m.indices?.[1];
        if (span && afterSentence(text, m.index) && closesNote(text, span[1])) capitals(m);
      });
    if ((ctx.includes(':') || ctx.includes('/')) && ctx.passes(hasCapitalMarkSmall))
      each(text, REFERENCE_RE, (m) => {
        if (mayBeInitials(m[1] as string) && !NOT_LETTERS.has(m[2] as string)) {
          pushGroup(m, 1, push);
          pushGroup(m, 2, push);
        }
      });
  }
  if (ctx.includes('/') && (ctx.includes('.') || ctx.includes(';')))
    each(text, SLASH_LETTERS_RE, (m) => {
      const letters = m[1] as string;
      if (!NOT_LETTERS.has(letters) && !NOT_SLASH_LETTERS.has(letters)) pushGroup(m, 1, push);
    });
  if (lines)
    each(text, LAST_LINE_RE, (m) => {
      if (!NOT_LETTERS.has(m[1] as string)) pushGroup(m, 1, push);
    });
}
