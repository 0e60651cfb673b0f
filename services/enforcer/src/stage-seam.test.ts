/**
 * The stage seam: policy, approval holds and inline masking plug into core/ as stages, with
 * no change to http/. Proven here with stages that block a call, hold one until released, and
 * transform answers — through the official SDK v1 client.
 */
import { McpError } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestStage, ResponseStage } from './core/stages';
import { type FixtureServer, startFixtureServer } from './test-fixtures/fixture-server';
import { framePayloads, startTestGateway, type TestGateway } from './test-fixtures/gateway-harness';
import { connectRecordingClient } from './test-fixtures/recording-client';

const AUTH = { authorization: 'Bearer good' };

describe('stage seam', () => {
  let upstream: FixtureServer;
  let gateway: TestGateway;
  let release: (() => void) | null = null;
  const holdStarted: string[] = [];

  const blockForbidden: RequestStage = {
    name: 'test-block',
    async onRequest(exchange, ctx) {
      if (exchange.toolName !== 'echo' || exchange.arguments?.text !== 'forbidden')
        return { action: 'allow' };
      await ctx.emit([
        {
          type: 'policy_decision',
          body: {
            decision: 'block',
            rule: 'test-block',
            reason: 'synthetic rule',
            method: exchange.method,
            toolName: exchange.toolName,
            frameSeq: null,
          },
        },
      ]);
      return { action: 'deny', code: -31014, message: 'blocked by the test stage' };
    },
  };
  const holdUntilReleased: RequestStage = {
    name: 'test-hold',
    async onRequest(exchange) {
      if (exchange.arguments?.text !== 'needs approval') return { action: 'allow' };
      holdStarted.push(exchange.sessionId);
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      return { action: 'allow' };
    },
  };
  const maskAndHide: ResponseStage = {
    name: 'test-transform',
    onResponse(outbound) {
      if (outbound.kind !== 'response') return outbound.message;
      const result = outbound.message.result as Record<string, unknown>;
      if (outbound.request?.method === 'tools/list') {
        const tools = (result.tools as { name: string }[]).filter((t) => t.name !== 'roots');
        return { ...outbound.message, result: { ...result, tools } };
      }
      if (outbound.request?.toolName === 'echo') {
        return JSON.parse(JSON.stringify(outbound.message).replaceAll('secret-token-123', '[masked]'));
      }
      return outbound.message;
    },
  };

  beforeAll(async () => {
    upstream = await startFixtureServer();
    gateway = await startTestGateway(
      { connections: [{ name: 'fixture', upstream: { url: upstream.url } }] },
      { stages: { request: [blockForbidden, holdUntilReleased], response: [maskAndHide] } },
    );
  });

  afterAll(async () => {
    await gateway?.close();
    await upstream?.close();
  });

  it('a request stage blocks a call: the client gets its JSON-RPC error, the upstream never sees it', async () => {
    const session = await connectRecordingClient(`${gateway.base}/mcp/fixture`, { headers: AUTH });
    const error = await session.client.callTool({ name: 'echo', arguments: { text: 'forbidden' } }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(McpError);
    expect(error).toMatchObject({
      code: -31014,
      message: expect.stringContaining('blocked by the test stage'),
    });
    expect(upstream.seen.echoes).not.toContain('forbidden');
    const allowed = await session.client.callTool({ name: 'echo', arguments: { text: 'fine' } });
    expect(allowed.content).toEqual([{ type: 'text', text: 'echo: fine' }]);

    const events = gateway.eventsOf(session.transport.sessionId ?? '');
    const trail = events.map((e) =>
      e.type === 'frame' ? `${e.body.direction}:${e.body.kind}:${e.body.method}` : e.type,
    );
    const blocked = trail.indexOf('policy_decision');
    expect(trail.slice(blocked - 1, blocked + 2)).toEqual([
      'client_to_server:request:tools/call',
      'policy_decision',
      'server_to_client:error:tools/call',
    ]);
    await session.client.close();
  });

  it('a request stage can hold a call until it is released (the approval seam)', async () => {
    const session = await connectRecordingClient(`${gateway.base}/mcp/fixture`, { headers: AUTH });
    let answered = false;
    const call = session.client
      .callTool({ name: 'echo', arguments: { text: 'needs approval' } })
      .then((r) => {
        answered = true;
        return r;
      });
    const deadline = Date.now() + 5_000;
    while (release === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    expect(holdStarted).toEqual([session.transport.sessionId]);
    await new Promise((r) => setTimeout(r, 50));
    expect(answered).toBe(false);
    expect(upstream.seen.echoes).not.toContain('needs approval');
    (release as unknown as () => void)();
    expect((await call).content).toEqual([{ type: 'text', text: 'echo: needs approval' }]);
    await session.client.close();
  });

  it('a response stage transforms answers: the client and the audit record see the transformed message', async () => {
    const session = await connectRecordingClient(`${gateway.base}/mcp/fixture`, { headers: AUTH });
    const tools = await session.client.listTools();
    expect(tools.tools.map((t) => t.name)).not.toContain('roots');
    expect(tools.tools.map((t) => t.name)).toContain('echo');
    const masked = await session.client.callTool({ name: 'echo', arguments: { text: 'secret-token-123' } });
    expect(masked.content).toEqual([{ type: 'text', text: 'echo: [masked]' }]);
    const recorded = JSON.stringify(
      framePayloads(gateway.eventsOf(session.transport.sessionId ?? ''), 'server_to_client'),
    );
    expect(recorded).toContain('echo: [masked]');
    expect(recorded).not.toContain('echo: secret-token-123');
    await session.client.close();
  });
});
