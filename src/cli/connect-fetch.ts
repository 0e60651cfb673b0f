import type { FetchLike } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { TokenSource } from './connect-token';

/** JSON-RPC error codes `proctor connect` answers with when the gateway cannot. */
export const BRIDGE_RPC = {
  UNAUTHORIZED: -31010,
  GATEWAY_UNREACHABLE: -31030,
  GATEWAY_HTTP_ERROR: -31031,
} as const;

interface RpcError {
  code: number;
  message: string;
  data?: unknown;
}

/**
 * fetch for the Streamable HTTP client transport: adds the user's bearer token, refreshes
 * it once on 401, and turns a failed POST of requests into JSON-RPC error responses for
 * those requests. A local client then gets an answer for every request — the gateway's own
 * JSON-RPC error where it sent one — instead of a transport exception and a hung call.
 */
export function gatewayFetch(tokens: TokenSource, base: FetchLike = fetch): FetchLike {
  const attempt = async (url: string | URL, init: RequestInit | undefined, token: string) => {
    const headers = new Headers(init?.headers);
    headers.set('authorization', `Bearer ${token}`);
    return base(url, { ...init, headers });
  };
  return async (url, init) => {
    const isPost = (init?.method ?? 'GET').toUpperCase() === 'POST';
    const ids = isPost ? requestIds(init?.body) : [];
    try {
      let response = await attempt(url, init, await tokens.current());
      if (response.status === 401) {
        const refreshed = tokens.refresh();
        if (refreshed !== null) {
          await response.body?.cancel();
          response = await attempt(url, init, await refreshed);
        }
      }
      if (response.ok || ids.length === 0) return response;
      return answerEach(ids, await gatewayError(response));
    } catch (err) {
      if (ids.length === 0) throw err;
      const message = err instanceof Error ? err.message : String(err);
      const code = err instanceof TypeError ? BRIDGE_RPC.GATEWAY_UNREACHABLE : BRIDGE_RPC.UNAUTHORIZED;
      const what = code === BRIDGE_RPC.GATEWAY_UNREACHABLE ? 'the Proctor gateway is unreachable' : message;
      return answerEach(ids, { code, message: what });
    }
  };
}

/** Ids of the requests in a POST body (a message or a batch); notifications and responses have none. */
function requestIds(body: unknown): (string | number)[] {
  if (typeof body !== 'string') return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return [];
  }
  const messages = Array.isArray(parsed) ? parsed : [parsed];
  const ids: (string | number)[] = [];
  for (const message of messages) {
    if (typeof message !== 'object' || message === null) continue;
    const { id, method } = message as { id?: unknown; method?: unknown };
    if (typeof method === 'string' && (typeof id === 'string' || typeof id === 'number')) ids.push(id);
  }
  return ids;
}

/** The gateway's JSON-RPC error from a non-2xx answer, or one that names the HTTP status. */
async function gatewayError(response: Response): Promise<RpcError> {
  const text = await response.text().catch(() => '');
  const status = response.status;
  try {
    const body = JSON.parse(text) as { error?: Partial<RpcError> };
    const error = body.error;
    if (error && typeof error.code === 'number' && typeof error.message === 'string') {
      return {
        code: error.code,
        message: error.message,
        ...(error.data !== undefined && { data: error.data }),
      };
    }
  } catch {
    // Not JSON: a proxy or load balancer answered.
  }
  if (status === 401) return { code: BRIDGE_RPC.UNAUTHORIZED, message: 'the gateway rejected the token' };
  return { code: BRIDGE_RPC.GATEWAY_HTTP_ERROR, message: `the Proctor gateway answered HTTP ${status}` };
}

function answerEach(ids: (string | number)[], error: RpcError): Response {
  const answers = ids.map((id) => ({ jsonrpc: '2.0', id, error }));
  const body = JSON.stringify(answers.length === 1 ? answers[0] : answers);
  return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
}
