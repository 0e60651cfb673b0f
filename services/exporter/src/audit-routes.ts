/**
 * The compliance API: audit records of every kind (JSON pages with a cursor, or NDJSON / CSV
 * streams), a session's or a trace's chronological log (also as FHIR AuditEvent NDJSON), the
 * published checkpoint keys, the HIPAA control report and legal holds. Every query is scoped to
 * the caller's tenants; parameters are validated and a bad one is a 400 naming it.
 */
import { Readable } from 'node:stream';
import type { ClickHouseClient } from '@clickhouse/client';
import type { AuditStore, StoredEvent } from '@proctor/audit-store';
import type { Identity } from '@proctor/events';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { JWK } from 'jose';
import { z } from 'zod';
import type { ExportLimits, ExportRefusal, ExportSlots } from './exports/export-slots';
import { toFhirAuditEvent } from './exports/fhir-audit-event';
import {
  CONTENT_TYPES,
  csvLines,
  type ExportFormat,
  jsonRecords,
  ndjsonLines,
  presentRecord,
  safeJson,
} from './exports/formats';
import { EVENT_RECORDS, RECORD_KIND_NAMES, RECORD_KINDS, type RecordKind } from './exports/record-kinds';
import { type RecordQuery, readAllRecords, readRecordPage } from './exports/record-query';
import { buildHipaaReport, type DeploymentFacts, parseControls } from './report/hipaa-report';
import { REPORT_CONTENT_POLICY, renderCsv, renderHtml } from './report/render';
import type { ReportFactsSource } from './report/report-facts';

export interface AuditRouteDeps {
  reader: { client: ClickHouseClient; database: string };
  store: AuditStore;
  /** Resolves the caller (answering 401/403 itself) or undefined. */
  authorize(req: FastifyRequest, reply: FastifyReply): Promise<Identity | undefined>;
  /** The tenants whose records a caller may read. */
  tenantsOf(identity: Identity): string[];
  publishedKeys(): Promise<JWK[]>;
  reportSource: ReportFactsSource;
  deployment: DeploymentFacts;
  /** Masks a legal hold's reason before it is stored (ClickHouse holds only masked text). */
  maskText: (text: string) => string;
  /** Reports computed at once by this process (default 2); more are refused with a 429. */
  maxConcurrentReports?: number;
  /** Streamed exports at once in this process, per caller and in all (default 3 and 20); more get a 429. */
  exportLimits?: ExportLimits;
  /** The process's export slots (made from exportLimits), shared with the reads of a session's events. */
  exportSlots: ExportSlots;
  /** Bytes of payload one page of events reads at most (default 32 MiB): pages and streams alike. */
  pageBytes?: number;
}

const PAGE_BYTES = 32 * 1024 * 1024;

/** Where a streamed export goes: the caller's reply, while the caller holds one of the export slots. */
interface Output {
  reply: FastifyReply;
  who: Identity;
  slots: ExportSlots;
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const time = z
  .string()
  .max(40)
  .transform((text, ctx) => {
    const micros = /^\d{1,16}$/.test(text) ? Number(text) : Date.parse(text) * 1000;
    if (!Number.isSafeInteger(micros) || micros < 0 || micros > MAX_SAFE) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        message: 'an ISO-8601 time or microseconds since the epoch',
      });
      return z.NEVER;
    }
    return micros;
  });
const text = z.string().min(1).max(256);
const recordQuery = z
  .object({
    from: time.optional(),
    to: time.optional(),
    session: text.optional(),
    subject: text.optional(),
    connection: text.optional(),
    tool: text.optional(),
    trace: text.optional(),
    decision: text.optional(),
    action: text.optional(),
    tenant: text.optional(),
    cursor: z.string().max(2048).optional(),
    limit: z.coerce.number().int().min(1).max(10_000).default(1000),
    format: z.enum(['json', 'ndjson', 'csv']).default('json'),
  })
  .catchall(z.string().max(256));

export function registerAuditRoutes(app: FastifyInstance, deps: AuditRouteDeps): void {
  // A report reads the whole range's aggregates: a caller firing many at once would hold the
  // store for everyone else.
  const maxReports = deps.maxConcurrentReports ?? 2;
  let reportsRunning = 0;
  const slots = deps.exportSlots;
  app.get('/v1/keys', async () => ({ keys: await deps.publishedKeys() }));

  app.get<{ Params: { kind: string } }>('/v1/records/:kind', async (req, reply) => {
    const who = await deps.authorize(req, reply);
    if (!who) return reply;
    const kind = RECORD_KINDS[req.params.kind];
    if (!kind)
      return badRequest(
        reply,
        404,
        'UNKNOWN_RECORD_KIND',
        `unknown record kind; one of: ${RECORD_KIND_NAMES.join(', ')}`,
      );
    const parsed = parseQuery(req, reply, who, deps);
    if (!parsed) return reply;
    return sendRecords({ reply, who, slots }, deps, kind, parsed.query, parsed.format);
  });

  app.get<{ Params: { id: string } }>('/v1/sessions/:id/log', async (req, reply) =>
    sessionLog(req, reply, deps, slots, { session: req.params.id }),
  );
  app.get<{ Params: { id: string } }>('/v1/traces/:id/log', async (req, reply) =>
    sessionLog(req, reply, deps, slots, { trace: req.params.id }),
  );

  app.get('/v1/reports/hipaa', async (req, reply) => {
    const who = await deps.authorize(req, reply);
    if (!who) return reply;
    const query = z
      .object({
        from: time,
        to: time,
        controls: z.string().max(400).optional(),
        tenant: text.optional(),
        format: z.enum(['json', 'csv', 'html']).default('json'),
      })
      .strict()
      .safeParse(req.query);
    if (!query.success) return zodError(reply, query.error);
    if (query.data.to <= query.data.from)
      return badRequest(reply, 400, 'BAD_REQUEST', 'to: must be after from');
    const tenant = pickTenant(who, deps, query.data.tenant);
    if (tenant === null) return badRequest(reply, 403, 'FORBIDDEN', 'tenant: not one of your tenants');
    let controls: ReturnType<typeof parseControls> | undefined;
    try {
      controls = query.data.controls === undefined ? undefined : parseControls(query.data.controls);
    } catch (err) {
      return badRequest(reply, 400, 'UNKNOWN_CONTROL', (err as Error).message);
    }
    if (reportsRunning >= maxReports) {
      return reply
        .code(429)
        .header('retry-after', '10')
        .send({
          error: {
            code: 'TOO_MANY_REPORTS',
            message: `${reportsRunning} reports are being computed (at most ${maxReports} at once); retry shortly`,
          },
        });
    }
    reportsRunning++;
    let facts: Awaited<ReturnType<ReportFactsSource['facts']>>;
    try {
      facts = await deps.reportSource.facts(tenant, { from: query.data.from, to: query.data.to });
    } finally {
      reportsRunning--;
    }
    const report = buildHipaaReport(facts, deps.deployment, controls === undefined ? {} : { controls });
    if (query.data.format === 'csv') return reply.type('text/csv; charset=utf-8').send(renderCsv(report));
    if (query.data.format === 'html')
      return reply
        .type('text/html; charset=utf-8')
        .header('content-security-policy', `${REPORT_CONTENT_POLICY}; frame-ancestors 'none'`)
        .send(renderHtml(report));
    return report;
  });

  app.post('/v1/legal-holds', async (req, reply) => {
    const who = await deps.authorize(req, reply);
    if (!who) return reply;
    const body = z
      .object({
        sessionId: text.optional(),
        subject: text.optional(),
        held: z.boolean(),
        reason: z.string().min(1).max(1000),
      })
      .strict()
      .safeParse(req.body);
    if (!body.success) return zodError(reply, body.error);
    const { sessionId, subject, held, reason } = body.data;
    if ((sessionId === undefined) === (subject === undefined))
      return badRequest(reply, 400, 'BAD_REQUEST', 'body: give exactly one of sessionId or subject');
    const tenants = deps.tenantsOf(who);
    let sessionIds: string[];
    if (subject !== undefined) {
      sessionIds = await deps.store.sessionsOfSubject(subject, tenants);
      if (sessionIds.length === 0)
        return badRequest(
          reply,
          404,
          'SUBJECT_NOT_FOUND',
          'subject: no sessions of this subject among your tenants',
        );
    } else {
      const page = await readRecordPage(deps.reader.client, deps.reader.database, EVENT_RECORDS, {
        tenants,
        filters: { session: sessionId as string },
        limit: 1,
      });
      if (page.rows.length === 0)
        return badRequest(reply, 404, 'SESSION_NOT_FOUND', 'sessionId: no such session among your tenants');
      sessionIds = [sessionId as string];
    }
    await deps.store.setLegalHold({
      sessionIds,
      ...(subject !== undefined && { subject }),
      held,
      reason: deps.maskText(reason),
      actor: who.subject,
      time: Date.now() * 1000,
    });
    return { held, sessions: sessionIds, ...(subject !== undefined && { subject }) };
  });

  app.get('/v1/legal-holds', async (req, reply) => {
    const who = await deps.authorize(req, reply);
    if (!who) return reply;
    const query = z.object({}).strict().safeParse(req.query);
    if (!query.success) return zodError(reply, query.error);
    const holds = await deps.store.listLegalHolds(deps.tenantsOf(who));
    return { holds: holds.map((h) => ({ ...h, time: new Date(h.time / 1000).toISOString() })) };
  });
}

async function sessionLog(
  req: FastifyRequest,
  reply: FastifyReply,
  deps: AuditRouteDeps,
  slots: ExportSlots,
  filter: { session?: string; trace?: string },
): Promise<unknown> {
  const who = await deps.authorize(req, reply);
  if (!who) return reply;
  const id = filter.session ?? filter.trace ?? '';
  if (id.length === 0 || id.length > 256)
    return badRequest(reply, 400, 'BAD_REQUEST', 'id: 1 to 256 characters');
  const query = z
    .object({ format: z.enum(['json', 'ndjson', 'csv', 'fhir']).default('json'), tenant: text.optional() })
    .strict()
    .safeParse(req.query);
  if (!query.success) return zodError(reply, query.error);
  const tenants = deps.tenantsOf(who);
  const base: Omit<RecordQuery, 'limit' | 'cursor'> = {
    tenants,
    filters: filter,
    maxBytes: deps.pageBytes ?? PAGE_BYTES,
  };
  const first = await readRecordPage(deps.reader.client, deps.reader.database, EVENT_RECORDS, {
    ...base,
    limit: 1,
  });
  if (first.rows.length === 0)
    return badRequest(
      reply,
      404,
      'SESSION_NOT_FOUND',
      `no events for this ${filter.session !== undefined ? 'session' : 'trace'} id`,
    );
  const rows = readAllRecords(deps.reader.client, deps.reader.database, EVENT_RECORDS, base);
  const out = { reply, who, slots };
  if (query.data.format === 'fhir') return stream(out, 'fhir', fhirLines(rows));
  return sendRecords(out, deps, EVENT_RECORDS, { ...base, limit: 10_000 }, query.data.format, rows);
}

async function* fhirLines(rows: AsyncIterable<Record<string, unknown>>): AsyncGenerator<string> {
  for await (const row of rows) yield `${safeJson(toFhirAuditEvent(row as unknown as StoredEvent))}\n`;
}

async function sendRecords(
  out: Output,
  deps: AuditRouteDeps,
  kind: RecordKind,
  query: RecordQuery,
  format: Exclude<ExportFormat, 'fhir'>,
  all?: AsyncIterable<Record<string, unknown>>,
): Promise<unknown> {
  const { client, database } = deps.reader;
  if (format === 'json' && all === undefined) {
    // A page holds up to 32 MiB of payload while it is read: it takes a slot too.
    const slot = out.slots.take(out.who);
    if ('refused' in slot) return refuseExport(out.reply, slot.refused);
    try {
      const page = await readRecordPage(client, database, kind, query);
      return { records: page.rows.map(presentRecord), nextCursor: page.nextCursor };
    } finally {
      slot.release();
    }
  }
  const { cursor: _c, limit: _l, ...rest } = query;
  const rows = all ?? readAllRecords(client, database, kind, rest);
  if (format === 'json') return stream(out, 'json', jsonRecords(rows));
  if (format === 'csv') return stream(out, 'csv', csvLines(rows, Object.keys(kind.spec.columns)));
  return stream(out, 'ndjson', ndjsonLines(rows));
}

/** Streams the lines while the caller holds an export slot (given back when the stream closes, read or not); 429 without one. */
function stream(out: Output, format: ExportFormat, lines: AsyncIterable<string>): FastifyReply {
  const slot = out.slots.take(out.who);
  if ('refused' in slot) return refuseExport(out.reply, slot.refused);
  const body = Readable.from(lines);
  body.once('close', slot.release);
  return out.reply.type(CONTENT_TYPES[format]).send(body);
}

/** The 429 of an export refused a slot. */
export function refuseExport(reply: FastifyReply, refusal: ExportRefusal): FastifyReply {
  return reply.code(429).header('retry-after', '10').send({ error: refusal });
}

function parseQuery(
  req: FastifyRequest,
  reply: FastifyReply,
  who: Identity,
  deps: AuditRouteDeps,
): { query: RecordQuery; format: 'json' | 'ndjson' | 'csv' } | undefined {
  const parsed = recordQuery.safeParse(req.query);
  if (!parsed.success) {
    zodError(reply, parsed.error);
    return undefined;
  }
  const {
    from,
    to,
    cursor,
    limit,
    format,
    tenant,
    session,
    subject,
    connection,
    tool,
    trace,
    decision,
    action,
    ...extra
  } = parsed.data;
  const ci: Record<string, string> = {};
  for (const [key, value] of Object.entries(extra)) {
    if (!key.startsWith('ci.')) {
      badRequest(reply, 400, 'BAD_REQUEST', `${key.slice(0, 40)}: unknown parameter`);
      return undefined;
    }
    ci[key.slice(3)] = value as string;
  }
  if (from !== undefined && to !== undefined && to <= from) {
    badRequest(reply, 400, 'BAD_REQUEST', 'to: must be after from');
    return undefined;
  }
  const tenants =
    tenant === undefined ? deps.tenantsOf(who) : deps.tenantsOf(who).filter((t) => t === tenant);
  if (tenants.length === 0) {
    badRequest(reply, 403, 'FORBIDDEN', 'tenant: not one of your tenants');
    return undefined;
  }
  const filters = Object.fromEntries(
    Object.entries({ session, subject, connection, tool, trace, decision, action }).filter(
      ([, v]) => v !== undefined,
    ),
  ) as RecordQuery['filters'];
  return {
    query: {
      tenants,
      filters,
      limit,
      maxBytes: deps.pageBytes ?? PAGE_BYTES,
      ...(from !== undefined && { from }),
      ...(to !== undefined && { to }),
      ...(cursor !== undefined && { cursor }),
      ...(Object.keys(ci).length > 0 && { ci }),
    },
    format,
  };
}

function pickTenant(who: Identity, deps: AuditRouteDeps, asked: string | undefined): string | null {
  const tenants = deps.tenantsOf(who);
  if (asked === undefined) return tenants[0] ?? null;
  return tenants.includes(asked) ? asked : null;
}

function badRequest(reply: FastifyReply, status: number, code: string, message: string): FastifyReply {
  return reply.code(status).send({ error: { code, message } });
}

function zodError(reply: FastifyReply, error: z.ZodError): FastifyReply {
  const detail = error.issues.map((i) => `${i.path.join('.') || 'query'}: ${i.message}`).join('; ');
  return badRequest(reply, 400, 'BAD_REQUEST', detail);
}
