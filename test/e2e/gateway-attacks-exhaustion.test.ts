/**
 * Resources a client holds at the gateway by starting work it never finishes. A 2026-07-28
 * client bridged to a stateful upstream (SDK v1) parks an upstream call at the gateway with
 * every input_required round it never retries; one caller's parked calls are bounded, the
 * oldest let go (its input request answered with an error upstream and the call cancelled)
 * and its retry refused, rather than the gateway keeping an upstream call per round open for
 * the sealed state's lifetime.
 */
import { describe, expect, it } from 'vitest';
import { rawRequest } from '../../services/enforcer/src/test-fixtures/raw-http';
import { useGatewayOver } from '../fixtures/bridged-pair';
import { startLegacyServer } from '../fixtures/bridging-legacy-server';
import { MCP_POST_HEADERS } from '../fixtures/raw-session';

const ENVELOPE = {
  'io.modelcontextprotocol/protocolVersion': '2026-07-28',
  'io.modelcontextprotocol/clientCapabilities': { roots: {} },
};
/** MAX_PARKED_PER_CALLER of the bridge. */
const PER_CALLER = 32;

/** The JSON-RPC answer of a response, JSON or the last message of an SSE stream. */
function answerOf(body: string) {
  const data = body.startsWith('{') ? body : ([...body.matchAll(/^data: (.+)$/gm)].at(-1)?.[1] ?? 'null');
  return JSON.parse(data);
}

describe('input_required rounds a client never retries', () => {
  const setup = useGatewayOver(startLegacyServer, { name: 'legacy', era: 'stateful' });

  const call = (id: number, params: Record<string, unknown> = {}) =>
    rawRequest(setup.gateway.base, {
      method: 'POST',
      path: '/mcp/legacy',
      headers: {
        ...MCP_POST_HEADERS,
        'mcp-protocol-version': '2026-07-28',
        'mcp-method': 'tools/call',
        'mcp-name': 'list_roots',
      },
      body: JSON.stringify({
        jsonrpc: '2.0',
        id,
        method: 'tools/call',
        params: { name: 'list_roots', arguments: {}, _meta: ENVELOPE, ...params },
      }),
    });

  it('are bounded per caller: the oldest parked call is let go and its retry refused', async () => {
    const states: string[] = [];
    for (let i = 0; i <= PER_CALLER; i++) {
      const res = await call(i + 1);
      const result = answerOf(res.body).result;
      expect(result?.resultType, res.body).toBe('input_required');
      states.push(result.requestState);
    }
    const roots = { roots: [{ uri: 'file:///synthetic/project' }] };
    const retry = (state: string, id: number) =>
      call(id, {
        requestState: state,
        inputResponses: { 'input-0-0': roots },
      });
    const first = await retry(states[0] as string, 100);
    expect(first.body).toContain('not held by this gateway');
    // The latest is still held: its retry completes the call.
    const last = await retry(states.at(-1) as string, 101);
    expect(answerOf(last.body).result?.content?.[0]?.text, last.body).toContain('file:///synthetic/project');
  });
});
