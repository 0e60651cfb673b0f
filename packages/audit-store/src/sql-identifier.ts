import { AuditStoreInputError } from './errors';

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Database names are the only things ever spliced into SQL text (values always travel as
 * query parameters), so they are checked against a strict identifier pattern first.
 */
export function assertIdentifier(value: string, field: string): string {
  if (!IDENTIFIER.test(value)) {
    throw new AuditStoreInputError(
      `${field} must match [A-Za-z_][A-Za-z0-9_]* (got ${JSON.stringify(value)})`,
    );
  }
  return value;
}
