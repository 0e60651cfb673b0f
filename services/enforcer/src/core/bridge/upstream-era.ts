import type { UpstreamReply } from '../../upstream/port';
import type { ConnectionRuntime, CoreContext } from '../context';
import {
  isModernProtocolVersion,
  isPlainObject,
  LATEST_MODERN_PROTOCOL_VERSION,
  LEGACY_PROTOCOL_VERSIONS,
  META,
  MODERN_RPC,
} from '../stateless/protocol';

export type UpstreamEra = 'stateful' | 'stateless';
export type ConfiguredEra = 'auto' | UpstreamEra;

/**
 * Which protocol era each connection's upstream speaks: fixed by configuration, or (auto)
 * asked once with `server/discover`, the revision's own probe. An answer naming a
 * 2026-07-28-or-later version — a DiscoverResult, or an UnsupportedProtocolVersion error
 * listing one — means stateless; any other answer means stateful. A stateless HTTP upstream
 * is asked whether it also answers initialize when the first stateful client comes (never
 * before: a 2026-07-28 client's traffic brings it no stateful request): such a dual-era
 * server serves stateful clients itself, unbridged. An unreachable upstream is not cached:
 * the next request asks again.
 */
export class UpstreamEraResolver {
  private readonly known = new Map<string, UpstreamEra>();
  private readonly asking = new Map<string, Promise<UpstreamEra>>();
  /** Probed stateless upstreams that also answer initialize: they serve both eras themselves. */
  private readonly dual = new Set<string>();
  /** Stateless upstreams asked, or being asked, whether they answer initialize. */
  private readonly askedDual = new Map<string, Promise<boolean>>();

  constructor(
    private readonly ctx: CoreContext,
    private readonly configured: ReadonlyMap<string, ConfiguredEra>,
  ) {
    for (const [name, era] of configured) if (era !== 'auto') this.known.set(name, era);
  }

  /**
   * The era stateful clients reach the upstream in, when already known (configured or
   * probed), else undefined. A probed upstream that speaks both eras is `stateful` here:
   * a stateful client then talks to it unbridged, as it would directly.
   */
  cached(connection: string): UpstreamEra | undefined {
    const era = this.known.get(connection);
    return era === 'stateless' && this.dual.has(connection) ? 'stateful' : era;
  }

  /**
   * Whether a stateful client reaches the upstream unbridged: it speaks the stateful era, or
   * (auto) it is a stateless HTTP upstream that also answers initialize, asked once.
   */
  async servesStatefulClients(connection: ConnectionRuntime): Promise<boolean> {
    const era = await this.eraOf(connection);
    if (era === 'stateful') return true;
    if (this.configuredEra(connection.name) !== 'auto' || connection.upstream.transport !== 'streamable-http')
      return false;
    let asking = this.askedDual.get(connection.name);
    if (!asking) {
      asking = this.answersInitialize(connection);
      this.askedDual.set(connection.name, asking);
    }
    return asking;
  }

  private async answersInitialize(connection: ConnectionRuntime): Promise<boolean> {
    const dual = await answersInitialize(connection, await this.gatewayCredentials(connection));
    if (dual) this.dual.add(connection.name);
    return dual;
  }

  private gatewayCredentials(connection: ConnectionRuntime): Promise<Record<string, string>> {
    return this.ctx.credentials.headersFor({
      identity: { subject: 'proctor-gateway', issuer: 'urn:proctor:gateway', groups: [], ci: null },
      connection: connection.name,
      sessionId: 'proctor-era-probe',
    });
  }

  configuredEra(connection: string): ConfiguredEra {
    return this.configured.get(connection) ?? 'auto';
  }

  async eraOf(connection: ConnectionRuntime): Promise<UpstreamEra> {
    const known = this.known.get(connection.name);
    if (known) return known;
    let pending = this.asking.get(connection.name);
    if (!pending) {
      pending = this.probe(connection).finally(() => this.asking.delete(connection.name));
      this.asking.set(connection.name, pending);
    }
    const era = await pending;
    this.known.set(connection.name, era);
    return era;
  }

  private async probe(connection: ConnectionRuntime): Promise<UpstreamEra> {
    const body = Buffer.from(
      JSON.stringify({
        jsonrpc: '2.0',
        id: 'proctor-era-probe',
        method: 'server/discover',
        params: {
          _meta: {
            [META.PROTOCOL_VERSION]: LATEST_MODERN_PROTOCOL_VERSION,
            [META.CLIENT_CAPABILITIES]: {},
            [META.CLIENT_INFO]: { name: 'proctor-gateway', version: '1' },
          },
        },
      }),
    );
    try {
      const credentials = await this.gatewayCredentials(connection);
      const reply = await connection.upstream.send({
        upstreamSessionId: null,
        protocolVersion: LATEST_MODERN_PROTOCOL_VERSION,
        headers: {
          'content-type': 'application/json',
          accept: 'application/json, text/event-stream',
          'mcp-method': 'server/discover',
          ...credentials,
        },
        body,
        signal: AbortSignal.timeout(10_000),
      });
      const answer = await firstMessage(reply);
      return answer === null ? 'stateful' : eraOfAnswer(answer);
    } catch (err) {
      // A stdio server that chokes on a request before initialize is a stateful server.
      if (connection.upstream.transport === 'stdio') return 'stateful';
      throw err;
    }
  }
}

/** The text of the first message of an upstream reply, or null when it carried none. */
async function firstMessage(reply: UpstreamReply): Promise<string | null> {
  if (reply.type === 'json') return reply.body.toString('utf8');
  if (reply.type === 'sse') {
    for await (const event of reply.events) {
      if (event.data.trim() !== '') return event.data;
    }
  }
  return null;
}

/**
 * Whether a 2026-07-28 upstream also serves the session-based revisions (many servers keep
 * answering initialize): one initialize, whose session is closed at once. Any failure means
 * no, and stateful clients are bridged as before.
 */
async function answersInitialize(
  connection: ConnectionRuntime,
  credentials: Record<string, string>,
): Promise<boolean> {
  const body = Buffer.from(
    JSON.stringify({
      jsonrpc: '2.0',
      id: 'proctor-era-probe',
      method: 'initialize',
      params: {
        protocolVersion: LEGACY_PROTOCOL_VERSIONS[0],
        capabilities: {},
        clientInfo: { name: 'proctor-gateway', version: '1' },
      },
    }),
  );
  try {
    const reply = await connection.upstream.send({
      upstreamSessionId: null,
      protocolVersion: null,
      headers: {
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
        ...credentials,
      },
      body,
      signal: AbortSignal.timeout(10_000),
    });
    const answer = await firstMessage(reply);
    if (reply.sessionId !== null) {
      await connection.upstream.closeSession({
        upstreamSessionId: reply.sessionId,
        protocolVersion: LEGACY_PROTOCOL_VERSIONS[0],
        headers: credentials,
        signal: AbortSignal.timeout(10_000),
      });
    }
    const message: unknown = answer === null ? null : JSON.parse(answer);
    return (
      isPlainObject(message) &&
      isPlainObject(message.result) &&
      typeof message.result.protocolVersion === 'string'
    );
  } catch {
    return false;
  }
}

/** Reads a server/discover answer: stateless when it names a 2026-07-28-or-later version. */
export function eraOfAnswer(text: string): UpstreamEra {
  let message: unknown;
  try {
    message = JSON.parse(text);
  } catch {
    return 'stateful';
  }
  if (!isPlainObject(message)) return 'stateful';
  const versions = isPlainObject(message.result)
    ? message.result.supportedVersions
    : isPlainObject(message.error) &&
        message.error.code === MODERN_RPC.UNSUPPORTED_PROTOCOL_VERSION &&
        isPlainObject(message.error.data)
      ? message.error.data.supported
      : undefined;
  return Array.isArray(versions) && versions.some((v) => typeof v === 'string' && isModernProtocolVersion(v))
    ? 'stateless'
    : 'stateful';
}
