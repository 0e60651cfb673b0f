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
import { MemoryEventLog } from '../../services/enforcer/src/testing';
import { type LaxUpstream, startLaxUpstream } from '../fixtures/lax-upstream';
import { postStatelessToolCall, statelessToolCall } from '../fixtures/raw-session';
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
  ],
};

describe('the gateway reads of the upstream on a caller behalf are under the policy', () => {
  let upstream: LaxUpstream;
  let idp: LocalIssuer;
  let gateway: SecuredGateway;
  let nextId = 1;

  beforeAll(async () => {
    upstream = await startLaxUpstream([ROUTE_ORDER]);
    idp = await startLocalIssuer('/idp');
    const dir = await tempDir('proctor-policy-attacks');
    const config = parseConfig({
      identity: { issuers: [{ issuer: idp.issuer, audience: AUDIENCE }] },
      enforcer: {
        listen: { host: '127.0.0.1', port: 0 },
        stateDir: join(dir, 'state'),
        connections: [{ name: 'lax', upstream: { url: upstream.url }, era: 'stateless' }],
      },
      policy: { inline: POLICY },
    });
    gateway = await startSecuredGateway(config, new MemoryEventLog());
  });
  afterAll(async () => {
    await gateway?.close();
    await idp?.close();
    await upstream?.close();
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
    for (const headers of [{ 'mcp-param-region': 'us-east' }, { 'mcp-param-other': 'x' }]) {
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
});
