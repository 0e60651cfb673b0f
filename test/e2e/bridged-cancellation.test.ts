/**
 * A call cancelled by its client is cancelled upstream across the bridge, in the way the
 * upstream's era knows: a 2026-07-28 client (SDK v2) closes its stream, and the stateful
 * upstream (SDK v1) gets `notifications/cancelled` (a stateful server takes a closed stream for
 * a lost connection and works on); a stateful client (SDK v1) sends `notifications/cancelled`,
 * and the 2026-07-28 upstream (SDK v2) has its call's stream closed. Both recorded.
 */
import { Client as V1Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport as V1Transport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { describe, expect, it } from 'vitest';
import { callWaitThenCancel, useBridgedPair } from '../fixtures/bridged-pair';
import { bySession, connectModernClient, describeEvent } from '../fixtures/stateless-gateway';
import { waitFor } from '../harness';

interface Message {
  id?: unknown;
  method?: string;
  params?: { name?: string; requestId?: unknown };
}

describe('cancellation across the bridge', () => {
  const pair = useBridgedPair();

  it('sends the stateful upstream notifications/cancelled when a 2026-07-28 client closes its stream', async () => {
    const before = pair.gateway.events().length;
    const { client } = await connectModernClient(`${pair.gateway.base}/mcp/legacy`);
    const abort = new AbortController();
    const call = client.callTool({ name: 'wait', arguments: {} }, { signal: abort.signal }).catch((e) => e);
    const received = () => pair.legacy.received as Message[];
    const waitCall = await waitFor(
      async () => received().find((m) => m.method === 'tools/call' && m.params?.name === 'wait'),
      { what: 'the call to reach the upstream' },
    );
    abort.abort();
    await call;
    await waitFor(
      async () =>
        received().some(
          (m) => m.method === 'notifications/cancelled' && m.params?.requestId === waitCall.id,
        ) || undefined,
      { what: 'the cancellation upstream', timeoutMs: 5_000 },
    );
    await client.close();
    await waitFor(
      async () => {
        const exchange = [...bySession(pair.gateway.events().slice(before)).values()].find((x) =>
          x.some((e) => e.type === 'frame' && e.body.method === 'tools/call'),
        );
        return exchange?.at(-1)?.type === 'session_ended' ? exchange : undefined;
      },
      { what: 'the end of the exchange' },
    ).then((exchange) =>
      expect(exchange.map(describeEvent)).toEqual([
        'session_started',
        'client_to_server:request:tools/call:r0',
        'client_to_server:notification:notifications/cancelled:r0',
        'session_ended:client_disconnect',
      ]),
    );
  });

  it("closes the 2026-07-28 upstream's call when a stateful client sends notifications/cancelled", async () => {
    const client = new V1Client({ name: 'synthetic-v1-client', version: '1.0.0' });
    const transport = new V1Transport(new URL(`${pair.gateway.base}/mcp/modern`), {
      requestInit: { headers: { authorization: 'Bearer good' } },
    });
    await client.connect(transport);
    const before = pair.modern.cancelled();
    await callWaitThenCancel(client, pair.modern);
    await waitFor(async () => (pair.modern.cancelled() > before ? true : undefined), {
      what: "the upstream's call to be cancelled",
      timeoutMs: 5_000,
    });
    // The session goes on.
    expect((await client.callTool({ name: 'echo', arguments: { item: 'gauze' } })).content).toEqual([
      { type: 'text', text: 'echo:gauze' },
    ]);
    await client.close();
    await pair.gateway.enforcer.emitter.idle();
    const session = pair.gateway.events().filter((e) => e.sessionId === transport.sessionId);
    expect(session.map(describeEvent)).toContain('client_to_server:notification:notifications/cancelled:r-');
  });
});
