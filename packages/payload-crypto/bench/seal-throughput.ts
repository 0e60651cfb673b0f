/**
 * Cost of sealing one frame: AES-256-GCM + HMAC-SHA256 with a cached session key, and the
 * once-per-session cost of creating and wrapping the data key. Run:
 *   node bin/run-ts.mjs packages/payload-crypto/bench/seal-throughput.ts
 */

import { createHash } from 'node:crypto';
import { generatePayloadKeyPair, publicKeyDocument } from '../src/key-files';
import { createPayloadSealer } from '../src/sealer';

function perCallMicros(iterations: number, fn: (i: number) => void): number {
  for (let i = 0; i < Math.min(1000, iterations); i++) fn(i);
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) fn(i);
  return Number(process.hrtime.bigint() - start) / 1000 / iterations;
}

// A reference point for how busy the machine is: SHA-256 of 1 KB (about 2 µs on an idle core).
const kilobyte = Buffer.alloc(1024, 7);
console.log(
  `calibration, sha256 of 1 KB: ${perCallMicros(50_000, () => createHash('sha256').update(kilobyte).digest()).toFixed(2)} µs`,
);
for (const type of ['ec-p256', 'rsa-3072'] as const) {
  const pair = await generatePayloadKeyPair({ type });
  const sealer = createPayloadSealer({ recipients: [publicKeyDocument(pair)] });
  for (const size of [1024, 16 * 1024]) {
    const frame = Buffer.from(
      JSON.stringify({ jsonrpc: '2.0', id: 1, result: { text: 'x'.repeat(size - 40) } }),
    );
    const warm = perCallMicros(20_000, () => sealer.sealSync('session', frame));
    console.log(`${type} seal ${frame.length} B frame, session key cached: ${warm.toFixed(2)} µs/frame`);
  }
  const small = Buffer.from('{"jsonrpc":"2.0","id":1,"result":{}}');
  const cold = perCallMicros(300, (i) => {
    sealer.sealSync(`s-${i}`, small);
    sealer.forget(`s-${i}`);
  });
  console.log(`${type} first frame of a session (new data key + JWE wrap): ${cold.toFixed(1)} µs`);
}
