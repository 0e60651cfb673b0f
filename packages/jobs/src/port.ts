/**
 * The job-queue port: long work of the exporter (bundles, reports, retention) runs as jobs.
 * Adapters: bullmq on Redis, and an in-process runner for the embedded default. Both give
 * the same semantics: payloads validated at enqueue, attempts with exponential backoff for
 * retryable failures only, and status kept for lookup by id.
 */
import type { JobDefinition, JobOptions } from './job-definition';

export interface EnqueueOptions extends Partial<JobOptions> {
  /** Wait this long before the first attempt. */
  delayMs?: number;
}

export interface JobContext {
  id: string;
  /** 1 for the first attempt. */
  attempt: number;
  /** Aborted when the attempt times out; the handler should stop then. */
  signal: AbortSignal;
  /** Publishes how far the job has got (0–100), for status lookups. */
  progress(percent: number): Promise<void>;
}

/**
 * Does the work. The resolved value is the job's result and must be JSON-serializable.
 * Throwing an error with `retryable: true` schedules another attempt (if any are left);
 * any other error fails the job at once.
 */
export type JobHandler<Payload> = (payload: Payload, context: JobContext) => Promise<unknown>;

export type JobState = 'waiting' | 'delayed' | 'active' | 'completed' | 'failed';

export interface JobFailure {
  code: string;
  message: string;
  retryable: boolean;
}

export interface JobInfo {
  id: string;
  name: string;
  state: JobState;
  /** Attempts that have finished, successfully or not. */
  attemptsMade: number;
  /** Last progress the handler reported (0–100); 100 once completed. */
  progress: number;
  /** The handler's result once completed, else null. */
  result: unknown;
  /** The last attempt's failure while the job is not completed, else null. */
  error: JobFailure | null;
  enqueuedAt: Date;
  finishedAt: Date | null;
  /** The payload the job was queued with, so a caller can check who may see the job. */
  payload: unknown;
}

export interface JobWorker {
  /** Stops taking jobs and waits for the ones in progress to finish. */
  close(): Promise<void>;
}

export interface JobQueue {
  /** Validates the payload (JobPayloadInvalidError if bad) and queues the job. */
  enqueue<Payload>(
    job: JobDefinition<string, Payload>,
    payload: Payload,
    options?: EnqueueOptions,
  ): Promise<{ id: string }>;
  /** The job's status, or null if no such job is known (or it has been pruned). */
  getJob(id: string): Promise<JobInfo | null>;
  /**
   * Jobs of this kind not finished yet (active, waiting or delayed), at most `limit`: what an
   * API counts to refuse a caller who queues more than their share.
   */
  unfinished(job: JobDefinition<string, unknown>, limit: number): Promise<JobInfo[]>;
  work<Payload>(
    job: JobDefinition<string, Payload>,
    handler: JobHandler<Payload>,
    options: { concurrency: number },
  ): Promise<JobWorker>;
  /** Closes every worker (waiting for jobs in progress) and connection. */
  close(): Promise<void>;
}
