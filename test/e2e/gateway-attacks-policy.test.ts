import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
/**
 * Policy at the edge of the direct 2026-07-28 path, against a real gateway under a policy and
 * an upstream that checks nothing (tests of what the gateway itself must hold): the gateway's
 * own reads of the upstream on a caller's behalf are decided like the caller's requests, and
 * nothing it learns from them reaches a caller the policy keeps out.
 */
import { join } from 'node:path';
import { parseConfig } from '@proctor/config';
import { type LocalIssuer, startLocalIssuer } from '@proctor/identity/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type FixtureServer,
  startFixtureServer,
} from '../../services/enforcer/src/test-fixtures/fixture-server';
import { rawRequest } from '../../services/enforcer/src/test-fixtures/raw-http';
import { MemoryEventLog } from '../../services/enforcer/src/testing';
import { type LaxUpstream, startLaxUpstream } from '../fixtures/lax-upstream';
import {
  MCP_POST_HEADERS,
  postStatelessToolCall,
  RawSession,
  STATELESS_ENVELOPE,
  statelessToolCall,
} from '../fixtures/raw-session';
import { tempDir } from '../harness';
import { type SecuredGateway, startSecuredGateway } from './secured-gateway';

const AUDIENCE = 'proctor-policy-attacks';
const ROUTE_ORDER = {
  name: 'route_order',
  inputSchema: {
    type: 'object',
    properties: { region: { type: 'string', 'x-mcp-header': 'Region' } },
  },
};

const POLICY = {
  version: 1,
  defaults: { '*': 'allow' },
  rules: [
    { id: 'no-intruder', match: { subjects: 'intruder@example.com' }, action: 'deny', reason: 'kept out' },
    { id: 'no-routing-for-interns', match: { groups: 'interns', tools: 'route_order' }, action: 'deny' },
    { id: 'no-export', match: { tools: 'export_chart' }, action: 'deny' },
    { id: 'no-vip-charts', match: { resources: 'ehr://patients/VIP-*' }, action: 'deny' },
    { id: 'mask-charts', match: { tools: 'chart_task' }, action: 'mask' },
    { id: 'no-echo', match: { tools: 'echo' }, action: 'deny' },
    {
      id: 'no-vip',
      match: { tools: 'get_patient', arguments: [{ path: '$.mrn', pattern: '^VIP-' }] },
      action: 'deny',
    },
  ],
};

describe('the gateway reads of the upstream on a caller behalf are under the policy', () => {
  let upstream: LaxUpstream;
  let sdk: FixtureServer;
  let updates: Awaited<ReturnType<typeof startUpdatingUpstream>>;
  let idp: LocalIssuer;
  let gateway: SecuredGateway;
  let nextId = 1;

  beforeAll(async () => {
    [upstream, sdk, updates] = await Promise.all([
      startLaxUpstream([ROUTE_ORDER]),
      startFixtureServer(),
      startUpdatingUpstream(),
    ]);
    idp = await startLocalIssuer('/idp');
    const dir = await tempDir('proctor-policy-attacks');
    const config = parseConfig({
      identity: { issuers: [{ issuer: idp.issuer, audience: AUDIENCE }] },
      enforcer: {
        listen: { host: '127.0.0.1', port: 0 },
        stateDir: join(dir, 'state'),
        connections: [
          { name: 'lax', upstream: { url: upstream.url }, era: 'stateless' },
          { name: 'sdk', upstream: { url: sdk.url }, era: 'stateful' },
          { name: 'updates', upstream: { url: updates.url }, era: 'stateless' },
        ],
      },
      policy: { inline: POLICY },
    });
    gateway = await startSecuredGateway(config, new MemoryEventLog());
  });
  afterAll(async () => {
    await gateway?.close();
    await idp?.close();
    await Promise.allSettled([upstream?.close(), sdk?.close(), updates?.close()]);
  });

  const post = async (subject: string, groups: string[], headers: Record<string, string>) => {
    const token = await idp.sign({ sub: subject, aud: AUDIENCE, groups });
    const call = statelessToolCall(nextId++, 'route_order', { region: 'eu-west' });
    return postStatelessToolCall(gateway.base, 'lax', call, { authorization: `Bearer ${token}`, ...headers });
  };
  const received = (method: string) => upstream.received.filter((r) => r.method === method).length;

  it('sends nothing upstream for a caller every rule denies, Mcp-Param-* headers or not', async () => {
    const lists = received('tools/list');
    for (const headers of [{ 'mcp-param-region': 'us-east' }, { 'mcp-param-region': 'eu-west' }]) {
      const res = await post('intruder@example.com', [], headers);
      expect(JSON.parse(res.body).error?.code, res.body).toBe(-31014);
    }
    expect(received('tools/list')).toBe(lists);
    expect(received('tools/call')).toBe(0);
  });

  it('tells a caller denied a tool nothing of its x-mcp-header declarations', async () => {
    // Disagreeing headers, and a declared header left out: a caller the tool is hidden from
    // gets the policy's denial, never the -32020 naming the header the tool declares.
    const variants: Record<string, string>[] = [
      { 'mcp-param-region': 'us-east' },
      { 'mcp-param-other': 'x' },
    ];
    for (const headers of variants) {
      const res = await post('intern@example.com', ['interns'], headers);
      const error = JSON.parse(res.body).error;
      expect(error?.code, res.body).toBe(-31014);
      expect(res.body).not.toMatch(/region/i);
    }
    expect(received('tools/call')).toBe(0);
    // A caller the tool is allowed to still has its headers checked.
    const res = await post('dr.avery@example.com', ['clinicians'], { 'mcp-param-region': 'us-east' });
    expect(JSON.parse(res.body).error?.code, res.body).toBe(-32020);
    expect(received('tools/call')).toBe(0);
  });

  /** A 2026-07-28 request of dr.avery's, its Mcp-Method and Mcp-Name headers agreeing with the body. */
  const postModern = async (
    method: string,
    params: Record<string, unknown>,
    connection = 'lax',
    spell: (body: string) => string = (body) => body,
  ) => {
    const token = await idp.sign({ sub: 'dr.avery@example.com', aud: AUDIENCE, groups: ['clinicians'] });
    return rawRequest(gateway.base, {
      method: 'POST',
      path: `/mcp/${connection}`,
      headers: {
        ...MCP_POST_HEADERS,
        authorization: `Bearer ${token}`,
        'mcp-protocol-version': '2026-07-28',
        'mcp-method': method,
        ...(typeof params.name === 'string' && { 'mcp-name': params.name }),
      },
      body: spell(
        JSON.stringify({
          jsonrpc: '2.0',
          id: nextId++,
          method,
          params: { ...params, _meta: STATELESS_ENVELOPE },
        }),
      ),
    });
  };

  it('refuses a call spelt so that no rule reads it (a lenient server would run it), forwarding nothing', async () => {
    const before = upstream.received.length;
    for (const [method, params] of [
      // The method as a server matching it ignoring case or white space reads it.
      ['Tools/call', { name: 'export_chart', arguments: {} }],
      ['TOOLS/CALL', { name: 'export_chart', arguments: {} }],
      // The name or the arguments in another type than MCP's.
      ['tools/call', { name: ['export_chart'], arguments: {} }],
      ['tools/call', { name: 'get_patient', arguments: JSON.stringify({ mrn: 'VIP-1' }) }],
      ['tools/call', { name: 'get_patient', arguments: [{ mrn: 'VIP-1' }] }],
      ['resources/read', { uri: ['ehr://patients/VIP-1'] }],
      // A number the policy reads rounded and a big-integer server reads as sent.
      ['tools/call', { name: 'get_patient', arguments: { filter: { mrn: 2 ** 64 } } }],
    ] as const) {
      const res = await postModern(method, params);
      expect(res.status, `${method} ${JSON.stringify(params)}`).toBe(400);
      expect(JSON.parse(res.body).error?.code).toBe(-32600);
    }
    expect(upstream.received.length).toBe(before);
  });

  it('denies an argument whose key is spelt in another case, as a server matching keys ignoring case reads it', async () => {
    const before = upstream.received.length;
    for (const args of [{ MRN: 'VIP-1' }, { Mrn: 'VIP-2' }]) {
      const res = await postModern('tools/call', { name: 'get_patient', arguments: args });
      expect(JSON.parse(res.body).error?.code, res.body).toBe(-31014);
    }
    expect(upstream.received.length).toBe(before);
    const allowed = await postModern('tools/call', { name: 'get_patient', arguments: { MRN: 'P-1' } });
    expect(allowed.body).toContain('ran:');
  });

  it('attack: a method, tool name, argument key or value spelt with JSON escapes is decided as it reads', async () => {
    const before = upstream.received.length;
    for (const spell of [
      (body: string) => body.replace('"VIP-1"', '"\\u0056IP-1"'),
      (body: string) => body.replace('"mrn"', '"\\u006drn"'),
      (body: string) => body.replace('"name":"get_patient"', '"name":"\\u0067et_patient"'),
      (body: string) => body.replace('"tools/call"', '"tools\\/call"'),
      (body: string) => body.replace('"VIP-1"', '"\\u0056\\u0049\\u0050\\u002d1"'),
    ]) {
      const res = await postModern(
        'tools/call',
        { name: 'get_patient', arguments: { mrn: 'VIP-1' } },
        'lax',
        spell,
      );
      expect({ spelt: String(spell), code: JSON.parse(res.body).error?.code }).toEqual({
        spelt: String(spell),
        code: -31014,
      });
    }
    expect(upstream.received.length).toBe(before);
  });

  it('refuses a listen for updates of a resource the caller may not subscribe to, forwarding nothing', async () => {
    const listens = () => upstream.received.filter((r) => r.method === 'subscriptions/listen').length;
    const before = listens();
    for (const uris of [['ehr://patients/VIP-1'], ['ehr://patients/P-1', 'EHR://patients/%56IP-2']]) {
      const res = await postModern('subscriptions/listen', {
        notifications: { resourceSubscriptions: uris },
      });
      expect(JSON.parse(res.body).error?.code, res.body).toBe(-31014);
      expect(res.body).toContain('no-vip-charts');
    }
    expect(listens()).toBe(before);
    await postModern('subscriptions/listen', {
      notifications: { resourceSubscriptions: ['ehr://patients/P-1'] },
    });
    expect(listens()).toBe(before + 1);
  });

  it('drops an update the upstream sends about a resource the caller may not read', async () => {
    const res = await postModern(
      'subscriptions/listen',
      { notifications: { resourceSubscriptions: ['ehr://patients/P-1'] } },
      'updates',
    );
    expect(res.body).toContain('ehr://patients/P-1');
    expect(res.body).not.toMatch(/VIP|%56IP/);
  });

  it("decides a 2026-07-28 task's requests as the call that created it, for its creator only", async () => {
    const created = await postModern('tools/call', { name: 'chart_task', arguments: {} }, 'updates');
    expect(JSON.parse(created.body).result?.taskId, created.body).toBe('task-9');
    const state = await postModern('tasks/get', { taskId: 'task-9', name: 'task-9' }, 'updates');
    expect(state.body).toContain('Patient');
    expect(state.body).not.toContain('900-12-3456');
    const token = await idp.sign({ sub: 'dr.blake@example.com', aud: AUDIENCE, groups: ['clinicians'] });
    const other = await rawRequest(gateway.base, {
      method: 'POST',
      path: '/mcp/updates',
      headers: {
        ...MCP_POST_HEADERS,
        authorization: `Bearer ${token}`,
        'mcp-protocol-version': '2026-07-28',
        'mcp-method': 'tasks/get',
        'mcp-name': 'task-9',
      },
      body: JSON.stringify({
        jsonrpc: '2.0',
        id: 1,
        method: 'tasks/get',
        params: { taskId: 'task-9', _meta: STATELESS_ENVELOPE },
      }),
    });
    expect(JSON.parse(other.body).error?.code, other.body).toBe(-31014);
  });

  it('refuses positional params, string arguments and look-alike methods in a stateful session', async () => {
    const token = await idp.sign({ sub: 'dr.avery@example.com', aud: AUDIENCE, groups: ['clinicians'] });
    const session = await RawSession.open(gateway.base, '/mcp/sdk', token);
    const auth = { authorization: `Bearer ${token}` };
    const echoes = sdk.seen.echoes.length;
    for (const [method, params] of [
      ['tools/call', ['echo', { text: 'positional' }]],
      ['tools/call', { name: 'echo', arguments: '{"text":"string"}' }],
      ['Tools/Call', { name: 'echo', arguments: { text: 'cased' } }],
      ['\u200btools/call ', { name: 'echo', arguments: { text: 'invisible' } }],
      ['tools/call\u0000', { name: 'echo', arguments: { text: 'trailing NUL' } }],
    ] as const) {
      const res = await session.post({ jsonrpc: '2.0', id: nextId++, method, params }, auth);
      expect(res.status, JSON.stringify([method, params])).toBe(400);
      expect(JSON.parse(res.body).error?.code).toBe(-32600);
    }
    // The session goes on: a call that is well formed is decided by the policy.
    const denied = await session.post(
      {
        jsonrpc: '2.0',
        id: nextId++,
        method: 'tools/call',
        params: { name: 'echo', arguments: { text: 'x' } },
      },
      auth,
    );
    expect(denied.body).toContain('-31014');
    // Nor does a method or tool name spelt otherwise (Cyrillic letters no server reads as Latin,
    // glob characters, a path) reach the tool a rule denies: refused, denied or unknown upstream.
    for (const [method, name] of [
      ['t\u043e\u043els/call', 'echo'],
      ...['ECHO', 'echo\u0000', 'echo ', '\u0435cho', 'ech\u200bo', 'e*', '*', '../echo'].map((n) => [
        'tools/call',
        n,
      ]),
    ] as const) {
      const res = await session.post(
        { jsonrpc: '2.0', id: nextId++, method, params: { name, arguments: { text: 'x' } } },
        auth,
      );
      expect(res.status, `${method} ${name}`).toBeLessThan(500);
    }
    expect(sdk.seen.echoes.length).toBe(echoes);
  });
});

/** A synthetic record, and the 2026-07-28 tasks extension's flat task handle and state for it. */
const RECORD = 'Patient Avery Samplepatient, SSN 900-12-3456';
const TASK_RESULTS: Record<string, (params: { taskId?: string }) => object> = {
  'tools/call': () => ({ resultType: 'task', taskId: 'task-9', status: 'working', ttlMs: 60_000 }),
  'tasks/get': (params) => ({
    resultType: 'complete',
    taskId: params.taskId,
    status: 'completed',
    result: { resultType: 'complete', content: [{ type: 'text', text: RECORD }] },
  }),
};

/** A 2026-07-28 upstream whose listen stream reports updates of a chart asked for and of others. */
async function startUpdatingUpstream() {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const message = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const task = TASK_RESULTS[message.method]?.(message.params);
      if (task) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ jsonrpc: '2.0', id: message.id, result: task }));
        return;
      }
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      for (const uri of ['ehr://patients/P-1', 'ehr://patients/VIP-3', 'EHR://patients/%56IP-4']) {
        const update = { jsonrpc: '2.0', method: 'notifications/resources/updated', params: { uri } };
        res.write(`event: message\ndata: ${JSON.stringify(update)}\n\n`);
      }
      res.end(`event: message\ndata: ${JSON.stringify({ jsonrpc: '2.0', id: message.id, result: {} })}\n\n`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/mcp`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
