import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { StoredEvent } from '@proctor/audit-store';
import { removeChdbTestPath } from '@proctor/audit-store/testing';
import {
  type CheckpointKeyPair,
  generateCheckpointKey,
  publishedCheckpointKeys,
  readRetiredCheckpointKeys,
  writeCheckpointKeyFile,
} from '@proctor/integrity';
import type { JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/harness';
import { runProctor } from '../../../test/harness/proctor-cli';
import { readBundle } from './bundle/reader';
import { verifyBundle } from './bundle/verify-bundle';
import { storeSignedCheckpoint } from './testing-checkpoints';
import { endedSession, startTestExporter, type TestExporter } from './testing-exporter';

let exporter: TestExporter;
/** Key A signed until the rotation; B signs since. */
let a: CheckpointKeyPair;
let b: CheckpointKeyPair;

const checkpoint = (id: string, key: CheckpointKeyPair, head: StoredEvent) =>
  storeSignedCheckpoint(exporter.store, key, { id, heads: [head] });

beforeAll(async () => {
  const dir = await tempDir('checkpoint-keys');
  [a, b] = await Promise.all([generateCheckpointKey(), generateCheckpointKey()]);
  await writeCheckpointKeyFile(join(dir, 'a.json'), a);
  await writeCheckpointKeyFile(join(dir, 'b.json'), b);
  const retired = await readRetiredCheckpointKeys([
    { file: join(dir, 'a.json'), signedUntil: '2026-06-01T00:00:00Z' },
  ]);
  exporter = await startTestExporter({
    publishedKeys: () => publishedCheckpointKeys(join(dir, 'b.json'), retired),
  });
  const spanning = endedSession('s-rotated', 'tenant-a', 6, 0);
  const other = endedSession('s-unknown', 'tenant-a', 2, 8);
  await exporter.store.insertEvents([...spanning, ...other]);
  await checkpoint('cp-a', a, spanning[3] as StoredEvent);
  await checkpoint('cp-b', b, spanning[spanning.length - 1] as StoredEvent);
  await checkpoint('cp-unknown', await generateCheckpointKey(), other[other.length - 1] as StoredEvent);
});

afterAll(async () => {
  await exporter?.close();
  removeChdbTestPath();
});

describe('checkpoint key rotation', () => {
  it('publishes the current key and the retired one, marked with the period it signed', async () => {
    const { keys } = (await exporter.get('auditor', '/v1/keys')).json() as { keys: JWK[] };
    expect(keys).toEqual([
      b.publicJwk,
      { ...a.publicJwk, status: 'retired', signed_until: '2026-06-01T00:00:00Z' },
    ]);
    expect(keys.some((k) => 'd' in k)).toBe(false);
  });

  it('verifies a bundle whose checkpoints span the rotation against the published keys, in process and with proctor verify', async () => {
    const { keys } = (await exporter.get('auditor', '/v1/keys')).json() as { keys: JWK[] };
    const file = await exporter.bundleFileOf('s-rotated');
    const bundle = await readBundle(file);
    expect(bundle.keys.map((k) => k.kid).sort()).toEqual([a.keyId, b.keyId].sort());
    const report = await verifyBundle(bundle, { publishedKeys: keys });
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ ok: true, checkpoints: 2 });
    // The command an auditor runs, with the /v1/keys answer saved to a file.
    const keysFile = join(await tempDir('published-keys'), 'keys.json');
    await writeFile(keysFile, (await exporter.get('auditor', '/v1/keys')).body);
    const verified = await runProctor(['verify', file, '--keys', keysFile], { timeoutMs: 90_000 });
    expect(verified.stdout).toMatch(/OK — 1 session\(s\)/);
    expect(verified.code).toBe(0);
    // Without the retired key, its checkpoint no longer verifies.
    const current = await verifyBundle(bundle, { publishedKeys: keys.slice(0, 1) });
    expect(current.ok).toBe(false);
    expect(current.problems).toContainEqual(
      expect.objectContaining({ kind: 'checkpoint_invalid', detail: expect.stringContaining(a.keyId) }),
    );
  }, 120_000);

  it('fails a checkpoint signed by a key that is neither current nor retired, naming it', async () => {
    const { keys } = (await exporter.get('auditor', '/v1/keys')).json() as { keys: JWK[] };
    const bundle = await readBundle(await exporter.bundleFileOf('s-unknown'));
    expect(bundle.keys).toEqual([]);
    const report = await verifyBundle(bundle, { publishedKeys: keys });
    expect(report.ok).toBe(false);
    expect(report.problems).toContainEqual(
      expect.objectContaining({
        kind: 'checkpoint_invalid',
        detail: expect.stringMatching(
          /^checkpoint signed by unknown key \S+: neither the current nor a retired/,
        ),
      }),
    );
  });
});
