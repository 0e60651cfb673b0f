import type { Identity } from '@proctor/events';
import { compilePolicyText, PolicyHolder } from '@proctor/policy';
import { describe, expect, it } from 'vitest';
import { MemoryTaskOrigins } from '../../sessions/task-origins';
import type { EventContent } from '../audit-emitter';
import { parseJsonRpcBody } from '../json-rpc';
import { normalizeRequest, type RequestVerdict, type StageContext, type Stages } from '../stages';
import { createPolicyStages } from './policy-stages';
import { shareTaskOrigins } from './policy-task-origins';

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

const alice: Identity = {
  issuer: 'urn:test',
  subject: 'alice@example.com',
  groups: ['clinicians'],
  ci: null,
};
const bob: Identity = { ...alice, subject: 'bob@example.com' };

/** One gateway's policy stages, and the events they recorded. */
function gateway(origins?: MemoryTaskOrigins) {
  const stages: Stages = createPolicyStages({
    holder: new PolicyHolder(compilePolicyText(POLICY, { knownConnections: ['charts'] })),
  });
  if (origins) shareTaskOrigins(stages, origins);
  const events: EventContent[] = [];
  const ctx: StageContext = {
    signal: new AbortController().signal,
    emit: async (e) => void events.push(...e),
  };
  const request = (identity: Identity, id: number, method: string, params: Record<string, unknown>) => {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', id, method, params }));
    const [frame] = parseJsonRpcBody(body, { maxDepth: 64, maxBatchItems: 10 }).frames;
    if (frame === undefined) throw new Error('no frame');
    const exchange = normalizeRequest(frame, {
      identity,
      connection: 'charts',
      era: 'stateful',
      protocolVersion: '2025-11-25',
      sessionId: `session-${identity.subject}`,
    });
    return (stages.request[0] as Stages['request'][number]).onRequest(
      exchange,
      ctx,
    ) as Promise<RequestVerdict>;
  };
  const answer = (identity: Identity, id: number, result: Record<string, unknown>) =>
    stages.response[0]?.onResponse(
      {
        kind: 'response',
        message: { jsonrpc: '2.0', id, result },
        request: { method: 'tools/call', toolName: 'chart_task' },
        sessionId: `session-${identity.subject}`,
        identity,
        connection: 'charts',
      },
      ctx,
    );
  return { request, answer, events };
}

/** Gateway A sees alice's chart_task create task-1; returns gateway B's verdicts on it. */
async function createdAtAFetchedAtB(origins: { a?: MemoryTaskOrigins; b?: MemoryTaskOrigins }) {
  const a = gateway(origins.a);
  const b = gateway(origins.b);
  expect(
    await a.request(alice, 1, 'tools/call', { name: 'chart_task', arguments: { mrn: 'MRN-1' }, task: {} }),
  ).toEqual({
    action: 'allow',
  });
  await a.answer(alice, 1, { task: { taskId: 'task-1', status: 'working', ttl: 60_000 } });
  return {
    b,
    alice: await b.request(alice, 2, 'tasks/get', { taskId: 'task-1' }),
    bob: await b.request(bob, 3, 'tasks/get', { taskId: 'task-1' }),
  };
}

describe('task origins shared between gateways', () => {
  it('decide a task created at one gateway as its tool call at the other, for its creator only', async () => {
    const shared = new MemoryTaskOrigins();
    const { b, alice: verdict, bob: other } = await createdAtAFetchedAtB({ a: shared, b: shared });
    expect(verdict).toEqual({ action: 'allow' });
    // Decided as the masked tool call: the mask decision names chart_task's rule.
    expect(b.events.map((e) => e.body)).toContainEqual(
      expect.objectContaining({ decision: 'mask', rule: 'mask-charts', method: 'tasks/get' }),
    );
    expect(other).toMatchObject({ action: 'deny', code: -31014 });
  });

  it('are refused at a gateway that shares none with the one that saw the task created', async () => {
    const { alice: verdict } = await createdAtAFetchedAtB({});
    expect(verdict).toMatchObject({ action: 'deny', code: -31014 });
  });
});
