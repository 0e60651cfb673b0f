/**
 * Random UUIDs are a system's keys (a job, a request, a form, a resource), never a number a
 * registry, a payer or a record system gave a person, nor a person's name: kept wherever they
 * stand, even under a label, key or column that names such a number or the person ("Record id:
 * <uuid>", a Synthea export's PATIENT column of resource ids). A biometric template's, a
 * device's or a photo's UUID may be the person's, so those types keep their rule.
 */
import type { PhiType } from '../types';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Types a UUID is never: a person's name, record, member, account, licence and other assigned numbers. */
const NEVER_UUID_TYPES: ReadonlySet<PhiType> = new Set([
  'name',
  'mrn',
  'other_id',
  'account',
  'health_plan',
  'license',
]);

/** Whether `value`, under a label, key or column of `type`, is a system's UUID and stays. */
export function isSystemUuid(type: PhiType, value: string): boolean {
  return value.length === 36 && NEVER_UUID_TYPES.has(type) && UUID.test(value);
}

/** A UUID inside a run of hex digits and hyphens. */
const UUID_IN_RUN = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

function isHexOrHyphen(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46) || c === 0x2d;
}

/**
 * Whether text[start, end) is a part, not the whole, of a UUID written there ("Patient/fc1f3e15-
 * 23b0-4⟦ebe-aea⟧1-…" read as a hyphenated name): a piece of a server's key is no one's
 * identifier, whatever a detector read it as. A span over the whole UUID keeps its detector's
 * decision (a device's or a template's UUID may be an identifier).
 */
export function insideUuid(text: string, start: number, end: number): boolean {
  if (end - start >= 36) return false;
  for (let i = start; i < end; i++) if (!isHexOrHyphen(text.charCodeAt(i))) return false;
  let from = start;
  while (from > 0 && start - from < 36 && isHexOrHyphen(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < text.length && to - end < 36 && isHexOrHyphen(text.charCodeAt(to))) to++;
  if (to - from < 36) return false;
  UUID_IN_RUN.lastIndex = 0;
  const run = text.slice(from, to);
  for (let m = UUID_IN_RUN.exec(run); m !== null; m = UUID_IN_RUN.exec(run)) {
    const s = from + m.index;
    if (s <= start && end <= s + 36) return true;
  }
  return false;
}
