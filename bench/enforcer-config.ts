/** The enforcer's configuration for a benchmark run: production settings except where noted. */
import { join } from 'node:path';
import { type ProctorConfig, parseConfig } from '@proctor/config';
import type { EventLogKind } from './args';
import { BENCH_TOOL } from './minimal-upstream';

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
  /** The ingest key payloads are sealed to (production seals every payload on the raw topic and spool). */
  payloadRecipient: { keyId: string; publicJwk: Record<string, unknown> };
}

/**
 * A policy like a large deployment's, 50 rules: 47 that are evaluated for every benchmark call
 * and do not match it (tool globs, CI claims, groups and subjects, argument patterns over other
 * tools, a mask and a record rule for other tools), then the VIP argument rule and the allow
 * rule that decides — the benchmark's tool is allowed by the 50th rule. Every other call on
 * the connection is denied by default. DESIGN.md's targets hold with this policy loaded and
 * payloads sealed (issue: "50 policy rules loaded and encryption on").
 */
const FILLER_RULES: unknown[] = Array.from({ length: 47 }, (_, i) => {
  switch (i % 5) {
    case 0:
      return { id: `deny-tools-${i}`, match: { tools: [`tool_${i}_*`, `other_${i}`] }, action: 'deny' };
    case 1:
      return {
        id: `ci-${i}`,
        match: { ci: { repository: `org/repo-${i}`, ref: 'refs/heads/*' }, methods: 'tools/call' },
        action: 'allow',
      };
    case 2:
      return {
        id: `group-${i}`,
        match: { groups: [`team-${i}`], subjects: '*@example.org' },
        action: 'allow',
      };
    case 3:
      return {
        id: `args-${i}`,
        match: { tools: 'read_*', arguments: [{ path: '$.patient.id', pattern: `^X${i}-[0-9]+$` }] },
        action: 'deny',
      };
    default:
      return i % 2 === 0
        ? { id: `mask-${i}`, match: { tools: `lookup_${i}` }, action: 'mask' }
        : { id: `record-${i}`, match: { tools: `bulk_${i}` }, action: 'record', record: 'metadata' };
  }
});

const BENCH_POLICY = {
  version: 1,
  defaults: { [BENCH_CONNECTION]: 'deny' },
  rules: [
    ...FILLER_RULES,
    { id: 'no-exports', match: { tools: ['export_*'] }, action: 'deny', reason: 'exports need approval' },
    {
      id: 'vip-charts',
      match: { tools: 'get_patient', arguments: [{ path: '$.mrn', pattern: '^VIP-' }] },
      action: 'deny',
      reason: 'VIP charts need the privacy office',
    },
    { id: 'bench-reads', match: { tools: [BENCH_TOOL, 'get_*'] }, action: 'allow' },
  ],
};

/** Rules in the benchmark's policy (printed with the results). */
export const BENCH_POLICY_RULES = BENCH_POLICY.rules.length;

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
    keys: { payload: { recipients: [options.payloadRecipient] } },
    policy: { inline: BENCH_POLICY },
  });
}

export function devKeyFile(scratchDir: string): string {
  return join(scratchDir, 'dev-issuer', 'key.json');
}
