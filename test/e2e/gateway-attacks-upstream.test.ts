/**
 * An upstream that asks more than its client offered: a stateful server (SDK v1) sending a
 * server-to-client request for a capability the bridged 2026-07-28 client never declared
 * (sampling, elicitation, roots). A 2026-07-28 server may not put such an input request in its
 * result, so the gateway does not pass it on: it answers the upstream itself, as a stateful
 * client without the capability does (-32601, recorded), and the call goes on to its answer.
 */
import { describe, expect, it } from 'vitest';
import { useGatewayOver } from '../fixtures/bridged-pair';
import { startLegacyServer } from '../fixtures/bridging-legacy-server';
import { postStatelessToolCall, STATELESS_ENVELOPE, statelessToolCall } from '../fixtures/raw-session';
import { bySession, describeEvent } from '../fixtures/stateless-gateway';

describe('an upstream asking for a capability the client did not declare', () => {
  const setup = useGatewayOver(startLegacyServer, { name: 'legacy', era: 'stateful' });

  it('is answered by the gateway, and the client gets the final answer, never an input it cannot give', async () => {
    for (const [id, tool, method] of [
      [101, 'summarize', 'sampling/createMessage'],
      [102, 'confirm_order', 'elicitation/create'],
      [103, 'list_roots', 'roots/list'],
    ] as const) {
      const call = statelessToolCall(id, tool, tool === 'confirm_order' ? { item: 'widget' } : {});
      const res = await postStatelessToolCall(setup.gateway.base, 'legacy', call);
      expect(res.status, tool).toBe(200);
      expect(res.body, tool).not.toContain('input_required');
      expect(res.body, tool).not.toContain('inputRequests');
      expect(res.body, tool).toContain(`${method}: the client did not declare this capability`);
      const answer = JSON.parse(
        res.body.startsWith('{') ? res.body : (res.body.match(/^data: (.*)$/m)?.[1] ?? 'null'),
      ) as { id: number; result?: { isError?: boolean }; error?: unknown };
      expect(answer.id).toBe(id);
      // The tool failed upstream (its question was refused): an error result or a JSON-RPC error.
      expect(answer.error !== undefined || answer.result?.isError === true, tool).toBe(true);
    }
    await setup.gateway.enforcer.emitter.idle();
    const exchange = [...bySession(setup.gateway.events()).values()].find((x) =>
      x.some((e) => e.type === 'frame' && e.body.method === 'sampling/createMessage'),
    );
    const lines = exchange?.map(describeEvent) ?? [];
    expect(lines).toContain('server_to_client:request:sampling/createMessage:r0');
    expect(lines).toContain('client_to_server:error:sampling/createMessage:r0');
    expect(lines.at(-1)).toBe('session_ended:exchange_complete');
  });

  it('still reaches a client that declared the capability as an input request', async () => {
    const call = statelessToolCall(104, 'summarize');
    call.params._meta = {
      ...STATELESS_ENVELOPE,
      'io.modelcontextprotocol/clientCapabilities': { sampling: {} },
    };
    const res = await postStatelessToolCall(setup.gateway.base, 'legacy', call);
    expect(res.status).toBe(200);
    expect(res.body).toContain('input_required');
    expect(res.body).toContain('sampling/createMessage');
  });
});
