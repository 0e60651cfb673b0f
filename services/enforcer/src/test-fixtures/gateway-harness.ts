/**
 * A gateway for tests: the real enforcer app on a loopback port, an in-memory event log that
 * decodes what was appended, and helpers to read a session's events.
 */
import { type ProctorConfig, parseConfig } from '@proctor/config';
import { type AuditEvent, decodeEvent, encodeEvent, newEventId, nowMicros } from '@proctor/events';
import { silentLogger } from '@proctor/logger';
import { buildEnforcerApp, type EnforcerApp, type EnforcerDeps } from '../app';
import { MemoryEventLog, testVerifier } from '../testing';

export interface TestGateway {
  enforcer: EnforcerApp;
  log: MemoryEventLog;
  base: string;
  /** Every event appended so far, decoded, in log order. */
  events(): AuditEvent[];
  /** The events of one session, in log order. */
  eventsOf(sessionId: string): AuditEvent[];
  close(): Promise<void>;
}

export type EnforcerSettings = Record<string, unknown> & { connections: unknown[] };

export async function startTestGateway(
  enforcer: EnforcerSettings,
  extra: Partial<Omit<EnforcerDeps, 'config'>> = {},
): Promise<TestGateway> {
  const log = new MemoryEventLog();
  const config: ProctorConfig = parseConfig({ enforcer: { listen: { port: 0 }, ...enforcer } });
  const app = buildEnforcerApp({
    config,
    eventLog: log,
    rawTopic: 'raw',
    verifier: testVerifier,
    encode: encodeEvent,
    newEventId,
    nowMicros,
    logger: silentLogger(),
    gatewayEpoch: 1,
    ...extra,
  });
  const base = await app.app.listen({ host: '127.0.0.1', port: 0 });
  const events = () => log.records.map((r) => decodeEvent(r.record.value));
  return {
    enforcer: app,
    log,
    base,
    events,
    eventsOf: (sessionId) => events().filter((e) => e.sessionId === sessionId),
    close: () => app.close(),
  };
}

/** The gateway-stream positions are gap-free from 0 in log order, and each session's seqs too. */
export function expectGapFree(events: AuditEvent[]): { streamGaps: number[]; sessionGaps: string[] } {
  const streamGaps = events.flatMap((e, i) => (e.streamSeq === i ? [] : [i]));
  const next = new Map<string, number>();
  const sessionGaps: string[] = [];
  for (const event of events) {
    const expected = next.get(event.sessionId) ?? 0;
    if (event.seq !== expected) sessionGaps.push(`${event.sessionId}@${event.seq}!=${expected}`);
    next.set(event.sessionId, event.seq + 1);
  }
  return { streamGaps, sessionGaps };
}

/** The JSON payloads of a session's frames in one direction, parsed, in log order. */
export function framePayloads(
  events: AuditEvent[],
  direction: 'client_to_server' | 'server_to_client',
): unknown[] {
  return events.flatMap((e) =>
    e.type === 'frame' && e.body.direction === direction ? [JSON.parse(e.body.payload.toString('utf8'))] : [],
  );
}
