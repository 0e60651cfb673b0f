/**
 * A bundle's manifest, built from its events one at a time and in any order: the result is
 * the manifest of the events sorted in bundle order, with memory for the sessions and the
 * gateway streams only, not the events.
 */
import type { StoredChainEvent } from '@proctor/integrity';
import { type BundleManifest, bundleOrder } from './format';

interface StreamRange {
  gatewayId: string;
  epoch: number;
  from: number;
  to: number;
  /** Its first event in bundle order: ranges are listed in that order. */
  first: StoredChainEvent;
}

export class ManifestAccumulator {
  private count = 0;
  private first: StoredChainEvent | undefined;
  private last: StoredChainEvent | undefined;
  private readonly byType: Record<string, number> = {};
  /** Each session's first event in bundle order: sessions are listed in that order. */
  private readonly sessions = new Map<string, StoredChainEvent>();
  private readonly ranges = new Map<string, StreamRange>();

  get events(): number {
    return this.count;
  }

  add(event: StoredChainEvent): void {
    this.count++;
    if (this.first === undefined || bundleOrder(event, this.first) < 0) this.first = event;
    if (this.last === undefined || bundleOrder(event, this.last) >= 0) this.last = event;
    this.byType[event.type] = (this.byType[event.type] ?? 0) + 1;
    const seen = this.sessions.get(event.sessionId);
    if (seen === undefined || bundleOrder(event, seen) < 0) this.sessions.set(event.sessionId, event);
    if (event.gatewayEpoch === null || event.streamSeq === null) return;
    const key = `${event.gatewayId}\u0000${event.gatewayEpoch}`;
    const range = this.ranges.get(key);
    if (range === undefined) {
      this.ranges.set(key, {
        gatewayId: event.gatewayId,
        epoch: event.gatewayEpoch,
        from: event.streamSeq,
        to: event.streamSeq,
        first: event,
      });
      return;
    }
    range.from = Math.min(range.from, event.streamSeq);
    range.to = Math.max(range.to, event.streamSeq);
    if (bundleOrder(event, range.first) < 0) range.first = event;
  }

  manifest(extra: { schemaFingerprints: string[]; createdBy: string; now?: Date }): BundleManifest {
    const { first, last } = this;
    if (!first || !last) throw new Error('a bundle needs at least one event');
    const byFirst = <T>(entries: Iterable<[T, StoredChainEvent]>) =>
      [...entries].sort((a, b) => bundleOrder(a[1], b[1])).map(([value]) => value);
    return {
      sessions: byFirst(this.sessions.entries()),
      tenant: first.tenant,
      subject: first.subject,
      issuer: first.issuer,
      connection: first.connection,
      era: first.era,
      protocolVersion: first.protocolVersion,
      traceId: first.traceId,
      timeRange: { from: isoFromMicros(first.time), to: isoFromMicros(last.time) },
      counts: { events: this.count, frames: this.byType.frame ?? 0, byType: { ...this.byType } },
      schemaFingerprints: extra.schemaFingerprints,
      streamRanges: byFirst(
        [...this.ranges.values()].map(
          ({ first: at, ...range }): [Omit<StreamRange, 'first'>, StoredChainEvent] => [range, at],
        ),
      ),
      createdAt: (extra.now ?? new Date()).toISOString(),
      createdBy: extra.createdBy,
    };
  }
}

/** The manifest a bundle of these events gets. */
export function manifestFor(
  events: Iterable<StoredChainEvent>,
  extra: { schemaFingerprints: string[]; createdBy: string; now?: Date },
): BundleManifest {
  const manifest = new ManifestAccumulator();
  for (const event of events) manifest.add(event);
  return manifest.manifest(extra);
}

export function isoFromMicros(micros: number): string {
  const iso = new Date(Math.floor(micros / 1000)).toISOString();
  return `${iso.slice(0, 23)}${String(micros % 1000).padStart(3, '0')}Z`;
}
