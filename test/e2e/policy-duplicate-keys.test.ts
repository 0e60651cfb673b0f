/**
 * JSON duplicate-key smuggling through the gateway, with the official SDK servers upstream:
 * the policy reads the last of two equal keys, an upstream may read the first or match keys
 * ignoring case, so a body in which one object repeats a key (exactly, escaped, or in other
 * case) is refused with 400/-32600 before any rule is judged, and nothing reaches the server;
 * in both eras and inside a 2025-03-26 batch. The same calls without the repeat do reach it.
 */
import { describe, expect, it } from 'vitest';
import { rawRequest } from '../../services/enforcer/src/test-fixtures/raw-http';
import { MCP_POST_HEADERS, RawSession } from '../fixtures/raw-session';
import { usePolicyPair } from './policy-gateway';

const AUDIENCE = 'proctor-duplicate-keys-e2e';
const POLICY = {
  version: 1,
  defaults: { '*': 'deny' },
  rules: [
    {
      id: 'no-forbidden-echo',
      match: { tools: 'echo', arguments: [{ path: '$.text', pattern: '^forbidden' }] },
      action: 'deny',
    },
    { id: 'no-orders', match: { tools: 'confirm_order' }, action: 'deny' },
    { id: 'clinicians', match: { groups: 'clinicians' }, action: 'allow' },
  ],
};
const META =
  '"_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28","io.modelcontextprotocol/clientCapabilities":{}}';

const pair = usePolicyPair(AUDIENCE, POLICY);

const base = () => pair.gateway.gateway.base;

async function legacySession(): Promise<RawSession> {
  return RawSession.open(base(), '/mcp/legacy', await pair.gateway.token(), '2025-03-26');
}

function expectRefused(res: { status: number; body: string }, id: number | null, what: string): void {
  expect(res.status, what).toBe(400);
  const answer = JSON.parse(res.body) as { id: unknown; error: { code: number; message: string } };
  expect(answer.error.code, what).toBe(-32600);
  expect(answer.error.message, what).toMatch(/repeats a key/);
  expect(answer.id, what).toBe(id);
}

/** A tools/call body with `params` written out as given. */
const call = (id: number, params: string) =>
  `{"jsonrpc":"2.0","id":${id},"method":"tools/call","params":{${params}}}`;

describe('duplicate keys at the gateway', () => {
  it('a repeated tool name or argument is refused in a 2025-03-26 session; the plain call passes', async () => {
    const session = await legacySession();
    const auth = { authorization: `Bearer ${await pair.gateway.token()}` };
    const before = pair.legacy.seen.echoes.length;
    const smuggled: [string, string][] = [
      ['a repeated argument', '"name":"echo","arguments":{"text":"forbidden","text":"synthetic"}'],
      ['an argument in other case', '"name":"echo","arguments":{"text":"forbidden","TEXT":"synthetic"}'],
      ['an escaped argument', '"name":"echo","arguments":{"text":"forbidden","\\u0074ext":"synthetic"}'],
      ['a repeated tool name', '"name":"confirm_order","name":"echo","arguments":{"text":"synthetic"}'],
      ['a tool name in other case', '"Name":"confirm_order","name":"echo","arguments":{"text":"synthetic"}'],
    ];
    for (const [what, params] of smuggled) {
      expectRefused(await session.post(call(5, params), auth), 5, what);
    }
    expect(pair.legacy.seen.echoes.length).toBe(before);
    const plain = await session.post(call(6, '"name":"echo","arguments":{"text":"synthetic"}'), auth);
    expect(plain.status).toBe(200);
    expect(pair.legacy.seen.echoes.slice(before)).toEqual(['synthetic']);
  });

  it('a 2025-03-26 batch with one smuggled item is refused whole; nothing in it is forwarded', async () => {
    const session = await legacySession();
    const auth = { authorization: `Bearer ${await pair.gateway.token()}` };
    const before = pair.legacy.seen.echoes.length;
    const batch = `[${call(1, '"name":"echo","arguments":{"text":"synthetic"}')},${call(
      2,
      '"name":"echo","arguments":{"text":"forbidden","text":"synthetic"}',
    )},{"jsonrpc":"2.0","id":3,"method":"ping"}]`;
    expectRefused(await session.post(batch, auth), null, 'batch');
    expect(pair.legacy.seen.echoes.length).toBe(before);
  });

  it('a repeated tool name is refused in a 2026-07-28 stateless POST; the plain call passes', async () => {
    const token = await pair.gateway.token();
    const post = (body: string) =>
      rawRequest(base(), {
        method: 'POST',
        path: '/mcp/modern',
        headers: {
          ...MCP_POST_HEADERS,
          authorization: `Bearer ${token}`,
          'mcp-protocol-version': '2026-07-28',
          'mcp-method': 'tools/call',
          'mcp-name': 'echo',
        },
        body,
      });
    const before = pair.modern.received.length;
    for (const params of [
      `"name":"confirm_order","name":"echo","arguments":{"item":"synthetic"},${META}`,
      `"name":"echo","NAME":"confirm_order","arguments":{"item":"synthetic"},${META}`,
      `"name":"echo","arguments":{"item":"synthetic"},${META},${META}`,
    ]) {
      expectRefused(await post(call(9, params)), 9, params);
    }
    expect(pair.modern.received.length).toBe(before);
    const plain = await post(call(10, `"name":"echo","arguments":{"item":"synthetic"},${META}`));
    expect(plain.status).toBe(200);
    expect(pair.modern.received.length).toBeGreaterThan(before);
  });
});
