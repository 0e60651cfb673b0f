/**
 * The offline verifier: given stored events (from ClickHouse or a bundle) and signed
 * checkpoints, reports every place where the trail is not what ingest stored.
 */
import type { JWK } from 'jose';
import type { StoredChainEvent } from './chained-event';
import { type CheckpointStatement, verifyCheckpoint } from './checkpoint';
import {
  type CheckpointChainOptions,
  checkCheckpointChains,
  type VerifiedCheckpoint,
} from './checkpoint-chain';
import { SessionChainFollower } from './session-chain';

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
  /** The event the problem was found at, when one is present. */
  eventId?: string;
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
  const problems: IntegrityProblem[] = [];
  const verified = await verifyCheckpoints(options.checkpoints ?? [], options.publicKeys ?? [], problems);
  const statements = verified.map((v) => v.statement);
  const trail = new TrailFollower(statements, options);
  const streamed: StoredChainEvent[] = [];
  for (const event of options.events) {
    trail.add(event);
    if (options.checkStreams) streamed.push(event);
  }
  const followed = trail.finish();
  problems.push(...followed.problems);
  if (options.checkpointChains) problems.push(...checkCheckpointChains(verified, options.checkpointChains));
  if (options.checkStreams) problems.push(...checkStreams(streamed, statements));
  return {
    ok: problems.length === 0,
    sessions: followed.sessions,
    events: followed.events,
    checkpoints: statements.length,
    problems,
    signedThrough: signedHeads(statements),
  };
}

/** The checkpoints whose signatures verify; a `checkpoint_invalid` problem for each other one. */
export async function verifyCheckpoints(
  checkpoints: Iterable<string>,
  publicKeys: readonly JWK[],
  problems: IntegrityProblem[],
): Promise<VerifiedCheckpoint[]> {
  const verified: VerifiedCheckpoint[] = [];
  for (const jws of checkpoints) {
    try {
      verified.push({ jws, statement: await verifyCheckpoint(jws, publicKeys) });
    } catch (err) {
      problems.push({ kind: 'checkpoint_invalid', detail: (err as Error).message });
    }
  }
  return verified;
}

/**
 * The events of a trail checked as they come, in any order, holding per session only its
 * chain's state (never its events): every session's chain, and every position the valid
 * checkpoints sign. Memory grows with the sessions and the signed positions, not the events.
 */
export class TrailFollower {
  private readonly problems: IntegrityProblem[] = [];
  private readonly chains = new Map<string, SessionChainFollower>();
  /** Per session, per signed seq: the checkpoints' hashes and what the trail holds there. */
  private readonly signed = new Map<string, Map<number, SignedPosition>>();
  private events = 0;

  constructor(
    statements: readonly CheckpointStatement[],
    private readonly options: Pick<VerifyOptions, 'sessions' | 'sessionsFromStart'> = {},
  ) {
    for (const statement of statements) {
      for (const head of statement.sessions) {
        let bySeq = this.signed.get(head.sessionId);
        if (bySeq === undefined) {
          bySeq = new Map();
          this.signed.set(head.sessionId, bySeq);
        }
        const at = bySeq.get(head.seq) ?? { claims: [], held: [] };
        at.claims.push({ hash: head.hash, checkpoint: statement.id });
        bySeq.set(head.seq, at);
      }
    }
  }

  add(event: StoredChainEvent): void {
    this.events++;
    let chain = this.chains.get(event.sessionId);
    if (chain === undefined) {
      chain = new SessionChainFollower(
        event.sessionId,
        this.problems,
        this.options.sessionsFromStart ?? true,
      );
      this.chains.set(event.sessionId, chain);
    }
    chain.add(event);
    const position = this.signed.get(event.sessionId)?.get(event.seq);
    if (position !== undefined && !position.held.some((h) => h.hash === event.hash)) {
      position.held.push({ hash: event.hash, eventId: event.eventId });
    }
  }

  finish(): { problems: IntegrityProblem[]; sessions: number; events: number } {
    for (const chain of this.chains.values()) chain.finish();
    const expected = this.options.sessions;
    for (const [sessionId, bySeq] of this.signed) {
      if (!this.chains.has(sessionId)) {
        if (expected === undefined || expected.has(sessionId)) {
          for (const [seq, { claims }] of bySeq) {
            for (const claim of claims) {
              this.problems.push({
                kind: 'missing_session',
                sessionId,
                detail: `checkpoint ${claim.checkpoint} covers seq ${seq}, no event is present`,
              });
            }
          }
        }
        continue;
      }
      for (const [seq, { claims, held }] of bySeq) {
        for (const claim of claims) this.checkClaim(sessionId, seq, claim, held);
      }
    }
    return { problems: this.problems, sessions: this.chains.size, events: this.events };
  }

  private checkClaim(
    sessionId: string,
    seq: number,
    claim: SignedPosition['claims'][number],
    held: SignedPosition['held'],
  ): void {
    if (held.length === 0) {
      this.problems.push({
        kind: 'deleted',
        sessionId,
        seq,
        detail: `checkpointed seq ${seq} missing (checkpoint ${claim.checkpoint})`,
      });
    } else if (!held.some((h) => h.hash === claim.hash)) {
      this.problems.push({
        kind: 'checkpoint_mismatch',
        sessionId,
        seq,
        ...(held[0] && { eventId: held[0].eventId }),
        detail: `hash differs from checkpoint ${claim.checkpoint}`,
      });
    }
  }
}

interface SignedPosition {
  claims: { hash: string; checkpoint: string }[];
  held: { hash: string; eventId: string }[];
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
  const problems: IntegrityProblem[] = [];
  const chain = new SessionChainFollower(first.sessionId, problems, options.fromStart ?? true);
  for (const event of sorted) chain.add(event);
  chain.finish();
  return problems;
}

/** Gaps and repeats in each gateway stream (gatewayId, epoch), including tails a checkpoint saw. */
function checkStreams(
  events: Iterable<StoredChainEvent>,
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
  for (const e of events) {
    if (e.gatewayEpoch !== null && e.streamSeq !== null)
      streamOf(e.gatewayId, e.gatewayEpoch).seqs.push(e.streamSeq);
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

/** Gateway-stream positions `from`..`to` of one gateway epoch are missing (whole sessions vanished). */
export function streamGap(
  at: { gatewayId: string; epoch: number },
  from: number,
  to: number,
): IntegrityProblem {
  return {
    kind: 'stream_gap',
    ...at,
    from,
    to,
    detail: `gateway ${at.gatewayId} epoch ${at.epoch}: stream positions ${from}..${to} missing`,
  };
}
