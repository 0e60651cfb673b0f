/**
 * Child process: the enforcer, started the way `proctor enforcer` starts it (startEnforcer),
 * with token verification and emission on. Its options come from the parent on argv.
 */
import { rm } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { createLogger } from '@proctor/logger';
import { startEnforcer } from '../src/runtime/services';
import { shutdownInOrder } from '../src/runtime/shutdown';
import { runChild } from './child-lifecycle';
import { BENCH_CONNECTION, benchEnforcerConfig } from './enforcer-config';

const { values } = parseArgs({
  options: {
    upstream: { type: 'string' },
    'scratch-dir': { type: 'string' },
    'kafka-brokers': { type: 'string' },
  },
  strict: true,
});

await runChild(async () => {
  const { upstream, 'scratch-dir': scratchDir, 'kafka-brokers': brokers } = values;
  if (upstream === undefined || scratchDir === undefined)
    throw new Error('--upstream and --scratch-dir are required');
  const config = benchEnforcerConfig({
    upstreamUrl: upstream,
    scratchDir,
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
