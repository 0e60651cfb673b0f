import { type EventLogProducer, healthOf } from '@proctor/event-log';
import type { FastifyInstance } from 'fastify';
import type { McpUpstream, UpstreamProbe } from '../upstream/port';

function logHealth(log: EventLogProducer): { ok: boolean; detail: string } {
  const { ok, detail } = healthOf(log);
  return { ok, detail };
}

export interface HealthDeps {
  eventLog: EventLogProducer;
  upstreams: ReadonlyMap<string, McpUpstream>;
  openSessions: () => number;
  /** How long an upstream probe may take, and how long its result is reused. */
  probeTimeoutMs: number;
  probeCacheMs: number;
  isClosing: () => boolean;
}

/**
 * /healthz (liveness): the process answers; the body tells the log's real state (`degraded`
 * while appends fail: restarting would not help, the log recovers by itself).
 * /readyz (readiness): 200 only when the log takes appends and every upstream answers.
 */
export function registerHealthRoutes(app: FastifyInstance, deps: HealthDeps): void {
  const probes = new Map<string, { at: number; result: Promise<UpstreamProbe> }>();
  const probe = (name: string, upstream: McpUpstream) => {
    const cached = probes.get(name);
    if (cached && Date.now() - cached.at < deps.probeCacheMs) return cached.result;
    const result = upstream.probe(deps.probeTimeoutMs);
    probes.set(name, { at: Date.now(), result });
    return result;
  };

  app.get('/healthz', async () => {
    const log = logHealth(deps.eventLog);
    return { status: log.ok ? 'ok' : 'degraded', log, sessions: deps.openSessions() };
  });

  app.get('/readyz', async (_req, reply) => {
    const log = logHealth(deps.eventLog);
    const upstreams: Record<string, UpstreamProbe> = {};
    await Promise.all(
      [...deps.upstreams].map(async ([name, upstream]) => {
        upstreams[name] = await probe(name, upstream);
      }),
    );
    const closing = deps.isClosing();
    const ready = log.ok && !closing && Object.values(upstreams).every((u) => u.reachable);
    return reply
      .code(ready ? 200 : 503)
      .send({ status: ready ? 'ready' : 'not_ready', closing, log, upstreams });
  });
}
