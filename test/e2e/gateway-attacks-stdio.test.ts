/**
 * A stdio server that floods stderr faster than the audit log takes it: the gateway keeps its
 * memory bounded by dropping lines, and the trail says so — one stderr frame naming how many
 * lines (and bytes) were dropped — so every line written is either recorded or counted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startTestGateway,
  type TestGateway,
} from '../../services/enforcer/src/test-fixtures/gateway-harness';
import { RawSession } from '../fixtures/raw-session';
import { waitFor } from '../harness';

const LINES = 5_000;

/** A minimal stdio MCP server whose one tool writes LINES stderr lines at once, then answers. */
const FLOODING_SERVER = `
const out = (id, result) => process.stdout.write(JSON.stringify({ jsonrpc: '2.0', id, result }) + '\\n');
require('node:readline').createInterface({ input: process.stdin }).on('line', (line) => {
  const m = JSON.parse(line);
  if (m.id === undefined) return;
  if (m.method === 'initialize')
    return out(m.id, { protocolVersion: m.params.protocolVersion, capabilities: { tools: {} }, serverInfo: { name: 'flood', version: '1' } });
  if (m.method === 'tools/call') {
    let text = '';
    for (let i = 0; i < ${LINES}; i++) text += 'synthetic diagnostic line ' + i + '\\n';
    process.stderr.write(text);
    return out(m.id, { content: [{ type: 'text', text: 'flooded' }] });
  }
  out(m.id, {});
});
`;

interface Captured {
  stream: string;
  text: string | null;
  bytes: number;
  problem: string | null;
}

describe('a stdio server flooding stderr', () => {
  let gateway: TestGateway;

  beforeAll(async () => {
    gateway = await startTestGateway({
      connections: [
        {
          name: 'flood',
          upstream: { stdio: { command: process.execPath, args: ['-e', FLOODING_SERVER], poolSize: 0 } },
        },
      ],
    });
  });
  afterAll(() => gateway.close());

  it('has every line recorded or counted as dropped, in a frame of the trail', async () => {
    const session = await RawSession.open(gateway.base, '/mcp/flood');
    const res = await session.post({
      jsonrpc: '2.0',
      id: 1,
      method: 'tools/call',
      params: { name: 'flood', arguments: {} },
    });
    expect(res.status).toBe(200);
    expect(res.body).toContain('flooded');
    const accounted = await waitFor(
      async () => {
        const captured = gateway
          .eventsOf(session.id)
          .flatMap((e) => (e.type === 'frame' && e.body.kind === 'stderr' ? [e] : []))
          .map((e) => JSON.parse(e.body.payload.toString('utf8')) as Captured);
        const recorded = captured.filter((c) => c.text !== null).length;
        const dropped = captured.flatMap((c) =>
          c.problem === null ? [] : [Number(/^(\d+) lines of server output dropped/.exec(c.problem)?.[1])],
        );
        const total = recorded + dropped.reduce((a, b) => a + b, 0);
        return total >= LINES ? { recorded, dropped, total } : undefined;
      },
      { what: 'every stderr line recorded or counted', timeoutMs: 30_000 },
    );
    expect(accounted.total).toBe(LINES);
    // The flood outran the log: some lines were dropped, and said so.
    expect(accounted.dropped.length).toBeGreaterThan(0);
    expect(accounted.recorded).toBeGreaterThan(0);
  });
});
