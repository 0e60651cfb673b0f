/**
 * Test bundles: two exchanges of one trace on one gateway stream, signed by a checkpoint over
 * their heads, shared by the bundle format tests and the tamper-evidence attack tests.
 */
import { join } from 'node:path';
import {
  buildCheckpoint,
  type CheckpointKeyPair,
  chainHash,
  createCheckpointSigner,
  type SessionHead,
  type StoredChainEvent,
} from '@proctor/integrity';
import { chainedSession } from '../../../../packages/integrity/src/testing/sample-chain';
import { tempDir } from '../../../../test/harness';
import type { Bundle } from './format';
import { readBundle } from './reader';
import { manifestFor, streamEntriesOf, writeBundle } from './writer';

/** The session's last event rewritten as its end, re-hashed. */
export function endSession(events: StoredChainEvent[]): StoredChainEvent[] {
  const last = events[events.length - 1] as StoredChainEvent;
  const ended = {
    ...last,
    type: 'session_ended',
    direction: '',
    kind: '',
    method: '',
    payload: '',
    detail: '{"reason":"exchange_complete"}',
  };
  ended.hash = chainHash(ended.prevHash, ended);
  return [...events.slice(0, -1), ended];
}

/** Two exchanges of one trace interleaved on one gateway stream (a at even, b at odd positions), each ended. */
export function trailEvents(): StoredChainEvent[] {
  const a = endSession(chainedSession('ex-a', 4, { start: 0, step: 2 }));
  const b = endSession(chainedSession('ex-b', 4, { start: 1, step: 2 }));
  return [...a, ...b].sort((x, y) => (x.streamSeq ?? 0) - (y.streamSeq ?? 0));
}

/** The heads (last event of each session) of these events. */
export function headsOf(events: readonly StoredChainEvent[]): SessionHead[] {
  const heads = new Map<string, StoredChainEvent>();
  for (const e of events) if ((heads.get(e.sessionId)?.seq ?? -1) < e.seq) heads.set(e.sessionId, e);
  return [...heads.values()].map((e) => ({ sessionId: e.sessionId, seq: e.seq, hash: e.hash }));
}

/** A checkpoint over the heads of these events, signed with the key. */
export async function checkpointOf(
  events: readonly StoredChainEvent[],
  key: CheckpointKeyPair,
): Promise<string> {
  const signer = await createCheckpointSigner(key.privateJwk);
  return signer.sign(
    buildCheckpoint({
      issuer: 'ingest-1',
      scope: 'raw/0',
      eventCount: events.length,
      issuedAt: 1,
      sessions: headsOf(events),
      streams: [{ gatewayId: 'gw-1', epoch: 1, streamSeq: Math.max(...events.map((e) => e.streamSeq ?? 0)) }],
    }),
  );
}

/** A bundle of the events as the exporter builds it, signed by `signWith`, carrying `key`'s public half. */
export async function bundleOf(
  events: StoredChainEvent[],
  key: CheckpointKeyPair,
  signWith: CheckpointKeyPair = key,
): Promise<Bundle> {
  return {
    manifest: manifestFor(events, {
      schemaFingerprints: ['9621ed9c1c366cfd'],
      createdBy: 'auditor@example.com',
    }),
    events,
    stream: streamEntriesOf(events),
    checkpoints: [await checkpointOf(events, signWith)],
    keys: [key.publicJwk],
  };
}

/** The bundle written to a file and read back. */
export async function roundTrip(bundle: Bundle): Promise<Bundle> {
  const file = join(await tempDir('bundle'), 'session.bundle');
  await writeBundle(bundle, file);
  return readBundle(file);
}

export const kinds = (report: { problems: { kind: string }[] }): string[] =>
  report.problems.map((p) => p.kind);
