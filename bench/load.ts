/**
 * The closed-loop load generator: each client has one call in flight at a time and sends the
 * next as soon as the previous one is answered, so throughput and latency are both outcomes
 * of the target's speed (an open-loop generator would measure its own queue instead).
 */
import { performance } from 'node:perf_hooks';
import { LatencyRecorder } from './latency';
import { CallFailure, type McpClient } from './mcp-client';

export interface PhaseResult {
  /** Latencies of the calls that succeeded. */
  latencies: LatencyRecorder;
  errors: number;
  /** Error reasons and how often each happened. */
  errorReasons: Map<string, number>;
  /** Wall time from the first call sent to the last answer received. */
  elapsedMs: number;
}

export interface PhaseOptions {
  sessions: readonly McpClient[];
  /** Calls in total, shared by all clients. */
  calls: number;
  call: (client: McpClient) => Promise<void>;
  signal: AbortSignal;
}

export async function runClosedLoop(options: PhaseOptions): Promise<PhaseResult> {
  const result: PhaseResult = {
    latencies: new LatencyRecorder(options.calls),
    errors: 0,
    errorReasons: new Map(),
    elapsedMs: 0,
  };
  let issued = 0;
  const client = async (session: McpClient) => {
    while (issued < options.calls && !options.signal.aborted) {
      issued++;
      const started = performance.now();
      try {
        await options.call(session);
        result.latencies.record(performance.now() - started);
      } catch (err) {
        countError(result, err);
      }
    }
  };
  const started = performance.now();
  await Promise.all(options.sessions.map(client));
  result.elapsedMs = performance.now() - started;
  return result;
}

/** Folds one phase into a running total for the same target. */
export function addPhase(total: PhaseResult, phase: PhaseResult): void {
  total.latencies.merge(phase.latencies);
  total.errors += phase.errors;
  total.elapsedMs += phase.elapsedMs;
  for (const [reason, count] of phase.errorReasons) {
    total.errorReasons.set(reason, (total.errorReasons.get(reason) ?? 0) + count);
  }
}

export function emptyPhase(): PhaseResult {
  return { latencies: new LatencyRecorder(), errors: 0, errorReasons: new Map(), elapsedMs: 0 };
}

function countError(result: PhaseResult, err: unknown): void {
  result.errors++;
  // Transport errors are described by their code only: messages may quote what was sent.
  const reason =
    err instanceof CallFailure
      ? err.reason
      : `transport: ${(err as { code?: string }).code ?? (err as Error).name}`;
  result.errorReasons.set(reason, (result.errorReasons.get(reason) ?? 0) + 1);
}
