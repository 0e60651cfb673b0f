/**
 * Tamper evidence of a replay bundle, attacked the way someone holding the file would: every
 * edit below must be named (kind, session, seq) and fail the verification; the clean bundle
 * must pass. Bundles are checked against the published key, as `proctor verify --keys` does.
 */

import { join } from 'node:path';
import {
  type CheckpointKeyPair,
  chainHash,
  generateCheckpointKey,
  type StoredChainEvent,
} from '@proctor/integrity';
import { CompactSign } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../../../test/harness';
import { type Bundle, bundleOrder } from './format';
import { bundleOf, checkpointOf, kinds, roundTrip, trailEvents } from './testing-bundles';
import { verifyBundle, verifyBundleFile } from './verify-bundle';
import { manifestFor, streamEntriesOf, writeBundle } from './writer';

let key: CheckpointKeyPair;
let otherKey: CheckpointKeyPair;

beforeAll(async () => {
  key = await generateCheckpointKey();
  otherKey = await generateCheckpointKey();
});

/** Verified as a file, streamed, as `proctor verify` does; held in memory, it must get the same report. */
async function verify(bundle: Bundle) {
  const file = join(await tempDir('bundle-attack'), 'session.bundle');
  await writeBundle(bundle, file);
  const report = await verifyBundleFile(file, { publishedKeys: [key.publicJwk] });
  expect(await verifyBundle(bundle, { publishedKeys: [key.publicJwk] })).toEqual(report);
  return report;
}

/** The bundle with its events replaced (in bundle order), the manifest and stream record rewritten to match them. */
function rewritten(bundle: Bundle, replaced: StoredChainEvent[]): Bundle {
  const events = [...replaced].sort(bundleOrder);
  return {
    ...bundle,
    events,
    manifest: manifestFor(events, {
      schemaFingerprints: bundle.manifest.schemaFingerprints,
      createdBy: bundle.manifest.createdBy,
    }),
    stream: streamEntriesOf(events),
  };
}

/** A forged event of the session, linked after `previous` and hashed so its chain holds. */
function forgedAfter(previous: StoredChainEvent, changes: Partial<StoredChainEvent>): StoredChainEvent {
  const forged = {
    ...previous,
    eventId: `forged-${previous.sessionId}-${previous.seq + 1}`,
    seq: previous.seq + 1,
    time: previous.time + 1,
    prevHash: previous.hash,
    ...changes,
  };
  forged.hash = chainHash(forged.prevHash, forged);
  return forged;
}

const event = (events: StoredChainEvent[], sessionId: string, seq: number) =>
  events.find((e) => e.sessionId === sessionId && e.seq === seq) as StoredChainEvent;

describe('tampering with a bundle', () => {
  it('the untouched bundle verifies clean after a round trip through a file', async () => {
    const report = await verify(await roundTrip(await bundleOf(trailEvents(), key)));
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it('lines moved in the file (content untouched) are named as reordered', async () => {
    const bundle = await bundleOf(trailEvents(), key);
    const [first, second, third, ...rest] = bundle.events as [StoredChainEvent, ...StoredChainEvent[]];
    bundle.events = [first, third as StoredChainEvent, second as StoredChainEvent, ...rest];
    const report = await verify(await roundTrip(bundle));
    expect(report.ok).toBe(false);
    expect(report.problems).toContainEqual(
      expect.objectContaining({ kind: 'reordered', sessionId: second?.sessionId, seq: second?.seq }),
    );
  });

  it('a duplicated event is named as inserted at its seq', async () => {
    const bundle = await bundleOf(trailEvents(), key);
    const copy = event(bundle.events, 'ex-a', 1);
    const report = await verify(rewritten(bundle, [...bundle.events, copy]));
    expect(report.problems).toContainEqual(
      expect.objectContaining({ kind: 'inserted', sessionId: 'ex-a', seq: 1 }),
    );
  });

  it('a cut tail given a forged end, with the later checkpoint dropped, is named as unsigned', async () => {
    const events = trailEvents();
    // Signed when ex-a had ended and ex-b stood at seq 1.
    const early = await checkpointOf(
      events.filter((e) => e.sessionId === 'ex-a' || e.seq <= 1),
      key,
    );
    const kept = events.filter((e) => !(e.sessionId === 'ex-b' && e.seq >= 2));
    const newEnd = forgedAfter(event(events, 'ex-b', 1), {
      type: 'session_ended',
      payload: '',
      detail: '{"reason":"exchange_complete"}',
      streamSeq: event(events, 'ex-b', 2).streamSeq,
    });
    const tampered = { ...rewritten(await bundleOf(events, key), [...kept, newEnd]), checkpoints: [early] };
    const report = await verify(tampered);
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([
      expect.objectContaining({ kind: 'unsigned', sessionId: 'ex-b', seq: 2, eventId: newEnd.eventId }),
    ]);
    expect(report.problems[0]?.detail).toMatch(
      /seq 2\.\.2 come after seq 1, the last a valid checkpoint signs/,
    );
  });

  it('the same cut with the checkpoint kept is named as the deleted checkpointed event', async () => {
    const bundle = await bundleOf(trailEvents(), key);
    const kept = bundle.events.filter((e) => !(e.sessionId === 'ex-b' && e.seq >= 2));
    const newEnd = forgedAfter(event(bundle.events, 'ex-b', 1), {
      type: 'session_ended',
      streamSeq: event(bundle.events, 'ex-b', 2).streamSeq,
    });
    expect((await verify(rewritten(bundle, [...kept, newEnd]))).problems).toContainEqual(
      expect.objectContaining({ kind: 'deleted', sessionId: 'ex-b', seq: 3 }),
    );
  });

  it('an event spliced in from another session, at a stream position it does not hold, is named', async () => {
    const bundle = await bundleOf(trailEvents(), key);
    const donor = event(bundle.events, 'ex-a', 2);
    const spliced = forgedAfter(event(bundle.events, 'ex-b', 3), {
      type: 'frame',
      payload: donor.payload,
      streamSeq: donor.streamSeq,
    });
    const events = [...bundle.events, spliced];
    // The attacker lists the position again for the spliced event.
    const tampered = { ...rewritten(bundle, events), stream: streamEntriesOf(events) };
    const report = await verify(tampered);
    expect(kinds(report)).toEqual(expect.arrayContaining(['inserted', 'unsigned', 'missing_end']));
    expect(report.problems).toContainEqual(
      expect.objectContaining({
        kind: 'inserted',
        sessionId: 'ex-b',
        seq: 4,
        detail: expect.stringMatching(/listed twice|gives to ex-a seq 2/),
      }),
    );
  });

  it('an event spliced in from another gateway stream is named', async () => {
    const bundle = await bundleOf(trailEvents(), key);
    const spliced = forgedAfter(event(bundle.events, 'ex-a', 3), { gatewayId: 'gw-2', streamSeq: 0 });
    const report = await verify(rewritten(bundle, [...bundle.events, spliced]));
    expect(report.problems).toContainEqual(
      expect.objectContaining({ kind: 'unsigned', sessionId: 'ex-a', seq: 4 }),
    );
  });

  it('a stream record that gives an event position to another event is named', async () => {
    const bundle = await bundleOf(trailEvents(), key);
    bundle.stream = bundle.stream.map((entry) =>
      entry[3] === 'ex-a' && entry[4] === 1 ? [entry[0], entry[1], entry[2], 'ex-b', 9] : entry,
    );
    expect((await verify(bundle)).problems).toContainEqual(
      expect.objectContaining({ kind: 'inserted', sessionId: 'ex-a', seq: 1 }),
    );
  });

  it('a checkpoint replaced by one signed with another key is refused, and the events it signed are unsigned', async () => {
    const bundle = await bundleOf(trailEvents(), key);
    bundle.checkpoints = [await checkpointOf(bundle.events, otherKey)];
    bundle.keys = [otherKey.publicJwk];
    const report = await verify(bundle);
    expect(kinds(report)).toEqual(
      expect.arrayContaining(['unpublished_key', 'checkpoint_invalid', 'unsigned']),
    );
  });

  it('a signature stripped, or an algorithm header changed, is refused', async () => {
    const bundle = await bundleOf(trailEvents(), key);
    const [header, payload] = (bundle.checkpoints[0] as string).split('.') as [string, string];
    const reheader = (fields: Record<string, unknown>) =>
      Buffer.from(
        JSON.stringify({ ...JSON.parse(Buffer.from(header, 'base64url').toString()), ...fields }),
      ).toString('base64url');
    const hmac = await new CompactSign(Buffer.from(payload, 'base64url'))
      .setProtectedHeader({ alg: 'HS256', kid: key.keyId, typ: 'proctor-checkpoint+jws' })
      .sign(Buffer.from(key.publicJwk.x as string, 'base64url'));
    for (const jws of [`${header}.${payload}.`, `${reheader({ alg: 'none' })}.${payload}.`, hmac]) {
      const report = await verify({ ...bundle, checkpoints: [jws] });
      expect(kinds(report)).toContain('checkpoint_invalid');
      expect(report.ok).toBe(false);
    }
  });

  it('a manifest that lies about the subject, the counts, the time range or the stream ranges is named', async () => {
    const bundle = await bundleOf(trailEvents(), key);
    const lies: [string, (m: Bundle['manifest']) => Bundle['manifest'], RegExp][] = [
      ['subject', (m) => ({ ...m, subject: 'someone-else@example.com' }), /manifest's subject/],
      ['frames', (m) => ({ ...m, counts: { ...m.counts, frames: 1 } }), /manifest's counts/],
      ['events', (m) => ({ ...m, counts: { ...m.counts, events: 3 } }), /counts 3 events/],
      [
        'timeRange',
        (m) => ({ ...m, timeRange: { ...m.timeRange, to: '2030-01-01T00:00:00.000000Z' } }),
        /manifest's timeRange/,
      ],
      ['streamRanges', (m) => ({ ...m, streamRanges: [] }), /manifest's streamRanges/],
      ['sessions', (m) => ({ ...m, sessions: ['ex-b', 'ex-a'] }), /manifest's sessions/],
    ];
    for (const [field, lie, message] of lies) {
      const report = await verify({ ...bundle, manifest: lie(bundle.manifest) });
      expect({ field, kinds: kinds(report) }).toEqual({ field, kinds: ['manifest_mismatch'] });
      expect(report.problems[0]?.detail).toMatch(message);
    }
  });

  it('a key that is not a JWK at all is named, never a crash', async () => {
    const bundle = await bundleOf(trailEvents(), key);
    bundle.keys = [...bundle.keys, { kty: 'not-a-key-type' }];
    const report = await verify(await roundTrip(bundle));
    expect(report.problems).toEqual([
      expect.objectContaining({
        kind: 'unpublished_key',
        detail: expect.stringMatching(/not a valid public JWK/),
      }),
    ]);
  });
});
