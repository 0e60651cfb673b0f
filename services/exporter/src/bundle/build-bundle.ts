/**
 * Builds a bundle from the audit store: the events of one session (or of every exchange of one
 * trace), the stream positions their range spans, the checkpoints that sign their heads, and
 * the published keys.
 */
import type { ClickHouseClient } from '@clickhouse/client';
import type { AuditStore } from '@proctor/audit-store';
import { ProctorError } from '@proctor/errors';
import { checkpointKeyId, type StoredChainEvent } from '@proctor/integrity';
import type { JWK } from 'jose';
import { EVENT_RECORDS } from '../exports/record-kinds';
import { readAllRecords } from '../exports/record-query';
import { type Bundle, bundleOrder, type StreamEntry } from './format';
import { manifestFor } from './writer';

export interface BundleSource {
  client: ClickHouseClient;
  database: string;
  store: AuditStore;
  publishedKeys: () => Promise<JWK[]>;
  schemaFingerprints: string[];
}

export interface BundleTarget {
  tenants: readonly string[];
  sessionId?: string;
  traceId?: string;
  createdBy: string;
  /** Told how many events have been read so far. */
  onProgress?: (events: number) => void;
  /** Most events one bundle holds (default 250,000): a bundle is built in memory. */
  maxEvents?: number;
  /** Most bytes of payload and detail one bundle holds (default 256 MiB): events can be megabytes each. */
  maxBytes?: number;
}

/** Default cap of a bundle's events: about a gigabyte of memory while it is built and verified. */
export const MAX_BUNDLE_EVENTS = 250_000;
/** Default cap of a bundle's payload bytes: a few hundred events of a client sending 4 MB frames fill it. */
export const MAX_BUNDLE_BYTES = 256 * 1024 * 1024;

/** Bytes of payload one read of the store carries at most while a bundle is built. */
const READ_PAGE_BYTES = 32 * 1024 * 1024;

export class BundleNotFoundError extends ProctorError<'SESSION_NOT_FOUND'> {
  constructor(message: string) {
    super(message, { code: 'SESSION_NOT_FOUND', httpStatus: 404, retryable: false });
  }
}

export class BundleTooLargeError extends ProctorError<'BUNDLE_TOO_LARGE'> {
  constructor(limit: { events: number } | { bytes: number }) {
    const over =
      'events' in limit ? `more than ${limit.events} events` : `more than ${limit.bytes} bytes of payload`;
    super(
      `the session or trace has ${over}, too much for one bundle: export its log as NDJSON (GET /v1/sessions/{id}/log?format=ndjson) and check the store with proctor verify --store`,
      { code: 'BUNDLE_TOO_LARGE', httpStatus: 413, retryable: false },
    );
  }
}

export async function buildBundle(source: BundleSource, target: BundleTarget): Promise<Bundle> {
  const maxEvents = target.maxEvents ?? MAX_BUNDLE_EVENTS;
  const maxBytes = target.maxBytes ?? MAX_BUNDLE_BYTES;
  const filters =
    target.sessionId !== undefined ? { session: target.sessionId } : { trace: target.traceId as string };
  const events: StoredChainEvent[] = [];
  let bytes = 0;
  for await (const row of readAllRecords(source.client, source.database, EVENT_RECORDS, {
    tenants: target.tenants,
    filters,
    // Pages no larger than the whole bundle may be: the cap holds while the events are read.
    maxBytes: Math.min(maxBytes, READ_PAGE_BYTES),
  })) {
    if (events.length >= maxEvents) throw new BundleTooLargeError({ events: maxEvents });
    const event = row as unknown as StoredChainEvent;
    bytes += Buffer.byteLength(event.payload) + Buffer.byteLength(event.detail);
    if (bytes > maxBytes) throw new BundleTooLargeError({ bytes: maxBytes });
    events.push(event);
    if (events.length % 1000 === 0) target.onProgress?.(events.length);
  }
  if (events.length === 0)
    throw new BundleNotFoundError(
      target.sessionId !== undefined ? 'no events for this session id' : 'no events for this trace id',
    );
  events.sort(bundleOrder);
  const sessions = [...new Set(events.map((e) => e.sessionId))];
  const checkpoints = new Map<string, string>();
  for (const sessionId of sessions) {
    for (const row of await source.store.listCheckpoints({ sessionId }))
      checkpoints.set(row.checkpointId, row.jws);
  }
  const manifest = manifestFor(events, {
    schemaFingerprints: source.schemaFingerprints,
    createdBy: target.createdBy,
  });
  return {
    manifest,
    events,
    stream: await streamEntries(source, manifest.streamRanges),
    checkpoints: [...checkpoints.values()],
    keys: keysSigning(await source.publishedKeys(), checkpoints.values()),
  };
}

/** The published keys (current or retired) that signed the bundle's checkpoints. */
function keysSigning(published: readonly JWK[], checkpoints: Iterable<string>): JWK[] {
  const used = new Set([...checkpoints].map(checkpointKeyId));
  return published.filter((k) => used.has(k.kid));
}

/** Every stored event's stream position in the ranges (all sessions, not only the bundle's). */
async function streamEntries(
  source: BundleSource,
  ranges: readonly { gatewayId: string; epoch: number; from: number; to: number }[],
): Promise<StreamEntry[]> {
  const entries: StreamEntry[] = [];
  for (const range of ranges) {
    const result = await source.client.query({
      query: `SELECT DISTINCT gateway_id, gateway_epoch, stream_seq, session_id, seq FROM ${source.database}.events
              WHERE gateway_id = {g:String} AND gateway_epoch = {e:UInt64} AND stream_seq BETWEEN {from:UInt64} AND {to:UInt64}
              ORDER BY stream_seq`,
      query_params: { g: range.gatewayId, e: range.epoch, from: range.from, to: range.to },
      format: 'JSONEachRow',
    });
    for (const row of await result.json<{
      gateway_id: string;
      gateway_epoch: string;
      stream_seq: string;
      session_id: string;
      seq: string;
    }>()) {
      entries.push([
        row.gateway_id,
        Number(row.gateway_epoch),
        Number(row.stream_seq),
        row.session_id,
        Number(row.seq),
      ]);
    }
  }
  return entries;
}
