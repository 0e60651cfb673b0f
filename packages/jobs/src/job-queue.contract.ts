/**
 * The behaviour every JobQueue adapter must show. Each adapter's test file runs this suite
 * with a factory that returns a fresh, isolated queue per test.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { JobPayloadInvalidError } from './errors';
import { defineJob } from './job-definition';
import type { JobInfo, JobQueue } from './port';

interface ReportPayload {
  reportId: string;
  pages: number;
}

const report = defineJob({
  name: 'test.report',
  parse(payload: unknown): ReportPayload {
    const p = payload as Partial<ReportPayload> | null;
    if (typeof p?.reportId !== 'string' || typeof p.pages !== 'number') {
      throw new Error('reportId (string) and pages (number) are required');
    }
    return { reportId: p.reportId, pages: p.pages };
  },
  defaultOptions: { attempts: 3, backoffMs: 20 },
});

class TransientError extends Error {
  readonly code = 'STORE_BUSY';
  readonly retryable = true;
}

class PermanentError extends Error {
  readonly code = 'REPORT_INVALID';
  readonly retryable = false;
}

export async function waitForJob(
  queue: JobQueue,
  id: string,
  done: (info: JobInfo) => boolean = (info) => info.state === 'completed' || info.state === 'failed',
  timeoutMs = 15_000,
): Promise<JobInfo> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const info = await queue.getJob(id);
    if (info !== null && done(info)) return info;
    if (Date.now() > deadline)
      throw new Error(`job ${id} did not finish in time (last: ${JSON.stringify(info)})`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export function describeJobQueueContract(adapter: string, createQueue: () => Promise<JobQueue>): void {
  describe(`JobQueue contract: ${adapter}`, () => {
    let queue: JobQueue | undefined;

    async function fresh(): Promise<JobQueue> {
      queue = await createQueue();
      return queue;
    }

    afterEach(async () => {
      await queue?.close();
      queue = undefined;
    });

    it('runs an enqueued job and keeps its result', async () => {
      const q = await fresh();
      const seen: Array<{ payload: ReportPayload; attempt: number; id: string }> = [];
      await q.work(
        report,
        async (payload, ctx) => {
          seen.push({ payload, attempt: ctx.attempt, id: ctx.id });
          return { file: `${payload.reportId}.pdf`, pages: payload.pages };
        },
        { concurrency: 1 },
      );
      const { id } = await q.enqueue(report, { reportId: 'r-1', pages: 12 });
      expect(id.startsWith('test.report:')).toBe(true);

      const info = await waitForJob(q, id);
      expect(info).toMatchObject({
        id,
        name: 'test.report',
        state: 'completed',
        attemptsMade: 1,
        result: { file: 'r-1.pdf', pages: 12 },
        error: null,
        payload: { reportId: 'r-1', pages: 12 },
      });
      expect(info.finishedAt?.getTime()).toBeGreaterThanOrEqual(info.enqueuedAt.getTime());
      expect(seen).toEqual([{ payload: { reportId: 'r-1', pages: 12 }, attempt: 1, id }]);
    });

    it('publishes the progress a running job reports, and 100 once completed', async () => {
      const q = await fresh();
      let release: () => void = () => {};
      const gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      await q.work(
        report,
        async (_payload, ctx) => {
          await ctx.progress(42.4);
          await gate;
          return null;
        },
        { concurrency: 1 },
      );
      const { id } = await q.enqueue(report, { reportId: 'r-progress', pages: 1 });
      expect((await waitForJob(q, id, (info) => info.progress > 0)).progress).toBe(42);
      release();
      expect(await waitForJob(q, id)).toMatchObject({ state: 'completed', progress: 100 });
    });

    it('retries a retryable failure and then succeeds', async () => {
      const q = await fresh();
      const attempts: number[] = [];
      await q.work(
        report,
        async (_payload, ctx) => {
          attempts.push(ctx.attempt);
          if (ctx.attempt === 1) throw new TransientError('store is busy');
          return 'done';
        },
        { concurrency: 1 },
      );
      const { id } = await q.enqueue(report, { reportId: 'r-2', pages: 1 });
      const info = await waitForJob(q, id);
      expect(info).toMatchObject({ state: 'completed', attemptsMade: 2, result: 'done', error: null });
      expect(attempts).toEqual([1, 2]);
    });

    it('fails a non-retryable failure after one attempt', async () => {
      const q = await fresh();
      let calls = 0;
      await q.work(
        report,
        async () => {
          calls += 1;
          throw new PermanentError('report template is missing');
        },
        { concurrency: 1 },
      );
      const { id } = await q.enqueue(report, { reportId: 'r-3', pages: 1 });
      const info = await waitForJob(q, id);
      expect(info).toMatchObject({
        state: 'failed',
        attemptsMade: 1,
        result: null,
        error: { code: 'REPORT_INVALID', message: 'report template is missing', retryable: false },
      });
      expect(calls).toBe(1);
    });

    it('treats errors that do not say they are retryable as permanent', async () => {
      const q = await fresh();
      let calls = 0;
      await q.work(
        report,
        async () => {
          calls += 1;
          throw new Error('unexpected');
        },
        { concurrency: 1 },
      );
      const { id } = await q.enqueue(report, { reportId: 'r-4', pages: 1 });
      expect(await waitForJob(q, id)).toMatchObject({ state: 'failed', error: { code: 'JOB_FAILED' } });
      expect(calls).toBe(1);
    });

    it('gives up on a retryable failure once the attempts are spent', async () => {
      const q = await fresh();
      let calls = 0;
      await q.work(
        report,
        async () => {
          calls += 1;
          throw new TransientError('still busy');
        },
        { concurrency: 1 },
      );
      const { id } = await q.enqueue(report, { reportId: 'r-5', pages: 1 }, { attempts: 2, backoffMs: 10 });
      const info = await waitForJob(q, id);
      expect(info).toMatchObject({
        state: 'failed',
        attemptsMade: 2,
        error: { code: 'STORE_BUSY', retryable: true },
      });
      expect(calls).toBe(2);
    });

    it('rejects an invalid payload at enqueue and queues nothing', async () => {
      const q = await fresh();
      const processed: string[] = [];
      await q.work(
        report,
        async (payload) => {
          processed.push(payload.reportId);
        },
        { concurrency: 1 },
      );
      const bad = { reportId: 42 } as unknown as ReportPayload;
      const err = await q.enqueue(report, bad).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(JobPayloadInvalidError);
      expect(err).toMatchObject({ code: 'JOB_PAYLOAD_INVALID', httpStatus: 400, retryable: false });

      const { id } = await q.enqueue(report, { reportId: 'r-6', pages: 2 });
      await waitForJob(q, id);
      expect(processed).toEqual(['r-6']);
    });

    it('fails an attempt that exceeds its timeout and aborts its signal', async () => {
      const q = await fresh();
      let aborted = false;
      await q.work(
        report,
        (_payload, ctx) =>
          new Promise((resolve) => {
            ctx.signal.addEventListener('abort', () => {
              aborted = true;
              resolve('too late');
            });
          }),
        { concurrency: 1 },
      );
      const { id } = await q.enqueue(report, { reportId: 'r-7', pages: 1 }, { attempts: 1, timeoutMs: 50 });
      const info = await waitForJob(q, id);
      expect(info).toMatchObject({ state: 'failed', error: { code: 'JOB_TIMEOUT', retryable: true } });
      expect(aborted).toBe(true);
    });

    it('runs up to `concurrency` jobs at once', async () => {
      const q = await fresh();
      let running = 0;
      let peak = 0;
      let release: () => void = () => {};
      const bothStarted = new Promise<void>((resolve) => {
        release = resolve;
      });
      await q.work(
        report,
        async () => {
          running += 1;
          peak = Math.max(peak, running);
          if (running === 2) release();
          await bothStarted;
          running -= 1;
        },
        { concurrency: 2 },
      );
      const ids = await Promise.all(['a', 'b', 'c'].map((r) => q.enqueue(report, { reportId: r, pages: 1 })));
      for (const { id } of ids) expect((await waitForJob(q, id)).state).toBe('completed');
      expect(peak).toBe(2);
    });

    it('reports a job as waiting until a worker takes it', async () => {
      const q = await fresh();
      const { id } = await q.enqueue(report, { reportId: 'r-8', pages: 1 });
      expect(await q.getJob(id)).toMatchObject({
        state: 'waiting',
        attemptsMade: 0,
        result: null,
        error: null,
      });
      await q.work(report, async () => 'late', { concurrency: 1 });
      expect(await waitForJob(q, id)).toMatchObject({ state: 'completed', result: 'late' });
    });

    it('lists the unfinished jobs of a kind, up to a limit, and not the finished ones', async () => {
      const q = await fresh();
      const done = await q.enqueue(report, { reportId: 'r-10', pages: 1 });
      const worker = await q.work(report, async () => 'ok', { concurrency: 1 });
      await waitForJob(q, done.id);
      await worker.close();
      const queued = [];
      for (const reportId of ['r-11', 'r-12', 'r-13'])
        queued.push((await q.enqueue(report, { reportId, pages: 1 })).id);
      const open = await q.unfinished(report, 10);
      expect(open.map((j) => j.id).sort()).toEqual([...queued].sort());
      expect(open.every((j) => j.state === 'waiting' && (j.payload as ReportPayload).pages === 1)).toBe(true);
      expect(await q.unfinished(report, 2)).toHaveLength(2);
    });

    it('answers null for unknown and malformed ids', async () => {
      const q = await fresh();
      expect(await q.getJob('test.report:00000000-0000-4000-8000-000000000000')).toBeNull();
      expect(await q.getJob('no-separator')).toBeNull();
      expect(await q.getJob('Bad Name:1')).toBeNull();
    });

    it('refuses work after close', async () => {
      const q = await fresh();
      await q.close();
      await expect(q.enqueue(report, { reportId: 'r-9', pages: 1 })).rejects.toMatchObject({
        code: 'JOB_QUEUE_CLOSED',
      });
    });
  });
}
