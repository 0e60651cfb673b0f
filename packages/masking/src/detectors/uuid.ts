/**
 * Random UUIDs are a system's keys (a job, a request, a form, a resource), never a number a
 * registry, a payer or a record system gave a person: kept wherever they stand, even under a
 * label or key that names such a number ("Record id: <uuid>"). A biometric template's or a
 * device's UUID may be the person's, so those types keep their rule.
 */
import type { PhiType } from '../types';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Types a UUID is never: record, member, account, licence and other assigned numbers. */
const RECORD_NUMBER_TYPES: ReadonlySet<PhiType> = new Set([
  'mrn',
  'other_id',
  'account',
  'health_plan',
  'license',
]);

/** Whether `value`, under a label or key of `type`, is a system's UUID and stays. */
export function isSystemUuid(type: PhiType, value: string): boolean {
  return value.length === 36 && RECORD_NUMBER_TYPES.has(type) && UUID.test(value);
}
