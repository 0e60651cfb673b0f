/**
 * Faults a chaos engineer would try: the log failing for a while (no sequence number is lost,
 * SSE clients get -31020 instead of a hung stream, health endpoints tell the truth), an
 * upstream that never answers (read timeout), and a gateway shutting down with exchanges in
 * flight (drained until the deadline, then cut with an answer; every end recorded).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { McpError } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, startFixtureServer } from './test-fixtures/fixture-server';
import {
  expectGapFree,
  framePayloads,
  startTestGateway,
  type TestGateway,
} from './test-fixtures/gateway-harness';
import { connectRecordingClient } from './test-fixtures/recording-client';
import { waitUntil } from './test-fixtures/wait-until';

const AUTH = { authorization: 'Bearer good' };

describe('faults', () => {
  let upstream: FixtureServer;
  let silent: Server;
  let silentUrl: string;
  let gateway: TestGateway;

  beforeAll(async () => {
    upstream = await startFixtureServer();
    // Accepts connections and requests, never answers.
    silent = createServer(() => undefined);
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    silentUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/mcp`;
    gateway = await startTestGateway({
      connections: [
        { name: 'fixture', upstream: { url: upstream.url } },
        { name: 'silent', upstream: { url: silentUrl, timeoutMs: 200 } },
      ],
    });
  });

  afterAll(async () => {
    await gateway?.close();
    await upstream?.close();
    silent?.closeAllConnections();
    silent?.close();
  });

  it('a failed append consumes no sequence number: after the fault, the session continues without a gap', async () => {
    const session = await connectRecordingClient(`${gateway.base}/mcp/fixture`, { headers: AUTH });
    const sessionId = session.transport.sessionId ?? '';
    gateway.log.failing = true;
    const refused = await session.client
      .callTool({ name: 'echo', arguments: { text: 'during' } })
      .catch((e) => e);
    expect(refused).toBeInstanceOf(Error);
    expect(upstream.seen.echoes).not.toContain('during');
    gateway.log.failing = false;
    const after = await session.client.callTool({ name: 'echo', arguments: { text: 'after' } });
    expect(after.content).toEqual([{ type: 'text', text: 'echo: after' }]);
    const events = gateway.eventsOf(sessionId);
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i));
    expect(expectGapFree(gateway.events())).toEqual({ streamGaps: [], sessionGaps: [] });
    await session.client.close();
  });

  it('when an answer on an SSE stream cannot be recorded, the client gets -31020 in the stream, not a hang', async () => {
    const session = await connectRecordingClient(`${gateway.base}/mcp/fixture`, { headers: AUTH });
    const call = session.client.callTool({ name: 'slow_steps', arguments: { steps: 5, delayMs: 40 } });
    await waitUntil(
      () => session.notifications.some((n) => (n.params as { data?: string }).data === 'slow 1'),
      'a first event',
    );
    gateway.log.failing = true;
    try {
      const error = await call.then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(McpError);
      expect((error as McpError).code).toBe(-31020);
    } finally {
      gateway.log.failing = false;
    }
    // Nothing the client received after the fault is missing from the log: the withheld events never left.
    const recorded = framePayloads(gateway.eventsOf(session.transport.sessionId ?? ''), 'server_to_client');
    const delivered = session.received.filter(
      (m) => !('error' in m && (m.error as { code: number }).code === -31020),
    );
    expect(recorded.length).toBe(delivered.length);
    await session.client.close();
  });

  it('/healthz and /readyz report the log and upstreams as they are', async () => {
    const ready = await fetch(`${gateway.base}/readyz`);
    // The silent upstream answers no probe: the gateway is not ready while a connection is down.
    expect(ready.status).toBe(503);
    const body = (await ready.json()) as {
      log: { ok: boolean };
      upstreams: Record<string, { reachable: boolean }>;
    };
    expect(body.log.ok).toBe(true);
    expect(body.upstreams.fixture?.reachable).toBe(true);
    expect(body.upstreams.silent?.reachable).toBe(false);
    gateway.log.failing = true;
    try {
      const health = (await (await fetch(`${gateway.base}/healthz`)).json()) as {
        status: string;
        log: { ok: boolean };
      };
      expect(health).toMatchObject({ status: 'degraded', log: { ok: false } });
    } finally {
      gateway.log.failing = false;
    }
    expect(await (await fetch(`${gateway.base}/healthz`)).json()).toMatchObject({ status: 'ok' });
  });

  it('an upstream that never answers gets a timeout error within its read timeout, and the session is ended', async () => {
    const started = Date.now();
    const res = await fetch(`${gateway.base}/mcp/silent`, {
      method: 'POST',
      headers: { ...AUTH, accept: 'application/json, text/event-stream', 'content-type': 'application/json' },
      body: JSON.stringify({
        jsonrpc: '2.0',
        id: 7,
        method: 'initialize',
        params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 't', version: '1' } },
      }),
    });
    expect(res.status).toBe(504);
    expect(await res.json()).toMatchObject({
      id: 7,
      error: { code: -31021, message: expect.stringMatching(/in time/) },
    });
    expect(Date.now() - started).toBeLessThan(3_000);
    const ended = gateway.events().findLast((e) => e.connection === 'silent');
    expect(ended).toMatchObject({ type: 'session_ended', body: { reason: 'never_established' } });
  });
});

describe('graceful shutdown', () => {
  it('lets in-flight exchanges finish, cuts what outlives the deadline with an answer, and records every end', async () => {
    const upstream = await startFixtureServer();
    const gateway = await startTestGateway({
      connections: [{ name: 'fixture', upstream: { url: upstream.url } }],
      shutdownDeadlineMs: 600,
    });
    try {
      const finishing = await connectRecordingClient(`${gateway.base}/mcp/fixture`, { headers: AUTH });
      const stuck = await connectRecordingClient(`${gateway.base}/mcp/fixture`, { headers: AUTH });
      const quick = finishing.client.callTool({ name: 'slow_steps', arguments: { steps: 3, delayMs: 50 } });
      const slow = stuck.client.callTool({ name: 'wait', arguments: {} }).then(
        () => null,
        (e: unknown) => e,
      );
      // Both calls are in flight at the upstream before the shutdown starts.
      await waitUntil(
        () =>
          gateway.events().filter((e) => e.type === 'frame' && e.body.method === 'notifications/message')
            .length > 0 && gateway.events().some((e) => e.type === 'frame' && e.body.toolName === 'wait'),
        'both calls in flight',
      );
      const closing = gateway.close();
      // New work is refused while draining.
      const late = await fetch(`${gateway.base}/mcp/fixture`, {
        method: 'POST',
        headers: {
          ...AUTH,
          'content-type': 'application/json',
          'mcp-session-id': finishing.transport.sessionId ?? '',
        },
        body: JSON.stringify({ jsonrpc: '2.0', id: 99, method: 'ping' }),
      }).catch(() => null);
      if (late) expect(late.status).toBe(503);
      expect((await quick).content).toEqual([{ type: 'text', text: 'slow done 3' }]);
      const cut = await slow;
      expect(cut).toBeInstanceOf(McpError);
      expect((cut as McpError).code).toBe(-31025);
      await closing;
      await waitUntil(() => upstream.seen.cancelled.length > 0, 'the cut request cancelled upstream');
      for (const client of [finishing, stuck]) {
        const events = gateway.eventsOf(client.transport.sessionId ?? '');
        expect(events.at(-1)).toMatchObject({ type: 'session_ended', body: { reason: 'gateway_shutdown' } });
        expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i));
      }
      const stuckFrames = framePayloads(
        gateway.eventsOf(stuck.transport.sessionId ?? ''),
        'server_to_client',
      );
      expect(stuckFrames.at(-1)).toMatchObject({ error: { code: -31025 } });
    } finally {
      await upstream.close();
    }
  });
});
