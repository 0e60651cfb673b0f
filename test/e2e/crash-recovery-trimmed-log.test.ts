/**
 * A gateway (a real `proctor enforcer` process) whose spool already shipped and deleted every
 * event of a session that is still open is killed with SIGKILL: at the next start the session
 * still gets its session_ended (gateway_crash), once, its seq continued without a gap. The
 * open-sessions checkpoint kept with the spool stands in for the trimmed segments.
 */
import { readdir, readFile } from 'node:fs/promises';
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
import { createTopics, kafkaBrokers, tempDir, uniqueName, waitFor } from '../harness';
import { readAuditTopicUntil } from './audit-topic';
import { type GatewayProcess, startGatewayProcess } from './multi-gateway-process';

const GATEWAY = 'gw-trimmed';

async function connect(base: string, token: string) {
  const transport = new StreamableHTTPClientTransport(new URL(`${base}/mcp/fixture`), {
    requestInit: { headers: { authorization: `Bearer ${token}` } },
  });
  const client = new Client({ name: 'trimmed-log-e2e', version: '1.0.0' });
  await client.connect(transport);
  return { client, sessionId: transport.sessionId as string };
}

async function echo(client: Client, text: string): Promise<string> {
  const result = await client.callTool({ name: 'echo', arguments: { text } });
  return (result.content as { text: string }[])[0]?.text ?? '';
}

/** Whether any spooled segment of the raw topic still holds an event of the session (its id is each record's key). */
async function spoolHolds(spool: string, topic: string, sessionId: string): Promise<boolean> {
  const dir = join(spool, 'segments', topic);
  for (const name of await readdir(dir)) {
    if (!name.endsWith('.log')) continue;
    const bytes = await readFile(join(dir, name)).catch(() => Buffer.alloc(0));
    if (bytes.includes(sessionId)) return true;
  }
  return false;
}

describe('crash recovery after the spool trimmed the events of an open session', () => {
  let upstream: FixtureServer;
  const running: GatewayProcess[] = [];

  beforeAll(async () => {
    upstream = await startFixtureServer();
  });

  afterAll(async () => {
    await Promise.all(running.map((g) => g.stop()));
    await upstream?.close();
  });

  it('ends the session a kill -9 cut off, though every event of it was shipped and deleted', async () => {
    const dir = await tempDir('crash-trimmed');
    const keyFile = join(dir, 'dev-issuer.json');
    await ensureDevIssuerKey(keyFile);
    const token = await signDevToken({
      keyFile,
      audience: 'proctor',
      subject: 'erin@example.com',
      groups: [],
    });
    const topics = {
      raw: uniqueName('trim_raw'),
      redacted: uniqueName('trim_redacted'),
      dlq: uniqueName('trim_dlq'),
    };
    await createTopics(kafkaBrokers(), Object.values(topics), 1);
    const spool = join(dir, 'spool');
    const config = JSON.stringify({
      mode: 'development',
      tenant: 'crash-trimmed-test',
      gatewayId: GATEWAY,
      log: { level: 'warn' },
      identity: { audience: 'proctor', devIssuer: { enabled: true, keyFile } },
      enforcer: {
        listen: { host: '127.0.0.1', port: 0 },
        stateDir: join(dir, 'state'),
        connections: [{ name: 'fixture', upstream: { url: upstream.url } }],
      },
      eventLog: {
        kafka: { brokers: kafkaBrokers(), clientId: GATEWAY, topics },
        durability: 'process',
        // Small segments: the other client's traffic rolls them, and shipped ones are deleted.
        segmentBytes: 64 * 1024,
        spool: { enabled: true, dir: spool },
      },
    });
    const start = async () => {
      const gateway = await startGatewayProcess(dir, `${GATEWAY}-${running.length}`, config);
      running.push(gateway);
      return gateway;
    };

    const first = await start();
    const quiet = await connect(first.base, token);
    expect(await echo(quiet.client, 'before it went quiet')).toBe('echo: before it went quiet');
    // Another client's calls fill segments until none holds an event of the quiet session.
    const busy = await connect(first.base, token);
    const filler = 'synthetic filler '.repeat(200);
    await waitFor(
      async () => {
        for (let i = 0; i < 20; i++) await echo(busy.client, filler);
        return (await spoolHolds(spool, topics.raw, quiet.sessionId)) ? undefined : true;
      },
      { what: "the spool to delete every segment with the quiet session's events", timeoutMs: 90_000 },
    );
    // Past the checkpoint interval, then the crash.
    await new Promise((r) => setTimeout(r, 1_500));
    await first.kill();
    await Promise.all([quiet.client, busy.client].map((c) => c.close().catch(() => undefined)));

    await start();
    const crashEnds = (events: AuditEvent[], id: string) =>
      events.filter(
        (e) => e.sessionId === id && e.type === 'session_ended' && e.body.reason === 'gateway_crash',
      );
    const all = await readAuditTopicUntil(
      topics.raw,
      (events) =>
        crashEnds(events, quiet.sessionId).length > 0 && crashEnds(events, busy.sessionId).length > 0,
      90_000,
    );
    for (const id of [quiet.sessionId, busy.sessionId]) {
      const unique = new Map<string, AuditEvent>();
      for (const event of all) if (event.sessionId === id) unique.set(event.eventId, event);
      const session = [...unique.values()].sort((x, y) => x.seq - y.seq);
      expect(session.map((e) => e.seq)).toEqual(session.map((_, i) => i));
      expect(session[0]?.type).toBe('session_started');
      expect(session.at(-1)).toMatchObject({
        type: 'session_ended',
        gatewayId: GATEWAY,
        gatewayEpoch: (session[0]?.gatewayEpoch ?? 0) + 1,
        body: { reason: 'gateway_crash' },
      });
      expect(crashEnds(all, id)).toHaveLength(1);
    }
  }, 240_000);
});
