/**
 * A month and day in figures right after a person's name, as a note or a log dates a contact
 * without the year ("Spoke with brother Doe, Jane 10/7.", "LVM Jane Doe 3/14 re refill"): a
 * name found by the detectors before this one, one blank, then the day. A fraction or a dose
 * after a name comes with its unit or its word ("1/2 tab", "3/4 strength"), which keeps it.
 */
import type { Detector, ScanContext } from './detector';

/** A month and day after one blank, ending a clause or before a word that is no unit. */
const DAY_AFTER =
  /^[ \t]((?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01]))(?![\w/-]|\.\d|[ \t]*(?:tabs?|tablets?|caps?|doses?|of|mg|mcg|ml|units?|strength|puffs?|drops?|pills?)\b)/;

function push(ctx: ScanContext, start: number, end: number): void {
  ctx.out.push({ start, end, type: 'date', ruleId: 'named_day' });
}

export const namedDays: Detector = {
  id: 'named_day',
  types: ['date'],
  run(ctx) {
    if (!ctx.hasDigit || !ctx.includes('/') || ctx.out.length === 0 || ctx.skip?.has('date')) return;
    const { text } = ctx;
    const found = ctx.out.length;
    for (let i = 0; i < found; i++) {
      const span = ctx.out[i];
      if (span?.type !== 'name' || text.charCodeAt(span.end) !== 0x20) continue;
      const m = DAY_AFTER.exec(text.slice(span.end, span.end + 16));
      const day = m?.[1];
      if (m && day) push(ctx, span.end + 1, span.end + 1 + day.length);
    }
  },
};
