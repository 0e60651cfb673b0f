/**
 * Deduplication by event identity and hash chaining, per batch. The store is asked once per
 * batch what it already holds for the batch's sessions; an event already stored (same
 * session, seq and event id) is not stored again, wherever it was read from; a new one is
 * linked to the stored event just before it. Because the links come from the stored events
 * alone, a redelivered or replayed event gets exactly the links it got the first time.
 */
import type { AuditStore, StoredEvent } from '@proctor/audit-store';
import {
  CHAIN_GENESIS,
  type ChainedEvent,
  canonicalEventForm,
  chainHashOfForm,
  type SessionHead,
} from '@proctor/integrity';

export type LinkOutcome<T> =
  | { status: 'new'; item: T; row: StoredEvent }
  /** Already in the store (or earlier in this batch): nothing to insert. */
  | { status: 'stored'; item: T }
  /** Another event already holds this session and seq: not stored, sent to the DLQ. */
  | { status: 'conflict'; item: T };

interface Known {
  seq: number;
  eventId: string;
  hash: string;
}

/** An event to link; `canonical`: its canonical form (text or UTF-8 bytes) when already written (see FinishedEvent). */
export interface LinkItem<T> {
  item: T;
  event: ChainedEvent;
  canonical?: string | Uint8Array;
}

export interface LinkedBatch<T> {
  /** One per item, in the order given. */
  outcomes: LinkOutcome<T>[];
  /** Each session's chain head once the batch is stored. */
  heads: SessionHead[];
}

export async function linkBatch<T>(
  store: Pick<AuditStore, 'chainState'>,
  items: readonly LinkItem<T>[],
): Promise<LinkedBatch<T>> {
  const bySession = new Map<string, LinkItem<T>[]>();
  for (const entry of items) {
    const list = bySession.get(entry.event.sessionId) ?? [];
    list.push(entry);
    bySession.set(entry.event.sessionId, list);
  }
  const query = [...bySession].map(([sessionId, list]) => ({
    sessionId,
    fromSeq: Math.min(...list.map((e) => e.event.seq)),
  }));
  const states = await store.chainState(query);
  const outcomes = new Map<LinkItem<T>, LinkOutcome<T>>();
  const heads: SessionHead[] = [];
  for (const [sessionId, list] of bySession) {
    const state = states.get(sessionId);
    const known: Known[] = [...(state?.before ? [state.before] : []), ...(state?.stored ?? [])].sort(
      (a, b) => a.seq - b.seq,
    );
    const sorted = [...list].sort((a, b) => a.event.seq - b.event.seq);
    for (const entry of sorted) outcomes.set(entry, linkOne(entry, known));
    const head = known[known.length - 1];
    if (head !== undefined) heads.push({ sessionId, seq: head.seq, hash: head.hash });
  }
  return { outcomes: items.map((entry) => outcomes.get(entry) as LinkOutcome<T>), heads };
}

function linkOne<T>(entry: LinkItem<T>, known: Known[]): LinkOutcome<T> {
  const { event, item } = entry;
  // `known` stays sorted by seq: the first entry at or after event.seq, and the one before it.
  const at = lowerBound(known, event.seq);
  let sameSeq = false;
  for (let i = at; i < known.length && known[i]?.seq === event.seq; i++) {
    if (known[i]?.eventId === event.eventId) return { status: 'stored', item };
    sameSeq = true;
  }
  if (sameSeq) return { status: 'conflict', item };
  const prevHash = known[at - 1]?.hash ?? CHAIN_GENESIS;
  const canonical = entry.canonical ?? canonicalEventForm(event);
  const row: StoredEvent = { ...event, prevHash, hash: chainHashOfForm(prevHash, canonical) };
  known.splice(at, 0, { seq: event.seq, eventId: event.eventId, hash: row.hash });
  return { status: 'new', item, row };
}

/** Index of the first entry whose seq is ≥ seq. */
function lowerBound(known: readonly Known[], seq: number): number {
  let lo = 0;
  let hi = known.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((known[mid]?.seq ?? 0) < seq) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
