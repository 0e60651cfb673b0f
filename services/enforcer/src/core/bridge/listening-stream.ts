import { randomUUID } from 'node:crypto';
import type { BridgeEnvelope } from '../../sessions/port';
import type { UpstreamReply } from '../../upstream/port';
import type { CoreContext } from '../context';
import { frameOf, type JsonRpcFrame } from '../json-rpc';
import type { GatewayStream } from '../sse-stream';
import type { LiveSession } from '../stateful/live-session';
import { isPlainObject, META } from '../stateless/protocol';
import { openBridgedStream } from './bridged-stream';
import { withEnvelope } from './era-mapping';

/** The change notifications a stateful client's listening stream carries. */
const LIST_CHANGED = new Set([
  'notifications/tools/list_changed',
  'notifications/prompts/list_changed',
  'notifications/resources/list_changed',
]);

export interface ListeningStreamParts {
  session: LiveSession;
  envelope: BridgeEnvelope;
  /** The revision of the client's GET (MCP-Protocol-Version). */
  protocolVersion: string | null;
  /** Sends one request to the 2026-07-28 upstream with the session's envelope headers. */
  send(frame: JsonRpcFrame, signal: AbortSignal): Promise<UpstreamReply>;
  /** Every message of an upstream reply, in order. */
  framesOf(reply: UpstreamReply): AsyncGenerator<JsonRpcFrame>;
  /** Records a server-to-client frame under the session; returns its bytes. */
  record(frame: JsonRpcFrame): Promise<Buffer>;
  /** The session has resource subscriptions whose updates this stream delivers: open it even if no list changes are honoured. */
  carriesSubscriptions: boolean;
  onFinished(): void;
}

/**
 * A bridged stateful client's GET listening stream, from a 2026-07-28 upstream: the gateway
 * opens `subscriptions/listen` for the three list_changed notifications and relays those the
 * upstream honours (without the subscription id the stateful era does not know), each
 * recorded in the client's session. The stream is a gateway stream (event ids, Last-Event-ID)
 * that also carries the session's resource updates (see resource-subscriptions.ts). An upstream
 * that honours none of them, or answers the listen without a stream, gets the client the answer
 * a server without a listening stream gives: HTTP 405 (null here).
 */
export async function bridgedListeningStream(
  ctx: CoreContext,
  parts: ListeningStreamParts,
): Promise<GatewayStream | null> {
  const abort = new AbortController();
  const request = frameOf({
    jsonrpc: '2.0',
    id: `proctor-listen-${randomUUID()}`,
    method: 'subscriptions/listen',
    params: withEnvelope(
      { notifications: { toolsListChanged: true, promptsListChanged: true, resourcesListChanged: true } },
      parts.envelope,
    ),
  });
  const reply = await parts.send(request, abort.signal);
  const frames = parts.framesOf(reply);
  const first = reply.type === 'sse' ? await frames.next() : null;
  const honoured = first && !first.done && honoursAnything(first.value);
  if (!honoured) {
    abort.abort();
    await frames.return(undefined);
    if (!parts.carriesSubscriptions) return null;
  }
  async function* relay(): AsyncGenerator<Buffer> {
    if (!honoured) {
      // Nothing to relay: the stream stays open for the resource updates until the client leaves.
      await new Promise((resolve) => abort.signal.addEventListener('abort', resolve, { once: true }));
      return;
    }
    for await (const frame of frames) {
      if (frame.kind !== 'notification' || !LIST_CHANGED.has(frame.method ?? '')) continue;
      yield await parts.record(withoutSubscriptionId(frame));
    }
  }
  return openBridgedStream(ctx, {
    session: parts.session,
    protocolVersion: parts.protocolVersion,
    messages: relay(),
    abort,
    prime: false,
    onFinished: parts.onFinished,
  });
}

/** The listen's acknowledgement names at least one notification the upstream will send. */
function honoursAnything(frame: JsonRpcFrame): boolean {
  const honoured = acknowledged(frame);
  return honoured !== null && Object.values(honoured).some((bit) => bit === true);
}

/** The filter an acknowledgement says the upstream honours, or null when the frame is none. */
export function acknowledged(frame: JsonRpcFrame): Record<string, unknown> | null {
  if (frame.method !== 'notifications/subscriptions/acknowledged') return null;
  const params = frame.message.params;
  const honoured = isPlainObject(params) ? params.notifications : undefined;
  return isPlainObject(honoured) ? honoured : null;
}

/** A listen's notification as a stateful client gets it: without the subscription id its era does not know. */
export function withoutSubscriptionId(frame: JsonRpcFrame): JsonRpcFrame {
  const params = frame.message.params;
  if (!isPlainObject(params)) return frameOf({ jsonrpc: '2.0', method: frame.method });
  const { _meta: meta, ...rest } = params;
  let kept: Record<string, unknown> = rest;
  if (isPlainObject(meta)) {
    const { [META.SUBSCRIPTION_ID]: _id, ...others } = meta;
    if (Object.keys(others).length > 0) kept = { ...rest, _meta: others };
  }
  return frameOf({ jsonrpc: '2.0', method: frame.method, params: kept });
}
