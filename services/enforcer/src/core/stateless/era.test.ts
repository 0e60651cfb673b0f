import { describe, expect, it } from 'vitest';
import { detectEra, type EraInput } from './era';
import { StatelessProtocolError } from './errors';

const META = {
  'io.modelcontextprotocol/protocolVersion': '2026-07-28',
  'io.modelcontextprotocol/clientCapabilities': {},
  'io.modelcontextprotocol/clientInfo': { name: 'unit', version: '1' },
  traceparent: '00-0af7651916cd43dd8448eb211c80319c-00f067aa0ba902b7-01',
};
const call = (name: string) => ({
  jsonrpc: '2.0',
  id: 7,
  method: 'tools/call',
  params: { name, arguments: {}, _meta: META },
});
const modernHeaders = { protocolVersion: '2026-07-28', mcpMethod: 'tools/call', mcpName: 'lookup' };

function refusal(input: EraInput): StatelessProtocolError {
  try {
    detectEra(input);
  } catch (err) {
    if (err instanceof StatelessProtocolError) return err;
    throw err;
  }
  throw new Error('expected a refusal');
}

describe('detectEra', () => {
  it('classifies a request with a 2026-07-28 envelope as stateless and reads its _meta', () => {
    const decision = detectEra({ httpMethod: 'POST', headers: modernHeaders, body: call('lookup') });
    expect(decision).toEqual({
      era: 'stateless',
      kind: 'request',
      meta: {
        protocolVersion: '2026-07-28',
        clientCapabilities: {},
        clientInfo: { name: 'unit', version: '1' },
        logLevel: null,
        traceId: '0af7651916cd43dd8448eb211c80319c',
      },
    });
  });

  it('classifies initialize, session requests, batches, responses and envelope-less requests as stateful', () => {
    const init = { jsonrpc: '2.0', id: 0, method: 'initialize', params: { protocolVersion: '2025-06-18' } };
    expect(detectEra({ httpMethod: 'POST', headers: {}, body: init })).toEqual({
      era: 'stateful',
      reason: 'initialize',
      protocolVersion: '2025-06-18',
    });
    const list = { jsonrpc: '2.0', id: 1, method: 'tools/list' };
    expect(detectEra({ httpMethod: 'POST', headers: { sessionId: 's' }, body: list })).toMatchObject({
      era: 'stateful',
      reason: 'session',
    });
    expect(detectEra({ httpMethod: 'POST', headers: {}, body: list })).toMatchObject({ reason: 'no-claim' });
    expect(detectEra({ httpMethod: 'POST', headers: {}, body: [list, list] })).toMatchObject({
      reason: 'batch',
    });
    expect(
      detectEra({ httpMethod: 'POST', headers: {}, body: { jsonrpc: '2.0', id: 1, result: {} } }),
    ).toMatchObject({
      reason: 'response',
    });
    expect(detectEra({ httpMethod: 'GET', headers: {}, body: undefined })).toMatchObject({
      reason: 'http-method',
    });
  });

  it('lets the body decide: a stateless message inside an Mcp-Session-Id is still stateless', () => {
    const decision = detectEra({
      httpMethod: 'POST',
      headers: { ...modernHeaders, sessionId: 'x' },
      body: call('lookup'),
    });
    expect(decision.era).toBe('stateless');
  });

  it('answers header/body disagreements with HTTP 400 and -32020 HeaderMismatch', () => {
    for (const headers of [
      { ...modernHeaders, mcpName: 'other_tool' },
      { ...modernHeaders, mcpMethod: 'tools/list' },
      { ...modernHeaders, protocolVersion: '2025-06-18' },
      { protocolVersion: '2026-07-28', mcpMethod: 'tools/call' },
      { mcpMethod: 'tools/call', mcpName: 'lookup' },
      { protocolVersion: '2026-07-28', mcpName: 'lookup' },
      { ...modernHeaders, mcpName: '=?base64?not base64?=' },
      { ...modernHeaders, mcpName: 'lookup\u00e9' },
    ]) {
      const err = refusal({ httpMethod: 'POST', headers, body: call('lookup') });
      expect(err.httpStatus).toBe(400);
      expect(err.rpcCode).toBe(-32020);
      expect(err.message).not.toContain('lookup');
    }
  });

  it('decodes a Base64 sentinel Mcp-Name before comparing it with the body', () => {
    const name = 'résumé lookup';
    const encoded = `=?base64?${Buffer.from(name, 'utf8').toString('base64')}?=`;
    const decision = detectEra({
      httpMethod: 'POST',
      headers: { ...modernHeaders, mcpName: encoded },
      body: call(name),
    });
    expect(decision.era).toBe('stateless');
  });

  it('compares Mcp-Name with params.uri for resources/read and params.taskId for tasks/get', () => {
    const read = {
      jsonrpc: '2.0',
      id: 1,
      method: 'resources/read',
      params: { uri: 'ehr://x/1', _meta: META },
    };
    const headers = { protocolVersion: '2026-07-28', mcpMethod: 'resources/read', mcpName: 'ehr://x/1' };
    expect(detectEra({ httpMethod: 'POST', headers, body: read }).era).toBe('stateless');
    expect(() =>
      detectEra({ httpMethod: 'POST', headers: { ...headers, mcpName: 'ehr://x/2' }, body: read }),
    ).toThrow(StatelessProtocolError);
    const task = { jsonrpc: '2.0', id: 2, method: 'tasks/get', params: { taskId: 't-1', _meta: META } };
    const taskHeaders = { protocolVersion: '2026-07-28', mcpMethod: 'tasks/get' };
    expect(refusal({ httpMethod: 'POST', headers: taskHeaders, body: task }).rpcCode).toBe(-32020);
    expect(
      detectEra({ httpMethod: 'POST', headers: { ...taskHeaders, mcpName: 't-1' }, body: task }).era,
    ).toBe('stateless');
  });

  it('needs no Mcp-Name for methods without a target', () => {
    const discover = { jsonrpc: '2.0', id: 'd', method: 'server/discover', params: { _meta: META } };
    const headers = { protocolVersion: '2026-07-28', mcpMethod: 'server/discover' };
    expect(detectEra({ httpMethod: 'POST', headers, body: discover }).era).toBe('stateless');
  });

  it('answers a malformed envelope, or a stateless header without one, with HTTP 400 and -32602', () => {
    const noCaps = {
      jsonrpc: '2.0',
      id: 1,
      method: 'tools/list',
      params: { _meta: { 'io.modelcontextprotocol/protocolVersion': '2026-07-28' } },
    };
    const headers = { protocolVersion: '2026-07-28', mcpMethod: 'tools/list' };
    expect(refusal({ httpMethod: 'POST', headers, body: noCaps })).toMatchObject({
      httpStatus: 400,
      rpcCode: -32602,
    });
    const bare = { jsonrpc: '2.0', id: 1, method: 'tools/list' };
    expect(refusal({ httpMethod: 'POST', headers, body: bare })).toMatchObject({
      httpStatus: 400,
      rpcCode: -32602,
    });
    const badVersion = {
      ...noCaps,
      params: { _meta: { 'io.modelcontextprotocol/protocolVersion': 20260728 } },
    };
    expect(refusal({ httpMethod: 'POST', headers: {}, body: badVersion }).rpcCode).toBe(-32602);
  });

  it('refuses an initialize sent with a stateless protocol-version header, and batches carrying envelopes', () => {
    const init = { jsonrpc: '2.0', id: 0, method: 'initialize', params: { protocolVersion: '2025-06-18' } };
    expect(
      refusal({ httpMethod: 'POST', headers: { protocolVersion: '2026-07-28' }, body: init }).rpcCode,
    ).toBe(-32020);
    expect(refusal({ httpMethod: 'POST', headers: {}, body: [call('a')] })).toMatchObject({
      httpStatus: 400,
      rpcCode: -32600,
    });
  });

  it('refuses a response posted under a stateless header outside a session (the revision has none to answer)', () => {
    const answer = { jsonrpc: '2.0', id: 1, result: {} };
    expect(
      refusal({ httpMethod: 'POST', headers: { protocolVersion: '2026-07-28' }, body: answer }),
    ).toMatchObject({
      httpStatus: 400,
      rpcCode: -32600,
      message: expect.stringMatching(/responses cannot be posted/),
    });
    // Inside a session it is a stateful client's answer to a server request.
    expect(
      detectEra({
        httpMethod: 'POST',
        headers: { protocolVersion: '2026-07-28', sessionId: 's' },
        body: answer,
      }),
    ).toMatchObject({ era: 'stateful', reason: 'response' });
  });

  it('treats a notification under a stateless header as stateless and exempts it from header presence', () => {
    const note = { jsonrpc: '2.0', method: 'notifications/custom' };
    const decision = detectEra({
      httpMethod: 'POST',
      headers: { protocolVersion: '2026-07-28' },
      body: note,
    });
    expect(decision).toMatchObject({ era: 'stateless', kind: 'notification' });
  });
});
