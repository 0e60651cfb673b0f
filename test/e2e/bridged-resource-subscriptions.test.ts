/**
 * A stateful client's resource subscriptions toward a 2026-07-28 upstream (SDK v1 client, SDK
 * v2 server): `resources/subscribe` becomes a `subscriptions/listen` for that URI upstream, its
 * `notifications/resources/updated` reach the client's listening stream (recorded in its
 * session), `resources/unsubscribe` ends it; an upstream that does not honour resource
 * subscriptions gets the client a clear JSON-RPC error.
 */
import { Client as V1Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport as V1Transport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { ResourceUpdatedNotificationSchema } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEvent, type StatelessGateway, startStatelessGateway } from '../fixtures/stateless-gateway';
import { type StatelessFixture, startStatelessServer } from '../fixtures/stateless-server';
import { waitFor } from '../harness';

const CHART = 'ehr://charts/synthetic-1';
const OTHER = 'ehr://charts/synthetic-2';

describe('resource subscriptions of a stateful client bridged to a 2026-07-28 upstream', () => {
  let subscribing: StatelessFixture;
  let plain: StatelessFixture;
  let gateway: StatelessGateway;

  beforeAll(async () => {
    [subscribing, plain] = await Promise.all([
      startStatelessServer({ resourceSubscriptions: true }),
      startStatelessServer(),
    ]);
    gateway = await startStatelessGateway([
      { name: 'subscribing', url: subscribing.url, era: 'stateless' },
      { name: 'plain', url: plain.url, era: 'stateless' },
    ]);
  });

  afterAll(async () => {
    await gateway?.close();
    await Promise.all([subscribing?.close(), plain?.close()]);
  });

  async function connect(connection: string): Promise<{ client: V1Client; sessionId: string }> {
    const client = new V1Client({ name: 'synthetic-v1-client', version: '1.0.0' });
    const transport = new V1Transport(new URL(`${gateway.base}/mcp/${connection}`), {
      requestInit: { headers: { authorization: 'Bearer good' } },
    });
    await client.connect(transport);
    return { client, sessionId: transport.sessionId as string };
  }

  it('delivers the updates of a subscribed resource on the listening stream until unsubscribed', async () => {
    const { client, sessionId } = await connect('subscribing');
    expect(client.getServerCapabilities()?.resources).toMatchObject({ subscribe: true });
    const updates: string[] = [];
    client.setNotificationHandler(ResourceUpdatedNotificationSchema, (n) => {
      updates.push(n.params.uri);
    });
    expect(await client.subscribeResource({ uri: CHART })).toEqual({});
    // The SDK opens the session's GET stream after initialization: notify until it is there.
    await waitFor(
      async () => {
        subscribing.handler.notify.resourceUpdated(OTHER);
        subscribing.handler.notify.resourceUpdated(CHART);
        return updates.length > 0 ? true : undefined;
      },
      { what: 'resources/updated on the listening stream', intervalMs: 200 },
    );
    expect(new Set(updates)).toEqual(new Set([CHART]));

    expect(await client.unsubscribeResource({ uri: CHART })).toEqual({});
    const delivered = updates.length;
    await new Promise((r) => setTimeout(r, 300));
    subscribing.handler.notify.resourceUpdated(CHART);
    await new Promise((r) => setTimeout(r, 500));
    expect(updates.length).toBe(delivered);
    await client.close();

    await gateway.enforcer.emitter.idle();
    const session = gateway.events().filter((e) => e.sessionId === sessionId);
    const lines = session.map(describeEvent);
    expect(lines).toContain('client_to_server:request:resources/subscribe:r-');
    expect(lines).toContain('server_to_client:response:resources/subscribe:r-');
    expect(
      lines.filter((l) => l === 'server_to_client:notification:notifications/resources/updated:r-'),
    ).toHaveLength(delivered);
    expect(session.map((e) => e.seq)).toEqual(session.map((_, i) => i));
    // The subscription id of the 2026-07-28 listen is not passed on: the stateful era has none.
    const update = session.find(
      (e) => e.type === 'frame' && e.body.method === 'notifications/resources/updated',
    );
    expect(JSON.stringify(update)).not.toContain('subscriptionId');
  });

  it('refuses a subscription the upstream does not honour with a clear JSON-RPC error', async () => {
    const { client } = await connect('plain');
    await expect(client.subscribeResource({ uri: CHART })).rejects.toThrow(
      /Not bridgeable: the 2026-07-28 upstream does not honour resource subscriptions/,
    );
    // The session goes on.
    expect((await client.callTool({ name: 'echo', arguments: { item: 'gauze' } })).content).toEqual([
      { type: 'text', text: 'echo:gauze' },
    ]);
    await client.close();
  });
});
