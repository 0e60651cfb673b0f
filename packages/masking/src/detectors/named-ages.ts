/**
 * An age over 89 in brackets right after a person's name ("Proband: Ruairí Begay (94),",
 * "hv brayden ó súilleabháin (102)"): a name found by the detectors before this one, then the
 * bracketed number. A number in brackets after anything else ("glucose (102)", "HR (96)") is a
 * value and stays, and so is an age under 90, which is no identifier.
 */
import type { Detector, ScanContext } from './detector';

const BRACKETED_AGE_RE = /\((9\d|1[01]\d)\)/dg;

/** Whether a name the detectors found ends at `end`, or one space before it. */
function nameEndsAt(ctx: ScanContext, end: number): boolean {
  for (const span of ctx.out) {
    if (span.type !== 'name') continue;
    if (span.end === end || (span.end === end - 1 && /\s/.test(ctx.text[end - 1] ?? ''))) return true;
  }
  return false;
}

export const namedAges: Detector = {
  id: 'named_age',
  types: ['age'],
  run(ctx: ScanContext) {
    if (!ctx.hasDigit || ctx.skip?.has('age') || ctx.out.length === 0) return;
    if (!(ctx.includes('(9') || ctx.includes('(1'))) return;
    const { text } = ctx;
    BRACKETED_AGE_RE.lastIndex = 0;
    for (let m = BRACKETED_AGE_RE.exec(text); m !== null; m = BRACKETED_AGE_RE.exec(text)) {
      const span = m.indices?.[1];
      if (span && nameEndsAt(ctx, m.index))
        ctx.out.push({ start: span[0], end: span[1], type: 'age', ruleId: 'named_age' });
    }
  },
};
