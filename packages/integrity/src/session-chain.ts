/**
 * One session's hash chain, checked as its events arrive: every hash recomputes, every link
 * points at the event before it, and sequence numbers run without gaps or repeats. Events may
 * arrive somewhat out of seq order (a bundle is written in time order); they wait until the
 * seq before them came, up to a bounded number, so memory does not grow with the session.
 */
import { CHAIN_GENESIS, chainHash } from './chain';
import type { StoredChainEvent } from './chained-event';
import type { IntegrityProblem } from './verify';

/** Events held back waiting for an earlier seq; past it, the earliest held is checked as if the seqs before it were missing. */
const MAX_WAITING = 1024;
/** Recent hashes remembered to tell a reordered link (to another event of the session) from a foreign one. */
const RECENT_HASHES = 1024;

export class SessionChainFollower {
  private expectedSeq: number | undefined;
  private previous: { seq: number; hash: string } | undefined;
  private readonly waiting = new Map<number, StoredChainEvent[]>();
  private waitingCount = 0;
  private readonly recent = new Set<string>();
  private readonly recentOrder: string[] = [];

  constructor(
    private readonly sessionId: string,
    private readonly problems: IntegrityProblem[],
    /** Sessions start at seq 0; otherwise at the first event given (then feed them in seq order). */
    fromStart = true,
  ) {
    if (fromStart) this.expectedSeq = 0;
  }

  add(event: StoredChainEvent): void {
    this.remember(event.hash);
    if (chainHash(event.prevHash, event) !== event.hash) {
      this.report(event, 'modified', 'content does not match its stored hash');
    }
    this.expectedSeq ??= event.seq;
    if (event.seq < this.expectedSeq) {
      if (event.seq === this.previous?.seq) this.report(event, 'inserted', 'another event has the same seq');
      else
        this.report(
          event,
          'reordered',
          `comes after seq ${this.previous?.seq} in the trail, far from its place`,
        );
      return;
    }
    const list = this.waiting.get(event.seq) ?? [];
    list.push(event);
    this.waiting.set(event.seq, list);
    this.waitingCount++;
    this.drain();
    while (this.waitingCount > MAX_WAITING) this.checkEarliest();
  }

  /** Checks the events still waiting (the seqs before them never came). */
  finish(): void {
    while (this.waitingCount > 0) this.checkEarliest();
  }

  private drain(): void {
    for (;;) {
      const ready = this.waiting.get(this.expectedSeq as number);
      if (ready === undefined) return;
      this.take(this.expectedSeq as number, ready);
    }
  }

  private checkEarliest(): void {
    const earliest = Math.min(...this.waiting.keys());
    this.take(earliest, this.waiting.get(earliest) ?? []);
    this.drain();
  }

  /** Checks the events at one seq, in arrival order: the first is linked, any other is a second event there. */
  private take(seq: number, events: StoredChainEvent[]): void {
    this.waiting.delete(seq);
    this.waitingCount -= events.length;
    for (const event of events) this.check(event);
  }

  private check(event: StoredChainEvent): void {
    const previous = this.previous;
    if (previous !== undefined && event.seq === previous.seq) {
      this.report(event, 'inserted', 'another event has the same seq');
      return;
    }
    const expectedSeq = this.expectedSeq as number;
    let gap = false;
    if (event.seq > expectedSeq) {
      gap = true;
      this.problems.push({
        kind: 'deleted',
        sessionId: this.sessionId,
        from: expectedSeq,
        to: event.seq - 1,
        detail: `seq ${expectedSeq}..${event.seq - 1} missing`,
      });
    }
    const expectedPrev = previous?.hash ?? (event.seq === 0 ? CHAIN_GENESIS : undefined);
    if (expectedPrev !== undefined && event.prevHash !== expectedPrev && !gap) {
      if (this.recent.has(event.prevHash) && event.prevHash !== event.hash) {
        this.report(event, 'reordered', 'linked to another event than the one before it');
      } else {
        this.report(event, 'inserted', 'not linked to the event before it');
      }
    }
    this.expectedSeq = event.seq + 1;
    this.previous = { seq: event.seq, hash: event.hash };
  }

  private remember(hash: string): void {
    if (this.recent.has(hash)) return;
    this.recent.add(hash);
    this.recentOrder.push(hash);
    if (this.recentOrder.length > RECENT_HASHES) this.recent.delete(this.recentOrder.shift() as string);
  }

  private report(event: StoredChainEvent, kind: IntegrityProblem['kind'], detail: string): void {
    this.problems.push({ kind, sessionId: this.sessionId, seq: event.seq, eventId: event.eventId, detail });
  }
}
