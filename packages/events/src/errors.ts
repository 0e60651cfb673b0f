/**
 * Codec errors. Messages name the problem and, at most, a field path: never the bytes or
 * values of the event (a payload may carry PHI).
 */

export type EventDecodeErrorCode = 'UNKNOWN_SCHEMA' | 'BAD_MAGIC' | 'CORRUPT' | 'UNSUPPORTED_EVENT_TYPE';

export class EventDecodeError extends Error {
  readonly code: EventDecodeErrorCode;
  readonly httpStatus = 400;
  readonly retryable = false;
  constructor(code: EventDecodeErrorCode, message: string) {
    super(message);
    this.name = 'EventDecodeError';
    this.code = code;
  }
}

/** The event does not fit the schema: a bug in the code that built it, not bad input. */
export class EventEncodeError extends Error {
  readonly code = 'INVALID_EVENT';
  readonly httpStatus = 500;
  readonly retryable = false;
  constructor(message: string) {
    super(message);
    this.name = 'EventEncodeError';
  }
}
