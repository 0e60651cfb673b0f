import type { EventLogProducer, LogRecord } from '@proctor/event-log';
import type { AuditEvent, Identity, ProtocolEra } from '@proctor/events';

/** Hands out a session's (or exchange's) gap-free `seq`; the session store is one (see sessions/port.ts). */
export interface SeqSource {
  reserveSeq(id: string, count: number): number | Promise<number>;
  releaseSeq(id: string, first: number, count: number): boolean | Promise<boolean>;
}

/** What events are about: the envelope minus the positions the emitter assigns. */
export interface AuditSubject {
  sessionId: string;
  identity: Identity;
  sourceIp: string | null;
  userAgent: string | null;
  connection: string;
  era: ProtocolEra | null;
  protocolVersion: string | null;
  traceId: string | null;
  /** Where this subject's `seq` comes from: the session store, or the emitter's local counters. */
  seqs: SeqSource;
}

/** An event without its envelope: `{ type, body }`, one member of the AuditEvent union. */
export type EventContent = AuditEvent extends infer E
  ? E extends AuditEvent
    ? Pick<E, 'type' | 'body'>
    : never
  : never;

export interface AuditEmitterDeps {
  eventLog: EventLogProducer;
  topic: string;
  tenant: string;
  gatewayId: string;
  /** Start count of this gateway instance (see sessions/epoch-file.ts). */
  gatewayEpoch: number;
  encode: (event: AuditEvent) => Buffer;
  newEventId: () => string;
  nowMicros: () => number;
  /** Sees each group the log accepted, before its emitters resume (crash recovery's checkpoint follows it). */
  onAppended?: (group: readonly AppendedEntry[]) => void;
}

/** A subject's events in an accepted group: `first` is the seq of its first content. */
export interface AppendedEntry {
  pending: { subject: AuditSubject; contents: EventContent[] };
  first: number;
}

interface Pending {
  subject: AuditSubject;
  contents: EventContent[];
  resolve: () => void;
  reject: (err: unknown) => void;
}

/**
 * Turns what crosses the gateway into audit events and appends them to the event log.
 *
 * One serialization point assigns positions: at most one append is in flight; events that
 * arrive meanwhile, or in the same event-loop turn, wait and leave together in the next append
 * (a group commit). Positions — each subject's `seq` and the gateway stream's `streamSeq` —
 * are assigned when a group leaves, so a failed append is rolled back exactly: it consumes no
 * sequence number and the next events reuse them, leaving no gap. A returned promise resolves
 * only once the log has durably accepted the events: callers forward frames after that.
 */
export class AuditEmitter {
  private queue: Pending[] = [];
  private flushing = false;
  /**
   * A group leaves once every I/O callback of the current event-loop turn has run
   * (setImmediate), not at the end of the callback that emitted: the frames of all requests and
   * answers that arrived in one turn share one append (one write, one sync) instead of one each.
   */
  private scheduled = false;
  private readonly flushScheduled = () => void this.flush();
  private nextStreamSeq = 0;
  /** Counters of subjects the session store does not hold (one-request sessions, auth failures). */
  readonly localSeqs = new LocalSeqs();

  constructor(private readonly deps: AuditEmitterDeps) {}

  get gatewayEpoch(): number {
    return this.deps.gatewayEpoch;
  }

  emit(subject: AuditSubject, contents: EventContent[]): Promise<void> {
    if (contents.length === 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.queue.push({ subject, contents, resolve, reject });
      if (!this.flushing && !this.scheduled) {
        this.scheduled = true;
        setImmediate(this.flushScheduled);
      }
    });
  }

  /** Resolves once every event emitted so far has been appended or has failed. */
  async idle(): Promise<void> {
    while (this.scheduled || this.flushing || this.queue.length > 0) {
      await new Promise((r) => setImmediate(r));
    }
  }

  private async flush(): Promise<void> {
    this.scheduled = false;
    this.flushing = true;
    try {
      while (this.queue.length > 0) {
        const group = this.queue;
        this.queue = [];
        await this.appendGroup(group);
      }
    } finally {
      this.flushing = false;
    }
  }

  private async appendGroup(group: Pending[]): Promise<void> {
    const reserved: { pending: Pending; first: number }[] = [];
    const refused: Pending[] = [];
    for (const pending of group) {
      try {
        const reservation = pending.subject.seqs.reserveSeq(
          pending.subject.sessionId,
          pending.contents.length,
        );
        // In-memory sources answer at once: no microtask per subject for them.
        const first = typeof reservation === 'number' ? reservation : await reservation;
        reserved.push({ pending, first });
      } catch (err) {
        pending.reject(err);
        refused.push(pending);
      }
    }
    const streamFirst = this.nextStreamSeq;
    const records: LogRecord[] = [];
    let streamSeq = streamFirst;
    try {
      for (const { pending, first } of reserved) {
        pending.contents.forEach((content, i) => {
          records.push(this.record(pending.subject, content, first + i, streamSeq++));
        });
      }
      this.nextStreamSeq = streamSeq;
      await this.deps.eventLog.append(this.deps.topic, records);
    } catch (err) {
      // Nothing of the group is in the log: give every position back, newest first.
      this.nextStreamSeq = streamFirst;
      for (let i = reserved.length - 1; i >= 0; i--) {
        const entry = reserved[i] as (typeof reserved)[number];
        const { subject, contents } = entry.pending;
        await Promise.resolve(subject.seqs.releaseSeq(subject.sessionId, entry.first, contents.length)).catch(
          () => false,
        );
      }
      for (const { pending } of reserved) pending.reject(err);
      return;
    }
    this.deps.onAppended?.(reserved);
    for (const { pending } of reserved) pending.resolve();
  }

  private record(subject: AuditSubject, content: EventContent, seq: number, streamSeq: number): LogRecord {
    const event = {
      eventId: this.deps.newEventId(),
      time: this.deps.nowMicros(),
      tenant: this.deps.tenant,
      gatewayId: this.deps.gatewayId,
      sessionId: subject.sessionId,
      seq,
      identity: subject.identity,
      sourceIp: subject.sourceIp,
      userAgent: subject.userAgent,
      connection: subject.connection,
      gatewayEpoch: this.deps.gatewayEpoch,
      streamSeq,
      era: subject.era,
      protocolVersion: subject.protocolVersion,
      traceId: subject.traceId,
      type: content.type,
      // session_ended names its own position: the session's final seq.
      body: content.type === 'session_ended' ? { finalSeq: seq, reason: content.body.reason } : content.body,
    } as AuditEvent;
    return { key: subject.sessionId, value: this.deps.encode(event), headers: headersOf(event.type) };
  }
}

/** Record headers by event type: one object per type, shared by its records (never changed). */
const HEADERS = new Map<string, Record<string, string>>();

function headersOf(type: string): Record<string, string> {
  let headers = HEADERS.get(type);
  if (headers === undefined) {
    headers = { 'proctor-event-type': type };
    HEADERS.set(type, headers);
  }
  return headers;
}

/** Per-id counters kept in this process: for subjects that live and die within one gateway. */
export class LocalSeqs implements SeqSource {
  private readonly next = new Map<string, number>();

  reserveSeq(id: string, count: number): number {
    const first = this.next.get(id) ?? 0;
    this.next.set(id, first + count);
    return first;
  }

  releaseSeq(id: string, first: number, count: number): boolean {
    if ((this.next.get(id) ?? 0) !== first + count) return false;
    if (first === 0) this.next.delete(id);
    else this.next.set(id, first);
    return true;
  }

  /** Forgets a finished subject's counter. */
  forget(id: string): void {
    this.next.delete(id);
  }
}
