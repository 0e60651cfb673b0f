import { parseArgs } from 'node:util';
import { SCENARIOS } from './scenarios';

/** Every sample is kept (see latency.ts); this keeps a run's memory and duration bounded. */
export const MAX_CALLS = 1_000_000;

export interface BenchOptions {
  scenario: string;
  clients: number;
  /** Measured calls per target. */
  calls: number;
  /** Unmeasured calls per target before the first round. */
  warmup: number;
  /** The measured calls are split into this many rounds, alternating which target goes first. */
  rounds: number;
  eventLog: 'local' | 'kafka';
  /** Parent directory of the run's scratch directory (the local event log lives there). */
  tmpDir: string | undefined;
  /** Where the enforcer child writes a V8 CPU profile (node --cpu-prof) when it stops. */
  cpuProfDir: string | undefined;
}

export const USAGE = `npm run bench -- [options]

Measures the enforcer's overhead: the same MCP workload against the demo upstream directly
and through the enforcer, in one run, printed side by side with the ratios.

  --scenario NAME      ${SCENARIOS.map((s) => s.name).join(' | ')} (default ${SCENARIOS[0]?.name})
  --clients N          concurrent clients, each with its own MCP session (default 16)
  --calls N            measured calls per target (default 20000, at most ${MAX_CALLS})
  --warmup N           unmeasured calls per target first (default 2000)
  --rounds N           interleaved rounds the calls are split into (default 4)
  --event-log KIND     local (fsync group commit, the default) | kafka (needs KAFKA_BROKERS)
  --tmp-dir DIR        where the scratch directory goes (default: the OS temp directory)
  --cpu-prof DIR       write a CPU profile of the enforcer process to DIR (open it in Chrome DevTools)
  --help
`;

export class UsageError extends Error {
  override name = 'UsageError';
}

export function parseBenchArgs(argv: string[]): BenchOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      scenario: { type: 'string', default: SCENARIOS[0]?.name ?? '' },
      clients: { type: 'string', default: '16' },
      calls: { type: 'string', default: '20000' },
      warmup: { type: 'string', default: '2000' },
      rounds: { type: 'string', default: '4' },
      'event-log': { type: 'string', default: 'local' },
      'tmp-dir': { type: 'string' },
      'cpu-prof': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) return 'help';
  if (!SCENARIOS.some((s) => s.name === values.scenario))
    throw new UsageError(`unknown --scenario "${values.scenario}"`);
  const eventLog = values['event-log'];
  if (eventLog !== 'local' && eventLog !== 'kafka')
    throw new UsageError('--event-log must be local or kafka');
  const clients = integer('--clients', values.clients, 1, 1024);
  const calls = integer('--calls', values.calls, 1, MAX_CALLS);
  const rounds = integer('--rounds', values.rounds, 1, 100);
  if (calls < rounds * clients) {
    throw new UsageError(
      `--calls must be at least --rounds × --clients (${rounds * clients}) to keep every client busy`,
    );
  }
  return {
    scenario: values.scenario,
    clients,
    calls,
    warmup: integer('--warmup', values.warmup, 0, MAX_CALLS),
    rounds,
    eventLog,
    tmpDir: values['tmp-dir'],
    cpuProfDir: values['cpu-prof'],
  };
}

function integer(flag: string, text: string, min: number, max: number): number {
  const value = Number(text.replace(/_/g, ''));
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new UsageError(`${flag} must be an integer from ${min} to ${max}`);
  }
  return value;
}
