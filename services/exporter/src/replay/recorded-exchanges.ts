/**
 * The request/answer pairs of a recorded session, read from a bundle's events: each client
 * request with the server's response (or error) of the same JSON-RPC id, in the order they were
 * sent, plus the client's notifications. Payloads are the masked frames as stored.
 */
import type { StoredChainEvent } from '@proctor/integrity';

export interface JsonRpcMessage {
  jsonrpc?: string;
  id?: string | number | null;
  method?: string;
  params?: Record<string, unknown>;
  result?: unknown;
  error?: unknown;
}

export interface RecordedExchange {
  sessionId: string;
  /** seq of the request frame: where a difference is reported. */
  seq: number;
  request: JsonRpcMessage;
  /** The recorded answer, or null when none was recorded (the session was cut). */
  answer: JsonRpcMessage | null;
  answerSeq: number | null;
}

export interface RecordedSession {
  sessionId: string;
  era: string;
  protocolVersion: string;
  /** Requests in order, with their answers. */
  exchanges: RecordedExchange[];
  /** Client notifications (initialized, cancelled, …) with the seq they came at. */
  notifications: { seq: number; message: JsonRpcMessage }[];
}

export function recordedSessions(events: readonly StoredChainEvent[]): RecordedSession[] {
  const bySession = new Map<string, StoredChainEvent[]>();
  for (const event of events) {
    const list = bySession.get(event.sessionId) ?? [];
    list.push(event);
    bySession.set(event.sessionId, list);
  }
  const sessions: RecordedSession[] = [];
  for (const [sessionId, list] of bySession) {
    list.sort((a, b) => a.seq - b.seq);
    const first = list[0] as StoredChainEvent;
    const session: RecordedSession = {
      sessionId,
      era: first.era,
      protocolVersion: first.protocolVersion,
      exchanges: [],
      notifications: [],
    };
    const open = new Map<string, RecordedExchange>();
    for (const event of list) {
      if (event.type !== 'frame' || event.payload === '') continue;
      const message = parseMessage(event.payload);
      if (!message) continue;
      if (event.direction === 'client_to_server') {
        if (message.method !== undefined && message.id !== undefined && message.id !== null) {
          const exchange: RecordedExchange = {
            sessionId,
            seq: event.seq,
            request: message,
            answer: null,
            answerSeq: null,
          };
          session.exchanges.push(exchange);
          open.set(JSON.stringify(message.id), exchange);
        } else if (message.method !== undefined) {
          session.notifications.push({ seq: event.seq, message });
        }
      } else if (
        event.direction === 'server_to_client' &&
        message.method === undefined &&
        message.id !== undefined
      ) {
        const key = JSON.stringify(message.id);
        const exchange = open.get(key);
        if (exchange) {
          exchange.answer = message;
          exchange.answerSeq = event.seq;
          open.delete(key);
        }
      }
    }
    sessions.push(session);
  }
  return sessions;
}

function parseMessage(text: string): JsonRpcMessage | null {
  try {
    const value = JSON.parse(text) as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as JsonRpcMessage)
      : null;
  } catch {
    return null;
  }
}

/** Params without `_meta` (per-request metadata: progress tokens, trace context, protocol version). */
export function comparableParams(message: JsonRpcMessage): unknown {
  if (!message.params) return null;
  const { _meta: _ignored, ...rest } = message.params;
  return rest;
}
