import type { Client } from '@modelcontextprotocol/client';
import { Client as V1Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport as V1Transport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import {
  CreateMessageRequestSchema,
  ElicitRequestSchema,
  ListRootsRequestSchema,
  ToolListChangedNotificationSchema,
} from '@modelcontextprotocol/sdk/types.js';
import type { AuditEvent } from '@proctor/events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LegacyFixture, startLegacyServer } from '../fixtures/bridging-legacy-server';
import {
  bySession,
  connectModernClient,
  describeEvent,
  type StatelessGateway,
  startStatelessGateway,
} from '../fixtures/stateless-gateway';
import { type StatelessFixture, startStatelessServer } from '../fixtures/stateless-server';
import { waitFor } from '../harness';

/** The events of the first session or exchange with a frame of `method`. */
function withFrame(events: AuditEvent[], method: string): AuditEvent[] {
  return (
    [...bySession(events).values()].find((x) =>
      x.some((e) => e.type === 'frame' && e.body.method === method),
    ) ?? []
  );
}

/** The tool, resource and prompt answers a client gets, without era-specific envelope fields. */
async function contents(client: Client): Promise<Record<string, unknown>> {
  const progress: unknown[] = [];
  const call = async (name: string, args: Record<string, unknown> = {}) =>
    (await client.callTool({ name, arguments: args })).content;
  return {
    tools: (await client.listTools()).tools.map((t) => t.name),
    echo: await call('echo', { item: 'gauze' }),
    elicitation: await call('confirm_order', { item: 'gauze' }),
    sampling: await call('summarize'),
    roots: await call('list_roots'),
    // The SDK reports its own progress while it fulfils input requests: only the server's counts here.
    slow: (await client.callTool({ name: 'slow', arguments: {} }, { onprogress: (p) => progress.push(p) }))
      .content,
    progress,
    resource: (await client.readResource({ uri: 'ehr://charts/synthetic-1' })).contents,
    prompt: (await client.getPrompt({ name: 'triage' })).messages,
  };
}

describe('era bridging: a 2026-07-28 client (SDK v2) to a stateful upstream (SDK v1)', () => {
  let upstream: LegacyFixture;
  let gateway: StatelessGateway;

  beforeAll(async () => {
    upstream = await startLegacyServer();
    gateway = await startStatelessGateway([
      { name: 'legacy', url: upstream.url, era: 'stateful' },
      { name: 'legacy-auto', url: upstream.url, era: 'auto' },
    ]);
  });

  afterAll(async () => {
    await gateway?.close();
    await upstream?.close();
  });

  it('gives the stateless client what a stateful client gets directly, input requests as rounds', async () => {
    const { Client: V2Client, StreamableHTTPClientTransport } = await import('@modelcontextprotocol/client');
    const direct = new V2Client(
      { name: 'synthetic-client', version: '2.0.0' },
      { capabilities: { elicitation: {}, sampling: {}, roots: {} } },
    );
    direct.setRequestHandler('elicitation/create', async () => ({
      action: 'accept',
      content: { confirm: true },
    }));
    direct.setRequestHandler('sampling/createMessage', async () => ({
      role: 'assistant',
      content: { type: 'text', text: 'synthetic summary' },
      model: 'synthetic-model',
      stopReason: 'endTurn',
    }));
    direct.setRequestHandler('roots/list', async () => ({ roots: [{ uri: 'file:///synthetic/project' }] }));
    await direct.connect(new StreamableHTTPClientTransport(new URL(upstream.url)));
    expect(direct.getProtocolEra()).toBe('legacy');
    const expected = await contents(direct);
    await direct.close();

    for (const connection of ['legacy', 'legacy-auto']) {
      const { client } = await connectModernClient(`${gateway.base}/mcp/${connection}`);
      expect(client.getProtocolEra()).toBe('modern');
      expect(client.getServerVersion()).toEqual({ name: 'legacy-fixture', version: '1.0.0' });
      expect(client.getInstructions()).toBe('Synthetic stateful server.');
      expect(await contents(client)).toEqual(expected);
      await client.close();
    }
  });

  it('records a bridged elicitation as rounds of one exchange, and the upstream handshake as its own session', async () => {
    const before = gateway.events().length;
    const { client } = await connectModernClient(`${gateway.base}/mcp/legacy`);
    await client.callTool({ name: 'confirm_order', arguments: { item: 'splint' } });
    await client.close();
    await gateway.enforcer.emitter.idle();
    const exchanges = [...bySession(gateway.events().slice(before)).values()];
    const confirm = exchanges.find((x) =>
      x.some((e) => e.type === 'frame' && e.body.method === 'elicitation/create'),
    );
    expect(confirm?.map(describeEvent)).toEqual([
      'session_started',
      'client_to_server:request:tools/call:r0',
      'server_to_client:request:elicitation/create:r0',
      'server_to_client:response:tools/call:r0',
      'client_to_server:request:tools/call:r1',
      'client_to_server:response:-:r1',
      'server_to_client:response:tools/call:r1',
      'session_ended:exchange_complete',
    ]);
    expect(confirm?.map((e) => e.seq)).toEqual(confirm?.map((_, i) => i));
    expect(confirm?.every((e) => e.era === 'stateless')).toBe(true);
    const all = gateway.events();
    expect(all.map((e) => e.streamSeq)).toEqual(all.map((_, i) => i));
    const handshakes = [...bySession(all).values()].filter((x) =>
      x.some((e) => e.type === 'frame' && e.body.method === 'initialize'),
    );
    expect(handshakes.length).toBeGreaterThan(0);
    expect(handshakes[0]?.slice(0, 5).map(describeEvent)).toEqual(
      [
        'session_started',
        'client_to_server:request:initialize:r-',
        'server_to_client:response:initialize:r-',
        'client_to_server:notification:notifications/initialized:r-',
      ]
        .slice(0, 4)
        .concat(handshakes[0]?.[4] ? [describeEvent(handshakes[0][4])] : []),
    );
    expect(handshakes[0]?.every((e) => e.era === 'stateful')).toBe(true);
  });

  it('maps subscriptions/listen to an upstream session of its own: resources/subscribe and its listening stream', async () => {
    const before = gateway.events().length;
    const sessionsBefore = upstream.sessions();
    const { client } = await connectModernClient(`${gateway.base}/mcp/legacy`);
    const seen: { method: string; params: Record<string, unknown> }[] = [];
    for (const method of ['notifications/tools/list_changed', 'notifications/resources/updated'] as const) {
      client.setNotificationHandler(method, (n) => {
        seen.push({ method: n.method, params: (n.params ?? {}) as Record<string, unknown> });
      });
    }
    const chart = 'ehr://charts/synthetic-1';
    const subscription = await client.listen({
      toolsListChanged: true,
      resourceSubscriptions: [chart],
    });
    // What the upstream's capabilities let the gateway honour, as a 2026-07-28 server would say.
    expect(subscription.honoredFilter).toEqual({ toolsListChanged: true, resourceSubscriptions: [chart] });
    expect(upstream.sessions()).toBe(sessionsBefore + 1);
    upstream.notify.resourceUpdated('ehr://charts/not-subscribed');
    upstream.notify.toolsChanged();
    upstream.notify.resourceUpdated(chart);
    await waitFor(async () => (seen.length === 2 ? true : undefined), { what: 'both notifications' });
    expect(seen.map((n) => n.method)).toEqual([
      'notifications/tools/list_changed',
      'notifications/resources/updated',
    ]);
    expect(seen[1]?.params.uri).toBe(chart);
    await subscription.close();
    await client.close();
    // Closing the listen deletes its upstream session, and with it the subscription.
    await waitFor(async () => (upstream.sessions() === sessionsBefore ? true : undefined), {
      what: "the listen's upstream session to be deleted",
    });
    const since = () => gateway.events().slice(before);
    await waitFor(
      async () =>
        withFrame(since(), 'subscriptions/listen').at(-1)?.type === 'session_ended' ? true : undefined,
      { what: 'the end of the listen exchange' },
    );
    expect(withFrame(since(), 'subscriptions/listen').map(describeEvent)).toEqual([
      'session_started',
      'client_to_server:request:subscriptions/listen:r0',
      'server_to_client:notification:notifications/subscriptions/acknowledged:r0',
      'server_to_client:notification:notifications/tools/list_changed:r0',
      'server_to_client:notification:notifications/resources/updated:r0',
      'session_ended:client_disconnect',
    ]);
    // The upstream session of the listen is recorded as a session of its own, subscribe included.
    expect(withFrame(since(), 'resources/subscribe').map(describeEvent)).toEqual([
      'session_started',
      'client_to_server:request:initialize:r-',
      'server_to_client:response:initialize:r-',
      'client_to_server:notification:notifications/initialized:r-',
      'client_to_server:request:resources/subscribe:r-',
      'server_to_client:response:resources/subscribe:r-',
      'session_ended:client_disconnect',
    ]);
  });

  it('acknowledges a listen with nothing the upstream can honour, then ends it with its result', async () => {
    const { client } = await connectModernClient(`${gateway.base}/mcp/legacy`);
    const sessionsBefore = upstream.sessions();
    // Nothing asked, nothing honoured: acknowledged, then ended with the listen's result at once.
    const before = gateway.events().length;
    const subscription = await client.listen({ resourceSubscriptions: [] });
    expect(subscription.honoredFilter).toEqual({});
    await client.close();
    await waitFor(async () => (upstream.sessions() === sessionsBefore ? true : undefined), {
      what: "the listen's upstream session to be deleted",
    });
    await gateway.enforcer.emitter.idle();
    expect(withFrame(gateway.events().slice(before), 'subscriptions/listen').map(describeEvent)).toEqual([
      'session_started',
      'client_to_server:request:subscriptions/listen:r0',
      'server_to_client:notification:notifications/subscriptions/acknowledged:r0',
      'server_to_client:response:subscriptions/listen:r0',
      'session_ended:exchange_complete',
    ]);
  });

  it('answers what has no stateful counterpart with a clear JSON-RPC error', async () => {
    const res = await fetch(`${gateway.base}/mcp/legacy`, {
      method: 'POST',
      headers: {
        accept: 'application/json, text/event-stream',
        'content-type': 'application/json',
        authorization: 'Bearer good',
        'mcp-protocol-version': '2026-07-28',
        'mcp-method': 'tasks/get',
        'mcp-name': 'task-1',
      },
      body: JSON.stringify({
        jsonrpc: '2.0',
        id: 3,
        method: 'tasks/get',
        params: {
          taskId: 'task-1',
          _meta: {
            'io.modelcontextprotocol/protocolVersion': '2026-07-28',
            'io.modelcontextprotocol/clientCapabilities': {},
          },
        },
      }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { error: { code: number; message: string } };
    expect(body.error.code).toBe(-32600);
    expect(body.error.message).toMatch(/^Not bridgeable: tasks\/get has no counterpart/);
  });
});

/** `contents` for the SDK v1 client, whose callTool takes a result schema before the options. */
async function v1Contents(client: V1Client): Promise<Record<string, unknown>> {
  const progress: unknown[] = [];
  const call = async (name: string, args: Record<string, unknown> = {}) =>
    (await client.callTool({ name, arguments: args })).content;
  return {
    tools: (await client.listTools()).tools.map((t) => t.name),
    echo: await call('echo', { item: 'gauze' }),
    elicitation: await call('confirm_order', { item: 'gauze' }),
    sampling: await call('summarize'),
    roots: await call('list_roots'),
    slow: (
      await client.callTool({ name: 'slow', arguments: {} }, undefined, {
        onprogress: (p) => progress.push(p),
      })
    ).content,
    progress,
    resource: (await client.readResource({ uri: 'ehr://charts/synthetic-1' })).contents,
    prompt: (await client.getPrompt({ name: 'triage' })).messages,
  };
}

describe('era bridging: a stateful client (SDK v1) to a 2026-07-28 upstream (SDK v2)', () => {
  let upstream: StatelessFixture;
  let gateway: StatelessGateway;

  beforeAll(async () => {
    upstream = await startStatelessServer();
    gateway = await startStatelessGateway([
      { name: 'modern', url: upstream.url, era: 'stateless' },
      { name: 'modern-auto', url: upstream.url, era: 'auto' },
    ]);
  });

  afterAll(async () => {
    await gateway?.close();
    await upstream?.close();
  });

  async function legacyClient(connection: string): Promise<V1Client> {
    const client = new V1Client(
      { name: 'synthetic-v1-client', version: '1.0.0' },
      { capabilities: { elicitation: {}, sampling: {}, roots: {} } },
    );
    client.setRequestHandler(ElicitRequestSchema, async () => ({
      action: 'accept',
      content: { confirm: true },
    }));
    client.setRequestHandler(CreateMessageRequestSchema, async () => ({
      role: 'assistant',
      content: { type: 'text', text: 'synthetic summary' },
      model: 'synthetic-model',
      stopReason: 'endTurn',
    }));
    client.setRequestHandler(ListRootsRequestSchema, async () => ({
      roots: [{ uri: 'file:///synthetic/project' }],
    }));
    await client.connect(
      new V1Transport(new URL(`${gateway.base}/mcp/${connection}`), {
        requestInit: { headers: { authorization: 'Bearer good' } },
      }),
    );
    return client;
  }

  it('gives the stateful client what a stateless client gets directly, input requests as server requests', async () => {
    const direct = await connectModernClient(upstream.url);
    const expected = await contents(direct.client);
    await direct.client.close();
    // On an `auto` connection the upstream's era is learnt from the first stateless client.
    const first = await connectModernClient(`${gateway.base}/mcp/modern-auto`);
    await first.client.close();
    for (const connection of ['modern', 'modern-auto']) {
      const client = await legacyClient(connection);
      expect(client.getServerVersion()).toEqual({ name: 'stateless-fixture', version: '1.0.0' });
      expect(client.getInstructions()).toBe('Synthetic test server.');
      await client.ping();
      await client.setLoggingLevel('info');
      expect(await v1Contents(client)).toEqual(expected);
      await client.close();
    }
  });

  it('records the bridged session: initialize answered from server/discover, input requests and answers in order', async () => {
    const before = gateway.events().length;
    const client = await legacyClient('modern');
    await client.callTool({ name: 'confirm_order', arguments: { item: 'splint' } });
    await client.close();
    await gateway.enforcer.emitter.idle();
    const [session] = [...bySession(gateway.events().slice(before)).values()];
    expect(session?.map(describeEvent).filter((line) => !line.includes('notifications/initialized'))).toEqual(
      [
        'session_started',
        'client_to_server:request:initialize:r-',
        'server_to_client:response:initialize:r-',
        'client_to_server:request:tools/call:r-',
        'server_to_client:request:elicitation/create:r-',
        'client_to_server:response:elicitation/create:r-',
        'server_to_client:response:tools/call:r-',
      ],
    );
    expect(session?.map((e) => e.seq)).toEqual(session?.map((_, i) => i));
    expect(session?.every((e) => e.era === 'stateful')).toBe(true);
    // The upstream got the envelope and mirrored headers on every request, and no initialize
    // but the era probe's (asking an `auto` connection's upstream whether it also serves sessions).
    const calls = upstream.received.filter((r) => (r.body as { method?: string })?.method === 'tools/call');
    expect(calls.at(-1)?.headers).toMatchObject({ 'mcp-method': 'tools/call', 'mcp-name': 'confirm_order' });
    const initializes = upstream.received.filter(
      (r) => (r.body as { method?: string })?.method === 'initialize',
    );
    expect(
      initializes.map(
        (r) => (r.body as { params?: { clientInfo?: { name?: string } } }).params?.clientInfo?.name,
      ),
    ).toEqual(['proctor-gateway']);
  });

  it("serves the stateful client's listening stream from subscriptions/listen: list_changed reaches it", async () => {
    const before = gateway.events().length;
    const client = await legacyClient('modern');
    expect(client.getServerCapabilities()?.tools).toMatchObject({ listChanged: true });
    const changes: unknown[] = [];
    client.setNotificationHandler(ToolListChangedNotificationSchema, (n) => {
      changes.push(n);
    });
    const sessionId = (client.transport as V1Transport).sessionId ?? '';
    // The SDK opens the session's GET stream after initialization: notify until it is there.
    await waitFor(
      async () => {
        upstream.handler.notify.toolsChanged();
        return changes.length > 0 ? true : undefined;
      },
      { what: 'tools/list_changed on the listening stream', intervalMs: 200 },
    );
    expect(changes[0]).toMatchObject({ method: 'notifications/tools/list_changed' });
    // The stateful era has no subscriptions: the subscription id is not passed on.
    expect(JSON.stringify(changes)).not.toContain('subscriptionId');
    await client.close();
    const session = gateway
      .events()
      .slice(before)
      .filter((e) => e.sessionId === sessionId);
    const notes = session.filter(
      (e) => e.type === 'frame' && e.body.method === 'notifications/tools/list_changed',
    );
    expect(notes.length).toBeGreaterThanOrEqual(changes.length);
    expect(notes.map(describeEvent)[0]).toBe(
      'server_to_client:notification:notifications/tools/list_changed:r-',
    );
  });

  it('answers a subscription this upstream does not honour with a clear JSON-RPC error', async () => {
    const client = await legacyClient('modern');
    await expect(client.subscribeResource({ uri: 'ehr://charts/synthetic-1' })).rejects.toThrow(
      /Not bridgeable: the 2026-07-28 upstream does not honour resource subscriptions/,
    );
    await client.close();
  });

  it('refuses the tasks of revision 2025-11-25 (task-augmented requests, tasks/*) with a clear JSON-RPC error', async () => {
    const client = await legacyClient('modern');
    const transport = client.transport as V1Transport;
    const requests = [
      { method: 'tools/call', params: { name: 'echo', arguments: { item: 'gauze' }, task: { ttl: 60_000 } } },
      { method: 'tasks/get', params: { taskId: 'task-1' } },
      { method: 'tasks/result', params: { taskId: 'task-1' } },
      { method: 'tasks/list', params: {} },
      { method: 'tasks/cancel', params: { taskId: 'task-1' } },
    ];
    for (const [i, request] of requests.entries()) {
      const res = await fetch(`${gateway.base}/mcp/modern`, {
        method: 'POST',
        headers: {
          authorization: 'Bearer good',
          'content-type': 'application/json',
          accept: 'application/json, text/event-stream',
          'mcp-session-id': transport.sessionId ?? '',
          'mcp-protocol-version': transport.protocolVersion ?? '2025-11-25',
        },
        body: JSON.stringify({ jsonrpc: '2.0', id: 40 + i, ...request }),
      });
      expect(await res.json()).toMatchObject({
        id: 40 + i,
        error: {
          code: -32600,
          message: expect.stringMatching(/^Not bridgeable: .*2025-11-25\) has no counterpart/),
        },
      });
    }
    // The client's session goes on.
    expect((await client.callTool({ name: 'echo', arguments: { item: 'gauze' } })).content).toEqual([
      { type: 'text', text: 'echo:gauze' },
    ]);
    await client.close();
  });
});
