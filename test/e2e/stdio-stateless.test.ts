/**
 * A 2026-07-28 client (official SDK v2) reaching a stdio MCP server through the gateway: the
 * gateway bridges the eras and the stdio adapter runs the server, so a stateless client can use
 * a server that only speaks the stateful revisions over stdio.
 */
import { parseConfig } from '@proctor/config';
import { decodeEvent, encodeEvent, newEventId, nowMicros } from '@proctor/events';
import { silentLogger } from '@proctor/logger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnforcerApp, type EnforcerApp } from '../../services/enforcer/src/app';
import { MemoryEventLog, testVerifier } from '../../services/enforcer/src/testing';
import { StdioUpstream } from '../../services/enforcer/src/upstream/stdio-upstream';
import { connectModernClient } from '../fixtures/stateless-gateway';
import { stdioFixtureCommand } from '../fixtures/stdio-fixture-command';

describe('a stateless (2026-07-28) client to a stdio upstream', () => {
  let enforcer: EnforcerApp;
  let base: string;
  const log = new MemoryEventLog();

  beforeAll(async () => {
    const fixture = stdioFixtureCommand();
    const config = parseConfig({
      enforcer: {
        listen: { port: 0 },
        connections: [
          {
            name: 'files',
            upstream: {
              stdio: { command: fixture.command, args: fixture.args, cwd: fixture.cwd, poolSize: 1 },
            },
          },
        ],
        stateless: { requestStateKeys: ['00'.repeat(32)] },
      },
    });
    enforcer = buildEnforcerApp({
      config,
      eventLog: log,
      rawTopic: 'raw',
      verifier: testVerifier,
      encode: encodeEvent,
      newEventId,
      nowMicros,
      logger: silentLogger(),
      gatewayEpoch: 1,
    });
    base = await enforcer.app.listen({ host: '127.0.0.1', port: 0 });
  });

  afterAll(() => enforcer.close());

  it('lists and calls tools of the stdio server through one upstream session, each exchange recorded', async () => {
    const { client } = await connectModernClient(`${base}/mcp/files`);
    try {
      expect(client.getProtocolEra()).toBe('modern');
      expect(client.getServerVersion()).toEqual({ name: 'proctor-stdio-fixture', version: '1.0.0' });
      const tools = await client.listTools();
      expect(tools.tools.map((t) => t.name)).toContain('echo');
      for (const text of ['one', 'two', 'three']) {
        const echo = await client.callTool({ name: 'echo', arguments: { text } });
        expect(echo.content).toEqual([{ type: 'text', text: `echo: ${text}` }]);
      }
    } finally {
      await client.close();
    }
    // The gateway's handshake with the server is one stateful session: one process for all exchanges.
    const upstream = enforcer.pipeline.ctx.connections.get('files')?.upstream;
    expect(upstream).toBeInstanceOf(StdioUpstream);
    expect((upstream as StdioUpstream).runningSessions).toBe(1);
    const events = log.records.map((r) => decodeEvent(r.record.value));
    const calls = events.filter(
      (e) => e.type === 'frame' && e.body.kind === 'request' && e.body.method === 'tools/call',
    );
    expect(calls).toHaveLength(3);
    for (const call of calls) {
      const exchange = events.filter((e) => e.sessionId === call.sessionId);
      expect(exchange.map((e) => e.seq)).toEqual(exchange.map((_, i) => i));
      expect(exchange.at(-1)).toMatchObject({ type: 'session_ended', body: { reason: 'exchange_complete' } });
    }
  });
});
