/**
 * Refused requests per source address: an address past its refusals is answered 429 with
 * Retry-After, before its token is looked at, and the first 429 of the period is recorded as
 * an auth_failure like the 401s and 403s before it.
 */
import { removeChdbTestPath } from '@proctor/audit-store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RefusedRequest } from './auth-failures';
import { startTestExporter, type TestExporter } from './testing-exporter';

let exporter: TestExporter;
const refusals: RefusedRequest[] = [];

beforeAll(async () => {
  exporter = await startTestExporter({
    workers: false,
    // Three refusals at once, then one per thousand seconds: the test never sees a token come back.
    refusalLimit: { perSecond: 0.001, burst: 3 },
    authFailures: async (refused) => {
      refusals.push(refused);
    },
  });
});

afterAll(async () => {
  await exporter?.close();
  removeChdbTestPath();
});

const from = (remoteAddress: string, who: string | null, url = '/v1/sessions') =>
  exporter.app.inject({
    method: 'GET',
    url,
    remoteAddress,
    headers: who ? { authorization: `Bearer ${who}` } : {},
  });

describe('refused requests per address', () => {
  it('answer an address past its refusals 429 with Retry-After, recorded once, whatever token it then sends; other addresses go on', async () => {
    expect((await from('192.0.2.7', null)).statusCode).toBe(401);
    expect((await from('192.0.2.7', 'clinician')).statusCode).toBe(403);
    // A caller who is let in spends nothing.
    expect((await from('192.0.2.7', 'auditor')).statusCode).toBe(200);
    expect((await from('192.0.2.7', 'forged')).statusCode).toBe(401);
    expect(refusals).toHaveLength(3);
    refusals.length = 0;

    const limited = await from('192.0.2.7', null);
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(1);
    expect(limited.json().error.code).toBe('TOO_MANY_REFUSALS');
    // Blocked before the token is looked at: guessing goes no faster with a valid one.
    expect((await from('192.0.2.7', 'auditor')).statusCode).toBe(429);
    expect((await from('192.0.2.7', null, '/v1/records/events')).statusCode).toBe(429);
    expect(refusals).toEqual([
      expect.objectContaining({
        sourceIp: '192.0.2.7',
        failure: expect.objectContaining({ reason: 'rate_limited', httpStatus: 429 }),
      }),
    ]);

    expect((await from('198.51.100.4', null)).statusCode).toBe(401);
    expect((await from('198.51.100.4', 'auditor')).statusCode).toBe(200);
    expect(refusals.map((r) => r.sourceIp)).toEqual(['192.0.2.7', '198.51.100.4']);
  });
});
