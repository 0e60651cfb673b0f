/**
 * Clear arguments for approvers of a clear-view group in one process (`proctor up`): the
 * exporter's API asks the gateway in the same process. A clear-view approver sees them (API and
 * `proctor approvals show --clear`), another approver gets 403; past the hold limit the gateway
 * no longer holds the call and the view says so, though the request is still pending. The local
 * event log (payloads sealed to the ingest key) and the ClickHouse approvals table hold the
 * viewed_clear events and never the clear value. Official SDK v1 client, development tokens.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { canonicalJson } from '@proctor/approvals';
import { createClickHouseClient } from '@proctor/audit-store';
import type { ProctorConfig } from '@proctor/config';
import { generatePayloadKeyPair, publicKeyDocument, writePrivateKeyFile } from '@proctor/payload-crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../harness';
import { runProctor } from '../harness/proctor-cli';
import { type ApprovalsUp, startApprovalsUp } from './approvals-up';

const HOLD_SECONDS = 20;
let up: ApprovalsUp;
let enforcerUrl: string;
let exporterUrl: string;
let config: ProctorConfig;
let logDir: string;
const tokens = { clinician: '', privacy: '', onCall: '' };

beforeAll(async () => {
  up = await startApprovalsUp({
    name: 'approvals-clear-up',
    approval: '{ approverGroups: [privacy-office, on-call], clearGroups: [privacy-office], timeoutSec: 300 }',
    approvals: { holdSeconds: HOLD_SECONDS },
    // Frame payloads sealed to an ingest key: the log then holds no clear argument of its own.
    extra: async (dir) => {
      const ingestKey = await generatePayloadKeyPair({ keyId: 'clear-view-embedded' });
      const publicKeyFile = join(dir, 'ingest.pub.json');
      const privateKeyFile = join(dir, 'ingest.key.json');
      await writeFile(publicKeyFile, JSON.stringify(publicKeyDocument(ingestKey)));
      await writePrivateKeyFile(privateKeyFile, ingestKey);
      return { keys: { payload: { recipients: [{ publicKeyFile }], privateKeys: [{ privateKeyFile }] } } };
    },
  });
  ({ config, enforcerUrl, exporterUrl } = up);
  logDir = join(up.dir, 'log');
  tokens.clinician = await up.sign('dr.avery@example.com', ['clinicians']);
  tokens.privacy = await up.sign('privacy@example.com', ['privacy-office']);
  tokens.onCall = await up.sign('oncall@example.com', ['on-call']);
}, 180_000);

afterAll(async () => {
  await up?.close();
});

async function api(who: keyof typeof tokens, path: string) {
  const response = await fetch(`${exporterUrl}${path}`, {
    headers: { authorization: `Bearer ${tokens[who]}` },
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Every byte of the local event log, as text. */
async function logText(dir: string): Promise<string> {
  const parts: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) parts.push((await readFile(join(entry.parentPath, entry.name))).toString('latin1'));
  }
  return parts.join('\n');
}

async function storedActions(approvalId: string, count: number) {
  return waitFor(
    async () => {
      const client = createClickHouseClient({ chdbPath: config.auditStore.chdb.path });
      try {
        const result = await client.query({
          query: `SELECT action, actor, reason, args_digest FROM ${config.auditStore.database}.approvals FINAL WHERE approval_id = {id:String} ORDER BY session_id, seq`,
          query_params: { id: approvalId },
          format: 'JSONEachRow',
        });
        const rows = await result.json<{ action: string; actor: string | null; args_digest: string }>();
        return rows.filter((r) => r.action === 'viewed_clear').length >= count ? rows : undefined;
      } finally {
        await client.close();
      }
    },
    { what: `${count} viewed_clear rows of ${approvalId}`, timeoutMs: 60_000 },
  );
}

describe('clear arguments of a held call in one process (proctor up)', () => {
  it('a clear-view approver sees them while the call is held; after the hold limit they are gone; nothing of them is stored', async () => {
    const mrn = `MRN-${Math.floor(1e7 + Math.random() * 9e7)}`;
    const client = new Client({ name: 'synthetic-client', version: '1.0.0' });
    await client.connect(
      new StreamableHTTPClientTransport(new URL(enforcerUrl), {
        requestInit: { headers: { authorization: `Bearer ${tokens.clinician}` } },
      }),
    );
    const call = client
      .callTool({ name: 'export_chart', arguments: { mrn, steps: 1 } }, undefined, { timeout: 120_000 })
      .then(
        (result) => ({ result }),
        (error: unknown) => ({ error }),
      );
    const id = await waitFor(
      async () => {
        const listed = await api('privacy', '/v1/approvals?state=pending');
        return (listed.body.approvals as { id: string }[] | undefined)?.[0]?.id;
      },
      { what: 'the held call pending approval', timeoutMs: 15_000 },
    );
    const masked = await api('privacy', `/v1/approvals/${id}`);
    expect(JSON.stringify(masked.body)).not.toContain(mrn);
    expect(await api('privacy', `/v1/approvals/${id}?view=clear`)).toMatchObject({
      status: 200,
      body: { argumentsView: 'clear', arguments: { mrn, steps: 1 } },
    });
    const refused = await api('onCall', `/v1/approvals/${id}?view=clear`);
    expect(refused).toMatchObject({ status: 403, body: { error: { code: 'CLEAR_VIEW_NOT_ALLOWED' } } });
    const shown = await runProctor(
      ['approvals', 'show', id, '--clear', '--json', '--url', exporterUrl, '--token', tokens.privacy],
      { timeoutMs: 60_000 },
    );
    expect(shown.code, shown.stderr).toBe(0);
    expect(JSON.parse(shown.stdout)).toMatchObject({ arguments: { mrn } });

    // Past the hold limit the client is told to retry once approved: the call is no longer held.
    const released = await call;
    expect(released).toHaveProperty('error');
    const gone = await api('privacy', `/v1/approvals/${id}?view=clear`);
    expect(gone).toMatchObject({ status: 410, body: { error: { code: 'CLEAR_ARGUMENTS_GONE' } } });
    expect((await api('privacy', `/v1/approvals/${id}`)).body).toMatchObject({ state: 'pending' });

    const rows = await storedActions(id, 2);
    expect(rows.filter((r) => r.action === 'viewed_clear').map((r) => r.actor)).toEqual([
      'privacy@example.com',
      'privacy@example.com',
    ]);
    expect(JSON.stringify(rows)).not.toContain(mrn);
    // The gateway's and the workflow's records bind one digest, keyed: not the SHA-256 anyone
    // could compute for every candidate MRN.
    const digests = new Set(rows.map((r) => r.args_digest).filter((d) => d !== ''));
    expect(digests.size).toBe(1);
    const plain = createHash('sha256')
      .update(canonicalJson({ mrn, steps: 1 }))
      .digest('hex');
    expect(digests.has(plain)).toBe(false);
    const log = await logText(logDir);
    expect(log).toContain('viewed_clear');
    expect(log).not.toContain(mrn);
    await client.close();
  }, 180_000);
});
