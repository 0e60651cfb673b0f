/**
 * Attacks at the gateway's edge that other suites do not cover, both eras:
 * - a compressed body (Content-Encoding: gzip, a bomb among them) or a charset other than
 *   UTF-8 is refused 415 before anything is decompressed, parsed or forwarded, and recorded;
 * - what is held as it is: X-Forwarded-For never becomes the recorded source (the gateway
 *   trusts no proxy header), an escaped lone surrogate and `constructor`/`prototype` keys
 *   reach the upstream byte for byte as the policy read them, ids spelt `1e2`, `1.0` or `-0`
 *   are answered under the equal id, and a 2026-07-28 batch is refused, nothing forwarded.
 */
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  initializeRequest,
  MCP_POST_HEADERS,
  type RawResponse,
  rawRequest,
} from '../../services/enforcer/src/test-fixtures/raw-http';
import { type LaxUpstream, startLaxUpstream } from '../fixtures/lax-upstream';
import { statelessToolCall } from '../fixtures/raw-session';
import { type StatelessGateway, startStatelessGateway } from '../fixtures/stateless-gateway';

const STATELESS_HEADERS = {
  ...MCP_POST_HEADERS,
  'mcp-protocol-version': '2026-07-28',
  'mcp-method': 'tools/call',
  'mcp-name': 'echo',
};

describe('gateway edge attacks', () => {
  let upstream: LaxUpstream;
  let gateway: StatelessGateway;

  beforeAll(async () => {
    upstream = await startLaxUpstream();
    gateway = await startStatelessGateway([{ name: 'lax', url: upstream.url, era: 'stateless' }]);
  });
  afterAll(async () => {
    await gateway?.close();
    await upstream?.close();
  });

  const post = (headers: Record<string, string>, body: string | Buffer): Promise<RawResponse> =>
    rawRequest(gateway.base, { method: 'POST', path: '/mcp/lax', headers, body });
  const refusals = () => gateway.events().flatMap((e) => (e.type === 'auth_failure' ? [e.body.reason] : []));

  it('refuses compressed bodies and other charsets with 415, decompressing and forwarding nothing', async () => {
    const call = JSON.stringify(statelessToolCall(1, 'echo', { item: 'x' }));
    // 64 MiB of zeros in about 64 KiB: nothing may expand it.
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 });
    const forwarded = upstream.received.length;
    const before = refusals().length;
    for (const [headers, body] of [
      [{ ...STATELESS_HEADERS, 'content-encoding': 'gzip' }, gzipSync(call)],
      [{ ...STATELESS_HEADERS, 'content-encoding': 'gzip' }, bomb],
      // Declared compressed, sent plain: what the gateway would read is not what was declared.
      [{ ...STATELESS_HEADERS, 'content-encoding': 'gzip' }, call],
      [{ ...STATELESS_HEADERS, 'content-encoding': 'br' }, call],
      [
        { ...MCP_POST_HEADERS, 'content-encoding': 'deflate' },
        JSON.stringify(initializeRequest('2025-11-25')),
      ],
    ] as const) {
      const res = await post(headers, body);
      expect(res.status, headers['content-encoding']).toBe(415);
      expect(JSON.parse(res.body).error.message).toMatch(/Content-Encoding/);
    }
    for (const [charset, body] of [
      ['utf-16le', Buffer.from(call, 'utf16le')],
      ['utf-16le', call],
      ['iso-8859-1', call],
    ] as const) {
      const res = await post(
        { ...STATELESS_HEADERS, 'content-type': `application/json; charset=${charset}` },
        body,
      );
      expect(res.status, charset).toBe(415);
      expect(JSON.parse(res.body).error.message).toMatch(/UTF-8/);
    }
    expect(upstream.received.length).toBe(forwarded);
    expect(refusals().slice(before)).toEqual([
      ...Array(5).fill('invalid_request:unsupported_encoding'),
      ...Array(3).fill('invalid_request:unsupported_media_type'),
    ]);

    // What a client may send: identity coding, UTF-8 in any spelling, the media type in any case.
    const accepted: Record<string, string>[] = [
      { 'content-encoding': 'identity' },
      { 'content-type': 'application/json; charset=UTF-8' },
      { 'content-type': 'application/json;charset="utf8"' },
      { 'content-type': 'Application/JSON' },
    ];
    for (const headers of accepted) {
      const res = await post({ ...STATELESS_HEADERS, ...headers }, call);
      expect(res.status, JSON.stringify(headers)).toBe(200);
    }
  });

  it('records the connecting address, never what X-Forwarded-For claims', async () => {
    const call = JSON.stringify(statelessToolCall(2, 'echo', { item: 'x' }));
    const res = await post(
      { ...STATELESS_HEADERS, 'x-forwarded-for': '203.0.113.9', forwarded: 'for=203.0.113.9' },
      call,
    );
    expect(res.status).toBe(200);
    const sources = new Set(gateway.events().map((e) => e.sourceIp));
    expect(sources.has('203.0.113.9')).toBe(false);
    expect(sources.has('127.0.0.1')).toBe(true);
  });

  it('forwards an escaped lone surrogate and constructor and prototype keys byte for byte', async () => {
    const call = JSON.stringify(
      statelessToolCall(3, 'echo', { item: 'x', constructor: { name: 'prototype' }, prototype: {} }),
    ).replace('"item":"x"', '"item":"\\ud800"');
    const res = await post(STATELESS_HEADERS, call);
    expect(res.status).toBe(200);
    expect(res.body).toContain('"ran:');
    const received = upstream.received.at(-1);
    expect(received?.body.toString('utf8')).toBe(call);
  });

  it('refuses a constructor holding a prototype (a deep merge upstream reaches Object.prototype), forwarding nothing', async () => {
    const forwarded = upstream.received.length;
    const call = JSON.stringify(
      statelessToolCall(3, 'echo', { item: 'x', constructor: { prototype: { polluted: true } } }),
    );
    const res = await post(STATELESS_HEADERS, call);
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).error.code).toBe(-32600);
    expect(upstream.received.length).toBe(forwarded);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('answers ids in other numeric spellings under the equal id, and forwards no 2026-07-28 batch', async () => {
    const call = JSON.stringify(statelessToolCall(777, 'echo', { item: 'x' }));
    for (const [spelled, id] of [
      ['1e2', 100],
      ['1.0', 1],
      ['-0', 0],
    ] as const) {
      const res = await post(STATELESS_HEADERS, call.replace('"id":777', `"id":${spelled}`));
      expect(res.status, spelled).toBe(200);
      expect(JSON.parse(res.body).id, spelled).toBe(id);
    }
    const forwarded = upstream.received.length;
    const batch = await post(STATELESS_HEADERS, `[${call},${call.replace('"id":777', '"id":778')}]`);
    expect(batch.status).toBe(400);
    expect(JSON.parse(batch.body).error.code).toBe(-32600);
    expect(upstream.received.length).toBe(forwarded);
  });
});
