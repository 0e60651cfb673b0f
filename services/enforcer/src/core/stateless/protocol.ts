/**
 * Wire constants of MCP revision 2026-07-28 (the stateless era) that the gateway reads or
 * writes. Kept in one place so detection, validation and bridging agree on them.
 */

/** The stateless revisions this gateway serves (newest first). */
export const MODERN_PROTOCOL_VERSIONS = ['2026-07-28'] as const;
export const LATEST_MODERN_PROTOCOL_VERSION = '2026-07-28';
/** Session-based revisions, newest first. */
export const LEGACY_PROTOCOL_VERSIONS = ['2025-11-25', '2025-06-18', '2025-03-26', '2024-11-05'] as const;

/** Reserved `_meta` keys of the per-request envelope. */
export const META = {
  PROTOCOL_VERSION: 'io.modelcontextprotocol/protocolVersion',
  CLIENT_INFO: 'io.modelcontextprotocol/clientInfo',
  CLIENT_CAPABILITIES: 'io.modelcontextprotocol/clientCapabilities',
  LOG_LEVEL: 'io.modelcontextprotocol/logLevel',
  SUBSCRIPTION_ID: 'io.modelcontextprotocol/subscriptionId',
  SERVER_INFO: 'io.modelcontextprotocol/serverInfo',
  TRACEPARENT: 'traceparent',
} as const;

/** JSON-RPC error codes the 2026-07-28 revision defines (its reserved -32020..-32099 range). */
export const MODERN_RPC = {
  HEADER_MISMATCH: -32020,
  MISSING_REQUIRED_CLIENT_CAPABILITY: -32021,
  UNSUPPORTED_PROTOCOL_VERSION: -32022,
  INVALID_PARAMS: -32602,
  INVALID_REQUEST: -32600,
  METHOD_NOT_FOUND: -32601,
} as const;

/**
 * Requests whose body names the target the `Mcp-Name` header mirrors, and the params field
 * it comes from. tools/call, prompts/get and resources/read are the revision's standard
 * headers; the tasks extension adds its task-addressed methods so a load balancer can route
 * every request for a task to the instance that holds it.
 */
export const MCP_NAME_SOURCE: Readonly<Record<string, 'name' | 'uri' | 'taskId'>> = {
  'tools/call': 'name',
  'prompts/get': 'name',
  'resources/read': 'uri',
  'tasks/get': 'taskId',
  'tasks/update': 'taskId',
  'tasks/cancel': 'taskId',
};

/** Requests on which a server may answer `resultType: "input_required"`. */
export const INPUT_REQUIRED_METHODS: ReadonlySet<string> = new Set([
  'tools/call',
  'prompts/get',
  'resources/read',
]);

/** Revision dates compare as strings; anything from 2026-07-28 on is the stateless era. */
export function isModernProtocolVersion(version: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(version) && version >= LATEST_MODERN_PROTOCOL_VERSION;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
