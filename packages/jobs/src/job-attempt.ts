/**
 * What both adapters share: preparing a job at enqueue and running one attempt of it, so
 * validation, serialization, timeouts and failure classification cannot drift apart.
 */
import { JobPayloadInvalidError, JobTimeoutError } from './errors';
import { type JobDefinition, type JobOptions, validateOptions } from './job-definition';
import type { EnqueueOptions, JobFailure, JobHandler } from './port';

/** What a queue stores for a job. Payloads travel as JSON, as they would through Redis. */
export interface StoredJob {
  payload: unknown;
  timeoutMs: number | null;
}

export interface PreparedJob {
  data: StoredJob;
  options: JobOptions & { delayMs: number };
}

export function prepareJob<Payload>(
  job: JobDefinition<string, Payload>,
  payload: Payload,
  options: EnqueueOptions = {},
): PreparedJob {
  const parsed = parsePayload(job, payload);
  let json: unknown;
  try {
    json = asJson(parsed);
  } catch (err) {
    throw new JobPayloadInvalidError(job.name, { cause: err });
  }
  const merged = {
    attempts: options.attempts ?? job.defaultOptions.attempts,
    backoffMs: options.backoffMs ?? job.defaultOptions.backoffMs,
    timeoutMs: options.timeoutMs ?? job.defaultOptions.timeoutMs,
  };
  validateOptions(job.name, merged);
  return {
    data: { payload: json, timeoutMs: merged.timeoutMs ?? null },
    options: { ...merged, delayMs: Math.max(0, options.delayMs ?? 0) },
  };
}

export interface AttemptContext {
  id: string;
  attempt: number;
  progress(percent: number): Promise<void>;
}

/** Runs one attempt; resolves with the JSON form of the result, rejects with the failure. */
export async function runAttempt<Payload>(
  job: JobDefinition<string, Payload>,
  handler: JobHandler<Payload>,
  data: StoredJob,
  context: AttemptContext,
): Promise<unknown> {
  // Parsed again: the job may have been queued by an older build with another schema.
  const payload = parsePayload(job, data.payload);
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  try {
    const work = handler(payload, {
      id: context.id,
      attempt: context.attempt,
      signal: controller.signal,
      progress: (percent) => context.progress(Math.min(100, Math.max(0, Math.round(percent)))),
    });
    if (data.timeoutMs === null) return asJson(await work);
    const timeoutMs = data.timeoutMs;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => {
        const err = new JobTimeoutError(timeoutMs);
        // Reject before aborting: a handler that settles on abort must not win the race.
        reject(err);
        controller.abort(err);
      }, timeoutMs);
    });
    return asJson(await Promise.race([work, timeout]));
  } finally {
    clearTimeout(timer);
  }
}

/** Both adapters spread retries by ±25% so jobs that failed together do not retry together. */
export const BACKOFF_JITTER = 0.25;

/** bullmq's exponential strategy with jitter, for the in-process adapter to match it. */
export function retryDelayMs(backoffMs: number, attemptsMade: number): number {
  const max = Math.round(2 ** (attemptsMade - 1) * backoffMs);
  return Math.floor(max * (1 - BACKOFF_JITTER) + Math.random() * max * BACKOFF_JITTER);
}

/** Only errors that say so are retried: retrying a bug or a bad request only repeats it. */
export function describeFailure(err: unknown): JobFailure {
  if (!(err instanceof Error)) return { code: 'JOB_FAILED', message: String(err), retryable: false };
  const { code, retryable } = err as { code?: unknown; retryable?: unknown };
  return {
    code: typeof code === 'string' ? code : 'JOB_FAILED',
    message: err.message,
    retryable: retryable === true,
  };
}

function parsePayload<Payload>(job: JobDefinition<string, Payload>, payload: unknown): Payload {
  try {
    return job.parse(payload);
  } catch (err) {
    throw new JobPayloadInvalidError(job.name, { cause: err });
  }
}

function asJson(value: unknown): unknown {
  const text = JSON.stringify(value);
  return text === undefined ? null : JSON.parse(text);
}
