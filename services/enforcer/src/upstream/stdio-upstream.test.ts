import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stdioFixtureCommand } from '../../../../test/fixtures/stdio-fixture-command';
import type { UpstreamReply, UpstreamSseEvent } from './port';
import { groupAlive } from './stdio-process';
import type { CapturedOutput } from './stdio-session';
import { StdioUpstream } from './stdio-upstream';

type Message = Record<string, unknown> & { id?: unknown; method?: string; result?: unknown; error?: unknown };

const captured: { session: string | null; output: CapturedOutput }[] = [];
const exits: { session: string | null; description: string }[] = [];

function upstream(overrides: { command?: string; args?: string[]; poolSize?: number } = {}): StdioUpstream {
  const fixture = stdioFixtureCommand();
  return new StdioUpstream({
    name: 'fixture',
    command: {
      command: overrides.command ?? fixture.command,
      args: overrides.args ?? fixture.args,
      cwd: fixture.cwd,
      env: {},
      inheritEnv: [],
      maxLineBytes: 1024 * 1024,
      killGraceMs: 1_000,
    },
    poolSize: overrides.poolSize ?? 2,
    poolProtocolVersion: '2025-06-18',
    startTimeoutMs: 20_000,
    sink: {
      output: (session, output) => captured.push({ session, output }),
      exited: (session, description) => exits.push({ session, description }),
    },
  });
}

const INITIALIZE = {
  jsonrpc: '2.0',
  id: 'init',
  method: 'initialize',
  params: {
    protocolVersion: '2025-06-18',
    capabilities: { elicitation: {} },
    clientInfo: { name: 't', version: '1' },
  },
};

const body = (message: unknown) => Buffer.from(JSON.stringify(message));
const call = (
  id: number | string,
  name: string,
  args: Record<string, unknown> = {},
  meta?: Record<string, unknown>,
) => ({
  jsonrpc: '2.0',
  id,
  method: 'tools/call',
  params: { name, arguments: args, ...(meta && { _meta: meta }) },
});

/** Reads a reply's stream to its end (or until `stopAt` says so). */
async function read(reply: UpstreamReply, stopAt?: (m: Message) => boolean): Promise<Message[]> {
  if (reply.type !== 'sse') throw new Error(`expected a stream, got ${reply.type} ${reply.status}`);
  const out: Message[] = [];
  for await (const event of reply.events as AsyncIterable<UpstreamSseEvent>) {
    const message = JSON.parse(event.data) as Message;
    out.push(message);
    if (stopAt?.(message)) break;
  }
  return out;
}

async function until(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const base = { protocolVersion: '2025-06-18', headers: {} };

describe('StdioUpstream: a session of its own process', () => {
  const stdio = upstream();
  let handle: string;

  beforeAll(async () => {
    const reply = await stdio.send({
      ...base,
      upstreamSessionId: null,
      body: body(INITIALIZE),
      auditSessionId: 'gw-1',
    } as never);
    expect(reply.sessionId).not.toBeNull();
    handle = reply.sessionId as string;
    const [answer] = await read(reply);
    expect((answer as { result: { serverInfo: { name: string } } }).result.serverInfo.name).toBe(
      'proctor-stdio-fixture',
    );
    const initialized = await stdio.send({
      ...base,
      upstreamSessionId: handle,
      body: body({ jsonrpc: '2.0', method: 'notifications/initialized' }),
    });
    expect(initialized.type).toBe('accepted');
  });

  afterAll(() => stdio.close());

  it('answers a call on the stream of its request', async () => {
    const messages = await read(
      await stdio.send({ ...base, upstreamSessionId: handle, body: body(call(1, 'echo', { text: 'hi' })) }),
    );
    expect(messages).toEqual([
      { jsonrpc: '2.0', id: 1, result: { content: [{ type: 'text', text: 'echo: hi' }] } },
    ]);
  });

  it('carries logging and progress notifications of a call before its answer, in order', async () => {
    const messages = await read(
      await stdio.send({
        ...base,
        upstreamSessionId: handle,
        body: body(call(2, 'count_up', { steps: 3 }, { progressToken: 'p2' })),
      }),
    );
    expect(messages.map((m) => m.method ?? `answer ${String(m.id)}`)).toEqual([
      'notifications/message',
      'notifications/progress',
      'notifications/progress',
      'notifications/progress',
      'answer 2',
    ]);
  });

  it('relays a server-to-client request and takes the answer on another post', async () => {
    const reply = await stdio.send({ ...base, upstreamSessionId: handle, body: body(call(3, 'ask_name')) });
    if (reply.type !== 'sse') throw new Error('expected a stream');
    const iterator = reply.events[Symbol.asyncIterator]();
    const first = JSON.parse((await iterator.next()).value.data) as Message;
    expect(first.method).toBe('elicitation/create');
    const answered = await stdio.send({
      ...base,
      upstreamSessionId: handle,
      body: body({
        jsonrpc: '2.0',
        id: first.id,
        result: { action: 'accept', content: { name: 'Test Person' } },
      }),
    });
    expect(answered.type).toBe('accepted');
    const final = JSON.parse((await iterator.next()).value.data) as Message;
    expect(final).toMatchObject({ id: 3, result: { content: [{ text: 'accept: Test Person' }] } });
  });

  it('captures stderr lines and junk on stdout for the audit, and goes on serving', async () => {
    captured.length = 0;
    await read(
      await stdio.send({
        ...base,
        upstreamSessionId: handle,
        body: body(call(4, 'write_stderr', { line: 'synthetic warning' })),
      }),
    );
    const junk = await read(
      await stdio.send({ ...base, upstreamSessionId: handle, body: body(call(5, 'write_junk')) }),
    );
    expect(junk.at(-1)).toMatchObject({ id: 5, result: { content: [{ text: 'junk written' }] } });
    await until(() => captured.length >= 2, 'two captured lines');
    expect(captured).toContainEqual({
      session: 'gw-1',
      output: { stream: 'stderr', text: 'synthetic warning', bytes: 17, problem: null },
    });
    expect(captured).toContainEqual({
      session: 'gw-1',
      output: { stream: 'stdout', text: 'this is not JSON-RPC', bytes: 20, problem: 'not JSON-RPC' },
    });
  });

  it('relays server messages that belong to no call on the listening stream', async () => {
    const reply = await stdio.listen({ ...base, upstreamSessionId: handle, lastEventId: null });
    expect(reply.type).toBe('sse');
    const second = await stdio.listen({ ...base, upstreamSessionId: handle, lastEventId: null });
    expect(second.status).toBe(409);
    if (reply.type === 'sse') {
      // The fixture's tool list never changes, so the stream only proves it stays open and ends with the session.
      const ended = read(reply);
      await stdio.closeSession({ ...base, upstreamSessionId: handle });
      expect(await ended).toEqual([]);
    }
  });
});

describe('StdioUpstream: process lifecycle', () => {
  it('a crash mid-call answers the call with a clear error at once, then 404 for the session', async () => {
    const stdio = upstream();
    try {
      const init = await stdio.send({
        ...base,
        upstreamSessionId: null,
        body: body(INITIALIZE),
        auditSessionId: 'gw-crash',
      } as never);
      await read(init);
      const handle = init.sessionId as string;
      exits.length = 0;
      const began = Date.now();
      const messages = await read(
        await stdio.send({ ...base, upstreamSessionId: handle, body: body(call(9, 'crash')) }),
      );
      expect(Date.now() - began).toBeLessThan(3_000);
      expect(messages).toEqual([
        {
          jsonrpc: '2.0',
          id: 9,
          error: {
            code: -31021,
            message: 'the stdio MCP server of connection "fixture" exited with code 70',
          },
        },
      ]);
      expect(exits).toEqual([
        { session: 'gw-crash', description: expect.stringContaining('exited with code 70') },
      ]);
      const after = await stdio.send({
        ...base,
        upstreamSessionId: handle,
        body: body(call(10, 'echo', { text: 'x' })),
      });
      expect(after).toMatchObject({ type: 'json', status: 404 });
      expect(JSON.parse((after as { body: Buffer }).body.toString())).toMatchObject({
        id: 10,
        error: { code: -31021 },
      });
    } finally {
      await stdio.close();
    }
  });

  it('ending the session kills the process group, children included', async () => {
    const stdio = upstream();
    try {
      const init = await stdio.send({ ...base, upstreamSessionId: null, body: body(INITIALIZE) });
      await read(init);
      const handle = init.sessionId as string;
      const [pidAnswer] = await read(
        await stdio.send({ ...base, upstreamSessionId: handle, body: body(call(1, 'pid')) }),
      );
      const [childAnswer] = await read(
        await stdio.send({ ...base, upstreamSessionId: handle, body: body(call(2, 'start_child')) }),
      );
      const pgid = Number(textOf(pidAnswer));
      const child = Number(textOf(childAnswer));
      expect(groupAlive(pgid)).toBe(true);
      expect(processAlive(child)).toBe(true);
      await stdio.closeSession({ ...base, upstreamSessionId: handle });
      expect(groupAlive(pgid)).toBe(false);
      expect(processAlive(child)).toBe(false);
      expect(stdio.runningSessions).toBe(0);
    } finally {
      await stdio.close();
    }
  });

  it("starts the next session's process ahead: its initialize finds it running, its output is recorded under it", async () => {
    // The fixture behind a shell that writes a line at start-up, before any session is known.
    const fixture = stdioFixtureCommand();
    const stdio = upstream({
      poolSize: 0,
      command: 'sh',
      args: ['-c', 'echo synthetic start-up note >&2; exec "$0" "$@"', fixture.command, ...fixture.args],
    });
    try {
      await read(
        await stdio.send({
          ...base,
          upstreamSessionId: null,
          body: body(INITIALIZE),
          auditSessionId: 'gw-1',
        } as never),
      );
      // The spare the first session left: a child of this process, past its start-up line (the
      // shell gave way to the server) before the second session asks.
      await until(
        () => childPids().length >= 2 && childPids().every((pid) => !commandOf(pid).startsWith('sh')),
        'a spare process',
      );
      await new Promise((resolve) => setTimeout(resolve, 200));
      const before = childPids();
      const init = await stdio.send({
        ...base,
        upstreamSessionId: null,
        body: body(INITIALIZE),
        auditSessionId: 'gw-2',
      } as never);
      await read(init);
      const handle = init.sessionId as string;
      const [pidAnswer] = await read(
        await stdio.send({ ...base, upstreamSessionId: handle, body: body(call(1, 'pid')) }),
      );
      expect(before).toContain(Number(textOf(pidAnswer)));
      const startupLines = [...captured];
      captured.length = 0;
      await read(
        await stdio.send({
          ...base,
          upstreamSessionId: handle,
          body: body(call(2, 'write_stderr', { line: 'synthetic note' })),
        }),
      );
      await until(() => captured.length >= 1, 'a captured line');
      expect(captured).toContainEqual({
        session: 'gw-2',
        output: { stream: 'stderr', text: 'synthetic note', bytes: 14, problem: null },
      });
      // What the spare wrote before it had a session is in that session's trail too.
      expect(startupLines).toContainEqual({
        session: 'gw-2',
        output: { stream: 'stderr', text: 'synthetic start-up note', bytes: 23, problem: null },
      });
    } finally {
      await stdio.close();
    }
    // Closing the connection stops the spare it started for a third session.
    await until(() => childPids().length === 0, 'no process left');
  });

  it('a command that cannot start answers initialize with an error naming why', async () => {
    const stdio = upstream({ command: '/nonexistent/mcp-server' });
    try {
      const init = await stdio.send({ ...base, upstreamSessionId: null, body: body(INITIALIZE) });
      expect(await read(init)).toEqual([
        {
          jsonrpc: '2.0',
          id: 'init',
          error: {
            code: -31021,
            message: 'the stdio MCP server of connection "fixture" could not be started (ENOENT)',
          },
        },
      ]);
      expect(await stdio.probe(1_000)).toMatchObject({ reachable: false });
    } finally {
      await stdio.close();
    }
  });
});

describe('StdioUpstream: pooled processes for requests without a session', () => {
  it('serves concurrent clients that use the same request id, each with its own answer', async () => {
    const stdio = upstream({ poolSize: 1 });
    try {
      const [a, b] = await Promise.all([
        stdio.send({ ...base, upstreamSessionId: null, body: body(call(1, 'echo', { text: 'from a' })) }),
        stdio.send({
          ...base,
          upstreamSessionId: null,
          body: body(call(1, 'count_up', { steps: 2 }, { progressToken: 1 })),
        }),
      ]);
      expect(a.sessionId).toBeNull();
      const [fromA, fromB] = await Promise.all([read(a), read(b)]);
      expect(fromA.at(-1)).toEqual({
        jsonrpc: '2.0',
        id: 1,
        result: { content: [{ type: 'text', text: 'echo: from a' }] },
      });
      expect(
        fromB
          .filter((m) => m.method === 'notifications/progress')
          .map((m) => (m.params as { progressToken: unknown }).progressToken),
      ).toEqual([1, 1]);
      expect(fromB.at(-1)).toEqual({
        jsonrpc: '2.0',
        id: 1,
        result: { content: [{ type: 'text', text: 'counted to 2' }] },
      });
    } finally {
      await stdio.close();
    }
  });
});

/** Processes this test process started and that still run (not zombies). */
function childPids(): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .filter((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return fields[0] !== 'Z' && Number(fields[1]) === process.pid;
      } catch {
        return false;
      }
    });
}

/** The program a process runs (its first argument). */
function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'latin1').split('\0')[0] ?? '';
  } catch {
    return '';
  }
}

function textOf(message: Message | undefined): string {
  const result = (message as { result: { content: { text: string }[] } }).result;
  return result.content[0]?.text ?? '';
}

/** Alive and not a zombie: an orphan's exit may wait for a reaper that is not this test's concern. */
function processAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}
