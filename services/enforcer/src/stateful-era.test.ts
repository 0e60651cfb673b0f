/**
 * The stateful era end to end with the official SDK v1 on both sides: every message kind
 * looks the same to the client through the gateway as it does directly, and every frame is
 * recorded once, in order, with gap-free session and gateway-stream sequences.
 */
import type { AuditEvent } from '@proctor/events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, startFixtureServer } from './test-fixtures/fixture-server';
import {
  expectGapFree,
  framePayloads,
  startTestGateway,
  type TestGateway,
} from './test-fixtures/gateway-harness';
import { connectRecordingClient, type RecordingClient } from './test-fixtures/recording-client';
import { waitUntil } from './test-fixtures/wait-until';

const AUTH = { authorization: 'Bearer good' };

/** Drops values that differ between two runs by design (ids, clocks). */
function stable(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, (key, v) =>
      ['taskId', 'createdAt', 'lastUpdatedAt', 'ttl', 'pollInterval'].includes(key) ? '<varies>' : v,
    ),
  );
}

/** Every kind of stateful-era exchange, in one session; returns what the client saw. */
async function runScenario(
  session: RecordingClient,
  cancelArrived: () => boolean,
): Promise<Record<string, unknown>> {
  const { client } = session;
  const seen: Record<string, unknown> = {};
  seen.serverVersion = client.getServerVersion();
  seen.capabilities = client.getServerCapabilities();
  seen.ping = await client.ping();
  seen.tools = await client.listTools();
  seen.echo = await client.callTool({ name: 'echo', arguments: { text: 'synthetic' } });
  const progress: number[] = [];
  seen.count = await client.callTool({ name: 'count', arguments: { steps: 3 } }, undefined, {
    onprogress: (p) => progress.push(p.progress),
  });
  seen.progress = progress;
  seen.unknownTool = await client.callTool({ name: 'nope', arguments: {} }).catch((e: Error) => e.message);
  seen.resources = await client.listResources();
  seen.read = await client.readResource({ uri: 'fixture://status' });
  seen.subscribe = await client.subscribeResource({ uri: 'fixture://status' });
  seen.prompts = await client.listPrompts();
  seen.prompt = await client.getPrompt({ name: 'greeting', arguments: { name: 'Alice' } });
  seen.complete = await client.complete({
    ref: { type: 'ref/prompt', name: 'greeting' },
    argument: { name: 'name', value: 'Al' },
  });
  seen.setLevel = await client.setLoggingLevel('debug');
  seen.sample = await client.callTool({ name: 'sample', arguments: {} });
  seen.elicitForm = await client.callTool({ name: 'elicit_form', arguments: {} });
  seen.elicitUrl = await client.callTool({ name: 'elicit_url', arguments: {} });
  seen.roots = await client.callTool({ name: 'roots', arguments: {} });
  // Server notifications outside any request travel on the GET listening stream.
  seen.touch = await client.callTool({ name: 'touch_status', arguments: {} });
  await waitUntil(
    () => session.notifications.some((n) => n.method === 'notifications/resources/updated'),
    'resources/updated on the GET stream',
  );
  seen.unsubscribe = await client.unsubscribeResource({ uri: 'fixture://status' });
  const taskMessages: unknown[] = [];
  for await (const message of client.experimental.tasks.callToolStream(
    { name: 'delay_task', arguments: { ms: 30 } },
    undefined,
    { task: { ttl: 60_000 } },
  )) {
    taskMessages.push(message.type === 'taskStatus' ? { type: message.type } : message);
  }
  seen.task = taskMessages.filter((m, i, all) => i === 0 || JSON.stringify(m) !== JSON.stringify(all[i - 1]));
  const tasks = await client.experimental.tasks.listTasks();
  seen.taskList = tasks.tasks.length > 0;
  // Cancellation: the SDK sends notifications/cancelled when the caller aborts.
  const abort = new AbortController();
  const waiting = client.callTool({ name: 'wait', arguments: {} }, undefined, { signal: abort.signal });
  await new Promise((r) => setTimeout(r, 50));
  abort.abort('synthetic cancel');
  seen.cancelled = await waiting.then(
    () => 'answered',
    (e: Error) => e.name,
  );
  // The SDK sends the cancellation on its own POST after the call already failed locally.
  await waitUntil(cancelArrived, 'the cancellation at the upstream');
  seen.notificationMethods = [...new Set(session.notifications.map((n) => n.method))].sort();
  return stable(seen) as Record<string, unknown>;
}

function canonical(messages: unknown[]): string[] {
  return messages.map((m) => JSON.stringify(m, Object.keys(flatten(m)).sort())).sort();
}

function flatten(value: unknown, keys: Record<string, true> = {}): Record<string, true> {
  if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      keys[k] = true;
      flatten(v, keys);
    }
  }
  return keys;
}

describe('stateful era through the gateway (SDK v1 client and server)', () => {
  let upstream: FixtureServer;
  let gateway: TestGateway;

  beforeAll(async () => {
    upstream = await startFixtureServer();
    gateway = await startTestGateway({
      connections: [
        {
          name: 'fixture',
          upstream: { url: upstream.url, headers: { authorization: 'Bearer upstream-secret' } },
        },
      ],
    });
  });

  afterAll(async () => {
    await gateway?.close();
    await upstream?.close();
  });

  for (const protocolVersion of ['2025-11-25', '2025-06-18', '2025-03-26']) {
    it(`shows the client exactly what it sees directly, and records every frame once (${protocolVersion})`, async () => {
      const cancelled = () => upstream.seen.cancelled.length;
      const directBefore = cancelled();
      const direct = await connectRecordingClient(upstream.url, { protocolVersion });
      const expected = await runScenario(direct, () => cancelled() > directBefore);
      await direct.transport.terminateSession();
      await direct.client.close();

      const proxiedBefore = cancelled();
      const proxied = await connectRecordingClient(`${gateway.base}/mcp/fixture`, {
        headers: AUTH,
        protocolVersion,
      });
      // The cancellation must reach the upstream through the gateway, or the scenario times out.
      const actual = await runScenario(proxied, () => cancelled() > proxiedBefore);
      const sessionId = proxied.transport.sessionId ?? '';
      await proxied.transport.terminateSession();
      await proxied.client.close();

      expect(actual).toEqual(expected);
      expect(actual.notificationMethods).toEqual(
        expect.arrayContaining([
          'notifications/message',
          'notifications/progress',
          'notifications/resources/updated',
          'notifications/tools/list_changed',
        ]),
      );

      const events = gateway.eventsOf(sessionId);
      expect(events[0]).toMatchObject({ type: 'session_started', body: { protocolVersion } });
      expect(events.at(-1)).toMatchObject({ type: 'session_ended', body: { reason: 'client_delete' } });
      expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i));
      expect(events.every((e) => e.era === 'stateful' && e.gatewayEpoch === 1)).toBe(true);
      // Each message the client sent or received is recorded exactly once.
      expect(canonical(framePayloads(events, 'client_to_server'))).toEqual(canonical(proxied.sent));
      expect(canonical(framePayloads(events, 'server_to_client'))).toEqual(canonical(proxied.received));
      expectStreamOrder(events);
      const kinds = new Set(
        events.flatMap((e) => (e.type === 'frame' ? [`${e.body.direction}:${e.body.method}`] : [])),
      );
      for (const kind of [
        'server_to_client:sampling/createMessage',
        'client_to_server:sampling/createMessage',
        'server_to_client:elicitation/create',
        'server_to_client:roots/list',
        'client_to_server:notifications/cancelled',
        'client_to_server:tasks/get',
        'client_to_server:completion/complete',
        'client_to_server:resources/subscribe',
      ]) {
        expect(kinds, kind).toContain(kind);
      }
    });
  }

  it('keeps the gateway stream gap-free over every session, and never forwards the client token', () => {
    const { streamGaps, sessionGaps } = expectGapFree(gateway.events());
    expect(streamGaps).toEqual([]);
    expect(sessionGaps).toEqual([]);
    expect(
      upstream.seen.authorizations.filter((a) => a !== undefined && a !== 'Bearer upstream-secret'),
    ).toEqual([]);
  });
});

/** Within each gateway SSE stream, events were recorded in the order of their event ids. */
function expectStreamOrder(events: AuditEvent[]): void {
  const last = new Map<string, number>();
  for (const event of events) {
    if (event.type !== 'frame' || !event.body.sseStreamId || !event.body.sseEventId) continue;
    expect(event.body.sseEventId.startsWith(`${event.body.sseStreamId}.`)).toBe(true);
    const no = Number(event.body.sseEventId.split('.')[1]);
    expect(no).toBeGreaterThan(last.get(event.body.sseStreamId) ?? -1);
    last.set(event.body.sseStreamId, no);
  }
}
