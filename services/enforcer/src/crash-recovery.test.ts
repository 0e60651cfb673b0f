/**
 * A gateway that dies without ending its sessions: at the next start, what the local log
 * holds of the earlier epoch is read back and every session left open gets its session_ended
 * (reason gateway_crash), continuing its seq without a gap — once.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocalLogConsumer, createLocalLogProducer } from '@proctor/event-log';
import { type AuditEvent, decodeEvent, encodeEvent, newEventId, nowMicros } from '@proctor/events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEmitter } from './core/audit-emitter';
import { recoverCrashedSessions } from './core/crash-recovery';
import { consumerHistory } from './sessions/local-log-history';
import { type FixtureServer, startFixtureServer } from './test-fixtures/fixture-server';
import { startTestGateway } from './test-fixtures/gateway-harness';
import { connectRecordingClient } from './test-fixtures/recording-client';

const GATEWAY = 'gateway-1';

async function readAll(dir: string, group: string): Promise<AuditEvent[]> {
  const events: AuditEvent[] = [];
  await consumerHistory({
    consumer: createLocalLogConsumer({ dir, topic: 'raw', groupId: group, pollIntervalMs: 10 }),
    decode: decodeEvent,
    quietMs: 150,
  }).readNew((e) => events.push(e));
  return events;
}

describe('crash recovery', () => {
  let upstream: FixtureServer;
  let dir: string;

  beforeAll(async () => {
    upstream = await startFixtureServer();
    dir = await mkdtemp(join(tmpdir(), 'proctor-crash-'));
  });

  afterAll(async () => {
    await upstream?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('records gateway_crash for the sessions a crash cut off, at the next start, once', async () => {
    const firstLog = await createLocalLogProducer({ dir, durability: 'process' });
    const gateway = await startTestGateway(
      { connections: [{ name: 'fixture', upstream: { url: upstream.url } }] },
      { eventLog: firstLog, gatewayEpoch: 1 },
    );
    const crashed = await connectRecordingClient(`${gateway.base}/mcp/fixture`, {
      headers: { authorization: 'Bearer good' },
    });
    await crashed.client.callTool({ name: 'echo', arguments: { text: 'before the crash' } });
    const crashedId = crashed.transport.sessionId ?? '';
    // The crash: the process stops serving; nothing ends the sessions.
    gateway.enforcer.app.server.closeAllConnections();
    await gateway.enforcer.app.close();
    await firstLog.close();

    const secondLog = await createLocalLogProducer({ dir, durability: 'process' });
    const emitter = new AuditEmitter({
      eventLog: secondLog,
      topic: 'raw',
      tenant: 'default',
      gatewayId: GATEWAY,
      gatewayEpoch: 2,
      encode: encodeEvent,
      newEventId,
      nowMicros,
    });
    const history = () =>
      consumerHistory({
        consumer: createLocalLogConsumer({ dir, topic: 'raw', groupId: 'recovery', pollIntervalMs: 10 }),
        decode: decodeEvent,
        quietMs: 150,
      });
    expect(await recoverCrashedSessions(emitter, history(), GATEWAY)).toBe(1);
    // A second start reads only what came since, finds nothing left open.
    expect(await recoverCrashedSessions(emitter, history(), GATEWAY)).toBe(0);
    await secondLog.close();

    const session = (await readAll(dir, 'check')).filter((e) => e.sessionId === crashedId);
    expect(session.map((e) => e.seq)).toEqual(session.map((_, i) => i));
    expect(session.at(-1)).toMatchObject({
      type: 'session_ended',
      gatewayEpoch: 2,
      identity: { subject: 'tester@example.com' },
      connection: 'fixture',
      body: { reason: 'gateway_crash', finalSeq: session.length - 1 },
    });
    expect(session.filter((e) => e.type === 'session_ended')).toHaveLength(1);
  });
});
