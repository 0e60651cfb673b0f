/**
 * An identifier said again: once a text gives a number as someone's ("Your participant number is
 * OSP-422-2141", "the sensor serial GX52-771204 is not paired"), the same number elsewhere in it
 * is theirs too ("Please quote OSP-422-2141", "I can see GX52-771204 was last synced"). Only a
 * distinctive value is carried over: six characters at least, four of them figures, as one token
 * (a letter, a figure or a '-' on neither side of the repeat), never a date (a stamp later in the
 * text that repeats a visit's day is a program's, not a number of the person's).
 */
import { digitCount } from '../char-codes';
import type { DetectedSpan, PhiType } from '../types';
import type { Detector, ScanContext } from './detector';

/** The types whose values are numbers worth looking for again. */
const CARRIED = new Set<PhiType>([
  'other_id',
  'device',
  'vehicle',
  'license',
  'biometric',
  'account',
  'health_plan',
  'mrn',
  'ssn',
]);
/** A calendar date's shape ("2025-01-14", "14.01.2025"): a date, however a detector typed it. */
const DATE_SHAPE = /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$/;

/** Whether a date or an age was also found where the value was (the value is then no number of anyone's). */
function alsoDated(ctx: ScanContext, span: DetectedSpan): boolean {
  for (const s of ctx.out)
    if ((s.type === 'date' || s.type === 'age') && s.start < span.end && span.start < s.end) return true;
  return false;
}

/** The most values looked for in one text. */
const MAX_VALUES = 64;

function isTokenEdge(text: string, at: number): boolean {
  const ch = text[at];
  return ch === undefined || !/[\p{L}\p{N}_-]/u.test(ch);
}

export const identifierRepeats: Detector = {
  id: 'identifier_repeat',
  types: [...CARRIED],
  run(ctx: ScanContext) {
    const count = ctx.out.length;
    if (count === 0 || ctx.longestDigitRun < 1) return;
    const values = new Map<string, PhiType>();
    for (let i = 0; i < count && values.size < MAX_VALUES; i++) {
      const span = ctx.out[i] as DetectedSpan;
      if (!CARRIED.has(span.type) || ctx.skip?.has(span.type) || span.end - span.start < 6) continue;
      const value = ctx.text.slice(span.start, span.end);
      if (values.has(value) || digitCount(value) < 4 || /[\s]/.test(value.replace(/ /g, ''))) continue;
      if (DATE_SHAPE.test(value) || alsoDated(ctx, span)) continue;
      values.set(value, span.type);
    }
    if (values.size === 0) return;
    const covered = (start: number, end: number): boolean => {
      for (let i = 0; i < ctx.out.length; i++) {
        const s = ctx.out[i] as DetectedSpan;
        if (s.start <= start && end <= s.end) return true;
      }
      return false;
    };
    const text = ctx.text;
    for (const [value, type] of values) {
      for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + value.length)) {
        const end = at + value.length;
        if (!isTokenEdge(text, at - 1) || !isTokenEdge(text, end) || covered(at, end)) continue;
        ctx.out.push({ start: at, end, type, ruleId: 'identifier_repeat' });
      }
    }
  },
};
