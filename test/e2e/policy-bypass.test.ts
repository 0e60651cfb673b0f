/**
 * Attempts to slip past the policy through the gateway as the runtime assembles it, with the
 * official SDK clients and raw HTTP: a tool name in other case, with white space or an invisible
 * character; prompt arguments and their completions; a denied call inside a JSON-RPC batch
 * (2025-03-26); an Mcp-Name header that disagrees with the body (2026-07-28); identity claims
 * written into `_meta`. Each is refused naming the rule, and nothing denied reaches the server.
 */
import { describe, expect, it } from 'vitest';
import { initializeRequest } from '../../services/enforcer/src/test-fixtures/raw-http';
import { refusal, usePolicyPair } from './policy-gateway';
import { connectLegacyClient, connectModernClient, type LegacyClient } from './sdk-clients';

const AUDIENCE = 'proctor-bypass-e2e';
const POLICY = {
  version: 1,
  defaults: { '*': 'deny' },
  rules: [
    {
      id: 'no-mallory-greeting',
      match: { prompts: 'greeting', arguments: [{ path: '$.name', pattern: '^Mallory' }] },
      action: 'deny',
    },
    { id: 'no-echo', match: { connections: 'legacy', tools: 'echo' }, action: 'deny' },
    { id: 'no-orders', match: { tools: 'confirm_order' }, action: 'deny' },
    { id: 'clinicians', match: { groups: 'clinicians' }, action: 'allow' },
  ],
};

const pair = usePolicyPair(AUDIENCE, POLICY);

const base = () => pair.gateway.gateway.base;

async function legacyClient(): Promise<LegacyClient> {
  return pair.gateway.track(await connectLegacyClient(`${base()}/mcp/legacy`, await pair.gateway.token()));
}

/** A raw POST; the answer is JSON, or the SSE stream's messages (one, or an array). */
async function post(
  connection: string,
  body: unknown,
  headers: Record<string, string>,
): Promise<{ status: number; body: unknown; sessionId: string | null }> {
  const res = await fetch(`${base()}/mcp/${connection}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json, text/event-stream',
      authorization: `Bearer ${await pair.gateway.token()}`,
      ...headers,
    },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  const events = [...text.matchAll(/^data: (.+)$/gm)].map((m) => JSON.parse(m[1] as string) as unknown);
  const json: unknown =
    text.startsWith('{') || text.startsWith('[')
      ? JSON.parse(text)
      : events.length === 1
        ? events[0]
        : events;
  return {
    status: res.status,
    body: json,
    sessionId: res.headers.get('mcp-session-id'),
  };
}

describe('policy bypass attempts', () => {
  it('a deny rule on a tool holds for its name in other case, with white space or an invisible character', async () => {
    const client = await legacyClient();
    const before = pair.legacy.seen.echoes.length;
    for (const name of ['echo', 'ECHO', 'Echo ', ' echo', 'ec\u200bho', 'ｅｃｈｏ']) {
      const err = await refusal(client.callTool({ name, arguments: { text: 'synthetic' } }));
      expect(err.code, JSON.stringify(name)).toBe(-31014);
      expect(err.message, JSON.stringify(name)).toContain('no-echo');
    }
    expect(pair.legacy.seen.echoes.length).toBe(before);
  });

  it('argument rules hold for prompt arguments and their completions', async () => {
    const client = await legacyClient();
    const got = await client.getPrompt({ name: 'greeting', arguments: { name: 'Alice' } });
    expect(JSON.stringify(got)).toContain('Hello Alice');
    const denied = await refusal(client.getPrompt({ name: 'greeting', arguments: { name: 'Mallory' } }));
    expect(denied.message).toContain('no-mallory-greeting');
    const completed = await client.complete({
      ref: { type: 'ref/prompt', name: 'greeting' },
      argument: { name: 'name', value: 'Al' },
    });
    expect(completed.completion.values).toEqual(['Alice', 'Albert']);
    const refused = await refusal(
      client.complete({
        ref: { type: 'ref/prompt', name: 'greeting' },
        argument: { name: 'name', value: 'Mallory' },
      }),
    );
    expect(refused.message).toContain('no-mallory-greeting');
  });

  it('a denied call inside a JSON-RPC batch is refused on its own (2025-03-26)', async () => {
    const init = await post('legacy', initializeRequest('2025-03-26', { name: 'raw', version: '1' }), {});
    expect(init.status).toBe(200);
    const session = { 'mcp-session-id': init.sessionId ?? '', 'mcp-protocol-version': '2025-03-26' };
    await post('legacy', { jsonrpc: '2.0', method: 'notifications/initialized' }, session);
    const before = pair.legacy.seen.echoes.length;
    const batch = await post(
      'legacy',
      [
        {
          jsonrpc: '2.0',
          id: 1,
          method: 'tools/call',
          params: { name: 'echo', arguments: { text: 'batched' } },
        },
        {
          jsonrpc: '2.0',
          id: 2,
          method: 'tools/call',
          params: { name: 'ECHO', arguments: { text: 'batched' } },
        },
        { jsonrpc: '2.0', id: 3, method: 'ping' },
      ],
      session,
    );
    expect(batch.status).toBe(200);
    const answers = (Array.isArray(batch.body) ? batch.body : [batch.body]) as {
      id: number;
      error?: { code: number; message: string };
    }[];
    for (const id of [1, 2]) {
      const answer = answers.find((a) => a.id === id);
      expect(answer?.error?.code, `batch item ${id}`).toBe(-31014);
      expect(answer?.error?.message).toContain('no-echo');
    }
    expect(pair.legacy.seen.echoes.length).toBe(before);
  });

  it('an Mcp-Name header that disagrees with the body is refused before any rule could be fooled (2026-07-28)', async () => {
    const call = (headerName: string, bodyName: string) =>
      post(
        'modern',
        {
          jsonrpc: '2.0',
          id: 1,
          method: 'tools/call',
          params: {
            name: bodyName,
            arguments: { item: 'synthetic' },
            _meta: {
              'io.modelcontextprotocol/protocolVersion': '2026-07-28',
              'io.modelcontextprotocol/clientCapabilities': {},
            },
          },
        },
        { 'mcp-protocol-version': '2026-07-28', 'mcp-method': 'tools/call', 'mcp-name': headerName },
      );
    const reached = () =>
      pair.modern.received.filter((r) => JSON.stringify(r.body).includes('confirm_order')).length;
    const before = reached();
    for (const [header, body] of [
      ['echo', 'confirm_order'],
      ['confirm_order', 'echo'],
    ] as const) {
      const res = await call(header, body);
      expect(res.status, `${header} / ${body}`).toBe(400);
    }
    const allowed = await call('echo', 'echo');
    expect(allowed.status).toBe(200);
    expect(reached()).toBe(before);
  });

  it('identity written into _meta changes nothing: the verified token decides', async () => {
    const outsider = pair.gateway.track(
      await connectModernClient(`${base()}/mcp/modern`, await pair.gateway.token([])),
    );
    const err = await refusal(
      outsider.callTool({
        name: 'echo',
        arguments: { item: 'synthetic' },
        _meta: {
          subject: 'dr.avery@example.com',
          groups: ['clinicians'],
          'io.proctor/identity': 'clinicians',
        },
      }),
    );
    expect(err.code).toBe(-31014);
    expect(err.message).toContain('default');
  });
});
