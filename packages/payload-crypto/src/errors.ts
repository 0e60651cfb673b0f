/**
 * Payload encryption failures. Messages name keys and fields, never payload bytes: a message
 * may reach a log, and the payload is PHI.
 */
import { ProctorError } from '@proctor/errors';

export type PayloadCryptoErrorCode =
  | 'PAYLOAD_KEY_INVALID'
  | 'PAYLOAD_KEY_UNKNOWN'
  | 'PAYLOAD_NOT_ENCRYPTED'
  | 'PAYLOAD_UNWRAP_FAILED'
  | 'PAYLOAD_TAMPERED'
  | 'SESSION_KEY_NOT_READY';

export class PayloadCryptoError extends ProctorError<PayloadCryptoErrorCode> {
  constructor(code: PayloadCryptoErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, { ...options, code, httpStatus: 500, retryable: false });
  }
}
