/**
 * `proctor verify --store`: the checks of a bundle, over the whole audit store (or a time
 * range) in one streaming pass. Events are read in the table's own order (session, seq), page
 * by page, so only one session's events are in memory at a time; the signed checkpoints are
 * verified first and each session's signed heads are checked when the pass reaches it. Gateway
 * streams are checked in ClickHouse (a whole store only: a range cuts streams at its edges).
 * Each scope's chain of checkpoints is checked over every checkpoint, range or not, and with
 * `asOf` whether live scopes kept being checkpointed up to that time.
 *
 * Nothing grows with the number of checkpoints: they are read in pages in chain order (scope,
 * number) and followed scope by scope, keeping each gateway stream's highest signed position;
 * the heads they sign are read again page by page of events, for the sessions of that page.
 */
import type { ClickHouseClient } from '@clickhouse/client';
import {
  type AuditStore,
  type CheckpointRow,
  type CheckpointScanCursor,
  EVENTS,
  type ScannedCheckpoint,
  type StoredEvent,
} from '@proctor/audit-store';
import { ProctorError } from '@proctor/errors';
import {
  CheckpointChainFollower,
  type CheckpointStatement,
  canonicalEventForm,
  type IntegrityProblem,
  type StoredChainEvent,
  type StreamHead,
  streamGap,
  verifyCheckpoint,
  verifySessionChain,
} from '@proctor/integrity';
import type { JWK } from 'jose';
import { timeRange } from './exports/record-query';

export interface StoreVerifyOptions {
  client: ClickHouseClient;
  database: string;
  store: Pick<AuditStore, 'scanCheckpoints' | 'checkpointsOfSessions'>;
  /** The published checkpoint keys. */
  publishedKeys: readonly JWK[];
  /** Microseconds since the epoch: only events from (inclusive) / to (exclusive). */
  from?: number;
  to?: number;
  /**
   * Microseconds since the epoch: the time the verification speaks for. With it, a scope
   * whose checkpoints stopped coming while it was live is reported (`stale_checkpoints`).
   */
  asOf?: number;
  /** Added to a scope's promised interval before a silence is stale (default: the interval + 60 s). */
  slackSeconds?: number;
  /** Called after each page with the events checked so far. */
  onProgress?: (events: number) => void;
  pageSize?: number;
  /** Checkpoints per page of the chain pass (default 10,000). */
  checkpointPageSize?: number;
}

export interface StoreVerifyReport {
  ok: boolean;
  sessions: number;
  events: number;
  checkpoints: number;
  problems: IntegrityProblem[];
}

const CHECKPOINT_PAGE = 10_000;

/** A reversed or empty range would check nothing and report it clean. */
export class StoreVerifyRangeError extends ProctorError<'BAD_RANGE'> {
  constructor() {
    super('--to must be after --from: the range holds no time, and checking nothing proves nothing', {
      code: 'BAD_RANGE',
      httpStatus: 400,
      retryable: false,
    });
  }
}

export async function verifyStore(options: StoreVerifyOptions): Promise<StoreVerifyReport> {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(options.database))
    throw new Error('database must be a ClickHouse identifier');
  if (options.from !== undefined && options.to !== undefined && options.to <= options.from)
    throw new StoreVerifyRangeError();
  const ranged = options.from !== undefined || options.to !== undefined;
  const problems: IntegrityProblem[] = [];
  const { checkpoints, streams } = await followCheckpoints(options, problems);
  const heads = new SignedHeads(options, problems, ranged);

  let sessions = 0;
  let events = 0;
  const finish = (session: StoredChainEvent[]) => {
    const first = session[0];
    if (first === undefined) return;
    sessions++;
    problems.push(...verifySessionChain(session, { fromStart: !ranged }));
    problems.push(...checkHeads(first.sessionId, session, heads.take(first.sessionId), ranged));
  };
  let current: StoredChainEvent[] = [];
  let last: { event: StoredChainEvent; form: string; reported: boolean } | undefined;
  for await (const page of eventPagesInSessionOrder(options)) {
    await heads.readThrough(page.at(-1)?.sessionId, current[0]?.sessionId);
    for (const event of page) {
      if (last !== undefined && sameKey(last.event, event)) {
        // A copy of the event just read (at-least-once ingest stores some twice): identical, it
        // is the same event; different, one of them was written by someone else than ingest.
        if (!last.reported && storedForm(event) !== last.form) {
          last.reported = true;
          problems.push({
            kind: 'modified',
            sessionId: event.sessionId,
            seq: event.seq,
            detail: `event ${event.eventId} is stored more than once with different content: a copy was written beside the original`,
          });
        }
        continue;
      }
      if (current[0] !== undefined && current[0].sessionId !== event.sessionId) {
        finish(current);
        current = [];
      }
      current.push(event);
      last = { event, form: storedForm(event), reported: false };
      events++;
    }
  }
  finish(current);
  // The sessions after the last one stored: what checkpoints name there has no event at all.
  await heads.readThrough(undefined, undefined);
  if (!ranged) problems.push(...(await streamGaps(options, streams)));
  return { ok: problems.length === 0, sessions, events, checkpoints, problems };
}

/** The key of a gateway stream in maps. */
const streamKey = (gatewayId: string, epoch: number) => `${gatewayId}\u0000${epoch}`;

/**
 * Every stored checkpoint, page by page in chain order: signatures verified, each scope's
 * chain followed, and each gateway stream's highest signed position kept. Identical copies
 * (a retried insert) are one checkpoint.
 */
async function followCheckpoints(
  options: StoreVerifyOptions,
  problems: IntegrityProblem[],
): Promise<{ checkpoints: number; streams: Map<string, StreamHead> }> {
  const follower = new CheckpointChainFollower({
    ...(options.asOf !== undefined && { asOf: options.asOf }),
    ...(options.slackSeconds !== undefined && { slackSeconds: options.slackSeconds }),
  });
  const streams = new Map<string, StreamHead>();
  const limit = options.checkpointPageSize ?? CHECKPOINT_PAGE;
  let checkpoints = 0;
  let after: CheckpointScanCursor | undefined;
  let previous: CheckpointRow | undefined;
  for (;;) {
    const rows: ScannedCheckpoint[] = await options.store.scanCheckpoints({ limit, ...(after && { after }) });
    for (const row of rows) {
      if (previous?.checkpointId === row.checkpointId && previous.jws === row.jws) continue;
      previous = row;
      const statement = await verifiedStatement(row, options.publishedKeys, problems);
      if (statement === undefined) continue;
      // The unsigned columns chose where the row was read: they must say what it signs.
      const number = statement.v === 2 ? statement.scopeSeq : -1;
      if (statement.scope !== row.scope || number !== row.scopeSeq || !sameSessions(statement, row)) {
        problems.push({
          kind: 'checkpoint_invalid',
          detail: `checkpoint ${row.checkpointId}: its stored scope, number or session list differs from the signed statement`,
        });
        continue;
      }
      checkpoints++;
      follower.add({ jws: row.jws, statement });
      for (const head of statement.streams) {
        const key = streamKey(head.gatewayId, head.epoch);
        if ((streams.get(key)?.streamSeq ?? -1) < head.streamSeq) streams.set(key, head);
      }
    }
    const end = rows.at(-1);
    if (rows.length < limit || end === undefined) break;
    after = {
      scope: end.scope,
      scopeSeq: end.scopeSeq,
      issuedAt: end.issuedAt,
      checkpointId: end.checkpointId,
    };
  }
  problems.push(...follower.finish());
  return { checkpoints, streams };
}

/** The statement of a stored checkpoint whose signature verifies; else undefined (and a problem, if given where). */
async function verifiedStatement(
  row: CheckpointRow,
  keys: StoreVerifyOptions['publishedKeys'],
  problems?: IntegrityProblem[],
): Promise<CheckpointStatement | undefined> {
  try {
    return await verifyCheckpoint(row.jws, keys);
  } catch (err) {
    problems?.push({
      kind: 'checkpoint_invalid',
      detail: `checkpoint ${row.checkpointId}: ${(err as Error).message}`,
    });
    return undefined;
  }
}

function sameSessions(statement: CheckpointStatement, row: CheckpointRow): boolean {
  const stored = new Set(row.sessionIds);
  return statement.sessions.every((s) => stored.has(s.sessionId));
}

type Head = { seq: number; hash: string; checkpoint: string };

/**
 * The heads the valid checkpoints sign, read for the sessions of one page of events at a time
 * (sessions by id after the previous page's last, through this page's last), so only those
 * sessions' heads are held. A checkpoint's signature was checked by the chain pass; it is
 * checked again here, since the rows are read again (an invalid one is reported once).
 */
class SignedHeads {
  private readonly heads = new Map<string, Head[]>();
  private readBefore: string | undefined;
  private done = false;

  constructor(
    private readonly options: StoreVerifyOptions,
    private readonly problems: IntegrityProblem[],
    private readonly ranged: boolean,
  ) {}

  /**
   * Reads the heads of sessions through `through` (undefined: every session left), after
   * reporting the sessions read before that no event came for (all but `open`, the session
   * still being read).
   */
  async readThrough(through: string | undefined, open: string | undefined): Promise<void> {
    if (this.done) return;
    this.dropUnclaimed(open);
    if (through !== undefined && this.readBefore !== undefined && through <= this.readBefore) return;
    // A range reports no session missing: what lies beyond its last session is not needed.
    if (through === undefined && this.ranged) {
      this.done = true;
      return;
    }
    const rows = await this.options.store.checkpointsOfSessions({
      ...(this.readBefore !== undefined && { after: this.readBefore }),
      ...(through !== undefined && { through }),
    });
    const seen = new Set<string>();
    for (const row of rows) {
      if (seen.has(`${row.checkpointId}\u0000${row.jws}`)) continue;
      seen.add(`${row.checkpointId}\u0000${row.jws}`);
      const statement = await verifiedStatement(row, this.options.publishedKeys);
      if (statement === undefined) continue;
      for (const head of statement.sessions) {
        if (this.readBefore !== undefined && head.sessionId <= this.readBefore) continue;
        if (through !== undefined && head.sessionId > through) continue;
        const list = this.heads.get(head.sessionId) ?? [];
        list.push({ seq: head.seq, hash: head.hash, checkpoint: statement.id });
        this.heads.set(head.sessionId, list);
      }
    }
    this.readBefore = through;
    if (through === undefined) {
      this.done = true;
      this.dropUnclaimed(undefined);
    }
  }

  /** Drops the heads read for sessions no event came for (all but `open`): missing sessions. */
  private dropUnclaimed(open: string | undefined): void {
    for (const [sessionId, list] of this.heads) {
      if (sessionId === open) continue;
      this.heads.delete(sessionId);
      if (!this.ranged) {
        this.problems.push({
          kind: 'missing_session',
          sessionId,
          detail: `checkpoint ${list[0]?.checkpoint} covers seq ${list[0]?.seq}, no event is present`,
        });
      }
    }
  }

  /** The heads signed for a session whose events were all read; they are not held after. */
  take(sessionId: string): Head[] {
    const list = this.heads.get(sessionId) ?? [];
    this.heads.delete(sessionId);
    return list;
  }
}

function checkHeads(
  sessionId: string,
  session: readonly StoredChainEvent[],
  heads: readonly { seq: number; hash: string; checkpoint: string }[],
  ranged: boolean,
): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  const bySeq = new Map<number, string[]>();
  for (const e of session) bySeq.set(e.seq, [...(bySeq.get(e.seq) ?? []), e.hash]);
  const low = session[0]?.seq ?? 0;
  const high = session[session.length - 1]?.seq ?? 0;
  for (const head of heads) {
    // A range holds part of a session: signed positions outside it are not in view.
    if (ranged && (head.seq < low || head.seq > high)) continue;
    const hashes = bySeq.get(head.seq);
    if (hashes === undefined) {
      problems.push({
        kind: 'deleted',
        sessionId,
        seq: head.seq,
        detail: `checkpointed seq ${head.seq} missing (checkpoint ${head.checkpoint})`,
      });
    } else if (!hashes.includes(head.hash)) {
      problems.push({
        kind: 'checkpoint_mismatch',
        sessionId,
        seq: head.seq,
        detail: `hash differs from checkpoint ${head.checkpoint}`,
      });
    }
  }
  return problems;
}

function sameKey(a: StoredChainEvent, b: StoredChainEvent): boolean {
  return a.sessionId === b.sessionId && a.seq === b.seq && a.eventId === b.eventId;
}

/** What two copies of one event must share: every chained field and the links. */
function storedForm(event: StoredChainEvent): string {
  return `${event.prevHash}\n${event.hash}\n${canonicalEventForm(event)}`;
}

/**
 * Stored events in (session, seq, event id) order, page by page, every stored copy (a page
 * ends after the last copy of its last event, so copies are never split between pages).
 */
async function* eventPagesInSessionOrder(options: StoreVerifyOptions): AsyncGenerator<StoredChainEvent[]> {
  const { client, database } = options;
  const pageSize = options.pageSize ?? 10_000;
  const params: Record<string, unknown> = { limit: pageSize };
  const where = timeRange(options, params);
  let after: { sessionId: string; seq: number; eventId: string } | undefined;
  let total = 0;
  for (;;) {
    const conditions = [...where];
    if (after !== undefined) {
      conditions.push('(session_id, seq, event_id) > ({a_session:String}, {a_seq:UInt64}, {a_event:String})');
      Object.assign(params, { a_session: after.sessionId, a_seq: after.seq, a_event: after.eventId });
    }
    const result = await client.query({
      query: `SELECT ${EVENTS.selectList} FROM ${database}.events
              ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''}
              ORDER BY session_id, seq, event_id LIMIT {limit:UInt32} WITH TIES`,
      query_params: params,
      format: 'JSONEachRow',
    });
    const rows = (await result.json<Record<string, unknown>>()).map((r) => EVENTS.fromSelectRow(r));
    if (rows.length > 0) yield rows as StoredEvent[] as StoredChainEvent[];
    total += rows.length;
    options.onProgress?.(total);
    const last = rows[rows.length - 1];
    if (rows.length < pageSize || last === undefined) return;
    after = { sessionId: last.sessionId, seq: last.seq, eventId: last.eventId };
  }
}

/**
 * Gaps and repeats in every gateway stream (gateway, epoch), found in ClickHouse, and tails a
 * checkpoint signed but the store does not hold.
 */
async function streamGaps(
  options: StoreVerifyOptions,
  signed: ReadonlyMap<string, StreamHead>,
): Promise<IntegrityProblem[]> {
  const db = options.database;
  const rows = async <T>(query: string) =>
    (await options.client.query({ query, format: 'JSONEachRow' })).json<T>();
  const positions = `SELECT DISTINCT toString(gateway_id) AS g, assumeNotNull(gateway_epoch) AS e,
                            assumeNotNull(stream_seq) AS s, session_id, seq
                     FROM ${db}.events WHERE gateway_epoch IS NOT NULL AND stream_seq IS NOT NULL`;
  const problems: IntegrityProblem[] = [];
  const repeats = await rows<{ g: string; e: string; s: string }>(
    `SELECT g, e, s FROM (${positions}) GROUP BY g, e, s HAVING count() > 1 ORDER BY g, e, s LIMIT 1000`,
  );
  for (const r of repeats) {
    problems.push({
      kind: 'inserted',
      gatewayId: r.g,
      epoch: Number(r.e),
      seq: Number(r.s),
      detail: `stream position ${r.s} appears twice`,
    });
  }
  const gaps = await rows<{ g: string; e: string; from: string; to: string }>(
    `SELECT g, e, prev + 1 AS from, s - 1 AS to FROM (
       SELECT g, e, s, lagInFrame(toInt64(s), 1, -1) OVER (PARTITION BY g, e ORDER BY s ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS prev
       FROM (SELECT DISTINCT g, e, s FROM (${positions})))
     WHERE s > prev + 1 ORDER BY g, e, s LIMIT 1000`,
  );
  const heads = await rows<{ g: string; e: string; top: string }>(
    `SELECT g, e, max(s) AS top FROM (${positions}) GROUP BY g, e`,
  );
  const stored = new Map(heads.map((h) => [streamKey(h.g, Number(h.e)), Number(h.top)]));
  for (const gap of gaps)
    problems.push(streamGap({ gatewayId: gap.g, epoch: Number(gap.e) }, Number(gap.from), Number(gap.to)));
  for (const [key, { gatewayId, epoch, streamSeq: top }] of signed) {
    const have = stored.get(key) ?? -1;
    if (top > have) problems.push(streamGap({ gatewayId, epoch }, have + 1, top));
  }
  return problems;
}
