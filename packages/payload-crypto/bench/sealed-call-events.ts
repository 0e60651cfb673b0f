/**
 * Cost of turning one stateless tools/call into the bytes the gateway appends: its four
 * events (session_started, the request frame, a 1 KB or 16 KB answer frame, session_ended),
 * each sealed (payload and client fields) and Avro-encoded, as the enforcer does per call.
 * Run:
 *   node bin/run-ts.mjs packages/payload-crypto/bench/sealed-call-events.ts
 */
import { createHash } from 'node:crypto';
import { type AuditEvent, encodeEvent } from '@proctor/events';
import { generatePayloadKeyPair, publicKeyDocument } from '../src/key-files';
import { createPayloadSealer } from '../src/sealer';
import { sealingEncoder } from '../src/sealing-encoder';

function perCallMicros(iterations: number, fn: (i: number) => void): number {
  for (let i = 0; i < Math.min(2000, iterations); i++) fn(i);
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) fn(i);
  return Number(process.hrtime.bigint() - start) / 1000 / iterations;
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
  return contents.map(
    (content, seq) =>
      ({
        ...envelope,
        ...content,
        eventId: `0197a1b2-c3d4-7e5f-8a9b-${String(call * 4 + seq).padStart(12, '0')}`,
        time: 1_760_000_000_000_000 + call,
        sessionId: `exch-${call}`,
        seq,
        streamSeq: call * 4 + seq,
      }) as AuditEvent,
  );
}

const pair = await generatePayloadKeyPair({ type: 'ec-p256' });
const encode = sealingEncoder(createPayloadSealer({ recipients: [publicKeyDocument(pair)] }), encodeEvent);
for (const size of [1024, 16 * 1024]) {
  const calls = Array.from({ length: 256 }, (_, i) => callEvents(i, size));
  const sealed = perCallMicros(40_000, (i) => {
    for (const event of calls[i % calls.length] as AuditEvent[]) encode(event);
  });
  const plain = perCallMicros(40_000, (i) => {
    for (const event of calls[i % calls.length] as AuditEvent[]) encodeEvent(event);
  });
  console.log(
    `${size} B answer: sealed + encoded ${sealed.toFixed(2)} µs/call, encoded only ${plain.toFixed(2)} µs/call (4 events)`,
  );
}
