/**
 * A bridged exchange keeps the transport rules of the client's era: what a 2026-07-28 server
 * answers with an HTTP status (an unknown method: 404 with -32601) a stateless client gets so
 * from a stateful upstream too, and a bridged stateful client's response stream opens with the
 * priming event its revision asks for, as the gateway's other stateful streams do.
 */
import type { AuditEvent } from '@proctor/events';
import { describe, expect, it } from 'vitest';
import { initializeRequest } from '../../services/enforcer/src/test-fixtures/raw-http';
import { useBridgedPair } from '../fixtures/bridged-pair';
import { bySession, describeEvent } from '../fixtures/stateless-gateway';

const MODERN = '2026-07-28';

/** One 2026-07-28 request, as the transport carries it (headers mirrored from the body). */
async function postModern(
  url: string,
  id: number,
  method: string,
  params: Record<string, unknown> = {},
  meta: Record<string, unknown> = {},
) {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      accept: 'application/json, text/event-stream',
      'content-type': 'application/json',
      authorization: 'Bearer good',
      'mcp-protocol-version': MODERN,
      'mcp-method': method,
      ...(typeof params.name === 'string' && { 'mcp-name': params.name }),
    },
    body: JSON.stringify({
      jsonrpc: '2.0',
      id,
      method,
      params: {
        ...params,
        _meta: {
          'io.modelcontextprotocol/protocolVersion': MODERN,
          'io.modelcontextprotocol/clientCapabilities': {},
          ...meta,
        },
      },
    }),
  });
  return { status: res.status, type: res.headers.get('content-type'), body: await res.text() };
}

/** A stateful (2025-11-25) request in a session, as the SDK v1 client sends it. */
async function postStateful(url: string, sessionId: string | null, message: Record<string, unknown>) {
  return fetch(url, {
    method: 'POST',
    headers: {
      accept: 'application/json, text/event-stream',
      'content-type': 'application/json',
      authorization: 'Bearer good',
      'mcp-protocol-version': '2025-11-25',
      ...(sessionId !== null && { 'mcp-session-id': sessionId }),
    },
    body: JSON.stringify({ jsonrpc: '2.0', ...message }),
  });
}

async function openStatefulSession(url: string): Promise<string> {
  const init = await postStateful(
    url,
    null,
    initializeRequest('2025-11-25', { name: 'synthetic-client', version: '1.0.0' }),
  );
  expect(init.status).toBe(200);
  await init.text();
  const sessionId = init.headers.get('mcp-session-id') as string;
  await (await postStateful(url, sessionId, { method: 'notifications/initialized' })).text();
  return sessionId;
}

interface SseEvent {
  id: string | null;
  data: string;
}

function parseSse(text: string): SseEvent[] {
  return text
    .split(/\n\n/)
    .filter((block) => block.trim() !== '')
    .map((block) => {
      const lines = block.split('\n');
      const id =
        lines
          .find((l) => l.startsWith('id:'))
          ?.slice(3)
          .trim() ?? null;
      const data = lines
        .filter((l) => l.startsWith('data:'))
        .map((l) => l.slice(5).trim())
        .join('\n');
      return { id, data };
    });
}

/** tools/call of the `slow` tool with a progress token: both fixtures answer it on a stream. */
async function callSlowOnStream(url: string, sessionId: string): Promise<SseEvent[]> {
  const res = await postStateful(url, sessionId, {
    id: 5,
    method: 'tools/call',
    params: { name: 'slow', arguments: {}, _meta: { progressToken: 'synthetic-progress' } },
  });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
  return parseSse(await res.text());
}

function exchangeWith(events: AuditEvent[], method: string): string[] {
  const found = [...bySession(events).values()].find((x) =>
    x.some((e) => e.type === 'frame' && e.body.method === method),
  );
  return (found ?? []).map(describeEvent);
}

describe('a bridged exchange keeps the transport rules of the client era', () => {
  const pair = useBridgedPair();

  it('answers an unknown method 404 with -32601, as a 2026-07-28 server does, and records it', async () => {
    const direct = await postModern(pair.modern.url, 7, 'synthetic/unknown');
    expect(direct.status).toBe(404);
    expect(JSON.parse(direct.body)).toMatchObject({ id: 7, error: { code: -32601 } });

    const before = pair.gateway.events().length;
    const bridged = await postModern(`${pair.gateway.base}/mcp/legacy`, 7, 'synthetic/unknown');
    expect(bridged.status).toBe(404);
    expect(bridged.type).toMatch(/^application\/json/);
    expect(JSON.parse(bridged.body)).toMatchObject({ jsonrpc: '2.0', id: 7, error: { code: -32601 } });

    // A known method still answers 200, on the same bridged upstream session.
    const known = await postModern(`${pair.gateway.base}/mcp/legacy`, 8, 'tools/list');
    expect(known.status).toBe(200);

    await pair.gateway.enforcer.emitter.idle();
    expect(exchangeWith(pair.gateway.events().slice(before), 'synthetic/unknown')).toEqual([
      'session_started',
      'client_to_server:request:synthetic/unknown:r0',
      'server_to_client:error:synthetic/unknown:r0',
      'session_ended:exchange_complete',
    ]);
  });

  it("opens a bridged stateful client's stream with a priming event, as its other streams, and resumes it", async () => {
    const plain = await callSlowOnStream(
      `${pair.gateway.base}/mcp/plain`,
      await openStatefulSession(`${pair.gateway.base}/mcp/plain`),
    );
    const sessionId = await openStatefulSession(`${pair.gateway.base}/mcp/modern`);
    const bridged = await callSlowOnStream(`${pair.gateway.base}/mcp/modern`, sessionId);
    // The same shape on both: an id and empty data first, then every message with an id of its own.
    for (const events of [plain, bridged]) {
      expect(events[0]).toMatchObject({ id: expect.any(String), data: '' });
      expect(events.slice(1).every((e) => e.id !== null && e.data !== '')).toBe(true);
      expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    }
    const messages = bridged.slice(1).map((e) => JSON.parse(e.data) as Record<string, unknown>);
    expect(messages.map((m) => m.method ?? 'result')).toEqual([
      'notifications/progress',
      'notifications/progress',
      'result',
    ]);
    expect(messages.at(-1)).toMatchObject({ id: 5, result: { content: [{ type: 'text', text: 'done' }] } });

    // A client cut after the priming event resumes from it: the rest is replayed, not recorded again.
    const recorded = pair.gateway.events().length;
    const resumed = await fetch(`${pair.gateway.base}/mcp/modern`, {
      headers: {
        accept: 'text/event-stream',
        authorization: 'Bearer good',
        'mcp-protocol-version': '2025-11-25',
        'mcp-session-id': sessionId,
        'last-event-id': bridged[0]?.id ?? '',
      },
      signal: AbortSignal.timeout(10_000),
    });
    expect(resumed.status).toBe(200);
    expect(parseSse(await resumed.text())).toEqual(bridged.slice(1));
    await pair.gateway.enforcer.emitter.idle();
    expect(pair.gateway.events().length).toBe(recorded);
  });

  it('passes on log messages only as a 2026-07-28 request asks for them: at its logLevel and above, none without', async () => {
    const messagesOf = (body: string) =>
      parseSse(body)
        .filter((e) => e.data !== '')
        .map((e) => JSON.parse(e.data) as { method?: string; params?: { level?: string } })
        .filter((m) => m.method === 'notifications/message')
        .map((m) => m.params?.level);
    const asked = await postModern(
      `${pair.gateway.base}/mcp/legacy`,
      9,
      'tools/call',
      { name: 'log', arguments: {} },
      { 'io.modelcontextprotocol/logLevel': 'info' },
    );
    expect(asked.status).toBe(200);
    expect(messagesOf(asked.body)).toEqual(['info']);
    // The stateful upstream was told the level, on an upstream session kept for that level.
    expect(pair.legacy.received).toContainEqual(
      expect.objectContaining({ method: 'logging/setLevel', params: { level: 'info' } }),
    );
    const silent = await postModern(`${pair.gateway.base}/mcp/legacy`, 10, 'tools/call', {
      name: 'log',
      arguments: {},
    });
    expect(silent.status).toBe(200);
    expect(silent.body).toContain('logged');
    expect(messagesOf(silent.body)).toEqual([]);
  });
});
