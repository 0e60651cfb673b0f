/**
 * A person's initials where a study or a safety report names someone by them: after
 * "initials", "subject", "participant" or "identifier" ("initials J.D.", "Subject P-K was
 * enrolled", "identifier P.-.F.", "Subject DM"). Two or three capitals, run together or parted
 * by dots and dashes; a word of two capitals that labels something ("ID", "NO") stays.
 */
import type { Detector, ScanContext } from './detector';

const INITIALS_RE =
  /(?<![\w-])(?:[Ii]nitials|INITIALS|[Ss]ubject|SUBJECT|[Pp]articipant|PARTICIPANT|[Ii]dentifier|IDENTIFIER|[Pp]t\.? initials|[Pp]atient initials)[ \t]*[:#=]?[ \t]*([A-Z](?:\.-\.|\.-|-|\.|\. )?[A-Z](?:(?:\.-\.|\.-|-|\.)?[A-Z])?\.?)(?![\w-]|\.?\w)/dg;

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
]);

const WORDS = [
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
  types: ['name'],
  run(ctx: ScanContext) {
    if (!ctx.hasUpper || ctx.skip?.has('name')) return;
    let may = false;
    for (const w of WORDS) if (ctx.mayInclude(w)) may = true;
    if (!may) return;
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
