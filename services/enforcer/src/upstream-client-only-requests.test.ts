/**
 * An upstream sending toward the client a request only a client may send (`tools/call`,
 * `initialize`, `resources/read`): the client never gets it, on a stream or in a JSON body, in
 * either era, and the gateway records each one withheld as a `hide` naming its method. A
 * request a server may send (ping) still reaches a stateful client. All data is synthetic.
 */
import type { AuditEvent } from '@proctor/events';
import { describe, expect, it } from 'vitest';
import { useUpstreamGateway } from './test-fixtures/fixture-gateway';
import { framePayloads } from './test-fixtures/gateway-harness';
import { startPolicyGateway } from './test-fixtures/policy-fixture-gateway';
import { initializeRequest, postMcp } from './test-fixtures/raw-http';
import {
  CLIENT_ONLY_REQUESTS,
  CLIENT_ONLY_TEXTS,
  startStrayAnswerUpstream,
} from './test-fixtures/stray-answer-upstream';

const POLICY = `
version: 1
defaults: { fixture: allow }
rules: []
`;

const VERSION = '2025-11-25';
const PATH = '/mcp/fixture';
const CLIENT_ONLY_METHODS = CLIENT_ONLY_REQUESTS.map((r) => r.method).sort();

/** A 2026-07-28 client's call of the tool `asks_client` (id 6), posted to the gateway. */
function postStatelessCall(base: string): ReturnType<typeof postMcp> {
  const body = {
    jsonrpc: '2.0',
    id: 6,
    method: 'tools/call',
    params: {
      name: 'asks_client',
      arguments: {},
      _meta: {
        'io.modelcontextprotocol/protocolVersion': '2026-07-28',
        'io.modelcontextprotocol/clientInfo': { name: 'asked-client', version: '1' },
        'io.modelcontextprotocol/clientCapabilities': {},
      },
    },
  };
  return postMcp(base, PATH, JSON.stringify(body), {
    'mcp-protocol-version': '2026-07-28',
    'mcp-method': 'tools/call',
    'mcp-name': 'asks_client',
  });
}

/** The JSON-RPC messages of an answer: its SSE events' data, or its JSON body. */
function messagesOf(body: string): { id?: unknown; method?: unknown; result?: unknown }[] {
  const data = body
    .split('\n')
    .filter((line) => line.startsWith('data: ') && line.length > 'data: '.length)
    .map((line) => JSON.parse(line.slice('data: '.length)));
  return data.length > 0 ? data : [JSON.parse(body)].flat();
}

const hiddenMethods = (events: readonly AuditEvent[]) =>
  events
    .flatMap((e) => (e.type === 'policy_decision' && e.body.decision === 'hide' ? [e.body.method] : []))
    .sort();

describe('requests only a client may send, from an upstream to a stateful client', () => {
  const setup = useUpstreamGateway(startStrayAnswerUpstream, (upstream) =>
    startPolicyGateway(upstream.url, POLICY),
  );

  const call = async (tool: string) => {
    const init = await postMcp(setup.gateway.base, PATH, JSON.stringify(initializeRequest(VERSION)));
    const sessionId = String(init.headers['mcp-session-id']);
    const headers = { 'mcp-session-id': sessionId, 'mcp-protocol-version': VERSION };
    const body = { jsonrpc: '2.0', id: 7, method: 'tools/call', params: { name: tool, arguments: {} } };
    const answer = await postMcp(setup.gateway.base, PATH, JSON.stringify(body), headers);
    return { sessionId, answer };
  };

  for (const tool of ['asks_client', 'asks_client_json']) {
    it(`attack: are withheld from the client and recorded as hidden (${tool})`, async () => {
      const { sessionId, answer } = await call(tool);
      expect(answer.status).toBe(200);
      for (const text of CLIENT_ONLY_TEXTS) expect(answer.body).not.toContain(text);
      // The ping, which a server may send, and the call's answer reach the client.
      expect(messagesOf(answer.body)).toEqual([
        { jsonrpc: '2.0', id: 'up-ping', method: 'ping' },
        expect.objectContaining({ id: 7, result: expect.objectContaining({ resultType: 'complete' }) }),
      ]);
      const events = setup.gateway.eventsOf(sessionId);
      expect(hiddenMethods(events)).toEqual(CLIENT_ONLY_METHODS);
      const frames = JSON.stringify(framePayloads(events, 'server_to_client'));
      for (const text of CLIENT_ONLY_TEXTS) expect(frames).not.toContain(text);
    });
  }
});

describe('requests only a client may send, from an upstream to a 2026-07-28 client', () => {
  const setup = useUpstreamGateway(startStrayAnswerUpstream, (upstream) =>
    startPolicyGateway(upstream.url, POLICY),
  );

  it('attack: are withheld from the exchange stream and recorded as hidden', async () => {
    const before = setup.gateway.events().length;
    const answer = await postStatelessCall(setup.gateway.base);
    expect(answer.status).toBe(200);
    for (const text of CLIENT_ONLY_TEXTS) expect(answer.body).not.toContain(text);
    expect(messagesOf(answer.body).filter((m) => 'result' in m)).toEqual([
      expect.objectContaining({ id: 6, result: expect.objectContaining({ resultType: 'complete' }) }),
    ]);
    const recorded = setup.gateway.events().slice(before);
    expect(hiddenMethods(recorded)).toEqual(CLIENT_ONLY_METHODS);
    const frames = JSON.stringify(framePayloads(recorded, 'server_to_client'));
    for (const text of CLIENT_ONLY_TEXTS) expect(frames).not.toContain(text);
  });
});

describe('requests only a client may send, from a stateful upstream bridged to a 2026-07-28 client', () => {
  const setup = useUpstreamGateway(startStrayAnswerUpstream, (upstream) =>
    startPolicyGateway(upstream.url, POLICY, { era: 'stateful' }),
  );

  it('attack: never reach the client and are refused to the upstream', async () => {
    const answer = await postStatelessCall(setup.gateway.base);
    expect(answer.status).toBe(200);
    for (const text of CLIENT_ONLY_TEXTS) expect(answer.body).not.toContain(text);
    expect(messagesOf(answer.body)).toEqual([
      expect.objectContaining({ id: 6, result: expect.objectContaining({ resultType: 'complete' }) }),
    ]);
    const refused = setup.upstream.answersReceived.filter((a) => a.error !== undefined).map((a) => a.id);
    expect(refused.sort()).toEqual(CLIENT_ONLY_REQUESTS.map((r) => r.id).sort());
  });
});
