/** Errors the job queue raises across module boundaries: each carries code, httpStatus and retryable. */

import { ProctorError } from '@proctor/errors';

export class JobPayloadInvalidError extends ProctorError<'JOB_PAYLOAD_INVALID'> {
  constructor(jobName: string, options?: { cause?: unknown }) {
    const reason = options?.cause instanceof Error ? `: ${options.cause.message}` : '';
    super(`invalid payload for job ${jobName}${reason}`, {
      ...options,
      code: 'JOB_PAYLOAD_INVALID',
      httpStatus: 400,
      retryable: false,
    });
  }
}

export class JobQueueUnavailableError extends ProctorError<'JOB_QUEUE_UNAVAILABLE'> {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, { ...options, code: 'JOB_QUEUE_UNAVAILABLE', httpStatus: 503, retryable: true });
  }
}

export class JobTimeoutError extends ProctorError<'JOB_TIMEOUT'> {
  constructor(timeoutMs: number) {
    // A slow attempt is usually a busy dependency; another attempt may well finish.
    super(`job attempt exceeded its ${timeoutMs} ms timeout`, {
      code: 'JOB_TIMEOUT',
      httpStatus: 504,
      retryable: true,
    });
  }
}

export class JobQueueClosedError extends ProctorError<'JOB_QUEUE_CLOSED'> {
  constructor() {
    super('job queue is closed', { code: 'JOB_QUEUE_CLOSED', httpStatus: 503, retryable: true });
  }
}
