/**
 * A stateful upstream under a policy that answers `application/json` (as servers with JSON
 * responses enabled do) and keeps one task store for every session, checking no owner (the
 * gateway sends it one credential for every caller):
 * - its answers reach the client as the response stages left them (masked, lists filtered),
 *   not as the upstream's bytes;
 * - a request about a task is decided as the tool call that created it, so a task the gateway
 *   did not see this caller create — another identity's, whose id leaked — is not fetched on
 *   the caller's behalf as a bare tasks/result, unmasked.
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEMO_PATIENTS } from '@proctor/demo-ehr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RawSession } from '../fixtures/raw-session';
import { type PolicyGateway, startPolicyGateway } from './policy-gateway';

const AUDIENCE = 'proctor-task-attacks';
const patient = DEMO_PATIENTS[0] as (typeof DEMO_PATIENTS)[number];
const RECORD = `Patient ${patient.name}, SSN ${patient.ssn}, MRN ${patient.mrn}`;
const TASK_ID = 'task-7f3c';

const POLICY = {
  version: 1,
  defaults: { charts: 'deny' },
  rules: [
    { id: 'mask-charts', match: { tools: ['chart_task', 'chart_stream'] }, action: 'mask' },
    { id: 'no-exports', match: { tools: 'export_all' }, action: 'deny' },
    { id: 'clinicians', match: { groups: 'clinicians' }, action: 'allow' },
  ],
};

/** A stateful upstream (no session ids) with one task store for everybody. */
async function startSharedTaskUpstream() {
  const task = { taskId: TASK_ID, status: 'completed', createdAt: new Date(0).toISOString(), ttl: 60_000 };
  const results: Record<string, (params: Record<string, unknown>) => unknown> = {
    initialize: (params) => ({
      protocolVersion: params.protocolVersion,
      capabilities: { tools: {}, tasks: { requests: { tools: { call: {} } } } },
      serverInfo: { name: 'shared-tasks', version: '1' },
    }),
    'tools/call': (params) => (params.task ? { task } : { content: [{ type: 'text', text: RECORD }] }),
    'tasks/get': () => task,
    'tools/list': () => ({
      tools: ['chart_task', 'export_all'].map((name) => ({ name, inputSchema: { type: 'object' } })),
    }),
    'tasks/result': () => ({ content: [{ type: 'text', text: RECORD }] }),
  };
  const received: string[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const message = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      received.push(message.method);
      const answer = results[message.method];
      if (message.id === undefined || answer === undefined) {
        res.writeHead(202).end();
        return;
      }
      if (message.params?.name === 'chart_stream') {
        streamWithNotifications(res, message.id, message.params?._meta?.progressToken);
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      // An error that quotes the record, as a server's error often quotes what it found.
      const outcome = message.params?.arguments?.fail
        ? { error: { code: -32603, message: `no coverage: ${RECORD}`, data: { record: RECORD } } }
        : { result: answer(message.params ?? {}) };
      res.end(JSON.stringify({ jsonrpc: '2.0', id: message.id, ...outcome }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/mcp`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A call's SSE stream whose progress and log notifications quote the record, then the answer. */
function streamWithNotifications(res: ServerResponse, id: unknown, progressToken: unknown) {
  const event = (message: object) =>
    `event: message\ndata: ${JSON.stringify({ jsonrpc: '2.0', ...message })}\n\n`;
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  res.write(
    event({
      method: 'notifications/progress',
      params: { progressToken, progress: 1, total: 2, message: `reading ${RECORD}` },
    }),
  );
  res.write(event({ method: 'notifications/message', params: { level: 'info', data: { found: RECORD } } }));
  res.write(
    event({
      id: 'confirm-1',
      method: 'elicitation/create',
      params: {
        mode: 'form',
        message: `Release ${RECORD}?`,
        requestedSchema: { type: 'object', properties: { ok: { type: 'boolean' } } },
      },
    }),
  );
  res.end(event({ id, result: { content: [{ type: 'text', text: RECORD }] } }));
}

let upstream: Awaited<ReturnType<typeof startSharedTaskUpstream>>;
let policyGateway: PolicyGateway;

beforeAll(async () => {
  upstream = await startSharedTaskUpstream();
  policyGateway = await startPolicyGateway({
    audience: AUDIENCE,
    upstreams: { charts: upstream.url },
    policy: { inline: POLICY },
  });
});

afterAll(async () => {
  await policyGateway?.close();
  await upstream?.close();
});

async function sessionOf(subject: string) {
  const token = await policyGateway.idp.sign({ sub: subject, aud: AUDIENCE, groups: ['clinicians'] });
  const session = await RawSession.open(policyGateway.gateway.base, '/mcp/charts', token);
  let id = 1;
  return (method: string, params: Record<string, unknown>) =>
    session
      .post({ jsonrpc: '2.0', id: id++, method, params }, { authorization: `Bearer ${token}` })
      .then((res) => res.body);
}

describe('tasks of another caller', () => {
  it('are not fetched for a caller the gateway did not see create them, and never unmasked', async () => {
    const owner = await sessionOf('dr.avery@example.com');
    const created = await owner('tools/call', { name: 'chart_task', arguments: {}, task: { ttl: 60_000 } });
    expect(created).toContain(TASK_ID);

    const other = await sessionOf('dr.blake@example.com');
    const before = upstream.received.filter((m) => m.startsWith('tasks/')).length;
    for (const method of ['tasks/result', 'tasks/get', 'tasks/cancel']) {
      const answer = await other(method, { taskId: TASK_ID });
      expect(answer, method).toContain('-31014');
      expect(answer).not.toContain(patient.ssn);
    }
    expect(upstream.received.filter((m) => m.startsWith('tasks/')).length).toBe(before);

    // The owner reads it, masked as the tool call would be.
    const result = await owner('tasks/result', { taskId: TASK_ID });
    expect(result).toContain('Patient');
    expect(result).not.toContain(patient.ssn);
  });
});

describe('a stateful upstream answering application/json', () => {
  it('gets the client its answers as the policy left them: results, errors and the notifications and input requests of a masked call masked, lists filtered', async () => {
    const call = await sessionOf('dr.avery@example.com');
    const answer = await call('tools/call', { name: 'chart_task', arguments: {} });
    expect(answer).toContain('Patient');
    expect(answer).not.toContain(patient.ssn);
    const error = JSON.parse(
      await call('tools/call', { name: 'chart_task', arguments: { fail: true } }),
    ).error;
    expect(error.code).toBe(-32603);
    expect(error.message).toContain('no coverage: Patient');
    expect(JSON.stringify(error)).not.toContain(patient.ssn);
    // A streamed answer: the progress and log notifications of the masked call are masked too.
    const streamed = await call('tools/call', {
      name: 'chart_stream',
      arguments: {},
      _meta: { progressToken: 'synthetic-progress-1' },
    });
    expect(streamed).toContain('notifications/progress');
    expect(streamed).toContain('synthetic-progress-1');
    expect(streamed).toContain('notifications/message');
    expect(streamed).toContain('elicitation/create');
    expect(streamed).toContain('requestedSchema');
    expect(streamed).not.toContain(patient.ssn);
    const list = JSON.parse(await call('tools/list', {}));
    expect(list.result.tools.map((t: { name: string }) => t.name)).toEqual(['chart_task']);
  });
});
