/**
 * Gateways and the exporter as real processes for the approval tests: `proctor enforcer`
 * processes and one `proctor exporter` (serving the approvals API) sharing Redis and Kafka,
 * development tokens, and a fixture upstream (connection `fixture`) behind a given policy.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { ensureDevIssuerKey, signDevToken } from '@proctor/identity';
import {
  type FixtureServer,
  startFixtureServer,
} from '../../services/enforcer/src/test-fixtures/fixture-server';
import { createTopics, kafkaBrokers, redisUrl, tempDir, uniqueName, waitFor } from '../harness';
import { type GatewayProcess, startGatewayProcess } from './multi-gateway-process';

/** A policy on connection `fixture`: every `echo` call is held for approval with these settings (YAML flow map). */
export function echoNeedsApproval(approval: string): string {
  return `version: 1
defaults: { fixture: allow }
rules:
  - id: approve-echo
    match: { tools: echo }
    action: require_approval
    approval: ${approval}
`;
}

export interface ApprovalProcesses {
  /** The gateway processes by id. */
  gateways: Map<string, GatewayProcess>;
  exporter: GatewayProcess;
  topics: { raw: string; redacted: string; dlq: string };
  /** Redis key prefixes of the approval workflow and the shared sessions. */
  prefixes: { approvals: string; sessions: string };
  dir: string;
  sign(subject: string, groups: string[]): Promise<string>;
  /** Starts a gateway again (after a kill), under the same id. */
  restart(gatewayId: string): Promise<GatewayProcess>;
  /** An SDK v1 client of connection `fixture` on that gateway, with that bearer token. */
  client(gatewayId: string, token: string): Promise<Client>;
  /** Calls the exporter's API with that bearer token (a body makes it a POST). */
  api(
    token: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; headers: Headers; body: Record<string, unknown> }>;
  /** The id of the pending request held by that gateway, as the API lists it to `token`. */
  heldOn(gatewayId: string, token: string): Promise<string>;
  close(): Promise<void>;
}

export async function startApprovalProcesses(options: {
  name: string;
  tenant: string;
  policy: string;
  gatewayIds: string[];
  /** More of the shared config (e.g. payload keys); it may use the test's directory. */
  extra?: (dir: string) => Promise<Record<string, unknown>>;
}): Promise<ApprovalProcesses> {
  const dir = await tempDir(options.name);
  const keyFile = join(dir, 'dev-issuer.json');
  await ensureDevIssuerKey(keyFile);
  const topics = {
    raw: uniqueName(`${options.name}_raw`),
    redacted: uniqueName(`${options.name}_redacted`),
    dlq: uniqueName(`${options.name}_dlq`),
  };
  const prefixes = {
    approvals: uniqueName(`${options.name}_apr`),
    sessions: uniqueName(`${options.name}_ses`),
  };
  await createTopics(kafkaBrokers(), Object.values(topics), 1);
  const upstream: FixtureServer = await startFixtureServer();
  const policyFile = join(dir, 'policy.yaml');
  await writeFile(policyFile, options.policy);
  const shared = {
    mode: 'development',
    tenant: options.tenant,
    log: { level: 'warn' },
    identity: { audience: 'proctor', devIssuer: { enabled: true, keyFile } },
    exporter: { listen: { host: '127.0.0.1', port: 0 }, bundleDir: join(dir, 'bundles') },
    auditStore: { chdb: { path: join(dir, 'chdb') }, database: uniqueName('audit') },
    sessions: { redisUrl: redisUrl(), keyPrefix: prefixes.sessions },
    policy: { file: policyFile },
    approvals: { redisUrl: redisUrl(), keyPrefix: prefixes.approvals, holdSeconds: 120 },
    ...(await options.extra?.(dir)),
  };
  const configOf = (name: string) =>
    JSON.stringify({
      ...shared,
      gatewayId: name,
      eventLog: { kafka: { brokers: kafkaBrokers(), topics, clientId: name }, spool: { enabled: false } },
      enforcer: {
        listen: { host: '127.0.0.1', port: 0 },
        connections: [{ name: 'fixture', upstream: { url: upstream.url } }],
        stateDir: join(dir, name),
      },
    });
  const start = (name: string) => startGatewayProcess(dir, name, configOf(name));
  const [exporter, ...started] = await Promise.all([
    startGatewayProcess(dir, `${options.name}-api`, configOf(`${options.name}-api`), 120_000, 'exporter'),
    ...options.gatewayIds.map(start),
  ]);
  const gateways = new Map(options.gatewayIds.map((id, i) => [id, started[i] as GatewayProcess]));
  const clients: Client[] = [];
  const gateway = (id: string) => {
    const found = gateways.get(id);
    if (!found) throw new Error(`no gateway ${id}`);
    return found;
  };
  const api: ApprovalProcesses['api'] = async (token, path, body) => {
    const response = await fetch(`${exporter.base}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return {
      status: response.status,
      headers: response.headers,
      body: (await response.json()) as Record<string, unknown>,
    };
  };
  return {
    gateways,
    exporter,
    topics,
    prefixes,
    dir,
    sign: (subject, groups) => signDevToken({ keyFile, audience: 'proctor', subject, groups }),
    async restart(id) {
      const next = await start(id);
      gateways.set(id, next);
      return next;
    },
    async client(id, token) {
      const client = new Client({ name: `${options.name}-e2e`, version: '1.0.0' });
      await client.connect(
        new StreamableHTTPClientTransport(new URL(`${gateway(id).base}/mcp/fixture`), {
          requestInit: { headers: { authorization: `Bearer ${token}` } },
        }),
      );
      clients.push(client);
      return client;
    },
    api,
    heldOn(id, token) {
      return waitFor(
        async () => {
          const listed = await api(token, '/v1/approvals?state=pending');
          const held = listed.body.approvals as { id: string; heldBy: string | null }[] | undefined;
          return held?.find((r) => r.heldBy === id)?.id;
        },
        { what: `a pending approval held by ${id}`, timeoutMs: 30_000 },
      );
    },
    async close() {
      await Promise.allSettled(clients.map((c) => c.close()));
      await Promise.allSettled([...gateways.values(), exporter].map((p) => p.stop()));
      await upstream.close();
    },
  };
}
