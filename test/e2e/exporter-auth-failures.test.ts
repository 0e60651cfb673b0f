/**
 * `proctor up` as one process: requests the audit API refuses (no token, a garbage token, a
 * forged token, an expired one, one issued for another service, one issued for the gateway
 * (the exporter has an audience of its own), a valid caller outside the auditor groups) become
 * auth_failure audit events through the event log and ingest, like the
 * gateway's: stored in auth_failures with the source address, the user agent (masked), the
 * reason and the claimed issuer and subject, and counted by the HIPAA report.
 */
import { join } from 'node:path';
import { type ProctorConfig, parseConfig } from '@proctor/config';
import { DEV_ISSUER, signDevToken } from '@proctor/identity';
import { silentLogger } from '@proctor/logger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawExchange } from '../../services/enforcer/src/test-fixtures/raw-http';
import { type RunningService, startAll } from '../../src/runtime/services';
import { tempDir, uniqueName, waitFor } from '../harness';

let services: RunningService[] = [];
let exporterUrl: string;
let token: (
  sub: string,
  groups: string[],
  options?: { ttlSeconds?: number; audience?: string },
) => Promise<string>;
let config: ProctorConfig;
const EXPORTER_AUDIENCE = 'proctor-audit';

beforeAll(async () => {
  const dir = await tempDir('exporter-auth-failures');
  config = parseConfig({
    mode: 'development',
    log: { level: 'silent' },
    identity: { devIssuer: { enabled: true, keyFile: join(dir, 'dev-key.json') } },
    enforcer: { listen: { host: '127.0.0.1', port: 0 }, stateDir: join(dir, 'state') },
    exporter: {
      listen: { host: '127.0.0.1', port: 0 },
      bundleDir: join(dir, 'bundles'),
      auth: { audience: EXPORTER_AUDIENCE },
    },
    eventLog: { local: { dir: join(dir, 'log') } },
    auditStore: { chdb: { path: join(dir, 'chdb') }, database: uniqueName('audit') },
    ingest: { checkpoints: { keyFile: join(dir, 'checkpoint.json') } },
  });
  services = await startAll(config, silentLogger());
  exporterUrl = services.find((s) => s.name === 'exporter')?.url as string;
  token = (sub, groups, options = {}) =>
    signDevToken({
      keyFile: join(dir, 'dev-key.json'),
      issuer: DEV_ISSUER,
      audience: options.audience ?? EXPORTER_AUDIENCE,
      subject: sub,
      groups,
      ttlSeconds: options.ttlSeconds ?? 600,
    });
}, 180_000);

afterAll(async () => {
  for (const service of services) for (const step of service.steps) await step.run().catch(() => undefined);
});

/** An unsigned token that claims an issuer and a subject. */
function forged(claims: Record<string, string>): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`;
}

interface AuthFailureRecord {
  sessionId: string;
  sourceIp: string;
  userAgent: string;
  reason: string;
  httpStatus: number;
  claimedIssuer: string;
  claimedSubject: string;
}

describe('refused audit API requests', () => {
  it('are stored as auth_failure events and counted by the HIPAA report', async () => {
    const started = Date.now();
    const refused: [string | null, number][] = [
      [null, 401],
      ['Bearer not-a-token', 401],
      [`Bearer ${forged({ iss: 'https://evil.example.com', sub: 'mallory' })}`, 401],
      [`Bearer ${await token('nurse@example.com', ['clinicians'])}`, 403],
      // An auditor's token that has expired, and one issued for another service.
      [`Bearer ${await token('auditor@example.com', ['auditors'], { ttlSeconds: -3600 })}`, 401],
      [`Bearer ${await token('auditor@example.com', ['auditors'], { audience: 'another-service' })}`, 401],
      // A valid token of an auditor, but for the gateway's audience: not for the audit API.
      [
        `Bearer ${await token('auditor@example.com', ['auditors'], { audience: config.identity.audience })}`,
        401,
      ],
    ];
    for (const [authorization, status] of refused) {
      const res = await fetch(`${exporterUrl}/v1/records/events`, {
        headers: {
          'user-agent': 'audit-probe/1 (ssn 123-45-6789)',
          ...(authorization !== null && { authorization }),
        },
      });
      expect(res.status).toBe(status);
      await res.arrayBuffer();
    }

    const auditor = await token('auditor@example.com', ['auditors']);
    const get = async (path: string) => {
      const res = await fetch(`${exporterUrl}${path}`, { headers: { authorization: `Bearer ${auditor}` } });
      expect(res.status).toBe(200);
      return res.json();
    };
    const records = await waitFor(
      async () => {
        const body = (await get('/v1/records/auth-failures?limit=100')) as { records: AuthFailureRecord[] };
        const ours = body.records.filter((r) => r.sessionId.startsWith('auth-failure-exporter-'));
        return ours.length >= refused.length ? ours : undefined;
      },
      { what: 'the refused requests in auth_failures', timeoutMs: 90_000 },
    );
    expect(records).toHaveLength(refused.length);
    expect(records.map((r) => r.httpStatus).sort()).toEqual([401, 401, 401, 401, 401, 401, 403]);
    expect(records.filter((r) => r.reason === 'invalid_token:audience')).toHaveLength(2);
    expect(records.every((r) => r.sourceIp === '127.0.0.1' && r.reason.length > 0)).toBe(true);
    // The user agent is client-controlled: stored masked, never in clear.
    expect(records.every((r) => r.userAgent.startsWith('audit-probe/1'))).toBe(true);
    expect(JSON.stringify(records)).not.toContain('123-45-6789');
    expect(records.find((r) => r.claimedSubject === 'mallory')?.claimedIssuer).toBe(
      'https://evil.example.com',
    );
    // A claimed subject that looks like a person's address is masked by ingest, like any client field.
    expect(records.find((r) => r.httpStatus === 403)?.claimedSubject).toBe('[EMAIL]');

    const range = `from=${new Date(started - 60_000).toISOString()}&to=${new Date(Date.now() + 60_000).toISOString()}`;
    const report = (await get(`/v1/reports/hipaa?${range}&controls=authentication`)) as {
      controls: { exceptions: { label: string; count: number }[] }[];
    };
    expect(report.controls[0]?.exceptions).toContainEqual(
      expect.objectContaining({ label: 'Failed authentications', count: refused.length }),
    );
  }, 180_000);

  it('attack: a Host that is not a host name or address gets 400, never a 500 nor a challenge naming it', async () => {
    for (const host of [
      'evil.example", error="invalid_request',
      'evil.example/phish?',
      'user@evil.example',
    ]) {
      const answer = await rawExchange(
        exporterUrl,
        `GET /v1/records/events HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`,
      );
      const head = answer.slice(0, answer.indexOf('\r\n\r\n'));
      expect({ host, status: head.split('\r\n')[0] }).toEqual({ host, status: 'HTTP/1.1 400 Bad Request' });
      expect(head).not.toContain('evil');
    }
  });
});
