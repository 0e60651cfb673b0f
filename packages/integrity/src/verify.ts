/**
 * The offline verifier: given stored events (from ClickHouse or a bundle) and signed
 * checkpoints, reports every place where the trail is not what ingest stored.
 */
import type { JWK } from 'jose';
import { CHAIN_GENESIS, chainHash } from './chain';
import type { StoredChainEvent } from './chained-event';
import { type CheckpointStatement, verifyCheckpoint } from './checkpoint';
import {
  type CheckpointChainOptions,
  checkCheckpointChains,
  type VerifiedCheckpoint,
} from './checkpoint-chain';

export type IntegrityProblemKind =
  /** The event's content no longer hashes to its stored hash. */
  | 'modified'
  /** Sequence numbers are missing inside a session, or a checkpointed event is gone. */
  | 'deleted'
  /** Two events claim one position, or an event is not linked to the one before it. */
  | 'inserted'
  /** An event is linked to another event of its session than the one before it. */
  | 'reordered'
  /** Gateway-stream positions are missing: events (possibly whole sessions) were never stored or were removed. */
  | 'stream_gap'
  /** A checkpoint names a session of which no event is present. */
  | 'missing_session'
  /** The event at a checkpointed position has another hash than the one signed. */
  | 'checkpoint_mismatch'
  /** A checkpoint whose signature does not verify, or signed by an unknown key. */
  | 'checkpoint_invalid'
  /** A scope's checkpoints skip a number, or one does not link to the one before it. */
  | 'checkpoint_gap'
  /** A live scope went longer than its promised interval without a checkpoint. */
  | 'stale_checkpoints';

export interface IntegrityProblem {
  kind: IntegrityProblemKind;
  sessionId?: string;
  seq?: number;
  gatewayId?: string;
  epoch?: number;
  /** First and last missing position of a gap (session seq or stream seq). */
  from?: number;
  to?: number;
  detail: string;
}

export interface VerifyOptions {
  /** Stored events in any order, with their chain links. */
  events: Iterable<StoredChainEvent>;
  /** Compact JWS checkpoints. */
  checkpoints?: readonly string[];
  /** Published Ed25519 public JWKs (with kid). */
  publicKeys?: readonly JWK[];
  /**
   * Sessions the events are expected to cover. Checkpointed sessions outside it are not
   * reported missing (e.g. verifying a one-session bundle). Default: every checkpointed session.
   */
  sessions?: ReadonlySet<string>;
  /** Sessions must start at seq 0 (default true). */
  sessionsFromStart?: boolean;
  /**
   * Check gateway streams for gaps: only meaningful when the events are everything the
   * gateways emitted over the range (a whole-store verification), not a bundle. Default false.
   */
  checkStreams?: boolean;
  /**
   * Check each scope's chain of checkpoints (and, with `asOf`, that live scopes kept being
   * checkpointed): only meaningful when the checkpoints are all ingest signed, not a bundle's
   * selection. Default false.
   */
  checkpointChains?: false | CheckpointChainOptions;
}

export interface VerifyReport {
  ok: boolean;
  sessions: number;
  events: number;
  checkpoints: number;
  problems: IntegrityProblem[];
  /**
   * Per session, the highest seq a valid checkpoint signs: events after it are tied to
   * nothing signed (a cut tail with a forged end, or events ingest has not checkpointed yet).
   */
  signedThrough: ReadonlyMap<string, number>;
}

export async function verifyAuditTrail(options: VerifyOptions): Promise<VerifyReport> {
  const bySession = new Map<string, StoredChainEvent[]>();
  let eventCount = 0;
  for (const event of options.events) {
    eventCount++;
    let list = bySession.get(event.sessionId);
    if (list === undefined) {
      list = [];
      bySession.set(event.sessionId, list);
    }
    list.push(event);
  }
  const problems: IntegrityProblem[] = [];
  for (const events of bySession.values()) {
    problems.push(...verifySessionChain(events, { fromStart: options.sessionsFromStart ?? true }));
  }

  const verified: VerifiedCheckpoint[] = [];
  for (const jws of options.checkpoints ?? []) {
    try {
      verified.push({ jws, statement: await verifyCheckpoint(jws, options.publicKeys ?? []) });
    } catch (err) {
      problems.push({ kind: 'checkpoint_invalid', detail: (err as Error).message });
    }
  }
  const statements = verified.map((v) => v.statement);
  problems.push(...checkCheckpointedHeads(statements, bySession, options.sessions));
  if (options.checkpointChains) problems.push(...checkCheckpointChains(verified, options.checkpointChains));
  if (options.checkStreams) problems.push(...checkStreams(bySession.values(), statements));
  return {
    ok: problems.length === 0,
    sessions: bySession.size,
    events: eventCount,
    checkpoints: statements.length,
    problems,
    signedThrough: signedHeads(statements),
  };
}

function signedHeads(statements: readonly CheckpointStatement[]): Map<string, number> {
  const heads = new Map<string, number>();
  for (const statement of statements) {
    for (const head of statement.sessions)
      heads.set(head.sessionId, Math.max(heads.get(head.sessionId) ?? -1, head.seq));
  }
  return heads;
}

/**
 * Checks one session's chain: every hash recomputes, every link points at the event before
 * it, and sequence numbers run without gaps or repeats. `events` may be in any order.
 */
export function verifySessionChain(
  events: readonly StoredChainEvent[],
  options: { fromStart?: boolean } = {},
): IntegrityProblem[] {
  const sorted = [...events].sort((a, b) => a.seq - b.seq || (a.eventId < b.eventId ? -1 : 1));
  const first = sorted[0];
  if (first === undefined) return [];
  const sessionId = first.sessionId;
  const problems: IntegrityProblem[] = [];
  const hashes = new Set(sorted.map((e) => e.hash));
  let expectedSeq = (options.fromStart ?? true) ? 0 : first.seq;
  let previous: StoredChainEvent | undefined;
  for (const event of sorted) {
    const at = { sessionId, seq: event.seq };
    if (chainHash(event.prevHash, event) !== event.hash) {
      problems.push({ kind: 'modified', ...at, detail: 'content does not match its stored hash' });
    }
    let gap = false;
    if (previous !== undefined && event.seq === previous.seq) {
      problems.push({ kind: 'inserted', ...at, detail: 'another event has the same seq' });
      continue;
    }
    if (event.seq > expectedSeq) {
      gap = true;
      problems.push({
        kind: 'deleted',
        sessionId,
        from: expectedSeq,
        to: event.seq - 1,
        detail: `seq ${expectedSeq}..${event.seq - 1} missing`,
      });
    }
    const expectedPrev = previous?.hash ?? (event.seq === 0 ? CHAIN_GENESIS : undefined);
    if (expectedPrev !== undefined && event.prevHash !== expectedPrev && !gap) {
      if (hashes.has(event.prevHash) && event.prevHash !== event.hash) {
        problems.push({ kind: 'reordered', ...at, detail: 'linked to another event than the one before it' });
      } else {
        problems.push({ kind: 'inserted', ...at, detail: 'not linked to the event before it' });
      }
    }
    expectedSeq = event.seq + 1;
    previous = event;
  }
  return problems;
}

function checkCheckpointedHeads(
  statements: readonly CheckpointStatement[],
  bySession: ReadonlyMap<string, StoredChainEvent[]>,
  expected: ReadonlySet<string> | undefined,
): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  // A long session is named by thousands of checkpoints: look its heads up by seq, not by scanning.
  const atSeq = new Map<string, Map<number, StoredChainEvent[]>>();
  const eventsAt = (sessionId: string, events: readonly StoredChainEvent[], seq: number) => {
    let index = atSeq.get(sessionId);
    if (index === undefined) {
      index = new Map();
      for (const e of events) index.set(e.seq, [...(index.get(e.seq) ?? []), e]);
      atSeq.set(sessionId, index);
    }
    return index.get(seq) ?? [];
  };
  for (const statement of statements) {
    for (const head of statement.sessions) {
      const events = bySession.get(head.sessionId);
      if (events === undefined) {
        if (expected === undefined || expected.has(head.sessionId)) {
          problems.push({
            kind: 'missing_session',
            sessionId: head.sessionId,
            detail: `checkpoint ${statement.id} covers seq ${head.seq}, no event is present`,
          });
        }
        continue;
      }
      const atHead = eventsAt(head.sessionId, events, head.seq);
      if (atHead.length === 0) {
        problems.push({
          kind: 'deleted',
          sessionId: head.sessionId,
          seq: head.seq,
          detail: `checkpointed seq ${head.seq} missing (checkpoint ${statement.id})`,
        });
      } else if (!atHead.some((e) => e.hash === head.hash)) {
        problems.push({
          kind: 'checkpoint_mismatch',
          sessionId: head.sessionId,
          seq: head.seq,
          detail: `hash differs from checkpoint ${statement.id}`,
        });
      }
    }
  }
  return problems;
}

/** Gaps and repeats in each gateway stream (gatewayId, epoch), including tails a checkpoint saw. */
function checkStreams(
  sessions: Iterable<StoredChainEvent[]>,
  statements: readonly CheckpointStatement[],
): IntegrityProblem[] {
  const streams = new Map<string, { gatewayId: string; epoch: number; seqs: number[] }>();
  const streamOf = (gatewayId: string, epoch: number) => {
    const key = `${gatewayId}\u0000${epoch}`;
    let stream = streams.get(key);
    if (stream === undefined) {
      stream = { gatewayId, epoch, seqs: [] };
      streams.set(key, stream);
    }
    return stream;
  };
  for (const events of sessions) {
    for (const e of events) {
      if (e.gatewayEpoch !== null && e.streamSeq !== null)
        streamOf(e.gatewayId, e.gatewayEpoch).seqs.push(e.streamSeq);
    }
  }
  const signedTail = new Map<string, number>();
  for (const statement of statements) {
    for (const head of statement.streams) {
      const stream = streamOf(head.gatewayId, head.epoch);
      const key = `${stream.gatewayId}\u0000${stream.epoch}`;
      signedTail.set(key, Math.max(signedTail.get(key) ?? -1, head.streamSeq));
    }
  }
  const problems: IntegrityProblem[] = [];
  for (const [key, { gatewayId, epoch, seqs }] of streams) {
    seqs.sort((a, b) => a - b);
    const at = { gatewayId, epoch };
    let expected = 0;
    for (const seq of seqs) {
      if (seq < expected) {
        problems.push({ kind: 'inserted', ...at, seq, detail: `stream position ${seq} appears twice` });
        continue;
      }
      if (seq > expected) problems.push(streamGap(at, expected, seq - 1));
      expected = seq + 1;
    }
    const tail = signedTail.get(key);
    if (tail !== undefined && tail >= expected) problems.push(streamGap(at, expected, tail));
  }
  return problems;
}

function streamGap(at: { gatewayId: string; epoch: number }, from: number, to: number): IntegrityProblem {
  return {
    kind: 'stream_gap',
    ...at,
    from,
    to,
    detail: `gateway ${at.gatewayId} epoch ${at.epoch}: stream positions ${from}..${to} missing`,
  };
}
