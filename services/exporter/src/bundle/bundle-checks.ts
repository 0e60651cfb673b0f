/**
 * What a bundle says beside its chain and checkpoints — the manifest, the line order, the
 * stream record — checked against its events, and which events no valid checkpoint signs.
 * The manifest and the stream record are not signed: each is recomputed from the events (whose
 * content the chain and the checkpoints protect) and any difference is named.
 */
import { canonicalJson, type JsonValue, type StoredChainEvent } from '@proctor/integrity';
import { type BundleManifest, bundleOrder, type StreamEntry } from './format';
import type { ManifestAccumulator } from './manifest';
import type { BundleProblem } from './verify-bundle';

/** What the stream checks need of an event. */
export type PositionedEvent = Pick<
  StoredChainEvent,
  'sessionId' | 'seq' | 'eventId' | 'gatewayId' | 'gatewayEpoch' | 'streamSeq'
>;

export const eventKey = (sessionId: string, seq: number): string => `${sessionId}\u0000${seq}`;

/** The manifest fields that follow from the events, in the order a reader meets them. */
const DERIVED_FIELDS = [
  'sessions',
  'tenant',
  'subject',
  'issuer',
  'connection',
  'era',
  'protocolVersion',
  'traceId',
  'timeRange',
  'counts',
  'streamRanges',
] as const satisfies readonly (keyof BundleManifest)[];

/** Every manifest field that differs from what the events give. */
export function checkManifest(manifest: BundleManifest, events: ManifestAccumulator): BundleProblem[] {
  if (events.events === 0) return [];
  const counted = manifest.counts.events;
  const problems: BundleProblem[] =
    counted === events.events
      ? []
      : [
          {
            kind: 'manifest_mismatch',
            detail: `the manifest counts ${counted} events, the bundle holds ${events.events}`,
          },
        ];
  const expected = events.manifest({
    schemaFingerprints: manifest.schemaFingerprints,
    createdBy: manifest.createdBy,
  });
  for (const field of DERIVED_FIELDS) {
    const said = comparable(field, manifest[field]);
    const given = comparable(field, expected[field]);
    if (said === given) continue;
    problems.push({
      kind: 'manifest_mismatch',
      detail: `the manifest's ${field} is ${shorten(said)}, its events give ${shorten(given)}`,
    });
  }
  return problems;
}

function comparable(field: (typeof DERIVED_FIELDS)[number], value: unknown): string {
  if (field === 'counts') {
    // The event count is named on its own, above.
    const { frames, byType } = value as BundleManifest['counts'];
    return canonicalJson({ frames, byType });
  }
  if (field === 'streamRanges') {
    const ranges = [...(value as BundleManifest['streamRanges'])].sort((a, b) =>
      a.gatewayId < b.gatewayId ? -1 : a.gatewayId > b.gatewayId ? 1 : a.epoch - b.epoch,
    );
    return canonicalJson(ranges as unknown as JsonValue);
  }
  return canonicalJson(value as JsonValue);
}

function shorten(text: string): string {
  return text.length > 160 ? `${text.slice(0, 160)}…` : text;
}

/** The builder writes events by time, session and seq: a line out of that order was moved. */
export class OrderCheck {
  readonly problems: BundleProblem[] = [];
  private before: StoredChainEvent | undefined;
  private index = 0;

  add(event: StoredChainEvent): void {
    this.index++;
    const before = this.before;
    this.before = event;
    if (before === undefined || bundleOrder(before, event) <= 0) return;
    this.problems.push({
      kind: 'reordered',
      sessionId: event.sessionId,
      seq: event.seq,
      eventId: event.eventId,
      detail: `event ${this.index} of the bundle comes before session ${before.sessionId} seq ${before.seq} in time, session and seq order, yet is listed after it: the bundle's lines were moved`,
    });
  }
}

/**
 * The stream record lists every gateway-stream position in the bundle's range once. A position
 * listed twice, or given to another event than the one that holds it, was forged; a position
 * missing from it, or one that names a bundle session whose event is absent, is a removal; an
 * event whose position the record does not list was added.
 */
export function checkStream(
  stream: Iterable<StreamEntry>,
  events: readonly PositionedEvent[],
  sessions: ReadonlySet<string>,
): BundleProblem[] {
  const eventAt = new Set(events.map((e) => eventKey(e.sessionId, e.seq)));
  const problems: BundleProblem[] = [];
  const byStream = new Map<string, number[]>();
  const listed = new Map<string, string>();
  for (const [gatewayId, epoch, streamSeq, sessionId, seq] of stream) {
    const key = `${gatewayId}\u0000${epoch}`;
    const position = `${key}\u0000${streamSeq}`;
    if (listed.has(position)) {
      problems.push({
        kind: 'inserted',
        sessionId,
        seq,
        detail: `stream position ${gatewayId}/${epoch}/${streamSeq} is listed twice in the stream record`,
      });
      continue;
    }
    listed.set(position, eventKey(sessionId, seq));
    const list = byStream.get(key) ?? [];
    list.push(streamSeq);
    byStream.set(key, list);
    if (sessions.has(sessionId) && !eventAt.has(eventKey(sessionId, seq))) {
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
  for (const event of events) {
    if (event.gatewayEpoch === null || event.streamSeq === null) continue;
    const position = `${event.gatewayId}/${event.gatewayEpoch}/${event.streamSeq}`;
    const holder = listed.get(`${event.gatewayId}\u0000${event.gatewayEpoch}\u0000${event.streamSeq}`);
    if (holder === eventKey(event.sessionId, event.seq)) continue;
    const at = { sessionId: event.sessionId, seq: event.seq, eventId: event.eventId };
    problems.push({
      kind: 'inserted',
      ...at,
      detail:
        holder === undefined
          ? 'the event has a gateway-stream position the stream record does not list'
          : `the event claims stream position ${position}, which the stream record gives to ${holder.replace('\u0000', ' seq ')}`,
    });
  }
  return problems;
}

/**
 * Events after the last seq a valid checkpoint signs for their session are tied to nothing
 * signed: a tail cut and re-ended by someone who also dropped the later checkpoints looks
 * exactly like them. Named per session, so the auditor knows which events rest on the chain alone.
 */
export class UnsignedCheck {
  private readonly unsigned = new Map<string, { from: number; to: number; eventId: string }>();

  constructor(private readonly signedThrough: ReadonlyMap<string, number>) {}

  add(event: StoredChainEvent): void {
    const signed = this.signedThrough.get(event.sessionId) ?? -1;
    if (event.seq <= signed) return;
    const range = this.unsigned.get(event.sessionId);
    if (!range)
      this.unsigned.set(event.sessionId, { from: event.seq, to: event.seq, eventId: event.eventId });
    else if (event.seq < range.from) Object.assign(range, { from: event.seq, eventId: event.eventId });
    else range.to = Math.max(range.to, event.seq);
  }

  problems(): BundleProblem[] {
    return [...this.unsigned].map(([sessionId, { from, to, eventId }]) => {
      const signed = this.signedThrough.get(sessionId);
      return {
        kind: 'unsigned',
        sessionId,
        seq: from,
        eventId,
        detail: `seq ${from}..${to} come after ${signed === undefined ? 'no checkpoint of this session' : `seq ${signed}, the last a valid checkpoint signs`}: nothing signed ties them to what ingest stored (a cut tail given a new end looks the same; a bundle taken before ingest's next checkpoint too — export it again then)`,
      };
    });
  }
}
