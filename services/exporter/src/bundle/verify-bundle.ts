/**
 * Offline verification of a bundle: the hash chain of every session, the signed checkpoints
 * against the published keys, the gateway-stream positions the bundle spans, the manifest, and
 * each session's end. Every finding names the exact event (session, seq, event id).
 */

import {
  type IntegrityProblem,
  type StoredChainEvent,
  TrailFollower,
  verifyCheckpoints,
} from '@proctor/integrity';
import { calculateJwkThumbprint, type JWK } from 'jose';
import { checkManifest, checkStream, OrderCheck, type PositionedEvent, UnsignedCheck } from './bundle-checks';
import type { Bundle, BundleManifest, StreamEntry } from './format';
import { ManifestAccumulator } from './manifest';
import { BundleFormatError, type BundleRecord, bundleRecords, type ReadLimits } from './reader';
import { StreamDigest } from './stream-digest';

export type BundleProblemKind =
  | IntegrityProblem['kind']
  | 'missing_end'
  | 'manifest_mismatch'
  | 'unpublished_key'
  | 'unsigned';

export interface BundleProblem {
  kind: BundleProblemKind;
  sessionId?: string;
  seq?: number;
  eventId?: string;
  detail: string;
}

export interface BundleReport {
  ok: boolean;
  sessions: number;
  events: number;
  checkpoints: number;
  problems: BundleProblem[];
  /** Said when the checkpoints were checked against the bundle's own keys only. */
  warnings: string[];
}

export interface VerifyBundleOptions {
  /** The keys the exporter publishes (GET /v1/keys). Without them, the bundle's own keys are used and a warning is given. */
  publishedKeys?: readonly JWK[];
}

/** An event line or a stream line of a bundle. */
export type BundleBodyRecord = Extract<BundleRecord, { kind: 'event' | 'stream' }>;

/** What a verification reads of a bundle: the small parts at once, the events and the stream record as often as needed. */
export interface BundleSource {
  manifest: BundleManifest;
  checkpoints: readonly string[];
  keys: readonly JWK[];
  /** The event and stream lines, in any order. */
  body(): AsyncIterable<BundleBodyRecord>;
}

/** Verifies a bundle held in memory. */
export function verifyBundle(bundle: Bundle, options: VerifyBundleOptions = {}): Promise<BundleReport> {
  return verifyBundleSource(
    {
      manifest: bundle.manifest,
      checkpoints: bundle.checkpoints,
      keys: bundle.keys,
      body: async function* () {
        for (const event of bundle.events) yield { kind: 'event', event };
        yield { kind: 'stream', entries: bundle.stream };
      },
    },
    options,
  );
}

/**
 * Verifies a bundle file in memory that does not grow with its events: a first pass reads its
 * manifest, checkpoints and keys (and checks every line's form and the end line), a second
 * follows its events and its stream record. A stream record that disagrees with the events is read once more to
 * name each difference. A file that changes between the passes is refused.
 */
export async function verifyBundleFile(
  file: string,
  options: VerifyBundleOptions & { limits?: ReadLimits } = {},
): Promise<BundleReport> {
  const head: { manifest?: BundleManifest; checkpoints: string[]; keys: JWK[]; sha256?: string } = {
    checkpoints: [],
    keys: [],
  };
  for await (const record of bundleRecords(file, options.limits)) {
    if (record.kind === 'manifest') head.manifest = record.manifest;
    else if (record.kind === 'checkpoint') head.checkpoints.push(record.jws);
    else if (record.kind === 'key') head.keys.push(record.jwk);
    else if (record.kind === 'end') head.sha256 = record.sha256;
  }
  const { manifest, sha256 } = head;
  if (manifest === undefined || sha256 === undefined)
    throw new BundleFormatError('BUNDLE_INVALID', 'not a Proctor bundle');
  async function* body(): AsyncGenerator<BundleBodyRecord> {
    for await (const record of bundleRecords(file, options.limits)) {
      if (record.kind === 'end' && record.sha256 !== sha256)
        throw new BundleFormatError('BUNDLE_INVALID', 'the file changed while it was being verified');
      if (record.kind === 'event' || record.kind === 'stream') yield record;
    }
  }
  return verifyBundleSource(
    {
      manifest,
      checkpoints: head.checkpoints,
      keys: head.keys,
      body,
    },
    options,
  );
}

export async function verifyBundleSource(
  bundle: BundleSource,
  options: VerifyBundleOptions = {},
): Promise<BundleReport> {
  const problems: BundleProblem[] = [];
  const warnings: string[] = [];
  const keys = await checkingKeys(bundle.keys, options.publishedKeys, problems, warnings);
  const sessions = new Set(bundle.manifest.sessions);
  const integrity: IntegrityProblem[] = [];
  const statements = (await verifyCheckpoints(bundle.checkpoints, keys, integrity)).map((v) => v.statement);
  const trail = new TrailFollower(statements, { sessions });
  const digest = new StreamDigest(sessions);
  const manifest = new ManifestAccumulator();
  const order = new OrderCheck();
  const unsigned = new UnsignedCheck(signedThrough(statements));
  const membership = new SessionsCheck(sessions);
  for await (const record of bundle.body()) {
    if (record.kind === 'stream') {
      for (const entry of record.entries) digest.addEntry(entry);
      continue;
    }
    const { event } = record;
    trail.add(event);
    digest.addEvent(event);
    manifest.add(event);
    order.add(event);
    unsigned.add(event);
    membership.add(event);
  }
  const followed = trail.finish();
  for (const problem of [...integrity, ...followed.problems]) problems.push(asBundleProblem(problem));
  if (bundle.checkpoints.length === 0) {
    problems.push({
      kind: 'unsigned',
      detail: 'the bundle carries no signed checkpoint: its events cannot be tied to what ingest stored',
    });
  } else problems.push(...unsigned.problems());
  problems.push(...membership.sessionProblems());
  problems.push(...checkManifest(bundle.manifest, manifest));
  problems.push(...order.problems);
  if (!digest.consistent()) problems.push(...(await preciseStreamCheck(bundle, sessions)));
  problems.push(...membership.endProblems());
  return {
    ok: problems.length === 0,
    sessions: followed.sessions,
    events: followed.events,
    checkpoints: statements.length,
    problems,
    warnings,
  };
}

/** The keys checkpoints are checked against: the published ones (naming any bundle key they lack), else the bundle's own with a warning. */
async function checkingKeys(
  own: readonly JWK[],
  published: readonly JWK[] | undefined,
  problems: BundleProblem[],
  warnings: string[],
): Promise<readonly JWK[]> {
  if (!published) {
    warnings.push(
      'checkpoints were checked against the keys inside the bundle only; pass the published keys to check who signed them',
    );
    return own;
  }
  const publishedIds = new Set(await Promise.all(published.map(keyId)));
  publishedIds.delete(null);
  for (const key of own) {
    const id = await keyId(key);
    if (id === null || !publishedIds.has(id)) {
      problems.push({
        kind: 'unpublished_key',
        detail: `the bundle carries a key (kid ${String(key.kid ?? '?').slice(0, 80)}) that is not ${id === null ? 'a valid public JWK' : 'a published key'}`,
      });
    }
  }
  return published;
}

function signedThrough(statements: readonly { sessions: readonly { sessionId: string; seq: number }[] }[]) {
  const heads = new Map<string, number>();
  for (const statement of statements)
    for (const head of statement.sessions)
      heads.set(head.sessionId, Math.max(heads.get(head.sessionId) ?? -1, head.seq));
  return heads;
}

/** The stream record and the events' positions held in memory (a few dozen bytes per event) to name each difference. */
async function preciseStreamCheck(
  bundle: BundleSource,
  sessions: ReadonlySet<string>,
): Promise<BundleProblem[]> {
  const stream: StreamEntry[] = [];
  const events: PositionedEvent[] = [];
  for await (const record of bundle.body()) {
    if (record.kind === 'stream') for (const entry of record.entries) stream.push(entry);
    else {
      const { sessionId, seq, eventId, gatewayId, gatewayEpoch, streamSeq } = record.event;
      events.push({ sessionId, seq, eventId, gatewayId, gatewayEpoch, streamSeq });
    }
  }
  return checkStream(stream, events, sessions);
}

/** The key's RFC 7638 thumbprint; null for what is not a public JWK (never a throw). */
async function keyId(jwk: JWK): Promise<string | null> {
  return calculateJwkThumbprint(jwk).catch(() => null);
}

function asBundleProblem(problem: IntegrityProblem): BundleProblem {
  const out: BundleProblem = { kind: problem.kind, detail: problem.detail };
  if (problem.sessionId !== undefined) out.sessionId = problem.sessionId;
  const seq = problem.seq ?? problem.from;
  if (seq !== undefined) out.seq = seq;
  if (problem.eventId !== undefined) out.eventId = problem.eventId;
  return out;
}

/** Events of sessions the manifest does not list, listed sessions without events, and sessions that do not end. */
class SessionsCheck {
  private readonly outside: BundleProblem[] = [];
  private readonly last = new Map<string, Pick<StoredChainEvent, 'seq' | 'type' | 'eventId'>>();

  constructor(private readonly sessions: ReadonlySet<string>) {}

  add(event: StoredChainEvent): void {
    if (!this.sessions.has(event.sessionId)) {
      this.outside.push({
        kind: 'inserted',
        sessionId: event.sessionId,
        seq: event.seq,
        eventId: event.eventId,
        detail: 'the event belongs to a session the manifest does not list',
      });
    }
    const seen = this.last.get(event.sessionId);
    if (!seen || event.seq > seen.seq)
      this.last.set(event.sessionId, { seq: event.seq, type: event.type, eventId: event.eventId });
  }

  sessionProblems(): BundleProblem[] {
    const problems = [...this.outside];
    for (const session of this.sessions) {
      if (!this.last.has(session))
        problems.push({
          kind: 'missing_session',
          sessionId: session,
          detail: 'the manifest lists the session but the bundle holds none of its events',
        });
    }
    return problems;
  }

  /** Every session ends with session_ended: a bundle cut short loses it. */
  endProblems(): BundleProblem[] {
    const problems: BundleProblem[] = [];
    for (const [sessionId, event] of this.last) {
      if (event.type !== 'session_ended') {
        problems.push({
          kind: 'missing_end',
          sessionId,
          seq: event.seq,
          eventId: event.eventId,
          detail: `the session's last event (seq ${event.seq}) is a ${event.type}, not its end: the session was cut or is still open`,
        });
      }
    }
    return problems;
  }
}
