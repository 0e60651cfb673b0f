import type { JsonRpcFrame } from '../json-rpc';
import { INPUT_REQUIRED_METHODS, isPlainObject } from './protocol';

/**
 * The multi-round-trip mechanics the gateway needs, as pure functions over JSON-RPC
 * messages: recognizing an `input_required` answer, and swapping the `requestState` between
 * the upstream's own (forwarded to the server) and the gateway's sealed one (shown to the
 * client). Everything else in a result — `resultType`, `inputRequests`, caching hints,
 * `_meta` — passes through untouched.
 */

/** The upstream's requestState of an `input_required` answer to `method`; undefined for any other answer. */
export function inputRequiredState(
  message: Record<string, unknown>,
  method: string,
): { upstreamState: string | null } | undefined {
  if (!INPUT_REQUIRED_METHODS.has(method)) return undefined;
  const result = message.result;
  if (!isPlainObject(result) || result.resultType !== 'input_required') return undefined;
  return { upstreamState: typeof result.requestState === 'string' ? result.requestState : null };
}

/** Whether an answer is an `input_required` result (whatever its request's method). */
export function isInputRequired(answer: Pick<JsonRpcFrame, 'kind' | 'message'>): boolean {
  const result = answer.message.result;
  return answer.kind === 'response' && isPlainObject(result) && result.resultType === 'input_required';
}

/** The answer as the client sees it: its requestState replaced by the gateway's sealed one. */
export function withSealedState(message: Record<string, unknown>, sealed: string): Record<string, unknown> {
  const result = message.result as Record<string, unknown>;
  return { ...message, result: { ...result, requestState: sealed } };
}

/** The client's retry carries requestState when it continues a round. */
export function retryStateOf(message: Record<string, unknown>): string | undefined {
  const params = message.params;
  if (!isPlainObject(params)) return undefined;
  return typeof params.requestState === 'string' ? params.requestState : undefined;
}

/**
 * The retry as the upstream must see it: the upstream's own requestState back in place, or
 * none at all when the upstream sent none (the revision forbids echoing a state that was
 * never given).
 */
export function retryForUpstream(
  message: Record<string, unknown>,
  upstreamState: string | null,
): Record<string, unknown> {
  const params = { ...(message.params as Record<string, unknown>) };
  if (upstreamState === null) delete params.requestState;
  else params.requestState = upstreamState;
  return { ...message, params };
}

/** The request's target, which the sealed state is bound to. */
export function targetOf(message: Record<string, unknown>): string | null {
  const params = message.params;
  if (!isPlainObject(params)) return null;
  if (typeof params.name === 'string') return params.name;
  return typeof params.uri === 'string' ? params.uri : null;
}
