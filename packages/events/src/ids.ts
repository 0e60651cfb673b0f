/**
 * Event ids and timestamps. Ids are UUID v7 (RFC 9562): a 48-bit millisecond timestamp, then
 * random bits; within one millisecond a 12-bit counter in rand_a (the RFC's "method 1")
 * keeps the ids of one process strictly increasing, so they sort in creation order.
 */
import { randomFillSync } from 'node:crypto';
import { performance } from 'node:perf_hooks';

const RANDOM_POOL_SIZE = 4096;
const randomPool = Buffer.alloc(RANDOM_POOL_SIZE);
let randomOffset = RANDOM_POOL_SIZE;

let lastMillis = -1;
let counter = 0;

function takeRandom(bytes: number): number {
  if (randomOffset + bytes > RANDOM_POOL_SIZE) {
    randomFillSync(randomPool);
    randomOffset = 0;
  }
  const at = randomOffset;
  randomOffset += bytes;
  return at;
}

export function newEventId(): string {
  let millis = Math.floor(performance.timeOrigin + performance.now());
  if (millis > lastMillis) {
    // A fresh millisecond starts the counter at a random point in its lower half, leaving
    // room to count up without overflowing.
    const at = takeRandom(2);
    counter = (randomPool.readUInt16BE(at) & 0x7ff) >>> 0;
    lastMillis = millis;
  } else {
    counter++;
    if (counter > 0xfff) {
      // 4096 ids in one millisecond: borrow the next one rather than lose the ordering.
      lastMillis++;
      counter = 0;
    }
    millis = lastMillis;
  }
  const id = Buffer.allocUnsafe(16);
  id.writeUIntBE(millis, 0, 6);
  id[6] = 0x70 | (counter >>> 8);
  id[7] = counter & 0xff;
  const at = takeRandom(8);
  randomPool.copy(id, 8, at, at + 8);
  id[8] = 0x80 | ((id[8] ?? 0) & 0x3f);
  const hex = id.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

let lastMicros = 0;

/**
 * Microseconds since the Unix epoch. Derived from the monotonic clock, so a wall-clock step
 * back never makes a later event look older; never decreases within the process.
 */
export function nowMicros(): number {
  const micros = Math.floor((performance.timeOrigin + performance.now()) * 1000);
  if (micros > lastMicros) lastMicros = micros;
  return lastMicros;
}
