/**
 * Child process: the enforcer, started the way `proctor enforcer` starts it (startEnforcer),
 * with token verification and emission on. Its options come from the parent on argv; its
 * working directory is its own scratch directory, so any relative state path lands there.
 */
import { rm } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { createLogger } from '@proctor/logger';
import { generatePayloadKeyPair, publicKeyDocument } from '@proctor/payload-crypto';
import { startEnforcer } from '../src/runtime/services';
import { shutdownInOrder } from '../src/runtime/shutdown';
import { EVENT_LOGS } from './args';
import { runChild } from './child-lifecycle';
import { BENCH_CONNECTION, benchEnforcerConfig } from './enforcer-config';

const { values } = parseArgs({
  options: {
    upstream: { type: 'string' },
    'scratch-dir': { type: 'string' },
    'key-file': { type: 'string' },
    'event-log': { type: 'string' },
    'kafka-brokers': { type: 'string' },
  },
  strict: true,
});

await runChild(async () => {
  const { upstream, 'scratch-dir': scratchDir, 'key-file': keyFile, 'kafka-brokers': brokers } = values;
  const eventLog = EVENT_LOGS.find((kind) => kind === values['event-log']);
  if (upstream === undefined || scratchDir === undefined || keyFile === undefined || eventLog === undefined)
    throw new Error('--upstream, --scratch-dir, --key-file and --event-log are required');
  const config = benchEnforcerConfig({
    upstreamUrl: upstream,
    scratchDir,
    keyFile,
    eventLog,
    // A fresh ingest key: nothing opens the bench's events, but every payload is sealed as in production.
    payloadRecipient: publicKeyDocument(await generatePayloadKeyPair({ keyId: 'bench-ingest' })),
    ...(brokers !== undefined && { kafkaBrokers: brokers.split(',') }),
  });
  // stdout carries the ready line, so logs go to stderr; warnings and errors only.
  const logger = createLogger({ name: 'proctor-bench-enforcer', level: 'warn', destination: process.stderr });
  const enforcer = await startEnforcer(config, logger);
  return {
    ready: { url: `${enforcer.url}/mcp/${BENCH_CONNECTION}` },
    async stop(parentGone) {
      await shutdownInOrder(enforcer.steps, logger, 4_000);
      if (parentGone) await rm(scratchDir, { recursive: true, force: true });
    },
  };
});
