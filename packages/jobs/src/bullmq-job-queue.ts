/**
 * The job queue on Redis through bullmq: one bullmq queue per job name, all keys under the
 * given prefix. Failures are stored as JSON in bullmq's failedReason so code and
 * retryability survive the trip through Redis.
 */
import { type Logger, silentLogger } from '@proctor/logger';
import { type Job, Queue, UnrecoverableError, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { JobQueueClosedError, JobQueueUnavailableError } from './errors';
import { BACKOFF_JITTER, describeFailure, prepareJob, runAttempt, type StoredJob } from './job-attempt';
import { type JobDefinition, newJobId, parseJobId } from './job-definition';
import type { JobFailure, JobInfo, JobQueue, JobState, JobWorker } from './port';
import { probeRedis, redactRedisUrl } from './redis-probe';

export interface BullmqJobQueueOptions {
  redisUrl: string;
  /** Key prefix: deployments (and tests) sharing one Redis stay apart. */
  prefix: string;
  logger?: Logger;
  /** How long start-up may wait for Redis before failing (default 3 s). */
  connectTimeoutMs?: number;
}

const DAY_SECONDS = 86_400;
// Results stay long enough for a client to collect them; failures longer, for diagnosis.
const KEEP_COMPLETED = { age: 7 * DAY_SECONDS };
const KEEP_FAILED = { age: 30 * DAY_SECONDS };

export async function createBullmqJobQueue(options: BullmqJobQueueOptions): Promise<JobQueue> {
  const logger = options.logger ?? silentLogger();
  const { redisUrl, prefix } = options;
  await probeRedis(redisUrl, options.connectTimeoutMs ?? 3000);

  // Commands from the API path fail fast while Redis is away rather than queue up unseen.
  const producer = new Redis(redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
  producer.on('error', (err) =>
    logger.warn({ err, redis: redactRedisUrl(redisUrl) }, 'redis connection error'),
  );
  await new Promise<void>((resolve) =>
    producer.status === 'ready' ? resolve() : producer.once('ready', resolve),
  );

  const queues = new Map<string, Queue>();
  const workers = new Set<Worker>();
  let closed = false;

  function queueFor(name: string): Queue {
    let queue = queues.get(name);
    if (queue === undefined) {
      queue = new Queue(name, { connection: producer, prefix });
      queue.on('error', (err) => logger.warn({ err, job: name }, 'job queue error'));
      queues.set(name, queue);
    }
    return queue;
  }

  return {
    async enqueue(job, payload, enqueueOptions) {
      if (closed) throw new JobQueueClosedError();
      const { data, options: opts } = prepareJob(job, payload, enqueueOptions);
      const { id, key } = newJobId(job.name);
      try {
        await queueFor(job.name).add(job.name, data, {
          jobId: key,
          attempts: opts.attempts,
          backoff: { type: 'exponential', delay: opts.backoffMs, jitter: BACKOFF_JITTER },
          delay: opts.delayMs,
          removeOnComplete: KEEP_COMPLETED,
          removeOnFail: KEEP_FAILED,
        });
      } catch (err) {
        throw new JobQueueUnavailableError(`could not enqueue job ${job.name}`, { cause: err });
      }
      return { id };
    },

    async getJob(id) {
      const parsed = parseJobId(id);
      if (parsed === null) return null;
      try {
        return await describeJob(id, queueFor(parsed.name), parsed.key);
      } catch (err) {
        throw new JobQueueUnavailableError(`could not read job ${id}`, { cause: err });
      }
    },

    async unfinished(job, limit) {
      const queue = queueFor(job.name);
      const open: JobInfo[] = [];
      try {
        for (const type of UNFINISHED) {
          if (open.length >= limit) break;
          for (const found of await queue.getJobs([type], 0, limit - open.length - 1, true))
            if (found) open.push(infoOf(publicId(found), found, STATES[type] as JobState));
        }
      } catch (err) {
        throw new JobQueueUnavailableError(`could not list jobs ${job.name}`, { cause: err });
      }
      return open;
    },

    async work(job, handler, { concurrency }) {
      if (closed) throw new JobQueueClosedError();
      const definition = job as JobDefinition<string, unknown>;
      const worker = new Worker<StoredJob>(
        job.name,
        async (bullJob) => {
          const attempt = bullJob.attemptsMade + 1;
          try {
            return await runAttempt(definition, handler as never, bullJob.data, {
              id: publicId(bullJob),
              attempt,
              progress: (percent) => bullJob.updateProgress(percent),
            });
          } catch (err) {
            const failure = describeFailure(err);
            const reason = JSON.stringify(failure);
            throw failure.retryable ? new Error(reason) : new UnrecoverableError(reason);
          }
        },
        // Workers block on Redis, so they get their own connections, which bullmq owns.
        {
          connection: { url: redisUrl, maxRetriesPerRequest: null },
          prefix,
          concurrency: Math.max(1, concurrency),
        },
      );
      worker.on('failed', (bullJob) => {
        // Code only: a failure message may quote data the job was working on.
        const code = bullJob === undefined ? null : decodeFailure(bullJob.failedReason).code;
        const jobId = bullJob === undefined ? null : publicId(bullJob);
        logger.warn({ job: job.name, jobId, attempt: bullJob?.attemptsMade, code }, 'job attempt failed');
      });
      worker.on('stalled', (jobId) => {
        logger.warn({ job: job.name, jobId: `${job.name}:${jobId}` }, 'job stalled; it will be retried');
      });
      worker.on('error', (err) => logger.error({ err, job: job.name }, 'job worker error'));
      workers.add(worker);
      await worker.waitUntilReady();
      return {
        async close() {
          workers.delete(worker);
          await worker.close();
        },
      } satisfies JobWorker;
    },

    async close() {
      closed = true;
      await Promise.allSettled([...workers].map((worker) => worker.close()));
      workers.clear();
      await Promise.allSettled([...queues.values()].map((queue) => queue.close()));
      queues.clear();
      await producer.quit().catch(() => producer.disconnect());
    },
  };
}

function publicId(job: Job): string {
  return `${job.name}:${job.id}`;
}

const STATES: Record<string, JobState> = {
  waiting: 'waiting',
  wait: 'waiting',
  prioritized: 'waiting',
  'waiting-children': 'waiting',
  delayed: 'delayed',
  active: 'active',
  completed: 'completed',
  failed: 'failed',
};

async function describeJob(id: string, queue: Queue, key: string): Promise<JobInfo | null> {
  let job = await queue.getJob(key);
  if (job === undefined) return null;
  const state = STATES[await job.getState()];
  if (state === undefined) return null;
  // The job may have finished between the two reads; its data must not be older than its state.
  if ((state === 'completed' || state === 'failed') && job.finishedOn === undefined) {
    job = (await queue.getJob(key)) ?? job;
  }
  return infoOf(id, job, state);
}

/** The unfinished states bullmq lists jobs by (oldest first within each). */
const UNFINISHED = ['active', 'waiting', 'prioritized', 'delayed'] as const;

function infoOf(id: string, job: Job, state: JobState): JobInfo {
  const completed = state === 'completed';
  return {
    id,
    name: job.name,
    state,
    attemptsMade: job.attemptsMade,
    progress: completed ? 100 : typeof job.progress === 'number' ? job.progress : 0,
    result: completed ? (job.returnvalue ?? null) : null,
    error: completed || !job.failedReason ? null : decodeFailure(job.failedReason),
    enqueuedAt: new Date(job.timestamp),
    finishedAt: job.finishedOn === undefined ? null : new Date(job.finishedOn),
    payload: job.data.payload,
  };
}

function decodeFailure(failedReason: string): JobFailure {
  try {
    const parsed = JSON.parse(failedReason) as Partial<JobFailure>;
    if (typeof parsed.code === 'string' && typeof parsed.message === 'string') {
      return { code: parsed.code, message: parsed.message, retryable: parsed.retryable === true };
    }
  } catch {
    // Not one of ours: bullmq's own reasons, such as a job that stalled too often.
  }
  return { code: 'JOB_FAILED', message: failedReason, retryable: false };
}
