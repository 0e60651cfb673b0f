/**
 * Messages an upstream sends that are not for the client, in either era: answers no request of
 * the client waits for, and requests only a client may send. Each is withheld from the client
 * and recorded as a `hide` rather than relayed.
 */
import type { EventContent } from './audit-emitter';
import type { JsonRpcFrame } from './json-rpc';
import { clientOnlyRequestOf } from './mcp-shape';

/**
 * Whether an upstream's answer is one no request waits for: a response or error under an id
 * not in `waiting` — one the client never sent, one of a call the policy denied (the upstream
 * never received it), or one already answered (a second answer). Relayed, it would hand the
 * client an answer to a request it did not make, or make it take a later request of the same
 * id as answered. An error without an id (the upstream could not read the request's) is none.
 */
export function isStrayAnswer(frame: JsonRpcFrame, waiting: ReadonlySet<string>): boolean {
  if (frame.kind !== 'response' && frame.kind !== 'error') return false;
  if (frame.idJson === null || frame.idJson === 'null') return false;
  return !waiting.has(frame.idJson);
}

/**
 * The `hide` to record when an upstream's frame must not reach the client, or null to relay it:
 * an answer no request waits for (isStrayAnswer), or a request only a client sends
 * (`tools/call`, `initialize`, `resources/read` … sent server to client). Relayed, such a
 * request would ask the client to act as a server for the upstream, unseen by any rule.
 */
export function withheldFromClient(frame: JsonRpcFrame, waiting: ReadonlySet<string>): EventContent | null {
  if (isStrayAnswer(frame, waiting)) return strayAnswerHidden();
  const method = frame.method === null ? undefined : clientOnlyRequestOf(frame.method);
  return method === undefined ? null : clientRequestHidden(method);
}

/**
 * An upstream's JSON reply without the frames not for the client (withheldFromClient), each
 * request answered once; `hidden` records each frame left out, as a `hide`.
 */
export function withoutStrayAnswers(
  requests: readonly JsonRpcFrame[],
  frames: JsonRpcFrame[],
): { frames: JsonRpcFrame[]; hidden: EventContent[] } {
  const waiting = new Set<string>();
  for (const request of requests) if (request.idJson !== null) waiting.add(request.idJson);
  const kept: JsonRpcFrame[] = [];
  const hidden: EventContent[] = [];
  for (const frame of frames) {
    const withheld = withheldFromClient(frame, waiting);
    if (withheld) {
      hidden.push(withheld);
      continue;
    }
    if (frame.idJson !== null) waiting.delete(frame.idJson);
    kept.push(frame);
  }
  return hidden.length === 0 ? { frames, hidden } : { frames: kept, hidden };
}

/**
 * The `hide` recorded for an answer withheld from the client: the answer itself is neither
 * recorded nor delivered (its id and content are the upstream's word, not the session's).
 */
export function strayAnswerHidden(): EventContent {
  return {
    type: 'policy_decision',
    body: {
      decision: 'hide',
      rule: null,
      reason:
        'the upstream answered a request the client is not waiting for (an id never sent, denied or already answered)',
      method: null,
      toolName: null,
      frameSeq: null,
    },
  };
}

/**
 * The `hide` recorded for a request only a client sends, withheld from the client: its MCP
 * method is named (one of a fixed list), its id and params are the upstream's word and are
 * neither recorded nor delivered.
 */
export function clientRequestHidden(method: string): EventContent {
  return {
    type: 'policy_decision',
    body: {
      decision: 'hide',
      rule: null,
      reason: 'the upstream sent a request only a client may send',
      method,
      toolName: null,
      frameSeq: null,
    },
  };
}
