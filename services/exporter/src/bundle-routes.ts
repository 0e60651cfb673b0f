/**
 * Replay bundles through the API: POST /v1/bundles queues a job (bullmq, or in process) that
 * writes the bundle file; GET /v1/jobs/:id reports its state and progress; GET
 * /v1/bundles/:id downloads the finished file. Bundles hold only redacted data; a job and its
 * bundle are visible to their creator only, within the creator's current tenants.
 */
import { createReadStream } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isRetryable, ProctorError } from '@proctor/errors';
import type { Identity } from '@proctor/events';
import { defineJob, type JobInfo, type JobQueue, serialised } from '@proctor/jobs';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { type BundleSource, buildBundle } from './bundle/build-bundle';
import { writeBundle } from './bundle/writer';
import { type BundleStorage, DEFAULT_BUNDLE_STORAGE, sweepBundles } from './bundle-storage';
import { EVENT_RECORDS } from './exports/record-kinds';
import { readRecordPage } from './exports/record-query';

export interface BundleJobPayload {
  sessionId?: string;
  traceId?: string;
  tenants: string[];
  /** The creator's subject and issuer: only they may see the job and download its bundle. */
  createdBy: string;
  createdByIssuer?: string;
}

/**
 * A failure that is not one of ours (a store or file error) as the job records it: its text can
 * quote what the store held, and a job's failure is kept in Redis and shown by GET /v1/jobs.
 */
export class BundleBuildError extends ProctorError<'BUNDLE_BUILD_FAILED'> {
  constructor(cause: unknown) {
    super('the bundle could not be built (audit store or disk error); retry later', {
      code: 'BUNDLE_BUILD_FAILED',
      httpStatus: 503,
      retryable: isRetryable(cause),
    });
  }
}

export const buildBundleJob = defineJob({
  name: 'bundle.build',
  parse(payload: unknown): BundleJobPayload {
    return z
      .object({
        sessionId: z.string().min(1).max(256).optional(),
        traceId: z.string().min(1).max(256).optional(),
        tenants: z.array(z.string()).min(1),
        createdBy: z.string(),
        createdByIssuer: z.string().optional(),
      })
      .strict()
      .refine((p) => (p.sessionId === undefined) !== (p.traceId === undefined), 'give sessionId or traceId')
      .parse(payload);
  },
  defaultOptions: { attempts: 3, backoffMs: 2_000, timeoutMs: 600_000 },
});

/** How many bundle jobs may wait or run: per caller, and in all (default 5 and 100). */
export interface BundleJobLimits {
  perCaller: number;
  queued: number;
}

const DEFAULT_LIMITS: BundleJobLimits = { perCaller: 5, queued: 100 };

export interface BundleRouteDeps {
  jobs: JobQueue;
  source: BundleSource;
  /** Where finished bundles are kept. */
  dir: string;
  limits?: BundleJobLimits;
  authorize(req: FastifyRequest, reply: FastifyReply): Promise<Identity | undefined>;
  tenantsOf(identity: Identity): string[];
}

const JOB_ID = /^bundle\.build:[0-9a-f-]{36}$/;

export function bundleFile(dir: string, jobId: string): string {
  return join(dir, `${jobId.slice('bundle.build:'.length)}.bundle`);
}

/** Runs bundle jobs in this process (the exporter's worker). */
export async function workBundleJobs(
  deps: Pick<BundleRouteDeps, 'jobs' | 'source' | 'dir'>,
  concurrency = 2,
  options: { maxEvents?: number; maxBytes?: number; storage?: BundleStorage } = {},
) {
  const { storage = DEFAULT_BUNDLE_STORAGE, ...build } = options;
  await mkdir(deps.dir, { recursive: true });
  return deps.jobs.work(
    buildBundleJob,
    async (payload, ctx) => {
      try {
        const bundle = await buildBundle(deps.source, {
          ...payload,
          ...build,
          onProgress: (events) => void ctx.progress(Math.min(80, 10 + events / 200)),
        });
        await ctx.progress(85);
        const file = bundleFile(deps.dir, ctx.id);
        await writeBundle(bundle, file);
        await sweepBundles(deps.dir, storage, file);
        return { events: bundle.events.length, sessions: bundle.manifest.sessions.length };
      } catch (err) {
        throw err instanceof ProctorError ? err : new BundleBuildError(err);
      }
    },
    { concurrency },
  );
}

export function registerBundleRoutes(app: FastifyInstance, deps: BundleRouteDeps): void {
  // The limits are checked again and the job queued one request at a time: checked alone, a
  // burst of requests all saw the same open jobs and all were queued.
  const admitted = serialised();
  app.post('/v1/bundles', async (req, reply) => {
    const who = await deps.authorize(req, reply);
    if (!who) return reply;
    const body = z
      .object({
        sessionId: z.string().min(1).max(256).optional(),
        traceId: z.string().min(1).max(256).optional(),
      })
      .strict()
      .safeParse(req.body ?? {});
    if (!body.success || (body.data.sessionId === undefined) === (body.data.traceId === undefined)) {
      return reply
        .code(400)
        .send({ error: { code: 'BAD_REQUEST', message: 'body: give exactly one of sessionId or traceId' } });
    }
    const tenants = deps.tenantsOf(who);
    if (tenants.length === 0)
      return reply.code(403).send({ error: { code: 'FORBIDDEN', message: 'you may read no tenant' } });
    const refused = await overLimits(deps, who);
    if (refused) return reply.code(429).header('retry-after', '30').send({ error: refused });
    const { sessionId, traceId } = body.data;
    const filters = sessionId !== undefined ? { session: sessionId } : { trace: traceId as string };
    const page = await readRecordPage(deps.source.client, deps.source.database, EVENT_RECORDS, {
      tenants,
      filters,
      limit: 1,
    });
    if (page.rows.length === 0) {
      const what = sessionId !== undefined ? 'sessionId: no such session' : 'traceId: no such trace';
      return reply
        .code(404)
        .send({ error: { code: 'SESSION_NOT_FOUND', message: `${what} among your tenants` } });
    }
    const queued = await admitted(async () => {
      const over = await overLimits(deps, who);
      if (over) return over;
      return deps.jobs.enqueue(buildBundleJob, {
        ...body.data,
        tenants,
        createdBy: who.subject,
        createdByIssuer: who.issuer,
      });
    });
    if (!('id' in queued)) return reply.code(429).header('retry-after', '30').send({ error: queued });
    const { id } = queued;
    return reply.code(202).send({ jobId: id, status: `/v1/jobs/${id}`, download: `/v1/bundles/${id}` });
  });

  app.get<{ Params: { id: string } }>('/v1/jobs/:id', async (req, reply) => {
    const who = await deps.authorize(req, reply);
    if (!who) return reply;
    if (!JOB_ID.test(req.params.id))
      return reply.code(400).send({ error: { code: 'BAD_REQUEST', message: 'id: not a job id' } });
    const info = await visibleJob(deps, who, req.params.id);
    if (!info) return reply.code(404).send({ error: { code: 'JOB_NOT_FOUND', message: 'no such job' } });
    const { payload: _payload, ...status } = info;
    return status;
  });

  app.get<{ Params: { id: string } }>('/v1/bundles/:id', async (req, reply) => {
    const who = await deps.authorize(req, reply);
    if (!who) return reply;
    if (!JOB_ID.test(req.params.id))
      return reply.code(400).send({ error: { code: 'BAD_REQUEST', message: 'id: not a bundle job id' } });
    const info = await visibleJob(deps, who, req.params.id);
    if (!info) return reply.code(404).send({ error: { code: 'JOB_NOT_FOUND', message: 'no such job' } });
    if (info.state !== 'completed') {
      return reply
        .code(info.state === 'failed' ? 410 : 409)
        .send({ error: { code: 'BUNDLE_NOT_READY', message: `the bundle job is ${info.state}` } });
    }
    const file = bundleFile(deps.dir, req.params.id);
    const size = await stat(file).then(
      (found) => found.size,
      () => null,
    );
    if (size === null) {
      // Removed since, or written by a worker on another host with its own bundle directory.
      return reply.code(410).send({
        error: {
          code: 'BUNDLE_GONE',
          message: 'the bundle file is not on this exporter (removed, or built elsewhere): queue it again',
        },
      });
    }
    return reply
      .type('application/x-ndjson')
      .header('content-length', size)
      .header(
        'content-disposition',
        `attachment; filename="${req.params.id.slice('bundle.build:'.length)}.bundle"`,
      )
      .send(createReadStream(file));
  });
}

/** Why a new bundle job is refused (too many waiting or running, in all or of this caller), or null. */
async function overLimits(
  deps: BundleRouteDeps,
  who: Identity,
): Promise<{ code: string; message: string } | null> {
  const limits = deps.limits ?? DEFAULT_LIMITS;
  const open = await deps.jobs.unfinished(buildBundleJob, limits.queued);
  if (open.length >= limits.queued)
    return {
      code: 'BUNDLE_QUEUE_FULL',
      message: `${open.length} bundle jobs are waiting or running; retry later`,
    };
  const mine = open.filter((job) => isCreator(job.payload, who)).length;
  if (mine >= limits.perCaller)
    return {
      code: 'TOO_MANY_BUNDLE_JOBS',
      message: `you have ${mine} bundle jobs waiting or running (at most ${limits.perCaller}); retry when one has finished`,
    };
  return null;
}

function isCreator(payload: unknown, who: Identity): boolean {
  const owner = payload as Partial<BundleJobPayload> | null;
  return (
    owner?.createdBy === who.subject &&
    (owner.createdByIssuer === undefined || owner.createdByIssuer === who.issuer)
  );
}

/**
 * The job, if the caller may see it: its creator (same subject and issuer), and only while
 * the caller may still read every tenant the job was queued for. Anyone else is told there is
 * no such job, so job ids reveal nothing.
 */
async function visibleJob(deps: BundleRouteDeps, who: Identity, id: string): Promise<JobInfo | null> {
  const info = await deps.jobs.getJob(id);
  if (!info || info.name !== buildBundleJob.name) return null;
  const owner = info.payload as Partial<BundleJobPayload> | null;
  const tenants = new Set(deps.tenantsOf(who));
  const mine =
    isCreator(owner, who) && Array.isArray(owner?.tenants) && owner.tenants.every((t) => tenants.has(t));
  return mine ? info : null;
}
