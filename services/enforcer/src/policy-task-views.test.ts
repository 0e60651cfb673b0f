/**
 * `tasks/list` and `notifications/tasks/status` under a policy show a caller each task as a
 * request about it would: a task whose tool a mask rule covers is listed and reported masked
 * (its status message says what the call is doing), as `tasks/get` of it answers masked; a
 * task the gateway did not see this caller create, or whose tool the caller may no longer
 * use, is left out. Through a real gateway in
 * front of the SDK v1 server, to the SDK v1 client. All data is synthetic.
 */
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { CallToolResultSchema } from '@modelcontextprotocol/sdk/types.js';
import { describe, expect, it } from 'vitest';
import { usePolicyFixtureGateway } from './test-fixtures/policy-fixture-gateway';
import { connectRecordingClient, type RecordingClient } from './test-fixtures/recording-client';

const SSN = '900-12-3456';

const POLICY = `
version: 1
defaults: { fixture: allow }
rules:
  - id: mask-charts
    match: { tools: chart_task }
    action: mask
`;

/** A task tool whose status message names what it is fetching. */
function registerChartTask(server: McpServer): void {
  server.experimental.tasks.registerToolTask(
    'chart_task',
    { description: 'Fetches a chart as a task', inputSchema: {} },
    {
      async createTask(_args, { taskStore, taskRequestedTtl }) {
        const task = await taskStore.createTask({ ttl: taskRequestedTtl, pollInterval: 20 });
        await taskStore.updateTaskStatus(task.taskId, 'working', `fetching the chart of SSN ${SSN}`);
        return { task: await taskStore.getTask(task.taskId) };
      },
      getTask: async (_args, { taskId, taskStore }) => taskStore.getTask(taskId),
      getTaskResult: async (_args, { taskId, taskStore }) => taskStore.getTaskResult(taskId) as never,
    },
  );
}

async function startTask(recording: RecordingClient, name: string): Promise<string> {
  const stream = recording.client.experimental.tasks.callToolStream(
    { name, arguments: name === 'delay_task' ? { ms: 60_000 } : {} },
    CallToolResultSchema,
    { task: { ttl: 60_000 } },
  );
  const first = await stream.next();
  if (first.done || first.value.type !== 'taskCreated') throw new Error('expected a task');
  return first.value.task.taskId;
}

describe('task lists and statuses under a policy', () => {
  const setup = usePolicyFixtureGateway(POLICY, registerChartTask);

  it("masks a masked tool's tasks in lists and status notifications as tasks/get does, and leaves the others as they are", async () => {
    const recording = await connectRecordingClient(`${setup.gateway.base}/mcp/fixture`, {
      headers: { authorization: 'Bearer good' },
    });
    try {
      const chart = await startTask(recording, 'chart_task');
      const delay = await startTask(recording, 'delay_task');
      // The status the server sent while creating the task reached the client masked.
      const statuses = recording.notifications.filter((n) => n.method === 'notifications/tasks/status');
      expect(statuses).toMatchObject([{ params: { taskId: chart, status: 'working' } }]);
      expect(JSON.stringify(statuses)).toContain('fetching the chart of');
      expect(JSON.stringify(recording.notifications)).not.toContain(SSN);
      const got = await recording.client.experimental.tasks.getTask(chart);
      expect(JSON.stringify(got)).not.toContain(SSN);
      const listed = await recording.client.experimental.tasks.listTasks();
      expect(listed.tasks.map((t) => t.taskId).sort()).toEqual([chart, delay].sort());
      expect(JSON.stringify(listed)).not.toContain(SSN);
      expect(listed.tasks.find((t) => t.taskId === chart)?.statusMessage).toContain('fetching the chart of');
      // Once the caller may no longer use delay_task, its task is neither listed nor answered.
      const change = setup.gateway.policy.reloadText(
        `${POLICY}  - id: no-delays\n    match: { tools: delay_task }\n    action: deny\n`,
      );
      expect(change.accepted).toBe(true);
      const after = await recording.client.experimental.tasks.listTasks();
      expect(after.tasks.map((t) => t.taskId)).toEqual([chart]);
      await expect(recording.client.experimental.tasks.getTask(delay)).rejects.toMatchObject({
        code: -31014,
      });
      const hidden = setup.gateway
        .events()
        .filter((e) => e.type === 'policy_decision' && e.body.method === 'tasks/list');
      expect(hidden.map((e) => e.type === 'policy_decision' && e.body.reason)).toEqual([
        '1 of 2 tasks hidden by policy',
      ]);
    } finally {
      await recording.client.close();
    }
  });
});
