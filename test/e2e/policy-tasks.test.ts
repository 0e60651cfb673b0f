/**
 * Tasks under a policy (2025-11-25 task-augmented tools/call, official SDK v1 on both sides):
 * a request about a task (tasks/get, tasks/result) is decided as the tool call that created
 * it, so a mask rule on the tool masks the result fetched through the task, and a tool denied
 * after the task was created does not deliver its result through tasks/result.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CallToolResultSchema } from '@modelcontextprotocol/sdk/types.js';
import { DEMO_PATIENTS } from '@proctor/demo-ehr';
import { type AuditEvent, decodeEvent } from '@proctor/events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTaskServer, type TaskServer } from '../fixtures/task-server';
import { tempDir, waitFor } from '../harness';
import { type PolicyGateway, refusal, startPolicyGateway } from './policy-gateway';
import { connectLegacyClient, createChartTask, type LegacyClient } from './sdk-clients';

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

let upstream: TaskServer;
let policyGateway: PolicyGateway;
let policyFile: string;

beforeAll(async () => {
  upstream = await startTaskServer(RECORD);
  policyFile = join(await tempDir('proctor-policy-tasks'), 'policy.yaml');
  await writeFile(policyFile, policy());
  policyGateway = await startPolicyGateway({
    audience: AUDIENCE,
    upstreams: { charts: upstream.url },
    policy: { file: policyFile },
  });
});

afterAll(async () => {
  await policyGateway?.close();
  await upstream?.close();
});

async function clinician(): Promise<LegacyClient> {
  const url = `${policyGateway.gateway.base}/mcp/charts`;
  return policyGateway.track(await connectLegacyClient(url, await policyGateway.token()));
}

const configChanges = () =>
  policyGateway.log.records
    .map((r) => decodeEvent(r.record.value))
    .filter((e: AuditEvent) => e.type === 'config_change').length;

describe('tasks under a policy', () => {
  it('masks a task result fetched with tasks/result, as the tool call would be', async () => {
    const client = await clinician();
    const taskId = await createChartTask(client, { mrn: patient.mrn });
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
    const taskId = await createChartTask(client, { mrn: patient.mrn });
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
    const err = await refusal(client.experimental.tasks.getTaskResult(taskId, CallToolResultSchema));
    expect(err.code).toBe(-31014);
    expect(err.message).toContain('charts-frozen');
  });
});
