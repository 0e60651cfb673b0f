/**
 * Signed checkpoints every N stored events or T seconds, per raw-topic partition (one
 * consumer owns a partition at a time, so each scope has one writer). A checkpoint names
 * the chain head of every session stored in the scope since the previous checkpoint and the
 * highest gateway-stream position seen; it is stored, then emitted on the checkpoint topic.
 *
 * Each scope's checkpoints form a chain (statement version 2: a number and the digest of the
 * previous one). A scope is held from the first batch this instance stores in it: from then
 * on it is checkpointed every T seconds on a timer whether or not anything arrives (a
 * heartbeat), so a quiet session's tail is covered within T and a scope's silence is itself
 * evidence. At a clean stop every held scope gets a final checkpoint (it was let go). The
 * scope's chain is continued from the store: on its first checkpoint after a start, and
 * whenever another instance signed it since (the partition moved here and back). A heartbeat
 * that finds another instance's newer checkpoint lets the scope go without signing: the
 * partition was given to that instance.
 *
 * A checkpoint whose store or emit failed is sent again exactly as it was signed, never
 * signed anew: a store that took it without answering then holds two identical copies, not
 * two checkpoints with one number (which the verifier reports as a fork), and the instance's
 * own stored checkpoint is not taken for another instance's.
 */
import type { AuditStore, CheckpointRow } from '@proctor/audit-store';
import type {
  ChainedEvent,
  CheckpointSigner,
  CheckpointStatement,
  SessionHead,
  StreamHead,
} from '@proctor/integrity';
import { buildCheckpoint, checkpointDigest } from '@proctor/integrity';
import { type ScopeTip, scopeTip } from './checkpointer-scope-tip';

export interface CheckpointerOptions {
  signer: CheckpointSigner;
  /** Names the signing ingest instance inside each checkpoint. */
  issuer: string;
  everyEvents: number;
  everyMs: number;
  store: Pick<AuditStore, 'insertCheckpoint' | 'latestCheckpoints'>;
  /** Publishes a stored checkpoint (e.g. on a Kafka topic). */
  emit?: (checkpoint: { jws: string; statement: CheckpointStatement }) => Promise<void>;
  /** Microseconds since the Unix epoch. */
  nowMicros: () => number;
  /** A timed checkpoint that could not be stored or emitted (it is tried again on the next tick). */
  onTimerError?: (err: unknown) => void;
}

interface ScopeState {
  events: number;
  heads: Map<string, SessionHead>;
  streams: Map<string, StreamHead>;
  /** When the scope's last checkpoint was signed (or the scope was taken). */
  lastAt: number;
  /** The scope's last checkpoint as this instance signed it; undefined until it signed one. */
  tip: ScopeTip | undefined;
  /** A checkpoint signed but not yet both stored and emitted: sent again as it is. */
  unsent: Unsent | undefined;
}

interface Unsent {
  row: CheckpointRow;
  checkpoint: { jws: string; statement: CheckpointStatement };
  tip: ScopeTip;
  /** What it covers, given back to the scope if it is dropped unsent. */
  events: number;
  heads: Map<string, SessionHead>;
  streams: Map<string, StreamHead>;
}

export interface Checkpointer {
  /** Records what a batch stored in `scope`; signs a checkpoint when one is due. */
  afterBatch(scope: string, stored: readonly ChainedEvent[], heads: readonly SessionHead[]): Promise<void>;
  /** Starts the timer that checkpoints every held scope `everyMs` after its last checkpoint. */
  start(): void;
  /** Stops the timer (waiting for a timed checkpoint in progress). */
  stop(): Promise<void>;
  /** Signs a final checkpoint of every held scope, pending or not (at shutdown), and lets them go. */
  flush(): Promise<void>;
}

/** How often the timer looks for overdue scopes: often enough to cut within ~T, at most every second. */
function tickMs(everyMs: number): number {
  return Math.max(10, Math.min(1_000, Math.floor(everyMs / 2)));
}

type Reason = 'batch' | 'timer' | 'final';

export function createCheckpointer(options: CheckpointerOptions): Checkpointer {
  const scopes = new Map<string, ScopeState>();
  const everySeconds = options.everyMs / 1000;
  const stateOf = (scope: string): ScopeState => {
    let state = scopes.get(scope);
    if (state === undefined) {
      state = {
        events: 0,
        heads: new Map(),
        streams: new Map(),
        lastAt: options.nowMicros(),
        tip: undefined,
        unsent: undefined,
      };
      scopes.set(scope, state);
    }
    return state;
  };

  // The timer and the batches of several partitions share the scopes: one operation at a time.
  let queue: Promise<unknown> = Promise.resolve();
  function exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = queue.then(work);
    queue = run.catch(() => undefined);
    return run;
  }
  let timer: NodeJS.Timeout | undefined;
  let ticking: Promise<void> | undefined;

  const overdue = (state: ScopeState, now: number) => now - state.lastAt >= options.everyMs * 1000;

  /** Stores and emits a signed checkpoint; on success it is the scope's tip. */
  async function deliver(scope: string, state: ScopeState, unsent: Unsent): Promise<void> {
    await options.store.insertCheckpoint(unsent.row);
    await options.emit?.(unsent.checkpoint);
    state.unsent = undefined;
    state.tip = unsent.tip;
    state.lastAt = unsent.checkpoint.statement.issuedAt;
    if (unsent.checkpoint.statement.v === 2 && unsent.checkpoint.statement.final) scopes.delete(scope);
  }

  /**
   * Sends a checkpoint whose delivery failed again, unless another instance has checkpointed
   * the scope since (then what it covered goes back into the scope). True when it was sent.
   */
  async function resend(scope: string, state: ScopeState, unsent: Unsent): Promise<boolean> {
    const tip = await scopeTip(options.store, scope, unsent.tip);
    if (!tip.movedOn) {
      await deliver(scope, state, unsent);
      return true;
    }
    state.unsent = undefined;
    state.events += unsent.events;
    for (const [id, head] of unsent.heads) if (!state.heads.has(id)) state.heads.set(id, head);
    for (const [key, head] of unsent.streams) {
      const seen = state.streams.get(key);
      if (seen === undefined || seen.streamSeq < head.streamSeq) state.streams.set(key, head);
    }
    return false;
  }

  async function sign(scope: string, state: ScopeState, reason: Reason): Promise<void> {
    if (state.unsent !== undefined && (await resend(scope, state, state.unsent))) {
      // That checkpoint was this one's turn, unless more is due or the scope is being let go.
      const due = state.events >= options.everyEvents || overdue(state, options.nowMicros());
      if (!scopes.has(scope) || (reason !== 'final' && !due)) return;
    }
    const pending = state.heads.size > 0;
    const tip = await scopeTip(options.store, scope, state.tip);
    if (tip.movedOn && !pending) {
      // Another instance checkpointed the scope since: the partition is its now.
      scopes.delete(scope);
      return;
    }
    const now = options.nowMicros();
    const statement = buildCheckpoint({
      issuer: options.issuer,
      scope,
      eventCount: state.events,
      issuedAt: now,
      sessions: state.heads.values(),
      streams: state.streams.values(),
      link: { scopeSeq: tip.scopeSeq + 1, prev: tip.digest, everySeconds, final: reason === 'final' },
    });
    const jws = await options.signer.sign(statement);
    const unsent: Unsent = {
      row: {
        checkpointId: statement.id,
        issuedAt: statement.issuedAt,
        issuer: statement.issuer,
        scope,
        keyId: options.signer.keyId,
        eventCount: statement.eventCount,
        sessionIds: statement.sessions.map((s) => s.sessionId),
        jws,
      },
      checkpoint: { jws, statement },
      tip: { scopeSeq: statement.scopeSeq, digest: checkpointDigest(jws) },
      events: state.events,
      heads: state.heads,
      streams: state.streams,
    };
    // What it covers leaves the scope now: batches stored meanwhile go into the next checkpoint.
    Object.assign(state, { events: 0, heads: new Map(), streams: new Map(), unsent });
    await deliver(scope, state, unsent);
  }

  async function recordBatch(
    scope: string,
    stored: readonly ChainedEvent[],
    heads: readonly SessionHead[],
  ): Promise<void> {
    const state = stateOf(scope);
    state.events += stored.length;
    for (const head of heads) state.heads.set(head.sessionId, head);
    for (const e of stored) {
      if (e.gatewayEpoch === null || e.streamSeq === null) continue;
      const key = `${e.gatewayId}\u0000${e.gatewayEpoch}`;
      const seen = state.streams.get(key);
      if (seen === undefined || seen.streamSeq < e.streamSeq) {
        state.streams.set(key, { gatewayId: e.gatewayId, epoch: e.gatewayEpoch, streamSeq: e.streamSeq });
      }
    }
    if (state.events >= options.everyEvents || overdue(state, options.nowMicros()))
      await sign(scope, state, 'batch');
  }

  async function signOverdue(): Promise<void> {
    const now = options.nowMicros();
    for (const [scope, state] of [...scopes]) if (overdue(state, now)) await sign(scope, state, 'timer');
  }

  function tick(): void {
    if (ticking !== undefined) return;
    ticking = exclusive(signOverdue)
      .catch((err) => options.onTimerError?.(err))
      .finally(() => {
        ticking = undefined;
      });
  }

  return {
    start() {
      if (timer !== undefined) return;
      timer = setInterval(tick, tickMs(options.everyMs));
      timer.unref();
    },
    async stop() {
      if (timer !== undefined) clearInterval(timer);
      timer = undefined;
      await ticking;
    },
    afterBatch: (scope, stored, heads) => exclusive(() => recordBatch(scope, stored, heads)),
    flush: () =>
      exclusive(async () => {
        for (const [scope, state] of [...scopes]) await sign(scope, state, 'final');
      }),
  };
}
