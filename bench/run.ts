/**
 * `npm run bench -- [options]`: the enforcer's overhead against a direct connection, measured
 * side by side in one run. Not a test: nothing here runs under `npm test`.
 */

import { availableParallelism } from 'node:os';
import { parseBenchArgs, USAGE, UsageError } from './args';
import { runBenchmark } from './benchmark';
import { BENCH_POLICY_RULES } from './enforcer-config';
import { formatReport } from './report';

/** After Ctrl-C, cleanup gets this long before the process exits regardless. */
const INTERRUPT_DEADLINE_MS = 15_000;

async function main(argv: string[]): Promise<number> {
  // The entry point reads the environment; the modules below get what they need as arguments.
  const kafkaBrokers = process.env.KAFKA_BROKERS || undefined;
  let options: ReturnType<typeof parseBenchArgs>;
  try {
    options = parseBenchArgs(argv, kafkaBrokers !== undefined);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (options === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  const brokers = options.eventLogs.some((kind) => kind.startsWith('kafka')) ? kafkaBrokers : undefined;

  const abort = new AbortController();
  const onSignal = () => {
    // A second Ctrl-C exits at once; exit handlers still kill the children and remove the scratch directory.
    if (abort.signal.aborted) process.exit(130);
    process.stderr.write('\ninterrupted: stopping the load and the child processes\n');
    abort.abort();
    setTimeout(() => process.exit(130), INTERRUPT_DEADLINE_MS).unref();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  try {
    const { diskSync, logAppends, runs } = await runBenchmark(options, brokers, abort.signal, (line) =>
      process.stderr.write(`bench: ${line}\n`),
    );
    const description = {
      ...options,
      cores: availableParallelism(),
      kafkaBrokers: brokers,
      policyRules: BENCH_POLICY_RULES,
    };
    process.stdout.write(formatReport(description, diskSync, logAppends, runs));
    return runs.some((run) => run.direct.result.errors + run.through.result.errors > 0) ? 1 : 0;
  } catch (err) {
    if (abort.signal.aborted) return 130;
    process.stderr.write(
      `bench failed: ${err instanceof UsageError ? err.message : ((err as Error).stack ?? err)}\n`,
    );
    return 1;
  }
}

process.exit(await main(process.argv.slice(2)));
