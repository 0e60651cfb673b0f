/**
 * Session hijack across the eras: a 2026-07-28 request carrying another identity's stateful
 * `Mcp-Session-Id` (the revision says a server ignores the header) is served as an exchange of
 * its own caller — never inside the named session, whose trail gains nothing — while the same
 * id on a stateful request of that other identity is refused (403).
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
});
