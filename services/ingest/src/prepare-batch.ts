/**
 * A consumed batch through preparation: every record opened in order on this thread (a
 * transient failure stops there: the records after it wait for the retry, so the committed
 * offsets stay a contiguous prefix), then finished (masked, rows built, encoded) by the
 * prepare pool's workers or, without one, here.
 */
import type { ConsumedBatch, ConsumedRecord } from '@proctor/event-log';
import type { PreparePool } from './prepare-pool';
import {
  type FinishOutcome,
  finishAll,
  type OpenedEvent,
  openRecord,
  type PrepareDeps,
  type RecordOutcome,
  withRecord,
} from './prepare-record';

export interface PreparedBatch {
  /** One per record up to the first that must be retried, in batch order. */
  outcomes: RecordOutcome[];
  /** Why the rest of the batch must be retried, when a record's opening failed transiently. */
  retry?: unknown;
}

export async function prepareBatch(
  deps: PrepareDeps,
  batch: ConsumedBatch,
  pool: PreparePool | undefined,
): Promise<PreparedBatch> {
  const outcomes: (RecordOutcome | undefined)[] = [];
  const opened: OpenedEvent[] = [];
  const openedAt: { index: number; record: ConsumedRecord }[] = [];
  let retry: unknown;
  for (const record of batch.records) {
    const outcome = await openRecord(deps, batch, record);
    if (outcome.outcome === 'retry') {
      retry = outcome.error;
      break;
    }
    if (outcome.outcome === 'open') {
      openedAt.push({ index: outcomes.length, record });
      opened.push(outcome.opened);
      outcomes.push(undefined);
    } else {
      outcomes.push(outcome);
    }
  }
  const finished = pool === undefined ? await finishAll(deps, opened) : await pool.finish(opened);
  openedAt.forEach(({ index, record }, i) => {
    outcomes[index] = withRecord(batch, record, finished[i] as FinishOutcome);
  });
  return { outcomes: outcomes as RecordOutcome[], ...(retry !== undefined && { retry }) };
}
