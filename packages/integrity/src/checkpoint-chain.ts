/**
 * The chain of each scope's checkpoints (statement version 2): numbered from 0, each naming
 * the digest of the one before it, one every `everySeconds` at least while the scope is live.
 *
 * - `checkpoint_gap`: a scope's numbers skip, or a checkpoint names another predecessor than
 *   the one stored before it: checkpoints (and with them, the events they vouched for) were
 *   removed from the middle, or the chain was restarted over a cut.
 * - `stale_checkpoints` (only when told the time it verifies as of): a live scope went longer
 *   than its promised interval plus slack without a checkpoint, at its end (the newest ones
 *   were removed, or ingest is down) or between two checkpoints (a cut papered over by a later
 *   chain, or an ingest that crashed). A scope whose newest checkpoint is `final` was let go
 *   by its ingest on a clean stop or hand-over: it is not expected to go on until another
 *   instance takes it and continues its chain.
 *
 * Two checkpoints with one number are a fork. One kind is expected: during a partition
 * hand-over the old owner may sign one heartbeat (a checkpoint vouching for no event) beside
 * the new owner's, before it sees that the scope moved. A heartbeat nothing links to is
 * dropped from the chain; any other fork is a `checkpoint_gap`.
 */
import {
  CHECKPOINT_GENESIS,
  type CheckpointStatement,
  type CheckpointStatementV2,
  checkpointDigest,
} from './checkpoint';
import type { IntegrityProblem } from './verify';

export interface VerifiedCheckpoint {
  jws: string;
  statement: CheckpointStatement;
}

export interface CheckpointChainOptions {
  /** Microseconds since the Unix epoch: the time the verification speaks for (enables the staleness checks). */
  asOf?: number;
  /** Added to a scope's `everySeconds` before a silence counts as stale (default: everySeconds + 60 s). */
  slackSeconds?: number;
}

interface Linked {
  digest: string;
  statement: CheckpointStatementV2;
}

/** The checkpoints of one number in a scope, each distinct statement once. */
interface SeqGroup {
  seq: number;
  members: Linked[];
}

/** Orders checkpoints as the follower reads them: by scope, version 1 first, then by number. */
export function chainOrder(a: VerifiedCheckpoint, b: VerifiedCheckpoint): number {
  const sa = a.statement;
  const sb = b.statement;
  if (sa.scope !== sb.scope) return sa.scope < sb.scope ? -1 : 1;
  const na = sa.v === 2 ? sa.scopeSeq : -1;
  const nb = sb.v === 2 ? sb.scopeSeq : -1;
  return na - nb || sa.issuedAt - sb.issuedAt;
}

export function checkCheckpointChains(
  checkpoints: readonly VerifiedCheckpoint[],
  options: CheckpointChainOptions = {},
): IntegrityProblem[] {
  const follower = new CheckpointChainFollower(options);
  for (const checkpoint of [...checkpoints].sort(chainOrder)) follower.add(checkpoint);
  return follower.finish();
}

/**
 * The chain checks over checkpoints given in chain order (`chainOrder`: scope by scope, each
 * scope's version 1 checkpoints by issue time, then its numbers ascending), holding at a time
 * one scope's two lowest unsettled numbers and the checkpoint before them: memory does not
 * grow with the checkpoints, so a store's years of them can be streamed through it.
 */
export class CheckpointChainFollower {
  private readonly problems: IntegrityProblem[] = [];
  private scope: string | undefined;
  /** The digest of the scope's newest version 1 checkpoint: what its checkpoint 0 may follow. */
  private newestV1: string | undefined;
  private pending: SeqGroup[] = [];
  private previous: Linked | undefined;
  private expected = 0;

  constructor(private readonly options: CheckpointChainOptions = {}) {}

  add({ jws, statement }: VerifiedCheckpoint): void {
    if (statement.scope !== this.scope) {
      this.endScope();
      this.scope = statement.scope;
    }
    const digest = checkpointDigest(jws);
    if (statement.v === 1) {
      this.newestV1 = digest;
      return;
    }
    const last = this.pending.at(-1);
    if (last !== undefined && statement.scopeSeq < last.seq)
      throw new Error('checkpoints must be given in chain order');
    if (last?.seq === statement.scopeSeq) {
      if (!last.members.some((c) => c.digest === digest)) last.members.push({ digest, statement });
      return;
    }
    // A higher number: the lowest pending one has all its members and its successors' links.
    if (this.pending.length === 2) this.settle();
    this.pending.push({ seq: statement.scopeSeq, members: [{ digest, statement }] });
  }

  /** The problems found; call once, after the last checkpoint. */
  finish(): IntegrityProblem[] {
    this.endScope();
    return this.problems;
  }

  private endScope(): void {
    if (this.scope === undefined) return;
    while (this.pending.length > 0) this.settle();
    const newest = this.previous?.statement;
    if (newest !== undefined && this.options.asOf !== undefined) {
      const age = this.options.asOf - newest.issuedAt;
      if (!newest.final && age > this.allowed(newest)) {
        this.problems.push({
          kind: 'stale_checkpoints',
          detail: `scope ${this.scope}: its newest checkpoint (${newest.scopeSeq}) is ${seconds(age)} s old, yet the scope was not let go and promised one every ${newest.everySeconds} s: later checkpoints were removed, or its ingest is down`,
        });
      }
    }
    this.scope = undefined;
    this.newestV1 = undefined;
    this.previous = undefined;
    this.expected = 0;
  }

  /** Decides the lowest pending number: the checkpoint the chain continues from, and its problems. */
  private settle(): void {
    const [group, next] = this.pending;
    if (group === undefined) return;
    this.pending = next === undefined ? [] : [next];
    const { seq, members } = group;
    const scope = this.scope;
    const gap = (detail: string): void => {
      this.problems.push({ kind: 'checkpoint_gap', detail: `scope ${scope}: ${detail}` });
    };
    const chosen = choose(members, next !== undefined && next.seq === seq + 1 ? next.members : []);
    if (chosen.forked) gap(`${members.length} different checkpoints claim number ${seq}`);
    const current = chosen.linked;
    const previous = this.previous;
    if (seq > this.expected) {
      gap(`checkpoints ${this.expected}..${seq - 1} are missing`);
    } else if (previous !== undefined && current.statement.prev !== previous.digest) {
      gap(
        `checkpoint ${seq} (${current.statement.id}) does not link to checkpoint ${previous.statement.scopeSeq}`,
      );
    } else if (
      seq === 0 &&
      current.statement.prev !== CHECKPOINT_GENESIS &&
      current.statement.prev !== this.newestV1
    ) {
      gap(`checkpoint 0 (${current.statement.id}) links to a checkpoint that is not present`);
    }
    if (this.options.asOf !== undefined && previous !== undefined)
      this.checkSilence(previous.statement, current.statement);
    this.previous = current;
    this.expected = seq + 1;
  }

  private allowed(s: CheckpointStatementV2): number {
    return (s.everySeconds + (this.options.slackSeconds ?? s.everySeconds + 60)) * 1e6;
  }

  private checkSilence(before: CheckpointStatementV2, after: CheckpointStatementV2): void {
    const silence = after.issuedAt - before.issuedAt;
    if (!before.final && silence > this.allowed(before)) {
      this.problems.push({
        kind: 'stale_checkpoints',
        detail: `scope ${this.scope}: no checkpoint for ${seconds(silence)} s between checkpoints ${before.scopeSeq} and ${after.scopeSeq} (at most ${before.everySeconds} s expected): checkpoints were removed, or its ingest stopped without letting the scope go`,
      });
    }
  }
}

const seconds = (micros: number) => Math.round(micros / 1e6);

const isHeartbeat = (s: CheckpointStatementV2) => s.eventCount === 0 && s.sessions.length === 0;

/** The checkpoint of a number the chain continues from; a fork unless the others are orphaned heartbeats. */
function choose(candidates: readonly Linked[], next: readonly Linked[]): { linked: Linked; forked: boolean } {
  const [only] = candidates;
  if (only === undefined) throw new Error('a number without checkpoints');
  if (candidates.length === 1) return { linked: only, forked: false };
  const linkedTo = new Set(next.map((n) => n.statement.prev));
  const continued = candidates.filter((c) => linkedTo.has(c.digest));
  const vouching = candidates.filter((c) => !isHeartbeat(c.statement));
  const main = continued[0] ?? vouching[0] ?? only;
  const others = candidates.filter((c) => c !== main);
  const forked = continued.length > 1 || others.some((c) => !isHeartbeat(c.statement));
  return { linked: main, forked };
}
