/**
 * Codec errors. Messages name the problem and, at most, a field path: never the bytes or
 * values of the event (a payload may carry PHI).
 */

import { ProctorError } from '@proctor/errors';

export type EventDecodeErrorCode = 'UNKNOWN_SCHEMA' | 'BAD_MAGIC' | 'CORRUPT' | 'UNSUPPORTED_EVENT_TYPE';

export class EventDecodeError extends ProctorError<EventDecodeErrorCode> {
  constructor(code: EventDecodeErrorCode, message: string) {
    super(message, { code, httpStatus: 400, retryable: false });
  }
}

/** The event does not fit the schema: a bug in the code that built it, not bad input. */
export class EventEncodeError extends ProctorError<'INVALID_EVENT'> {
  constructor(message: string) {
    super(message, { code: 'INVALID_EVENT', httpStatus: 500, retryable: false });
  }
}
