/**
 * A gateway (a real `proctor enforcer` process) writing to Kafka through its spool is killed
 * with SIGKILL mid-session and started again on the same spool. What the killed gateway
 * acknowledged reaches Kafka (the answer its client saw among it), and the session the crash
 * cut off gets its session_ended (gateway_crash) once, continuing its seq. With Redis, only a
 * session pinned to the killed gateway (a stdio server process) is ended; a session of an
 * HTTP upstream goes on at the other gateway, and a request of the pinned session that reaches
 * the other gateway is refused with 421 naming the gateway that holds it, never left hanging.
 */
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { AuditEvent } from '@proctor/events';
import { ensureDevIssuerKey, signDevToken } from '@proctor/identity';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type FixtureServer,
  startFixtureServer,
} from '../../services/enforcer/src/test-fixtures/fixture-server';
import { stdioFixtureCommand } from '../fixtures/stdio-fixture-command';
import { createTopics, kafkaBrokers, redisUrl, tempDir, uniqueName, waitFor } from '../harness';
import { readAuditTopicUntil } from './audit-topic';
import { type GatewayProcess, startGatewayProcess } from './multi-gateway-process';

interface Setup {
  dir: string;
  keyFile: string;
  upstream: string;
  topics: { raw: string; redacted: string; dlq: string };
  /** Redis key prefix of a shared session store; none: sessions in the gateway's memory. */
  keyPrefix?: string;
}

function gatewayConfig(setup: Setup, gatewayId: string): string {
  const stdio = stdioFixtureCommand();
  return JSON.stringify({
    mode: 'development',
    tenant: 'crash-spool-test',
    gatewayId,
    log: { level: 'warn' },
    identity: { audience: 'proctor', devIssuer: { enabled: true, keyFile: setup.keyFile } },
    enforcer: {
      listen: { host: '127.0.0.1', port: 0 },
      stateDir: join(setup.dir, gatewayId, 'state'),
      connections: [
        { name: 'fixture', upstream: { url: setup.upstream } },
        { name: 'files', upstream: { stdio: { ...stdio, poolSize: 0 } } },
      ],
    },
    eventLog: {
      kafka: { brokers: kafkaBrokers(), clientId: gatewayId, topics: setup.topics },
      durability: 'process',
      spool: { enabled: true, dir: join(setup.dir, gatewayId, 'spool') },
    },
    ...(setup.keyPrefix !== undefined && { sessions: { redisUrl: redisUrl(), keyPrefix: setup.keyPrefix } }),
  });
}

/** A session's events once each (delivery to Kafka is at least once), in seq order. */
function sessionEvents(all: AuditEvent[], sessionId: string): AuditEvent[] {
  const unique = new Map<string, AuditEvent>();
  for (const event of all) if (event.sessionId === sessionId) unique.set(event.eventId, event);
  return [...unique.values()].sort((x, y) => x.seq - y.seq);
}

function crashEnds(all: AuditEvent[], sessionId: string): AuditEvent[] {
  return sessionEvents(all, sessionId).filter(
    (e) => e.type === 'session_ended' && e.body.reason === 'gateway_crash',
  );
}

async function connect(base: string, connection: string, token: string) {
  const transport = new StreamableHTTPClientTransport(new URL(`${base}/mcp/${connection}`), {
    requestInit: { headers: { authorization: `Bearer ${token}` } },
  });
  const client = new Client({ name: 'crash-spool-e2e', version: '1.0.0' });
  await client.connect(transport);
  return { client, transport, sessionId: transport.sessionId as string };
}

async function echo(client: Client, text: string): Promise<string> {
  const result = await client.callTool({ name: 'echo', arguments: { text } });
  return (result.content as { text: string }[])[0]?.text ?? '';
}

/** A raw tools/call of an existing session, to see the gateway's HTTP answer as it is. */
function rawCall(base: string, connection: string, token: string, sessionId: string) {
  return fetch(`${base}/mcp/${connection}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      accept: 'application/json, text/event-stream',
      'mcp-session-id': sessionId,
      'mcp-protocol-version': '2025-11-25',
    },
    body: JSON.stringify({
      jsonrpc: '2.0',
      id: 99,
      method: 'tools/call',
      params: { name: 'echo', arguments: { text: 'misdirected' } },
    }),
    signal: AbortSignal.timeout(30_000),
  });
}

describe('kill -9 of a gateway writing through its spool', () => {
  let upstream: FixtureServer;
  let token: string;
  let setup: Omit<Setup, 'topics' | 'keyPrefix'>;
  const running: GatewayProcess[] = [];
  const start = async (config: Setup, gatewayId: string) => {
    const gateway = await startGatewayProcess(
      config.dir,
      `${gatewayId}-${running.length}`,
      gatewayConfig(config, gatewayId),
    );
    running.push(gateway);
    return gateway;
  };
  const freshTopics = async () => {
    const topics = {
      raw: uniqueName('crash_raw'),
      redacted: uniqueName('crash_redacted'),
      dlq: uniqueName('crash_dlq'),
    };
    await createTopics(kafkaBrokers(), Object.values(topics), 1);
    return topics;
  };

  beforeAll(async () => {
    const dir = await tempDir('crash-spool');
    const keyFile = join(dir, 'dev-issuer.json');
    await ensureDevIssuerKey(keyFile);
    token = await signDevToken({ keyFile, audience: 'proctor', subject: 'carol@example.com', groups: [] });
    upstream = await startFixtureServer();
    setup = { dir, keyFile, upstream: upstream.url };
  });

  afterAll(async () => {
    await Promise.all(running.map((g) => g.stop()));
    await upstream?.close();
  });

  it('ships what it acknowledged after the restart, and records the cut-off session as gateway_crash once', async () => {
    const config: Setup = { ...setup, topics: await freshTopics() };
    const first = await start(config, 'gw-solo');
    const { client, sessionId } = await connect(first.base, 'fixture', token);
    expect(await echo(client, 'seen before the crash')).toBe('echo: seen before the crash');
    // Concurrent clients call in a loop; the gateway is killed while they do.
    const seen: string[] = [];
    const callers = await Promise.all([1, 2, 3, 4].map(() => connect(first.base, 'fixture', token)));
    const loops = callers.map(async (caller, c) => {
      for (let i = 0; ; i++) {
        const text = `caller ${c} call ${i}`;
        const answer = await echo(caller.client, text).catch(() => null);
        if (answer === null) return;
        expect(answer).toBe(`echo: ${text}`);
        seen.push(text);
      }
    });
    await waitFor(async () => (seen.length >= 40 ? true : undefined), {
      what: 'calls answered before the kill',
      timeoutMs: 60_000,
    });
    await first.kill();
    await Promise.all(loops);
    await Promise.all([client, ...callers.map((c) => c.client)].map((c) => c.close().catch(() => undefined)));

    const restarted = await start(config, 'gw-solo');
    const cutOff = [sessionId, ...callers.map((c) => c.sessionId)];
    const all = await readAuditTopicUntil(
      config.topics.raw,
      (events) => cutOff.every((id) => crashEnds(events, id).length > 0),
      90_000,
    );
    const session = sessionEvents(all, sessionId);
    expect(session.map((e) => e.seq)).toEqual(session.map((_, i) => i));
    expect(session[0]?.type).toBe('session_started');
    // The answer the client saw was acknowledged before it was sent: it is in Kafka.
    const answer = session.find(
      (e) => e.type === 'frame' && e.body.direction === 'server_to_client' && e.body.method === 'tools/call',
    );
    expect(answer).toMatchObject({ type: 'frame', body: { kind: 'response', toolName: 'echo' } });
    // Every answer a client saw was recorded before it was sent: all of them are in Kafka.
    const answered = new Set(
      all.flatMap((e) =>
        e.type === 'frame' && e.body.direction === 'server_to_client' && e.body.kind === 'response'
          ? [e.body.payload.toString('utf8')]
          : [],
      ),
    );
    const recorded = [...answered].join('\n');
    expect(seen.filter((text) => !recorded.includes(`echo: ${text}"`))).toEqual([]);
    for (const id of cutOff) expect(crashEnds(all, id)).toHaveLength(1);
    expect(session.at(-1)).toMatchObject({
      type: 'session_ended',
      gatewayId: 'gw-solo',
      gatewayEpoch: (session[0]?.gatewayEpoch ?? 0) + 1,
      body: { reason: 'gateway_crash' },
    });

    // A second restart finds nothing more to end.
    await restarted.stop();
    const again = await start(config, 'gw-solo');
    const { client: later } = await connect(again.base, 'fixture', token);
    expect(await echo(later, 'after two restarts')).toBe('echo: after two restarts');
    await later.close();
    const after = await readAuditTopicUntil(config.topics.raw, (events) =>
      events.some((e) => e.gatewayEpoch === (session[0]?.gatewayEpoch ?? 0) + 2 && e.type === 'frame'),
    );
    expect(crashEnds(after, sessionId)).toHaveLength(1);
  }, 240_000);

  it('with Redis: refuses the pinned session at the other gateway, ends only it after the restart, and the other session goes on', async () => {
    const config: Setup = { ...setup, topics: await freshTopics(), keyPrefix: uniqueName('crash_sessions') };
    const [a, b] = await Promise.all([start(config, 'gw-a'), start(config, 'gw-b')]);
    const pinned = await connect(a.base, 'files', token);
    expect(await echo(pinned.client, 'on the stdio server')).toBe('echo: on the stdio server');
    const shared = await connect(a.base, 'fixture', token);
    expect(await echo(shared.client, 'on the HTTP server')).toBe('echo: on the HTTP server');

    const misdirected = await rawCall(b.base, 'files', token, pinned.sessionId);
    expect(misdirected.status).toBe(421);
    expect(await misdirected.json()).toMatchObject({
      error: { code: -31015, message: expect.stringContaining('"gw-a"') },
    });
    // The refusal left the session alone: it goes on at its own gateway.
    expect(await echo(pinned.client, 'still there')).toBe('echo: still there');

    await a.kill();
    await pinned.client.close().catch(() => undefined);
    await start(config, 'gw-a');
    const all = await readAuditTopicUntil(
      config.topics.raw,
      (events) => crashEnds(events, pinned.sessionId).length > 0,
    );
    const ended = sessionEvents(all, pinned.sessionId);
    expect(ended.map((e) => e.seq)).toEqual(ended.map((_, i) => i));
    expect(crashEnds(all, pinned.sessionId)).toHaveLength(1);

    // The HTTP upstream's session was not pinned: it goes on at the other gateway.
    const moved = await rawCall(b.base, 'fixture', token, shared.sessionId);
    expect(moved.status).toBe(200);
    expect(await moved.text()).toContain('echo: misdirected');
    expect(crashEnds(all, shared.sessionId)).toHaveLength(0);
    await shared.client.close().catch(() => undefined);
  }, 240_000);
});
