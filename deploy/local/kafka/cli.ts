/**
 * `npm run kafka [-- --data-dir <dir>] [--heap-mb <n>]`: runs a local broker until Ctrl-C and
 * prints `KAFKA_BROKERS=127.0.0.1:<port>` for the services and tests to use.
 */
import { parseArgs } from 'node:util';
import { startKafka } from './launcher';

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    'heap-mb': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

if (values.help) {
  process.stdout.write(
    'usage: npm run kafka [-- --data-dir <dir>] [--heap-mb <n>]\n' +
      '  Starts a single-node Kafka 3.9 broker (KRaft) on 127.0.0.1 and prints KAFKA_BROKERS=...\n' +
      '  --data-dir  keep topics in <dir> across runs (default: a temp dir removed on exit)\n' +
      '  --heap-mb   JVM heap ceiling in MB (default 512)\n',
  );
  process.exit(0);
}

const heapMb = values['heap-mb'] === undefined ? undefined : Number(values['heap-mb']);
if (heapMb !== undefined && !(Number.isInteger(heapMb) && heapMb >= 128)) {
  process.stderr.write('--heap-mb must be an integer of at least 128\n');
  process.exit(2);
}

const kafka = await startKafka({
  dataDir: values['data-dir'],
  heapMb,
  log: (line) => process.stderr.write(`[kafka] ${line}\n`),
});
process.stdout.write(`KAFKA_BROKERS=${kafka.brokers}\n`);

let stopping = false;
const shutdown = async (signal: NodeJS.Signals) => {
  if (stopping) return;
  stopping = true;
  process.stderr.write(`[kafka] ${signal}: stopping the broker\n`);
  await kafka.stop();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
