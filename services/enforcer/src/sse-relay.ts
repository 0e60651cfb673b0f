import type { ServerResponse } from 'node:http';
import type { Logger } from '@proctor/logger';
import type { AuditEmitter } from './audit-emitter';
import { type JsonRpcFrame, parseUpstreamMessages } from './json-rpc';
import type { Session } from './sessions';
import { SseParser } from './sse';
import type { UpstreamResponse } from './upstream';

export interface SseRelayOptions {
  session: Session;
  upstream: UpstreamResponse;
  client: ServerResponse;
  headers: Record<string, string>;
  emitter: AuditEmitter;
  maxDepth: number;
  logger: Logger;
  abort: AbortController;
  /** Send the headers before the first event: a GET stream may stay quiet for a long time. */
  flushHeadersEarly: boolean;
}

/**
 * Relays an upstream SSE stream to the client. Each message is recorded before its event's
 * bytes are written, unchanged (ids included, so Last-Event-ID resumption works end to end).
 * If a message cannot be recorded the stream is cut rather than letting it through: the
 * client may resume later from the last event it received.
 */
export async function relaySse(options: SseRelayOptions): Promise<void> {
  const { client, upstream, session, emitter, logger } = options;
  client.writeHead(upstream.status, options.headers);
  // Otherwise the headers leave with the first event, in one write.
  if (options.flushHeadersEarly) client.flushHeaders();
  const onClose = () => options.abort.abort();
  client.on('close', onClose);
  const parser = new SseParser();
  try {
    upstream.body.setEncoding('utf8');
    for await (const chunk of upstream.body as AsyncIterable<string>) {
      for (const event of parser.push(chunk)) {
        const frames = framesOf(event.data, event.event, options.maxDepth);
        if (frames === 'invalid') {
          logger.warn(
            { session: session.id },
            'upstream sent an SSE event that is not JSON-RPC; closing the stream',
          );
          return;
        }
        session.lastActive = Date.now();
        if (frames.length > 0) await emitter.frames(session, 'server_to_client', frames);
        if (!client.write(event.raw)) await waitForDrain(client);
      }
    }
  } catch (err) {
    if (!options.abort.signal.aborted) {
      logger.warn({ session: session.id, err }, 'SSE relay stopped');
    }
  } finally {
    client.off('close', onClose);
    if (!options.abort.signal.aborted) options.abort.abort();
    client.end();
  }
}

function framesOf(data: string, eventType: string, maxDepth: number): JsonRpcFrame[] | 'invalid' {
  if (eventType !== 'message' || data.trim() === '') return [];
  try {
    return parseUpstreamMessages(data, maxDepth);
  } catch {
    return 'invalid';
  }
}

function waitForDrain(client: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      client.off('drain', done);
      client.off('close', done);
      resolve();
    };
    client.on('drain', done);
    client.on('close', done);
  });
}
