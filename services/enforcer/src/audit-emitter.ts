import { createHash } from 'node:crypto';
import type { EventLogProducer, LogRecord } from '@proctor/event-log';
import type { AuditEvent, FrameDirection, SessionEndReason, SessionStartedBody } from '@proctor/events';
import type { JsonRpcFrame } from './json-rpc';
import { rememberRequest, type Session } from './sessions';

export interface AuditEmitterDeps {
  eventLog: EventLogProducer;
  topic: string;
  tenant: string;
  gatewayId: string;
  encode: (event: AuditEvent) => Buffer;
  newEventId: () => string;
  nowMicros: () => number;
}

const OPPOSITE: Record<FrameDirection, FrameDirection> = {
  client_to_server: 'server_to_client',
  server_to_client: 'client_to_server',
};

/**
 * Turns what crosses the gateway into audit events and appends them to the event log.
 * Sequence numbers are taken synchronously, in call order, and the log keeps call order,
 * so a session's events land in the log in sequence order. A returned promise resolves
 * only when the log has durably accepted the events: callers forward frames after that.
 */
export class AuditEmitter {
  constructor(private readonly deps: AuditEmitterDeps) {}

  sessionStarted(session: Session, body: SessionStartedBody): Promise<void> {
    return this.append(session, [this.event(session, { type: 'session_started', body })]);
  }

  sessionEnded(session: Session, reason: SessionEndReason): Promise<void> {
    const finalSeq = session.nextSeq;
    return this.append(session, [this.event(session, { type: 'session_ended', body: { finalSeq, reason } })]);
  }

  frames(session: Session, direction: FrameDirection, frames: readonly JsonRpcFrame[]): Promise<void> {
    const events = frames.map((frame) => {
      const { method, toolName } = this.correlate(session, direction, frame);
      return this.event(session, {
        type: 'frame',
        body: {
          direction,
          kind: frame.kind,
          method,
          jsonrpcId: frame.idJson,
          toolName,
          payload: frame.text,
          payloadEncoding: 'json',
          size: frame.text.length,
          sha256: createHash('sha256').update(frame.text).digest('hex'),
        },
      });
    });
    return this.append(session, events);
  }

  /** Requests are remembered; a response takes the method and tool of the request it answers. */
  private correlate(
    session: Session,
    direction: FrameDirection,
    frame: JsonRpcFrame,
  ): { method: string | null; toolName: string | null } {
    if (frame.kind === 'request' && frame.method !== null && frame.idJson !== null) {
      rememberRequest(session, `${direction}:${frame.idJson}`, {
        method: frame.method,
        toolName: frame.toolName,
      });
      return { method: frame.method, toolName: frame.toolName };
    }
    if ((frame.kind === 'response' || frame.kind === 'error') && frame.idJson !== null) {
      const key = `${OPPOSITE[direction]}:${frame.idJson}`;
      const request = session.pending.get(key);
      if (request) {
        session.pending.delete(key);
        return request;
      }
    }
    return { method: frame.method, toolName: frame.toolName };
  }

  private event<T extends Pick<AuditEvent, 'type' | 'body'>>(session: Session, typed: T): AuditEvent {
    return {
      eventId: this.deps.newEventId(),
      time: this.deps.nowMicros(),
      tenant: this.deps.tenant,
      gatewayId: this.deps.gatewayId,
      sessionId: session.id,
      seq: session.nextSeq++,
      identity: session.identity,
      sourceIp: session.sourceIp,
      userAgent: session.userAgent,
      connection: session.connection,
      ...typed,
    } as AuditEvent;
  }

  private append(session: Session, events: AuditEvent[]): Promise<void> {
    const records: LogRecord[] = events.map((event) => ({
      key: session.id,
      value: this.deps.encode(event),
      headers: { 'proctor-event-type': event.type },
    }));
    return this.deps.eventLog.append(this.deps.topic, records);
  }
}
