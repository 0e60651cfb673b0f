/**
 * `npm run bench -- [options]`: the enforcer's overhead against a direct connection, measured
 * side by side in one run. Not a test: nothing here runs under `npm test`.
 */
import { availableParallelism } from 'node:os';
import { parseBenchArgs, USAGE, UsageError } from './args';
import { runBenchmark } from './benchmark';
import { formatReport } from './report';

/** After Ctrl-C, cleanup gets this long before the process exits regardless. */
const INTERRUPT_DEADLINE_MS = 15_000;

async function main(argv: string[]): Promise<number> {
  let options: ReturnType<typeof parseBenchArgs>;
  try {
    options = parseBenchArgs(argv);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (options === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  // The entry point reads the environment; the modules below get what they need as arguments.
  const kafkaBrokers = options.eventLog === 'kafka' ? process.env.KAFKA_BROKERS : undefined;
  if (options.eventLog === 'kafka' && !kafkaBrokers) {
    process.stderr.write(
      '--event-log kafka needs KAFKA_BROKERS (start a local broker with `npm run kafka`)\n',
    );
    return 2;
  }

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
    const { direct, through } = await runBenchmark(options, kafkaBrokers, abort.signal, (line) =>
      process.stderr.write(`bench: ${line}\n`),
    );
    const eventLog =
      options.eventLog === 'kafka' ? `Kafka ${kafkaBrokers}` : 'local log (fdatasync group commit)';
    process.stdout.write(
      formatReport({ ...options, eventLog, cores: availableParallelism() }, direct, through),
    );
    return direct.result.errors + through.result.errors > 0 ? 1 : 0;
  } catch (err) {
    if (abort.signal.aborted) return 130;
    process.stderr.write(
      `bench failed: ${err instanceof UsageError ? err.message : ((err as Error).stack ?? err)}\n`,
    );
    return 1;
  }
}

process.exit(await main(process.argv.slice(2)));
