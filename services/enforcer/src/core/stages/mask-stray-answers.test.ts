/**
 * What an upstream may send around a masked call's answer that the answer's masking did not
 * cover: a second answer under the call's id, an answer under an id the client never sent,
 * members of the answer beside its result, an error code that is no number, and requests of
 * its own (a method of its own, a sampling request's stop sequences and metadata). All data
 * is synthetic.
 */
import type { Identity } from '@proctor/events';
import { compilePolicyText, PolicyHolder } from '@proctor/policy';
import { describe, expect, it } from 'vitest';
import { MemoryTaskOrigins } from '../../sessions/task-origins';
import type { EventContent } from '../audit-emitter';
import { parseJsonRpcBody } from '../json-rpc';
import { normalizeRequest, type OutboundMessage, type StageContext, type Stages } from '../stages';
import { createPolicyStages } from './policy-stages';
import { shareTaskOrigins } from './policy-task-origins';

const SSN = '900-12-3456';
const MAIL = 'avery.quinn@example.com';

const POLICY = `
version: 1
defaults: { charts: allow }
rules:
  - id: mask-charts
    match: { tools: chart }
    action: mask
`;

const alice: Identity = { issuer: 'urn:test', subject: 'alice@example.com', groups: [], ci: null };
const SESSION = 'session-alice';

/** One gateway's policy stages; gateways given one store share it as they share Redis. */
function gateway(shared?: MemoryTaskOrigins) {
  const stages: Stages = createPolicyStages({
    holder: new PolicyHolder(compilePolicyText(POLICY, { knownConnections: ['charts'] })),
  });
  if (shared) shareTaskOrigins(stages, shared);
  const events: EventContent[] = [];
  const ctx: StageContext = {
    signal: new AbortController().signal,
    emit: async (e) => void events.push(...e),
  };
  const call = async (id: number, tool: string) => {
    const body = Buffer.from(
      JSON.stringify({ jsonrpc: '2.0', id, method: 'tools/call', params: { name: tool } }),
    );
    const [frame] = parseJsonRpcBody(body, { maxDepth: 64, maxBatchItems: 10 }).frames;
    if (frame === undefined) throw new Error('no frame');
    const exchange = normalizeRequest(frame, {
      identity: alice,
      connection: 'charts',
      era: 'stateful',
      protocolVersion: '2025-11-25',
      sessionId: SESSION,
    });
    return stages.request[0]?.onRequest(exchange, ctx);
  };
  const send = async (kind: OutboundMessage['kind'], message: Record<string, unknown>) =>
    JSON.stringify(
      await stages.response[0]?.onResponse(
        { kind, message, request: null, sessionId: SESSION, identity: alice, connection: 'charts' },
        ctx,
      ),
    );
  return { call, send };
}

const said = (text: string) => ({ content: [{ type: 'text', text }] });

describe('what an upstream sends around a masked answer', () => {
  it('attack: a second answer under the masked call id, or one under an id never sent, is masked too', async () => {
    const gw = gateway();
    await gw.call(1, 'chart');
    const first = await gw.send('response', { jsonrpc: '2.0', id: 1, result: said(`SSN ${SSN}`) });
    expect(first).not.toContain(SSN);
    const again = await gw.send('response', { jsonrpc: '2.0', id: 1, result: said(`SSN ${SSN}`) });
    expect(again).not.toContain(SSN);
    const stray = await gw.send('response', { jsonrpc: '2.0', id: 77, result: said(`mail ${MAIL}`) });
    expect(stray).not.toContain(MAIL);
    const strayError = await gw.send('error', { jsonrpc: '2.0', id: 78, error: { code: -1, message: MAIL } });
    expect(strayError).not.toContain(MAIL);
    const strayId = await gw.send('response', { jsonrpc: '2.0', id: `SSN ${SSN}`, result: said('ok') });
    expect(strayId).not.toContain(SSN);
  });

  it('leaves the answers of a session without a masked call as they are', async () => {
    const gw = gateway();
    await gw.call(1, 'schedule');
    const answer = { jsonrpc: '2.0', id: 1, result: said(`SSN ${SSN}`) };
    expect(await gw.send('response', answer)).toBe(JSON.stringify(answer));
    const stray = { jsonrpc: '2.0', id: 5, result: said(`SSN ${SSN}`) };
    expect(await gw.send('response', stray)).toBe(JSON.stringify(stray));
  });

  it('attack: members beside the result and an error code that is no number are masked, the id kept', async () => {
    const gw = gateway();
    await gw.call(1, 'chart');
    const beside = await gw.send('response', {
      jsonrpc: '2.0',
      id: 1,
      result: said('ok'),
      note: `SSN ${SSN}`,
      error: { code: -1, message: MAIL },
    });
    expect(beside).not.toContain(SSN);
    expect(beside).not.toContain(MAIL);
    expect(JSON.parse(beside)).toMatchObject({ jsonrpc: '2.0', id: 1, result: said('ok') });
    await gw.call(2, 'chart');
    const coded = await gw.send('error', {
      jsonrpc: '2.0',
      id: 2,
      error: { code: `SSN ${SSN}`, message: 'x' },
    });
    expect(coded).not.toContain(SSN);
    await gw.call(3, 'chart');
    const numbered = await gw.send('error', {
      jsonrpc: '2.0',
      id: 3,
      error: { code: -32001, message: MAIL },
    });
    expect(JSON.parse(numbered)).toMatchObject({ id: 3, error: { code: -32001 } });
    expect(numbered).not.toContain(MAIL);
  });

  it("attack: a server's request of its own method, and what a sampling request says beyond its messages, are masked", async () => {
    const gw = gateway();
    await gw.call(1, 'chart');
    const own = await gw.send('request', {
      jsonrpc: '2.0',
      id: 's-1',
      method: 'x-ehr/confirm',
      params: { text: `SSN ${SSN}` },
    });
    expect(own).not.toContain(SSN);
    expect(JSON.parse(own)).toMatchObject({ id: 's-1', method: 'x-ehr/confirm' });
    const sampling = await gw.send('request', {
      jsonrpc: '2.0',
      id: 's-2',
      method: 'sampling/createMessage',
      params: {
        messages: [{ role: 'user', content: { type: 'text', text: 'summarize' } }],
        maxTokens: 50,
        stopSequences: [`SSN ${SSN}`],
        _meta: { note: MAIL },
      },
    });
    expect(sampling).not.toContain(SSN);
    expect(sampling).not.toContain(MAIL);
    expect(JSON.parse(sampling)).toMatchObject({ params: { maxTokens: 50 } });
    const roots = { jsonrpc: '2.0', id: 's-3', method: 'roots/list' };
    expect(await gw.send('request', roots)).toBe(JSON.stringify(roots));
  });

  it('attack: what a notification or request says outside an object of params is masked', async () => {
    const gw = gateway();
    await gw.call(1, 'chart');
    const beside = await gw.send('notification', {
      jsonrpc: '2.0',
      method: 'notifications/message',
      params: { level: 'info', data: 'filed' },
      note: `SSN ${SSN}`,
    });
    expect(beside).not.toContain(SSN);
    expect(JSON.parse(beside)).toMatchObject({ method: 'notifications/message', params: { level: 'info' } });
    const text = await gw.send('notification', {
      jsonrpc: '2.0',
      method: 'x-ehr/filed',
      params: `mail ${MAIL}`,
    });
    expect(text).not.toContain(MAIL);
    const listed = await gw.send('request', {
      jsonrpc: '2.0',
      id: 's-4',
      method: 'x-ehr/ask',
      params: [MAIL],
    });
    expect(listed).not.toContain(MAIL);
    expect(JSON.parse(listed)).toMatchObject({ id: 's-4', method: 'x-ehr/ask' });
  });

  it('attack: the listening stream at another gateway of a session whose masked call went through one is masked', async () => {
    const shared = new MemoryTaskOrigins();
    const a = gateway(shared);
    const b = gateway(shared);
    await a.call(1, 'chart');
    await a.send('response', { jsonrpc: '2.0', id: 1, result: said('filing') });
    const logged = await b.send('notification', {
      jsonrpc: '2.0',
      method: 'notifications/message',
      params: { level: 'info', data: `filed the record of SSN ${SSN}` },
    });
    expect(logged).not.toContain(SSN);
    const asked = await b.send('request', {
      jsonrpc: '2.0',
      id: 's-1',
      method: 'elicitation/create',
      params: { message: `Confirm ${MAIL}?`, requestedSchema: { type: 'object', properties: {} } },
    });
    expect(asked).not.toContain(MAIL);
    const unshared = gateway();
    const plain = { jsonrpc: '2.0', method: 'notifications/message', params: { level: 'info', data: SSN } };
    expect(await unshared.send('notification', plain)).toBe(JSON.stringify(plain));
  });
});
