import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { type ProctorConfig, parseConfig } from '@proctor/config';
import { DEMO_PATIENTS, startDemoEhr } from '@proctor/demo-ehr';
import { DEV_ISSUER, signDevToken } from '@proctor/identity';
import { silentLogger } from '@proctor/logger';
import { type RunningService, startAll } from '../../src/runtime/services';
import { uniqueName } from '../harness';

export const SUBJECT = 'alice@example.com';

export interface Scenario {
  config: ProctorConfig;
  demoUrl: string;
  enforcerUrl: string;
  exporterUrl: string;
  token: string;
  stop(): Promise<void>;
}

/**
 * Starts the demo EHR server and all three services the way `proctor up` does, on the
 * embedded log or on real Kafka, with fresh topics, database and consumer group.
 */
export async function startScenario(options: { kafkaBrokers?: string[] }): Promise<Scenario> {
  const dir = await mkdtemp(join(tmpdir(), 'proctor-e2e-'));
  const demo = await startDemoEhr({ host: '127.0.0.1', port: 0 });
  const run = uniqueName('run');
  const topics = { raw: `${run}_raw`, redacted: `${run}_redacted`, dlq: `${run}_dlq` };
  const config = parseConfig({
    mode: 'development',
    tenant: 'e2e',
    gatewayId: 'e2e-gateway',
    log: { level: 'silent' },
    identity: { devIssuer: { enabled: true, keyFile: join(dir, 'dev-key.json') } },
    enforcer: {
      listen: { host: '127.0.0.1', port: 0 },
      connections: [{ name: 'demo-ehr', upstream: { url: demo.url } }],
    },
    exporter: { listen: { host: '127.0.0.1', port: 0 } },
    eventLog: options.kafkaBrokers
      ? { kafka: { brokers: options.kafkaBrokers, clientId: run, topics } }
      : { local: { dir: join(dir, 'log'), topics } },
    auditStore: { chdb: { path: join(dir, 'chdb') }, database: uniqueName('audit') },
    ingest: {
      groupId: `${run}_ingest`,
      maxBatchRecords: 500,
      checkpoints: {
        keyFile: join(dir, 'checkpoint-signing.json'),
        everyEvents: 5,
        topic: `${run}_checkpoints`,
      },
    },
  });
  const services = await startAll(config, silentLogger());
  const token = await signDevToken({
    keyFile: join(dir, 'dev-key.json'),
    issuer: DEV_ISSUER,
    audience: config.identity.audience,
    subject: SUBJECT,
    groups: ['clinicians', 'auditors'],
  });
  return {
    config,
    demoUrl: demo.url,
    enforcerUrl: `${urlOf(services, 'enforcer')}/mcp/demo-ehr`,
    exporterUrl: urlOf(services, 'exporter'),
    token,
    async stop() {
      for (const step of services.flatMap((s) => s.steps)) await step.run();
      await demo.close();
    },
  };
}

function urlOf(services: RunningService[], name: string): string {
  const url = services.find((s) => s.name === name)?.url;
  if (!url) throw new Error(`${name} did not start`);
  return url;
}

export interface SessionTranscript {
  initialize: unknown;
  tools: unknown;
  patient: unknown;
  search: unknown;
  sessionId: string | undefined;
}

/** One MCP session with the official SDK client: initialize, tools/list, tools/call, then DELETE. */
export async function runSession(url: string, token?: string): Promise<SessionTranscript> {
  const transport = new StreamableHTTPClientTransport(new URL(url), {
    ...(token && { requestInit: { headers: { authorization: `Bearer ${token}` } } }),
  });
  const client = new Client({ name: 'e2e-client', version: '1.0.0' });
  await client.connect(transport);
  const initialize = {
    serverVersion: client.getServerVersion(),
    capabilities: client.getServerCapabilities(),
    instructions: client.getInstructions(),
  };
  const tools = await client.listTools();
  const patient = await client.callTool({ name: 'get_patient', arguments: { mrn: firstPatient().mrn } });
  const search = await client.callTool({
    name: 'search_patients',
    arguments: { query: firstPatient().name.split(' ')[0] },
  });
  const sessionId = transport.sessionId;
  await transport.terminateSession();
  await client.close();
  return { initialize, tools, patient, search, sessionId };
}

export function firstPatient() {
  const patient = DEMO_PATIENTS[0];
  if (!patient) throw new Error('the demo has no patients');
  return patient;
}

/** Every clear PHI value of the demo data set that must never be stored. */
export function demoPhiValues(): string[] {
  return DEMO_PATIENTS.flatMap((p) => [p.ssn, p.email, p.phone]);
}
