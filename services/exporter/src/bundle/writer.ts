import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { StoredChainEvent } from '@proctor/integrity';
import type { JWK } from 'jose';
import { BUNDLE_KIND, BUNDLE_VERSION, type Bundle, type BundleManifest, type StreamEntry } from './format';

/** The bundle's lines, end line included: a generator, so a large session streams to disk. */
export function* bundleLines(bundle: Bundle): Generator<string> {
  const hash = createHash('sha256');
  let count = 0;
  const emit = (record: unknown) => {
    const line = `${JSON.stringify(record)}\n`;
    hash.update(line);
    count++;
    return line;
  };
  yield emit({ kind: BUNDLE_KIND, version: BUNDLE_VERSION, manifest: bundle.manifest });
  // The event's own kind (request, response, …) travels as frameKind: `kind` names the line.
  for (const event of bundle.events) yield emit({ ...event, kind: 'event', frameKind: event.kind });
  yield emit({ kind: 'stream', entries: bundle.stream });
  for (const jws of bundle.checkpoints) yield emit({ kind: 'checkpoint', jws });
  for (const jwk of bundle.keys) yield emit({ kind: 'key', jwk });
  yield `${JSON.stringify({ kind: 'end', lines: count, sha256: hash.digest('hex') })}\n`;
}

export async function writeBundle(bundle: Bundle, file: string): Promise<void> {
  const out = createWriteStream(file, { mode: 0o640 });
  for (const line of bundleLines(bundle)) {
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** The manifest a bundle of these events (sorted by time) gets. */
export function manifestFor(
  events: readonly StoredChainEvent[],
  extra: { schemaFingerprints: string[]; createdBy: string; now?: Date },
): BundleManifest {
  const first = events[0];
  const last = events[events.length - 1];
  if (!first || !last) throw new Error('a bundle needs at least one event');
  const byType: Record<string, number> = {};
  const sessions: string[] = [];
  const ranges = new Map<string, { gatewayId: string; epoch: number; from: number; to: number }>();
  for (const event of events) {
    byType[event.type] = (byType[event.type] ?? 0) + 1;
    if (!sessions.includes(event.sessionId)) sessions.push(event.sessionId);
    if (event.gatewayEpoch !== null && event.streamSeq !== null) {
      const key = `${event.gatewayId}\u0000${event.gatewayEpoch}`;
      const range = ranges.get(key);
      if (!range) {
        ranges.set(key, {
          gatewayId: event.gatewayId,
          epoch: event.gatewayEpoch,
          from: event.streamSeq,
          to: event.streamSeq,
        });
      } else {
        range.from = Math.min(range.from, event.streamSeq);
        range.to = Math.max(range.to, event.streamSeq);
      }
    }
  }
  return {
    sessions,
    tenant: first.tenant,
    subject: first.subject,
    issuer: first.issuer,
    connection: first.connection,
    era: first.era,
    protocolVersion: first.protocolVersion,
    traceId: first.traceId,
    timeRange: { from: isoFromMicros(first.time), to: isoFromMicros(last.time) },
    counts: { events: events.length, frames: byType.frame ?? 0, byType },
    schemaFingerprints: extra.schemaFingerprints,
    streamRanges: [...ranges.values()],
    createdAt: (extra.now ?? new Date()).toISOString(),
    createdBy: extra.createdBy,
  };
}

/** The stream entries of the events themselves (a store adds the other sessions' positions in range). */
export function streamEntriesOf(events: readonly StoredChainEvent[]): StreamEntry[] {
  return events
    .filter((e) => e.gatewayEpoch !== null && e.streamSeq !== null)
    .map(
      (e): StreamEntry => [e.gatewayId, e.gatewayEpoch as number, e.streamSeq as number, e.sessionId, e.seq],
    );
}

export function isoFromMicros(micros: number): string {
  const iso = new Date(Math.floor(micros / 1000)).toISOString();
  return `${iso.slice(0, 23)}${String(micros % 1000).padStart(3, '0')}Z`;
}

export type { JWK };
