import { createHash } from 'node:crypto';
import type { Identity } from '@proctor/events';
import { StatelessProtocolError } from './errors';
import { isPlainObject, META, MODERN_RPC } from './protocol';

/** What the per-request `_meta` envelope of a 2026-07-28 request says about its sender. */
export interface RequestMeta {
  protocolVersion: string;
  clientCapabilities: Record<string, unknown>;
  clientInfo: { name: string; version: string } | null;
  logLevel: string | null;
  /** The W3C trace id of `traceparent`, when it carries a valid one. */
  traceId: string | null;
}

const LOG_LEVELS = new Set(['debug', 'info', 'notice', 'warning', 'error', 'critical', 'alert', 'emergency']);

/** `_meta` of a message's params, when it is an object. */
export function metaOf(params: unknown): Record<string, unknown> | undefined {
  if (!isPlainObject(params)) return undefined;
  const meta = params._meta;
  return isPlainObject(meta) ? meta : undefined;
}

/** A message claims the stateless era when its `_meta` carries the protocol-version key. */
export function hasEnvelopeClaim(params: unknown): boolean {
  const meta = metaOf(params);
  return meta !== undefined && META.PROTOCOL_VERSION in meta;
}

/**
 * Validates the per-request envelope. The revision makes protocol version and client
 * capabilities required and answers a malformed envelope with -32602 and HTTP 400; a
 * traceparent that is not W3C Trace Context is not an error (tracing must never break a
 * call), it just links nothing.
 */
export function parseRequestMeta(params: unknown): RequestMeta {
  const meta = metaOf(params) ?? {};
  const version = meta[META.PROTOCOL_VERSION];
  if (typeof version !== 'string' || version === '') {
    throw invalidEnvelope(META.PROTOCOL_VERSION, version === undefined ? 'missing' : 'not a string');
  }
  const capabilities = meta[META.CLIENT_CAPABILITIES];
  if (!isPlainObject(capabilities)) {
    throw invalidEnvelope(META.CLIENT_CAPABILITIES, capabilities === undefined ? 'missing' : 'not an object');
  }
  return {
    protocolVersion: version,
    clientCapabilities: capabilities,
    clientInfo: parseClientInfo(meta[META.CLIENT_INFO]),
    logLevel: parseLogLevel(meta[META.LOG_LEVEL]),
    traceId: traceIdOf(meta[META.TRACEPARENT]),
  };
}

function parseClientInfo(value: unknown): RequestMeta['clientInfo'] {
  if (value === undefined) return null;
  if (!isPlainObject(value) || typeof value.name !== 'string' || typeof value.version !== 'string') {
    throw invalidEnvelope(META.CLIENT_INFO, 'expected an object with string name and version');
  }
  return { name: value.name, version: value.version };
}

function parseLogLevel(value: unknown): string | null {
  if (value === undefined) return null;
  if (typeof value !== 'string' || !LOG_LEVELS.has(value)) {
    throw invalidEnvelope(META.LOG_LEVEL, 'not a logging level');
  }
  return value;
}

const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?$/;

/** The trace id of a W3C `traceparent` (version 00, or a later one read as 00), else null. */
export function traceIdOf(traceparent: unknown): string | null {
  if (typeof traceparent !== 'string') return null;
  const match = TRACEPARENT.exec(traceparent.trim());
  if (!match) return null;
  const [, version, traceId, parentId, , rest] = match;
  if (version === 'ff' || (version === '00' && rest !== undefined)) return null;
  if (traceId === undefined || /^0+$/.test(traceId) || parentId === undefined || /^0+$/.test(parentId)) {
    return null;
  }
  return traceId;
}

/**
 * The trace id an exchange is recorded under: the client's W3C trace id scoped to the caller,
 * the first 32 hex digits of SHA-256 over `<issuer> <subject> <trace id>`. A traceparent is
 * the client's word, so another identity sending the same one links nothing to the caller's
 * exchanges, while every exchange of one caller's run shares it, on whichever gateway.
 */
export function auditTraceIdOf(identity: Identity, traceId: string | null): string | null {
  if (traceId === null) return null;
  return createHash('sha256')
    .update(`${identity.issuer} ${identity.subject} ${traceId}`)
    .digest('hex')
    .slice(0, 32);
}

function invalidEnvelope(key: string, problem: string): StatelessProtocolError {
  return new StatelessProtocolError('INVALID_ENVELOPE', {
    httpStatus: 400,
    rpcCode: MODERN_RPC.INVALID_PARAMS,
    message: `Invalid params: _meta envelope for protocol revision 2026-07-28: ${key}: ${problem}`,
    data: { envelope: { key, problem } },
  });
}
