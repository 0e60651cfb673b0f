import { parseArgs } from 'node:util';
import { createClickHouseAuditStore, createClickHouseClient } from '@proctor/audit-store';
import type { ProctorConfig } from '@proctor/config';
import { verifyBundleFile } from '@proctor/exporter/bundle';
import { type StoreVerifyReport, verifyStore } from '@proctor/exporter/verify-store';
import type { JWK } from 'jose';
import { clickHouseOptions } from '../runtime/audit-store';
import { configuredCheckpointKeys } from '../runtime/checkpoint-keys';
import { COMMON_OPTIONS } from './args';
import { describeReport, readKeys } from './bundle-report';
import { loadCliConfig } from './config-file';

const USAGE = `proctor verify BUNDLE [--keys JWKS_FILE] [--json]
proctor verify --store [--from TIME] [--to TIME] [--as-of TIME] [--keys JWKS_FILE] [--json]

  Checks a replay bundle offline: the hash chain of every session, the signed checkpoints,
  the gateway-stream positions it spans, its manifest and each session's end. Every finding
  names the exact event. Exit status 0 only for a clean bundle; 1 when anything is wrong;
  2 for usage errors.

  With --store, checks the audit store of the configuration (--config) the same way in one
  streaming pass: every session's hash chain, every signed checkpoint and the positions it
  signs, and (over the whole store) every gateway stream for gaps. --from/--to (ISO-8601)
  check only the events of a time range. Each scope's checkpoints must form one unbroken chain
  (checkpoint_gap otherwise), and a scope ingest still holds must have been checkpointed within
  its promised interval (ingest.checkpoints.everySeconds) plus slack, as of --as-of (ISO-8601,
  default now): stale_checkpoints otherwise. An embedded store (chDB) can be read only while no
  other process has it open: stop 'proctor up' first, or use a ClickHouse server.

  --keys FILE   the published checkpoint keys (the exporter's GET /v1/keys answer, a JWKS
                {"keys":[…]}); without it a bundle's own keys are used, with a warning, and
                --store uses the public half of the configured checkpoint key and the
                retired keys of ingest.checkpoints.retiredKeys
  --json        print the report as JSON
`;

export async function runVerify(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      ...COMMON_OPTIONS,
      keys: { type: 'string' },
      json: { type: 'boolean' },
      store: { type: 'boolean' },
      from: { type: 'string' },
      to: { type: 'string' },
      'as-of': { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const usage = (message: string) => {
    process.stderr.write(`proctor verify: ${message}\n\n${USAGE}`);
    return 2;
  };
  if (values.store) {
    if (positionals.length > 0) return usage('give a bundle file or --store, not both');
    const range: { from?: number; to?: number; 'as-of'?: number } = {};
    for (const name of ['from', 'to', 'as-of'] as const) {
      const text = values[name];
      if (text === undefined) continue;
      const ms = Date.parse(text);
      if (!Number.isFinite(ms)) return usage(`--${name}: not an ISO-8601 time`);
      range[name] = ms * 1000;
    }
    const config = await loadCliConfig(values.config);
    const publishedKeys = values.keys === undefined ? undefined : await readKeys(values.keys);
    const report = await verifyConfiguredStore(config, {
      ...range,
      asOf: range['as-of'] ?? Date.now() * 1000,
      ...(publishedKeys && { publishedKeys }),
    });
    process.stdout.write(
      values.json
        ? `${JSON.stringify(report, null, 2)}\n`
        : describeReport({ ...report, warnings: [] }, `audit store ${config.auditStore.database}`),
    );
    return report.ok ? 0 : 1;
  }
  if (positionals.length !== 1) return usage('give one bundle file');
  if (values.from !== undefined || values.to !== undefined || values['as-of'] !== undefined)
    return usage('--from, --to and --as-of go with --store');
  const publishedKeys = values.keys === undefined ? undefined : await readKeys(values.keys);
  const report = await verifyBundleFile(positionals[0] as string, { publishedKeys });
  process.stdout.write(
    values.json ? `${JSON.stringify(report, null, 2)}\n` : describeReport(report, positionals[0] as string),
  );
  return report.ok ? 0 : 1;
}

/** The configured store, read without migrating it, against the given or configured keys. */
async function verifyConfiguredStore(
  config: ProctorConfig,
  options: { from?: number; to?: number; asOf: number; publishedKeys?: JWK[] },
): Promise<StoreVerifyReport> {
  const client = createClickHouseClient(clickHouseOptions(config));
  const database = config.auditStore.database;
  try {
    const publishedKeys = options.publishedKeys ?? (await configuredCheckpointKeys(config));
    return await verifyStore({
      client,
      database,
      store: createClickHouseAuditStore({ client, database }),
      publishedKeys,
      asOf: options.asOf,
      ...(options.from !== undefined && { from: options.from }),
      ...(options.to !== undefined && { to: options.to }),
    });
  } finally {
    await client.close();
  }
}
