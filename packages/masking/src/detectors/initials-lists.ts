/**
 * The initials a group's attendance line lists instead of its members' names ("Attendance (5): FH,
 * NA, T.G., MS, T.U.", "Present: JD, K.L., MR"): after a label of who attended, a list of two
 * or more items that are all initials. A list holding any word ("Present: RN, pharmacy") is left
 * to the name detectors.
 */
import type { Detector, ScanContext } from './detector';

/** The label, an optional head count in brackets, a colon, then the rest of the line. */
const ATTENDANCE =
  /(?<![\p{L}\p{N}])(?:Attendance|Attendees|Attending|In attendance|Present|Participants|Members present|Group members|Members)(?:[ \t]*\(\d{1,3}\))?[ \t]*:[ \t]*([^\n\r;]{4,300})/dgu;
/** "FH", "T.G.", "T.G", "JMR": initials of one person. */
const INITIALS = /^(?:\p{Lu}{2,3}|\p{Lu}\.(?:[ \t]?\p{Lu}\.?){1,2})$/u;
/** Initials in capitals and the sentence's full stop. */
const FULL_STOP_AFTER = /^\p{Lu}{2,3}\.$/u;
/** Credentials and roles a list may name as a member ("RN", "MD"). */
const ROLES = new Set([
  'RN',
  'MD',
  'NP',
  'PA',
  'DO',
  'LPN',
  'CNA',
  'OT',
  'PT',
  'SLP',
  'SW',
  'CM',
  'MSW',
  'LCSW',
]);

export const initialsLists: Detector = {
  id: 'initials_list',
  types: ['name'],
  run(ctx: ScanContext) {
    if (!ctx.hasUpper || ctx.skip?.has('name') || !ctx.includes(':')) return;
    const text = ctx.text;
    ATTENDANCE.lastIndex = 0;
    for (let m = ATTENDANCE.exec(text); m !== null; m = ATTENDANCE.exec(text)) {
      const list = m[1] as string;
      const from = m.index + m[0].length - list.length;
      const items: [number, number][] = [];
      let ok = true;
      let at = 0;
      for (const raw of list.split(',')) {
        const lead = raw.length - raw.trimStart().length;
        const trimmed = raw.trim();
        // "MS." closing the line: the full stop is the sentence's.
        const item = FULL_STOP_AFTER.test(trimmed) ? trimmed.slice(0, -1) : trimmed;
        if (!INITIALS.test(item) || ROLES.has(item)) {
          ok = false;
          break;
        }
        items.push([from + at + lead, from + at + lead + item.length]);
        at += raw.length + 1;
      }
      if (!ok || items.length < 2) continue;
      for (const [start, end] of items) ctx.out.push({ start, end, type: 'name', ruleId: 'initials_list' });
    }
  },
};
