/**
 * A request under the id of one of its session's requests still in flight. The gateway keys
 * what it decided about a request (its mask rule, list filters, tasks) by session and id: a
 * call sent under the id of a masked call in flight and answered after it took the masked
 * call's place, and the masked call's answer reached the client in clear. Such a request is
 * refused (400/-32600), forwarded nowhere and recorded as `invalid_request:id_in_use`; the
 * call in flight goes on. Through a real gateway in front of the SDK v1 server.
 */
import { describe, expect, it } from 'vitest';
import { useFixtureGateway } from './test-fixtures/fixture-gateway';
import { initializeRequest, postMcp } from './test-fixtures/raw-http';
import { TEST_IDENTITY } from './testing';

const VERSION = '2025-11-25';

describe('a request id reused while its request is in flight', () => {
  // The cancelled call's stream is still open when the suite ends: the gateway stops at once.
  const setup = useFixtureGateway({ shutdownDeadlineMs: 200 });
  const path = '/mcp/fixture';

  it('attack: is refused, forwarded nowhere and recorded, and the call in flight goes on', async () => {
    const init = await postMcp(setup.gateway.base, path, JSON.stringify(initializeRequest(VERSION)));
    const headers = {
      'mcp-session-id': String(init.headers['mcp-session-id']),
      'mcp-protocol-version': VERSION,
    };
    const post = (message: object) => postMcp(setup.gateway.base, path, JSON.stringify(message), headers);
    const call = (id: number, name: string, args: object = {}) =>
      post({ jsonrpc: '2.0', id, method: 'tools/call', params: { name, arguments: args } });
    await post({ jsonrpc: '2.0', method: 'notifications/initialized' });

    // `wait` runs until it is cancelled: its request awaits an answer meanwhile.
    const waiting = call(7, 'wait');
    await expect
      .poll(() => setup.gateway.events().filter((e) => e.type === 'frame').length)
      .toBeGreaterThan(3);
    const before = setup.gateway.events().length;
    const reused = await call(7, 'echo', { text: 'synthetic reuse' });
    expect(reused.status).toBe(400);
    expect(JSON.parse(reused.body)).toMatchObject({ error: { code: -32600 } });
    expect(setup.upstream.seen.echoes).toEqual([]);
    expect(setup.gateway.events().slice(before)).toEqual([
      expect.objectContaining({
        type: 'auth_failure',
        identity: expect.objectContaining({ subject: TEST_IDENTITY.subject }),
        body: expect.objectContaining({ reason: 'invalid_request:id_in_use', httpStatus: 400 }),
      }),
    ]);

    // Another id is served meanwhile; the call in flight is cancelled as usual.
    expect((await call(8, 'echo', { text: 'synthetic other' })).status).toBe(200);
    await post({ jsonrpc: '2.0', method: 'notifications/cancelled', params: { requestId: 7 } });
    await expect.poll(() => setup.upstream.seen.cancelled).toEqual(['7']);
    // A cancelled request is answered by nobody (MCP): its stream ends with the gateway.
    void waiting.catch(() => undefined);
  });
});
