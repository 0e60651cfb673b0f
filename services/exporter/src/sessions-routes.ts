import { Readable } from 'node:stream';
import type { AuditStore, StoredEvent } from '@proctor/audit-store';
import type { Identity } from '@proctor/events';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { refuseExport } from './audit-routes';
import type { ExportSlots } from './exports/export-slots';
import { safeJson } from './exports/formats';

export interface SessionRouteDeps {
  store: AuditStore;
  /** Resolves the caller (answering 401/403 itself) or undefined. */
  authorize(req: FastifyRequest, reply: FastifyReply): Promise<Identity | undefined>;
  /** The tenants whose sessions a caller may read. */
  tenantsOf(identity: Identity): string[];
  /** The process's export slots: a read of a session's events holds one while it streams. */
  exportSlots: ExportSlots;
  /** Events one read of a session's events holds at most (default 500). */
  pageSize?: number;
  /** Bytes of payload one read of a session's events holds at most (default 32 MiB; always one event). */
  pageBytes?: number;
}

const PAGE_SIZE = 500;
const PAGE_BYTES = 32 * 1024 * 1024;

const sessionsQuery = z
  .object({
    subject: z.string().min(1).optional(),
    connection: z.string().min(1).optional(),
    tenant: z.string().min(1).optional(),
    limit: z.coerce.number().int().min(1).max(1000).default(100),
  })
  .strict();

const eventsQuery = z
  .object({
    afterSeq: z.coerce.number().int().min(-1).max(Number.MAX_SAFE_INTEGER).optional(),
    limit: z.coerce.number().int().min(1).max(10_000).default(1000),
  })
  .strict();

const sessionId = z.string().min(1).max(128);

export function registerSessionRoutes(app: FastifyInstance, deps: SessionRouteDeps): void {
  app.get('/v1/sessions', async (req, reply) => {
    const who = await deps.authorize(req, reply);
    if (!who) return reply;
    const query = sessionsQuery.safeParse(req.query);
    if (!query.success) return badRequest(reply, query.error);
    const mine = deps.tenantsOf(who);
    const { tenant, ...filters } = query.data;
    if (tenant !== undefined && !mine.includes(tenant))
      return reply
        .code(403)
        .send({ error: { code: 'FORBIDDEN', message: 'tenant: not one of your tenants' } });
    const sessions = await deps.store.listSessions({
      ...filters,
      tenants: tenant === undefined ? mine : [tenant],
    });
    return {
      sessions: sessions.map((s) => ({
        ...s,
        firstTime: isoMicros(s.firstTime),
        lastTime: isoMicros(s.lastTime),
        firstTimeMicros: s.firstTime,
        lastTimeMicros: s.lastTime,
      })),
    };
  });

  app.get<{ Params: { id: string } }>('/v1/sessions/:id/events', async (req, reply) => {
    const who = await deps.authorize(req, reply);
    if (!who) return reply;
    const id = sessionId.safeParse(req.params.id);
    const query = eventsQuery.safeParse(req.query);
    if (!id.success) return badRequest(reply, id.error);
    if (!query.success) return badRequest(reply, query.error);
    // It reads the store page after page while its client reads, like any export: without a
    // slot, one caller could open hundreds at once.
    const slot = deps.exportSlots.take(who);
    if ('refused' in slot) return refuseExport(reply, slot.refused);
    let body: Readable;
    try {
      // A session belongs to one tenant: another tenant's session is answered as unknown.
      const pages = sessionEventPages(deps.store, id.data, {
        ...query.data,
        tenants: deps.tenantsOf(who),
        pageSize: deps.pageSize ?? PAGE_SIZE,
        pageBytes: deps.pageBytes ?? PAGE_BYTES,
      });
      const first = await pages.next();
      if (first.done && query.data.afterSeq === undefined) {
        slot.release();
        return reply
          .code(404)
          .send({ error: { code: 'SESSION_NOT_FOUND', message: 'no events for this session id' } });
      }
      // `{"sessionId":…,"events":[…]}` written a page at a time: `limit` events of megabytes
      // each are never held at once.
      body = Readable.from(eventsBody(id.data, first.done ? [] : first.value, pages));
    } catch (err) {
      slot.release();
      throw err;
    }
    body.once('close', slot.release);
    return reply.type('application/json; charset=utf-8').send(body);
  });
}

/** A session's events after `afterSeq`, `limit` at most, read in pages of `pageSize` events and `pageBytes`. */
async function* sessionEventPages(
  store: AuditStore,
  sessionId: string,
  options: { afterSeq?: number; limit: number; tenants: string[]; pageSize: number; pageBytes: number },
): AsyncGenerator<StoredEvent[]> {
  let remaining = options.limit;
  let after: { afterSeq: number; afterEventId?: string } | undefined =
    options.afterSeq === undefined ? undefined : { afterSeq: options.afterSeq };
  while (remaining > 0) {
    const page = await store.sessionEvents(sessionId, {
      ...after,
      limit: Math.min(options.pageSize, remaining),
      tenants: options.tenants,
      maxBytes: options.pageBytes,
    });
    const last = page.at(-1);
    if (last === undefined) return;
    yield page;
    remaining -= page.length;
    after = { afterSeq: last.seq, afterEventId: last.eventId };
  }
}

async function* eventsBody(
  sessionId: string,
  first: StoredEvent[],
  rest: AsyncIterable<StoredEvent[]>,
): AsyncGenerator<string> {
  yield `{"sessionId":${safeJson(sessionId)},"events":[`;
  let separator = '';
  const lines = function* (page: StoredEvent[]) {
    for (const event of page) {
      yield `${separator}${safeJson(toApiEvent(event))}`;
      separator = ',';
    }
  };
  yield* lines(first);
  for await (const page of rest) yield* lines(page);
  yield ']}';
}

function badRequest(reply: import('fastify').FastifyReply, error: z.ZodError) {
  const detail = error.issues.map((i) => `${i.path.join('.') || 'query'}: ${i.message}`).join('; ');
  return reply.code(400).send({ error: { code: 'BAD_REQUEST', message: detail } });
}

function toApiEvent(event: StoredEvent) {
  return {
    ...event,
    time: isoMicros(event.time),
    timeMicros: event.time,
    payload: storedJson(event.payload),
    detail: storedJson(event.detail),
  };
}

/**
 * A stored JSON column as JSON; text that is not JSON (only a store written by someone else
 * than ingest holds such) is shown as the text it is, for `proctor verify` to name, never a 500.
 */
function storedJson(text: string): unknown {
  if (text === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** ISO-8601 with microseconds: audit trails need the order of events within a millisecond. */
export function isoMicros(micros: number): string {
  const millis = Math.floor(micros / 1000);
  const iso = new Date(millis).toISOString();
  const extra = String(micros % 1000).padStart(3, '0');
  return `${iso.slice(0, 23)}${extra}Z`;
}
