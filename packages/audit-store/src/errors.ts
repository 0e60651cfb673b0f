import { ProctorError } from '@proctor/errors';
import { AuditStoreUnavailableError } from './port';

/**
 * ClickHouse error codes worth retrying: the server is overloaded or briefly out of
 * resources, not rejecting the data itself.
 * TIMEOUT_EXCEEDED, TOO_MANY_SIMULTANEOUS_QUERIES, MEMORY_LIMIT_EXCEEDED, TOO_MANY_PARTS,
 * NETWORK_ERROR, SOCKET_TIMEOUT, TABLE_IS_READ_ONLY, ALL_CONNECTION_TRIES_FAILED.
 */
const RETRYABLE_CLICKHOUSE_CODES = new Set(['159', '202', '241', '252', '210', '209', '242', '279']);

/** Node socket errors that mean "could not talk to the server at all". */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  'UND_ERR_SOCKET',
]);

/**
 * Raw ClickHouse error text can quote row data (a value that failed to parse, a payload
 * fragment): it is kept on a non-enumerable property so it never reaches a log line or a
 * JSON error response by accident, yet stays reachable for a debugger.
 */
function attachRawMessage(target: Error, raw: string): void {
  Object.defineProperty(target, 'clickhouseMessage', { value: raw, enumerable: false, writable: false });
}

/** A query or insert that ClickHouse rejected. The message names the operation and the error code only. */
export class AuditStoreQueryError extends ProctorError<'AUDIT_STORE_QUERY_FAILED'> {
  /** ClickHouse's numeric error code and symbolic type, when it reported them. */
  readonly clickhouseCode: string | undefined;
  readonly clickhouseType: string | undefined;
  declare readonly clickhouseMessage?: string;

  constructor(
    message: string,
    details: { retryable: boolean; clickhouseCode?: string; clickhouseType?: string; raw?: string },
  ) {
    super(message, { code: 'AUDIT_STORE_QUERY_FAILED', httpStatus: 500, retryable: details.retryable });
    this.clickhouseCode = details.clickhouseCode;
    this.clickhouseType = details.clickhouseType;
    if (details.raw !== undefined) attachRawMessage(this, details.raw);
  }
}

/** Migrations could not be applied, or the applied ones no longer match the files. */
export class AuditStoreMigrationError extends ProctorError<'AUDIT_STORE_MIGRATION_FAILED'> {
  constructor(message: string) {
    super(message, { code: 'AUDIT_STORE_MIGRATION_FAILED', httpStatus: 500, retryable: false });
  }
}

/** A caller passed something the store cannot accept (a bad identifier, an empty dedup token). */
export class AuditStoreInputError extends ProctorError<'AUDIT_STORE_INVALID_INPUT'> {
  constructor(message: string) {
    super(message, { code: 'AUDIT_STORE_INVALID_INPUT', httpStatus: 400, retryable: false });
  }
}

interface ErrorContext {
  /** What was being done, e.g. "insert into events". */
  operation: string;
  /** Where, without credentials, e.g. "http://clickhouse:8123" or "chDB". */
  target: string;
}

function stringProperty(err: object, key: string): string | undefined {
  const value = (err as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : undefined;
}

function isTimeout(err: Error): boolean {
  // The client reports its own request timeout as "Timeout error." and an aborted request
  // (the store aborts only on deadlines) as "The user aborted a request."
  return (
    err.name === 'AbortError' ||
    err.name === 'TimeoutError' ||
    /^Timeout error|aborted a request/i.test(err.message)
  );
}

/**
 * Maps whatever the ClickHouse client threw to an error with code/httpStatus/retryable whose
 * message is safe to log. Already-mapped errors pass through.
 */
export function toAuditStoreError(err: unknown, context: ErrorContext): Error {
  if (
    err instanceof AuditStoreUnavailableError ||
    err instanceof AuditStoreQueryError ||
    err instanceof AuditStoreInputError ||
    err instanceof AuditStoreMigrationError
  ) {
    return err;
  }
  if (!(err instanceof Error)) {
    return new AuditStoreQueryError(`ClickHouse ${context.operation} failed`, {
      retryable: false,
      raw: String(err),
    });
  }
  const code = stringProperty(err, 'code');
  if (code !== undefined && UNREACHABLE_CODES.has(code)) {
    return new AuditStoreUnavailableError(`ClickHouse at ${context.target} is unreachable (${code})`);
  }
  if (isTimeout(err)) {
    return new AuditStoreUnavailableError(
      `ClickHouse at ${context.target} did not answer in time during ${context.operation}`,
    );
  }
  // ClickHouseError: numeric code plus symbolic type. Matched by shape, because the client
  // and chDB's connection each bundle their own copy of the class.
  if (code !== undefined && /^\d+$/.test(code)) {
    const type = stringProperty(err, 'type');
    return new AuditStoreQueryError(
      `ClickHouse ${context.operation} failed: code ${code}${type ? ` (${type})` : ''}`,
      {
        retryable: RETRYABLE_CLICKHOUSE_CODES.has(code),
        clickhouseCode: code,
        clickhouseType: type,
        raw: err.message,
      },
    );
  }
  return new AuditStoreQueryError(`ClickHouse ${context.operation} failed`, {
    retryable: false,
    raw: err.message,
  });
}
