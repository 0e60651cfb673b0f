/**
 * An upstream answering what no request of the client waits for: an answer under the id of a
 * call the policy denied (the upstream never received it), one under an id the client never
 * sent, and a second answer under a call's id. The client gets each request's answer once and
 * nothing else, on a stream and in a JSON body; each answer withheld is recorded as a `hide`.
 * All data is synthetic.
 */
import { describe, expect, it } from 'vitest';
import type { RequestStage } from './core/stages';
import { useUpstreamGateway } from './test-fixtures/fixture-gateway';
import { framePayloads, startTestGateway } from './test-fixtures/gateway-harness';
import { startPolicyGateway } from './test-fixtures/policy-fixture-gateway';
import { initializeRequest, postMcp } from './test-fixtures/raw-http';
import {
  CLIENT_ONLY_TEXTS,
  STRAY_TEXTS,
  startStrayAnswerUpstream,
} from './test-fixtures/stray-answer-upstream';

const POLICY = `
version: 1
defaults: { fixture: allow }
rules:
  - id: no-export
    match: { tools: export_chart }
    action: deny
`;

const VERSION = '2025-11-25';

/** A 2026-07-28 call of the tool `stray`: its envelope and headers. */
const STATELESS_META = {
  'io.modelcontextprotocol/protocolVersion': '2026-07-28',
  'io.modelcontextprotocol/clientInfo': { name: 'stray-client', version: '1' },
  'io.modelcontextprotocol/clientCapabilities': {},
};
const STATELESS_HEADERS = {
  'mcp-protocol-version': '2026-07-28',
  'mcp-method': 'tools/call',
  'mcp-name': 'stray',
};

/** A 2026-07-28 client's call of the tool `stray` (id 6), posted to the gateway. */
function postStatelessStray(base: string, path: string): ReturnType<typeof postMcp> {
  const body = {
    jsonrpc: '2.0',
    id: 6,
    method: 'tools/call',
    params: { name: 'stray', arguments: {}, _meta: STATELESS_META },
  };
  return postMcp(base, path, JSON.stringify(body), STATELESS_HEADERS);
}

/** The JSON-RPC messages of an answer: its SSE events' data, or its JSON body. */
function messagesOf(body: string): { id?: unknown; result?: unknown; error?: unknown }[] {
  const data = body
    .split('\n')
    .filter((line) => line.startsWith('data: ') && line.length > 'data: '.length)
    .map((line) => JSON.parse(line.slice('data: '.length)));
  return data.length > 0 ? data : [JSON.parse(body)].flat();
}

describe('answers no request waits for', () => {
  const setup = useUpstreamGateway(startStrayAnswerUpstream, (upstream) =>
    startPolicyGateway(upstream.url, POLICY),
  );
  const path = '/mcp/fixture';

  const session = async () => {
    const init = await postMcp(setup.gateway.base, path, JSON.stringify(initializeRequest(VERSION)));
    const headers = {
      'mcp-session-id': String(init.headers['mcp-session-id']),
      'mcp-protocol-version': VERSION,
    };
    const call = (id: number, name: string) =>
      postMcp(
        setup.gateway.base,
        path,
        JSON.stringify({ jsonrpc: '2.0', id, method: 'tools/call', params: { name, arguments: {} } }),
        headers,
      );
    return { id: headers['mcp-session-id'], call };
  };
  const hides = (sessionId: string) =>
    setup.gateway
      .eventsOf(sessionId)
      .filter((e) => e.type === 'policy_decision' && e.body.decision === 'hide');

  it('attack: reach the client neither on a stream nor in a JSON body, and are recorded as hidden', async () => {
    const { id, call } = await session();
    const denied = messagesOf((await call(5, 'export_chart')).body);
    expect(denied).toEqual([
      expect.objectContaining({ id: 5, error: expect.objectContaining({ code: -31014 }) }),
    ]);
    for (const [callId, tool] of [
      [6, 'stray'],
      [7, 'stray_json'],
    ] as const) {
      const answer = await call(callId, tool);
      expect(answer.status, tool).toBe(200);
      for (const stray of STRAY_TEXTS) expect(answer.body, tool).not.toContain(stray);
      const messages = messagesOf(answer.body).filter((m) => 'result' in m || 'error' in m);
      expect(messages, tool).toEqual([
        {
          jsonrpc: '2.0',
          id: callId,
          result: { content: [{ type: 'text', text: 'the answer' }], resultType: 'complete' },
        },
      ]);
    }
    expect(hides(id)).toHaveLength(2 * STRAY_TEXTS.length);
    // What the client was not given is not in its session's frames either.
    const frames = JSON.stringify(framePayloads(setup.gateway.eventsOf(id), 'server_to_client'));
    for (const stray of STRAY_TEXTS) expect(frames).not.toContain(stray);
  });

  it('attack: reach no 2026-07-28 client on its exchange stream, and are recorded as hidden', async () => {
    const before = setup.gateway.events().length;
    const answer = await postStatelessStray(setup.gateway.base, path);
    expect(answer.status).toBe(200);
    for (const stray of STRAY_TEXTS) expect(answer.body).not.toContain(stray);
    expect(messagesOf(answer.body)).toEqual([
      {
        jsonrpc: '2.0',
        id: 6,
        result: { content: [{ type: 'text', text: 'the answer' }], resultType: 'complete' },
      },
    ]);
    const recorded = setup.gateway.events().slice(before);
    // The two before the answer; the stream ends with the answer, before the second one.
    expect(recorded.filter((e) => e.type === 'policy_decision' && e.body.decision === 'hide')).toHaveLength(
      2,
    );
    expect(JSON.stringify(framePayloads(recorded, 'server_to_client'))).not.toContain('answer-for');
  });
});

describe('answers no request waits for, from a stateful upstream bridged to a 2026-07-28 client', () => {
  const setup = useUpstreamGateway(startStrayAnswerUpstream, (upstream) =>
    startPolicyGateway(upstream.url, POLICY, { era: 'stateful' }),
  );

  it('attack: reach the client neither before nor after its answer, and are recorded as hidden', async () => {
    const answer = await postStatelessStray(setup.gateway.base, '/mcp/fixture');
    expect(answer.status).toBe(200);
    for (const stray of STRAY_TEXTS) expect(answer.body).not.toContain(stray);
    expect(messagesOf(answer.body)).toEqual([
      expect.objectContaining({ id: 6, result: expect.objectContaining({ resultType: 'complete' }) }),
    ]);
    const hides = setup.gateway
      .events()
      .filter((e) => e.type === 'policy_decision' && e.body.decision === 'hide');
    expect(hides).toHaveLength(2);
  });
});

/** A stage that holds every request a moment, telling the client so (as an approval hold does). */
const HOLDING: RequestStage = {
  name: 'holding',
  async onRequest(_exchange, ctx) {
    await ctx.notify?.({
      jsonrpc: '2.0',
      method: 'notifications/progress',
      params: { progressToken: 'held-1', progress: 0, message: 'held' },
    });
    return { action: 'allow' };
  },
};

describe('answers no request waits for, after a stage held the request', () => {
  const setup = useUpstreamGateway(startStrayAnswerUpstream, (upstream) =>
    startTestGateway(
      { connections: [{ name: 'fixture', upstream: { url: upstream.url } }] },
      { stages: { request: [HOLDING], response: [] } },
    ),
  );

  it('attack: the upstream JSON answer of a held call reaches the client without what is not for it', async () => {
    const path = '/mcp/fixture';
    const init = await postMcp(setup.gateway.base, path, JSON.stringify(initializeRequest(VERSION)));
    const sessionId = String(init.headers['mcp-session-id']);
    const headers = { 'mcp-session-id': sessionId, 'mcp-protocol-version': VERSION };
    for (const [id, tool, withheld] of [
      [8, 'stray_json', STRAY_TEXTS],
      [9, 'asks_client_json', CLIENT_ONLY_TEXTS],
    ] as const) {
      const before = setup.gateway.eventsOf(sessionId).length;
      const body = {
        jsonrpc: '2.0',
        id,
        method: 'tools/call',
        params: { name: tool, arguments: {}, _meta: { progressToken: 'held-1' } },
      };
      const answer = await postMcp(setup.gateway.base, path, JSON.stringify(body), headers);
      expect(answer.status, tool).toBe(200);
      expect(answer.body, tool).toContain('held');
      for (const text of withheld) expect(answer.body, tool).not.toContain(text);
      const answers = messagesOf(answer.body).filter((m) => 'result' in m || 'error' in m);
      expect(answers, tool).toEqual([
        expect.objectContaining({ id, result: expect.objectContaining({ resultType: 'complete' }) }),
      ]);
      const recorded = setup.gateway.eventsOf(sessionId).slice(before);
      const hidden = recorded.filter((e) => e.type === 'policy_decision' && e.body.decision === 'hide');
      expect(hidden, tool).toHaveLength(3);
      const frames = JSON.stringify(framePayloads(recorded, 'server_to_client'));
      for (const text of withheld) expect(frames, tool).not.toContain(text);
    }
  });
});
