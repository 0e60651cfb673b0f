import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createBullmqJobQueue, createInProcessJobQueue, type JobQueue } from '@proctor/jobs';
import { afterEach, describe, expect, it } from 'vitest';
import { redisUrl, uniqueName } from '../../../test/harness';
import type { AuditRecord } from './audit-records';
import { createMemoryDecisionBus } from './decision-bus';
import { createMemoryApprovalStore } from './memory-store';
import { ApproverNotifier, type Webhook } from './notifier';
import { APPROVERS, person, world } from './testing';

/** A webhook receiver that answers 503 to the first `failures` deliveries, then 200. */
async function receiver(failures: number): Promise<{ url: string; bodies: unknown[]; server: Server }> {
  const bodies: unknown[] = [];
  let seen = 0;
  const server = createServer(async (req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    seen++;
    if (seen <= failures) {
      res.writeHead(503).end();
      return;
    }
    bodies.push(JSON.parse(Buffer.concat(chunks).toString('utf8')));
    res.writeHead(200).end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, bodies, server };
}

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

describe.each([
  ['in-process queue', async () => createInProcessJobQueue()],
  [
    'bullmq on Redis',
    async () => createBullmqJobQueue({ redisUrl: redisUrl(), prefix: uniqueName('notify') }),
  ],
] as const)('approver notification (%s)', (_name, makeQueue) => {
  it('retries a failing webhook with backoff, records every attempt, and delivers once it recovers', async () => {
    const hook = await receiver(2);
    cleanups.push(() => new Promise((resolve) => hook.server.close(resolve)));
    const jobs: JobQueue = await makeQueue();
    cleanups.push(() => jobs.close());
    const store = createMemoryApprovalStore();
    const records: AuditRecord[] = [];
    const audit = async (record: AuditRecord) => {
      records.push(record);
    };
    const webhooks: Webhook[] = [{ url: hook.url, format: 'slack', headers: {} }];
    const notifier = new ApproverNotifier({
      jobs,
      store,
      audit,
      webhooks,
      publicUrl: 'https://proctor.example.com',
      // Fast backoff for the test; the job's own defaults are for production.
      retry: { attempts: 5, backoffMs: 50 },
    });
    await notifier.work(1);
    const w = world(store, createMemoryDecisionBus(), {
      onRequested: (request) => notifier.enqueue(request),
    });
    const raised = await w.approvals.raise({
      requester: person('dev@example.com'),
      connection: 'ehr',
      sessionId: 's-1',
      method: 'tools/call',
      toolName: 'delete_record',
      arguments: { recordId: 'R-77' },
      maskedArguments: { recordId: '[ID]' },
      rule: 'risky-writes',
      ruleVersion: 'v1',
      approvers: APPROVERS,
      ttlMs: 600_000,
      heldBy: 'gw-1',
    });
    if (raised.kind !== 'raised') throw new Error('expected a new request');
    await expect.poll(() => [hook.bodies.length, records.length], { timeout: 20_000 }).toEqual([1, 3]);
    await expect
      .poll(() => records.map((r) => r.type === 'approval' && r.body.action), { timeout: 5_000 })
      .toEqual(['notify_failed', 'notify_failed', 'notified']);
    // The world's own records hold `requested` (seq 0); the notifier's continue the sequence.
    expect(records.map((r) => r.seq)).toEqual([1, 2, 3]);
    expect(w.records.map((r) => r.seq)).toEqual([0]);
    expect(records[0]).toMatchObject({ body: { reason: 'webhook 0: HTTP 503' } });
    const message = hook.bodies[0] as { text: string; blocks: unknown[] };
    expect(message.text).toContain(raised.request.id);
    expect(JSON.stringify(message)).toContain('[ID]');
    expect(JSON.stringify(message)).not.toContain('R-77');
  });
});
