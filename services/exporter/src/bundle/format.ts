/**
 * The replay bundle: one file an auditor is handed for a session (or every exchange of one
 * trace), verifiable offline without trusting Proctor. NDJSON, one record per line:
 *
 *   {"kind":"proctor-bundle","version":1,"manifest":{…}}      first line
 *   {"kind":"event", …StoredChainEvent}                         the redacted events, in order
 *   {"kind":"stream","entries":[[gatewayId,epoch,streamSeq,sessionId,seq],…]}
 *   {"kind":"checkpoint","jws":"…"}                             signed chain heads (Ed25519)
 *   {"kind":"key","jwk":{…}}                                    public keys that signed them
 *   {"kind":"end","lines":N,"sha256":"…"}                       last line
 *
 * The stream record lists every gateway-stream position in the range the bundle's events
 * span, with the session it belongs to, so a whole session removed from the bundle leaves a
 * visible gap. The end line counts and hashes the lines before it: a cut or corrupted file is
 * told apart from a tampered one (tampering shows in the chain and the checkpoints).
 */
import type { StoredChainEvent } from '@proctor/integrity';
import type { JWK } from 'jose';

export const BUNDLE_KIND = 'proctor-bundle';
export const BUNDLE_VERSION = 1;

/** [gatewayId, epoch, streamSeq, sessionId, seq] */
export type StreamEntry = [string, number, number, string, number];

export interface BundleManifest {
  /** The sessions (stateful) or exchanges (stateless) in the bundle, in time order. */
  sessions: string[];
  tenant: string;
  subject: string;
  issuer: string;
  connection: string;
  era: string;
  protocolVersion: string;
  traceId: string;
  /** ISO-8601 times of the first and last event. */
  timeRange: { from: string; to: string };
  counts: { events: number; frames: number; byType: Record<string, number> };
  /** Avro writer schemas of the audit events, by fingerprint (hex). */
  schemaFingerprints: string[];
  /** Gateway-stream positions the events span, per gateway instance and epoch. */
  streamRanges: { gatewayId: string; epoch: number; from: number; to: number }[];
  createdAt: string;
  createdBy: string;
}

/** The order of a bundle's events: by time, then session, then seq (the builder writes them so). */
export function bundleOrder(a: StoredChainEvent, b: StoredChainEvent): number {
  return a.time - b.time || (a.sessionId < b.sessionId ? -1 : a.sessionId > b.sessionId ? 1 : a.seq - b.seq);
}

export interface Bundle {
  manifest: BundleManifest;
  events: StoredChainEvent[];
  stream: StreamEntry[];
  checkpoints: string[];
  keys: JWK[];
}
