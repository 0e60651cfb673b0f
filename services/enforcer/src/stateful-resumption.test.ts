/**
 * SSE resumption served by the gateway's own event store: the upstream keeps no events, the
 * connection between client and gateway is cut mid-stream, the SDK client resumes with
 * Last-Event-ID and gets every message once; the audit trail holds each frame once.
 * And a client that goes away for good gets its request cancelled upstream, recorded.
 */
import type { AuditEvent } from '@proctor/events';
import { describe, expect, it } from 'vitest';
import { startCutProxy } from './test-fixtures/cut-proxy';
import { useFixtureGateway } from './test-fixtures/fixture-gateway';
import { startFixtureServer } from './test-fixtures/fixture-server';
import { framePayloads, startTestGateway, type TestGateway } from './test-fixtures/gateway-harness';
import { connectRecordingClient } from './test-fixtures/recording-client';
import { waitUntil } from './test-fixtures/wait-until';

const AUTH = { authorization: 'Bearer good' };

function methodsOf(events: AuditEvent[], direction: 'client_to_server' | 'server_to_client'): string[] {
  return framePayloads(events, direction).map((m) => {
    const message = m as { method?: string; params?: { data?: string } };
    return message.params?.data ?? message.method ?? 'answer';
  });
}

describe('stream resumption and abandonment', () => {
  // Long enough for a client to resume on a busy machine.
  const setup = useFixtureGateway({ sse: { resumeGraceMs: 10_000 } });

  it('resumes a stream cut between client and gateway from the gateway store, recording nothing twice', async () => {
    const proxy = await startCutProxy(setup.gateway.base);
    const session = await connectRecordingClient(`${proxy.url}/mcp/fixture`, {
      headers: AUTH,
      transport: {
        reconnectionOptions: {
          initialReconnectionDelay: 20,
          maxReconnectionDelay: 100,
          reconnectionDelayGrowFactor: 1,
          maxRetries: 20,
        },
      },
    });
    const sessionId = session.transport.sessionId ?? '';
    const call = session.client.callTool({ name: 'slow_steps', arguments: { steps: 6, delayMs: 60 } });
    await waitUntil(
      () =>
        session.notifications.filter((n) => (n.params as { data?: string }).data?.startsWith('slow'))
          .length >= 2,
      'two notifications before the cut',
    );
    proxy.cutAll();
    const result = await call;
    expect(result.content).toEqual([{ type: 'text', text: 'slow done 6' }]);
    const slow = session.notifications
      .map((n) => (n.params as { data?: string }).data)
      .filter((d) => d?.startsWith('slow'));
    expect(slow).toEqual(['slow 1', 'slow 2', 'slow 3', 'slow 4', 'slow 5', 'slow 6']);

    const events = setup.gateway.eventsOf(sessionId);
    const recorded = methodsOf(events, 'server_to_client').filter((m) => m.startsWith('slow'));
    expect(recorded).toEqual(['slow 1', 'slow 2', 'slow 3', 'slow 4', 'slow 5', 'slow 6']);
    // The gateway kept the request running through the cut: nothing was cancelled upstream.
    expect(methodsOf(events, 'client_to_server')).not.toContain('notifications/cancelled');
    // Every replayed event carried the gateway's own id, and the client resumed with it.
    const ids = events.flatMap((e) => (e.type === 'frame' && e.body.sseEventId ? [e.body.sseEventId] : []));
    expect(new Set(ids).size).toBe(ids.length);
    await session.client.close();
    await proxy.close();
  });

  it('cancels the upstream request when the client goes away and does not resume, and records it', async () => {
    const impatient = await startTestGateway({
      connections: [{ name: 'fixture', upstream: { url: setup.upstream.url } }],
      sse: { resumeGraceMs: 200 },
    });
    try {
      await expectCancelledOnAbandon(impatient);
    } finally {
      await impatient.close();
    }
  });

  async function expectCancelledOnAbandon(gateway: TestGateway): Promise<void> {
    const session = await connectRecordingClient(`${gateway.base}/mcp/fixture`, { headers: AUTH });
    const sessionId = session.transport.sessionId ?? '';
    const before = setup.upstream.seen.cancelled.length;
    const abort = new AbortController();
    const response = await fetch(`${gateway.base}/mcp/fixture`, {
      method: 'POST',
      headers: {
        ...AUTH,
        accept: 'application/json, text/event-stream',
        'content-type': 'application/json',
        'mcp-session-id': sessionId,
        'mcp-protocol-version': '2025-11-25',
      },
      body: JSON.stringify({
        jsonrpc: '2.0',
        id: 'raw-1',
        method: 'tools/call',
        params: { name: 'wait', arguments: {} },
      }),
      signal: abort.signal,
    });
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    abort.abort();
    await waitUntil(() => setup.upstream.seen.cancelled.length > before, 'the cancellation at the upstream');
    expect(setup.upstream.seen.cancelled.at(-1)).toBe('raw-1');
    const cancel = framePayloads(gateway.eventsOf(sessionId), 'client_to_server').find(
      (m) => (m as { method?: string }).method === 'notifications/cancelled',
    );
    expect(cancel).toEqual({
      jsonrpc: '2.0',
      method: 'notifications/cancelled',
      params: { requestId: 'raw-1', reason: 'client disconnected' },
    });
    await session.client.close();
  }

  it('resumes from the upstream when the upstream ends a stream midway, the client resuming the same gateway stream', async () => {
    const polling = await startFixtureServer({ eventStore: true });
    const viaGateway = await startTestGateway({
      connections: [{ name: 'polling', upstream: { url: polling.url } }],
    });
    try {
      const session = await connectRecordingClient(`${viaGateway.base}/mcp/polling`, { headers: AUTH });
      const result = await session.client.callTool({ name: 'poll_steps', arguments: {} });
      expect(result.content).toEqual([{ type: 'text', text: 'polled with a cut' }]);
      const notes = session.notifications
        .map((n) => (n.params as { data?: string }).data)
        .filter((d) => d?.startsWith('poll'));
      expect(notes).toEqual(['poll 1', 'poll 2']);
      // One gateway stream: the client resumed it (as the upstream asked, SSE polling passed on).
      const streams = viaGateway
        .eventsOf(session.transport.sessionId ?? '')
        .flatMap((e) =>
          e.type === 'frame' && e.body.method === 'notifications/message' ? [e.body.sseStreamId] : [],
        );
      expect(new Set(streams).size).toBe(1);
      await session.client.close();
    } finally {
      await viaGateway.close();
      await polling.close();
    }
  });
});
