import { randomBytes, randomUUID } from 'node:crypto';
import type { FrameBody } from '@proctor/events';
import { silentLogger } from '@proctor/logger';
import { describe, expect, it } from 'vitest';
import type { McpUpstream, UpstreamReply, UpstreamSend, UpstreamSseEvent } from '../../upstream/port';
import type { AuditSubject, EventContent } from '../audit-emitter';
import { parseJsonRpcBody } from '../json-rpc';
import { HeldRequests, NO_STAGES, type Stages } from '../stages';
import { ExchangeLedger } from './exchange-ledger';
import { auditTraceIdOf, parseRequestMeta } from './request-meta';
import { RequestStateSealer } from './request-state';
import { type StatelessCall, StatelessExchangeHandler, type StatelessReply } from './stateless-exchange';

const TEST_IDENTITY = { subject: 'tester@example.com', issuer: 'urn:test', groups: [], ci: null };
const META = {
  'io.modelcontextprotocol/protocolVersion': '2026-07-28',
  'io.modelcontextprotocol/clientCapabilities': { elicitation: {} },
  traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
};

interface Recorded {
  sessionId: string;
  seq: number;
  traceId: string | null;
  era: string | null;
  type: string;
  body: unknown;
}

/** Assigns seqs from the subject's own source, as the real emitter does, and keeps the events. */
class RecordingEmitter {
  readonly events: Recorded[] = [];
  /** The event types of each append, in order. */
  readonly appends: string[][] = [];
  /** Appends still to fail, as a full disk would: nothing of them is kept, no seq is used. */
  failures = 0;
  async emit(subject: AuditSubject, contents: EventContent[]): Promise<void> {
    if (this.failures > 0) {
      this.failures--;
      throw new Error('disk full');
    }
    this.appends.push(contents.map((c) => c.type));
    const first = await subject.seqs.reserveSeq(subject.sessionId, contents.length);
    contents.forEach((c, i) => {
      this.events.push({
        sessionId: subject.sessionId,
        seq: first + i,
        traceId: subject.traceId,
        era: subject.era,
        type: c.type,
        body: c.body,
      });
    });
  }
  of(sessionId: string) {
    return this.events.filter((e) => e.sessionId === sessionId);
  }
  describe(sessionId: string) {
    return this.of(sessionId).map((e) => {
      if (e.type !== 'frame') return `${e.seq}:${e.type}`;
      const body = e.body as FrameBody;
      return `${e.seq}:${body.direction}:${body.kind}:${body.method}:r${body.round}`;
    });
  }
}

class ScriptedUpstream implements McpUpstream {
  readonly transport = 'streamable-http' as const;
  readonly sent: UpstreamSend[] = [];
  constructor(private readonly answer: (body: Record<string, unknown>) => UpstreamReply) {}
  async send(call: UpstreamSend): Promise<UpstreamReply> {
    this.sent.push(call);
    return this.answer(JSON.parse(call.body.toString('utf8')) as Record<string, unknown>);
  }
  listen(): Promise<UpstreamReply> {
    throw new Error('not used');
  }
  async closeSession() {}
  async probe() {
    return { reachable: true, detail: 'ok' };
  }
  async close() {}
}

const json = (message: unknown): UpstreamReply => ({
  type: 'json',
  status: 200,
  sessionId: null,
  headers: {},
  body: Buffer.from(JSON.stringify(message)),
});

function setup(
  answer: (body: Record<string, unknown>) => UpstreamReply,
  stages: Stages = NO_STAGES,
  held?: HeldRequests,
) {
  const emitter = new RecordingEmitter();
  const upstream = new ScriptedUpstream(answer);
  const ledger = new ExchangeLedger({
    emitter,
    stages,
    newExchangeId: randomUUID,
    logger: silentLogger(),
    replayWindowMs: 60_000,
  });
  const handler = new StatelessExchangeHandler({
    ledger,
    sealer: new RequestStateSealer({ keys: [randomBytes(32)], ttlMs: 60_000 }),
    limits: { maxDepth: 64, maxBatchItems: 100 },
    logger: silentLogger(),
    ...(held && { held }),
  });
  const call = (
    message: Record<string, unknown>,
    signal = new AbortController().signal,
    abort?: (reason?: unknown) => void,
  ): Promise<StatelessReply> => {
    const frame = parseJsonRpcBody(Buffer.from(JSON.stringify(message)), { maxDepth: 64, maxBatchItems: 100 })
      .frames[0] as StatelessCall['frame'];
    const params = message.params as Record<string, unknown>;
    return handler.handle({
      connection: 'ehr',
      upstream,
      credentials: async () => ({ authorization: 'Bearer upstream-secret' }),
      identity: TEST_IDENTITY,
      sourceIp: '127.0.0.1',
      userAgent: 'unit',
      clientHeaders: { 'mcp-method': String(message.method), authorization: 'Bearer client-token' },
      frame,
      meta: parseRequestMeta(params),
      signal,
      ...(abort && { abort }),
    });
  };
  return { emitter, upstream, call, ledger };
}

const body = (reply: StatelessReply) =>
  JSON.parse(reply.type === 'json' ? reply.body.toString('utf8') : '{}') as Record<string, unknown>;

describe('StatelessExchangeHandler', () => {
  it('records a simple call as one exchange and relays the upstream bytes untouched', async () => {
    const result = {
      resultType: 'complete',
      tools: [],
      ttlMs: 60_000,
      cacheScope: 'public',
      _meta: { 'io.modelcontextprotocol/serverInfo': { name: 's', version: '1' } },
    };
    const { emitter, upstream, call } = setup((m) => json({ jsonrpc: '2.0', id: m.id, result }));
    const reply = await call({ jsonrpc: '2.0', id: 1, method: 'tools/list', params: { _meta: META } });
    expect(reply).toMatchObject({ type: 'json', status: 200 });
    expect(body(reply)).toEqual({ jsonrpc: '2.0', id: 1, result });
    const exchange = emitter.events[0]?.sessionId ?? '';
    expect(emitter.describe(exchange)).toEqual([
      '0:session_started',
      '1:client_to_server:request:tools/list:r0',
      '2:server_to_client:response:tools/list:r0',
      '3:session_ended',
    ]);
    expect(emitter.of(exchange).every((e) => e.era === 'stateless')).toBe(true);
    // The client's trace id, scoped to the caller.
    const traceId = auditTraceIdOf(TEST_IDENTITY, '4bf92f3577b34da6a3ce929d0e0e4736');
    expect(traceId).not.toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(emitter.of(exchange).every((e) => e.traceId === traceId)).toBe(true);
    expect(emitter.events.at(-1)?.body).toEqual({ finalSeq: 3, reason: 'exchange_complete' });
    // The client's token never goes upstream; the gateway's own credential does.
    expect(upstream.sent[0]?.headers).toMatchObject({
      authorization: 'Bearer upstream-secret',
      'mcp-method': 'tools/list',
    });
    expect(upstream.sent[0]?.protocolVersion).toBe('2026-07-28');
  });

  it('records a simple call in two appends: the start with the request, the answer with the end', async () => {
    const { emitter, upstream, call } = setup((m) => {
      // The request and the exchange's start are in the log before the upstream sees the request.
      expect(emitter.appends).toEqual([['session_started', 'frame']]);
      return json({ jsonrpc: '2.0', id: m.id, result: { content: [] } });
    });
    await call({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 't', _meta: META } });
    expect(upstream.sent).toHaveLength(1);
    expect(emitter.appends).toEqual([
      ['session_started', 'frame'],
      ['frame', 'session_ended'],
    ]);
  });

  it('hands the upstream the caller signal itself when the call can abort it (no signal linked to it)', async () => {
    const held = new HeldRequests();
    const { upstream, call } = setup((m) => json({ jsonrpc: '2.0', id: m.id, result: {} }), NO_STAGES, held);
    const client = new AbortController();
    await call({ jsonrpc: '2.0', id: 1, method: 'tools/list', params: { _meta: META } }, client.signal, (r) =>
      client.abort(r),
    );
    expect(upstream.sent[0]?.signal).toBe(client.signal);
    // Without a way to abort the caller's signal, the held request links one of its own.
    await call({ jsonrpc: '2.0', id: 2, method: 'tools/list', params: { _meta: META } }, client.signal);
    expect(upstream.sent[1]?.signal).not.toBe(client.signal);
  });

  it('records nothing of a call whose first append fails, and no seq is used', async () => {
    const { emitter, upstream, call } = setup((m) => json({ jsonrpc: '2.0', id: m.id, result: {} }));
    emitter.failures = 1;
    await expect(
      call({ jsonrpc: '2.0', id: 1, method: 'tools/list', params: { _meta: META } }),
    ).rejects.toThrow('disk full');
    expect(upstream.sent).toHaveLength(0);
    expect(emitter.events).toHaveLength(0);
    // The next call is a whole exchange of its own, from seq 0.
    await call({ jsonrpc: '2.0', id: 2, method: 'tools/list', params: { _meta: META } });
    expect(emitter.describe(emitter.events[0]?.sessionId ?? '')).toEqual([
      '0:session_started',
      '1:client_to_server:request:tools/list:r0',
      '2:server_to_client:response:tools/list:r0',
      '3:session_ended',
    ]);
  });

  it('keeps an exchange open whose final answer could not be recorded, and records its start only once', async () => {
    const { emitter, ledger } = setup(() => json({}));
    const frame = (message: Record<string, unknown>) =>
      parseJsonRpcBody(Buffer.from(JSON.stringify(message)), { maxDepth: 64, maxBatchItems: 100 })
        .frames[0] as StatelessCall['frame'];
    const request = frame({ jsonrpc: '2.0', id: 1, method: 'tools/list', params: { _meta: META } });
    const exchange = ledger.open(
      {
        connection: 'ehr',
        upstream: new ScriptedUpstream(() => json({})),
        credentials: async () => ({}),
        identity: TEST_IDENTITY,
        sourceIp: null,
        userAgent: null,
        clientHeaders: {},
        frame: request,
        meta: parseRequestMeta({ _meta: META }),
        signal: new AbortController().signal,
      },
      null,
    );
    const about = { method: 'tools/list', toolName: null, resourceUri: null, promptName: null };
    const answer = frame({ jsonrpc: '2.0', id: 1, result: {} });
    emitter.failures = 1;
    await expect(ledger.recordFinalAnswer(exchange, answer, about, 'exchange_complete')).rejects.toThrow();
    expect(exchange.ended).toBe(false);
    await ledger.recordFinalAnswer(exchange, answer, about, 'exchange_complete');
    await ledger.end(exchange, 'error');
    expect(emitter.describe(exchange.id)).toEqual([
      '0:session_started',
      '1:server_to_client:response:tools/list:r0',
      '2:session_ended',
    ]);
    expect(emitter.events.at(-1)?.body).toEqual({ finalSeq: 2, reason: 'exchange_complete' });
  });

  it('records and relays the upstream answer as the bytes it sent, never decoded and re-encoded', async () => {
    // A byte that is not UTF-8 would come back as U+FFFD from a round trip through a string.
    const answer = Buffer.concat([
      Buffer.from('{"jsonrpc":"2.0","id":1,"result":{"content":[{"type":"text","text":"a'),
      Buffer.from([0xff]),
      Buffer.from('b"}]}}'),
    ]);
    const { emitter, call } = setup(() => ({
      type: 'json',
      status: 200,
      sessionId: null,
      headers: {},
      body: answer,
    }));
    const params = { name: 't', _meta: META };
    const reply = await call({ jsonrpc: '2.0', id: 1, method: 'tools/call', params });
    if (reply.type !== 'json') throw new Error('expected JSON');
    expect(reply.body.equals(answer)).toBe(true);
    const response = emitter.events.find(
      (e) => e.type === 'frame' && (e.body as FrameBody).direction === 'server_to_client',
    );
    if (!response) throw new Error('the response frame was not recorded');
    expect((response.body as FrameBody).payload.equals(answer)).toBe(true);
  });

  it('records the rounds of a multi-round-trip request as one exchange and unwraps its requestState', async () => {
    const { emitter, upstream, call } = setup((m) => {
      const params = m.params as Record<string, unknown>;
      if (params.inputResponses === undefined) {
        return json({
          jsonrpc: '2.0',
          id: m.id,
          result: {
            resultType: 'input_required',
            inputRequests: { confirm: { method: 'elicitation/create', params: { message: 'Sure?' } } },
            requestState: 'upstream-state-1',
          },
        });
      }
      return json({ jsonrpc: '2.0', id: m.id, result: { resultType: 'complete', content: [] } });
    });
    const first = await call({
      jsonrpc: '2.0',
      id: 1,
      method: 'tools/call',
      params: { name: 'order', _meta: META },
    });
    const interim = body(first).result as Record<string, unknown>;
    expect(interim.resultType).toBe('input_required');
    expect(interim.inputRequests).toEqual({
      confirm: { method: 'elicitation/create', params: { message: 'Sure?' } },
    });
    expect(typeof interim.requestState).toBe('string');
    expect(interim.requestState).not.toBe('upstream-state-1');
    const exchange = emitter.events[0]?.sessionId ?? '';
    expect(emitter.of(exchange).some((e) => e.type === 'session_ended')).toBe(false);

    const retry = await call({
      jsonrpc: '2.0',
      id: 2,
      method: 'tools/call',
      params: {
        name: 'order',
        inputResponses: { confirm: { action: 'accept', content: {} } },
        requestState: interim.requestState,
        _meta: META,
      },
    });
    expect(body(retry)).toEqual({ jsonrpc: '2.0', id: 2, result: { resultType: 'complete', content: [] } });
    const forwarded = JSON.parse(upstream.sent[1]?.body.toString('utf8') ?? '{}') as {
      params: Record<string, unknown>;
    };
    expect(forwarded.params.requestState).toBe('upstream-state-1');
    expect(new Set(emitter.events.map((e) => e.sessionId))).toEqual(new Set([exchange]));
    expect(emitter.describe(exchange)).toEqual([
      '0:session_started',
      '1:client_to_server:request:tools/call:r0',
      '2:server_to_client:response:tools/call:r0',
      '3:client_to_server:request:tools/call:r1',
      '4:server_to_client:response:tools/call:r1',
      '5:session_ended',
    ]);
  });

  it('opens a new exchange when the same sealed state is presented twice, so no seq is used twice', async () => {
    const { emitter, call } = setup((m) =>
      (m.params as Record<string, unknown>).inputResponses === undefined
        ? json({
            jsonrpc: '2.0',
            id: m.id,
            result: { resultType: 'input_required', inputRequests: { r: { method: 'roots/list' } } },
          })
        : json({ jsonrpc: '2.0', id: m.id, result: { resultType: 'complete', content: [] } }),
    );
    const first = await call({
      jsonrpc: '2.0',
      id: 1,
      method: 'tools/call',
      params: { name: 't', _meta: META },
    });
    const state = (body(first).result as Record<string, unknown>).requestState;
    const retry = { name: 't', inputResponses: { r: { roots: [] } }, requestState: state, _meta: META };
    await call({ jsonrpc: '2.0', id: 2, method: 'tools/call', params: retry });
    await call({ jsonrpc: '2.0', id: 3, method: 'tools/call', params: retry });
    const sessions = new Set(emitter.events.map((e) => e.sessionId));
    expect(sessions.size).toBe(2);
    for (const id of sessions) {
      const seqs = emitter.of(id).map((e) => e.seq);
      expect(seqs).toEqual(seqs.map((_, i) => i));
    }
  });

  it('gives the client a state when the upstream sent none, and forwards no state on the retry', async () => {
    const { upstream, call } = setup((m) =>
      (m.params as Record<string, unknown>).inputResponses === undefined
        ? json({
            jsonrpc: '2.0',
            id: m.id,
            result: { resultType: 'input_required', inputRequests: { r: { method: 'roots/list' } } },
          })
        : json({ jsonrpc: '2.0', id: m.id, result: { resultType: 'complete', messages: [] } }),
    );
    const first = await call({
      jsonrpc: '2.0',
      id: 'a',
      method: 'prompts/get',
      params: { name: 'p', _meta: META },
    });
    const state = (body(first).result as Record<string, unknown>).requestState;
    expect(typeof state).toBe('string');
    await call({
      jsonrpc: '2.0',
      id: 'b',
      method: 'prompts/get',
      params: { name: 'p', inputResponses: { r: { roots: [] } }, requestState: state, _meta: META },
    });
    const forwarded = JSON.parse(upstream.sent[1]?.body.toString('utf8') ?? '{}') as {
      params: Record<string, unknown>;
    };
    expect('requestState' in forwarded.params).toBe(false);
    expect(forwarded.params.inputResponses).toEqual({ r: { roots: [] } });
  });

  it('refuses a forged requestState without calling the upstream, and records the refusal', async () => {
    const { emitter, upstream, call } = setup((m) => json({ jsonrpc: '2.0', id: m.id, result: {} }));
    const reply = await call({
      jsonrpc: '2.0',
      id: 9,
      method: 'tools/call',
      params: { name: 'order', requestState: 'prs1.eyJ4IjoiYW5vdGhlciJ9.AAAA', _meta: META },
    });
    expect(reply).toMatchObject({ type: 'json', status: 400 });
    expect(body(reply)).toMatchObject({ id: 9, error: { code: -32602 } });
    expect(upstream.sent).toHaveLength(0);
    const exchange = emitter.events[0]?.sessionId ?? '';
    expect(emitter.describe(exchange)).toEqual([
      '0:session_started',
      '1:client_to_server:request:tools/call:r0',
      '2:server_to_client:error:tools/call:r0',
      '3:session_ended',
    ]);
  });

  it('relays an SSE response stream, recording each notification before it is delivered', async () => {
    const events: UpstreamSseEvent[] = [
      {
        id: null,
        event: 'message',
        data: JSON.stringify({ jsonrpc: '2.0', method: 'notifications/progress', params: { progress: 1 } }),
      },
      {
        id: null,
        event: 'message',
        data: JSON.stringify({ jsonrpc: '2.0', id: 3, result: { resultType: 'complete', content: [] } }),
      },
    ];
    const { emitter, call } = setup(() => ({
      type: 'sse',
      status: 200,
      sessionId: null,
      headers: {},
      events: (async function* () {
        yield* events;
      })(),
    }));
    const reply = await call({
      jsonrpc: '2.0',
      id: 3,
      method: 'tools/call',
      params: { name: 'slow', _meta: META },
    });
    if (reply.type !== 'sse') throw new Error('expected SSE');
    expect(reply.headers['content-type']).toBe('text/event-stream');
    const delivered: string[] = [];
    const exchange = emitter.events[0]?.sessionId ?? '';
    for await (const text of reply.events) {
      // Each event is on record before the client gets it.
      expect(emitter.of(exchange).filter((e) => e.type === 'frame')).toHaveLength(delivered.length + 2);
      delivered.push(text);
    }
    expect(delivered).toEqual(events.map((e) => `event: message\ndata: ${e.data}\n\n`));
    expect(emitter.describe(exchange)).toEqual([
      '0:session_started',
      '1:client_to_server:request:tools/call:r0',
      '2:server_to_client:notification:notifications/progress:r0',
      '3:server_to_client:response:tools/call:r0',
      '4:session_ended',
    ]);
  });

  it('ends the exchange as a client disconnect when the client stops reading a stream', async () => {
    const { emitter, call } = setup(() => ({
      type: 'sse',
      status: 200,
      sessionId: null,
      headers: {},
      events: (async function* () {
        yield {
          id: null,
          event: 'message',
          data: '{"jsonrpc":"2.0","method":"notifications/tools/list_changed"}',
        };
        await new Promise(() => {});
      })(),
    }));
    const abort = new AbortController();
    const reply = await call(
      { jsonrpc: '2.0', id: 4, method: 'subscriptions/listen', params: { notifications: {}, _meta: META } },
      abort.signal,
    );
    if (reply.type !== 'sse') throw new Error('expected SSE');
    const iterator = reply.events[Symbol.asyncIterator]();
    await iterator.next();
    abort.abort();
    await iterator.return?.();
    const exchange = emitter.events[0]?.sessionId ?? '';
    expect(emitter.of(exchange).at(-1)).toMatchObject({
      type: 'session_ended',
      body: { reason: 'client_disconnect' },
    });
  });

  it('runs the request stages: a denied request never reaches the upstream', async () => {
    const deny: Stages = {
      request: [
        { name: 'block', onRequest: () => ({ action: 'deny', code: -32001, message: 'blocked by policy' }) },
      ],
      response: [],
    };
    const { upstream, call, emitter } = setup((m) => json({ jsonrpc: '2.0', id: m.id, result: {} }), deny);
    const reply = await call({
      jsonrpc: '2.0',
      id: 5,
      method: 'tools/call',
      params: { name: 'drop', _meta: META },
    });
    expect(body(reply)).toMatchObject({ id: 5, error: { code: -32001, message: 'blocked by policy' } });
    expect(upstream.sent).toHaveLength(0);
    expect(emitter.events.at(-1)).toMatchObject({
      type: 'session_ended',
      body: { reason: 'exchange_complete' },
    });
  });
});
