/**
 * The embedded default: jobs run in this process, state lives in memory. Same semantics as
 * the bullmq adapter (validation at enqueue, attempts, exponential backoff for retryable
 * failures only, status by id), but queued jobs do not survive a restart.
 */
import { type Logger, silentLogger } from '@proctor/logger';
import { JobQueueClosedError } from './errors';
import { describeFailure, type PreparedJob, prepareJob, retryDelayMs, runAttempt } from './job-attempt';
import { type JobDefinition, newJobId } from './job-definition';
import type { JobFailure, JobHandler, JobInfo, JobQueue, JobWorker } from './port';

export interface InProcessJobQueueOptions {
  logger?: Logger;
  /** Finished jobs kept for status lookups; the oldest are dropped beyond this. */
  retainFinished?: number;
}

interface Entry extends JobInfo {
  prepared: PreparedJob;
  timer: NodeJS.Timeout | null;
}

interface Worker {
  job: JobDefinition<string, unknown>;
  handler: JobHandler<unknown>;
  concurrency: number;
  running: Set<Promise<void>>;
  closed: boolean;
}

function infoOf(entry: Entry): JobInfo {
  const info: JobInfo = {
    id: entry.id,
    name: entry.name,
    state: entry.state,
    attemptsMade: entry.attemptsMade,
    progress: entry.state === 'completed' ? 100 : entry.progress,
    result: entry.state === 'completed' ? entry.result : null,
    error: entry.state === 'completed' ? null : entry.error,
    enqueuedAt: entry.enqueuedAt,
    finishedAt: entry.finishedAt,
    payload: entry.payload,
  };
  return structuredClone(info);
}

export function createInProcessJobQueue(options: InProcessJobQueueOptions = {}): JobQueue {
  const logger = options.logger ?? silentLogger();
  const retainFinished = options.retainFinished ?? 10_000;
  const jobs = new Map<string, Entry>();
  const ready = new Map<string, Entry[]>();
  const workers = new Map<string, Set<Worker>>();
  const finishedOrder: string[] = [];
  let closed = false;

  function makeReady(entry: Entry): void {
    entry.state = 'waiting';
    entry.timer = null;
    const list = ready.get(entry.name) ?? [];
    list.push(entry);
    ready.set(entry.name, list);
    dispatch(entry.name);
  }

  function schedule(entry: Entry, delayMs: number): void {
    if (delayMs <= 0) {
      makeReady(entry);
      return;
    }
    entry.state = 'delayed';
    entry.timer = setTimeout(() => makeReady(entry), delayMs);
  }

  function dispatch(name: string): void {
    const list = ready.get(name);
    for (const worker of workers.get(name) ?? []) {
      while (
        list !== undefined &&
        list.length > 0 &&
        !worker.closed &&
        worker.running.size < worker.concurrency
      ) {
        const entry = list.shift() as Entry;
        const run = attempt(worker, entry).finally(() => {
          worker.running.delete(run);
          dispatch(name);
        });
        worker.running.add(run);
      }
    }
  }

  async function attempt(worker: Worker, entry: Entry): Promise<void> {
    entry.state = 'active';
    const number = entry.attemptsMade + 1;
    try {
      const result = await runAttempt(worker.job, worker.handler, entry.prepared.data, {
        id: entry.id,
        attempt: number,
        progress: async (percent) => {
          entry.progress = percent;
        },
      });
      entry.attemptsMade = number;
      finish(entry, 'completed', result, null);
    } catch (err) {
      entry.attemptsMade = number;
      const failure = describeFailure(err);
      entry.error = failure;
      logger.warn(
        { job: entry.name, jobId: entry.id, attempt: number, code: failure.code },
        'job attempt failed',
      );
      if (failure.retryable && number < entry.prepared.options.attempts) {
        schedule(entry, retryDelayMs(entry.prepared.options.backoffMs, number));
      } else {
        finish(entry, 'failed', null, failure);
      }
    }
  }

  function finish(
    entry: Entry,
    state: 'completed' | 'failed',
    result: unknown,
    error: JobFailure | null,
  ): void {
    Object.assign(entry, { state, result, error, finishedAt: new Date() });
    finishedOrder.push(entry.id);
    while (finishedOrder.length > retainFinished) jobs.delete(finishedOrder.shift() as string);
  }

  return {
    async enqueue(job, payload, enqueueOptions) {
      if (closed) throw new JobQueueClosedError();
      const prepared = prepareJob(job, payload, enqueueOptions);
      const { id } = newJobId(job.name);
      const entry: Entry = {
        id,
        name: job.name,
        prepared,
        state: 'waiting',
        attemptsMade: 0,
        progress: 0,
        result: null,
        error: null,
        enqueuedAt: new Date(),
        finishedAt: null,
        payload: prepared.data.payload,
        timer: null,
      };
      jobs.set(id, entry);
      schedule(entry, prepared.options.delayMs);
      return { id };
    },

    async getJob(id) {
      const entry = jobs.get(id);
      return entry === undefined ? null : infoOf(entry);
    },

    async unfinished(job, limit) {
      const open: JobInfo[] = [];
      for (const entry of jobs.values()) {
        if (open.length >= limit) break;
        if (entry.name === job.name && entry.finishedAt === null) open.push(infoOf(entry));
      }
      return open;
    },

    async work(job, handler, { concurrency }) {
      if (closed) throw new JobQueueClosedError();
      const worker: Worker = {
        job: job as JobDefinition<string, unknown>,
        handler: handler as JobHandler<unknown>,
        concurrency: Math.max(1, concurrency),
        running: new Set(),
        closed: false,
      };
      const set = workers.get(job.name) ?? new Set();
      set.add(worker);
      workers.set(job.name, set);
      dispatch(job.name);
      return {
        async close() {
          worker.closed = true;
          set.delete(worker);
          await Promise.allSettled([...worker.running]);
        },
      } satisfies JobWorker;
    },

    async close() {
      closed = true;
      for (const entry of jobs.values()) if (entry.timer !== null) clearTimeout(entry.timer);
      const running = [...workers.values()].flatMap((set) => [...set]);
      for (const worker of running) worker.closed = true;
      workers.clear();
      await Promise.allSettled(running.flatMap((worker) => [...worker.running]));
    },
  };
}
