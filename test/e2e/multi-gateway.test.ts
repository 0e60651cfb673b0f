/**
 * Two gateways (real `proctor enforcer` processes) sharing Redis and Kafka. One stateful session's
 * requests alternate between them; then one is killed with SIGKILL and the session goes on at
 * the other. The audit trail stays gap-free: the session's seqs, and each gateway's own stream.
 */
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { ensureDevIssuerKey, signDevToken } from '@proctor/identity';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type FixtureServer,
  startFixtureServer,
} from '../../services/enforcer/src/test-fixtures/fixture-server';
import { createTopics, kafkaBrokers, redisUrl, tempDir, uniqueName } from '../harness';
import { readAuditTopicUntil } from './audit-topic';
import { type GatewayProcess, startGatewayProcess } from './multi-gateway-process';

function gatewayConfig(options: {
  gatewayId: string;
  dir: string;
  keyFile: string;
  upstream: string;
  topics: { raw: string; redacted: string; dlq: string };
  keyPrefix: string;
}): string {
  return JSON.stringify({
    mode: 'development',
    tenant: 'multi-gateway-test',
    gatewayId: options.gatewayId,
    log: { level: 'warn' },
    identity: { audience: 'proctor', devIssuer: { enabled: true, keyFile: options.keyFile } },
    enforcer: {
      listen: { host: '127.0.0.1', port: 0 },
      stateDir: join(options.dir, options.gatewayId),
      connections: [{ name: 'fixture', upstream: { url: options.upstream } }],
    },
    // Straight to Kafka (no local spool): what a killed gateway acknowledged is in Kafka already.
    eventLog: {
      kafka: { brokers: kafkaBrokers(), clientId: options.gatewayId, topics: options.topics },
      spool: { enabled: false },
    },
    sessions: { redisUrl: redisUrl(), keyPrefix: options.keyPrefix },
  });
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

describe('two gateways sharing Redis and Kafka', () => {
  let upstream: FixtureServer;
  let a: GatewayProcess;
  let b: GatewayProcess;
  let token: string;
  const topics = {
    raw: uniqueName('mg_raw'),
    redacted: uniqueName('mg_redacted'),
    dlq: uniqueName('mg_dlq'),
  };

  beforeAll(async () => {
    const dir = await tempDir('multi-gateway');
    const keyFile = join(dir, 'dev-issuer.json');
    await ensureDevIssuerKey(keyFile);
    token = await signDevToken({ keyFile, audience: 'proctor', subject: 'alice@example.com', groups: [] });
    await createTopics(kafkaBrokers(), Object.values(topics), 1);
    upstream = await startFixtureServer();
    const common = { dir, keyFile, upstream: upstream.url, topics, keyPrefix: uniqueName('mg_sessions') };
    [a, b] = await Promise.all([
      startGatewayProcess(dir, 'gw-a', gatewayConfig({ ...common, gatewayId: 'gw-a' })),
      startGatewayProcess(dir, 'gw-b', gatewayConfig({ ...common, gatewayId: 'gw-b' })),
    ]);
  });

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await upstream?.close();
  });

  it('serves one session from either gateway, survives a kill -9 of one, and keeps the trail gap-free', async () => {
    // Every request goes to the other gateway than the one before, until gateway A is gone.
    let aAlive = true;
    let turn = 0;
    const routed: string[] = [];
    const alternating = (url: string | URL, init?: RequestInit) => {
      const target = new URL(url);
      const gateway = aAlive && turn++ % 2 === 0 ? a : b;
      const base = new URL(gateway.base);
      target.host = base.host;
      if ((init?.method ?? 'GET') === 'POST') routed.push(gateway === a ? 'a' : 'b');
      return fetch(target, init);
    };
    const transport = new StreamableHTTPClientTransport(new URL(`${a.base}/mcp/fixture`), {
      requestInit: { headers: { authorization: `Bearer ${token}` } },
      fetch: alternating,
    });
    const client = new Client({ name: 'multi-gateway-e2e', version: '1.0.0' });
    await client.connect(transport);
    const sessionId = transport.sessionId as string;
    const texts: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      const result = await client.callTool({ name: 'echo', arguments: { text: `before ${i}` } });
      texts.push((result.content as { text: string }[])[0]?.text ?? '');
    }
    expect(routed).toContain('a');
    expect(routed).toContain('b');

    await a.kill();
    aAlive = false;
    for (let i = 0; i < 3; i += 1) {
      const result = await client.callTool({ name: 'echo', arguments: { text: `after ${i}` } });
      texts.push((result.content as { text: string }[])[0]?.text ?? '');
    }
    expect(texts).toEqual([
      ...range(4).map((i) => `echo: before ${i}`),
      ...range(3).map((i) => `echo: after ${i}`),
    ]);
    expect(upstream.seen.echoes).toEqual([
      ...range(4).map((i) => `before ${i}`),
      ...range(3).map((i) => `after ${i}`),
    ]);
    await transport.terminateSession();
    await client.close();

    const all = await readAuditTopicUntil(topics.raw, (events) =>
      events.some((e) => e.sessionId === sessionId && e.type === 'session_ended'),
    );
    const session = all.filter((e) => e.sessionId === sessionId).sort((x, y) => x.seq - y.seq);
    // Gap-free and each event once: seqs are exactly 0..n-1.
    expect(session.map((e) => e.seq)).toEqual(range(session.length));
    expect(new Set(session.map((e) => e.eventId)).size).toBe(session.length);
    expect(session[0]?.type).toBe('session_started');
    expect(session.at(-1)).toMatchObject({ type: 'session_ended', body: { reason: 'client_delete' } });
    expect(new Set(session.map((e) => e.gatewayId))).toEqual(new Set(['gw-a', 'gw-b']));
    const calls = session.flatMap((e) =>
      e.type === 'frame' && e.body.kind === 'request' && e.body.method === 'tools/call' ? [e] : [],
    );
    expect(calls).toHaveLength(7);
    // Each gateway's own stream: its (epoch, streamSeq) positions are gap-free from 0.
    for (const gatewayId of ['gw-a', 'gw-b']) {
      const stream = all.filter((e) => e.gatewayId === gatewayId);
      expect(new Set(stream.map((e) => e.gatewayEpoch)).size).toBe(1);
      expect(stream.map((e) => e.streamSeq as number).sort((x, y) => x - y)).toEqual(range(stream.length));
    }
  });
});
