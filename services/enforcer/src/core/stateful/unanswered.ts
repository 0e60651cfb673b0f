import type { JsonRpcFrame } from '../json-rpc';

/**
 * The requests an upstream's JSON answer leaves without a response: a body that answers another
 * id, or carries only a request or a notification, would leave the client waiting forever. An
 * error without an id (the upstream could not read the id) answers the one request there is.
 */
export function unansweredRequests(requests: JsonRpcFrame[], answers: JsonRpcFrame[]): JsonRpcFrame[] {
  if (requests.length === 0) return [];
  const answered = new Set<string | null>();
  for (const frame of answers) {
    if (frame.kind === 'response' || frame.kind === 'error') answered.add(frame.idJson);
  }
  if (requests.length === 1 && (answered.has(null) || answered.has('null'))) return [];
  return requests.filter((request) => !answered.has(request.idJson));
}
