import { parseArgs } from 'node:util';
import type { Era } from './mcp-client';
import { SCENARIOS } from './scenarios';

/** Every sample is kept (see latency.ts); this keeps a run's memory and duration bounded. */
export const MAX_CALLS = 1_000_000;

/**
 * Where the enforcer records: the local log with either durability, the spool in front of
 * Kafka with either durability, or Kafka directly (every call waits for Kafka's acks).
 */
export const EVENT_LOGS = [
  'local-process',
  'local-fsync',
  'kafka-process',
  'kafka-fsync',
  'kafka-direct',
] as const;
export type EventLogKind = (typeof EVENT_LOGS)[number];
const ERAS: readonly Era[] = ['stateful', 'stateless'];

export interface BenchOptions {
  scenarios: string[];
  clients: number[];
  eras: Era[];
  /** Event logs to measure; the kafka ones need KAFKA_BROKERS. */
  eventLogs: EventLogKind[];
  /** Measured calls per target and run. */
  calls: number;
  /** Unmeasured calls per target before the first round. */
  warmup: number;
  /** The measured calls are split into this many rounds, alternating which target goes first. */
  rounds: number;
  /** Parent directory of the run's scratch directory (the local event log lives there). */
  tmpDir: string | undefined;
  /** Where the enforcer child writes a V8 CPU profile (node --cpu-prof) when it stops. */
  cpuProfDir: string | undefined;
  /** Start the enforcer child with --perf-basic-prof, so `perf` names its JIT-compiled frames. */
  perfMap: boolean;
  /** Another checkout of the repository whose enforcer is measured as a third target in the same rounds. */
  baseline: string | undefined;
}

export const USAGE = `npm run bench -- [options]

Measures the enforcer's overhead: the same MCP workload against a minimal upstream directly
and through the enforcer, side by side in one run, for every combination of the lists below,
and checks each DESIGN.md target (met / NOT met).

  --quick              a short run of the whole matrix (${quickDefaults().calls} calls per target and run)
  --scenarios LIST     ${SCENARIOS.map((s) => s.name).join(',')} (default: all)
  --clients LIST       concurrent clients, e.g. 1,16 (default 1,16)
  --eras LIST          stateful,stateless (default stateful,stateless)
  --event-logs LIST    ${EVENT_LOGS.join(',')}
                       (default local-process,local-fsync, plus kafka-process when KAFKA_BROKERS is set)
  --calls N            measured calls per target and run (default 5000, at most ${MAX_CALLS})
  --warmup N           unmeasured calls per target and run first (default 1000)
  --rounds N           interleaved rounds the calls are split into (default 4)
  --tmp-dir DIR        where the scratch directory goes (default: the OS temp directory)
  --cpu-prof DIR       write CPU profiles of the enforcer processes to DIR (open them in Chrome DevTools)
  --perf-map           start the enforcer with --perf-basic-prof, for \`perf record -e cpu-clock -g -p PID\`
  --baseline DIR       also measure the enforcer of another checkout of this repository (DIR, with its
                       dependencies installed, e.g. a git worktree of an earlier commit) in the same
                       rounds, against the same upstream and load: a before/after comparison
  --help
`;

export class UsageError extends Error {
  override name = 'UsageError';
}

function quickDefaults() {
  // Warm-up long enough for V8 to finish optimizing the hot path: compiling is not per-call cost.
  return { calls: 800, warmup: 1_000, rounds: 2 };
}

export function parseBenchArgs(argv: string[], kafkaConfigured: boolean): BenchOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      scenarios: { type: 'string' },
      clients: { type: 'string', default: '1,16' },
      eras: { type: 'string', default: ERAS.join(',') },
      'event-logs': { type: 'string' },
      calls: { type: 'string' },
      warmup: { type: 'string' },
      rounds: { type: 'string' },
      'tmp-dir': { type: 'string' },
      'cpu-prof': { type: 'string' },
      'perf-map': { type: 'boolean', default: false },
      baseline: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) return 'help';
  const defaults = values.quick ? quickDefaults() : { calls: 5_000, warmup: 1_000, rounds: 4 };
  const scenarios = list('--scenarios', values.scenarios ?? SCENARIOS.map((s) => s.name).join(','), (name) =>
    SCENARIOS.some((s) => s.name === name) ? name : undefined,
  );
  const eras = list('--eras', values.eras, (name) => ERAS.find((era) => era === name));
  const defaultLogs = kafkaConfigured
    ? 'local-process,local-fsync,kafka-process'
    : 'local-process,local-fsync';
  const eventLogs = list('--event-logs', values['event-logs'] ?? defaultLogs, (name) =>
    EVENT_LOGS.find((kind) => kind === name),
  );
  if (!kafkaConfigured && eventLogs.some((kind) => kind.startsWith('kafka'))) {
    throw new UsageError(
      'the kafka event logs need KAFKA_BROKERS (start a local broker with `npm run kafka`)',
    );
  }
  const clients = list('--clients', values.clients, (text) => {
    const n = Number(text);
    return Number.isInteger(n) && n >= 1 && n <= 1024 ? n : undefined;
  });
  const calls = integer('--calls', values.calls ?? String(defaults.calls), 1, MAX_CALLS);
  const rounds = integer('--rounds', values.rounds ?? String(defaults.rounds), 1, 100);
  const mostClients = Math.max(...clients);
  if (calls < rounds * mostClients) {
    throw new UsageError(
      `--calls must be at least --rounds × the most --clients (${rounds * mostClients}) to keep every client busy`,
    );
  }
  return {
    scenarios,
    clients,
    eras,
    eventLogs,
    calls,
    warmup: integer('--warmup', values.warmup ?? String(defaults.warmup), 0, MAX_CALLS),
    rounds,
    tmpDir: values['tmp-dir'],
    cpuProfDir: values['cpu-prof'],
    perfMap: values['perf-map'],
    baseline: values.baseline,
  };
}

function list<T>(flag: string, text: string, parse: (item: string) => T | undefined): T[] {
  const items = text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  if (items.length === 0) throw new UsageError(`${flag} needs at least one value`);
  return items.map((item) => {
    const value = parse(item);
    if (value === undefined) throw new UsageError(`${flag}: unknown or invalid value "${item}"`);
    return value;
  });
}

function integer(flag: string, text: string, min: number, max: number): number {
  const value = Number(text.replace(/_/g, ''));
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new UsageError(`${flag} must be an integer from ${min} to ${max}`);
  }
  return value;
}
