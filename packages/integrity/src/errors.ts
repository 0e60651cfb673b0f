import { ProctorError } from '@proctor/errors';

export type IntegrityErrorCode =
  | 'INTEGRITY_NOT_CANONICAL'
  | 'INTEGRITY_KEY_INVALID'
  | 'INTEGRITY_CHECKPOINT_INVALID';

/** Input the integrity functions cannot hash, sign or verify; never retryable. */
export class IntegrityError extends ProctorError<IntegrityErrorCode> {
  constructor(code: IntegrityErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, { ...options, code, httpStatus: 400, retryable: false });
  }
}
