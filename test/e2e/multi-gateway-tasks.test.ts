/**
 * Tasks across two gateways (real `proctor enforcer` processes) sharing Redis, under one policy:
 * a stateful session creates a task through gateway A and its next requests land on gateway B,
 * which decides the requests about the task as the tool call that created it (its mask rule
 * masks the result), while another identity's request about it is refused at B as at A.
 */
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { CallToolResultSchema } from '@modelcontextprotocol/sdk/types.js';
import { DEMO_PATIENTS } from '@proctor/demo-ehr';
import { ensureDevIssuerKey, signDevToken } from '@proctor/identity';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTaskServer, type TaskServer } from '../fixtures/task-server';
import { createTopics, kafkaBrokers, tempDir, uniqueName, waitFor } from '../harness';
import { type GatewayProcess, sharedGatewayConfig, startGatewayProcess } from './multi-gateway-process';
import { refusal } from './policy-gateway';
import { connectLegacyClient, createChartTask, LegacyClient } from './sdk-clients';

const patient = DEMO_PATIENTS[0] as (typeof DEMO_PATIENTS)[number];
const RECORD = `Patient ${patient.name}, SSN ${patient.ssn}, MRN ${patient.mrn}`;

const POLICY = `
version: 1
defaults: { charts: deny }
rules:
  - id: mask-charts
    match: { tools: chart_task }
    action: mask
  - id: clinicians
    match: { groups: clinicians }
    action: allow
`;

describe('tasks across two gateways sharing Redis', () => {
  let upstream: TaskServer;
  let a: GatewayProcess;
  let b: GatewayProcess;
  const tokens: Record<'alice' | 'bob', string> = { alice: '', bob: '' };
  const clients: LegacyClient[] = [];

  beforeAll(async () => {
    const dir = await tempDir('multi-gateway-tasks');
    const keyFile = join(dir, 'dev-issuer.json');
    await ensureDevIssuerKey(keyFile);
    for (const name of ['alice', 'bob'] as const) {
      const subject = `${name}@example.com`;
      tokens[name] = await signDevToken({ keyFile, audience: 'proctor', subject, groups: ['clinicians'] });
    }
    const topics = {
      raw: uniqueName('mgt_raw'),
      redacted: uniqueName('mgt_redacted'),
      dlq: uniqueName('mgt_dlq'),
    };
    await createTopics(kafkaBrokers(), Object.values(topics), 1);
    upstream = await startTaskServer(RECORD);
    const policyFile = join(dir, 'policy.yaml');
    await writeFile(policyFile, POLICY);
    const keyPrefix = uniqueName('mgt_sessions');
    // Every gateway of the deployment seals with the same keys: what one stores, the other opens.
    const stateKey = randomBytes(32).toString('hex');
    const config = (gatewayId: string) =>
      sharedGatewayConfig(
        {
          tenant: 'multi-gateway-tasks-test',
          dir,
          keyFile,
          connections: [{ name: 'charts', upstream: { url: upstream.url } }],
          stateKey,
          topics,
          keyPrefix,
          extra: { policy: { file: policyFile } },
        },
        gatewayId,
      );
    [a, b] = await Promise.all([
      startGatewayProcess(dir, 'gw-a', config('gw-a')),
      startGatewayProcess(dir, 'gw-b', config('gw-b')),
    ]);
  });

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close().catch(() => undefined)));
    await Promise.all([a?.stop(), b?.stop()]);
    await upstream?.close();
  });

  async function connect(gateway: GatewayProcess, who: 'alice' | 'bob'): Promise<LegacyClient> {
    const client = await connectLegacyClient(`${gateway.base}/mcp/charts`, tokens[who]);
    clients.push(client);
    return client;
  }

  /** A session whose requests go to whichever gateway `route.to` names when they are sent. */
  async function routedSession(route: { to: GatewayProcess }, who: 'alice'): Promise<LegacyClient> {
    const routed = (url: string | URL, init?: RequestInit) => {
      const target = new URL(url);
      target.host = new URL(route.to.base).host;
      return fetch(target, init);
    };
    const transport = new StreamableHTTPClientTransport(new URL(`${route.to.base}/mcp/charts`), {
      requestInit: { headers: { authorization: `Bearer ${tokens[who]}` } },
      fetch: routed,
    });
    const client = new LegacyClient({ name: 'multi-gateway-tasks-e2e', version: '1.0.0' });
    await client.connect(transport);
    clients.push(client);
    return client;
  }

  it('serves a task created through A at B, masked as its tool call, and refuses it to another identity', async () => {
    const route = { to: a };
    const alice = await routedSession(route, 'alice');
    const taskId = await createChartTask(alice, { mrn: patient.mrn });
    await waitFor(async () => (upstream.results.length > 0 ? true : undefined), { what: 'the task result' });

    // The session's next requests land on gateway B, which did not see the task created.
    route.to = b;
    const task = await alice.experimental.tasks.getTask(taskId);
    expect(task).toMatchObject({ taskId, status: 'completed' });
    const text = JSON.stringify(await alice.experimental.tasks.getTaskResult(taskId, CallToolResultSchema));
    expect(text).toContain('Patient');
    expect(text).not.toContain(patient.ssn);
    // The upstream produced the clear record: B masked it under the tool's mask rule.
    expect(upstream.results[0]).toContain(patient.ssn);

    // Another identity, with the task id, is refused at B (and at A, where the task was created).
    for (const gateway of [b, a]) {
      const bob = await connect(gateway, 'bob');
      const denied = await refusal(bob.experimental.tasks.getTask(taskId));
      expect(denied.code).toBe(-31014);
      expect(denied.message).toContain('not created by this caller');
      expect((await refusal(bob.experimental.tasks.getTaskResult(taskId, CallToolResultSchema))).code).toBe(
        -31014,
      );
    }
  });
});
