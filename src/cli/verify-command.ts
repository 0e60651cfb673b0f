import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { type BundleReport, readBundle, verifyBundle } from '@proctor/exporter/bundle';
import type { JWK } from 'jose';
import { COMMON_OPTIONS } from './args';

const USAGE = `proctor verify BUNDLE [--keys JWKS_FILE] [--json]

  Checks a replay bundle offline: the hash chain of every session, the signed checkpoints,
  the gateway-stream positions it spans, its manifest and each session's end. Every finding
  names the exact event. Exit status 0 only for a clean bundle; 1 when anything is wrong;
  2 for usage errors.

  --keys FILE   the published checkpoint keys (the exporter's GET /v1/keys answer, a JWKS
                {"keys":[…]}); without it the bundle's own keys are used, with a warning
  --json        print the report as JSON
`;

export async function runVerify(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { ...COMMON_OPTIONS, keys: { type: 'string' }, json: { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (positionals.length !== 1) {
    process.stderr.write(`proctor verify: give one bundle file\n\n${USAGE}`);
    return 2;
  }
  const publishedKeys = values.keys === undefined ? undefined : await readKeys(values.keys);
  const bundle = await readBundle(positionals[0] as string);
  const report = await verifyBundle(bundle, { publishedKeys });
  process.stdout.write(
    values.json ? `${JSON.stringify(report, null, 2)}\n` : describe(report, positionals[0] as string),
  );
  return report.ok ? 0 : 1;
}

async function readKeys(file: string): Promise<JWK[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    throw new Error(`--keys ${file}: not a readable JSON file`);
  }
  const keys = (parsed as { keys?: unknown }).keys ?? parsed;
  if (
    !Array.isArray(keys) ||
    keys.some((k) => typeof k !== 'object' || k === null || typeof (k as JWK).kty !== 'string')
  ) {
    throw new Error(`--keys ${file}: expected a JWKS ({"keys":[…]}) or an array of JWKs`);
  }
  return keys as JWK[];
}

function describe(report: BundleReport, file: string): string {
  const lines = [
    `${file}: ${report.ok ? 'OK' : 'FAILED'} — ${report.sessions} session(s), ${report.events} event(s), ${report.checkpoints} valid checkpoint(s)`,
  ];
  for (const warning of report.warnings) lines.push(`  warning: ${warning}`);
  for (const p of report.problems) {
    const where = [
      p.sessionId ? `session ${p.sessionId}` : null,
      p.seq !== undefined ? `seq ${p.seq}` : null,
      p.eventId ? `event ${p.eventId}` : null,
    ]
      .filter(Boolean)
      .join(', ');
    lines.push(`  ${p.kind}${where ? ` (${where})` : ''}: ${p.detail}`);
  }
  return `${lines.join('\n')}\n`;
}
