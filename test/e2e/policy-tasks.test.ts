/**
 * Tasks under a policy (2025-11-25 task-augmented tools/call, official SDK v1 on both sides):
 * a request about a task (tasks/get, tasks/result) is decided as the tool call that created
 * it, so a mask rule on the tool masks the result fetched through the task, and a tool denied
 * after the task was created does not deliver its result through tasks/result.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CallToolResultSchema } from '@modelcontextprotocol/sdk/types.js';
import { parseConfig } from '@proctor/config';
import { DEMO_PATIENTS } from '@proctor/demo-ehr';
import { type AuditEvent, decodeEvent } from '@proctor/events';
import { type LocalIssuer, startLocalIssuer } from '@proctor/identity/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryEventLog } from '../../services/enforcer/src/testing';
import { startTaskServer, type TaskServer } from '../fixtures/task-server';
import { tempDir, waitFor } from '../harness';
import { connectLegacyClient, type LegacyClient } from './sdk-clients';
import { type SecuredGateway, startSecuredGateway } from './secured-gateway';

const AUDIENCE = 'proctor-tasks-e2e';
const patient = DEMO_PATIENTS[0] as (typeof DEMO_PATIENTS)[number];
const RECORD = `Patient ${patient.name}, SSN ${patient.ssn}, MRN ${patient.mrn}`;

const policy = (extra = '') => `
version: 1
defaults: { charts: deny }
rules:${extra}
  - id: mask-charts
    match: { tools: chart_task }
    action: mask
  - id: clinicians
    match: { groups: clinicians }
    action: allow
`;

let idp: LocalIssuer;
let upstream: TaskServer;
let gateway: SecuredGateway;
let policyFile: string;
const log = new MemoryEventLog();
const clients: LegacyClient[] = [];

beforeAll(async () => {
  const dir = await tempDir('proctor-policy-tasks');
  idp = await startLocalIssuer('/idp');
  upstream = await startTaskServer(RECORD);
  policyFile = join(dir, 'policy.yaml');
  await writeFile(policyFile, policy());
  const config = parseConfig({
    identity: { issuers: [{ issuer: idp.issuer, audience: AUDIENCE }] },
    enforcer: {
      listen: { host: '127.0.0.1', port: 0 },
      stateDir: join(dir, 'state'),
      connections: [{ name: 'charts', upstream: { url: upstream.url } }],
    },
    policy: { file: policyFile },
  });
  gateway = await startSecuredGateway(config, log);
});

afterAll(async () => {
  await Promise.allSettled(clients.map((c) => c.close()));
  await gateway?.close();
  await Promise.allSettled([upstream?.close(), idp?.close()]);
});

async function clinician(): Promise<LegacyClient> {
  const token = await idp.sign({ sub: 'dr.avery@example.com', aud: AUDIENCE, groups: ['clinicians'] });
  const client = await connectLegacyClient(`${gateway.base}/mcp/charts`, token);
  clients.push(client);
  return client;
}

async function createTask(client: LegacyClient): Promise<string> {
  const stream = client.experimental.tasks.callToolStream(
    { name: 'chart_task', arguments: { mrn: patient.mrn } },
    CallToolResultSchema,
    { task: { ttl: 60_000 } },
  );
  const first = await stream.next();
  if (first.done || first.value.type !== 'taskCreated') throw new Error('expected a task');
  return first.value.task.taskId;
}

const configChanges = () =>
  log.records.map((r) => decodeEvent(r.record.value)).filter((e: AuditEvent) => e.type === 'config_change')
    .length;

describe('tasks under a policy', () => {
  it('masks a task result fetched with tasks/result, as the tool call would be', async () => {
    const client = await clinician();
    const taskId = await createTask(client);
    await waitFor(async () => (upstream.results.length > 0 ? true : undefined), { what: 'the task result' });
    const result = await client.experimental.tasks.getTaskResult(taskId, CallToolResultSchema);
    const text = JSON.stringify(result);
    expect(text).toContain('Patient');
    expect(text).not.toContain(patient.ssn);
    // The upstream did produce the clear record: only the gateway's answer is masked.
    expect(upstream.results[0]).toContain(patient.ssn);
  });

  it('refuses the result of a task whose tool a reloaded rule now denies', async () => {
    const client = await clinician();
    const taskId = await createTask(client);
    const before = configChanges();
    await writeFile(
      policyFile,
      policy(`
  - id: charts-frozen
    match: { tools: chart_task }
    action: deny
    reason: chart tasks frozen`),
    );
    await waitFor(async () => (configChanges() > before ? true : undefined), { what: 'the reload' });
    const err = await client.experimental.tasks.getTaskResult(taskId, CallToolResultSchema).then(
      () => null,
      (e: unknown) => e as { code: number; message: string },
    );
    expect(err?.code).toBe(-31014);
    expect(err?.message).toContain('charts-frozen');
  });
});
