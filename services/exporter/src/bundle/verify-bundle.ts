/**
 * Offline verification of a bundle: the hash chain of every session, the signed checkpoints
 * against the published keys, the gateway-stream positions the bundle spans, the manifest, and
 * each session's end. Every finding names the exact event (session, seq, event id).
 */

import { type IntegrityProblem, type StoredChainEvent, verifyAuditTrail } from '@proctor/integrity';
import { calculateJwkThumbprint, type JWK } from 'jose';
import {
  checkManifest,
  checkOrder,
  checkSigned,
  checkStream,
  type EventIndex,
  eventKey,
  indexEvents,
} from './bundle-checks';
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
    publishedIds.delete(null);
    for (const key of bundle.keys) {
      const id = await keyId(key);
      if (id === null || !publishedIds.has(id)) {
        problems.push({
          kind: 'unpublished_key',
          detail: `the bundle carries a key (kid ${String(key.kid ?? '?').slice(0, 80)}) that is not ${id === null ? 'a valid public JWK' : 'a published key'}`,
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
  } else problems.push(...checkSigned(bundle.events, report.signedThrough));
  problems.push(...checkSessions(bundle, sessions));
  problems.push(...checkManifest(bundle));
  problems.push(...checkOrder(bundle.events));
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

/** The key's RFC 7638 thumbprint; null for what is not a public JWK (never a throw). */
async function keyId(jwk: JWK): Promise<string | null> {
  return calculateJwkThumbprint(jwk).catch(() => null);
}

function withEventId(problem: IntegrityProblem, eventAt: EventIndex): BundleProblem {
  const out: BundleProblem = { kind: problem.kind, detail: problem.detail };
  if (problem.sessionId !== undefined) out.sessionId = problem.sessionId;
  const seq = problem.seq ?? problem.from;
  if (seq !== undefined) out.seq = seq;
  if (problem.sessionId !== undefined && problem.seq !== undefined) {
    const event = eventAt.get(eventKey(problem.sessionId, problem.seq));
    if (event) out.eventId = event.eventId;
  }
  return out;
}

/** A bundle event of a session the manifest does not list; a listed session without events. */
function checkSessions(bundle: Bundle, sessions: Set<string>): BundleProblem[] {
  const problems: BundleProblem[] = [];
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
