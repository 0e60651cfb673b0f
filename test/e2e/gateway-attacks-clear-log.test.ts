/**
 * A gateway under mask rules with no ingest key configured seals nothing: the client's own
 * text outside the payloads (JSON-RPC id, clientInfo, user agent, tool name) is masked before
 * it reaches the log, in both eras, instead of resting there in clear beside masked answers.
 */
import { decodeEvent } from '@proctor/events';
import { describe, expect, it } from 'vitest';
import {
  initializeRequest,
  MCP_POST_HEADERS,
  rawRequest,
} from '../../services/enforcer/src/test-fixtures/raw-http';
import { STATELESS_ENVELOPE } from '../fixtures/raw-session';
import { usePolicyPair } from './policy-gateway';

const pair = usePolicyPair('gateway-attacks-clear-log', {
  version: 1,
  defaults: { legacy: 'allow', modern: 'allow' },
  rules: [{ id: 'mask-charts', match: { tools: 'get_*' }, action: 'mask' }],
});

const CLEAR = {
  id: 'req for SSN 219-09-9999',
  clientName: 'Jane Roe MRN-884213',
  userAgent: 'curl (call 617-555-0142)',
  tool: 'lookup jane.roe@example.org',
};
const LEAKS = ['219-09-9999', 'Jane Roe', 'MRN-884213', '617-555-0142', 'jane.roe@example.org'];

async function post(path: string, body: unknown, headers: Record<string, string>) {
  return rawRequest(pair.gateway.gateway.base, {
    method: 'POST',
    path,
    headers: {
      ...MCP_POST_HEADERS,
      authorization: `Bearer ${await pair.gateway.token()}`,
      'user-agent': CLEAR.userAgent,
      ...headers,
    },
    body: JSON.stringify(body),
  });
}

describe('client fields without an ingest key, under mask rules', () => {
  it('reach the log masked, never in clear, in both eras', async () => {
    const before = pair.gateway.log.records.length;
    const init = await post(
      '/mcp/legacy',
      initializeRequest('2025-11-25', { name: CLEAR.clientName, version: '1' }),
      {},
    );
    expect(init.status).toBe(200);
    const session = init.headers['mcp-session-id'] as string;
    const inSession = { 'mcp-session-id': session, 'mcp-protocol-version': '2025-11-25' };
    await post('/mcp/legacy', { jsonrpc: '2.0', method: 'notifications/initialized' }, inSession);
    const legacy = await post(
      '/mcp/legacy',
      { jsonrpc: '2.0', id: CLEAR.id, method: 'tools/call', params: { name: CLEAR.tool, arguments: {} } },
      inSession,
    );
    expect(legacy.status).toBe(200);
    const modern = await post(
      '/mcp/modern',
      {
        jsonrpc: '2.0',
        id: CLEAR.id,
        method: 'tools/call',
        params: {
          name: CLEAR.tool,
          arguments: {},
          _meta: {
            ...STATELESS_ENVELOPE,
            'io.modelcontextprotocol/clientInfo': { name: CLEAR.clientName, version: '1' },
          },
        },
      },
      {
        'mcp-protocol-version': '2026-07-28',
        'mcp-method': 'tools/call',
        'mcp-name': `=?base64?${Buffer.from(CLEAR.tool).toString('base64')}?=`,
      },
    );
    expect(modern.status).toBe(200);

    const written = pair.gateway.log.records.slice(before).map((r) => r.record.value);
    const events = written.map((value) => decodeEvent(value));
    const calls = events.filter((e) => e.type === 'frame' && e.body.method === 'tools/call');
    expect(calls.length).toBeGreaterThanOrEqual(4);
    const starts = events.filter((e) => e.type === 'session_started');
    expect(starts.map((e) => (e.type === 'session_started' ? e.body.clientName : null))).toContain(
      '[NAME] [MRN]',
    );
    expect(calls.map((e) => (e.type === 'frame' ? e.body.jsonrpcId : null))).toContain('"req for SSN [SSN]"');
    for (const event of events)
      if (event.userAgent !== null) expect(event.userAgent).toBe('curl (call [PHONE])');
    // Outside the payloads (whose answers the rule masks, and which an ingest key would seal), none of it is left.
    const outsidePayloads = events.map((e) =>
      JSON.stringify(e.type === 'frame' ? { ...e, body: { ...e.body, payload: null } } : e),
    );
    for (const text of outsidePayloads) for (const leak of LEAKS) expect(text).not.toContain(leak);
  });
});
