import { ProctorError } from '@proctor/errors';

export type PolicyErrorCode = 'POLICY_INVALID';

/** A policy that cannot be loaded; `issues` name each problem by its path in the document. */
export class PolicyError extends ProctorError<PolicyErrorCode> {
  constructor(
    readonly issues: string[],
    source: string,
  ) {
    super(`invalid policy in ${source}:\n${issues.map((i) => `  ${i}`).join('\n')}`, {
      code: 'POLICY_INVALID',
      httpStatus: 500,
      retryable: false,
    });
  }
}
