import { StatelessProtocolError } from './errors';
import { isPlainObject, MCP_NAME_SOURCE, MODERN_RPC } from './protocol';

/** The request headers the 2026-07-28 Streamable HTTP binding mirrors from the body. */
export interface StandardHeaders {
  protocolVersion?: string | undefined;
  mcpMethod?: string | undefined;
  mcpName?: string | undefined;
}

const SENTINEL_PREFIX = '=?base64?';
const SENTINEL_SUFFIX = '?=';
const CANONICAL_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/** Field values are visible ASCII, space and tab (RFC 9110); anything else needs the Base64 sentinel. */
const FIELD_VALUE = /^[\t\x20-\x7e]*$/;

/** Reads header values the way the binding compares them: surrounding whitespace is not part of a value. */
export function readStandardHeaders(headers: Record<string, string | string[] | undefined>): StandardHeaders {
  return {
    protocolVersion: single(headers['mcp-protocol-version']),
    mcpMethod: single(headers['mcp-method']),
    mcpName: single(headers['mcp-name']),
  };
}

function single(value: string | string[] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return first?.replace(/^[\t ]+|[\t ]+$/g, '');
}

/**
 * Decodes an `Mcp-Name` (or `Mcp-Param-*`) value: `=?base64?…?=` carries the UTF-8 text in
 * canonical Base64, anything else is the value itself. Undefined when the sentinel is broken.
 */
export function decodeHeaderValue(value: string): string | undefined {
  if (!(value.startsWith(SENTINEL_PREFIX) && value.endsWith(SENTINEL_SUFFIX))) return value;
  const encoded = value.slice(SENTINEL_PREFIX.length, value.length - SENTINEL_SUFFIX.length);
  if (!CANONICAL_BASE64.test(encoded)) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(encoded, 'base64'));
  } catch {
    return undefined;
  }
}

/**
 * The binding's server validation for one stateless request: `MCP-Protocol-Version`,
 * `Mcp-Method` and (for the methods that name a target) `Mcp-Name` must be present, well
 * formed and equal to the body. Any failure is HTTP 400 with JSON-RPC -32020 HeaderMismatch —
 * a load balancer that routed on the header and a server that executes the body must never
 * see two different calls. Notifications are exempt: the revision defines no header
 * requirement for them, only that present headers agree.
 */
export function validateStandardHeaders(
  headers: StandardHeaders,
  message: { method: string; params?: unknown },
  kind: 'request' | 'notification',
  claimedVersion: string,
): void {
  for (const [name, value] of [
    ['MCP-Protocol-Version', headers.protocolVersion],
    ['Mcp-Method', headers.mcpMethod],
    ['Mcp-Name', headers.mcpName],
  ] as const) {
    if (value !== undefined && !FIELD_VALUE.test(value)) {
      throw mismatch(`the ${name} header contains characters a header value may not carry`);
    }
  }
  if (headers.protocolVersion !== undefined && headers.protocolVersion !== claimedVersion) {
    throw mismatch('the MCP-Protocol-Version header and the body _meta name different protocol versions');
  }
  if (headers.mcpMethod !== undefined && headers.mcpMethod !== message.method) {
    throw mismatch('the Mcp-Method header and the body name different methods');
  }
  if (kind === 'notification') return;
  if (headers.protocolVersion === undefined) throw mismatch('the MCP-Protocol-Version header is required');
  if (headers.mcpMethod === undefined) throw mismatch('the Mcp-Method header is required');
  const field = Object.hasOwn(MCP_NAME_SOURCE, message.method) ? MCP_NAME_SOURCE[message.method] : undefined;
  if (field === undefined) return;
  const raw = isPlainObject(message.params) ? message.params[field] : undefined;
  const bodyValue = typeof raw === 'string' ? raw : undefined;
  if (headers.mcpName === undefined) {
    if (bodyValue !== undefined) throw mismatch(`the Mcp-Name header is required for ${message.method}`);
    return;
  }
  const decoded = decodeHeaderValue(headers.mcpName);
  if (decoded === undefined) throw mismatch('the Mcp-Name header carries an invalid Base64 sentinel value');
  if (decoded !== bodyValue) {
    throw mismatch(`the Mcp-Name header does not match params.${field} of the body`);
  }
}

/** HTTP 400 with JSON-RPC -32020 HeaderMismatch: a mirrored header and the body disagree. */
export function mismatch(detail: string): StatelessProtocolError {
  return new StatelessProtocolError('HEADER_MISMATCH', {
    httpStatus: 400,
    rpcCode: MODERN_RPC.HEADER_MISMATCH,
    message: `Header mismatch: ${detail}`,
  });
}

/**
 * A value as a header may carry it: itself when it is plain visible ASCII without surrounding
 * whitespace, else the Base64 sentinel form the binding prescribes (also for a plain value that
 * looks like a sentinel, so it cannot be misread).
 */
export function encodeHeaderValue(value: string): string {
  const plain = /^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/.test(value);
  const looksEncoded = value.startsWith(SENTINEL_PREFIX) && value.endsWith(SENTINEL_SUFFIX);
  if (plain && !looksEncoded) return value;
  return `${SENTINEL_PREFIX}${Buffer.from(value, 'utf8').toString('base64')}${SENTINEL_SUFFIX}`;
}
