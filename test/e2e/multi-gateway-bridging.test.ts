/**
 * Bridged sessions with two gateways (real `proctor enforcer` processes) sharing Redis and
 * Kafka. A stateful client (SDK v1) bridged to a 2026-07-28 upstream (SDK v2) is served by
 * either gateway: the session's envelope is in the store and its id says it is bridged. What
 * only one gateway can hold is refused elsewhere with the reason, never left hanging: an
 * answer to an input request another gateway asked, and the retry of a stateless client
 * (SDK v2) whose upstream call waits at the gateway it first reached.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Client as V1Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport as V1Transport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { ElicitRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { ensureDevIssuerKey, signDevToken } from '@proctor/identity';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callWaitThenCancel } from '../fixtures/bridged-pair';
import { type LegacyFixture, startLegacyServer } from '../fixtures/bridging-legacy-server';
import { connectModernClient } from '../fixtures/stateless-gateway';
import { type StatelessFixture, startStatelessServer } from '../fixtures/stateless-server';
import { createTopics, kafkaBrokers, tempDir, uniqueName, waitFor } from '../harness';
import { readAuditTopicUntil } from './audit-topic';
import { type GatewayProcess, sharedGatewayConfig, startGatewayProcess } from './multi-gateway-process';

describe('bridged sessions with two gateways sharing Redis and Kafka', () => {
  let modern: StatelessFixture;
  let legacy: LegacyFixture;
  let a: GatewayProcess;
  let b: GatewayProcess;
  let token: string;
  const topics = {
    raw: uniqueName('mgb_raw'),
    redacted: uniqueName('mgb_redacted'),
    dlq: uniqueName('mgb_dlq'),
  };

  beforeAll(async () => {
    const dir = await tempDir('multi-gateway-bridging');
    const keyFile = join(dir, 'dev-issuer.json');
    await ensureDevIssuerKey(keyFile);
    token = await signDevToken({ keyFile, audience: 'proctor', subject: 'dana@example.com', groups: [] });
    await createTopics(kafkaBrokers(), Object.values(topics), 1);
    [modern, legacy] = await Promise.all([startStatelessServer(), startLegacyServer()]);
    const keyPrefix = uniqueName('mgb_sessions');
    // Both gateways seal and open requestState with the same key.
    const stateKey = randomBytes(32).toString('hex');
    const config = (gatewayId: string) =>
      sharedGatewayConfig(
        {
          tenant: 'multi-gateway-bridging-test',
          dir,
          keyFile,
          connections: [
            { name: 'modern', upstream: { url: modern.url }, era: 'stateless' },
            { name: 'legacy', upstream: { url: legacy.url }, era: 'stateful' },
          ],
          stateKey,
          topics,
          keyPrefix,
        },
        gatewayId,
      );
    [a, b] = await Promise.all([
      startGatewayProcess(dir, 'gw-a', config('gw-a')),
      startGatewayProcess(dir, 'gw-b', config('gw-b')),
    ]);
  });

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await Promise.all([modern?.close(), legacy?.close()]);
  });

  /** Sends each request to the other gateway than the one before. */
  function alternating(routed: string[]): typeof fetch {
    let turn = 0;
    return (url, init) => {
      const gateway = turn++ % 2 === 0 ? a : b;
      const target = new URL(String(url));
      target.host = new URL(gateway.base).host;
      if ((init?.method ?? 'GET') === 'POST') routed.push(gateway === a ? 'a' : 'b');
      return fetch(target, init);
    };
  }

  it('serves a stateful client bridged to a 2026-07-28 upstream from either gateway, its trail gap-free', async () => {
    const routed: string[] = [];
    const client = new V1Client({ name: 'synthetic-v1-client', version: '1.0.0' });
    const transport = new V1Transport(new URL(`${a.base}/mcp/modern`), {
      requestInit: { headers: { authorization: `Bearer ${token}` } },
      fetch: alternating(routed),
    });
    await client.connect(transport);
    const sessionId = transport.sessionId as string;
    expect(sessionId).toMatch(/^bridged-/);
    const texts: unknown[] = [];
    for (let i = 0; i < 4; i++) {
      texts.push((await client.callTool({ name: 'echo', arguments: { item: `gauze ${i}` } })).content);
    }
    expect((await client.listTools()).tools.map((t) => t.name)).toContain('echo');
    expect(texts).toEqual([0, 1, 2, 3].map((i) => [{ type: 'text', text: `echo:gauze ${i}` }]));
    expect(routed).toContain('a');
    expect(routed).toContain('b');
    await transport.terminateSession();
    await client.close();

    const all = await readAuditTopicUntil(topics.raw, (events) =>
      events.some((e) => e.sessionId === sessionId && e.type === 'session_ended'),
    );
    const session = all.filter((e) => e.sessionId === sessionId).sort((x, y) => x.seq - y.seq);
    expect(session.map((e) => e.seq)).toEqual(session.map((_, i) => i));
    expect(new Set(session.map((e) => e.gatewayId))).toEqual(new Set(['gw-a', 'gw-b']));
    expect(session.at(-1)).toMatchObject({ type: 'session_ended', body: { reason: 'client_delete' } });
  }, 120_000);

  it("routes a stateful client's answer that lands on the other gateway to the one whose stream asked", async () => {
    // Every request of the client reaches A, but its answers to input requests reach B.
    const routed: string[] = [];
    const answersToB: typeof fetch = (url, init) => {
      const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as Record<string, unknown>) : {};
      const isAnswer = init?.method === 'POST' && !('method' in body);
      const target = new URL(String(url));
      target.host = new URL((isAnswer ? b : a).base).host;
      if (isAnswer) routed.push('b');
      return fetch(target, init);
    };
    const client = new V1Client(
      { name: 'synthetic-v1-client', version: '1.0.0' },
      { capabilities: { elicitation: {} } },
    );
    client.setRequestHandler(ElicitRequestSchema, async () => ({
      action: 'accept',
      content: { confirm: true },
    }));
    const transport = new V1Transport(new URL(`${a.base}/mcp/modern`), {
      requestInit: { headers: { authorization: `Bearer ${token}` } },
      fetch: answersToB,
    });
    await client.connect(transport);
    const sessionId = transport.sessionId as string;
    const result = await client.callTool(
      { name: 'confirm_order', arguments: { item: 'splint' } },
      undefined,
      { timeout: 15_000 },
    );
    expect(result.content).toEqual([{ type: 'text', text: 'ordered:splint:order:splint' }]);
    expect(routed).toEqual(['b']);
    await transport.terminateSession();
    await client.close();

    const all = await readAuditTopicUntil(topics.raw, (events) =>
      events.some((e) => e.sessionId === sessionId && e.type === 'session_ended'),
    );
    const session = all.filter((e) => e.sessionId === sessionId).sort((x, y) => x.seq - y.seq);
    expect(session.map((e) => e.seq)).toEqual(session.map((_, i) => i));
    const answer = session.find(
      (e) => e.type === 'frame' && e.body.direction === 'client_to_server' && e.body.kind === 'response',
    );
    expect(answer?.gatewayId).toBe('gw-b');
  }, 60_000);

  it("closes the upstream call at the gateway relaying it when the client's cancellation lands on the other", async () => {
    // The call reaches A; the client's notifications/cancelled reaches B.
    const cancelToB: typeof fetch = (url, init) => {
      const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as { method?: string }) : {};
      const target = new URL(String(url));
      target.host = new URL((body.method === 'notifications/cancelled' ? b : a).base).host;
      return fetch(target, init);
    };
    const client = new V1Client({ name: 'synthetic-v1-client', version: '1.0.0' });
    const transport = new V1Transport(new URL(`${a.base}/mcp/modern`), {
      requestInit: { headers: { authorization: `Bearer ${token}` } },
      fetch: cancelToB,
    });
    await client.connect(transport);
    const before = modern.cancelled();
    await callWaitThenCancel(client, modern);
    await waitFor(async () => (modern.cancelled() > before ? true : undefined), {
      what: "the upstream's call to be cancelled",
      timeoutMs: 5_000,
    });
    await transport.terminateSession();
    await client.close();
  });

  it('refuses an answer to an input request of a gateway that no longer runs with 421 naming it', async () => {
    const client = new V1Client({ name: 'synthetic-v1-client', version: '1.0.0' });
    const transport = new V1Transport(new URL(`${a.base}/mcp/modern`), {
      requestInit: { headers: { authorization: `Bearer ${token}` } },
    });
    await client.connect(transport);
    const res = await fetch(`${b.base}/mcp/modern`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
        'mcp-session-id': transport.sessionId as string,
        'mcp-protocol-version': transport.protocolVersion ?? '2025-11-25',
      },
      body: JSON.stringify({
        jsonrpc: '2.0',
        id: 'proctor-input:gw-gone:00000000-0000-4000-8000-000000000000',
        result: { action: 'accept', content: { confirm: true } },
      }),
      signal: AbortSignal.timeout(30_000),
    });
    expect(res.status).toBe(421);
    expect(await res.json()).toMatchObject({
      error: { code: -31015, message: expect.stringContaining('gateway "gw-gone"') },
    });
    await transport.terminateSession();
    await client.close();
  });

  it('answers the retry of a stateless client whose upstream call waits at the other gateway with a clear error', async () => {
    // The first round reaches gateway A, where the upstream call waits; the retry reaches B.
    const { client } = await connectModernClient(`${a.base}/mcp/legacy`, token, alternating([]));
    const outcome = await client.callTool({ name: 'confirm_order', arguments: { item: 'splint' } }).then(
      (result) => ({ result }),
      (error: unknown) => ({ error }),
    );
    expect(outcome).toMatchObject({
      error: { message: expect.stringMatching(/not held by this gateway.*retry the original request/) },
    });
    await client.close();
    // The upstream's tool is not left waiting for the sealed state's lifetime: the holding
    // gateway answers its elicitation and cancels the call at once.
    const released = () =>
      legacy.received.filter(
        (m) =>
          typeof m === 'object' &&
          m !== null &&
          ((m as { method?: string }).method === 'notifications/cancelled' ||
            ('error' in m && !('method' in m))),
      );
    await waitFor(async () => (released().length >= 2 ? true : undefined), {
      what: 'the held upstream call to be let go',
      timeoutMs: 10_000,
    });
    expect(released()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          error: expect.objectContaining({ message: expect.stringContaining('another gateway') }),
        }),
        expect.objectContaining({
          method: 'notifications/cancelled',
          params: expect.objectContaining({ reason: expect.stringContaining('another gateway') }),
        }),
      ]),
    );
  });
});
