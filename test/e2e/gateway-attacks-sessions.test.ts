/**
 * Session hijack across the eras: a 2026-07-28 request carrying another identity's stateful
 * `Mcp-Session-Id` (the revision says a server ignores the header) is served as an exchange of
 * its own caller — never inside the named session, whose trail gains nothing — while the same
 * id on a stateful request of that other identity is refused (403), and the attempt recorded
 * (an auth_failure, reason `session_forbidden`, of the caller who tried).
 */
import { describe, expect, it } from 'vitest';
import { useGatewayOver } from '../fixtures/bridged-pair';
import { startLegacyServer } from '../fixtures/bridging-legacy-server';
import { postStatelessToolCall, RawSession, statelessToolCall } from '../fixtures/raw-session';

describe("another identity presenting a stateful session's id", () => {
  const setup = useGatewayOver(startLegacyServer, { name: 'legacy', era: 'stateful' });

  it('is served as its own exchange in the 2026-07-28 era, and refused in the stateful one', async () => {
    const session = await RawSession.open(setup.gateway.base, '/mcp/legacy');
    await setup.gateway.enforcer.emitter.idle();
    const sessionEvents = () => setup.gateway.events().filter((e) => e.sessionId === session.id).length;
    const before = sessionEvents();

    const res = await postStatelessToolCall(
      setup.gateway.base,
      'legacy',
      statelessToolCall(41, 'echo', { item: 'x' }),
      {
        authorization: 'Bearer other',
        'mcp-session-id': session.id,
      },
    );
    expect(res.status).toBe(200);
    expect(res.body).toContain('echo:x');
    await setup.gateway.enforcer.emitter.idle();
    expect(sessionEvents()).toBe(before);
    const call = setup.gateway
      .events()
      .find((e) => e.type === 'frame' && e.body.method === 'tools/call' && e.body.jsonrpcId === '41');
    expect(call?.identity.subject).toBe('someone-else@example.com');
    expect(call?.sessionId).not.toBe(session.id);

    const stateful = await session.post(
      { jsonrpc: '2.0', id: 42, method: 'tools/call', params: { name: 'echo', arguments: { item: 'y' } } },
      { authorization: 'Bearer other' },
    );
    expect(stateful.status).toBe(403);
    expect(sessionEvents()).toBe(before);
  });

  it('attack: a stateful request, listen or delete under another identity is refused 403 and recorded', async () => {
    const session = await RawSession.open(setup.gateway.base, '/mcp/legacy');
    const before = setup.gateway.events().length;
    const other = { authorization: 'Bearer other' };
    const post = await session.post({ jsonrpc: '2.0', id: 43, method: 'tools/list' }, other);
    const listen = await fetch(`${setup.gateway.base}/mcp/legacy`, {
      headers: { ...other, accept: 'text/event-stream', 'mcp-session-id': session.id },
    });
    const ended = await fetch(`${setup.gateway.base}/mcp/legacy`, {
      method: 'DELETE',
      headers: { ...other, 'mcp-session-id': session.id },
    });
    expect([post.status, listen.status, ended.status]).toEqual([403, 403, 403]);
    await setup.gateway.enforcer.emitter.idle();
    const refusals = setup.gateway
      .events()
      .slice(before)
      .flatMap((e) =>
        e.type === 'auth_failure'
          ? [[e.identity.subject, e.connection, e.body.reason, e.body.httpStatus]]
          : [],
      );
    expect(refusals).toEqual(Array(3).fill(['someone-else@example.com', 'legacy', 'session_forbidden', 403]));
    // The session itself is untouched: its owner goes on.
    const own = await session.post({ jsonrpc: '2.0', id: 44, method: 'tools/list' });
    expect(own.status).toBe(200);
  });
});
