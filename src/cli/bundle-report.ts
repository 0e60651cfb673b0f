/**
 * What `proctor verify` and `proctor replay` print about a verification: the published keys
 * they are given, and the report, one line per problem naming where it is.
 */
import { readFile } from 'node:fs/promises';
import type { BundleProblem, BundleReport } from '@proctor/exporter/bundle';
import type { IntegrityProblem } from '@proctor/integrity';
import type { JWK } from 'jose';

/** The published checkpoint keys: a JWKS file ({"keys":[…]}, the exporter's GET /v1/keys) or an array of JWKs. */
export async function readKeys(file: string): Promise<JWK[]> {
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

export function describeReport(
  report: Pick<BundleReport, 'ok' | 'sessions' | 'events' | 'checkpoints' | 'warnings'> & {
    problems: (BundleProblem & Pick<IntegrityProblem, 'gatewayId' | 'epoch'>)[];
  },
  file: string,
): string {
  const lines = [
    `${file}: ${report.ok ? 'OK' : 'FAILED'} — ${report.sessions} session(s), ${report.events} event(s), ${report.checkpoints} valid checkpoint(s)`,
  ];
  for (const warning of report.warnings) lines.push(`  warning: ${warning}`);
  for (const p of report.problems) {
    const where = [
      p.sessionId ? `session ${p.sessionId}` : null,
      p.gatewayId ? `gateway ${p.gatewayId} epoch ${p.epoch}` : null,
      p.seq !== undefined ? `seq ${p.seq}` : null,
      p.eventId ? `event ${p.eventId}` : null,
    ]
      .filter(Boolean)
      .join(', ');
    lines.push(`  ${p.kind}${where ? ` (${where})` : ''}: ${p.detail}`);
  }
  return `${lines.join('\n')}\n`;
}
