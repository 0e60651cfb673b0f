/**
 * Signed checkpoints every N stored events or T seconds, per raw-topic partition (one
 * consumer owns a partition at a time, so each scope has one writer). A checkpoint names
 * the chain head of every session stored in the scope since the previous checkpoint and the
 * highest gateway-stream position seen; it is stored, then emitted on the checkpoint topic.
 */
import type { AuditStore } from '@proctor/audit-store';
import type {
  ChainedEvent,
  CheckpointSigner,
  CheckpointStatement,
  SessionHead,
  StreamHead,
} from '@proctor/integrity';
import { buildCheckpoint } from '@proctor/integrity';

export interface CheckpointerOptions {
  signer: CheckpointSigner;
  /** Names the signing ingest instance inside each checkpoint. */
  issuer: string;
  everyEvents: number;
  everyMs: number;
  store: Pick<AuditStore, 'insertCheckpoint'>;
  /** Publishes a stored checkpoint (e.g. on a Kafka topic). */
  emit?: (checkpoint: { jws: string; statement: CheckpointStatement }) => Promise<void>;
  /** Microseconds since the Unix epoch. */
  nowMicros: () => number;
}

interface ScopeState {
  events: number;
  heads: Map<string, SessionHead>;
  streams: Map<string, StreamHead>;
  lastAt: number;
}

export interface Checkpointer {
  /** Records what a batch stored in `scope`; signs a checkpoint when one is due. */
  afterBatch(scope: string, stored: readonly ChainedEvent[], heads: readonly SessionHead[]): Promise<void>;
  /** Signs whatever is pending in every scope (at shutdown). */
  flush(): Promise<void>;
}

export function createCheckpointer(options: CheckpointerOptions): Checkpointer {
  const scopes = new Map<string, ScopeState>();
  const stateOf = (scope: string): ScopeState => {
    let state = scopes.get(scope);
    if (state === undefined) {
      state = { events: 0, heads: new Map(), streams: new Map(), lastAt: options.nowMicros() };
      scopes.set(scope, state);
    }
    return state;
  };

  async function sign(scope: string, state: ScopeState): Promise<void> {
    const now = options.nowMicros();
    const statement = buildCheckpoint({
      issuer: options.issuer,
      scope,
      eventCount: state.events,
      issuedAt: now,
      sessions: state.heads.values(),
      streams: state.streams.values(),
    });
    const jws = await options.signer.sign(statement);
    await options.store.insertCheckpoint({
      checkpointId: statement.id,
      issuedAt: statement.issuedAt,
      issuer: statement.issuer,
      scope,
      keyId: options.signer.keyId,
      eventCount: statement.eventCount,
      sessionIds: statement.sessions.map((s) => s.sessionId),
      jws,
    });
    await options.emit?.({ jws, statement });
    scopes.set(scope, { events: 0, heads: new Map(), streams: new Map(), lastAt: now });
  }

  return {
    async afterBatch(scope, stored, heads) {
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
      const due =
        state.events >= options.everyEvents ||
        (state.heads.size > 0 && options.nowMicros() - state.lastAt >= options.everyMs * 1000);
      if (due) await sign(scope, state);
    },
    async flush() {
      for (const [scope, state] of scopes) if (state.heads.size > 0) await sign(scope, state);
    },
  };
}
