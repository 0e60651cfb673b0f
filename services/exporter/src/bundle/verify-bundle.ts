/**
 * Offline verification of a bundle: the hash chain of every session, the signed checkpoints
 * against the published keys, the gateway-stream positions the bundle spans, the manifest, and
 * each session's end. Every finding names the exact event (session, seq, event id).
 */

import { type IntegrityProblem, type StoredChainEvent, verifyAuditTrail } from '@proctor/integrity';
import { calculateJwkThumbprint, type JWK } from 'jose';
import type { Bundle } from './format';

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

export async function verifyBundle(bundle: Bundle, options: VerifyBundleOptions = {}): Promise<BundleReport> {
  const problems: BundleProblem[] = [];
  const warnings: string[] = [];
  const published = options.publishedKeys;
  let keys: readonly JWK[] = bundle.keys;
  if (published) {
    const publishedIds = new Set(await Promise.all(published.map(keyId)));
    for (const key of bundle.keys) {
      if (!publishedIds.has(await keyId(key))) {
        problems.push({
          kind: 'unpublished_key',
          detail: `the bundle carries a key (kid ${key.kid ?? '?'}) that is not a published key`,
        });
      }
    }
    keys = published;
  } else {
    warnings.push(
      'checkpoints were checked against the keys inside the bundle only; pass the published keys to check who signed them',
    );
  }
  const sessions = new Set(bundle.manifest.sessions);
  const report = await verifyAuditTrail({
    events: bundle.events,
    checkpoints: bundle.checkpoints,
    publicKeys: keys,
    sessions,
  });
  const eventAt = indexEvents(bundle.events);
  for (const problem of report.problems) problems.push(withEventId(problem, eventAt));
  if (bundle.checkpoints.length === 0) {
    problems.push({
      kind: 'unsigned',
      detail: 'the bundle carries no signed checkpoint: its events cannot be tied to what ingest stored',
    });
  }
  problems.push(...checkManifest(bundle, sessions));
  problems.push(...checkStream(bundle, sessions, eventAt));
  problems.push(...checkEnds(bundle));
  return {
    ok: problems.length === 0,
    sessions: report.sessions,
    events: report.events,
    checkpoints: report.checkpoints,
    problems,
    warnings,
  };
}

async function keyId(jwk: JWK): Promise<string> {
  return calculateJwkThumbprint(jwk);
}

type EventIndex = Map<string, StoredChainEvent>;

function indexEvents(events: readonly StoredChainEvent[]): EventIndex {
  const index: EventIndex = new Map();
  for (const event of events) index.set(`${event.sessionId}\u0000${event.seq}`, event);
  return index;
}

function withEventId(problem: IntegrityProblem, eventAt: EventIndex): BundleProblem {
  const out: BundleProblem = { kind: problem.kind, detail: problem.detail };
  if (problem.sessionId !== undefined) out.sessionId = problem.sessionId;
  const seq = problem.seq ?? problem.from;
  if (seq !== undefined) out.seq = seq;
  if (problem.sessionId !== undefined && problem.seq !== undefined) {
    const event = eventAt.get(`${problem.sessionId}\u0000${problem.seq}`);
    if (event) out.eventId = event.eventId;
  }
  return out;
}

function checkManifest(bundle: Bundle, sessions: Set<string>): BundleProblem[] {
  const problems: BundleProblem[] = [];
  const counted = bundle.manifest.counts.events;
  if (counted !== bundle.events.length) {
    problems.push({
      kind: 'manifest_mismatch',
      detail: `the manifest counts ${counted} events, the bundle holds ${bundle.events.length}`,
    });
  }
  for (const event of bundle.events) {
    if (!sessions.has(event.sessionId)) {
      problems.push({
        kind: 'inserted',
        sessionId: event.sessionId,
        seq: event.seq,
        eventId: event.eventId,
        detail: 'the event belongs to a session the manifest does not list',
      });
    }
  }
  const present = new Set(bundle.events.map((e) => e.sessionId));
  for (const session of sessions) {
    if (!present.has(session))
      problems.push({
        kind: 'missing_session',
        sessionId: session,
        detail: 'the manifest lists the session but the bundle holds none of its events',
      });
  }
  return problems;
}

/**
 * The stream record lists every gateway-stream position in the bundle's range. A position
 * missing from it, or one that names a bundle session whose event is absent, is a removal; an
 * event whose position the record does not list was added.
 */
function checkStream(bundle: Bundle, sessions: Set<string>, eventAt: EventIndex): BundleProblem[] {
  const problems: BundleProblem[] = [];
  const byStream = new Map<string, number[]>();
  const listed = new Set<string>();
  for (const [gatewayId, epoch, streamSeq, sessionId, seq] of bundle.stream) {
    const key = `${gatewayId}\u0000${epoch}`;
    const list = byStream.get(key) ?? [];
    list.push(streamSeq);
    byStream.set(key, list);
    listed.add(`${key}\u0000${streamSeq}`);
    if (sessions.has(sessionId) && !eventAt.has(`${sessionId}\u0000${seq}`)) {
      problems.push({
        kind: 'deleted',
        sessionId,
        seq,
        detail: `stream position ${gatewayId}/${epoch}/${streamSeq} names this event, which is not in the bundle`,
      });
    }
  }
  for (const [key, positions] of byStream) {
    positions.sort((a, b) => a - b);
    for (let i = 1; i < positions.length; i++) {
      const previous = positions[i - 1] as number;
      const current = positions[i] as number;
      if (current > previous + 1) {
        const [gatewayId, epoch] = key.split('\u0000');
        problems.push({
          kind: 'stream_gap',
          detail: `gateway stream ${gatewayId}/${epoch}: positions ${previous + 1}..${current - 1} are missing (events, possibly a whole session, were removed)`,
        });
      }
    }
  }
  for (const event of bundle.events) {
    if (event.gatewayEpoch === null || event.streamSeq === null) continue;
    if (!listed.has(`${event.gatewayId}\u0000${event.gatewayEpoch}\u0000${event.streamSeq}`)) {
      problems.push({
        kind: 'inserted',
        sessionId: event.sessionId,
        seq: event.seq,
        eventId: event.eventId,
        detail: 'the event has a gateway-stream position the stream record does not list',
      });
    }
  }
  return problems;
}

/** Every session ends with session_ended: a bundle cut short loses it. */
function checkEnds(bundle: Bundle): BundleProblem[] {
  const last = new Map<string, StoredChainEvent>();
  for (const event of bundle.events) {
    const seen = last.get(event.sessionId);
    if (!seen || event.seq > seen.seq) last.set(event.sessionId, event);
  }
  const problems: BundleProblem[] = [];
  for (const [sessionId, event] of last) {
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
