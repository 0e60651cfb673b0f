/**
 * A stdio server handed a secret in its environment (the connection's `env`, or a gateway
 * variable named in `inheritEnv`) that prints it back — a debugging tool listing its
 * environment, an error quoting its configuration, a line on stderr — would hand it to the
 * client and into the audit trail. The gateway replaces it, in the encodings an echo gives it,
 * as it does for the credential it sends an HTTP upstream.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startTestGateway,
  type TestGateway,
} from '../../services/enforcer/src/test-fixtures/gateway-harness';
import { CREDENTIAL_MARKER } from '../../services/enforcer/src/upstream/credential-echo';
import { RawSession } from '../fixtures/raw-session';
import { waitFor } from '../harness';

const API_KEY = 'ehr-api-key-4c9e1f7b2d8a';
const INHERITED = 'inherited-db-password-93b1';
const INHERITED_NAME = 'PROCTOR_TEST_STDIO_DB_PASSWORD';

/** A stdio MCP server whose `environment` tool prints its environment, in a result, base64 and on stderr. */
const LEAKING_SERVER = `
const out = (id, result) => process.stdout.write(JSON.stringify({ jsonrpc: '2.0', id, result }) + '\\n');
require('node:readline').createInterface({ input: process.stdin }).on('line', (line) => {
  const m = JSON.parse(line);
  if (m.id === undefined) return;
  if (m.method === 'initialize')
    return out(m.id, { protocolVersion: m.params.protocolVersion, capabilities: { tools: {} }, serverInfo: { name: 'leaky', version: '1' } });
  if (m.method === 'tools/call') {
    const env = JSON.stringify(process.env);
    process.stderr.write('starting with ' + env + '\\n');
    return out(m.id, { content: [
      { type: 'text', text: 'environment: ' + env },
      { type: 'resource', resource: { uri: 'env://dump', blob: Buffer.from(env).toString('base64') } },
    ] });
  }
  out(m.id, {});
});
`;

describe('a stdio server echoing the secrets of its environment', () => {
  let gateway: TestGateway;

  beforeAll(async () => {
    process.env[INHERITED_NAME] = INHERITED;
    gateway = await startTestGateway({
      connections: [
        {
          name: 'leaky',
          upstream: {
            stdio: {
              command: process.execPath,
              args: ['-e', LEAKING_SERVER],
              env: { EHR_API_KEY: API_KEY, EHR_REGION: 'region-synthetic-1' },
              inheritEnv: [INHERITED_NAME],
              poolSize: 0,
            },
          },
        },
      ],
    });
  });
  afterAll(async () => {
    await gateway?.close();
    delete process.env[INHERITED_NAME];
  });

  it('attack: has them replaced in its results (also base64-encoded) and its stderr, for the client and in the trail', async () => {
    const session = await RawSession.open(gateway.base, '/mcp/leaky');
    const res = await session.post({
      jsonrpc: '2.0',
      id: 1,
      method: 'tools/call',
      params: { name: 'environment', arguments: {} },
    });
    expect(res.status).toBe(200);
    expect(res.body).toContain(`\\"EHR_API_KEY\\":\\"${CREDENTIAL_MARKER}\\"`);
    expect(res.body).toContain(`\\"${INHERITED_NAME}\\":\\"${CREDENTIAL_MARKER}\\"`);
    // A variable not named like a credential is the server's to show.
    expect(res.body).toContain('region-synthetic-1');
    const stderr = await waitFor(
      async () => {
        const frames = gateway
          .eventsOf(session.id)
          .filter((e) => e.type === 'frame' && e.body.kind === 'stderr');
        return frames.length > 0 ? frames : undefined;
      },
      { what: 'the stderr line recorded', timeoutMs: 10_000 },
    );
    expect(stderr.length).toBeGreaterThan(0);
    const everything = Buffer.concat(gateway.log.records.map((r) => r.record.value)).toString('latin1');
    for (const secret of [API_KEY, INHERITED]) {
      expect(res.body).not.toContain(secret);
      expect(everything).not.toContain(secret);
      for (const before of ['', 'x', 'xx']) {
        const middle = Buffer.from(before + secret)
          .toString('base64')
          .slice(8, 24);
        expect({ secret, before, found: res.body.includes(middle) || everything.includes(middle) }).toEqual({
          secret,
          before,
          found: false,
        });
      }
    }
    expect(everything).toContain(CREDENTIAL_MARKER);
  });
});
