import type { CoreContext } from '../context';
import type { ClientListen, Outcome } from '../exchange';
import { sseEventBytes } from '../frame-events';
import type { GatewayStream } from '../sse-stream';
import type { LiveSession } from '../stateful/live-session';
import { primesStreams } from '../stateful/protocol';

/** The reconnection delay a bridged stream's priming event suggests (ms), as on other stateful streams. */
const PRIMING_RETRY_MS = 1000;

export interface BridgedStreamParts {
  session: LiveSession;
  /** The revision of the client's request (MCP-Protocol-Version), else the session's. */
  protocolVersion: string | null;
  /** The stream's messages, each already recorded, in order. */
  messages: AsyncIterable<Buffer>;
  /** Stops what feeds the stream (the upstream calls): after the grace time without a client, at shutdown. */
  abort: AbortController;
  /** A response stream primes where the revision asks (the default); a listening stream does not, as elsewhere. */
  prime?: boolean;
  /** Called once the stream finished. */
  onFinished?: () => void;
}

/**
 * A bridged stateful client's response stream, served like the gateway's other stateful
 * streams: from the gateway-side event store, with event ids, a priming event first where the
 * revision asks for one (2025-11-25: an id and empty data, so the client can resume at once),
 * and resumption with Last-Event-ID. A client that goes away has the grace time to come back;
 * after that (or when the gateway shuts down) the upstream calls are stopped.
 */
export async function openBridgedStream(ctx: CoreContext, parts: BridgedStreamParts): Promise<GatewayStream> {
  const { session, abort } = parts;
  const stream = ctx.sseStore.open(session.record.id, session.record.identityKey);
  stream.upstreamAbort = abort;
  if (parts.prime !== false && primesStreams(parts.protocolVersion ?? session.record.protocolVersion)) {
    const retry = Math.min(PRIMING_RETRY_MS, ctx.limits.resumeGraceMs);
    await stream.push((id) => Buffer.from(`id: ${id}\nretry: ${retry}\ndata: \n\n`));
  }
  let grace: NodeJS.Timeout | undefined;
  stream.onDetached = () => {
    clearTimeout(grace);
    grace = setTimeout(() => abort.abort(), ctx.limits.resumeGraceMs);
    grace.unref();
  };
  stream.onAttached = () => clearTimeout(grace);
  const unregisterCut = ctx.inflight.onCut(async () => abort.abort());
  const run = (async () => {
    try {
      for await (const text of parts.messages) await stream.push((id) => sseEventBytes(id, text));
    } catch (err) {
      if (!abort.signal.aborted)
        ctx.logger.warn({ err, session: session.record.id }, 'bridged stream failed');
    } finally {
      clearTimeout(grace);
      unregisterCut();
      stream.finish();
      parts.onFinished?.();
    }
  })();
  void ctx.inflight.track(run);
  return stream;
}

/**
 * A GET with Last-Event-ID naming an event of a bridged stream this gateway still holds: the
 * rest is replayed from the store (never recorded twice) and the live stream continues. Null
 * when the event is not held here (the session's listening stream is opened instead).
 */
export function resumedBridgedStream(
  ctx: CoreContext,
  listen: ClientListen,
  sessionId: string,
): Outcome | null {
  if (listen.lastEventId === null) return null;
  const found = ctx.sseStore.find(listen.lastEventId);
  if (!found || found.stream.sessionId !== sessionId || !found.stream.canReplayAfter(found.no)) return null;
  return {
    type: 'stream',
    status: 200,
    headers: { 'mcp-session-id': sessionId },
    stream: found.stream,
    resumeAfter: found.no,
  };
}
