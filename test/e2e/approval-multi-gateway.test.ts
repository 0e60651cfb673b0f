/**
 * Approval decisions across processes: two gateways (real `proctor enforcer` processes) and the
 * exporter (a real `proctor exporter` process serving the approvals API) share Redis and Kafka.
 * A call held on gateway A is approved through the exporter's API and completes on A; a call
 * held on gateway B is denied there and B answers the JSON-RPC error naming the same approval
 * id the API shows; a gateway killed while it holds a call fails the call (nothing hangs) and,
 * started again, marks the request interrupted. Official SDK v1 client, development tokens,
 * real Redis and Kafka.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { McpError } from '@modelcontextprotocol/sdk/types.js';
import { ensureDevIssuerKey, signDevToken } from '@proctor/identity';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type FixtureServer,
  startFixtureServer,
} from '../../services/enforcer/src/test-fixtures/fixture-server';
import { createTopics, kafkaBrokers, redisUrl, tempDir, uniqueName, waitFor } from '../harness';
import { type GatewayProcess, startGatewayProcess } from './multi-gateway-process';

interface Listed {
  id: string;
  state: string;
  heldBy: string | null;
  tool: string | null;
}

let upstream: FixtureServer;
let a: GatewayProcess;
let b: GatewayProcess;
let exporter: GatewayProcess;
let clinician: string;
let approver: string;
let restartB: () => Promise<GatewayProcess>;
const clients: Client[] = [];

function processConfig(dir: string, name: string, shared: Record<string, unknown>): string {
  return JSON.stringify({
    ...shared,
    gatewayId: name,
    eventLog: {
      kafka: { ...(shared.eventLog as { kafka: Record<string, unknown> }).kafka, clientId: name },
      spool: { enabled: false },
    },
    enforcer: { ...(shared.enforcer as Record<string, unknown>), stateDir: join(dir, name) },
  });
}

beforeAll(async () => {
  const dir = await tempDir('approvals-multi');
  const keyFile = join(dir, 'dev-issuer.json');
  await ensureDevIssuerKey(keyFile);
  const sign = (subject: string, groups: string[]) =>
    signDevToken({ keyFile, audience: 'proctor', subject, groups });
  clinician = await sign('dr.avery@example.com', ['clinicians']);
  approver = await sign('privacy@example.com', ['privacy-office']);
  const topics = {
    raw: uniqueName('apr_raw'),
    redacted: uniqueName('apr_redacted'),
    dlq: uniqueName('apr_dlq'),
  };
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
    approval: { approverGroups: privacy-office, timeoutSec: 120 }
`,
  );
  const shared = {
    mode: 'development',
    tenant: 'approvals-multi-test',
    log: { level: 'warn' },
    identity: { audience: 'proctor', devIssuer: { enabled: true, keyFile } },
    enforcer: {
      listen: { host: '127.0.0.1', port: 0 },
      connections: [{ name: 'fixture', upstream: { url: upstream.url } }],
    },
    exporter: { listen: { host: '127.0.0.1', port: 0 }, bundleDir: join(dir, 'bundles') },
    auditStore: { chdb: { path: join(dir, 'chdb') }, database: uniqueName('audit') },
    eventLog: { kafka: { brokers: kafkaBrokers(), topics } },
    sessions: { redisUrl: redisUrl(), keyPrefix: uniqueName('apr_sessions') },
    policy: { file: policyFile },
    approvals: { redisUrl: redisUrl(), keyPrefix: uniqueName('apr_multi'), holdSeconds: 120 },
  };
  restartB = () => startGatewayProcess(dir, 'gw-b', processConfig(dir, 'gw-b', shared));
  [a, b, exporter] = await Promise.all([
    startGatewayProcess(dir, 'gw-a', processConfig(dir, 'gw-a', shared)),
    startGatewayProcess(dir, 'gw-b', processConfig(dir, 'gw-b', shared)),
    startGatewayProcess(dir, 'exporter', processConfig(dir, 'exporter', shared), 120_000, 'exporter'),
  ]);
}, 180_000);

afterAll(async () => {
  await Promise.allSettled(clients.map((c) => c.close()));
  await Promise.allSettled([a?.stop(), b?.stop(), exporter?.stop()]);
  await upstream?.close();
});

async function clientOf(gateway: GatewayProcess): Promise<Client> {
  const client = new Client({ name: 'approvals-multi-e2e', version: '1.0.0' });
  await client.connect(
    new StreamableHTTPClientTransport(new URL(`${gateway.base}/mcp/fixture`), {
      requestInit: { headers: { authorization: `Bearer ${clinician}` } },
    }),
  );
  clients.push(client);
  return client;
}

async function api(method: 'GET' | 'POST', path: string, body?: unknown) {
  const response = await fetch(`${exporter.base}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${approver}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** The pending request held by this gateway, as the exporter's API lists it. */
function heldOn(gatewayId: string): Promise<Listed> {
  return waitFor(
    async () => {
      const listed = await api('GET', '/v1/approvals?state=pending');
      return (listed.body.approvals as Listed[] | undefined)?.find((r) => r.heldBy === gatewayId);
    },
    { what: `a pending approval held by ${gatewayId}`, timeoutMs: 30_000 },
  );
}

describe('approval decisions reach the gateway process holding the call', () => {
  it('a call held on gateway A is approved through the exporter and completes on A', async () => {
    const client = await clientOf(a);
    const call = client.callTool({ name: 'echo', arguments: { text: 'synthetic note 1' } }, undefined, {
      timeout: 120_000,
    });
    const pending = await heldOn('gw-a');
    expect(pending.tool).toBe('echo');
    const approved = await api('POST', `/v1/approvals/${pending.id}/approve`, { reason: 'ticket 7' });
    expect(approved).toMatchObject({ status: 200, body: { state: 'approved' } });
    const result = await call;
    expect(result.content).toEqual([{ type: 'text', text: 'echo: synthetic note 1' }]);
  }, 120_000);

  it('a call held on gateway B is denied through the exporter; B answers with the same approval id', async () => {
    const client = await clientOf(b);
    const call = client
      .callTool({ name: 'echo', arguments: { text: 'synthetic note 2' } }, undefined, { timeout: 120_000 })
      .then(
        () => null,
        (e: unknown) => e,
      );
    const pending = await heldOn('gw-b');
    const denied = await api('POST', `/v1/approvals/${pending.id}/deny`, { reason: 'not this one' });
    expect(denied).toMatchObject({ status: 200, body: { state: 'denied' } });
    const err = await call;
    expect(err).toBeInstanceOf(McpError);
    expect((err as McpError).message).toContain(`approval ${pending.id} denied: not this one`);
    expect((err as McpError).data).toMatchObject({ approvalId: pending.id, approvalState: 'denied' });
  }, 120_000);

  it('a gateway killed while holding a call fails it, and marks the request interrupted when it starts again', async () => {
    const client = await clientOf(b);
    const call = client
      .callTool({ name: 'echo', arguments: { text: 'synthetic note 3' } }, undefined, { timeout: 120_000 })
      .then(
        () => null,
        (e: unknown) => e,
      );
    const pending = await heldOn('gw-b');
    await b.kill();
    expect(await call).toBeInstanceOf(Error);
    b = await restartB();
    const after = await api('GET', `/v1/approvals/${pending.id}`);
    expect(after.body).toMatchObject({
      state: 'interrupted',
      outcomeReason: 'the gateway holding the call restarted',
    });
  }, 180_000);
});
