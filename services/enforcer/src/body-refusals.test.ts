/**
 * Malformed bodies are attack attempts an auditor must see: each refusal (not JSON, not
 * JSON-RPC, too deep, a batch too long, a repeated key, too large, not UTF-8, the wrong media
 * type) is an auth_failure event naming who, where, why and how big — never what the body held.
 */
import type { AuditEvent } from '@proctor/events';
import { describe, expect, it } from 'vitest';
import { useFixtureGateway } from './test-fixtures/fixture-gateway';
import { postMcp } from './test-fixtures/raw-http';
import { TEST_IDENTITY } from './testing';

const MARKER = 'MRN-77120045';
const call = (extra = '') =>
  `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"chart","arguments":{"mrn":"${MARKER}"${extra}}}}`;

const CASES: { kind: string; status: number; body: Buffer | string; contentType?: string }[] = [
  { kind: 'not_json', status: 400, body: `{"jsonrpc":"2.0","note":"${MARKER}"` },
  { kind: 'not_json_rpc', status: 400, body: `{"note":"${MARKER}"}` },
  { kind: 'too_deep', status: 400, body: `${'['.repeat(40)}"${MARKER}"${']'.repeat(40)}` },
  { kind: 'batch_too_large', status: 400, body: `[${Array(5).fill(call()).join(',')}]` },
  { kind: 'duplicate_key', status: 400, body: call(`,"MRN":"${MARKER}"`) },
  { kind: 'proto_key', status: 400, body: call(`,"opts":{"__proto__":{"mrn":"${MARKER}"}}`) },
  { kind: 'proto_key', status: 400, body: call(`,"\\u005f_proto__":{"admin":true}`) },
  // attack: prototype pollution through constructor.prototype (a naive deep merge walks
  // target.constructor to Object, then .prototype to Object.prototype).
  {
    kind: 'proto_key',
    status: 400,
    body: call(`,"opts":{"constructor":{"prototype":{"mrn":"${MARKER}"}}}`),
  },
  { kind: 'proto_key', status: 400, body: call(`,"constructor":{"\\u0070rototype":{"admin":true}}`) },
  {
    kind: 'not_mcp',
    status: 400,
    body: `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":["chart",{"mrn":"${MARKER}"}]}`,
  },
  { kind: 'not_mcp', status: 400, body: call().replace('"tools/call"', '"Tools/Call"') },
  // A Cyrillic o, and other separators: a server routing on a method's skeleton runs tools/call.
  { kind: 'not_mcp', status: 400, body: call().replace('"tools/call"', '"t\\u043eols/call"') },
  { kind: 'not_mcp', status: 400, body: call().replace('"tools/call"', '"tools.call"') },
  // Two requests of one batch under one id: what was decided of one would be taken for the other.
  { kind: 'not_mcp', status: 400, body: `[${call()},${call()}]` },
  // A call without an id (a notification): no rule decides it, a lenient server runs it.
  { kind: 'not_mcp', status: 400, body: call().replace('"id":1,', '') },
  // A task's id that is not a string: decided as no call, while a lenient server reads the task.
  {
    kind: 'not_mcp',
    status: 400,
    body: `{"jsonrpc":"2.0","id":1,"method":"tasks/result","params":{"taskId":7}}`,
  },
  { kind: 'not_utf8', status: 400, body: Buffer.concat([Buffer.from(call()), Buffer.from([0xff, 0xfe])]) },
  { kind: 'too_large', status: 413, body: call(`,"pad":"${MARKER.repeat(800)}"`) },
  { kind: 'unsupported_media_type', status: 415, body: call(), contentType: 'text/plain' },
];

describe('refused request bodies are recorded', () => {
  const setup = useFixtureGateway({ maxBodyBytes: 8192, maxJsonDepth: 16, maxBatchSize: 3 });

  it.each(CASES)('$kind: answered $status, recorded with the caller, connection and size', async (c) => {
    const before = setup.gateway.log.records.length;
    const body = Buffer.isBuffer(c.body) ? c.body : Buffer.from(c.body);
    const res = await postMcp(setup.gateway.base, '/mcp/fixture', body, {
      'content-type': c.contentType ?? 'application/json',
      'user-agent': 'refusal-test/1',
    });
    expect(res.status).toBe(c.status);
    const added = setup.gateway.log.records.slice(before);
    const events: AuditEvent[] = setup.gateway.events().slice(before);
    expect(events.map((e) => e.type)).toEqual(['auth_failure']);
    const [refusal] = events;
    // Refused by the body parser before authentication ran: the caller is the claimed one.
    const beforeAuth = c.kind === 'too_large' || c.kind === 'unsupported_media_type';
    expect(refusal).toMatchObject({
      connection: 'fixture',
      userAgent: 'refusal-test/1',
      identity: beforeAuth
        ? { subject: 'unauthenticated', anonymous: true }
        : { subject: TEST_IDENTITY.subject },
      body: { reason: `invalid_request:${c.kind}`, httpStatus: c.status, requestBytes: body.length },
    });
    expect(added.map((r) => r.record.value.toString('latin1')).join('')).not.toContain(MARKER);
    expect(setup.upstream.seen.authorizations.length).toBe(0);
  });

  it('a body with escapes but no __proto__ key, or a constructor without a prototype, is not refused', async () => {
    const before = setup.gateway.log.records.length;
    const res = await postMcp(
      setup.gateway.base,
      '/mcp/fixture',
      `{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"caf\\u00e9 __proto","version":"1","constructor":{"name":"prototype"},"prototype":{}}}}`,
    );
    expect(res.status).toBe(200);
    expect(
      setup.gateway
        .events()
        .slice(before)
        .map((e) => e.type),
    ).toContain('session_started');
  });

  it('a request refused for its token is one auth failure, not also a body refusal', async () => {
    const before = setup.gateway.log.records.length;
    const res = await postMcp(setup.gateway.base, '/mcp/fixture', '{"not json', {
      accept: 'application/json',
      authorization: 'Bearer bad',
    });
    expect(res.status).toBe(401);
    const events = setup.gateway.events().slice(before);
    expect(events.map((e) => e.type === 'auth_failure' && e.body.reason)).toEqual([
      'invalid_token:token_invalid',
    ]);
  });
});
