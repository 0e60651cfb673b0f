/** Errors the job queue raises across module boundaries: each carries code, httpStatus and retryable. */

export class JobPayloadInvalidError extends Error {
  readonly code = 'JOB_PAYLOAD_INVALID';
  readonly httpStatus = 400;
  readonly retryable = false;
  constructor(jobName: string, options?: { cause?: unknown }) {
    const reason = options?.cause instanceof Error ? `: ${options.cause.message}` : '';
    super(`invalid payload for job ${jobName}${reason}`, options);
    this.name = 'JobPayloadInvalidError';
  }
}

export class JobQueueUnavailableError extends Error {
  readonly code = 'JOB_QUEUE_UNAVAILABLE';
  readonly httpStatus = 503;
  readonly retryable = true;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'JobQueueUnavailableError';
  }
}

export class JobTimeoutError extends Error {
  readonly code = 'JOB_TIMEOUT';
  readonly httpStatus = 504;
  // A slow attempt is usually a busy dependency; another attempt may well finish.
  readonly retryable = true;
  constructor(timeoutMs: number) {
    super(`job attempt exceeded its ${timeoutMs} ms timeout`);
    this.name = 'JobTimeoutError';
  }
}

export class JobQueueClosedError extends Error {
  readonly code = 'JOB_QUEUE_CLOSED';
  readonly httpStatus = 503;
  readonly retryable = true;
  constructor() {
    super('job queue is closed');
    this.name = 'JobQueueClosedError';
  }
}
