import { randomUUID } from 'node:crypto';
import type { BridgeEnvelope } from '../../sessions/port';
import type { UpstreamReply } from '../../upstream/port';
import type { Outcome } from '../exchange';
import { frameOf, type JsonRpcFrame } from '../json-rpc';
import { sseEvent } from '../stateless/exchange-ledger';
import { IterableClientStream } from '../stateless/iterable-stream';
import { isPlainObject, META } from '../stateless/protocol';
import { withEnvelope } from './era-mapping';

/** The change notifications a stateful client's listening stream carries. */
const LIST_CHANGED = new Set([
  'notifications/tools/list_changed',
  'notifications/prompts/list_changed',
  'notifications/resources/list_changed',
]);

export interface ListeningStreamParts {
  sessionId: string;
  envelope: BridgeEnvelope;
  /** Aborted when the client goes away. */
  signal: AbortSignal;
  /** Sends one request to the 2026-07-28 upstream with the session's envelope headers. */
  send(frame: JsonRpcFrame, signal: AbortSignal): Promise<UpstreamReply>;
  /** Every message of an upstream reply, in order. */
  framesOf(reply: UpstreamReply): AsyncGenerator<JsonRpcFrame>;
  /** Records a server-to-client frame under the session; returns its bytes. */
  record(frame: JsonRpcFrame): Promise<Buffer>;
}

/**
 * A bridged stateful client's GET listening stream, from a 2026-07-28 upstream: the gateway
 * opens `subscriptions/listen` for the three list_changed notifications and relays those the
 * upstream honours (without the subscription id the stateful era does not know), each
 * recorded in the client's session. An upstream that honours none of them, or answers the
 * listen without a stream, gets the client the answer a server without a listening stream
 * gives: HTTP 405.
 */
export async function bridgedListeningStream(parts: ListeningStreamParts): Promise<Outcome> {
  const abort = new AbortController();
  const stop = () => abort.abort();
  parts.signal.addEventListener('abort', stop, { once: true });
  const request = frameOf({
    jsonrpc: '2.0',
    id: `proctor-listen-${randomUUID()}`,
    method: 'subscriptions/listen',
    params: withEnvelope(
      { notifications: { toolsListChanged: true, promptsListChanged: true, resourcesListChanged: true } },
      parts.envelope,
    ),
  });
  const headers = { 'mcp-session-id': parts.sessionId };
  const reply = await parts.send(request, abort.signal);
  const frames = parts.framesOf(reply);
  const first = reply.type === 'sse' ? await frames.next() : null;
  if (!first || first.done || !honoursAnything(first.value)) {
    abort.abort();
    await frames.return(undefined);
    return { type: 'empty', status: 405, headers };
  }
  async function* relay(): AsyncGenerator<string> {
    for await (const frame of frames) {
      if (frame.kind !== 'notification' || !LIST_CHANGED.has(frame.method ?? '')) continue;
      const params = withoutSubscriptionId(frame.message.params);
      const note = frameOf({ jsonrpc: '2.0', method: frame.method, ...(params && { params }) });
      yield sseEvent(null, (await parts.record(note)).toString('utf8'));
    }
  }
  return { type: 'stream', status: 200, headers, stream: new IterableClientStream(relay(), stop) };
}

/** The listen's acknowledgement names at least one notification the upstream will send. */
function honoursAnything(frame: JsonRpcFrame): boolean {
  if (frame.method !== 'notifications/subscriptions/acknowledged') return false;
  const params = frame.message.params;
  const honoured = isPlainObject(params) ? params.notifications : undefined;
  return isPlainObject(honoured) && Object.values(honoured).some((bit) => bit === true);
}

function withoutSubscriptionId(params: unknown): Record<string, unknown> | undefined {
  if (!isPlainObject(params)) return undefined;
  const { _meta: meta, ...rest } = params;
  if (!isPlainObject(meta)) return rest;
  const { [META.SUBSCRIPTION_ID]: _id, ...kept } = meta;
  return Object.keys(kept).length > 0 ? { ...rest, _meta: kept } : rest;
}
