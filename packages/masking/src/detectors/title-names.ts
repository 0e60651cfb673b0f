/**
 * Names in the titles of items: a message's subject, a calendar event's summary, a ticket's,
 * an envelope's or a page's title name the person the item is about after a dash ("Wound
 * photo - Quenby, Tamsin", "Please sign: Consent for 99213 - Tamsin Quenby", "Appt
 * confirmation - Tamsin Quenby 3/14/2026"), before one at the title's start ("Tamsin Quenby -
 * new pt consult", "QUENBY, TAMSIN - 44120"), or after "for" at its end in the "Last, First"
 * form ("records request for QUENBY, TAMSIN"); a record's title alone names its person after
 * the record's kind ("Contact Tamsin Quenby"). A title ends its line, its JSON string, its
 * table cell or at a wide gap before a form's next field ("DENTAL CHART - Quenby, Tamsin   acct …");
 * a handover list's item goes on after the name's age and sex ("Bed 11 - Tamsin Quenby 69F, …"). The words must read as a name (name-evidence): "Billing question - Account
 * Locked", "Device clinic - Echo Review" stay.
 */
import type { Detector, ScanContext } from './detector';
import { readsAsName } from './name-evidence';
import { checkNamesFound } from './names';
import { isOrganisationName } from './organisations';

const CAP = String.raw`\p{Lu}[\p{L}\p{M}'’-]{1,30}`;
/** Lower-case particles inside a family name ("de la Fuente", "van der Berg"). */
const PARTICLE = '(?:(?:de|del|della|da|das|dos|du|van|von|der|den|ter|ten|la|le|di|bin|al|el) )';
/** "Last, First [M.]" or "First [Middle] Last" with particles, in any script and case. */
const NAME = String.raw`(?:${PARTICLE}{0,2}${CAP}(?: ${CAP})?, ${CAP}(?: \p{Lu}\.?)?|${CAP}(?: ${PARTICLE}{0,2}${CAP}){1,3})`;
/** What may follow the name in a title: a date or a number, then the title's end. */
const TITLE_END = String.raw`(?: [\d(][\d/.:() -]{2,14})?(?=[ \t]*(?:$|[\n\r"<|]|\\[nr"])| {2,}|\t)|(?= \d{1,3} ?(?:[MF]\b|yo\b|y\/o\b|\/[MF]\b))`;
/** A name after a title's dash, up to the title's end. */
const AFTER_DASH = new RegExp(`(${NAME})${TITLE_END}`, 'uy');
/** A name opening a title, before its dash. */
const BEFORE_DASH = new RegExp(`(${NAME})(?= [-–—] )`, 'uy');
/** "… for QUENBY, TAMSIN": the comma form alone after "for" (a title's "for Lab Results" stays). */
const AFTER_FOR = new RegExp(
  `(${PARTICLE}{0,2}${CAP}(?: ${CAP})?, ${CAP}(?: \\p{Lu}\\.?)?)${TITLE_END}`,
  'uy',
);
/** A record's title alone: its kind, then the person it is ("Contact Tamsin Quenby", a CRM's card). */
const RECORD_TITLE = new RegExp(
  `^(?:Contact|Patient|Lead|Client|Customer|Member|Resident|Claimant|Caller|Subscriber|Guarantor) (${NAME})$`,
  'u',
);
const DASHES = [' - ', ' – ', ' — '];
/** An iCalendar property opening a line ("SUMMARY:", "DESCRIPTION;LANGUAGE=en:"): the title after its colon. */
const PROPERTY = /^[A-Z][A-Z-]{2,19}(?:;[^:\n]{0,60})?:/y;
/** The words of a name, its particles left out. */
function nameWords(name: string): string[] {
  return name.split(/,? /).filter((w) => w.length > 0 && /^\p{Lu}/u.test(w));
}

/**
 * Words no name has in a title: an acronym in capitals beside words in mixed case ("AKH Wien"),
 * or a compound longer than names run ("Universitätsmedizin Berlin").
 */
function unlikeNames(words: readonly string[]): boolean {
  const mixed = words.some((w) => /\p{Ll}/u.test(w));
  return words.some((w) => (mixed && /^\p{Lu}{2,5}$/u.test(w)) || w.split('-').some((p) => p.length > 17));
}

function mark(ctx: ScanContext, re: RegExp, at: number): boolean {
  re.lastIndex = at;
  const m = re.exec(ctx.text);
  const name = m?.[1];
  // A title's opening words are a name only on strong evidence ("Cardiac Rehab - week 3" stays).
  if (m === null || name === undefined) return false;
  const words = nameWords(name);
  if (unlikeNames(words) || !readsAsName(words, re === BEFORE_DASH) || isOrganisationName(name)) return false;
  ctx.out.push({ start: at, end: at + name.length, type: 'name', ruleId: 'title_names' });
  return true;
}

/** How far before its dash a title may start. */
const TITLE_REACH = 80;

/**
 * Where the title holding the dash at `dash` starts: its line's start (past an iCalendar
 * property), its JSON string's or an escaped line break's, when it is near enough.
 */
function titleStart(text: string, dash: number): number {
  // Only the characters before the dash that may hold the title's start are read (its 80, and
  // as many again for the longest iCalendar property that may push the start on), not all the
  // way back to the text's start at each dash of a long line.
  const from = Math.max(0, dash - 2 * TITLE_REACH - 4);
  const near = text.slice(from, dash);
  const far = from === 0 ? 0 : -1;
  const at = (found: number, width: number) => (found < 0 ? far : from + found + width);
  const line = at(near.lastIndexOf('\n'), 1);
  let start = Math.max(line, at(near.lastIndexOf('"'), 1), at(near.lastIndexOf('\\n'), 2));
  if (start < 0) return -1;
  if (start === line) {
    PROPERTY.lastIndex = line;
    if (PROPERTY.test(text)) start = PROPERTY.lastIndex;
  }
  return dash - start <= TITLE_REACH ? start : -1;
}

function titleNames(ctx: ScanContext): void {
  const text = ctx.text;
  if (text.length <= 80) {
    const m = RECORD_TITLE.exec(text);
    const name = m?.[1];
    if (name !== undefined && readsAsName(nameWords(name)) && !unlikeNames(nameWords(name)))
      ctx.out.push({
        start: text.length - name.length,
        end: text.length,
        type: 'name',
        ruleId: 'title_names',
      });
  }
  for (const dash of DASHES) {
    if (!ctx.includes(dash)) continue;
    for (let i = text.indexOf(dash); i >= 0; i = text.indexOf(dash, i + 1)) {
      mark(ctx, AFTER_DASH, i + dash.length);
      // The name opening the title: all that stands before the dash.
      const start = titleStart(text, i);
      if (start >= 0 && start < i) mark(ctx, BEFORE_DASH, start);
    }
  }
  if (ctx.includes(' for ') && ctx.includes(', ')) {
    for (let i = text.indexOf(' for '); i >= 0; i = text.indexOf(' for ', i + 1)) mark(ctx, AFTER_FOR, i + 5);
  }
}

export const titleNamesDetector: Detector = {
  id: 'title_names',
  types: ['name'],
  run(ctx) {
    if (ctx.skip?.has('name') || !ctx.hasUpper) return;
    const dashOrFor =
      ctx.includes(' - ') || ctx.includes(' for ') || ctx.includes(' – ') || ctx.includes(' — ');
    if (!dashOrFor && ctx.text.length > 80) return;
    const found = ctx.out.length;
    titleNames(ctx);
    checkNamesFound(ctx, found);
  },
};
