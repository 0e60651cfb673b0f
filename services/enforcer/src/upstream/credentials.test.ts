import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseConfig } from '@proctor/config';
import { type AuditEvent, decodeEvent, encodeEvent, type Identity } from '@proctor/events';
import { ensureDevIssuerKey } from '@proctor/identity';
import { decodeJwt, importJWK, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../../../test/harness';
import { AuditEmitter } from '../core/audit-emitter';
import { MemoryEventLog } from '../testing';
import {
  CredentialConfigError,
  createGatewayCredentials,
  type GatewaySigningKey,
  resourceOf,
} from './credentials';

const CALLER: Identity = {
  subject: 'dr.avery@example.com',
  issuer: 'https://idp.example.com',
  groups: ['clinicians'],
  ci: null,
};

let tokenEndpoint: Server;
let tokenUrl: string;
const exchanges: { authorization: string | undefined; form: URLSearchParams }[] = [];
let signingKey: GatewaySigningKey;

beforeAll(async () => {
  const key = await ensureDevIssuerKey(`${await tempDir('proctor-credentials')}/signing.json`);
  signingKey = {
    issuer: 'urn:proctor:gateway',
    kid: key.kid,
    privateJwk: key.privateJwk,
    publicJwk: key.publicJwk,
  };
  tokenEndpoint = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      const form = new URLSearchParams(body);
      exchanges.push({ authorization: req.headers.authorization, form });
      if (form.get('audience') === 'refuse-me') {
        res.writeHead(400, { 'content-type': 'application/json' }).end('{"error":"invalid_target"}');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          access_token: `exchanged-${exchanges.length}`,
          issued_token_type: 'urn:ietf:params:oauth:token-type:access_token',
          token_type: 'Bearer',
          expires_in: 600,
          scope: 'ehr.read',
        }),
      );
    });
  });
  await new Promise<void>((r) => tokenEndpoint.listen(0, '127.0.0.1', r));
  tokenUrl = `http://127.0.0.1:${(tokenEndpoint.address() as AddressInfo).port}/token`;
});

afterAll(async () => {
  await new Promise((r) => tokenEndpoint.close(r));
});

function connections(list: unknown[]) {
  return parseConfig({ enforcer: { connections: list } }).enforcer.connections;
}

function emitterWith(log: MemoryEventLog): AuditEmitter {
  let id = 0;
  return new AuditEmitter({
    eventLog: log,
    topic: 'raw',
    tenant: 't',
    gatewayId: 'g',
    gatewayEpoch: 1,
    encode: encodeEvent,
    newEventId: () => `0190b8c4-0000-7000-8000-${String(++id).padStart(12, '0')}`,
    nowMicros: () => Date.now() * 1000,
  });
}

function grants(log: MemoryEventLog) {
  return log.records
    .map((r) => decodeEvent(r.record.value))
    .filter((e): e is Extract<AuditEvent, { type: 'access_grant' }> => e.type === 'access_grant');
}

describe('gateway credentials', () => {
  it('adds a static or environment secret, and names a missing variable at load', async () => {
    const creds = await createGatewayCredentials({
      connections: connections([
        {
          name: 'a',
          upstream: { url: 'http://127.0.0.1:1/mcp' },
          credentials: { type: 'bearer', tokenEnv: 'A_TOKEN' },
        },
        {
          name: 'b',
          upstream: { url: 'http://127.0.0.1:1/mcp', headers: { 'x-tenant': 't1' } },
          credentials: { type: 'header', name: 'X-Api-Key', value: 'k-123' },
        },
      ]),
      env: { A_TOKEN: 'secret-a' },
    });
    const ctx = { identity: CALLER, sessionId: 's' };
    expect(await creds.headersFor({ ...ctx, connection: 'a' })).toEqual({ authorization: 'Bearer secret-a' });
    expect(await creds.headersFor({ ...ctx, connection: 'b' })).toEqual({
      'x-tenant': 't1',
      'x-api-key': 'k-123',
    });
    const missing = createGatewayCredentials({
      connections: connections([
        {
          name: 'a',
          upstream: { url: 'http://127.0.0.1:1/mcp' },
          credentials: { type: 'bearer', tokenEnv: 'A_TOKEN' },
        },
      ]),
      env: {},
    });
    await expect(missing).rejects.toThrow(CredentialConfigError);
    await expect(missing).rejects.toThrow(
      'enforcer.connections.0.credentials.tokenEnv: environment variable A_TOKEN is not set',
    );
  });

  it('refuses a credential config that names both an inline secret and a variable', () => {
    expect(() =>
      connections([
        {
          name: 'a',
          upstream: { url: 'http://x.example/mcp' },
          credentials: { type: 'bearer', token: 't', tokenEnv: 'T' },
        },
      ]),
    ).toThrow(/exactly one of token or tokenEnv/);
  });

  it('mints one short-lived token per session for the caller and records the grant, not the token', async () => {
    const log = new MemoryEventLog();
    const creds = await createGatewayCredentials({
      connections: connections([
        {
          name: 'ehr',
          upstream: { url: 'http://127.0.0.1:9999/mcp' },
          credentials: { type: 'mint', ttlSeconds: 60, scope: 'ehr.read' },
        },
      ]),
      env: {},
      signingKey,
    });
    creds.attach(emitterWith(log));
    const first = await creds.headersFor({ identity: CALLER, connection: 'ehr', sessionId: 's1' });
    const again = await creds.headersFor({ identity: CALLER, connection: 'ehr', sessionId: 's1' });
    const other = await creds.headersFor({ identity: CALLER, connection: 'ehr', sessionId: 's2' });
    expect(again).toEqual(first);
    expect(other.authorization).not.toBe(first.authorization);
    const claims = decodeJwt((first.authorization ?? '').replace('Bearer ', ''));
    expect(claims).toMatchObject({
      iss: 'urn:proctor:gateway',
      sub: CALLER.subject,
      aud: 'http://127.0.0.1:9999/mcp',
      scope: 'ehr.read',
    });
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(60);
    const recorded = grants(log);
    expect(recorded.map((g) => g.body.action)).toEqual(['credential_minted', 'credential_minted']);
    expect(recorded[0]?.body).toMatchObject({ audience: 'http://127.0.0.1:9999/mcp', scope: 'ehr.read' });
    expect(recorded[0]?.identity.subject).toBe(CALLER.subject);
    const raw = Buffer.concat(log.records.map((r) => r.record.value)).toString('latin1');
    expect(raw).not.toContain((first.authorization ?? '').slice(7, 60));
    expect(creds.jwks()?.keys[0]?.kid).toBe(signingKey.kid);
  });

  it('mints for a connection a token another connection on the same origin does not accept', async () => {
    const creds = await createGatewayCredentials({
      connections: connections([
        {
          name: 'ehr',
          upstream: { url: 'http://127.0.0.1:9999/ehr/mcp/' },
          credentials: { type: 'mint', ttlSeconds: 60 },
        },
        {
          name: 'billing',
          upstream: { url: 'http://127.0.0.1:9999/billing/mcp?tenant=north' },
          credentials: { type: 'mint', ttlSeconds: 60 },
        },
      ]),
      env: {},
      signingKey,
    });
    creds.attach(emitterWith(new MemoryEventLog()));
    const key = await importJWK(signingKey.publicJwk, 'ES256');
    const tokenFor = async (connection: string) =>
      ((await creds.headersFor({ identity: CALLER, connection, sessionId: 's1' })).authorization ?? '').slice(
        7,
      );
    const ehr = await tokenFor('ehr');
    const billing = await tokenFor('billing');
    const ehrResource = 'http://127.0.0.1:9999/ehr/mcp';
    const billingResource = 'http://127.0.0.1:9999/billing/mcp';
    expect(resourceOf('http://127.0.0.1:9999/ehr/mcp/')).toBe(ehrResource);
    await expect(jwtVerify(ehr, key, { audience: ehrResource })).resolves.toBeDefined();
    await expect(jwtVerify(billing, key, { audience: billingResource })).resolves.toBeDefined();
    await expect(jwtVerify(ehr, key, { audience: billingResource })).rejects.toThrow(/aud/);
    await expect(jwtVerify(billing, key, { audience: ehrResource })).rejects.toThrow(/aud/);
    await expect(jwtVerify(ehr, key, { audience: 'http://127.0.0.1:9999' })).rejects.toThrow(/aud/);
  });

  it('exchanges a caller assertion for an upstream token (RFC 8693) and records the grant', async () => {
    const log = new MemoryEventLog();
    const creds = await createGatewayCredentials({
      connections: connections([
        {
          name: 'ehr',
          upstream: { url: 'http://127.0.0.1:9999/mcp' },
          credentials: {
            type: 'token-exchange',
            tokenEndpoint: tokenUrl,
            clientId: 'proctor',
            clientSecretEnv: 'TX_SECRET',
            audience: 'ehr-api',
          },
        },
        {
          name: 'refused',
          upstream: { url: 'http://127.0.0.1:9999/mcp' },
          credentials: {
            type: 'token-exchange',
            tokenEndpoint: tokenUrl,
            clientId: 'proctor',
            audience: 'refuse-me',
          },
        },
      ]),
      env: { TX_SECRET: 'tx-secret' },
      signingKey,
    });
    creds.attach(emitterWith(log));
    const headers = await creds.headersFor({ identity: CALLER, connection: 'ehr', sessionId: 's1' });
    expect(headers.authorization).toMatch(/^Bearer exchanged-\d+$/);
    const sent = exchanges.at(-1);
    expect(sent?.authorization).toBe(`Basic ${Buffer.from('proctor:tx-secret').toString('base64')}`);
    expect(sent?.form.get('grant_type')).toBe('urn:ietf:params:oauth:grant-type:token-exchange');
    expect(sent?.form.get('subject_token_type')).toBe('urn:ietf:params:oauth:token-type:jwt');
    expect(decodeJwt(sent?.form.get('subject_token') ?? '')).toMatchObject({
      sub: CALLER.subject,
      aud: tokenUrl,
    });
    const grant = grants(log)[0];
    expect(grant?.body).toMatchObject({
      action: 'credential_exchanged',
      audience: 'ehr-api',
      scope: 'ehr.read',
    });
    // The lifespan the token endpoint gave (expires_in 600), never the exchanged token itself.
    const lifespanSec = ((grant?.body.expiresAt ?? 0) - (grant?.time ?? 0)) / 1_000_000;
    expect(lifespanSec).toBeGreaterThan(590);
    expect(lifespanSec).toBeLessThanOrEqual(601);
    const raw = Buffer.concat(log.records.map((r) => r.record.value)).toString('latin1');
    expect(raw).not.toContain((headers.authorization ?? '').slice(7));
    await expect(
      creds.headersFor({ identity: CALLER, connection: 'refused', sessionId: 's1' }),
    ).rejects.toThrow(/token exchange for connection "refused" failed: token endpoint answered HTTP 400/);
  });

  it('refuses to mint without a gateway signing key', async () => {
    await expect(
      createGatewayCredentials({
        connections: connections([
          { name: 'ehr', upstream: { url: 'http://127.0.0.1:1/mcp' }, credentials: { type: 'mint' } },
        ]),
        env: {},
      }),
    ).rejects.toThrow(/mint needs the gateway signing key/);
  });
});
