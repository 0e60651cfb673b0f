/**
 * Host tricks a proxy in front of the gateway may read otherwise than the gateway: a second
 * Host, Content-Type or mirrored MCP header line (node keeps the first Host silently and joins
 * the others; RFC 9112 requires 400 for two Hosts) and an absolute-form request target, whose authority is the host the request is
 * for (RFC 9112 §3.2.2) and must pass the DNS-rebinding check like a Host header.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, startFixtureServer } from './test-fixtures/fixture-server';
import { startTestGateway, type TestGateway } from './test-fixtures/gateway-harness';
import { initializeRequest, rawExchange } from './test-fixtures/raw-http';

const BODY = JSON.stringify(initializeRequest('2025-11-25'));

describe('host tricks at the edge', () => {
  let upstream: FixtureServer;
  let gateway: TestGateway;
  let host: string;

  beforeAll(async () => {
    upstream = await startFixtureServer();
    gateway = await startTestGateway({ connections: [{ name: 'fixture', upstream: { url: upstream.url } }] });
    host = new URL(gateway.base).host;
  });
  afterAll(async () => {
    await gateway?.close();
    await upstream?.close();
  });

  /** A raw initialize POST with `target` and the header lines `lines`; the status line and body answered. */
  const send = async (target: string, lines: string[]) => {
    const answer = await rawExchange(
      gateway.base,
      `POST ${target} HTTP/1.1\r\n${lines.map((l) => `${l}\r\n`).join('')}Authorization: Bearer good\r\n` +
        `Accept: application/json, text/event-stream\r\nContent-Length: ${BODY.length}\r\n` +
        `Connection: close\r\n\r\n${BODY}`,
    );
    return { status: answer.split('\r\n')[0] ?? '', body: answer.slice(answer.indexOf('\r\n\r\n') + 4) };
  };
  const JSON_TYPE = 'Content-Type: application/json';
  /** Requests that reached the upstream (each carries the gateway's credential header). */
  const forwarded = () => upstream.seen.authorizations.length;

  it('refuses a second Host, Content-Type or mirrored MCP header line with 400, forwarding nothing', async () => {
    const before = forwarded();
    for (const lines of [
      [`Host: ${host}`, 'Host: evil.example', JSON_TYPE],
      ['Host: evil.example', `Host: ${host}`, JSON_TYPE],
      [`Host: ${host}`, JSON_TYPE, 'Content-Type: text/plain'],
      // Joined by node as "echo, x": a body naming "echo, x" would match it, a proxy reads "echo".
      [`Host: ${host}`, JSON_TYPE, 'Mcp-Name: echo', 'Mcp-Name: x'],
      [`Host: ${host}`, JSON_TYPE, 'Mcp-Param-Region: eu-west', 'mcp-param-region: us-east'],
      [`Host: ${host}`, JSON_TYPE, 'MCP-Protocol-Version: 2025-11-25', 'MCP-Protocol-Version: 2026-07-28'],
    ]) {
      const { status, body } = await send('/mcp/fixture', lines);
      expect(status, lines.join(' | ')).toMatch(/ 40[03] /);
      expect(body).toMatch(/more than once|not one of this gateway's names/);
    }
    expect(forwarded()).toBe(before);
  });

  it('checks the authority of an absolute-form target as the host, and serves its own', async () => {
    const before = forwarded();
    const foreign = await send('http://evil.example/mcp/fixture', [`Host: ${host}`, JSON_TYPE]);
    expect(foreign.status).toMatch(/ 403 /);
    expect(foreign.body).toContain("the Host header is not one of this gateway's names");
    expect(forwarded()).toBe(before);
    const own = await send(`http://${host}/mcp/fixture`, [`Host: ${host}`, JSON_TYPE]);
    expect(own.status).toMatch(/ 200 /);
  });

  it('attack: Host spellings of a rebinding name are refused, and only a port of digits follows a loopback name', async () => {
    const port = new URL(gateway.base).port;
    const before = forwarded();
    for (const name of [
      `localhost.:${port}`,
      `127.0.0.1.nip.io:${port}`,
      `localhost:evil.example`,
      `localhost:${port}, evil.example`,
      `localhost:${port}x`,
      `[::ffff:7f00:1]:${port}`,
      `localhost@evil.example:${port}`,
      '',
    ]) {
      const { status, body } = await send('/mcp/fixture', [`Host: ${name}`, JSON_TYPE]);
      expect({ name, status }).toEqual({ name, status: expect.stringMatching(/ 40[03] /) });
      expect(body).not.toContain('"result"');
    }
    expect(forwarded()).toBe(before);
    for (const name of [`LOCALHOST:${port}`, `[::1]:${port}`, `127.0.0.1:${port}`, 'localhost']) {
      const { status } = await send('/mcp/fixture', [`Host: ${name}`, JSON_TYPE]);
      expect({ name, status }).toEqual({ name, status: expect.stringMatching(/ 200 /) });
    }
  });

  it('attack: an Origin naming a rebinding spelling of the loopback host is refused', async () => {
    const before = forwarded();
    for (const origin of [
      `http://localhost.:${new URL(gateway.base).port}`,
      'null',
      'http://127.0.0.1.nip.io',
    ]) {
      const { status } = await send('/mcp/fixture', [`Host: ${host}`, `Origin: ${origin}`, JSON_TYPE]);
      expect({ origin, status }).toEqual({ origin, status: expect.stringMatching(/ 403 /) });
    }
    expect(forwarded()).toBe(before);
  });
});

describe('a gateway answering any Host (bound to a public address, allowedHosts empty)', () => {
  let upstream: FixtureServer;
  let gateway: TestGateway;

  beforeAll(async () => {
    upstream = await startFixtureServer();
    gateway = await startTestGateway({
      listen: { host: '0.0.0.0', port: 0 },
      connections: [{ name: 'fixture', upstream: { url: upstream.url } }],
    });
  });
  afterAll(async () => {
    await gateway?.close();
    await upstream?.close();
  });

  it('attack: a Host that is not a host name or address is refused 400, never written into the challenge', async () => {
    for (const name of [
      'evil.example", error="invalid_request',
      'evil.example/phish?',
      'user@evil.example',
      'evil.example:80:81',
      'evil example',
      'evil.example,gateway.example',
    ]) {
      const answer = await rawExchange(
        gateway.base,
        `POST /mcp/fixture HTTP/1.1\r\nHost: ${name}\r\nContent-Type: application/json\r\n` +
          `Content-Length: ${BODY.length}\r\nConnection: close\r\n\r\n${BODY}`,
      );
      const head = answer.slice(0, answer.indexOf('\r\n\r\n'));
      expect({ name, status: head.split('\r\n')[0] }).toEqual({ name, status: 'HTTP/1.1 400 Bad Request' });
      expect(head.toLowerCase()).not.toContain('evil');
    }
    // A host name or address with a port is answered as before: 401 naming it.
    for (const name of ['gateway.example:7410', '[2001:db8::1]:7410', '192.0.2.1']) {
      const answer = await rawExchange(
        gateway.base,
        `POST /mcp/fixture HTTP/1.1\r\nHost: ${name}\r\nContent-Type: application/json\r\n` +
          `Content-Length: ${BODY.length}\r\nConnection: close\r\n\r\n${BODY}`,
      );
      expect(answer).toMatch(/^HTTP\/1\.1 401 /);
      expect(answer).toContain(`resource_metadata="http://${name}/`);
    }
  });
});
