/**
 * A request under the id of one of its session's requests still in flight. The gateway keys
 * what it decided about a request (its mask rule, list filters, tasks) by session and id: a
 * call sent under the id of a masked call in flight and answered after it took the masked
 * call's place, and the masked call's answer reached the client in clear. Such a request is
 * refused (400/-32600), forwarded nowhere and recorded as `invalid_request:id_in_use`; the
 * call in flight goes on. Through a real gateway in front of the SDK v1 server.
 *
 * Bridged (a 2026-07-28 client through a stateful upstream, connection `era: stateful`), the
 * client's exchanges share one upstream session, and a 2026-07-28 client may send two
 * exchanges under one id at once (each is its own exchange). Neither is refused: each travels
 * upstream under an id of the gateway's, each gets its own answer, and the masked call's
 * answer stays masked. All data is synthetic.
 */
import { describe, expect, it } from 'vitest';
import { useFixtureGateway, useUpstreamGateway } from './test-fixtures/fixture-gateway';
import { startFixtureServer } from './test-fixtures/fixture-server';
import { startPolicyGateway } from './test-fixtures/policy-fixture-gateway';
import { initializeRequest, postMcp } from './test-fixtures/raw-http';
import { waitUntil } from './test-fixtures/wait-until';
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

const SSN = '900-12-3456';

const MASKING_POLICY = `
version: 1
defaults: { fixture: allow }
rules:
  - id: mask-chart
    match: { tools: slow_chart }
    action: mask
`;

describe('a request id reused while its request is in flight, bridged to a stateful upstream', () => {
  // `slow_chart` answers once `release` is called: its exchange is in flight until then.
  let started = 0;
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const setup = useUpstreamGateway(
    () =>
      startFixtureServer({
        register: (server) => {
          server.registerTool('slow_chart', { description: 'Answers a chart when released' }, async () => {
            started++;
            await released;
            return { content: [{ type: 'text', text: `chart of SSN ${SSN}` }] };
          });
        },
      }),
    (upstream) => startPolicyGateway(upstream.url, MASKING_POLICY, { era: 'stateful' }),
  );

  /** A 2026-07-28 client's tools/call of `name` under the id 7. */
  const call = (name: string, args: Record<string, unknown> = {}) =>
    postMcp(
      setup.gateway.base,
      '/mcp/fixture',
      JSON.stringify({
        jsonrpc: '2.0',
        id: 7,
        method: 'tools/call',
        params: {
          name,
          arguments: args,
          _meta: {
            'io.modelcontextprotocol/protocolVersion': '2026-07-28',
            'io.modelcontextprotocol/clientInfo': { name: 'reusing-client', version: '1' },
            'io.modelcontextprotocol/clientCapabilities': {},
          },
        },
      }),
      { 'mcp-protocol-version': '2026-07-28', 'mcp-method': 'tools/call', 'mcp-name': name },
    );

  it('attack: two exchanges under one id each get their own answer, the masked one masked', async () => {
    const masked = call('slow_chart');
    await waitUntil(() => started === 1, 'the masked call reached the upstream', 10_000);
    const other = await call('echo', { text: 'synthetic other' });
    expect(other.status).toBe(200);
    expect(other.body).toContain('echo: synthetic other');
    expect(other.body).not.toContain(SSN);
    expect(setup.upstream.seen.echoes).toEqual(['synthetic other']);

    release();
    const answer = await masked;
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('"id":7');
    expect(answer.body).toContain('chart of SSN');
    expect(answer.body).not.toContain(SSN);
    expect(answer.body).not.toContain('echo:');
    // Neither exchange was refused as reusing an id.
    const refusals = setup.gateway.events().filter((e) => e.type === 'auth_failure');
    expect(refusals).toEqual([]);
  });
});
