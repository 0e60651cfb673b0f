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
