import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type CheckpointKeyPair,
  chainHash,
  generateCheckpointKey,
  type StoredChainEvent,
} from '@proctor/integrity';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../../../test/harness';
import type { Bundle } from './format';
import { BundleFormatError, readBundle } from './reader';
import { bundleOf, kinds, roundTrip, trailEvents } from './testing-bundles';
import { verifyBundle } from './verify-bundle';
import { manifestFor, writeBundle } from './writer';

let key: CheckpointKeyPair;
let otherKey: CheckpointKeyPair;

beforeAll(async () => {
  key = await generateCheckpointKey();
  otherKey = await generateCheckpointKey();
});

describe('replay bundle', () => {
  it('round-trips through a file and verifies clean against the published key', async () => {
    const bundle = await roundTrip(await bundleOf(trailEvents(), key));
    expect(bundle.events).toHaveLength(8);
    expect(bundle.manifest).toMatchObject({ sessions: ['ex-a', 'ex-b'], counts: { events: 8 } });
    const report = await verifyBundle(bundle, { publishedKeys: [key.publicJwk] });
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ ok: true, sessions: 2, events: 8, checkpoints: 1, warnings: [] });
  });

  it('names a modified event', async () => {
    const bundle = await bundleOf(trailEvents(), key);
    const target = bundle.events[3] as StoredChainEvent;
    bundle.events[3] = { ...target, payload: target.payload.replace('[REDACTED:mrn]', 'MRN-000111') };
    const report = await verifyBundle(await roundTrip(bundle), { publishedKeys: [key.publicJwk] });
    expect(report.ok).toBe(false);
    expect(report.problems).toContainEqual(
      expect.objectContaining({
        kind: 'modified',
        sessionId: target.sessionId,
        seq: target.seq,
        eventId: target.eventId,
      }),
    );
  });

  it('names a deleted event, and a reordered pair', async () => {
    const bundle = await bundleOf(trailEvents(), key);
    const gone = bundle.events[2] as StoredChainEvent;
    const deleted = {
      ...bundle,
      events: bundle.events.filter((e) => e !== gone),
      manifest: { ...bundle.manifest, counts: { ...bundle.manifest.counts, events: 7 } },
    };
    const report = await verifyBundle(deleted, { publishedKeys: [key.publicJwk] });
    expect(report.problems).toContainEqual(
      expect.objectContaining({ kind: 'deleted', sessionId: gone.sessionId, seq: gone.seq }),
    );

    const swapped = await bundleOf(trailEvents(), key);
    swapped.events = swapped.events.map((e) =>
      e.sessionId === 'ex-a' && e.seq === 1
        ? { ...e, seq: 2 }
        : e.sessionId === 'ex-a' && e.seq === 2
          ? { ...e, seq: 1 }
          : e,
    );
    expect(kinds(await verifyBundle(swapped, { publishedKeys: [key.publicJwk] }))).toContain('reordered');
  });

  it('names an inserted event, even one linked to look right', async () => {
    const bundle = await bundleOf(trailEvents(), key);
    const model = bundle.events[1] as StoredChainEvent;
    const forged = { ...model, eventId: 'forged-1', streamSeq: 99 };
    forged.hash = chainHash(forged.prevHash, forged);
    bundle.events.push(forged);
    const report = await verifyBundle(bundle, { publishedKeys: [key.publicJwk] });
    expect(report.problems).toContainEqual(
      expect.objectContaining({ kind: 'inserted', eventId: 'forged-1' }),
    );
  });

  it('notices a cut end: the file without its end line, and a session without its end', async () => {
    const dir = await tempDir('bundle');
    const file = join(dir, 'cut.bundle');
    await writeBundle(await bundleOf(trailEvents(), key), file);
    const lines = (await readFile(file, 'utf8')).split('\n');
    await writeFile(file, `${lines.slice(0, -2).join('\n')}\n`);
    await expect(readBundle(file)).rejects.toMatchObject({ code: 'BUNDLE_TRUNCATED' });

    const events = trailEvents().filter((e) => !(e.sessionId === 'ex-b' && e.type === 'session_ended'));
    const report = await verifyBundle(await bundleOf(events, key), { publishedKeys: [key.publicJwk] });
    expect(report.problems).toContainEqual(
      expect.objectContaining({ kind: 'missing_end', sessionId: 'ex-b' }),
    );
  });

  it('notices a whole session dropped from the bundle (gateway-stream gap), even with the manifest rewritten', async () => {
    const bundle = await bundleOf(trailEvents(), key);
    const kept = bundle.events.filter((e) => e.sessionId !== 'ex-b');
    const tampered: Bundle = {
      ...bundle,
      events: kept,
      stream: bundle.stream.filter((entry) => entry[3] !== 'ex-b'),
      manifest: manifestFor(kept, { schemaFingerprints: [], createdBy: 'x' }),
    };
    const report = await verifyBundle(tampered, { publishedKeys: [key.publicJwk] });
    expect(kinds(report)).toContain('stream_gap');
  });

  it('rejects a forged signature and a key that is not the published one', async () => {
    const forged = await bundleOf(trailEvents(), key, otherKey);
    forged.keys = [otherKey.publicJwk];
    const report = await verifyBundle(forged, { publishedKeys: [key.publicJwk] });
    expect(kinds(report)).toEqual(expect.arrayContaining(['unpublished_key', 'checkpoint_invalid']));

    const bent = await bundleOf(trailEvents(), key);
    const [header, payload, signature] = (bent.checkpoints[0] as string).split('.');
    bent.checkpoints = [`${header}.${payload}.${(signature as string).slice(0, -4)}AAAA`];
    expect(kinds(await verifyBundle(bent, { publishedKeys: [key.publicJwk] }))).toContain(
      'checkpoint_invalid',
    );

    const selfVouched = await verifyBundle(await bundleOf(trailEvents(), key));
    expect(selfVouched.ok).toBe(true);
    expect(selfVouched.warnings[0]).toMatch(/keys inside the bundle/);
  });

  it('answers files that are not bundles with a clear error', async () => {
    const dir = await tempDir('bundle');
    const cases: [string, string, string][] = [
      ['empty', '', 'BUNDLE_INVALID'],
      ['json', '{"hello":"world"}\n', 'BUNDLE_INVALID'],
      ['binary', '\u0000\u0001PK\u0003\u0004', 'BUNDLE_INVALID'],
    ];
    for (const [name, content, code] of cases) {
      const file = join(dir, name);
      await writeFile(file, content);
      const failure = await readBundle(file).catch((err: unknown) => err);
      expect(failure).toBeInstanceOf(BundleFormatError);
      expect(failure).toMatchObject({ code });
    }
    const big = join(dir, 'big.bundle');
    await writeBundle(await bundleOf(trailEvents(), key), big);
    await expect(readBundle(big, { maxBytes: 100 })).rejects.toMatchObject({ code: 'BUNDLE_TOO_LARGE' });
    await expect(readBundle(join(dir, 'absent'))).rejects.toMatchObject({ code: 'BUNDLE_INVALID' });
  });
});
