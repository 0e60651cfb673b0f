/**
 * A masked call bridged from a 2026-07-28 client (SDK v2) to a stateful upstream (SDK v1) that
 * asks its client for input: the `input_required` answer the gateway makes of the upstream's
 * elicitation passes the response stages, as a 2026-07-28 upstream's own answer does, so the
 * identifier the upstream put in its question is masked before the client sees it. The round
 * still completes: the sealed requestState is added after masking and the retry resumes the call.
 * An answer the stages withhold (one that cannot be masked becomes an error) ends the call.
 */
import { randomBytes } from 'node:crypto';
import { compilePolicyText, PolicyHolder } from '@proctor/policy';
import { describe, expect, it } from 'vitest';
import type { Stages } from '../../services/enforcer/src/app';
import { createPolicyStages } from '../../services/enforcer/src/core/stages/policy-stages';
import { useUpstreamGateway } from '../../services/enforcer/src/test-fixtures/fixture-gateway';
import { framePayloads, startTestGateway } from '../../services/enforcer/src/test-fixtures/gateway-harness';
import { startLegacyServer } from '../fixtures/bridging-legacy-server';
import { bySession, connectModernClient, describeEvent } from '../fixtures/stateless-gateway';

const POLICY = `
version: 1
defaults: { legacy: deny }
rules:
  - id: mask-orders
    match: { tools: confirm_order }
    action: mask
  - id: everyone-else
    match: { methods: ['*'] }
    action: allow
`;

/** A synthetic medical record number, in words the masking engine takes for one. */
const MRN = '00412345';

/** The stateful fixture upstream behind a gateway bridging 2026-07-28 clients to it, with `stages`. */
function useBridgeWith(stages: Stages) {
  return useUpstreamGateway(startLegacyServer, (upstream) =>
    startTestGateway(
      {
        connections: [{ name: 'legacy', upstream: { url: upstream.url }, era: 'stateful' }],
        stateless: { requestStateKeys: [randomBytes(32).toString('hex')] },
      },
      { stages },
    ),
  );
}

/** What the masking stage answers for a result it cannot mask with certainty: an error in its place. */
const WITHHOLD_INPUT_REQUESTS: Stages = {
  request: [],
  response: [
    {
      name: 'withhold-input-requests',
      onResponse: ({ message }) =>
        (message.result as { resultType?: string } | undefined)?.resultType === 'input_required'
          ? { jsonrpc: '2.0', id: message.id, error: { code: -32603, message: 'the response was withheld' } }
          : message,
    },
  ],
};

describe('era bridging: input requests of a masked call', () => {
  const setup = useBridgeWith(
    createPolicyStages({
      holder: new PolicyHolder(compilePolicyText(POLICY, { knownConnections: ['legacy'] })),
    }),
  );

  it('reach the 2026-07-28 client masked, and its retry still resumes the call', async () => {
    const { client } = await connectModernClient(`${setup.gateway.base}/mcp/legacy`);
    const asked: string[] = [];
    client.setRequestHandler('elicitation/create', async (request) => {
      asked.push(String(request.params.message));
      return { action: 'accept', content: { confirm: true } };
    });
    const result = await client.callTool({ name: 'confirm_order', arguments: { item: `for MRN ${MRN}` } });
    await client.close();

    // The upstream asked about the item in the clear; the client saw the identifier masked.
    expect(asked).toHaveLength(1);
    expect(asked[0]).not.toContain(MRN);
    expect(asked[0]).toContain('[MRN]');
    // The retry reached the parked call (the sealed state survived the masking), and the
    // answer is masked as every answer to a masked call is.
    const [answer] = result.content as { type: string; text: string }[];
    expect(answer?.text).toMatch(/^accept:for MRN \[MRN\]/);
    expect(answer?.text).not.toContain(MRN);

    await setup.gateway.enforcer.emitter.idle();
    const exchange = [...bySession(setup.gateway.events()).values()].find((x) =>
      x.some((e) => e.type === 'frame' && e.body.method === 'elicitation/create'),
    );
    expect(exchange?.map(describeEvent)).toEqual([
      'session_started',
      'client_to_server:request:tools/call:r0',
      'policy_decision',
      'server_to_client:request:elicitation/create:r0',
      'server_to_client:response:tools/call:r0',
      'client_to_server:request:tools/call:r1',
      'policy_decision',
      'client_to_server:response:-:r1',
      'server_to_client:response:tools/call:r1',
      'session_ended:exchange_complete',
    ]);
    // What the client was sent is what was recorded: the masked question, a sealed requestState.
    const [, firstAnswer] = framePayloads(exchange ?? [], 'server_to_client') as {
      result?: { resultType?: string; requestState?: unknown; inputRequests?: object };
    }[];
    expect(firstAnswer?.result?.resultType).toBe('input_required');
    expect(typeof firstAnswer?.result?.requestState).toBe('string');
    expect(JSON.stringify(firstAnswer?.result?.inputRequests)).not.toContain(MRN);
  });
});

describe('era bridging: input requests the response stages withhold', () => {
  const setup = useBridgeWith(WITHHOLD_INPUT_REQUESTS);

  it('end the call: the client gets the error, the upstream call is let go', async () => {
    const { client } = await connectModernClient(`${setup.gateway.base}/mcp/legacy`);
    const asked: unknown[] = [];
    client.setRequestHandler('elicitation/create', async (request) => {
      asked.push(request.params);
      return { action: 'accept', content: { confirm: true } };
    });
    await expect(
      client.callTool({ name: 'confirm_order', arguments: { item: 'synthetic' } }),
    ).rejects.toThrow(/withheld/);
    await client.close();
    expect(asked).toEqual([]);

    await setup.gateway.enforcer.emitter.idle();
    const exchange = [...bySession(setup.gateway.events()).values()].find((x) =>
      x.some((e) => e.type === 'frame' && e.body.method === 'elicitation/create'),
    );
    expect(exchange?.map(describeEvent)).toEqual([
      'session_started',
      'client_to_server:request:tools/call:r0',
      'server_to_client:request:elicitation/create:r0',
      'server_to_client:error:tools/call:r0',
      'session_ended:exchange_complete',
    ]);
    // The upstream's question got an error answer and its call a cancellation: nothing waits on.
    const cancelled = setup.upstream.received.filter(
      (body) => (body as { method?: string }).method === 'notifications/cancelled',
    );
    expect(cancelled).toHaveLength(1);
  });
});
