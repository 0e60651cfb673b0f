/**
 * Answers an upstream sends that no request of the client waits for, in either era: withheld
 * from the client and recorded as a `hide` rather than relayed.
 */
import type { EventContent } from './audit-emitter';
import type { JsonRpcFrame } from './json-rpc';

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
 * An upstream's JSON reply without the answers no request waits for (isStrayAnswer), each
 * request answered once; `hidden` records each answer left out, as a `hide`.
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
    if (isStrayAnswer(frame, waiting)) {
      hidden.push(strayAnswerHidden());
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
