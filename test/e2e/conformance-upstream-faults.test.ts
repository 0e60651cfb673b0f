/**
 * An upstream that answers a request outside the protocol (not JSON-RPC, another id, a request
 * or a notification instead of the answer, HTTP 202 or an empty body) must not leave the
 * client waiting for an answer that never comes, nor get an error the audit trail lacks: the
 * client gets -31022 under its own request id, recorded like any answer, and the session goes on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  framePayloads,
  startTestGateway,
  type TestGateway,
} from '../../services/enforcer/src/test-fixtures/gateway-harness';
import { rawRequest } from '../../services/enforcer/src/test-fixtures/raw-http';
import { FAULTS, type MisbehavingUpstream, startMisbehavingUpstream } from '../fixtures/misbehaving-upstream';

const MCP = {
  accept: 'application/json, text/event-stream',
  'content-type': 'application/json',
  authorization: 'Bearer good',
};

describe('an upstream answering outside the protocol', () => {
  let upstream: MisbehavingUpstream;
  let gateway: TestGateway;
  let sessionId: string;
  let nextId = 1;

  const post = (body: Record<string, unknown>) =>
    rawRequest(gateway.base, {
      method: 'POST',
      path: '/mcp/faulty',
      headers: { ...MCP, 'mcp-session-id': sessionId, 'mcp-protocol-version': '2025-11-25' },
      body: JSON.stringify({ jsonrpc: '2.0', ...body }),
    });

  beforeAll(async () => {
    upstream = await startMisbehavingUpstream();
    gateway = await startTestGateway({ connections: [{ name: 'faulty', upstream: { url: upstream.url } }] });
    const init = await rawRequest(gateway.base, {
      method: 'POST',
      path: '/mcp/faulty',
      headers: MCP,
      body: JSON.stringify({
        jsonrpc: '2.0',
        id: 0,
        method: 'initialize',
        params: {
          protocolVersion: '2025-11-25',
          capabilities: {},
          clientInfo: { name: 'edge', version: '1' },
        },
      }),
    });
    expect(init.status).toBe(200);
    sessionId = init.headers['mcp-session-id'] as string;
    await post({ method: 'notifications/initialized' });
  });

  afterAll(async () => {
    await gateway?.close();
    await upstream?.close();
  });

  for (const fault of Object.keys(FAULTS)) {
    it(`answers the request with a recorded -31022 under its own id (${fault}), and the session goes on`, async () => {
      const id = nextId++;
      const before = gateway.eventsOf(sessionId).length;
      const res = await post({ id, method: 'tools/call', params: { name: fault, arguments: {} } });
      expect(res.status).toBe(502);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      const answer = JSON.parse(res.body);
      expect(answer).toMatchObject({ jsonrpc: '2.0', id, error: { code: -31022 } });
      expect(answer.error.message).toMatch(/^upstream MCP server /);
      // Recorded: the call, then exactly the answer the client saw.
      const events = gateway.eventsOf(sessionId).slice(before);
      expect(framePayloads(events, 'client_to_server')).toEqual([
        { jsonrpc: '2.0', id, method: 'tools/call', params: { name: fault, arguments: {} } },
      ]);
      expect(framePayloads(events, 'server_to_client')).toEqual([answer]);
      const ping = await post({ id: nextId++, method: 'ping' });
      expect(ping.status).toBe(200);
    });
  }
});
