/**
 * Where a scope's chain of checkpoints stands, for the instance about to sign its next one:
 * read from the store, since the scope may have been checkpointed by this instance's previous
 * run or by another instance that held its partition meanwhile.
 */
import type { AuditStore } from '@proctor/audit-store';
import {
  CHECKPOINT_GENESIS,
  type CheckpointStatement,
  checkpointDigest,
  readCheckpointStatement,
} from '@proctor/integrity';

export interface ScopeTip {
  /** -1 before the scope's first version 2 checkpoint. */
  scopeSeq: number;
  digest: string;
}

/** How many of a scope's newest checkpoints are read to find another writer's. */
const LOOK_BACK = 8;

/**
 * The checkpoint the next one continues from. Without one of its own (`own` undefined: the
 * first since this instance started), the store's newest: a version 2 checkpoint's number and
 * digest, or after version 1 checkpoints only, the newest of those as number -1. With its own,
 * that one, unless the store holds another checkpoint numbered at or after it (another
 * instance signed the scope since): then the highest of those, and `movedOn`. The store is
 * never trusted to go back: a scope whose newest stored checkpoints were removed is continued
 * from the one this instance remembers, and the verifier sees the break.
 */
export async function scopeTip(
  store: Pick<AuditStore, 'latestCheckpoints'>,
  scope: string,
  own: ScopeTip | undefined,
): Promise<ScopeTip & { movedOn: boolean }> {
  const rows = await store.latestCheckpoints({ scope, perScope: LOOK_BACK });
  const chained: ScopeTip[] = [];
  let newestV1: string | undefined;
  for (const row of rows) {
    const statement = readable(row.jws);
    if (statement?.v === 2) chained.push({ scopeSeq: statement.scopeSeq, digest: checkpointDigest(row.jws) });
    else if (statement?.v === 1) newestV1 ??= checkpointDigest(row.jws);
  }
  // Newest first: of equal numbers, the newest stored wins.
  const highest = (tips: ScopeTip[]) =>
    tips.reduce((best, tip) => (tip.scopeSeq > best.scopeSeq ? tip : best));
  if (own === undefined) {
    if (chained.length > 0) return { ...highest(chained), movedOn: false };
    return { scopeSeq: -1, digest: newestV1 ?? CHECKPOINT_GENESIS, movedOn: false };
  }
  const others = chained.filter((tip) => tip.scopeSeq >= own.scopeSeq && tip.digest !== own.digest);
  if (others.length > 0) return { ...highest(others), movedOn: true };
  return { ...own, movedOn: false };
}

function readable(jws: string): CheckpointStatement | undefined {
  try {
    return readCheckpointStatement(jws);
  } catch {
    return undefined;
  }
}
