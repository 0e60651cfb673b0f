import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BRIDGE_RPC, gatewayFetch } from './connect-fetch';
import { commandToken, staticToken, type TokenSource } from './connect-token';

/** A stand-in gateway: answers by the bearer token, and records what it was sent. */
let server: Server;
let url: string;
const seen: { authorization: string | undefined; method: string | undefined }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ authorization: req.headers.authorization, method: req.method });
    if (req.headers.authorization !== 'Bearer fresh') {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end('{"jsonrpc":"2.0","id":null,"error":{"code":-31010,"message":"the token is not valid"}}');
      return;
    }
    if (req.url === '/plain') {
      res.writeHead(502, { 'content-type': 'text/html' }).end('<html>bad gateway</html>');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"jsonrpc":"2.0","id":1,"result":{}}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

const request = (id: number | string) => JSON.stringify({ jsonrpc: '2.0', id, method: 'tools/list' });
const post = (body: string) => ({ method: 'POST', body, headers: { 'content-type': 'application/json' } });

function sequence(...tokens: string[]): TokenSource & { refreshes: number } {
  let index = 0;
  const source = {
    refreshes: 0,
    current: async () => tokens[index] as string,
    refresh: () => {
      source.refreshes += 1;
      index = Math.min(index + 1, tokens.length - 1);
      return Promise.resolve(tokens[index] as string);
    },
  };
  return source;
}

describe('gatewayFetch', () => {
  it('sends the bearer token and retries once with a refreshed one after 401', async () => {
    seen.length = 0;
    const tokens = sequence('stale', 'fresh');
    const response = await gatewayFetch(tokens)(`${url}/mcp/x`, post(request(1)));
    expect(response.status).toBe(200);
    expect(tokens.refreshes).toBe(1);
    expect(seen.map((s) => s.authorization)).toEqual(['Bearer stale', 'Bearer fresh']);
  });

  it("answers each request with the gateway's own JSON-RPC error, under the request's id", async () => {
    const response = await gatewayFetch(staticToken('stale'))(`${url}/mcp/x`, post(request('a')));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      jsonrpc: '2.0',
      id: 'a',
      error: { code: -31010, message: 'the token is not valid' },
    });
  });

  it('names the HTTP status when the answer is not JSON-RPC, one error per request of a batch', async () => {
    const batch = `[${request(1)},${request(2)},{"jsonrpc":"2.0","method":"notifications/initialized"}]`;
    const response = await gatewayFetch(staticToken('fresh'))(`${url}/plain`, post(batch));
    const answers = (await response.json()) as { id: number; error: { code: number; message: string } }[];
    expect(answers.map((a) => a.id)).toEqual([1, 2]);
    expect(answers[0]?.error).toEqual({
      code: BRIDGE_RPC.GATEWAY_HTTP_ERROR,
      message: 'the Proctor gateway answered HTTP 502',
    });
  });

  it('answers requests when the gateway is unreachable, and leaves other calls to fail', async () => {
    const fetch = gatewayFetch(staticToken('fresh'));
    const response = await fetch('http://127.0.0.1:9/mcp/x', post(request(7)));
    expect(await response.json()).toEqual({
      jsonrpc: '2.0',
      id: 7,
      error: { code: BRIDGE_RPC.GATEWAY_UNREACHABLE, message: 'the Proctor gateway is unreachable' },
    });
    await expect(fetch('http://127.0.0.1:9/mcp/x', { method: 'GET' })).rejects.toThrow();
  });
});

describe('commandToken', () => {
  it('runs the command once for concurrent refreshes and trims its output', async () => {
    const source = commandToken('echo " token-$$ "');
    const first = await source.current();
    expect(first).toMatch(/^token-\d+$/);
    expect(await source.current()).toBe(first);
    const [a, b] = await Promise.all([source.refresh(), source.refresh()]);
    expect(a).toBe(b);
    expect(a).not.toBe(first);
  });

  it('fails with the reason, never with the output, when the command fails or prints no token', async () => {
    await expect(commandToken('echo not logged in >&2; exit 3').current()).rejects.toThrow(
      'token command exited with 3: not logged in',
    );
    await expect(commandToken('echo two words').current()).rejects.toThrow(
      'token command did not print exactly one token on stdout',
    );
  });
});
