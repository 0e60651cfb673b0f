/**
 * Clear arguments for approvers of a clear-view group, across processes: two gateways (real
 * `proctor enforcer` processes) and the exporter (a real `proctor exporter` serving the approvals
 * API) share Redis and Kafka. The exporter asks the gateway holding the call over Redis pub/sub;
 * only the rule's clearGroups get the clear view (API and `proctor approvals show --clear`),
 * every view is a `viewed_clear` event naming who, and the clear values reach neither Redis nor
 * the event log. Once the call is released, or its gateway is gone, the view says so. Official
 * SDK v1 client, development tokens, payloads sealed to an ingest key.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { AuditEvent } from '@proctor/events';
import { ensureDevIssuerKey, signDevToken } from '@proctor/identity';
import { generatePayloadKeyPair, publicKeyDocument } from '@proctor/payload-crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type FixtureServer,
  startFixtureServer,
} from '../../services/enforcer/src/test-fixtures/fixture-server';
import { createTopics, kafkaBrokers, redisUrl, tempDir, uniqueName, waitFor } from '../harness';
import { runProctor } from '../harness/proctor-cli';
import { readAuditTopicUntil } from './audit-topic';
import { type GatewayProcess, startGatewayProcess } from './multi-gateway-process';

let upstream: FixtureServer;
let a: GatewayProcess;
let b: GatewayProcess;
let exporter: GatewayProcess;
const tokens: Record<'clinician' | 'privacy' | 'onCall' | 'outsider', string> = {
  clinician: '',
  privacy: '',
  onCall: '',
  outsider: '',
};
const topics = {
  raw: uniqueName('clear_raw'),
  redacted: uniqueName('clear_redacted'),
  dlq: uniqueName('clear_dlq'),
};
const prefixes = { approvals: uniqueName('clear_apr'), sessions: uniqueName('clear_sessions') };
const clients: Client[] = [];

function processConfig(dir: string, name: string, shared: Record<string, unknown>): string {
  return JSON.stringify({
    ...shared,
    gatewayId: name,
    eventLog: { kafka: { brokers: kafkaBrokers(), topics, clientId: name }, spool: { enabled: false } },
    enforcer: { ...(shared.enforcer as Record<string, unknown>), stateDir: join(dir, name) },
  });
}

beforeAll(async () => {
  const dir = await tempDir('approvals-clear');
  const keyFile = join(dir, 'dev-issuer.json');
  await ensureDevIssuerKey(keyFile);
  const sign = (subject: string, groups: string[]) =>
    signDevToken({ keyFile, audience: 'proctor', subject, groups });
  tokens.clinician = await sign('dr.avery@example.com', ['clinicians']);
  tokens.privacy = await sign('privacy@example.com', ['privacy-office']);
  tokens.onCall = await sign('oncall@example.com', ['on-call']);
  tokens.outsider = await sign('visitor@example.com', ['clinicians']);
  const ingestKey = await generatePayloadKeyPair({ keyId: 'clear-view-e2e' });
  const publicKeyFile = join(dir, 'ingest.pub.json');
  await writeFile(publicKeyFile, JSON.stringify(publicKeyDocument(ingestKey)));
  await createTopics(kafkaBrokers(), Object.values(topics), 1);
  upstream = await startFixtureServer();
  const policyFile = join(dir, 'policy.yaml');
  await writeFile(
    policyFile,
    `version: 1
defaults: { fixture: allow }
rules:
  - id: approve-echo
    match: { tools: echo }
    action: require_approval
    approval: { approverGroups: [privacy-office, on-call], clearGroups: privacy-office, timeoutSec: 120 }
`,
  );
  const shared = {
    mode: 'development',
    tenant: 'approvals-clear-test',
    log: { level: 'warn' },
    identity: { audience: 'proctor', devIssuer: { enabled: true, keyFile } },
    enforcer: {
      listen: { host: '127.0.0.1', port: 0 },
      connections: [{ name: 'fixture', upstream: { url: upstream.url } }],
    },
    keys: { payload: { recipients: [{ publicKeyFile }] } },
    exporter: { listen: { host: '127.0.0.1', port: 0 }, bundleDir: join(dir, 'bundles') },
    auditStore: { chdb: { path: join(dir, 'chdb') }, database: uniqueName('audit') },
    sessions: { redisUrl: redisUrl(), keyPrefix: prefixes.sessions },
    policy: { file: policyFile },
    approvals: { redisUrl: redisUrl(), keyPrefix: prefixes.approvals, holdSeconds: 120 },
  };
  [a, b, exporter] = await Promise.all([
    startGatewayProcess(dir, 'clear-gw-a', processConfig(dir, 'clear-gw-a', shared)),
    startGatewayProcess(dir, 'clear-gw-b', processConfig(dir, 'clear-gw-b', shared)),
    startGatewayProcess(dir, 'clear-api', processConfig(dir, 'clear-api', shared), 120_000, 'exporter'),
  ]);
}, 180_000);

afterAll(async () => {
  await Promise.allSettled(clients.map((c) => c.close()));
  await Promise.allSettled([a?.stop(), b?.stop(), exporter?.stop()]);
  await upstream?.close();
});

async function heldCall(gateway: GatewayProcess, gatewayId: string, text: string) {
  const client = new Client({ name: 'approvals-clear-e2e', version: '1.0.0' });
  await client.connect(
    new StreamableHTTPClientTransport(new URL(`${gateway.base}/mcp/fixture`), {
      requestInit: { headers: { authorization: `Bearer ${tokens.clinician}` } },
    }),
  );
  clients.push(client);
  const call = client.callTool({ name: 'echo', arguments: { text } }, undefined, { timeout: 120_000 }).then(
    (result) => ({ result }),
    (error: unknown) => ({ error }),
  );
  const id = await waitFor(
    async () => {
      const listed = await api('privacy', `/v1/approvals?state=pending`);
      const found = (listed.body.approvals as { id: string; heldBy: string }[] | undefined)?.find(
        (r) => r.heldBy === gatewayId,
      );
      return found?.id;
    },
    { what: `a pending approval held by ${gatewayId}`, timeoutMs: 30_000 },
  );
  return { id, call };
}

async function api(who: keyof typeof tokens, path: string, body?: unknown) {
  const response = await fetch(`${exporter.base}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      authorization: `Bearer ${tokens[who]}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return {
    status: response.status,
    cacheControl: response.headers.get('cache-control'),
    body: (await response.json()) as Record<string, unknown>,
  };
}

/** Every value stored under a key prefix, as text (strings, hashes, lists, sets, sorted sets, streams). */
async function redisContents(redis: Redis, prefix: string): Promise<string> {
  const parts: string[] = [];
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', '500');
    cursor = next;
    for (const key of keys) {
      const type = await redis.type(key);
      const value =
        type === 'string'
          ? await redis.get(key)
          : type === 'hash'
            ? await redis.hgetall(key)
            : type === 'list'
              ? await redis.lrange(key, 0, -1)
              : type === 'set'
                ? await redis.smembers(key)
                : type === 'zset'
                  ? await redis.zrange(key, '0', '-1')
                  : type === 'stream'
                    ? await redis.xrange(key, '-', '+')
                    : null;
      parts.push(key, JSON.stringify(value));
    }
  } while (cursor !== '0');
  return parts.join('\n');
}

/** A synthetic social security number, different on every run. */
function syntheticSsn(): string {
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join('');
  return `5${digits(2)}-${1 + Math.floor(Math.random() * 9)}${digits(1)}-${1 + Math.floor(Math.random() * 9)}${digits(3)}`;
}

const asText = (events: AuditEvent[]) =>
  JSON.stringify(events, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value));

describe('clear arguments of a held call, asked of the gateway holding it over Redis', () => {
  it('a clear-view approver sees them (API and CLI); other approvers, the requester and outsiders get 403; nothing of them is stored', async () => {
    const ssn = syntheticSsn();
    const marker = `Patient SSN ${ssn}`;
    const { id, call } = await heldCall(b, 'clear-gw-b', marker);

    const masked = await api('privacy', `/v1/approvals/${id}`);
    expect(masked.body).toMatchObject({
      argumentsView: 'masked',
      approvers: { clearGroups: ['privacy-office'] },
    });
    const clear = await api('privacy', `/v1/approvals/${id}?view=clear`);
    expect(clear).toMatchObject({
      status: 200,
      cacheControl: 'no-store',
      body: { id, argumentsView: 'clear', arguments: { text: marker }, heldBy: 'clear-gw-b' },
    });
    for (const who of ['onCall', 'clinician', 'outsider'] as const) {
      const refused = await api(who, `/v1/approvals/${id}?view=clear`);
      expect(refused.status, who).toBe(403);
      expect(refused.body.error).toMatchObject({ code: 'CLEAR_VIEW_NOT_ALLOWED' });
    }

    const url = ['--url', exporter.base];
    const shown = await runProctor([
      'approvals',
      'show',
      id,
      '--clear',
      '--json',
      ...url,
      '--token',
      tokens.privacy,
    ]);
    expect(shown.code, shown.stderr).toBe(0);
    expect(JSON.parse(shown.stdout)).toMatchObject({ argumentsView: 'clear', arguments: { text: marker } });
    const refusedCli = await runProctor([
      'approvals',
      'show',
      id,
      '--clear',
      ...url,
      '--token',
      tokens.onCall,
    ]);
    expect(refusedCli.code).not.toBe(0);
    expect(refusedCli.stderr).toContain('may not see the clear arguments');
    expect(refusedCli.stdout + refusedCli.stderr).not.toContain(ssn);

    expect(await api('onCall', `/v1/approvals/${id}/approve`, { reason: 'ticket 12' })).toMatchObject({
      status: 200,
      body: { state: 'approved' },
    });
    const done = await call;
    expect(done).toMatchObject({ result: { content: [{ type: 'text', text: `echo: ${marker}` }] } });
    const gone = await api('privacy', `/v1/approvals/${id}?view=clear`);
    expect(gone.status).toBe(410);
    expect(gone.body.error).toMatchObject({ code: 'CLEAR_ARGUMENTS_GONE' });
    expect(JSON.stringify(gone.body)).not.toContain(ssn);

    // Two clear views (API, CLI) are recorded with who saw them, never what they saw.
    const events = await readAuditTopicUntil(
      topics.raw,
      (seen) => seen.filter((e) => e.type === 'approval' && e.body.action === 'viewed_clear').length >= 2,
      90_000,
    );
    const views = events.filter((e) => e.type === 'approval' && e.body.action === 'viewed_clear');
    expect(views.map((e) => [e.sessionId, e.type === 'approval' && e.body.actor])).toEqual([
      [`approval:${id}`, 'privacy@example.com'],
      [`approval:${id}`, 'privacy@example.com'],
    ]);
    expect(asText(events)).not.toContain(ssn);
    const redis = new Redis(redisUrl(), { maxRetriesPerRequest: 2 });
    try {
      const stored =
        (await redisContents(redis, prefixes.approvals)) + (await redisContents(redis, prefixes.sessions));
      expect(stored).toContain(id);
      expect(stored).not.toContain(ssn);
    } finally {
      redis.disconnect();
    }
  }, 240_000);

  it('when the gateway holding the call is gone, the clear view says so (503)', async () => {
    const { id, call } = await heldCall(a, 'clear-gw-a', `Patient SSN ${syntheticSsn()}`);
    await a.kill();
    expect(await call).toHaveProperty('error');
    const answer = await api('privacy', `/v1/approvals/${id}?view=clear`);
    expect(answer.status).toBe(503);
    expect(answer.body.error).toMatchObject({
      code: 'HOLDER_UNREACHABLE',
      message: expect.stringContaining('clear-gw-a'),
    });
    const shown = await api('privacy', `/v1/approvals/${id}`);
    expect(shown.body).toMatchObject({ state: 'pending', heldBy: 'clear-gw-a' });
  }, 120_000);
});
