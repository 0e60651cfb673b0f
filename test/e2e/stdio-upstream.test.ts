/**
 * A stdio MCP server (official SDK v1 stdio server) behind the gateway: an SDK v1 client sees
 * through the gateway what it sees talking to the server directly; the server's stderr is in the
 * audit trail; a crash mid-call gives a clear error at once and ends the session; the server's
 * process group is gone after the session ends and after the gateway stops.
 */
import { readFileSync } from 'node:fs';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { ElicitRequestSchema, LoggingMessageNotificationSchema } from '@modelcontextprotocol/sdk/types.js';
import type { AuditEvent } from '@proctor/events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectGapFree,
  startTestGateway,
  type TestGateway,
} from '../../services/enforcer/src/test-fixtures/gateway-harness';
import { groupAlive } from '../../services/enforcer/src/upstream/stdio-process';
import { stdioFixtureCommand } from '../fixtures/stdio-fixture-command';
import { waitFor } from '../harness';

const fixture = stdioFixtureCommand();

function gatewaySettings(poolSize = 0) {
  return {
    connections: [
      {
        name: 'files',
        upstream: {
          stdio: {
            command: fixture.command,
            args: fixture.args,
            cwd: fixture.cwd,
            poolSize,
            killGraceMs: 1_000,
          },
        },
      },
    ],
  };
}

async function connect(transport: Transport): Promise<Client> {
  const client = new Client(
    { name: 'stdio-e2e', version: '1.0.0' },
    { capabilities: { elicitation: { form: {} } } },
  );
  client.setRequestHandler(ElicitRequestSchema, async () => ({
    action: 'accept',
    content: { name: 'Test Person' },
  }));
  await client.connect(transport);
  return client;
}

function viaGateway(gateway: TestGateway): StreamableHTTPClientTransport {
  return new StreamableHTTPClientTransport(new URL(`${gateway.base}/mcp/files`), {
    requestInit: { headers: { authorization: 'Bearer good' } },
  });
}

/** The same calls, directly or through the gateway; returns what the client saw. */
async function scenario(client: Client): Promise<Record<string, unknown>> {
  const progress: number[] = [];
  const logs: unknown[] = [];
  client.setNotificationHandler(LoggingMessageNotificationSchema, (n) => void logs.push(n.params.data));
  return {
    server: client.getServerVersion(),
    tools: (await client.listTools()).tools.map((t) => t.name).sort(),
    echo: await client.callTool({ name: 'echo', arguments: { text: 'synthetic' } }),
    count: await client.callTool({ name: 'count_up', arguments: { steps: 3 } }, undefined, {
      onprogress: (p) => progress.push(p.progress),
    }),
    progress,
    logs,
    elicited: await client.callTool({ name: 'ask_name', arguments: {} }),
    unknown: await client.callTool({ name: 'no_such_tool', arguments: {} }).catch((e: Error) => e.message),
    badArguments: await client
      .callTool({ name: 'echo', arguments: { text: 7 } })
      .catch((e: Error) => e.message),
  };
}

function sessionIdOf(transport: StreamableHTTPClientTransport): string {
  const id = transport.sessionId;
  if (id === undefined) throw new Error('no session id');
  return id;
}

function pidOf(result: unknown): number {
  const content = (result as { content: { text: string }[] }).content;
  return Number(content[0]?.text);
}

function living(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    return stat[stat.lastIndexOf(')') + 2] !== 'Z';
  } catch {
    return false;
  }
}

describe('stdio upstream through the gateway', () => {
  let gateway: TestGateway;

  beforeAll(async () => {
    gateway = await startTestGateway(gatewaySettings());
  });

  afterAll(() => gateway.close());

  it('looks to an SDK client as it does directly, and every frame is recorded once, in order', async () => {
    const direct = await connect(new StdioClientTransport({ ...fixture, stderr: 'ignore' }));
    const seenDirectly = await scenario(direct);
    await direct.close();

    const transport = viaGateway(gateway);
    const client = await connect(transport);
    const seenThrough = await scenario(client);
    const sessionId = sessionIdOf(transport);
    await transport.terminateSession();
    await client.close();

    // Progress is compared apart: the SDK's stdio client receives the notifications but handles
    // them after the answer that arrived in the same read, so directly its callback never runs.
    const { progress, ...through } = seenThrough;
    const { progress: _directProgress, ...directly } = seenDirectly;
    expect(through).toEqual(directly);
    expect(progress).toEqual([1, 2, 3]);
    const events = await waitFor(
      async () => {
        const all = gateway.eventsOf(sessionId);
        return all.at(-1)?.type === 'session_ended' ? all : undefined;
      },
      { what: 'session_ended' },
    );
    expect(events[0]?.type).toBe('session_started');
    expect(events.at(-1)).toMatchObject({ type: 'session_ended', body: { reason: 'client_delete' } });
    expect(expectGapFree(events).sessionGaps).toEqual([]);
    const frames = events.filter((e): e is Extract<AuditEvent, { type: 'frame' }> => e.type === 'frame');
    const calls = frames.filter((f) => f.body.method === 'tools/call' && f.body.kind === 'request');
    expect(calls.map((f) => f.body.toolName)).toEqual([
      'echo',
      'count_up',
      'ask_name',
      'no_such_tool',
      'echo',
    ]);
    const elicitation = frames.filter((f) => f.body.method === 'elicitation/create');
    expect(elicitation.map((f) => `${f.body.direction} ${f.body.kind}`)).toEqual([
      'server_to_client request',
      'client_to_server response',
    ]);
    const ids = frames.map((f) => f.eventId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('records what the server writes to stderr as stderr frames of the session', async () => {
    const transport = viaGateway(gateway);
    const client = await connect(transport);
    try {
      await client.callTool({ name: 'write_stderr', arguments: { line: 'synthetic diagnostic line' } });
      await client.callTool({ name: 'write_junk', arguments: {} });
      const sessionId = sessionIdOf(transport);
      const captured = await waitFor(
        async () => {
          const stderr = gateway
            .eventsOf(sessionId)
            .flatMap((e) => (e.type === 'frame' && e.body.kind === 'stderr' ? [e] : []));
          return stderr.length >= 2 ? stderr : undefined;
        },
        { what: 'two stderr frames' },
      );
      expect(captured.every((e) => e.body.direction === 'server_to_client')).toBe(true);
      const payloads = captured.map((e) => JSON.parse(e.body.payload.toString('utf8')));
      expect(payloads).toContainEqual({
        stream: 'stderr',
        text: 'synthetic diagnostic line',
        bytes: 25,
        problem: null,
      });
      expect(payloads).toContainEqual({
        stream: 'stdout',
        text: 'this is not JSON-RPC',
        bytes: 20,
        problem: 'not JSON-RPC',
      });
      expect(expectGapFree(gateway.eventsOf(sessionId)).sessionGaps).toEqual([]);
    } finally {
      await transport.terminateSession();
      await client.close();
    }
  });

  it('answers a call whose server crashes with a clear error at once, and ends the session as upstream_gone', async () => {
    const transport = viaGateway(gateway);
    const client = await connect(transport);
    const sessionId = sessionIdOf(transport);
    const began = Date.now();
    const failure = await client.callTool({ name: 'crash', arguments: {} }).catch((e: Error) => e);
    expect(Date.now() - began).toBeLessThan(5_000);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toContain(
      'the stdio MCP server of connection "files" exited with code 70',
    );
    const events = await waitFor(
      async () => {
        const all = gateway.eventsOf(sessionId);
        return all.at(-1)?.type === 'session_ended' ? all : undefined;
      },
      { what: 'the session to end' },
    );
    expect(events.at(-1)).toMatchObject({ type: 'session_ended', body: { reason: 'upstream_gone' } });
    expect(expectGapFree(events).sessionGaps).toEqual([]);
    const stderr = events.flatMap((e) => (e.type === 'frame' && e.body.kind === 'stderr' ? [e] : []));
    expect(stderr.map((e) => JSON.parse(e.body.payload.toString('utf8')).text)).toContain(
      'fixture: crashing on purpose',
    );
    const after = await client
      .callTool({ name: 'echo', arguments: { text: 'x' } })
      .catch((e: Error) => e.message);
    expect(after).toMatch(/Session not found|404/);
    await client.close();
  });

  it('kills the server process group, children included, when the session ends', async () => {
    const transport = viaGateway(gateway);
    const client = await connect(transport);
    const pgid = pidOf(await client.callTool({ name: 'pid', arguments: {} }));
    const child = pidOf(await client.callTool({ name: 'start_child', arguments: {} }));
    expect(groupAlive(pgid)).toBe(true);
    await transport.terminateSession();
    await client.close();
    await waitFor(async () => (!groupAlive(pgid) && !living(child) ? true : undefined), {
      what: 'the process group to be gone',
    });
  });
});

describe('stdio upstream when the gateway stops', () => {
  it('kills the process groups of open sessions and of the pool', async () => {
    const gateway = await startTestGateway(gatewaySettings(1));
    let closed = false;
    try {
      const transport = viaGateway(gateway);
      const client = await connect(transport);
      const pgid = pidOf(await client.callTool({ name: 'pid', arguments: {} }));
      const child = pidOf(await client.callTool({ name: 'start_child', arguments: {} }));
      expect(groupAlive(pgid)).toBe(true);
      await gateway.close();
      closed = true;
      expect(groupAlive(pgid)).toBe(false);
      expect(living(child)).toBe(false);
      const ended = gateway.eventsOf(sessionIdOf(transport)).at(-1);
      expect(ended).toMatchObject({ type: 'session_ended', body: { reason: 'gateway_shutdown' } });
      await client.close().catch(() => undefined);
    } finally {
      if (!closed) await gateway.close();
    }
  });
});
