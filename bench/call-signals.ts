/**
 * The abort signalling of one call, in isolation: what the route and the core make per call so
 * that a client going away aborts the upstream request, the way the tree made it before
 * ClientCut and UpstreamCut (an AbortController for the client and one for the upstream
 * request, linked by a listener, each with the adapter's listener object) against now (the two
 * cuts; no AbortSignal unless something reads one). Alternated rounds in one process, CPU per
 * call. Run: `node bin/run-ts.mjs bench/call-signals.ts`
 */
import { EventEmitter } from 'node:events';
import { ClientCut } from '../services/enforcer/src/core/client-cut';
import { UpstreamCut } from '../services/enforcer/src/core/stateful/upstream-cut';

/** The upstream adapter's listener object (it aborts its dispatch). */
const adapter = { handleEvent(): void {} };

/** The response the route watches for `close`. */
function response(): EventEmitter & { writableFinished: boolean } {
  return Object.assign(new EventEmitter(), { writableFinished: false });
}

/** Before: the client's AbortController and the upstream request's, each listened to. */
function before(): void {
  const raw = response();
  const client = new AbortController();
  raw.on('close', () => {
    if (!raw.writableFinished) client.abort();
  });
  const abort = client.abort.bind(client);
  const upstream = new AbortController();
  const forward = () => upstream.abort();
  client.signal.addEventListener('abort', forward, { once: true });
  upstream.signal.addEventListener('abort', adapter, { once: true });
  upstream.signal.removeEventListener('abort', adapter);
  client.signal.removeEventListener('abort', forward);
  raw.writableFinished = true;
  raw.emit('close');
  if (typeof abort !== 'function') throw new Error('unreachable');
}

/** Now: the client's cut and the upstream request's; no AbortSignal is read. */
function after(): void {
  const raw = response();
  const gone = new ClientCut();
  raw.on('close', () => {
    if (!raw.writableFinished) gone.abort();
  });
  const upstream = new UpstreamCut();
  gone.addEventListener('abort', upstream, { once: true });
  upstream.addEventListener('abort', adapter, { once: true });
  upstream.removeEventListener('abort', adapter);
  gone.removeEventListener('abort', upstream);
  raw.writableFinished = true;
  raw.emit('close');
}

function cpuPerCall(call: () => void, count: number): number {
  const start = process.cpuUsage();
  for (let i = 0; i < count; i++) call();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / count;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const ROUNDS = 9;
const CALLS = 50_000;
cpuPerCall(before, CALLS);
cpuPerCall(after, CALLS);
const was: number[] = [];
const now: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  was.push(cpuPerCall(before, CALLS));
  now.push(cpuPerCall(after, CALLS));
}
const a = median(was);
const b = median(now);
console.log(
  `abort signalling of one stateful call, CPU per call (median of ${ROUNDS} rounds): ` +
    `two AbortControllers ${a.toFixed(2)} µs, two cuts ${b.toFixed(2)} µs, ×${(b / a).toFixed(3)}`,
);
