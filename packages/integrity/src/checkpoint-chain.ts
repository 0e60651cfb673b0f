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

export function checkCheckpointChains(
  checkpoints: readonly VerifiedCheckpoint[],
  options: CheckpointChainOptions = {},
): IntegrityProblem[] {
  const scopes = new Map<string, Map<number, Linked[]>>();
  const v1Digests = new Set<string>();
  for (const { jws, statement } of checkpoints) {
    const digest = checkpointDigest(jws);
    if (statement.v === 1) {
      v1Digests.add(digest);
      continue;
    }
    let bySeq = scopes.get(statement.scope);
    if (bySeq === undefined) {
      bySeq = new Map();
      scopes.set(statement.scope, bySeq);
    }
    const at = bySeq.get(statement.scopeSeq) ?? [];
    if (!at.some((c) => c.digest === digest)) at.push({ digest, statement });
    bySeq.set(statement.scopeSeq, at);
  }
  const problems: IntegrityProblem[] = [];
  for (const [scope, bySeq] of scopes) {
    const chain = mainChain(scope, bySeq, v1Digests, problems);
    if (options.asOf !== undefined)
      problems.push(...staleness(scope, chain, options.asOf, options.slackSeconds));
  }
  return problems;
}

const isHeartbeat = (s: CheckpointStatementV2) => s.eventCount === 0 && s.sessions.length === 0;

/** The scope's checkpoints in order, one per number, reporting skips, broken links and forks. */
function mainChain(
  scope: string,
  bySeq: ReadonlyMap<number, Linked[]>,
  v1Digests: ReadonlySet<string>,
  problems: IntegrityProblem[],
): Linked[] {
  const gap = (detail: string): void => {
    problems.push({ kind: 'checkpoint_gap', detail: `scope ${scope}: ${detail}` });
  };
  const seqs = [...bySeq.keys()].sort((a, b) => a - b);
  const chain: Linked[] = [];
  let expected = 0;
  for (const seq of seqs) {
    const candidates = bySeq.get(seq) ?? [];
    const next = bySeq.get(seq + 1) ?? [];
    const chosen = choose(candidates, next);
    if (chosen.forked) gap(`${candidates.length} different checkpoints claim number ${seq}`);
    const current = chosen.linked;
    const previous = chain.at(-1);
    if (seq > expected) {
      gap(`checkpoints ${expected}..${seq - 1} are missing`);
    } else if (previous !== undefined && current.statement.prev !== previous.digest) {
      gap(
        `checkpoint ${seq} (${current.statement.id}) does not link to checkpoint ${previous.statement.scopeSeq}`,
      );
    } else if (
      seq === 0 &&
      current.statement.prev !== CHECKPOINT_GENESIS &&
      !v1Digests.has(current.statement.prev)
    ) {
      gap(`checkpoint 0 (${current.statement.id}) links to a checkpoint that is not present`);
    }
    chain.push(current);
    expected = seq + 1;
  }
  return chain;
}

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

function staleness(
  scope: string,
  chain: readonly Linked[],
  asOf: number,
  slackSeconds: number | undefined,
): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  const allowed = (s: CheckpointStatementV2) =>
    (s.everySeconds + (slackSeconds ?? s.everySeconds + 60)) * 1e6;
  const seconds = (micros: number) => Math.round(micros / 1e6);
  for (let i = 1; i < chain.length; i++) {
    const before = (chain[i - 1] as Linked).statement;
    const after = (chain[i] as Linked).statement;
    const silence = after.issuedAt - before.issuedAt;
    if (!before.final && silence > allowed(before)) {
      problems.push({
        kind: 'stale_checkpoints',
        detail: `scope ${scope}: no checkpoint for ${seconds(silence)} s between checkpoints ${before.scopeSeq} and ${after.scopeSeq} (at most ${before.everySeconds} s expected): checkpoints were removed, or its ingest stopped without letting the scope go`,
      });
    }
  }
  const newest = chain.at(-1)?.statement;
  if (newest !== undefined && !newest.final && asOf - newest.issuedAt > allowed(newest)) {
    problems.push({
      kind: 'stale_checkpoints',
      detail: `scope ${scope}: its newest checkpoint (${newest.scopeSeq}) is ${seconds(asOf - newest.issuedAt)} s old, yet the scope was not let go and promised one every ${newest.everySeconds} s: later checkpoints were removed, or its ingest is down`,
    });
  }
  return problems;
}
