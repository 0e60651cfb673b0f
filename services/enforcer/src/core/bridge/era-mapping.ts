/**
 * Pure translations between the two protocol eras, for bridging a client of one era to an
 * upstream of the other. Each function either maps losslessly or says it cannot
 * (BridgeRefusal), so the bridge answers with a clear error instead of a silent difference.
 */
import type { BridgeEnvelope } from '../../sessions/port';
import { StatelessProtocolError } from '../stateless/errors';
import {
  isPlainObject,
  LATEST_MODERN_PROTOCOL_VERSION,
  LEGACY_PROTOCOL_VERSIONS,
  META,
  MODERN_RPC,
} from '../stateless/protocol';

/** The JSON-RPC code of a bridge refusal: "Invalid Request" for this connection's upstream. */
const BRIDGE_REFUSAL_CODE = -32600;

export function bridgeRefusal(why: string): StatelessProtocolError {
  return new StatelessProtocolError('BRIDGE_NOT_LOSSLESS', {
    httpStatus: 200,
    rpcCode: BRIDGE_REFUSAL_CODE,
    message: `Not bridgeable: ${why}`,
  });
}

/** Per-request envelope keys a stateful upstream does not know; every other `_meta` key (progressToken, traceparent) stays. */
const ENVELOPE_KEYS = [META.PROTOCOL_VERSION, META.CLIENT_INFO, META.CLIENT_CAPABILITIES, META.LOG_LEVEL];

/** A stateless request's params as a stateful upstream expects them: without the envelope. */
export function withoutEnvelope(params: unknown): Record<string, unknown> | undefined {
  if (!isPlainObject(params)) return undefined;
  const meta = params._meta;
  if (!isPlainObject(meta)) return params;
  const kept = Object.fromEntries(Object.entries(meta).filter(([k]) => !ENVELOPE_KEYS.includes(k as never)));
  const { _meta: _dropped, ...rest } = params;
  return Object.keys(kept).length > 0 ? { ...rest, _meta: kept } : rest;
}

/**
 * What a 2026-07-28 server checks of a request's `inputResponses` and a stateful upstream
 * cannot (they never reach it): when present, an object whose every answer is a result object.
 */
export function checkInputResponses(params: unknown): void {
  if (!isPlainObject(params) || !Object.hasOwn(params, 'inputResponses')) return;
  const responses = params.inputResponses;
  if (isPlainObject(responses) && Object.values(responses).every(isPlainObject)) return;
  throw new StatelessProtocolError('INVALID_PARAMS', {
    httpStatus: 400,
    rpcCode: MODERN_RPC.INVALID_PARAMS,
    message: 'Invalid params: inputResponses must be an object whose every answer is an object',
  });
}

/** What a bridged stateful client's requests travel with (kept with its session). */
export type Envelope = BridgeEnvelope;

/** A stateful client's request params with the per-request envelope a stateless upstream requires. */
export function withEnvelope(params: unknown, envelope: Envelope): Record<string, unknown> {
  const base = isPlainObject(params) ? params : {};
  const meta = isPlainObject(base._meta) ? base._meta : {};
  return {
    ...base,
    _meta: {
      ...meta,
      [META.PROTOCOL_VERSION]: LATEST_MODERN_PROTOCOL_VERSION,
      [META.CLIENT_CAPABILITIES]: envelope.clientCapabilities,
      ...(envelope.clientInfo && { [META.CLIENT_INFO]: envelope.clientInfo }),
      ...(envelope.logLevel && { [META.LOG_LEVEL]: envelope.logLevel }),
    },
  };
}

/** Results of these methods carry caching hints in the stateless era. */
const CACHEABLE = new Set([
  'server/discover',
  'tools/list',
  'prompts/list',
  'resources/list',
  'resources/templates/list',
  'resources/read',
]);

/**
 * A stateful upstream's result as a stateless client must see it: `resultType: "complete"`
 * and, on cacheable results, the hints the revision requires. A stateful server promised no
 * freshness, so the hints say exactly that: immediately stale (`ttlMs: 0`), private to the
 * caller. Nothing else changes.
 */
export function asStatelessResult(
  method: string,
  result: unknown,
  serverInfo: unknown,
): Record<string, unknown> {
  const base = isPlainObject(result) ? result : {};
  const meta = isPlainObject(base._meta) ? base._meta : {};
  return {
    ...base,
    resultType: 'complete',
    ...(CACHEABLE.has(method) && {
      ttlMs: typeof base.ttlMs === 'number' ? base.ttlMs : 0,
      cacheScope: base.cacheScope === 'public' ? 'public' : 'private',
    }),
    ...(serverInfo !== undefined && { _meta: { [META.SERVER_INFO]: serverInfo, ...meta } }),
  };
}

/** The stateless `server/discover` answer, from a stateful upstream's `initialize` result. */
export function discoverFromInitialize(initialize: Record<string, unknown>): Record<string, unknown> {
  return asStatelessResult(
    'server/discover',
    {
      supportedVersions: [LATEST_MODERN_PROTOCOL_VERSION],
      capabilities: statelessCapabilities(initialize.capabilities),
      ...(typeof initialize.instructions === 'string' && { instructions: initialize.instructions }),
    },
    initialize.serverInfo,
  );
}

/**
 * Server capabilities a stateless client may rely on from a bridged stateful upstream: all it
 * advertises but `tasks`, the stateful revision's tasks slot, which revision 2026-07-28 forbids
 * (its tasks are an extension, under `extensions`) and whose methods the bridge does not carry.
 */
function statelessCapabilities(capabilities: unknown): Record<string, unknown> {
  if (!isPlainObject(capabilities)) return {};
  const { tasks: _tasks, ...rest } = capabilities;
  return rest;
}

/**
 * The stateful `initialize` answer, from a stateless upstream's `server/discover` result: the
 * revision the client asked for when the gateway speaks it, else the newest stateful one.
 */
export function initializeFromDiscover(
  discover: Record<string, unknown>,
  requested: string | null,
): Record<string, unknown> {
  const version =
    requested !== null && (LEGACY_PROTOCOL_VERSIONS as readonly string[]).includes(requested)
      ? requested
      : LEGACY_PROTOCOL_VERSIONS[0];
  const meta = isPlainObject(discover._meta) ? discover._meta : {};
  const serverInfo = isPlainObject(meta[META.SERVER_INFO])
    ? meta[META.SERVER_INFO]
    : { name: 'unnamed-mcp-server', version: '0.0.0' };
  return {
    protocolVersion: version,
    capabilities: statefulCapabilities(discover.capabilities),
    serverInfo,
    ...(typeof discover.instructions === 'string' && { instructions: discover.instructions }),
  };
}

/**
 * Server capabilities a stateful client may rely on from a bridged stateless upstream: all it
 * advertises. `listChanged` and resource `subscribe` are delivered on the listening stream from
 * the upstream's subscriptions/listen (resources/subscribe becomes a listen of its own);
 * extensions stay (a stateful client ignores them).
 */
function statefulCapabilities(capabilities: unknown): Record<string, unknown> {
  return isPlainObject(capabilities) ? { ...capabilities } : {};
}

/** A stateless result as a stateful client expects it: without the stateless-only fields. */
export function asStatefulResult(result: unknown): Record<string, unknown> {
  if (!isPlainObject(result)) return {};
  const { resultType: _r, ttlMs: _t, cacheScope: _c, ...rest } = result;
  return rest;
}

/** Server-to-client requests the stateless era carries as input requests. */
export const INPUT_REQUEST_METHODS: ReadonlySet<string> = new Set([
  'elicitation/create',
  'sampling/createMessage',
  'roots/list',
]);

/** The client capability each input request needs (a stateful client is asked only what it declared). */
const INPUT_REQUEST_CAPABILITY: Readonly<Record<string, string>> = {
  'elicitation/create': 'elicitation',
  'sampling/createMessage': 'sampling',
  'roots/list': 'roots',
};

/** Whether client `capabilities` declare what a server-to-client request of `method` needs. */
export function declaresCapabilityFor(capabilities: unknown, method: string): boolean {
  const needed = Object.hasOwn(INPUT_REQUEST_CAPABILITY, method)
    ? INPUT_REQUEST_CAPABILITY[method]
    : undefined;
  return needed !== undefined && isPlainObject(capabilities) && isPlainObject(capabilities[needed]);
}

/** Syslog severities, least severe first (the order of logging levels in every revision). */
const LOG_LEVELS = ['debug', 'info', 'notice', 'warning', 'error', 'critical', 'alert', 'emergency'];

/**
 * Whether a stateless client gets a log notification: only when its request asked for log
 * messages (a 2026-07-28 server must not send any for a request without
 * `io.modelcontextprotocol/logLevel`), and only at that level or above.
 */
export function logLevelAllows(requested: string | null, notification: unknown): boolean {
  if (requested === null) return false;
  const params = isPlainObject(notification) ? notification.params : undefined;
  const level = isPlainObject(params) && typeof params.level === 'string' ? params.level : null;
  return level === null || LOG_LEVELS.indexOf(level) >= LOG_LEVELS.indexOf(requested);
}
