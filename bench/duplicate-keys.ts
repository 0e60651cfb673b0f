/**
 * The cost of refusing repeated keys in a client body, next to JSON.parse of the same body, in
 * one run: a tools/call whose arguments are a list of small records, about 1 KB and 16 KB.
 * Run: node bin/run-ts.mjs bench/duplicate-keys.ts
 */
import { findDuplicateKey } from '../services/enforcer/src/core/duplicate-keys';

function body(targetBytes: number): Buffer {
  const records: Record<string, unknown>[] = [];
  const message = (n: number) => ({
    jsonrpc: '2.0',
    id: 1,
    method: 'tools/call',
    params: {
      name: 'search_orders',
      arguments: { records: records.slice(0, n), note: 'synthetic "quoted" {x}' },
    },
  });
  for (let i = 0; JSON.stringify(message(i)).length < targetBytes; i++) {
    records.push({
      id: `ord-${i}`,
      item: 'synthetic item',
      quantity: i,
      flags: [true, false],
      meta: { a: 1, b: 'x' },
    });
  }
  return Buffer.from(JSON.stringify(message(records.length)), 'utf8');
}

/** Nanoseconds per call of `run`, the best of several rounds. */
function nsPerCall(run: () => unknown, iterations: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 7; round++) {
    const started = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) run();
    best = Math.min(best, Number(process.hrtime.bigint() - started) / iterations);
  }
  return best;
}

for (const size of [1024, 16 * 1024]) {
  const bytes = body(size);
  if (findDuplicateKey(bytes) !== -1) throw new Error('the benchmark body repeats a key');
  const iterations = Math.max(200, Math.round(20_000_000 / bytes.length));
  for (let warm = 0; warm < 2; warm++) {
    nsPerCall(() => findDuplicateKey(bytes), iterations);
    nsPerCall(() => JSON.parse(bytes.toString('utf8')), iterations);
  }
  const scan = nsPerCall(() => findDuplicateKey(bytes), iterations);
  const parse = nsPerCall(() => JSON.parse(bytes.toString('utf8')), iterations);
  console.log(
    `${bytes.length} B body: duplicate-key scan ${(scan / 1000).toFixed(1)} µs, JSON.parse ${(parse / 1000).toFixed(1)} µs (scan/parse ${(scan / parse).toFixed(2)})`,
  );
}
