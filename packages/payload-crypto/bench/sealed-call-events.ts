/**
 * Cost of turning one stateless tools/call into the bytes the gateway appends: its four
 * events (session_started, the request frame, a 1 KB or 16 KB answer frame, session_ended),
 * each sealed (payload and client fields) and Avro-encoded, as the enforcer does per call.
 * CPU time of this process, per call, beside the same events encoded in clear (the codec
 * alone, what sealing adds to). With `--baseline DIR` (another checkout of this repository,
 * dependencies installed), that checkout's sealing encoder runs in the same process in
 * alternated rounds, and the ratio is printed. Run:
 *   node bin/run-ts.mjs packages/payload-crypto/bench/sealed-call-events.ts [--baseline DIR]
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AuditEvent } from '@proctor/events';

type Encode = (event: AuditEvent) => Buffer;

/** The sealing encoder of a checkout (its own events and payload-crypto sources). */
async function sealingEncoderOf(root: string): Promise<Encode> {
  const load = (path: string) => import(pathToFileURL(resolve(root, path)).href);
  const events = await load('packages/events/src/index.ts');
  const keys = await load('packages/payload-crypto/src/key-files.ts');
  const sealer = await load('packages/payload-crypto/src/sealer.ts');
  const encoder = await load('packages/payload-crypto/src/sealing-encoder.ts');
  const pair = await keys.generatePayloadKeyPair({ type: 'ec-p256' });
  const recipients = [keys.publicKeyDocument(pair)];
  return encoder.sealingEncoder(sealer.createPayloadSealer({ recipients }), events.encodeEvent);
}

const envelope = {
  tenant: 'default',
  gatewayId: 'gw-bench',
  identity: { subject: 'bench-user', issuer: 'https://issuer.example', groups: ['clinicians'], ci: null },
  sourceIp: '127.0.0.1',
  userAgent: 'node',
  connection: 'bench',
  gatewayEpoch: 1,
  era: 'stateless' as const,
  protocolVersion: '2026-07-28',
  traceId: null,
};

function frame(direction: 'client_to_server' | 'server_to_client', text: Buffer) {
  return {
    type: 'frame' as const,
    body: {
      direction,
      kind: direction === 'client_to_server' ? ('request' as const) : ('response' as const),
      method: 'tools/call',
      jsonrpcId: '7',
      toolName: 'bench_echo',
      payload: text,
      payloadEncoding: 'json',
      size: text.length,
      get sha256() {
        return createHash('sha256').update(text).digest('hex');
      },
      round: 0,
      resourceUri: null,
      promptName: null,
    },
  };
}

function callEvents(call: number, answerBytes: number): AuditEvent[] {
  const request = Buffer.from(
    JSON.stringify({
      jsonrpc: '2.0',
      id: 7,
      method: 'tools/call',
      params: { name: 'bench_echo', arguments: { n: call }, _meta: { protocolVersion: '2026-07-28' } },
    }),
  );
  const answer = Buffer.from(
    JSON.stringify({
      jsonrpc: '2.0',
      id: 7,
      result: { content: [{ type: 'text', text: 'x'.repeat(answerBytes - 80) }] },
    }),
  );
  const contents = [
    {
      type: 'session_started' as const,
      body: {
        protocolVersion: '2026-07-28',
        clientName: 'bench',
        clientVersion: '1.0.0',
        transport: 'streamable-http' as const,
      },
    },
    frame('client_to_server', request),
    frame('server_to_client', answer),
    { type: 'session_ended' as const, body: { finalSeq: 3, reason: 'exchange_complete' as const } },
  ];
  // One literal for every event, as the gateway's audit emitter builds them.
  return contents.map(
    (content, seq) =>
      ({
        eventId: `0197a1b2-c3d4-7e5f-8a9b-${String(call * 4 + seq).padStart(12, '0')}`,
        time: 1_760_000_000_000_000 + call,
        tenant: envelope.tenant,
        gatewayId: envelope.gatewayId,
        sessionId: `exch-${call}`,
        seq,
        identity: envelope.identity,
        sourceIp: envelope.sourceIp,
        userAgent: envelope.userAgent,
        connection: envelope.connection,
        gatewayEpoch: envelope.gatewayEpoch,
        streamSeq: call * 4 + seq,
        era: envelope.era,
        protocolVersion: envelope.protocolVersion,
        traceId: envelope.traceId,
        type: content.type,
        body: content.body,
      }) as AuditEvent,
  );
}

/** CPU µs per call of `calls` calls through `encode`. */
function cpuPerCall(encode: Encode, calls: AuditEvent[][], count: number): number {
  const start = process.cpuUsage();
  for (let i = 0; i < count; i++) {
    for (const event of calls[i % calls.length] as AuditEvent[]) encode(event);
  }
  const used = process.cpuUsage(start);
  return (used.user + used.system) / count;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

const at = process.argv.indexOf('--baseline');
const baselineDir = at === -1 ? undefined : process.argv[at + 1];
if (at !== -1 && !baselineDir) throw new Error('--baseline needs a directory');
const targets: [string, Encode][] = [['this checkout', await sealingEncoderOf(process.cwd())]];
if (baselineDir) targets.push(['baseline', await sealingEncoderOf(baselineDir)]);
const { encodeEvent } = await import(pathToFileURL(resolve('packages/events/src/index.ts')).href);
targets.push(['in clear', encodeEvent]);
const ROUNDS = 8;
for (const size of [1024, 16 * 1024]) {
  const calls = Array.from({ length: 256 }, (_, i) => callEvents(i, size));
  const perTarget = targets.map(() => [] as number[]);
  for (const [, encode] of targets) cpuPerCall(encode, calls, 2_000);
  for (let round = 0; round < ROUNDS; round++) {
    // Alternated order, so neither target always runs on the warmer heap.
    const order = round % 2 === 0 ? targets.keys() : [...targets.keys()].reverse();
    for (const i of order) perTarget[i]?.push(cpuPerCall((targets[i] as [string, Encode])[1], calls, 5_000));
  }
  const medians = perTarget.map(median);
  const line = targets.map(([name], i) => `${name} ${(medians[i] ?? 0).toFixed(1)} µs`).join(', ');
  const ratio = baselineDir ? `, ×${((medians[0] ?? 0) / (medians[1] ?? 1)).toFixed(3)}` : '';
  console.log(
    `${size} B answer, 4 events sealed + encoded (in clear: encoded only), CPU per call (median of ${ROUNDS}): ${line}${ratio}`,
  );
}
