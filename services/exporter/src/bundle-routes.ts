/**
 * Replay bundles through the API: POST /v1/bundles queues a job (bullmq, or in process) that
 * writes the bundle file; GET /v1/jobs/:id reports its state and progress; GET
 * /v1/bundles/:id downloads the finished file. Bundles hold only redacted data; a job and its
 * bundle are visible to their creator only, within the creator's current tenants.
 */
import { createReadStream } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Identity } from '@proctor/events';
import { defineJob, type JobInfo, type JobQueue } from '@proctor/jobs';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { type BundleSource, buildBundle } from './bundle/build-bundle';
import { writeBundle } from './bundle/writer';

export interface BundleJobPayload {
  sessionId?: string;
  traceId?: string;
  tenants: string[];
  /** The creator's subject and issuer: only they may see the job and download its bundle. */
  createdBy: string;
  createdByIssuer?: string;
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

export interface BundleRouteDeps {
  jobs: JobQueue;
  source: BundleSource;
  /** Where finished bundles are kept. */
  dir: string;
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
) {
  await mkdir(deps.dir, { recursive: true });
  return deps.jobs.work(
    buildBundleJob,
    async (payload, ctx) => {
      const bundle = await buildBundle(deps.source, {
        ...payload,
        onProgress: (events) => void ctx.progress(Math.min(80, 10 + events / 200)),
      });
      await ctx.progress(85);
      await writeBundle(bundle, bundleFile(deps.dir, ctx.id));
      return { events: bundle.events.length, sessions: bundle.manifest.sessions.length };
    },
    { concurrency },
  );
}

export function registerBundleRoutes(app: FastifyInstance, deps: BundleRouteDeps): void {
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
    const { id } = await deps.jobs.enqueue(buildBundleJob, {
      ...body.data,
      tenants: deps.tenantsOf(who),
      createdBy: who.subject,
      createdByIssuer: who.issuer,
    });
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
    const size = (await stat(file)).size;
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
    owner?.createdBy === who.subject &&
    (owner.createdByIssuer === undefined || owner.createdByIssuer === who.issuer) &&
    Array.isArray(owner.tenants) &&
    owner.tenants.every((t) => tenants.has(t));
  return mine ? info : null;
}
