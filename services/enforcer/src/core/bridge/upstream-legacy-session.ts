import { createHash, randomUUID } from 'node:crypto';
import { identityKeyOf } from '../../sessions/port';
import type { UpstreamReply } from '../../upstream/port';
import type { ConnectionRuntime, CoreContext } from '../context';
import { frameContent } from '../frame-events';
import { frameOf, type JsonRpcFrame, parseJsonRpcBody } from '../json-rpc';
import { completeInitialize, endSession, type LiveSession, openSession } from '../stateful/live-session';
import type { StatelessCall } from '../stateless/exchange-ledger';
import { isPlainObject, LEGACY_PROTOCOL_VERSIONS } from '../stateless/protocol';
import { bridgeRefusal } from './era-mapping';
import { listToolPages } from './param-headers';

/** A stateful upstream session the gateway opened on behalf of stateless clients. */
export interface LegacyUpstreamSession {
  live: LiveSession;
  /** The revision the upstream negotiated. */
  version: string;
  /** The upstream's initialize result (capabilities, serverInfo, instructions). */
  init: Record<string, unknown>;
}

const ACCEPT = { accept: 'application/json, text/event-stream', 'content-type': 'application/json' };

/**
 * The stateful upstream sessions behind bridged stateless clients: one per connection,
 * caller and set of client capabilities (a stateful server fixes capabilities at
 * initialize; a stateless client declares them per request). Each is an ordinary session
 * in the session store, so the idle sweep and shutdown end it and release it upstream; its
 * handshake is recorded under it like any stateful session's.
 */
export class LegacyUpstreamSessions {
  private readonly sessions = new Map<string, Promise<LegacyUpstreamSession>>();

  constructor(private readonly ctx: CoreContext) {}

  async obtain(connection: ConnectionRuntime, call: StatelessCall): Promise<LegacyUpstreamSession> {
    const key = createHash('sha256')
      .update(
        JSON.stringify([
          connection.name,
          identityKeyOf(call.identity),
          canonical(call.meta.clientCapabilities),
          call.meta.logLevel,
        ]),
      )
      .digest('base64url');
    const existing = this.sessions.get(key);
    if (existing) {
      const session = await existing.catch(() => null);
      if (session && (await this.ctx.sessions.get(session.live.record.id))?.phase === 'established') {
        await this.ctx.sessions.touch(session.live.record.id, this.ctx.now());
        return session;
      }
      if (this.sessions.get(key) === existing) this.sessions.delete(key);
    }
    const opening = this.initialize(connection, call);
    this.sessions.set(key, opening);
    try {
      return await opening;
    } catch (err) {
      this.sessions.delete(key);
      throw err;
    }
  }

  /**
   * An upstream session of the caller's own, shared with nothing else (a listen's: a stateful
   * session has one listening stream, and its subscriptions). The caller ends it.
   */
  openDedicated(connection: ConnectionRuntime, call: StatelessCall): Promise<LegacyUpstreamSession> {
    return this.initialize(connection, call);
  }

  /** Forgets a session the upstream no longer knows (it answered 404), ending it for the audit. */
  async forget(session: LegacyUpstreamSession): Promise<void> {
    for (const [key, value] of this.sessions) {
      if ((await value.catch(() => null)) === session) this.sessions.delete(key);
    }
    await endSession(this.ctx, session.live, 'upstream_gone');
  }

  private async initialize(
    connection: ConnectionRuntime,
    call: StatelessCall,
  ): Promise<LegacyUpstreamSession> {
    const caller = { identity: call.identity, sourceIp: call.sourceIp, userAgent: call.userAgent };
    const clientInfo = call.meta.clientInfo ?? { name: 'proctor-gateway', version: '1' };
    const live = await openSession(
      this.ctx,
      connection.name,
      caller,
      {
        protocolVersion: LEGACY_PROTOCOL_VERSIONS[0],
        clientName: clientInfo.name,
        clientVersion: clientInfo.version,
      },
      false,
      // The stateless clients it serves reach this gateway's map of upstream sessions only.
      { pinned: true },
    );
    const id = live.record.id;
    try {
      const init = frameOf({
        jsonrpc: '2.0',
        id: 0,
        method: 'initialize',
        params: {
          protocolVersion: LEGACY_PROTOCOL_VERSIONS[0],
          capabilities: call.meta.clientCapabilities,
          clientInfo,
        },
      });
      await this.ctx.emitter.emit(live.subject, [frameContent(init, 'client_to_server', null)]);
      const reply = await connection.upstream.send({
        upstreamSessionId: null,
        protocolVersion: null,
        headers: { ...ACCEPT, ...(await this.credentials(connection, call, id)) },
        body: init.text,
        auditSessionId: id,
        signal: AbortSignal.timeout(30_000),
      });
      const answer = await firstAnswer(reply, this.ctx.limits);
      if (!answer) throw bridgeRefusal('the stateful upstream did not answer initialize');
      await this.ctx.emitter.emit(live.subject, [
        frameContent(answer, 'server_to_client', { method: 'initialize', toolName: null }),
      ]);
      const result = answer.message.result;
      if (answer.kind !== 'response' || !isPlainObject(result)) {
        throw bridgeRefusal('the stateful upstream refused initialize');
      }
      await completeInitialize(this.ctx, live, [answer]);
      const updated = await this.ctx.sessions.update(id, { upstreamSessionId: reply.sessionId });
      if (updated) live.record = updated;
      const initialized = frameOf({ jsonrpc: '2.0', method: 'notifications/initialized' });
      await this.ctx.emitter.emit(live.subject, [frameContent(initialized, 'client_to_server', null)]);
      await connection.upstream.send({
        upstreamSessionId: reply.sessionId,
        protocolVersion: live.record.protocolVersion,
        headers: { ...ACCEPT, ...(await this.credentials(connection, call, id)) },
        body: initialized.text,
        auditSessionId: id,
        signal: AbortSignal.timeout(30_000),
      });
      const session = {
        live,
        version: live.record.protocolVersion ?? LEGACY_PROTOCOL_VERSIONS[0],
        init: result,
      };
      await this.setLogLevel(connection, call, session);
      return session;
    } catch (err) {
      await endSession(this.ctx, live, 'never_established', { releaseUpstream: true });
      throw err;
    }
  }

  /**
   * The log level the stateless client asks for per request, set once on the upstream session
   * (sessions are kept per level): a stateful server sends its log messages at the level set.
   */
  private async setLogLevel(
    connection: ConnectionRuntime,
    call: StatelessCall,
    session: LegacyUpstreamSession,
  ) {
    const level = call.meta.logLevel;
    if (level === null || !isPlainObject(session.init.capabilities) || !session.init.capabilities.logging)
      return;
    await this.request(connection, call, session, { id: 1, method: 'logging/setLevel', params: { level } });
  }

  /** Every page of the upstream's `tools/list`, asked on the session (recorded in it). */
  listTools(connection: ConnectionRuntime, call: StatelessCall, session: LegacyUpstreamSession) {
    return listToolPages((cursor) =>
      this.request(connection, call, session, {
        id: `proctor-tools-${randomUUID()}`,
        method: 'tools/list',
        ...(cursor !== undefined && { params: { cursor } }),
      }),
    );
  }

  /** A request of the gateway's own on an upstream session, recorded in it with its answer. */
  private async request(
    connection: ConnectionRuntime,
    call: StatelessCall,
    session: LegacyUpstreamSession,
    message: { id: string | number; method: string; params?: Record<string, unknown> },
  ): Promise<JsonRpcFrame | null> {
    const { live } = session;
    const request = frameOf({ jsonrpc: '2.0', ...message });
    await this.ctx.emitter.emit(live.subject, [frameContent(request, 'client_to_server', null)]);
    const reply = await connection.upstream.send({
      upstreamSessionId: live.record.upstreamSessionId,
      protocolVersion: live.record.protocolVersion,
      headers: { ...ACCEPT, ...(await this.credentials(connection, call, live.record.id)) },
      body: request.text,
      auditSessionId: live.record.id,
      signal: AbortSignal.timeout(30_000),
    });
    const answer = await firstAnswer(reply, this.ctx.limits);
    if (answer) {
      await this.ctx.emitter.emit(live.subject, [
        frameContent(answer, 'server_to_client', { method: message.method, toolName: null }),
      ]);
    }
    return answer;
  }

  private credentials(connection: ConnectionRuntime, call: StatelessCall, sessionId: string) {
    return this.ctx.credentials.headersFor({
      identity: call.identity,
      connection: connection.name,
      sessionId,
    });
  }
}

/** The first response or error in an upstream reply (a JSON body, or the first one on its stream). */
export async function firstAnswer(
  reply: UpstreamReply,
  limits: { maxDepth: number; maxBatchItems: number },
): Promise<JsonRpcFrame | null> {
  const parse = (text: string) => {
    try {
      return parseJsonRpcBody(Buffer.from(text, 'utf8'), limits).frames;
    } catch {
      return [];
    }
  };
  const isAnswer = (f: JsonRpcFrame) => f.kind === 'response' || f.kind === 'error';
  if (reply.type === 'json') return parse(reply.body.toString('utf8')).find(isAnswer) ?? null;
  if (reply.type !== 'sse') return null;
  for await (const event of reply.events) {
    const answer = parse(event.data).find(isAnswer);
    if (answer) return answer;
  }
  return null;
}

/** JSON with sorted keys, so equal capability sets share one upstream session. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isPlainObject(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
