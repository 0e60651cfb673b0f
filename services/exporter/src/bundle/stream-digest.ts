/**
 * The stream record checked against the events without indexing either: per gateway stream
 * the count, lowest and highest position and an additive digest of its positions (listed
 * once each, no gap: the digest of the positions equals that of the whole range), and one
 * digest of the entries that name a bundle session against one of the events' own positions
 * (every event listed at its position, every listed event present). Sums of SHA-256 modulo
 * 2^256 do not depend on order, so both sides are read once, in any order, in constant
 * memory. When anything differs, the precise check (checkStream) names each difference.
 */
import { createHash } from 'node:crypto';
import type { StreamEntry } from './format';

const MODULUS = 1n << 256n;

function digestOf(parts: readonly (string | number)[]): bigint {
  return BigInt(`0x${createHash('sha256').update(JSON.stringify(parts)).digest('hex')}`);
}

class MultisetDigest {
  count = 0;
  sum = 0n;

  add(parts: readonly (string | number)[]): void {
    this.count++;
    this.sum = (this.sum + digestOf(parts)) % MODULUS;
  }

  equals(other: MultisetDigest): boolean {
    return this.count === other.count && this.sum === other.sum;
  }
}

interface StreamPositions {
  gatewayId: string;
  epoch: number;
  min: number;
  max: number;
  positions: MultisetDigest;
}

export class StreamDigest {
  private readonly streams = new Map<string, StreamPositions>();
  private readonly listed = new MultisetDigest();
  private readonly held = new MultisetDigest();

  constructor(private readonly sessions: ReadonlySet<string>) {}

  addEntry([gatewayId, epoch, streamSeq, sessionId, seq]: StreamEntry): void {
    const key = `${gatewayId}\u0000${epoch}`;
    let stream = this.streams.get(key);
    if (stream === undefined) {
      stream = { gatewayId, epoch, min: streamSeq, max: streamSeq, positions: new MultisetDigest() };
      this.streams.set(key, stream);
    }
    stream.min = Math.min(stream.min, streamSeq);
    stream.max = Math.max(stream.max, streamSeq);
    stream.positions.add([gatewayId, epoch, streamSeq]);
    if (this.sessions.has(sessionId)) this.listed.add([gatewayId, epoch, streamSeq, sessionId, seq]);
  }

  addEvent(event: {
    gatewayId: string;
    gatewayEpoch: number | null;
    streamSeq: number | null;
    sessionId: string;
    seq: number;
  }): void {
    if (event.gatewayEpoch === null || event.streamSeq === null) return;
    this.held.add([event.gatewayId, event.gatewayEpoch, event.streamSeq, event.sessionId, event.seq]);
  }

  /** True when the record lists each position of its streams once, without gaps, and exactly the events' positions. */
  consistent(): boolean {
    if (!this.listed.equals(this.held)) return false;
    for (const { gatewayId, epoch, min, max, positions } of this.streams.values()) {
      // A range wider than the entries has a gap (checked before summing a forged, huge range).
      if (max - min + 1 !== positions.count) return false;
      const whole = new MultisetDigest();
      for (let position = min; position <= max; position++) whole.add([gatewayId, epoch, position]);
      if (!whole.equals(positions)) return false;
    }
    return true;
  }
}
