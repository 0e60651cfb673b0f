import {
  Client as ModernClient,
  StreamableHTTPClientTransport as ModernTransport,
} from '@modelcontextprotocol/client';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { startDemoEhr } from '@proctor/demo-ehr';
import { linkEvents, type StoredChainEvent } from '@proctor/integrity';
import { afterEach, describe, expect, it } from 'vitest';
import { chainedEvent } from '../../../../packages/integrity/src/testing/sample-chain';
import { startStatelessServer } from '../../../../test/fixtures/stateless-server';
import { recordedSessions } from './recorded-exchanges';
import { replayAgainst } from './replay-against';
import { serveReplay } from './replay-server';

interface WireFrame {
  direction: 'client_to_server' | 'server_to_client';
  message: Record<string, unknown>;
}

/** A fetch that keeps every JSON-RPC message that crosses it, as a gateway would record them. */
function recordingFetch(frames: WireFrame[]): typeof fetch {
  return async (input, init) => {
    if (init?.method === 'POST' && typeof init.body === 'string') {
      const sent = JSON.parse(init.body) as Record<string, unknown> | Record<string, unknown>[];
      for (const message of Array.isArray(sent) ? sent : [sent])
        frames.push({ direction: 'client_to_server', message });
    }
    const response = await fetch(input, init);
    if (init?.method !== 'POST') return response;
    const text = await response.text();
    const type = response.headers.get('content-type') ?? '';
    const payloads = type.includes('text/event-stream')
      ? text
          .split(/\n\n/)
          .map((block) =>
            block
              .split('\n')
              .filter((l) => l.startsWith('data:'))
              .map((l) => l.slice(5).trim())
              .join(''),
          )
          .filter(Boolean)
      : text
        ? [text]
        : [];
    for (const payload of payloads)
      frames.push({ direction: 'server_to_client', message: JSON.parse(payload) });
    return new Response(text, { status: response.status, headers: response.headers });
  };
}

function chainOf(
  sessionId: string,
  era: string,
  protocolVersion: string,
  frames: WireFrame[],
): StoredChainEvent[] {
  const events = frames.map((frame, i) =>
    chainedEvent(sessionId, i, {
      type: 'frame',
      era,
      protocolVersion,
      direction: frame.direction,
      kind: 'method' in frame.message ? ('id' in frame.message ? 'request' : 'notification') : 'response',
      method: String(frame.message.method ?? ''),
      payload: JSON.stringify(frame.message),
    }),
  );
  return linkEvents(undefined, events);
}

const closers: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

describe('replay of a recorded stateful session (official SDK v1)', () => {
  async function recordDemoSession() {
    const demo = await startDemoEhr({ port: 0 });
    closers.push(() => demo.close());
    const frames: WireFrame[] = [];
    const client = new Client({ name: 'auditor-test', version: '1.0.0' });
    await client.connect(
      new StreamableHTTPClientTransport(new URL(demo.url), { fetch: recordingFetch(frames) }),
    );
    const original = {
      tools: await client.listTools(),
      search: await client.callTool({ name: 'search_patients', arguments: { query: 'a' } }),
    };
    await client.close();
    return { demo, original, events: chainOf('s-1', 'stateful', '2025-06-18', frames) };
  }

  it('--serve answers an SDK client exactly as the session was recorded', async () => {
    const { original, events } = await recordDemoSession();
    const replay = await serveReplay(recordedSessions(events));
    closers.push(() => replay.close());
    const client = new Client({ name: 'auditor-test', version: '1.0.0' });
    await client.connect(new StreamableHTTPClientTransport(new URL(replay.url)));
    expect(await client.listTools()).toEqual(original.tools);
    expect(await client.callTool({ name: 'search_patients', arguments: { query: 'a' } })).toEqual(
      original.search,
    );
    await client.close();
    expect(replay.unmatched).toEqual([]);
  });

  it('--against reports every frame the same against the original server, and names a differing one', async () => {
    const { demo, events } = await recordDemoSession();
    const same = await replayAgainst(recordedSessions(events), demo.url);
    expect(same.ok).toBe(true);
    expect(same.frames.map((f) => f.method)).toEqual(['initialize', 'tools/list', 'tools/call']);
    expect(same.frames.every((f) => f.outcome === 'same')).toBe(true);

    const altered = events.map((e) =>
      e.method === '' && e.payload.includes('"patients')
        ? { ...e, payload: e.payload.replace('"patients', '"people') }
        : e,
    );
    const report = await replayAgainst(recordedSessions(altered), demo.url);
    expect(report.ok).toBe(false);
    const call = report.frames.find((f) => f.method === 'tools/call');
    expect(call).toMatchObject({ outcome: 'different', seq: expect.any(Number) });
    expect(call?.differences[0]).toMatch(/^\$\.result\.content/);
  });

  it('--against names a key only one side has (a server that answers in clear, or another version)', async () => {
    const { demo, events } = await recordDemoSession();
    const renamed = events.map((e) =>
      e.method === '' && e.payload.includes('"patients')
        ? { ...e, payload: e.payload.replace('"content":', '"recordedContent":') }
        : e,
    );
    const report = await replayAgainst(recordedSessions(renamed), demo.url);
    const call = report.frames.find((f) => f.method === 'tools/call');
    expect(call?.outcome).toBe('different');
    expect(call?.differences).toEqual(
      expect.arrayContaining(['$.result.recordedContent', '$.result.content']),
    );
  });
});

describe('replay of recorded stateless exchanges (official SDK v2, 2026-07-28)', () => {
  it('--serve answers an SDK v2 client as recorded, and --against matches the original server', async () => {
    const upstream = await startStatelessServer();
    closers.push(() => upstream.close());
    const frames: WireFrame[] = [];
    const connect = async (url: string, fetchImpl?: typeof fetch) => {
      const client = new ModernClient(
        { name: 'auditor-test', version: '2.0.0' },
        { versionNegotiation: { mode: { pin: '2026-07-28' } } },
      );
      await client.connect(new ModernTransport(new URL(url), fetchImpl ? { fetch: fetchImpl } : {}));
      return client;
    };
    const recorder = await connect(upstream.url, recordingFetch(frames));
    const original = {
      tools: await recorder.listTools(),
      echo: await recorder.callTool({ name: 'echo', arguments: { item: 'gauze' } }),
    };
    await recorder.close();
    const events = chainOf('ex-1', 'stateless', '2026-07-28', frames);

    const replay = await serveReplay(recordedSessions(events));
    closers.push(() => replay.close());
    const client = await connect(replay.url);
    expect(await client.listTools()).toEqual(original.tools);
    expect(await client.callTool({ name: 'echo', arguments: { item: 'gauze' } })).toEqual(original.echo);
    await client.close();

    const report = await replayAgainst(recordedSessions(events), upstream.url);
    expect(report.frames.length).toBeGreaterThanOrEqual(2);
    expect(report.frames.filter((f) => f.outcome !== 'same')).toEqual([]);
  });
});
