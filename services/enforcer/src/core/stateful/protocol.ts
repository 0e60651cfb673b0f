import { GatewayError } from '../errors';
import { isModernProtocolVersion } from '../stateless/protocol';

/** Facts of the stateful protocol revisions the gateway serves. */

export const STATEFUL_VERSIONS = ['2024-11-05', '2025-03-26', '2025-06-18', '2025-11-25'] as const;

/** What a server assumes when a request carries no MCP-Protocol-Version header. */
export const DEFAULT_NEGOTIATED_VERSION = '2025-03-26';

export function isStatefulVersion(version: string): boolean {
  return (STATEFUL_VERSIONS as readonly string[]).includes(version);
}

/** JSON-RPC batches exist in 2025-03-26 only: 2025-06-18 removed them. */
export function allowsBatches(version: string | null): boolean {
  return (version ?? DEFAULT_NEGOTIATED_VERSION) === '2025-03-26';
}

/** 2025-11-25 servers send a priming event (an id, no data) so the client can resume at once. */
export function primesStreams(version: string | null): boolean {
  return version !== null && version >= '2025-11-25';
}

/**
 * Streamable HTTP (2025-03-26 on): every POST lists both answer types in Accept, since the server
 * picks one per request. Wildcards count; a missing header lists neither.
 */
export function acceptsBothAnswerTypes(accept: string | undefined): boolean {
  if (accept === undefined) return false;
  // A client sends the same Accept with every POST: its answer is kept for the last value seen
  // (compared by value), instead of splitting and lower-casing the header again per request.
  if (accept === lastAccept.value) return lastAccept.answer;
  const answer = listsBothAnswerTypes(accept);
  lastAccept.value = accept;
  lastAccept.answer = answer;
  return answer;
}

const lastAccept: { value: string | undefined; answer: boolean } = { value: undefined, answer: false };

function listsBothAnswerTypes(accept: string): boolean {
  const types = accept.split(',').map((part) => (part.split(';')[0] ?? '').trim().toLowerCase());
  const any = types.includes('*/*');
  return (
    (any || types.includes('application/json') || types.includes('application/*')) &&
    (any || types.includes('text/event-stream') || types.includes('text/*'))
  );
}

/**
 * A GET or DELETE without an Mcp-Session-Id: from a client of revision 2026-07-28 or later,
 * whose revision has neither (its streams are POSTed `subscriptions/listen` requests), 405 as
 * a server of that revision answers; from any other client, 400: it needs its session.
 */
export function noSessionError(protocolVersion: string | null): GatewayError {
  if (protocolVersion !== null && isModernProtocolVersion(protocolVersion)) {
    return new GatewayError(
      'METHOD_NOT_ALLOWED',
      `Method Not Allowed: protocol revision ${protocolVersion} has no session streams; POST subscriptions/listen instead`,
      { headers: { allow: 'POST' } },
    );
  }
  return new GatewayError('BAD_REQUEST', 'Bad Request: Mcp-Session-Id header is required');
}
