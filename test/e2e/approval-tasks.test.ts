/**
 * The tasks path of approval holds, on real Redis, in both eras.
 *
 * 2026-07-28 (the tasks extension, `io.modelcontextprotocol/tasks`), in front of an official
 * SDK v2 server. SDK v2.4's client does not implement the extension, so the client here speaks
 * it on the wire: a tools/call that declares the extension and is held for approval is
 * answered at once with a gateway task; tasks/get shows it working, then completed with the
 * server's result once approved, or failed with the JSON-RPC error naming the approval id once
 * denied; tasks/cancel withdraws the approval request; another identity cannot read the task.
 * Every step is recorded in the call's exchange.
 *
 * 2025-11-25 (task-augmented requests), through the official SDK v1 client's task API
 * (`client.experimental.tasks`) in front of the demo EHR: the held call becomes a task the
 * client polls past the hold limit; it completes with the server's result once approved;
 * tasks/result answers a denial with the JSON-RPC error naming the approval id; tasks/cancel
 * withdraws the request.
 */
import { CallToolResultSchema, McpError } from '@modelcontextprotocol/sdk/types.js';
import { DEMO_PATIENTS } from '@proctor/demo-ehr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { person } from '../../packages/approvals/src/testing';
import { waitFor } from '../harness';
import { type ApprovalGateway, startApprovalGateway } from './approval-gateway';

const patient = DEMO_PATIENTS[0] as (typeof DEMO_PATIENTS)[number];
const privacyOfficer = person('privacy@example.com', ['privacy-office']);
const META = {
  'io.modelcontextprotocol/protocolVersion': '2026-07-28',
  'io.modelcontextprotocol/clientCapabilities': { extensions: { 'io.modelcontextprotocol/tasks': {} } },
};

let gw: ApprovalGateway;
let nextId = 1;

beforeAll(async () => {
  // A short hold: a task outlives it (the client polls instead of waiting).
  gw = await startApprovalGateway({ holdSeconds: 2 });
}, 60_000);

afterAll(async () => {
  await gw?.close();
});

async function rpc(
  method: string,
  params: Record<string, unknown>,
  name: string,
  subject?: string,
): Promise<Record<string, unknown>> {
  const response = await fetch(`${gw.base}/mcp/modern`, {
    method: 'POST',
    headers: {
      accept: 'application/json, text/event-stream',
      'content-type': 'application/json',
      authorization: `Bearer ${await gw.token(subject)}`,
      'mcp-protocol-version': '2026-07-28',
      'mcp-method': method,
      'mcp-name': name,
    },
    body: JSON.stringify({ jsonrpc: '2.0', id: nextId++, method, params: { ...params, _meta: META } }),
  });
  expect(response.headers.get('content-type')).toContain('application/json');
  return (await response.json()) as Record<string, unknown>;
}

interface TaskView {
  taskId: string;
  status: string;
  statusMessage?: string;
  result?: { content?: unknown };
  error?: { code: number; message: string; data?: Record<string, unknown> };
}

async function heldAsTask(item: string): Promise<TaskView> {
  const answer = await rpc('tools/call', { name: 'echo', arguments: { item } }, 'echo');
  const result = answer.result as TaskView & { resultType: string };
  expect(result).toMatchObject({ resultType: 'task', status: 'working' });
  expect(result.taskId).toMatch(/^proctor-task-/);
  return result;
}

const getTask = async (taskId: string, subject?: string) => rpc('tasks/get', { taskId }, taskId, subject);

function settled(taskId: string): Promise<TaskView> {
  return waitFor(
    async () => {
      const task = (await getTask(taskId)).result as TaskView;
      return task.status === 'working' ? undefined : task;
    },
    { what: `task ${taskId} settled`, timeoutMs: 15_000 },
  );
}

describe('tasks path (2026-07-28 tasks extension)', () => {
  it('answers a held call with a task that completes with the server result once approved', async () => {
    const task = await heldAsTask('gauze-51');
    const request = await gw.pendingWith('gauze-51');
    expect(task.statusMessage).toContain(`approval ${request.id} pending`);
    // Past the 2 s hold limit the task is still working: the client polls, nothing times out.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect((await getTask(task.taskId)).result).toMatchObject({ resultType: 'complete', status: 'working' });
    await gw.api.approvals.decide(request.id, { decider: privacyOfficer, decision: 'approve', reason: null });
    const done = await settled(task.taskId);
    expect(done).toMatchObject({
      status: 'completed',
      result: { content: [{ type: 'text', text: 'echo:gauze-51' }] },
    });
    // The call's exchange recorded the request, the task answer, the server's answer, its end.
    const exchange = gw
      .events()
      .find((e) => e.type === 'policy_decision' && e.body.approvalId === request.id)?.sessionId;
    const recorded = gw.events().filter((e) => e.sessionId === exchange);
    const frames = recorded
      .filter((e) => e.type === 'frame')
      .map((e) => (e.type === 'frame' ? e.body.direction : ''));
    expect(frames).toEqual(['client_to_server', 'server_to_client', 'server_to_client']);
    expect(recorded.at(-1)).toMatchObject({ type: 'session_ended', body: { reason: 'exchange_complete' } });
  });

  it('a denial fails the task with the JSON-RPC error naming the approval id', async () => {
    const task = await heldAsTask('gauze-52');
    const request = await gw.pendingWith('gauze-52');
    await gw.api.approvals.decide(request.id, {
      decider: privacyOfficer,
      decision: 'deny',
      reason: 'not today',
    });
    const done = await settled(task.taskId);
    expect(done.status).toBe('failed');
    expect(done.error?.message).toContain(`approval ${request.id} denied: not today`);
    expect(done.error?.data).toMatchObject({ approvalId: request.id, approvalState: 'denied' });
  });

  it('tasks/cancel withdraws the approval request and the task ends cancelled', async () => {
    const task = await heldAsTask('gauze-53');
    const request = await gw.pendingWith('gauze-53');
    expect((await rpc('tasks/cancel', { taskId: task.taskId }, task.taskId)).result).toEqual({
      resultType: 'complete',
    });
    const done = await settled(task.taskId);
    expect(done.status).toBe('cancelled');
    const withdrawn = await gw.api.approvals.get(request.id);
    expect(withdrawn.state).toBe('cancelled');
    expect(withdrawn.outcomeReason).toBe('the client cancelled the task');
  });

  it('another identity cannot read or cancel the task', async () => {
    const task = await heldAsTask('gauze-54');
    await gw.pendingWith('gauze-54');
    const foreign = await getTask(task.taskId, 'dr.blake@example.com');
    expect(foreign.error).toMatchObject({ code: -32602, message: `unknown task ${task.taskId}` });
    const cancel = await rpc('tasks/cancel', { taskId: task.taskId }, task.taskId, 'dr.blake@example.com');
    expect(cancel.error).toMatchObject({ code: -32602 });
    expect(((await getTask(task.taskId)).result as TaskView).status).toBe('working');
  });
});

describe('tasks path (2025-11-25 task-augmented calls, SDK v1 client task API)', () => {
  const exportArgs = (steps: number) => ({ name: 'export_chart', arguments: { mrn: patient.mrn, steps } });

  it('answers a held call with a task the client polls past the hold limit, completed once approved', async () => {
    const client = await gw.statefulClient();
    const seen: string[] = [];
    const stream = client.experimental.tasks.callToolStream(exportArgs(14), CallToolResultSchema, {
      task: { ttl: 60_000 },
    });
    let approvalId = '';
    let result: unknown;
    for await (const message of stream) {
      seen.push(message.type === 'taskStatus' ? `status:${message.task.status}` : message.type);
      if (message.type === 'taskCreated') {
        expect(message.task.taskId).toMatch(/^proctor-task-/);
        approvalId = (await gw.pendingWith('"steps":14')).id;
        expect(message.task.statusMessage).toContain(`approval ${approvalId} pending`);
        // Decided after the 2 s hold limit: the task is still working meanwhile.
        setTimeout(() => {
          void gw.api.approvals.decide(approvalId, {
            decider: privacyOfficer,
            decision: 'approve',
            reason: null,
          });
        }, 2_500);
      }
      if (message.type === 'result') result = message.result;
      if (message.type === 'error') throw message.error;
    }
    expect(seen[0]).toBe('taskCreated');
    expect(seen.filter((s) => s === 'status:working').length).toBeGreaterThanOrEqual(2);
    expect(seen.slice(-2)).toEqual(['status:completed', 'result']);
    expect(JSON.stringify(result)).toContain(patient.mrn);
    expect((await gw.api.approvals.get(approvalId)).state).toBe('approved');
  });

  /** A task-augmented export call held for approval: its stream (past taskCreated), task and request. */
  async function heldTask(steps: number) {
    const client = await gw.statefulClient();
    const stream = client.experimental.tasks.callToolStream(exportArgs(steps), CallToolResultSchema, {
      task: { ttl: 60_000 },
    });
    const first = await stream.next();
    if (first.done || first.value.type !== 'taskCreated') throw new Error('expected a task');
    return {
      client,
      stream,
      taskId: first.value.task.taskId,
      request: await gw.pendingWith(`"steps":${steps}`),
    };
  }

  it('tasks/result answers a denial with the JSON-RPC error naming the approval id', async () => {
    const { client, stream, taskId, request } = await heldTask(15);
    await gw.api.approvals.decide(request.id, {
      decider: privacyOfficer,
      decision: 'deny',
      reason: 'not today',
    });
    const err = await client.experimental.tasks.getTaskResult(taskId, CallToolResultSchema).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(McpError);
    expect((err as McpError).message).toContain(`approval ${request.id} denied: not today`);
    expect((err as McpError).data).toMatchObject({ approvalId: request.id, approvalState: 'denied' });
    expect((await client.experimental.tasks.getTask(taskId)).status).toBe('failed');
    await stream.return(undefined);
  });

  it('tasks/cancel withdraws the approval request', async () => {
    const { client, stream, taskId, request } = await heldTask(16);
    const cancelled = await client.experimental.tasks.cancelTask(taskId);
    expect(cancelled.status).toBe('cancelled');
    const withdrawn = await gw.withdrawn(request.id);
    expect(withdrawn.outcomeReason).toBe('the client cancelled the task');
    expect((await client.experimental.tasks.getTask(taskId)).status).toBe('cancelled');
    await stream.return(undefined);
  });
});
