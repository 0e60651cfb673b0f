import { createHash } from 'node:crypto';
import type { Client } from '@modelcontextprotocol/client';
import type { AuditEvent } from '@proctor/events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useGatewayOver } from '../fixtures/bridged-pair';
import {
  bySession,
  connectModernClient,
  describeEvent,
  type StatelessGateway,
  startStatelessGateway,
} from '../fixtures/stateless-gateway';
import { type StatelessFixture, startStatelessServer } from '../fixtures/stateless-server';
import { startTasksServer } from '../fixtures/stateless-tasks-server';
import { waitFor } from '../harness';

const TRACEPARENT = '00-5a1e0b5a1e0b5a1e0b5a1e0b5a1e0b5a-1111111111111111-01';
const META = {
  'io.modelcontextprotocol/protocolVersion': '2026-07-28',
  'io.modelcontextprotocol/clientCapabilities': { elicitation: {} },
};

/** Everything a client can ask of the fixture, and what it got back. */
async function scenario(client: Client): Promise<Record<string, unknown>> {
  const progress: unknown[] = [];
  return {
    era: client.getProtocolEra(),
    discover: await client.discover(),
    tools: await client.listTools(),
    echo: await client.callTool({ name: 'echo', arguments: { item: 'gauze' } }),
    elicitation: await client.callTool({ name: 'confirm_order', arguments: { item: 'gauze' } }),
    sampling: await client.callTool({ name: 'summarize', arguments: {} }),
    roots: await client.callTool({ name: 'list_roots', arguments: {} }),
    slow: await client.callTool({ name: 'slow', arguments: {} }, { onprogress: (p) => progress.push(p) }),
    progress,
    resource: await client.readResource({ uri: 'ehr://charts/synthetic-1' }),
    prompt: await client.getPrompt({ name: 'triage' }),
  };
}

async function post(url: string, body: unknown, headers: Record<string, string>): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: {
      accept: 'application/json, text/event-stream',
      'content-type': 'application/json',
      authorization: 'Bearer good',
      'mcp-protocol-version': '2026-07-28',
      ...headers,
    },
  });
}

describe('stateless era (2026-07-28) through the gateway, official SDK v2 on both sides', () => {
  let upstream: StatelessFixture;
  let gateway: StatelessGateway;
  let url: string;

  beforeAll(async () => {
    upstream = await startStatelessServer();
    gateway = await startStatelessGateway([{ name: 'modern', url: upstream.url }]);
    url = `${gateway.base}/mcp/modern`;
  });

  afterAll(async () => {
    await gateway?.close();
    await upstream?.close();
  });

  it('shows the client exactly what it sees directly, for every message kind', async () => {
    const direct = await connectModernClient(upstream.url);
    const expected = await scenario(direct.client);
    await direct.client.close();
    const receivedDirectly = upstream.received.length;
    const via = await connectModernClient(url);
    const seen = await scenario(via.client);
    await via.client.close();
    expect(seen).toEqual(expected);
    expect(seen.era).toBe('modern');
    expect((seen.progress as unknown[]).length).toBe(2);
    // Caching hints pass through untouched.
    expect(seen.tools).toMatchObject({ ttlMs: 60_000, cacheScope: 'public' });
    expect(seen.resource).toMatchObject({ ttlMs: 5_000, cacheScope: 'private' });
    // The client's token never reaches the upstream.
    const viaGateway = upstream.received.slice(receivedDirectly);
    expect(viaGateway.length).toBeGreaterThan(10);
    expect(viaGateway.every((r) => r.headers.authorization === undefined)).toBe(true);
  });

  it('records every exchange once, in order, with gap-free session and gateway-stream sequences', async () => {
    const before = gateway.events().length;
    const receivedBefore = upstream.received.length;
    const { client } = await connectModernClient(url);
    await client.callTool({ name: 'confirm_order', arguments: { item: 'splint' } });
    await client.callTool({ name: 'slow', arguments: {} }, { onprogress: () => undefined });
    await client.close();
    await gateway.enforcer.emitter.idle();
    const events = gateway.events().slice(before);
    const exchanges = [...bySession(events).values()];
    for (const exchange of exchanges) {
      expect(exchange.map((e) => e.seq)).toEqual(exchange.map((_, i) => i));
      expect(exchange[0]?.type).toBe('session_started');
      expect(exchange.at(-1)).toMatchObject({ type: 'session_ended', body: { reason: 'exchange_complete' } });
      expect(exchange.every((e) => e.era === 'stateless' && e.protocolVersion === '2026-07-28')).toBe(true);
    }
    const all = gateway.events();
    expect(all.map((e) => e.streamSeq)).toEqual(all.map((_, i) => i));
    const lines = exchanges.map((x) => x.map(describeEvent));
    expect(lines).toContainEqual([
      'session_started',
      'client_to_server:request:tools/call:r0',
      'server_to_client:response:tools/call:r0',
      'client_to_server:request:tools/call:r1',
      'server_to_client:response:tools/call:r1',
      'session_ended:exchange_complete',
    ]);
    expect(lines).toContainEqual([
      'session_started',
      'client_to_server:request:tools/call:r0',
      'server_to_client:notification:notifications/progress:r0',
      'server_to_client:notification:notifications/progress:r0',
      'server_to_client:response:tools/call:r0',
      'session_ended:exchange_complete',
    ]);
    // Each request the upstream received is recorded exactly once, byte for byte.
    const forwarded = upstream.received.slice(receivedBefore).map((r) => JSON.stringify(r.body));
    const recorded = events
      .filter((e) => e.type === 'frame' && e.body.direction === 'client_to_server')
      .map((e) => (e.type === 'frame' ? JSON.stringify(JSON.parse(e.body.payload.toString('utf8'))) : ''));
    expect(recorded).toEqual(forwarded);
  });

  it('links the exchanges of one caller that carry the same traceparent, and never another caller sending it', async () => {
    const before = gateway.events().length;
    for (const token of ['good', 'other']) {
      const { client } = await connectModernClient(url, token);
      for (const item of ['a', 'b']) {
        await client.callTool({ name: 'echo', arguments: { item }, _meta: { traceparent: TRACEPARENT } });
      }
      await client.close();
    }
    await gateway.enforcer.emitter.idle();
    const started = gateway
      .events()
      .slice(before)
      .filter((e) => e.type === 'session_started' && Boolean(e.traceId));
    const traceOf = (subject: string) =>
      new Set(started.filter((e) => e.identity.subject === subject).map((e) => e.traceId));
    const mine = traceOf('tester@example.com');
    const theirs = traceOf('someone-else@example.com');
    // Two exchanges each, one trace per caller: the client's trace id scoped to the caller.
    expect(started).toHaveLength(4);
    expect(mine.size).toBe(1);
    expect(theirs.size).toBe(1);
    const [trace] = [...mine];
    expect(trace).toMatch(/^[0-9a-f]{32}$/);
    expect(theirs.has(trace ?? null)).toBe(false);
    expect(trace).toBe(
      createHash('sha256')
        .update(`urn:test tester@example.com ${TRACEPARENT.split('-')[1]}`)
        .digest('hex')
        .slice(0, 32),
    );
  });

  it('answers an Mcp-Name or Mcp-Method that disagrees with the body with HTTP 400 and -32020, forwarding nothing', async () => {
    const received = upstream.received.length;
    const call = {
      jsonrpc: '2.0',
      id: 11,
      method: 'tools/call',
      params: { name: 'echo', arguments: { item: 'x' }, _meta: META },
    };
    const wrongName = await post(url, call, { 'mcp-method': 'tools/call', 'mcp-name': 'confirm_order' });
    expect(wrongName.status).toBe(400);
    expect(await wrongName.json()).toMatchObject({ jsonrpc: '2.0', id: 11, error: { code: -32020 } });
    const wrongMethod = await post(url, call, { 'mcp-method': 'tools/list', 'mcp-name': 'echo' });
    expect(wrongMethod.status).toBe(400);
    expect(await wrongMethod.json()).toMatchObject({ error: { code: -32020 } });
    const missing = await post(url, call, { 'mcp-method': 'tools/call' });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ error: { code: -32020 } });
    const versions = await post(url, call, {
      'mcp-method': 'tools/call',
      'mcp-name': 'echo',
      'mcp-protocol-version': '2025-11-25',
    });
    expect(versions.status).toBe(400);
    expect(await versions.json()).toMatchObject({ error: { code: -32020 } });
    expect(upstream.received.length).toBe(received);
  });

  it('refuses a requestState the gateway did not seal, without reaching the upstream', async () => {
    const received = upstream.received.length;
    const before = gateway.events().length;
    const forged = await post(
      url,
      {
        jsonrpc: '2.0',
        id: 12,
        method: 'tools/call',
        params: {
          name: 'confirm_order',
          arguments: { item: 'gauze' },
          inputResponses: { confirm: { action: 'accept', content: { confirm: true } } },
          requestState: 'order:gauze',
          _meta: META,
        },
      },
      { 'mcp-method': 'tools/call', 'mcp-name': 'confirm_order' },
    );
    expect(forged.status).toBe(400);
    expect(await forged.json()).toMatchObject({ id: 12, error: { code: -32602 } });
    expect(upstream.received.length).toBe(received);
    await gateway.enforcer.emitter.idle();
    expect(gateway.events().slice(before).map(describeEvent)).toEqual([
      'session_started',
      'client_to_server:request:tools/call:r0',
      'server_to_client:error:tools/call:r0',
      'session_ended:exchange_complete',
    ]);
  });

  it('refuses a sealed requestState replayed by another identity', async () => {
    const first = await post(
      url,
      {
        jsonrpc: '2.0',
        id: 13,
        method: 'tools/call',
        params: { name: 'confirm_order', arguments: { item: 'x' }, _meta: META },
      },
      { 'mcp-method': 'tools/call', 'mcp-name': 'confirm_order' },
    );
    const interim = (await first.json()) as { result: { requestState: string } };
    const replay = await post(
      url,
      {
        jsonrpc: '2.0',
        id: 14,
        method: 'tools/call',
        params: {
          name: 'confirm_order',
          arguments: { item: 'x' },
          inputResponses: { confirm: { action: 'accept', content: { confirm: true } } },
          requestState: interim.result.requestState,
          _meta: META,
        },
      },
      { 'mcp-method': 'tools/call', 'mcp-name': 'confirm_order', authorization: 'Bearer other' },
    );
    expect(replay.status).toBe(400);
    expect(await replay.json()).toMatchObject({ error: { code: -32602 } });
  });

  it('relays a subscriptions/listen stream and records its notifications until the client closes it', async () => {
    const before = gateway.events().length;
    const { client } = await connectModernClient(url);
    const changes: unknown[] = [];
    client.setNotificationHandler('notifications/tools/list_changed', (n) => {
      changes.push(n);
    });
    const subscription = await client.listen({ toolsListChanged: true });
    expect(subscription.honoredFilter).toEqual({ toolsListChanged: true });
    upstream.handler.notify.toolsChanged();
    await waitFor(async () => (changes.length === 1 ? true : undefined), {
      what: 'the list_changed notification',
    });
    await subscription.close();
    await client.close();
    const listen = (): AuditEvent[] =>
      [...bySession(gateway.events().slice(before)).values()].find((x) =>
        x.some((e) => e.type === 'frame' && e.body.method === 'subscriptions/listen'),
      ) ?? [];
    await waitFor(async () => (listen().at(-1)?.type === 'session_ended' ? true : undefined), {
      what: 'the end of the listen exchange',
    });
    expect(listen().map(describeEvent)).toEqual([
      'session_started',
      'client_to_server:request:subscriptions/listen:r0',
      'server_to_client:notification:notifications/subscriptions/acknowledged:r0',
      'server_to_client:notification:notifications/tools/list_changed:r0',
      'session_ended:client_disconnect',
    ]);
  });
});

describe('tasks extension through the gateway', () => {
  const setup = useGatewayOver(startTasksServer, { name: 'tasks', era: 'stateless' });

  const meta = {
    ...META,
    'io.modelcontextprotocol/clientCapabilities': { extensions: { 'io.modelcontextprotocol/tasks': {} } },
  };
  const steps: [string, Record<string, unknown>, Record<string, string>][] = [
    ['tools/call', { name: 'build_report', arguments: {} }, { 'mcp-name': 'build_report' }],
    ['tasks/get', { taskId: 'task-7' }, { 'mcp-name': 'task-7' }],
    ['tasks/update', { taskId: 'task-7', inputResponses: {} }, { 'mcp-name': 'task-7' }],
    ['tasks/cancel', { taskId: 'task-7' }, { 'mcp-name': 'task-7' }],
  ];

  it('passes task handles and tasks/* requests through unchanged, each an exchange of its own', async () => {
    const before = setup.gateway.events().length;
    for (const [i, [method, params, headers]] of steps.entries()) {
      const body = { jsonrpc: '2.0', id: i + 1, method, params: { ...params, _meta: meta } };
      const direct = await post(setup.upstream.url, body, { 'mcp-method': method, ...headers });
      const via = await post(`${setup.gateway.base}/mcp/tasks`, body, { 'mcp-method': method, ...headers });
      expect(via.status).toBe(200);
      expect(await via.text()).toBe(await direct.text());
    }
    await setup.gateway.enforcer.emitter.idle();
    const exchanges = [...bySession(setup.gateway.events().slice(before)).values()];
    expect(exchanges).toHaveLength(steps.length);
    for (const exchange of exchanges) {
      expect(exchange.at(-1)).toMatchObject({ type: 'session_ended', body: { reason: 'exchange_complete' } });
    }
  });

  it('requires Mcp-Name to name the task of tasks/get, update and cancel', async () => {
    const received = setup.upstream.received.length;
    for (const [method, params] of steps.slice(1)) {
      const body = { jsonrpc: '2.0', id: 9, method, params: { ...params, _meta: meta } };
      const missing = await post(`${setup.gateway.base}/mcp/tasks`, body, { 'mcp-method': method });
      expect(missing.status).toBe(400);
      expect(await missing.json()).toMatchObject({ error: { code: -32020 } });
      const other = await post(`${setup.gateway.base}/mcp/tasks`, body, {
        'mcp-method': method,
        'mcp-name': 'task-8',
      });
      expect(other.status).toBe(400);
    }
    expect(setup.upstream.received.length).toBe(received);
  });
});
