/**
 * What crash recovery keeps of the sessions and exchanges a gateway has open, folded the same
 * way from the events its log holds (at the next start) and from the groups its emitter gets
 * accepted (while it runs, for the checkpoint that stands in for log segments already trimmed).
 */
import type { AuditEvent } from '@proctor/events';
import type { AppendedEntry, AuditSubject } from './audit-emitter';

/** What events are about, without where their seqs come from. */
type Subject = Omit<AuditSubject, 'seqs'>;

/** A session or exchange the log shows open: its subject and where its seq stands. */
export interface OpenSubject extends Subject {
  /** Seq of its last event. */
  seq: number;
  /** Its last event answered a stateless round: its client may continue it with a retry, on any gateway. */
  answered: boolean;
}

/** The facts of one event the fold reads. */
interface Step {
  type: AuditEvent['type'];
  seq: number;
  answers: boolean;
}

/**
 * Folds one event into the open set: a session_ended closes its subject; a start or a frame
 * opens it; later events move its seq on. Other events (auth failures, grants) have subjects of
 * their own and open nothing.
 */
export function foldStep(open: Map<string, OpenSubject>, subject: Subject, step: Step): void {
  if (step.type === 'session_ended') {
    open.delete(subject.sessionId);
    return;
  }
  // Only a stateless exchange can be answered and continued: a session stays open after its answers.
  const answered = subject.era === 'stateless' && step.answers;
  const last = open.get(subject.sessionId);
  if (last) {
    if (step.seq > last.seq) {
      last.seq = step.seq;
      last.answered = answered;
    }
    return;
  }
  // Sessions and exchanges show by their start or their frames (an exchange continued here has no start here).
  if (step.type !== 'session_started' && step.type !== 'frame') return;
  open.set(subject.sessionId, {
    sessionId: subject.sessionId,
    identity: subject.identity,
    sourceIp: subject.sourceIp,
    // Client text that may hold PHI, and the checkpoint is a clear file at rest: not kept (a
    // session ended after a crash gets no user agent, as when it is read back from a sealed log).
    userAgent: null,
    connection: subject.connection,
    era: subject.era,
    protocolVersion: subject.protocolVersion,
    traceId: subject.traceId,
    seq: step.seq,
    answered,
  });
}

/** A server-to-client response or error: the answer of a round. */
function answers(type: string, body: unknown): boolean {
  if (type !== 'frame') return false;
  const frame = body as { direction?: string; kind?: string };
  return frame.direction === 'server_to_client' && (frame.kind === 'response' || frame.kind === 'error');
}

export function foldEvent(open: Map<string, OpenSubject>, event: AuditEvent): void {
  foldStep(
    open,
    {
      sessionId: event.sessionId,
      identity: event.identity,
      sourceIp: event.sourceIp,
      userAgent: event.userAgent,
      connection: event.connection,
      era: event.era ?? null,
      protocolVersion: event.protocolVersion ?? null,
      traceId: event.traceId ?? null,
    },
    { type: event.type, seq: event.seq, answers: answers(event.type, event.body) },
  );
}

/** The open set as of a log position: everything before it is folded in. */
export interface OpenSubjectsCheckpoint {
  position: number;
  subjects: OpenSubject[];
}

/**
 * Follows what this gateway's emitter gets into the log and keeps the open set, and the log
 * position after the last accepted group, in step: a snapshot covers exactly the log up to its
 * position (the emitter appends one group at a time, and the position is read as each is
 * accepted). Answered exchanges leave the set (their retry, if any, brings them back), and
 * subjects without an event for `maxIdleMs` are dropped (the idle sweep has ended them, or
 * another gateway serves them).
 */
export class OpenSubjectsTracker {
  private readonly open = new Map<string, OpenSubject>();
  private readonly touched = new Map<string, number>();
  private position: number | undefined;
  private changed = true;

  constructor(
    private readonly options: {
      /** The log position after the last acknowledged record of the topic the emitter appends to. */
      positionOf: () => number | undefined;
      now: () => number;
      maxIdleMs: number;
    },
  ) {}

  readonly onAppended = (group: readonly AppendedEntry[]): void => {
    const now = this.options.now();
    for (const { pending, first } of group) {
      const subject: AuditSubject = pending.subject;
      for (let i = 0; i < pending.contents.length; i++) {
        const content = pending.contents[i] as (typeof pending.contents)[number];
        foldStep(this.open, subject, {
          type: content.type,
          seq: first + i,
          answers: answers(content.type, content.body),
        });
      }
      const id = subject.sessionId;
      if (this.open.get(id)?.answered) this.open.delete(id);
      if (this.open.has(id)) this.touched.set(id, now);
      else this.touched.delete(id);
    }
    this.position = this.options.positionOf() ?? this.position;
    this.changed = true;
  };

  /** The open set and its position, or null when nothing changed since the last snapshot. */
  snapshot(): OpenSubjectsCheckpoint | null {
    const position = this.position ?? this.options.positionOf();
    if (position === undefined) return null;
    const stale = this.options.now() - this.options.maxIdleMs;
    for (const [id, at] of this.touched) {
      if (at >= stale) continue;
      this.touched.delete(id);
      this.open.delete(id);
      this.changed = true;
    }
    if (!this.changed) return null;
    this.changed = false;
    return { position, subjects: [...this.open.values()].map((s) => ({ ...s })) };
  }
}
