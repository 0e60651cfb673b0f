/**
 * A person's initials where a study or a safety report names someone by them: after
 * "initials", "subject", "participant" or "identifier" ("initials J.D.", "Subject P-K was
 * enrolled", "identifier P.-.F.", "Subject DM"). Two or three capitals, run together or parted
 * by dots and dashes; a word of two capitals that labels something ("ID", "NO") stays.
 *
 * A study's row or letter names a subject by number, then by initials in brackets or in the next
 * column ("Subject 388-4621 (TAS): visit 6 …", "participant P96546 (WNG, age 91)", "PD-5755 |
 * subj TLA848-058 | BFA"): the number is the subject's, the initials theirs.
 */
import type { Detector, ScanContext } from './detector';
import { COMMON, GIVEN, nameDictionaries, SURNAME } from './dictionaries';

const INITIALS_RE =
  /(?<![\w-])(?:[Ii]nitials|INITIALS|[Ss]ubject|SUBJECT|[Pp]articipant|PARTICIPANT|[Ii]dentifier|IDENTIFIER|[Pp]t\.? initials|[Pp]atient initials)[ \t]*[:#=]?[ \t]*([A-Z](?:\.-\.|\.-|-|\.|\. )?[A-Z](?:(?:\.-\.|\.-|-|\.)?[A-Z])?\.?)(?![\w-]|\.?\w)/dg;

/**
 * "subject", "subj" or "participant", a subject's number (three digits at least, perhaps letters
 * before them and dashes between groups), then perhaps the initials in brackets before a comma or
 * the bracket's end, or alone in the next '|' column.
 */
const SUBJECT_ROW_RE =
  /\b(?:[Ss]ubj(?:ect)?|SUBJ(?:ECT)?|[Pp]articipant|PARTICIPANT)\.?[ \t]*[:#]?[ \t]*((?:[A-Z]{1,6}-?)?\d[\dA-Z]{0,11}(?:-[\dA-Z]{1,8}){0,3})(?![\w/.-]|\.\d)(?:[ \t]*\(([A-Z]{2,3})(?=[,)])|[ \t]*\|[ \t]*([A-Z]{2,3})(?=[ \t]*(?:$|[|\n])))?/dgm;
/** A person's name as a study's narrative writes it: "First Last", "First Te Last", "Last, First". */
const PERSON = String.raw`\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?(?:,[ \t]+|[ \t]+(?:(?:St\.|Te|Van|van|De|de|Da|da|Le|La)[ \t]+)?)\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?`;
/**
 * The subject's name in brackets after "participant" or "subject" ("… female participant
 * (Drummond-Hay, Ysolde) randomised …"), or before the subject's number in brackets ("Osric St.
 * Onge (subject SUBJ-27-765) developed …").
 */
const BRACKETED_NAME_RE = new RegExp(
  String.raw`\b(?:[Pp]articipant|[Ss]ubject)[ \t]+\((${PERSON})\)|(${PERSON})[ \t]+\((?:[Ss]ubject|[Pp]articipant|subj\.?)[ \t]+(?:[A-Z]{1,6}-?)?\d`,
  'dgu',
);

/** A subject's number: five characters at least, three digits at least ("Subject 12" is a count). */
const SUBJECT_NUMBER = /^(?!\d{4}-\d\d-\d\d$|\d\d?-\d\d?-\d{2,4}$)(?=(?:\D*\d){3})[\dA-Z-]{5,}$/;

/** Two- and three-letter words after such a label that are no one's initials. */
const NOT_INITIALS = new Set([
  'ID',
  'NO',
  'NR',
  'IS',
  'IN',
  'ON',
  'OF',
  'TO',
  'AT',
  'OR',
  'AN',
  'AS',
  'IDS',
  'NUM',
  'REF',
  // Routes, answers and a study's own abbreviations in brackets after a subject's number.
  'IV',
  'PO',
  'IM',
  'SC',
  'SQ',
  'NA',
  'OK',
  'AM',
  'PM',
  'AE',
  'SAE',
  'PD',
  'ICF',
  'CRF',
]);

const WORDS = [
  'ubj',
  'UBJ',
  'nitials',
  'ubject',
  'articipant',
  'dentifier',
  'NITIALS',
  'UBJECT',
  'ARTICIPANT',
  'DENTIFIER',
];

export const trialInitials: Detector = {
  id: 'trial_initials',
  types: ['name', 'other_id'],
  run(ctx: ScanContext) {
    if (!ctx.hasUpper) return;
    let may = false;
    for (const w of WORDS) if (ctx.mayInclude(w)) may = true;
    if (!may) return;
    if (
      ctx.longestDigitRun >= 1 &&
      (ctx.mayInclude('ubj') || ctx.mayInclude('UBJ') || ctx.mayInclude('rticipant'))
    )
      subjectRows(ctx);
    if (ctx.skip?.has('name')) return;
    if (ctx.includes('(')) bracketedNames(ctx);
    const { text } = ctx;
    INITIALS_RE.lastIndex = 0;
    for (let m = INITIALS_RE.exec(text); m !== null; m = INITIALS_RE.exec(text)) {
      const span = m.indices?.[1];
      const value = m[1];
      if (!span || value === undefined || NOT_INITIALS.has(value.replace(/[.\- ]/g, ''))) continue;
      ctx.out.push({ start: span[0], end: span[1], type: 'name', ruleId: 'trial_initials' });
    }
  },
};

/** A subject's number after its label, and the initials beside it. */
function subjectRows(ctx: ScanContext): void {
  const { text } = ctx;
  SUBJECT_ROW_RE.lastIndex = 0;
  for (let m = SUBJECT_ROW_RE.exec(text); m !== null; m = SUBJECT_ROW_RE.exec(text)) {
    const id = m.indices?.[1];
    if (id && SUBJECT_NUMBER.test(m[1] as string) && !ctx.skip?.has('other_id'))
      ctx.out.push({ start: id[0], end: id[1], type: 'other_id', ruleId: 'trial_initials' });
    const initials = m.indices?.[2] ?? m.indices?.[3];
    const value = m[2] ?? m[3];
    if (initials && value !== undefined && !NOT_INITIALS.has(value) && !ctx.skip?.has('name'))
      ctx.out.push({ start: initials[0], end: initials[1], type: 'name', ruleId: 'trial_initials' });
  }
}

const PARTICLES = new Set(['St.', 'Te', 'Van', 'van', 'De', 'de', 'Da', 'da', 'Le', 'La']);

/** Whether a word of `value` is a common word and no name's ("Protocol Amendment", "Group A"). */
function hasPlainWord(value: string): boolean {
  const { flags } = nameDictionaries();
  return value.split(/[ \t,-]+/).some((w) => {
    if (PARTICLES.has(w)) return false;
    const f = flags.get(w.toLowerCase()) ?? 0;
    return (f & COMMON) !== 0 && (f & (GIVEN | SURNAME)) === 0;
  });
}

/** A subject's name in brackets after the word, or before the subject's number in brackets. */
function bracketedNames(ctx: ScanContext): void {
  const { text } = ctx;
  BRACKETED_NAME_RE.lastIndex = 0;
  for (let m = BRACKETED_NAME_RE.exec(text); m !== null; m = BRACKETED_NAME_RE.exec(text)) {
    const span = m.indices?.[1] ?? m.indices?.[2];
    const value = m[1] ?? m[2];
    if (span && value !== undefined && !hasPlainWord(value))
      ctx.out.push({ start: span[0], end: span[1], type: 'name', ruleId: 'trial_initials' });
  }
}
