/**
 * An upstream that answers a request outside the protocol (not JSON-RPC, another id, a request
 * or a notification instead of the answer, HTTP 202 or an empty body, an SSE stream that ends
 * or is cut before the answer) must not leave the client waiting for an answer that never
 * comes, nor get an error the audit trail lacks. In both eras the client gets an error under
 * its own request id (stateful: -31022, or -31021 on a stream; 2026-07-28: -32603 with
 * `data.reason`), recorded like any answer.
 */
import type { AuditEvent } from '@proctor/events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  framePayloads,
  startTestGateway,
  type TestGateway,
} from '../../services/enforcer/src/test-fixtures/gateway-harness';
import type { RawResponse } from '../../services/enforcer/src/test-fixtures/raw-http';
import {
  FAULTS,
  type MisbehavingUpstream,
  OVERSIZED_FAULTS,
  STREAM_FAULTS,
  startMisbehavingUpstream,
} from '../fixtures/misbehaving-upstream';
import { postStatelessToolCall, RawSession, statelessToolCall } from '../fixtures/raw-session';

/** The JSON-RPC messages of an answer: the JSON body, or each SSE event's data. */
function messagesOf(res: RawResponse): Record<string, unknown>[] {
  if (String(res.headers['content-type']).startsWith('application/json')) return [JSON.parse(res.body)];
  return res.body
    .split('\n\n')
    .map((event) =>
      event
        .split('\n')
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice(5).trimStart())
        .join('\n'),
    )
    .filter((data) => data !== '')
    .map((data) => JSON.parse(data));
}

/**
 * A 2026-07-28 tools/call of `name` at a gateway connection (`modern` by default; `legacy`
 * bridges it to the stateful upstream), with the headers the revision requires.
 */
const statelessCall = (base: string, id: number, name: string, connection = 'modern') =>
  postStatelessToolCall(base, connection, statelessToolCall(id, name));

describe('an upstream answering outside the protocol', () => {
  let upstream: MisbehavingUpstream;
  let gateway: TestGateway;
  let session: RawSession;
  let sessionId: string;
  let nextId = 1;

  const statefulCall = (body: Record<string, unknown>) => session.post({ jsonrpc: '2.0', ...body });
  beforeAll(async () => {
    upstream = await startMisbehavingUpstream();
    gateway = await startTestGateway({
      connections: [
        { name: 'legacy', upstream: { url: upstream.url }, era: 'stateful' },
        { name: 'modern', upstream: { url: upstream.url }, era: 'stateless' },
      ],
    });
    session = await RawSession.open(gateway.base, '/mcp/legacy');
    sessionId = session.id;
  });

  afterAll(async () => {
    await gateway?.close();
    await upstream?.close();
  });

  /** The answer is the last message the client got; the audit holds exactly what the client got. */
  function expectRecordedAnswer(res: RawResponse, events: AuditEvent[], id: number, call: unknown) {
    const delivered = messagesOf(res);
    const answer = delivered.at(-1) as {
      id: number;
      error: { code: number; message: string; data?: unknown };
    };
    expect(answer).toMatchObject({
      jsonrpc: '2.0',
      id,
      error: { message: expect.stringMatching(/^upstream /) },
    });
    expect(framePayloads(events, 'client_to_server')).toEqual([call]);
    expect(framePayloads(events, 'server_to_client')).toEqual(delivered);
    return answer;
  }

  for (const fault of [...Object.keys(FAULTS), ...Object.keys(STREAM_FAULTS)]) {
    const streamed = fault in STREAM_FAULTS;

    it(`stateful era: answers ${fault} with a recorded error under the request's id, and the session goes on`, async () => {
      const id = nextId++;
      const before = gateway.eventsOf(sessionId).length;
      const call = { jsonrpc: '2.0', id, method: 'tools/call', params: { name: fault, arguments: {} } };
      const res = await statefulCall(call);
      expect(res.status).toBe(streamed ? 200 : 502);
      const answer = expectRecordedAnswer(res, gateway.eventsOf(sessionId).slice(before), id, call);
      expect(answer.error.code).toBe(streamed ? -31021 : -31022);
      const ping = await statefulCall({ id: nextId++, method: 'ping' });
      expect(ping.status).toBe(200);
    });

    for (const [connection, how] of [
      ['modern', 'from a 2026-07-28 upstream'],
      ['legacy', 'bridged to a stateful upstream'],
    ] as const)
      it(`2026-07-28 ${how}: answers ${fault} with a recorded -32603 under the request's id, and ends the exchange`, async () => {
        const id = nextId++;
        const before = gateway.events().length;
        const res = await statelessCall(gateway.base, id, fault, connection);
        expect(res.status).toBe(streamed ? 200 : 502);
        const events = gateway.events().slice(before);
        const exchange = events.find((e) => e.type === 'session_started')?.sessionId as string;
        const own = events.filter((e) => e.sessionId === exchange);
        const call = statelessToolCall(id, fault);
        const answer = expectRecordedAnswer(res, own, id, call);
        expect(answer.error).toMatchObject({
          code: -32603,
          data: { reason: streamed ? 'upstream_gone' : 'upstream_protocol' },
        });
        expect(own.at(-1)).toMatchObject({
          type: 'session_ended',
          body: { reason: streamed ? 'upstream_gone' : 'error' },
        });
      });
  }
});

describe('an upstream message beyond the connection maxMessageBytes', () => {
  const LIMIT = 64 * 1024;
  let upstream: MisbehavingUpstream;
  let gateway: TestGateway;
  let session: RawSession;

  beforeAll(async () => {
    upstream = await startMisbehavingUpstream();
    const small = { url: upstream.url, maxMessageBytes: LIMIT };
    gateway = await startTestGateway({
      connections: [
        { name: 'legacy', upstream: small, era: 'stateful' },
        { name: 'modern', upstream: small, era: 'stateless' },
      ],
    });
    session = await RawSession.open(gateway.base, '/mcp/legacy');
  });

  afterAll(async () => {
    await gateway?.close();
    await upstream?.close();
  });

  it('is refused with a recorded -31022 (stateful era), before it fills the gateway memory', async () => {
    for (const [id, fault] of [
      [1, 'oversized_json'],
      [2, 'endless_event'],
    ] as const) {
      const before = gateway.eventsOf(session.id).length;
      const res = await session.post({
        jsonrpc: '2.0',
        id,
        method: 'tools/call',
        params: { name: fault, arguments: {} },
      });
      const delivered = messagesOf(res);
      expect(delivered.at(-1), fault).toMatchObject({
        id,
        error: { code: fault === 'oversized_json' ? -31022 : -31021 },
      });
      expect(framePayloads(gateway.eventsOf(session.id).slice(before), 'server_to_client')).toEqual(
        delivered,
      );
    }
    const oversized = await session.post({
      jsonrpc: '2.0',
      id: 3,
      method: 'tools/call',
      params: { name: 'oversized_json' },
    });
    expect(JSON.parse(oversized.body).error.message).toMatch(new RegExp(`over ${LIMIT} bytes`));
    expect((await session.post({ jsonrpc: '2.0', id: 4, method: 'ping' })).status).toBe(200);
  });

  it('is refused with a recorded -32603 (2026-07-28)', async () => {
    for (const fault of Object.keys(OVERSIZED_FAULTS)) {
      const res = await statelessCall(gateway.base, 9, fault);
      expect(messagesOf(res).at(-1), fault).toMatchObject({
        id: 9,
        error: {
          code: -32603,
          data: { reason: fault === 'oversized_json' ? 'upstream_protocol' : 'upstream_gone' },
        },
      });
    }
  });
});
