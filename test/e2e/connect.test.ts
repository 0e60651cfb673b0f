/**
 * `proctor connect` with the official SDK v1 stdio client: the client spawns the real command,
 * which relays to a real gateway, which runs a real stdio MCP server. The client sees what it
 * sees directly — results, notifications, a server-to-client request, errors — and the bridge
 * refreshes its token on 401, passes the gateway's errors on, and ends the session on exit.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { ElicitRequestSchema, type JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startTestGateway,
  type TestGateway,
} from '../../services/enforcer/src/test-fixtures/gateway-harness';
import { REPO_ROOT, stdioFixtureCommand } from '../fixtures/stdio-fixture-command';
import { tempDir, waitFor } from '../harness';

const fixture = stdioFixtureCommand();

interface Connected {
  client: Client;
  transport: StdioClientTransport;
  /** Methods of the notifications and requests the client received, in order. */
  received: string[];
}

async function connectClient(transport: StdioClientTransport): Promise<Connected> {
  const client = new Client(
    { name: 'connect-e2e', version: '1.0.0' },
    { capabilities: { elicitation: { form: {} } } },
  );
  client.setRequestHandler(ElicitRequestSchema, async () => ({
    action: 'accept',
    content: { name: 'Test Person' },
  }));
  const received: string[] = [];
  await client.connect(transport);
  const deliver = transport.onmessage;
  transport.onmessage = (message: JSONRPCMessage) => {
    if ('method' in message) received.push(message.method);
    deliver?.(message);
  };
  return { client, transport, received };
}

function proctorConnect(args: string[]): StdioClientTransport {
  return new StdioClientTransport({
    command: process.execPath,
    args: [join(REPO_ROOT, 'bin/proctor.mjs'), 'connect', ...args],
    cwd: REPO_ROOT,
    stderr: 'pipe',
  });
}

async function scenario(client: Client): Promise<Record<string, unknown>> {
  return {
    server: client.getServerVersion(),
    tools: (await client.listTools()).tools.map((t) => t.name).sort(),
    echo: await client.callTool({ name: 'echo', arguments: { text: 'synthetic' } }),
    count: await client.callTool({ name: 'count_up', arguments: { steps: 3 } }, undefined, {
      onprogress: () => undefined,
    }),
    elicited: await client.callTool({ name: 'ask_name', arguments: {} }),
    unknown: await client.callTool({ name: 'no_such_tool', arguments: {} }).catch((e: Error) => e.message),
  };
}

describe('proctor connect', () => {
  let gateway: TestGateway;

  beforeAll(async () => {
    gateway = await startTestGateway({
      connections: [
        {
          name: 'files',
          upstream: {
            stdio: { command: fixture.command, args: fixture.args, cwd: fixture.cwd, poolSize: 0 },
          },
        },
      ],
    });
  });

  afterAll(() => gateway.close());

  it('relays a stdio client to the gateway: results, notifications, a server request and errors', async () => {
    const direct = await connectClient(new StdioClientTransport({ ...fixture, stderr: 'ignore' }));
    const seenDirectly = await scenario(direct.client);
    await direct.client.close();

    const bridged = await connectClient(
      proctorConnect(['--gateway', gateway.base, '--connection', 'files', '--token', 'good']),
    );
    const seenThrough = await scenario(bridged.client);
    expect(seenThrough).toEqual(seenDirectly);
    expect(bridged.received).toEqual(direct.received);
    expect(bridged.received).toEqual([
      'notifications/message',
      'notifications/progress',
      'notifications/progress',
      'notifications/progress',
      'elicitation/create',
    ]);
    const ended = gateway.events().filter((e) => e.type === 'session_ended').length;
    const pid = bridged.transport.pid;
    const began = Date.now();
    await bridged.client.close();
    // Closing stdin makes the bridge delete its gateway session and exit by itself (the SDK
    // would SIGTERM it after 2 s otherwise).
    expect(Date.now() - began).toBeLessThan(2_000);
    expect(pid === null || !processExists(pid)).toBe(true);
    const last = await waitFor(
      async () => {
        const ends = gateway.events().filter((e) => e.type === 'session_ended');
        return ends.length > ended ? ends.at(-1) : undefined;
      },
      { what: 'the bridged session to end' },
    );
    expect(last).toMatchObject({ body: { reason: 'client_delete' } });
  });

  it('runs the token command again when the gateway answers 401, and goes on with the new token', async () => {
    const marker = join(await tempDir('connect-token'), 'issued-once');
    const command = `if [ -e '${marker}' ]; then echo good; else touch '${marker}'; echo stale-token; fi`;
    const bridged = await connectClient(
      proctorConnect(['--gateway', gateway.base, '--connection', 'files', '--token-command', command]),
    );
    try {
      expect(existsSync(marker)).toBe(true);
      const echo = await bridged.client.callTool({ name: 'echo', arguments: { text: 'after refresh' } });
      expect(echo).toEqual({ content: [{ type: 'text', text: 'echo: after refresh' }] });
    } finally {
      await bridged.client.close();
    }
  });

  it("passes the gateway's JSON-RPC errors to the client", async () => {
    const bridged = proctorConnect(['--gateway', gateway.base, '--connection', 'nosuch', '--token', 'good']);
    const client = new Client({ name: 'connect-e2e', version: '1.0.0' });
    const failure = await client.connect(bridged).catch((e: Error) => e);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toContain('unknown MCP connection "nosuch"');
    await client.close();
  });
});

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
