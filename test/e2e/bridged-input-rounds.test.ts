/**
 * A stateful upstream (SDK v1) that needs several inputs at once sends its server-to-client
 * requests back to back on the call's stream, as the SDKs do when they fulfil an
 * `inputRequests` map concurrently. A 2026-07-28 client (SDK v2) bridged to it gets them in
 * one `input_required` round, as from a server of that revision, and answers them with one
 * retry; the exchange records the three requests and the three answers in that round.
 */
import { describe, expect, it } from 'vitest';
import { useGatewayOver } from '../fixtures/bridged-pair';
import { startLegacyServer } from '../fixtures/bridging-legacy-server';
import { bySession, connectModernClient, describeEvent } from '../fixtures/stateless-gateway';

describe('era bridging: input requests a stateful upstream sends together', () => {
  const setup = useGatewayOver(startLegacyServer, { name: 'legacy', era: 'stateful' });

  it('reach the 2026-07-28 client in one input_required round, answered by one retry', async () => {
    const { client, wire } = await connectModernClient(`${setup.gateway.base}/mcp/legacy`);
    const result = await client.callTool({ name: 'intake', arguments: {} });
    expect(result.content).toEqual([
      { type: 'text', text: 'intake:accept:synthetic summary:file:///synthetic/project' },
    ]);
    await client.close();

    const calls = wire.requests
      .map((r) => JSON.parse(r.body) as { method?: string; params?: { inputResponses?: object } })
      .filter((body) => body.method === 'tools/call');
    expect(calls).toHaveLength(2);
    expect(Object.keys(calls[1]?.params?.inputResponses ?? {})).toHaveLength(3);

    await setup.gateway.enforcer.emitter.idle();
    const exchange = [...bySession(setup.gateway.events()).values()].find((x) =>
      x.some((e) => e.type === 'frame' && e.body.method === 'roots/list'),
    );
    const lines = exchange?.map(describeEvent) ?? [];
    expect(lines.slice(0, 2)).toEqual(['session_started', 'client_to_server:request:tools/call:r0']);
    expect(new Set(lines.slice(2, 5))).toEqual(
      new Set([
        'server_to_client:request:elicitation/create:r0',
        'server_to_client:request:sampling/createMessage:r0',
        'server_to_client:request:roots/list:r0',
      ]),
    );
    expect(lines.slice(5)).toEqual([
      'server_to_client:response:tools/call:r0',
      'client_to_server:request:tools/call:r1',
      'client_to_server:response:-:r1',
      'client_to_server:response:-:r1',
      'client_to_server:response:-:r1',
      'server_to_client:response:tools/call:r1',
      'session_ended:exchange_complete',
    ]);
    expect(exchange?.map((e) => e.seq)).toEqual(exchange?.map((_, i) => i));
  });
});
