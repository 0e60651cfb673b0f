/** The enforcer's configuration for a benchmark run: production settings except where noted. */
import { join } from 'node:path';
import { type ProctorConfig, parseConfig } from '@proctor/config';
import type { EventLogKind } from './args';

export const BENCH_CONNECTION = 'bench';
/** The audience the enforcer requires and the benchmark's token carries. */
export const BENCH_AUDIENCE = 'proctor';
/** Bench events go to their own topics, so a shared broker's audit pipeline never sees them. */
const BENCH_TOPICS = {
  raw: 'proctor.bench.raw.v1',
  redacted: 'proctor.bench.redacted.v1',
  dlq: 'proctor.bench.dlq.v1',
};

export interface BenchEnforcerOptions {
  upstreamUrl: string;
  /** Holds this enforcer's local event log or spool. */
  scratchDir: string;
  /** The development issuer's key (it signs the benchmark's token). */
  keyFile: string;
  eventLog: EventLogKind;
  /** Needed by the kafka event logs. */
  kafkaBrokers?: string[];
}

export function benchEnforcerConfig(options: BenchEnforcerOptions): ProctorConfig {
  const { scratchDir, kafkaBrokers, eventLog } = options;
  const kafka = eventLog.startsWith('kafka');
  if (kafka && kafkaBrokers === undefined) throw new Error(`--event-logs ${eventLog} needs Kafka brokers`);
  return parseConfig({
    // Development mode only because the development issuer signs the benchmark's token;
    // verification itself (ES256 signature, issuer, audience, expiry) is the production path.
    mode: 'development',
    gatewayId: 'bench-gateway',
    identity: { audience: BENCH_AUDIENCE, devIssuer: { enabled: true, keyFile: options.keyFile } },
    enforcer: {
      listen: { host: '127.0.0.1', port: 0 },
      connections: [{ name: BENCH_CONNECTION, upstream: { url: options.upstreamUrl } }],
    },
    eventLog: {
      durability: eventLog.endsWith('fsync') ? 'fsync' : 'process',
      local: { dir: join(scratchDir, 'log') },
      spool: { enabled: eventLog !== 'kafka-direct', dir: join(scratchDir, 'spool') },
      ...(kafka && { kafka: { brokers: kafkaBrokers, clientId: 'proctor-bench', topics: BENCH_TOPICS } }),
    },
  });
}

export function devKeyFile(scratchDir: string): string {
  return join(scratchDir, 'dev-issuer', 'key.json');
}
