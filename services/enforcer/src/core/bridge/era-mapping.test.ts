import { describe, expect, it } from 'vitest';
import { encodeHeaderValue } from '../stateless/standard-headers';
import {
  asStatefulResult,
  asStatelessResult,
  discoverFromInitialize,
  initializeFromDiscover,
  withEnvelope,
  withoutEnvelope,
} from './era-mapping';
import { eraOfAnswer } from './upstream-era';

const ENVELOPE = {
  'io.modelcontextprotocol/protocolVersion': '2026-07-28',
  'io.modelcontextprotocol/clientCapabilities': { roots: {} },
  'io.modelcontextprotocol/clientInfo': { name: 'c', version: '1' },
};

describe('era mapping', () => {
  it('removes the per-request envelope and keeps every other _meta key', () => {
    expect(
      withoutEnvelope({ name: 't', _meta: { ...ENVELOPE, progressToken: 4, traceparent: 'x' } }),
    ).toEqual({
      name: 't',
      _meta: { progressToken: 4, traceparent: 'x' },
    });
    expect(withoutEnvelope({ name: 't', _meta: ENVELOPE })).toEqual({ name: 't' });
    expect(withoutEnvelope(undefined)).toBeUndefined();
  });

  it('adds the envelope, keeping the client own _meta keys', () => {
    const params = withEnvelope(
      { uri: 'ehr://x', _meta: { progressToken: 1 } },
      { clientCapabilities: { roots: {} }, clientInfo: { name: 'c', version: '1' }, logLevel: 'info' },
    );
    expect(params).toEqual({
      uri: 'ehr://x',
      _meta: { progressToken: 1, ...ENVELOPE, 'io.modelcontextprotocol/logLevel': 'info' },
    });
  });

  it('gives stateful results resultType and, where required, caching hints that promise nothing', () => {
    expect(asStatelessResult('tools/list', { tools: [] }, { name: 's', version: '1' })).toEqual({
      tools: [],
      resultType: 'complete',
      ttlMs: 0,
      cacheScope: 'private',
      _meta: { 'io.modelcontextprotocol/serverInfo': { name: 's', version: '1' } },
    });
    expect(asStatelessResult('tools/call', { content: [] }, undefined)).toEqual({
      content: [],
      resultType: 'complete',
    });
    expect(
      asStatefulResult({ contents: [], resultType: 'complete', ttlMs: 5, cacheScope: 'public' }),
    ).toEqual({
      contents: [],
    });
  });

  it('maps initialize and server/discover onto each other', () => {
    const init = {
      protocolVersion: '2025-06-18',
      capabilities: { tools: { listChanged: true } },
      serverInfo: { name: 's', version: '2' },
      instructions: 'hi',
    };
    const discover = discoverFromInitialize(init);
    expect(discover).toMatchObject({
      resultType: 'complete',
      supportedVersions: ['2026-07-28'],
      capabilities: { tools: { listChanged: true } },
      instructions: 'hi',
      _meta: { 'io.modelcontextprotocol/serverInfo': { name: 's', version: '2' } },
    });
    const back = initializeFromDiscover(
      { ...discover, capabilities: { tools: { listChanged: true }, resources: { subscribe: true } } },
      '2025-06-18',
    );
    // What the upstream offers is promised: list_changed and resource updates are delivered on
    // the listening stream, from the upstream's subscriptions/listen.
    expect(back).toEqual({
      protocolVersion: '2025-06-18',
      capabilities: { tools: { listChanged: true }, resources: { subscribe: true } },
      serverInfo: { name: 's', version: '2' },
      instructions: 'hi',
    });
    expect(initializeFromDiscover({}, '1999-01-01').protocolVersion).toBe('2025-11-25');
  });

  it('leaves the stateful tasks slot out of server/discover: 2026-07-28 has tasks as an extension only', () => {
    const discover = discoverFromInitialize({
      protocolVersion: '2025-11-25',
      capabilities: { tools: {}, tasks: { list: {}, requests: { tools: { call: {} } } } },
      serverInfo: { name: 's', version: '2' },
    });
    expect(discover.capabilities).toEqual({ tools: {} });
  });

  it('reads the era from a server/discover answer', () => {
    expect(eraOfAnswer('{"jsonrpc":"2.0","id":1,"result":{"supportedVersions":["2026-07-28"]}}')).toBe(
      'stateless',
    );
    expect(
      eraOfAnswer(
        '{"jsonrpc":"2.0","id":1,"error":{"code":-32022,"message":"x","data":{"supported":["2026-07-28"]}}}',
      ),
    ).toBe('stateless');
    expect(eraOfAnswer('{"jsonrpc":"2.0","id":1,"error":{"code":-32601,"message":"Method not found"}}')).toBe(
      'stateful',
    );
    expect(eraOfAnswer('not json')).toBe('stateful');
  });

  it('encodes header values that are not plain ASCII with the Base64 sentinel', () => {
    expect(encodeHeaderValue('get_patient')).toBe('get_patient');
    expect(encodeHeaderValue('ehr://charts/1')).toBe('ehr://charts/1');
    expect(encodeHeaderValue('Hello, 世界')).toBe('=?base64?SGVsbG8sIOS4lueVjA==?=');
    expect(encodeHeaderValue(' padded ')).toBe('=?base64?IHBhZGRlZCA=?=');
    expect(encodeHeaderValue('=?base64?literal?=')).toBe('=?base64?PT9iYXNlNjQ/bGl0ZXJhbD89?=');
  });
});
