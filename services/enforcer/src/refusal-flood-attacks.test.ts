/**
 * An address without a valid token sending refusal after refusal: every refusal used to be an
 * auth_failure event, appended durably and kept for years, so a flood of bad tokens (or of
 * malformed bodies) filled the audit trail as fast as it was sent. Past its share, an address's
 * refusals are still answered the same, but only the first of each period is recorded
 * (`too_many_refusals`); other addresses are not affected.
 */
import { RefusalLimit } from '@proctor/identity';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, startFixtureServer } from './test-fixtures/fixture-server';
import { startTestGateway, type TestGateway } from './test-fixtures/gateway-harness';
import { postMcp } from './test-fixtures/raw-http';

describe('a flood of refused requests from one address', () => {
  let upstream: FixtureServer;
  let gateway: TestGateway;
  let now = 1_000_000;

  beforeAll(async () => {
    upstream = await startFixtureServer();
    gateway = await startTestGateway(
      { connections: [{ name: 'fixture', upstream: { url: upstream.url } }] },
      { refusals: new RefusalLimit({ burst: 5, perSecond: 1 }, () => now) },
    );
  });
  afterAll(async () => {
    await gateway?.close();
    await upstream?.close();
  });

  const refusals = () => gateway.events().flatMap((e) => (e.type === 'auth_failure' ? [e.body.reason] : []));
  const badToken = () => postMcp(gateway.base, '/mcp/fixture', '{}', { authorization: 'Bearer bad' });

  it('attack: fills the audit trail no faster than the limit, every request still answered as before', async () => {
    const answers: number[] = [];
    for (let i = 0; i < 40; i++) answers.push((await badToken()).status);
    // Malformed bodies of a valid caller from the same address count too.
    answers.push((await postMcp(gateway.base, '/mcp/fixture', '{"jsonrpc":')).status);
    expect(answers).toEqual([...Array(40).fill(401), 400]);
    expect(refusals()).toEqual([...Array(5).fill('invalid_token:token_invalid'), 'too_many_refusals']);
    // A period later, the address has its share back: recorded again.
    now += 3_000;
    expect((await badToken()).status).toBe(401);
    expect(refusals().slice(6)).toEqual(['invalid_token:token_invalid']);
  });
});

describe('the refusal limit taken from the configuration (enforcer.refusals)', () => {
  let upstream: FixtureServer;
  let gateway: TestGateway;

  beforeAll(async () => {
    upstream = await startFixtureServer();
    gateway = await startTestGateway({
      connections: [{ name: 'fixture', upstream: { url: upstream.url } }],
      refusals: { burst: 3, perSecond: 0.01 },
    });
  });
  afterAll(async () => {
    await gateway?.close();
    await upstream?.close();
  });

  it('attack: records only the configured share of a flood, then one too_many_refusals', async () => {
    for (let i = 0; i < 12; i++) {
      const res = await postMcp(gateway.base, '/mcp/fixture', '{}', { authorization: 'Bearer bad' });
      expect(res.status).toBe(401);
    }
    const reasons = gateway.events().flatMap((e) => (e.type === 'auth_failure' ? [e.body.reason] : []));
    expect(reasons).toEqual([...Array(3).fill('invalid_token:token_invalid'), 'too_many_refusals']);
  });
});
