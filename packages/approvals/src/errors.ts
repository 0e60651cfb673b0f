import { ProctorError } from '@proctor/errors';

export type ApprovalErrorCode =
  | 'APPROVAL_NOT_FOUND'
  | 'APPROVAL_EXPIRED'
  | 'APPROVAL_ALREADY_DECIDED'
  | 'NOT_AN_APPROVER'
  | 'SELF_APPROVAL'
  | 'SAME_PIPELINE'
  | 'DUPLICATE_APPROVER'
  | 'REASON_REQUIRED'
  | 'STANDING_TOO_LONG'
  | 'GRANT_NOT_FOUND'
  | 'GRANT_ALREADY_REVOKED'
  | 'GRANT_REQUEST_PENDING'
  | 'DURATION_TOO_LONG'
  | 'UNKNOWN_CONNECTION'
  | 'GRANTS_NOT_ENABLED'
  | 'NOT_IN_EMERGENCY_GROUP'
  | 'CLEAR_VIEW_NOT_ALLOWED'
  | 'CLEAR_ARGUMENTS_GONE'
  | 'HOLDER_UNREACHABLE'
  | 'TOO_MANY_PENDING_APPROVALS'
  | 'INVALID_INPUT';

const STATUS: Record<ApprovalErrorCode, number> = {
  APPROVAL_NOT_FOUND: 404,
  APPROVAL_EXPIRED: 409,
  APPROVAL_ALREADY_DECIDED: 409,
  NOT_AN_APPROVER: 403,
  SELF_APPROVAL: 403,
  SAME_PIPELINE: 403,
  DUPLICATE_APPROVER: 409,
  REASON_REQUIRED: 400,
  STANDING_TOO_LONG: 400,
  GRANT_NOT_FOUND: 404,
  GRANT_ALREADY_REVOKED: 409,
  GRANT_REQUEST_PENDING: 409,
  DURATION_TOO_LONG: 400,
  UNKNOWN_CONNECTION: 404,
  GRANTS_NOT_ENABLED: 403,
  NOT_IN_EMERGENCY_GROUP: 403,
  CLEAR_VIEW_NOT_ALLOWED: 403,
  CLEAR_ARGUMENTS_GONE: 410,
  HOLDER_UNREACHABLE: 503,
  TOO_MANY_PENDING_APPROVALS: 429,
  INVALID_INPUT: 400,
};

/** A refused approval or grant operation: nothing was changed. The message names no argument value. */
export class ApprovalError extends ProctorError<ApprovalErrorCode> {
  constructor(code: ApprovalErrorCode, message: string) {
    super(message, { code, httpStatus: STATUS[code], retryable: false });
  }
}

/** The approval store (Redis) could not be reached: retry later. */
export class ApprovalStoreUnavailableError extends ProctorError<'APPROVAL_STORE_UNAVAILABLE'> {
  constructor(cause: unknown) {
    super('the approval store is unavailable', {
      code: 'APPROVAL_STORE_UNAVAILABLE',
      httpStatus: 503,
      retryable: true,
      cause,
    });
  }
}
