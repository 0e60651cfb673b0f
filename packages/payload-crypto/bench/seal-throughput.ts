/**
 * Cost of sealing one frame: AES-256-GCM + HMAC-SHA256 with a cached session key, and the
 * once-per-session cost of creating and wrapping the data key. Run:
 *   node bin/run-ts.mjs packages/payload-crypto/bench/seal-throughput.ts
 */

import { generatePayloadKeyPair, publicKeyDocument } from '../src/key-files';
import { createPayloadSealer } from '../src/sealer';

function perCallMicros(iterations: number, fn: (i: number) => void): number {
  for (let i = 0; i < Math.min(1000, iterations); i++) fn(i);
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) fn(i);
  return Number(process.hrtime.bigint() - start) / 1000 / iterations;
}

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
  const cold = perCallMicros(2_000, (i) => {
    sealer.sealSync(`s-${i}`, small);
    sealer.forget(`s-${i}`);
  });
  console.log(`${type} first frame of a session (new data key + JWE wrap): ${cold.toFixed(1)} µs`);
}
