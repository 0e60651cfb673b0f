/**
 * Request smuggling and header tricks against the gateway's HTTP layer: a body framed two ways
 * (Content-Length with Transfer-Encoding, two Content-Lengths that disagree), a chunked body
 * hiding a second request, and a session id that is not a plain token. Each is refused as a
 * whole with a 4xx; nothing behind the first request is ever served, nothing reaches upstream.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, startFixtureServer } from './test-fixtures/fixture-server';
import { startTestGateway, type TestGateway } from './test-fixtures/gateway-harness';
import { postMcp, rawExchange } from './test-fixtures/raw-http';

const PING = '{"jsonrpc":"2.0","id":1,"method":"ping"}';

describe('request smuggling and header tricks', () => {
  let upstream: FixtureServer;
  let gateway: TestGateway;
  let head: (extra: string, length: number) => string;

  beforeAll(async () => {
    upstream = await startFixtureServer();
    gateway = await startTestGateway({ connections: [{ name: 'fixture', upstream: { url: upstream.url } }] });
    const host = new URL(gateway.base).host;
    head = (extra, length) =>
      `POST /mcp/fixture HTTP/1.1\r\nHost: ${host}\r\nAuthorization: Bearer good\r\n` +
      `Content-Type: application/json\r\nAccept: application/json, text/event-stream\r\n` +
      `Content-Length: ${length}\r\n${extra}\r\n`;
  });

  afterAll(async () => {
    await gateway?.close();
    await upstream?.close();
  });

  const smuggled = (host: string) => `GET /healthz HTTP/1.1\r\nHost: ${host}\r\n\r\n`;

  it.each([
    ['Content-Length with Transfer-Encoding: chunked', 'Transfer-Encoding: chunked\r\n'],
    ['two Content-Lengths that disagree', 'Content-Length: 3\r\n'],
    ['Transfer-Encoding in another spelling', 'Transfer-Encoding: xchunked\r\n'],
    ['Transfer-Encoding in capitals', 'Transfer-Encoding: CHUNKED\r\n'],
    ['Transfer-Encoding listing chunked first', 'Transfer-Encoding: chunked, identity\r\n'],
    ['Transfer-Encoding after a tab', 'Transfer-Encoding:\tchunked\r\n'],
    ['Transfer-Encoding with a space before the colon', 'Transfer-Encoding : chunked\r\n'],
    ['two Transfer-Encoding lines', 'Transfer-Encoding: identity\r\nTransfer-Encoding: chunked\r\n'],
    ['Transfer-Encoding folded over two lines', 'Transfer-Encoding: identity\r\n chunked\r\n'],
    ['a Content-Length with a sign', 'Content-Length: +5\r\n'],
  ])('refuses %s and serves nothing smuggled behind it', async (_name, extra) => {
    const host = new URL(gateway.base).host;
    const body = `0\r\n\r\n${smuggled(host)}`;
    const answer = await rawExchange(gateway.base, `${head(extra, body.length)}${body}`);
    const statuses = [...answer.matchAll(/HTTP\/1\.1 (\d{3})/g)].map((m) => Number(m[1]));
    expect(statuses).toHaveLength(1);
    expect(statuses[0]).toBeGreaterThanOrEqual(400);
    expect(statuses[0]).toBeLessThan(500);
    expect(answer).not.toContain('"status"');
    expect(upstream.seen.authorizations).toEqual([]);
  });

  it('a session id that is not a plain token names no session and is never echoed', async () => {
    for (const sessionId of ['../../etc/passwd', 'a b', '%0d%0aX-Injected: 1', 'x'.repeat(4096)]) {
      const res = await postMcp(gateway.base, '/mcp/fixture', PING, { 'mcp-session-id': sessionId });
      expect(res.status, sessionId.slice(0, 20)).toBe(404);
      expect(res.body).not.toContain(sessionId);
      expect(res.headers['x-injected']).toBeUndefined();
    }
    expect(upstream.seen.authorizations).toEqual([]);
  });
});
