/**
 * Two callers sharing a pooled stdio process (requests without a session): what one of them
 * sends that names an id on the shared process — a cancellation, an answer to the server's own
 * request — never reaches a request of the other. The ids the gateway puts on the process are
 * not guessable, and a message naming an id the caller was not given is not written to it.
 * A caller's own cancellation, sent in a POST of its own, reaches its own request; and a caller
 * going away gets its requests cancelled on the process.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startTestGateway,
  type TestGateway,
} from '../../services/enforcer/src/test-fixtures/gateway-harness';
import { waitFor } from '../harness';

/**
 * A stdio server whose `wait` call answers after a while, or at once with "cancelled" when a
 * cancellation names it, and whose `ask` call asks the client (a server-to-client request
 * numbered from 0, as servers number theirs) and answers with what the client said (or
 * "refused" for an error), and whose `cancels` call answers how many of its calls a
 * cancellation stopped.
 */
const SERVER = `
const send = (m) => process.stdout.write(JSON.stringify({ jsonrpc: '2.0', ...m }) + '\\n');
const text = (t) => ({ content: [{ type: 'text', text: t }] });
const waiting = new Map();
const asked = new Map();
let next = 0;
let cancelled = 0;
require('node:readline').createInterface({ input: process.stdin }).on('line', (line) => {
  const m = JSON.parse(line);
  if (m.method === 'notifications/cancelled') {
    const key = JSON.stringify(m.params.requestId);
    const timer = waiting.get(key);
    if (timer) { clearTimeout(timer); waiting.delete(key); cancelled++; send({ id: m.params.requestId, result: text('cancelled') }); }
    return;
  }
  if (m.method === undefined) {
    const callId = asked.get(JSON.stringify(m.id));
    if (callId === undefined) return;
    asked.delete(JSON.stringify(m.id));
    return send({ id: callId, result: text(m.result ? 'answered: ' + m.result.content.name : 'refused') });
  }
  if (m.id === undefined) return;
  if (m.method === 'initialize')
    return send({ id: m.id, result: { protocolVersion: m.params.protocolVersion, capabilities: { tools: {} }, serverInfo: { name: 'pooled', version: '1' } } });
  if (m.method !== 'tools/call') return send({ id: m.id, error: { code: -32601, message: 'no such method' } });
  if (m.params.name === 'wait') {
    const key = JSON.stringify(m.id);
    const ms = (m.params.arguments && m.params.arguments.ms) || 3000;
    waiting.set(key, setTimeout(() => { waiting.delete(key); send({ id: m.id, result: text('done') }); }, ms));
    return;
  }
  if (m.params.name === 'cancels') return send({ id: m.id, result: text(String(cancelled)) });
  if (m.params.name === 'ask') {
    const id = next++;
    asked.set(JSON.stringify(id), m.id);
    return send({ id, method: 'elicitation/create', params: { mode: 'form', message: 'Which name?', requestedSchema: { type: 'object', properties: {} } } });
  }
  send({ id: m.id, result: text('echo') });
});
`;

type Message = Record<string, unknown>;

/** A sessionless POST as the given caller: the pooled process serves it. */
function post(gateway: TestGateway, token: string, body: unknown): Promise<Response> {
  return fetch(`${gateway.base}/mcp/pooled`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      accept: 'application/json, text/event-stream',
      'mcp-protocol-version': '2025-06-18',
    },
    body: JSON.stringify(body),
  });
}

/** Reads the SSE messages of a response one at a time (null at its end). */
function messagesOf(response: Response): () => Promise<Message | null> {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  return async () => {
    for (;;) {
      const end = buffered.indexOf('\n\n');
      if (end >= 0) {
        const data = buffered
          .slice(0, end)
          .split('\n')
          .filter((line) => line.startsWith('data:'))
          .map((line) => line.slice(5).trimStart())
          .join('\n');
        buffered = buffered.slice(end + 2);
        if (data !== '') return JSON.parse(data) as Message;
        continue;
      }
      const chunk = await reader.read();
      if (chunk.done) return null;
      buffered += decoder.decode(chunk.value, { stream: true });
    }
  };
}

function call(id: number, name: string, args: Record<string, unknown> = {}): Message {
  return { jsonrpc: '2.0', id, method: 'tools/call', params: { name, arguments: args } };
}

function textOf(message: Message | null): unknown {
  return (message?.result as { content?: { text?: unknown }[] } | undefined)?.content?.[0]?.text;
}

/** Posts each message on its own (this revision has no batches); none may fail the gateway. */
async function postEach(gateway: TestGateway, token: string, messages: Message[]): Promise<void> {
  for (const message of messages) {
    const response = await post(gateway, token, message);
    expect(response.status).toBeLessThan(500);
    await response.text();
  }
}

/** What a caller would try: ids shaped like the gateway's substitutes, small integers, the other's own ids. */
function guessedIds(shown: unknown[]): unknown[] {
  const small = Array.from({ length: 32 }, (_, i) => i);
  return [...small.map((i) => `proctor-${i.toString(36)}`), ...small, ...shown];
}

describe('a pooled stdio process shared by two callers', () => {
  let gateway: TestGateway;

  beforeAll(async () => {
    gateway = await startTestGateway({
      connections: [
        {
          name: 'pooled',
          upstream: { stdio: { command: process.execPath, args: ['-e', SERVER], poolSize: 1 } },
        },
      ],
    });
  });

  afterAll(() => gateway.close());

  it("does not let one caller cancel the other's call", async () => {
    const answered = post(gateway, 'good', call(1, 'wait'));
    await waitFor(
      async () =>
        gateway.events().some((e) => e.type === 'frame' && e.body.toolName === 'wait') ? true : undefined,
      { what: 'the call recorded' },
    );
    const cancels = guessedIds([1]).map((requestId) => ({
      jsonrpc: '2.0',
      method: 'notifications/cancelled',
      params: { requestId, reason: 'synthetic' },
    }));
    // Twice: the first round may overtake the call on its way to the process.
    for (let round = 0; round < 2; round += 1) {
      await Promise.all(cancels.map((cancel) => postEach(gateway, 'other', [cancel])));
    }
    const victim = await answered;
    expect(victim.status).toBe(200);
    const result = await messagesOf(victim)();
    expect(result?.id).toBe(1);
    expect(textOf(result)).toBe('done');
  });

  it("does not let one caller answer the server's request made during the other's call", async () => {
    const victim = await post(gateway, 'good', call(2, 'ask'));
    expect(victim.status).toBe(200);
    const next = messagesOf(victim);
    const asked = await next();
    expect(asked).toMatchObject({ method: 'elicitation/create' });
    const answers = guessedIds([2]).map((id) => ({
      jsonrpc: '2.0',
      id,
      result: { action: 'accept', content: { name: 'Mallory' } },
    }));
    await postEach(gateway, 'other', answers);
    const own = await post(gateway, 'good', {
      jsonrpc: '2.0',
      id: asked?.id,
      result: { action: 'accept', content: { name: 'Test Person' } },
    });
    expect(own.status).toBeLessThan(300);
    await own.text();
    const result = await next();
    expect(result?.id).toBe(2);
    expect(textOf(result)).toBe('answered: Test Person');
  });

  it("shows neither caller the server's request while both have calls open, and the asking call goes on", async () => {
    const bystanderAnswer = post(gateway, 'other', call(3, 'wait'));
    await waitFor(
      async () =>
        gateway
          .events()
          .some((e) => e.type === 'frame' && e.body.toolName === 'wait' && e.body.jsonrpcId === '3')
          ? true
          : undefined,
      { what: 'the other call recorded' },
    );
    const victim = await post(gateway, 'good', call(4, 'ask'));
    expect(victim.status).toBe(200);
    const result = await messagesOf(victim)();
    expect(result?.id).toBe(4);
    expect(textOf(result)).toBe('refused');
    const bystander = messagesOf(await bystanderAnswer);
    const seen: Message[] = [];
    for (let message = await bystander(); message !== null; message = await bystander()) seen.push(message);
    expect(seen.map((m) => m.method ?? m.id)).toEqual([3]);
  });

  /** How many calls the process has had cancelled so far. */
  async function cancelsSoFar(): Promise<number> {
    const response = await post(gateway, 'good', call(90, 'cancels'));
    return Number(textOf(await messagesOf(response)()));
  }

  /** Waits until the gateway recorded the tools/call of `caller` with JSON-RPC id `id`. */
  function recorded(id: number, what: string): Promise<true> {
    return waitFor(
      async () =>
        gateway
          .events()
          .some((e) => e.type === 'frame' && e.body.jsonrpcId === String(id) && e.body.toolName === 'wait')
          ? true
          : undefined,
      { what },
    );
  }

  it('lets a caller cancel its own call from a POST of its own, and only its own', async () => {
    const before = await cancelsSoFar();
    const mine = post(gateway, 'good', call(5, 'wait'));
    await recorded(5, 'the call recorded');
    const theirs = post(gateway, 'other', call(5, 'wait'));
    await waitFor(
      async () =>
        gateway.events().filter((e) => e.type === 'frame' && e.body.jsonrpcId === '5').length >= 2
          ? true
          : undefined,
      { what: 'both calls recorded' },
    );
    const started = Date.now();
    const cancel = await post(gateway, 'good', {
      jsonrpc: '2.0',
      method: 'notifications/cancelled',
      params: { requestId: 5, reason: 'synthetic' },
    });
    expect(cancel.status).toBe(202);
    const own = await messagesOf(await mine)();
    expect(own?.id).toBe(5);
    expect(textOf(own)).toBe('cancelled');
    expect(Date.now() - started).toBeLessThan(2_500);
    const other = await messagesOf(await theirs)();
    expect(other?.id).toBe(5);
    expect(textOf(other)).toBe('done');
    expect(await cancelsSoFar()).toBe(before + 1);
  });

  it('cancels the calls of a caller that went away on the process', async () => {
    const before = await cancelsSoFar();
    const gone = new AbortController();
    const response = post(gateway, 'good', call(6, 'wait'));
    const leaving = fetch(`${gateway.base}/mcp/pooled`, {
      method: 'POST',
      signal: gone.signal,
      headers: {
        authorization: 'Bearer good',
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
        'mcp-protocol-version': '2025-06-18',
      },
      body: JSON.stringify(call(7, 'wait')),
    });
    await recorded(7, 'the call of the caller leaving recorded');
    gone.abort();
    await expect(leaving).rejects.toThrow();
    // Long before the call would have answered (3 s), the process has been told.
    await waitFor(async () => ((await cancelsSoFar()) === before + 1 ? true : undefined), {
      what: 'the call cancelled on the process',
      timeoutMs: 2_000,
    });
    // The cancellation is on the record, in the session of the call it cancels.
    const session = gateway
      .events()
      .find((e) => e.type === 'frame' && e.body.jsonrpcId === '7' && e.body.toolName === 'wait')?.sessionId;
    expect(
      gateway
        .eventsOf(session as string)
        .some((e) => e.type === 'frame' && e.body.method === 'notifications/cancelled'),
    ).toBe(true);
    // The caller's other call, still wanted, goes on.
    const kept = await messagesOf(await response)();
    expect(textOf(kept)).toBe('done');
    expect(await cancelsSoFar()).toBe(before + 1);
  });
});

describe('a pool of two stdio processes', () => {
  let gateway: TestGateway;

  beforeAll(async () => {
    gateway = await startTestGateway({
      connections: [
        {
          name: 'pooled',
          upstream: { stdio: { command: process.execPath, args: ['-e', SERVER], poolSize: 2 } },
        },
      ],
    });
  });

  afterAll(() => gateway.close());

  it("sends a caller's cancellation to the process running its call, not to an idle one", async () => {
    // Long enough that only the cancellation can answer it, however loaded the machine is.
    const mine = post(gateway, 'good', call(1, 'wait', { ms: 60_000 }));
    await waitFor(
      async () =>
        gateway.events().some((e) => e.type === 'frame' && e.body.toolName === 'wait') ? true : undefined,
      { what: 'the call recorded' },
    );
    // Another caller's quick call starts the second process, idle again once answered.
    expect(textOf(await messagesOf(await post(gateway, 'other', call(2, 'echo')))())).toBe('echo');
    const cancel = await post(gateway, 'good', {
      jsonrpc: '2.0',
      method: 'notifications/cancelled',
      params: { requestId: 1, reason: 'synthetic' },
    });
    expect(cancel.status).toBe(202);
    expect(textOf(await messagesOf(await mine)())).toBe('cancelled');
  });
});
