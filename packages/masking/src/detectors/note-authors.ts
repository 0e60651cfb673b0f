/**
 * Who wrote each entry of a work log: claim notes, collection notes and account notes write an
 * entry as its date (and time), the author's initials or login, a column gap and the note
 * ("03/18/22 FU  Rec'd FROI from employer.", "08/13/23 09:12 anna.lee  OB CALL - LMOM",
 * "2024-05-02 LEE.A  Statement mailed"). The author column is read only where two entries at
 * least share that layout, one blank after the date (a table's columns, a lab result's
 * "01/02/2024  Glucose  98", stand wider apart); a clock's AM/PM or zone, a weekday and a log's
 * level are no one.
 */
import { NUMBERED_LOGIN } from '../login-shape';
import type { Detector, ScanContext } from './detector';
import { CLOCK_WORDS, NOT_AUTHORS } from './staff-mark-words';

/** A date (US or ISO), perhaps a clock, then the author's initials or login, then two blanks or a tab. */
const ENTRY = new RegExp(
  String.raw`^[ \t]*(?:\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})([ T]\d{1,2}:\d{2}(?::\d{2})?)? (${NUMBERED_LOGIN})(?: {2,}|\t)(?=\S)`,
  'dgmu',
);

function firstEntry(text: string): boolean {
  ENTRY.lastIndex = 0;
  return ENTRY.test(text);
}

export const noteAuthors: Detector = {
  id: 'note_author',
  types: ['name'],
  run(ctx: ScanContext) {
    if (!ctx.hasDigit || ctx.skip?.has('name') || !ctx.includes('\n') || !ctx.passes(firstEntry)) return;
    const { text } = ctx;
    const found: [number, number][] = [];
    ENTRY.lastIndex = 0;
    for (let m = ENTRY.exec(text); m !== null; m = ENTRY.exec(text)) {
      const at = m.indices?.[2];
      const word = (m[2] as string).toLowerCase();
      if (at && !NOT_AUTHORS.has(word) && !(m[1] !== undefined && CLOCK_WORDS.has(word))) found.push(at);
    }
    if (found.length < 2) return;
    for (const [start, end] of found) ctx.out.push({ start, end, type: 'name', ruleId: 'note_author' });
  },
};
