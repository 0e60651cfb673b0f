/**
 * A gateway that dies without ending its sessions: at the next start, what its log holds of
 * the earlier epoch is read back and what the crash cut off gets its session_ended (reason
 * gateway_crash), continuing its seq without a gap — once. Exchanges whose round was answered
 * are left to their client's retry; with a shared store only sessions pinned to the crashed
 * instance are ended, and a pinned session reached at another gateway is refused with a reason.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocalLogConsumer, createLocalLogProducer } from '@proctor/event-log';
import { type AuditEvent, decodeEvent } from '@proctor/events';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GatewayHistoryReader, recoverCrashedSessions } from './core/crash-recovery';
import { ExchangePipeline } from './core/pipeline';
import { loadSession, openSession } from './core/stateful/live-session';
import { consumerHistory } from './sessions/local-log-history';
import { RedisSessionStore } from './sessions/redis-store';
import { type FixtureServer, startFixtureServer } from './test-fixtures/fixture-server';
import { minimalFrameBody } from './test-fixtures/frame-body';
import { startTestGateway } from './test-fixtures/gateway-harness';
import { connectRecordingClient } from './test-fixtures/recording-client';
import { TEST_IDENTITY } from './testing';

async function readAll(dir: string, group: string): Promise<AuditEvent[]> {
  const events: AuditEvent[] = [];
  await consumerHistory({
    consumer: createLocalLogConsumer({ dir, topic: 'raw', groupId: group, pollIntervalMs: 10 }),
    decode: decodeEvent,
    quietMs: 150,
  }).readNew((e) => events.push(e));
  return events;
}

/** Events of an earlier epoch, as a log would hold them. */
function historyOf(events: AuditEvent[]): GatewayHistoryReader {
  return {
    async readNew(onEvent) {
      for (const event of events) onEvent(event);
    },
  };
}

function event(sessionId: string, seq: number, fields: Partial<AuditEvent>): AuditEvent {
  return {
    eventId: randomUUID(),
    time: 1,
    tenant: 'default',
    gatewayId: 'gateway-1',
    sessionId,
    seq,
    identity: TEST_IDENTITY,
    sourceIp: null,
    userAgent: null,
    connection: 'fixture',
    gatewayEpoch: 1,
    streamSeq: 0,
    era: 'stateless',
    protocolVersion: '2026-07-28',
    traceId: null,
    type: 'session_started',
    body: { protocolVersion: null, clientName: null, clientVersion: null, transport: 'streamable-http' },
    ...fields,
  } as AuditEvent;
}

function frame(sessionId: string, seq: number, direction: string, kind: string): AuditEvent {
  return event(sessionId, seq, {
    type: 'frame',
    body: minimalFrameBody(direction, kind),
  } as Partial<AuditEvent>);
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
    const restarted = await startTestGateway(
      { connections: [{ name: 'fixture', upstream: { url: upstream.url } }] },
      { eventLog: secondLog, gatewayEpoch: 2 },
    );
    const history = () =>
      consumerHistory({
        consumer: createLocalLogConsumer({ dir, topic: 'raw', groupId: 'recovery', pollIntervalMs: 10 }),
        decode: decodeEvent,
        quietMs: 150,
      });
    const ctx = restarted.enforcer.pipeline.ctx;
    expect(await recoverCrashedSessions(ctx, history())).toBe(1);
    // A second start reads only what came since, finds nothing left open.
    expect(await recoverCrashedSessions(ctx, history())).toBe(0);
    await restarted.close();
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

  it("ends an exchange whose round was in flight, and leaves one whose round was answered to its client's retry", async () => {
    const gateway = await startTestGateway(
      { connections: [{ name: 'fixture', upstream: { url: upstream.url } }] },
      { gatewayEpoch: 2 },
    );
    try {
      const earlier = [
        event('in-flight', 0, {}),
        frame('in-flight', 1, 'client_to_server', 'request'),
        frame('in-flight', 2, 'server_to_client', 'notification'),
        event('answered', 0, {}),
        frame('answered', 1, 'client_to_server', 'request'),
        frame('answered', 2, 'server_to_client', 'response'),
        event('auth-failure-1', 0, { type: 'auth_failure' } as Partial<AuditEvent>),
        event('other-gateway', 0, { gatewayId: 'gateway-2' }),
        event('this-epoch', 0, { gatewayEpoch: 2 }),
      ];
      expect(await recoverCrashedSessions(gateway.enforcer.pipeline.ctx, historyOf(earlier))).toBe(1);
      expect(gateway.events().map((e) => [e.sessionId, e.seq, e.type, e.era])).toEqual([
        ['in-flight', 3, 'session_ended', 'stateless'],
      ]);
      expect(gateway.events()[0]?.body).toEqual({ finalSeq: 3, reason: 'gateway_crash' });
    } finally {
      await gateway.close();
    }
  });

  describe('with sessions in a shared store (Redis)', () => {
    const redisUrl = process.env.REDIS_URL;
    if (!redisUrl)
      throw new Error('REDIS_URL is not set: these tests need a real Redis (the harness starts one)');
    const keyPrefix = `proctor-test-crash-${randomUUID()}`;
    const stores: RedisSessionStore[] = [];
    const sharedStore = () => {
      const store = new RedisSessionStore({ redisUrl, keyPrefix, idleTtlMs: 60_000 });
      stores.push(store);
      return store;
    };
    // A stdio connection: its sessions are pinned to the gateway instance that opens them.
    const stdioConnection = {
      name: 'files',
      upstream: { stdio: { command: process.execPath, args: ['-e', 'process.stdin.resume()'], poolSize: 0 } },
    };
    const caller = { identity: TEST_IDENTITY, sourceIp: null, userAgent: null };
    const start = { protocolVersion: '2025-06-18', clientName: null, clientVersion: null };

    afterAll(async () => {
      await Promise.all(stores.map((s) => s.close()));
      const admin = new Redis(redisUrl);
      const keys = await admin.keys(`${keyPrefix}:*`);
      if (keys.length > 0) await admin.del(...keys);
      await admin.quit();
    });

    it('ends only what was pinned to the crashed instance, with the seq the store hands out', async () => {
      const connections = [{ name: 'fixture', upstream: { url: upstream.url } }, stdioConnection];
      const first = await startTestGateway(
        { connections },
        { gatewayEpoch: 1, sessions: sharedStore(), sessionsAreShared: true },
      );
      const client = await connectRecordingClient(`${first.base}/mcp/fixture`, {
        headers: { authorization: 'Bearer good' },
      });
      await client.client.callTool({ name: 'echo', arguments: { text: 'shared' } });
      const sharedId = client.transport.sessionId ?? '';
      const ctx = first.enforcer.pipeline.ctx;
      const pinned = await openSession(ctx, 'files', caller, start, false);
      expect(pinned.record.pinned).toBe(true);
      expect((await ctx.sessions.get(sharedId))?.pinned).toBe(false);
      const earlier = first.events();
      first.enforcer.app.server.closeAllConnections();
      await first.enforcer.app.close();

      const restarted = await startTestGateway(
        { connections },
        { gatewayEpoch: 2, sessions: sharedStore(), sessionsAreShared: true },
      );
      try {
        expect(await recoverCrashedSessions(restarted.enforcer.pipeline.ctx, historyOf(earlier))).toBe(1);
        expect(restarted.events().map((e) => [e.sessionId, e.seq, e.type])).toEqual([
          [pinned.record.id, 1, 'session_ended'],
        ]);
        expect(await restarted.enforcer.sessions.get(pinned.record.id)).toBeNull();
        // The unpinned session goes on, at any gateway.
        expect(await restarted.enforcer.sessions.get(sharedId)).toMatchObject({ phase: 'established' });
        expect(await recoverCrashedSessions(restarted.enforcer.pipeline.ctx, historyOf(earlier))).toBe(0);
      } finally {
        await restarted.close();
      }
    });

    it('ends the sessions pinned to a gateway when it stops gracefully, and leaves the others to the other gateways', async () => {
      const connections = [{ name: 'fixture', upstream: { url: upstream.url } }, stdioConnection];
      const stopping = await startTestGateway(
        { connections },
        { gatewayEpoch: 1, sessions: sharedStore(), sessionsAreShared: true },
      );
      const ctx = stopping.enforcer.pipeline.ctx;
      const pinned = await openSession(ctx, 'files', caller, start, false);
      const shared = await openSession(ctx, 'fixture', caller, start, false);
      await stopping.close();
      expect(await stopping.enforcer.sessions.get(pinned.record.id)).toBeNull();
      expect(stopping.eventsOf(pinned.record.id).at(-1)).toMatchObject({
        type: 'session_ended',
        body: { reason: 'gateway_shutdown' },
      });
      const other = sharedStore();
      expect(await other.get(shared.record.id)).toMatchObject({ pinned: false });
      expect(stopping.eventsOf(shared.record.id).map((e) => e.type)).toEqual(['session_started']);
    });

    it("leaves an idle session pinned to another gateway to that gateway's sweep for a while, then ends it", async () => {
      const home = await startTestGateway(
        { connections: [stdioConnection] },
        { gatewayEpoch: 1, sessions: sharedStore(), sessionsAreShared: true },
      );
      try {
        const pinned = await openSession(home.enforcer.pipeline.ctx, 'files', caller, start, false);
        const other = new ExchangePipeline({ ...home.enforcer.pipeline.ctx, gatewayId: 'gateway-2' });
        const idleSince = pinned.record.lastActive + 1;
        // (The store is shared with the other tests here: only this session is looked at.)
        await other.sweepIdle(idleSince, pinned.record.lastActive);
        expect(await home.enforcer.sessions.get(pinned.record.id)).not.toBeNull();
        // Its own gateway did not end it in time (gone): another gateway does, so the trail ends.
        await other.sweepIdle(idleSince, idleSince);
        expect(await home.enforcer.sessions.get(pinned.record.id)).toBeNull();
        expect(home.eventsOf(pinned.record.id).at(-1)).toMatchObject({ body: { reason: 'idle_timeout' } });
      } finally {
        await home.close();
      }
    });

    it('refuses a pinned session at another gateway (421, the reason named, the session kept); its own gateway restarted ends it', async () => {
      const home = await startTestGateway(
        { connections: [stdioConnection] },
        { gatewayEpoch: 1, sessions: sharedStore(), sessionsAreShared: true },
      );
      const restartedHome = await startTestGateway(
        { connections: [stdioConnection] },
        { gatewayEpoch: 2, sessions: sharedStore(), sessionsAreShared: true },
      );
      try {
        const pinned = await openSession(home.enforcer.pipeline.ctx, 'files', caller, start, false);
        await home.enforcer.sessions.update(pinned.record.id, { phase: 'established' });
        // Another gateway: the same store, another gatewayId.
        const other = { ...restartedHome.enforcer.pipeline.ctx, gatewayId: 'gateway-2' };
        const refusal = await loadSession(other, 'files', pinned.record.id, caller).catch((e: unknown) => e);
        expect(refusal).toMatchObject({
          code: 'SESSION_ELSEWHERE',
          httpStatus: 421,
          rpcCode: -31015,
          message: expect.stringMatching(/lives in gateway "gateway-1"/),
        });
        expect(await home.enforcer.sessions.get(pinned.record.id)).toMatchObject({ phase: 'established' });
        expect(
          await loadSession(home.enforcer.pipeline.ctx, 'files', pinned.record.id, caller),
        ).toBeDefined();

        // The same gateway after a restart: what the session needed died with the earlier start.
        const gone = await loadSession(
          restartedHome.enforcer.pipeline.ctx,
          'files',
          pinned.record.id,
          caller,
        ).catch((e: unknown) => e);
        expect(gone).toMatchObject({ code: 'SESSION_NOT_FOUND', httpStatus: 404, rpcCode: -32001 });
        expect(await home.enforcer.sessions.get(pinned.record.id)).toBeNull();
        expect(restartedHome.events().map((e) => [e.sessionId, e.seq, e.type])).toEqual([
          [pinned.record.id, 1, 'session_ended'],
        ]);
        expect(restartedHome.events()[0]?.body).toMatchObject({ reason: 'gateway_crash' });
      } finally {
        await Promise.all([home.close(), restartedHome.close()]);
      }
    });
  });
});
