/**
 * The compiled writer writes what avsc writes, byte for byte, for every event type of every
 * committed schema version, and refuses what avsc refuses. All data is synthetic.
 */
import { createRequire } from 'node:module';
import type * as Avsc from 'avsc';
import { describe, expect, it } from 'vitest';
import { describeBranches, toAvroRecord } from './avro-mapping';
import { compileAvroWriter, encodeInto } from './avro-writer';
import { BINARY_PAYLOAD, envelope, sampleEvents } from './fixtures/sample-events';
import type { AuditEvent } from './model';
import { buildRegistry, loadCommittedSchemas } from './schema-registry';

const avro = createRequire(import.meta.url)('avsc') as typeof Avsc;

/** What avsc and the compiled writer leave in a buffer of `size` bytes: the returned end, and the bytes. */
function both(type: Avsc.Type, record: unknown, size: number) {
  const writer = compileAvroWriter(type);
  if (writer === null) throw new Error('the schema did not compile');
  const run = (write: (buffer: Buffer) => number) => {
    const buffer = Buffer.alloc(size, 0xaa);
    try {
      return { end: write(buffer), bytes: buffer.toString('hex') };
    } catch {
      return 'refused';
    }
  };
  return {
    avsc: run((buffer) => type.encode(record, buffer, 3)),
    compiled: run((buffer) => encodeInto(writer, record, buffer, 3)),
  };
}

/** Events of every type with fields set, left out, empty, long, non-ASCII, at integer bounds. */
function variants(): AuditEvent[] {
  const events = sampleEvents();
  const more: AuditEvent[] = [];
  for (const event of events) {
    more.push({ ...event, userAgent: null, sourceIp: null, traceId: '' });
    more.push({
      ...event,
      seq: 2 ** 40 + 3,
      time: -5,
      userAgent: 'ü✓ 𝄞 agent '.repeat(9),
      traceId: '0af7651916cd43dd8448eb211c80319c',
      gatewayEpoch: 2 ** 31,
      streamSeq: 0,
      era: 'stateless',
      protocolVersion: '2026-07-28',
    });
  }
  more.push({
    ...envelope({ identity: { subject: '', issuer: 'i', groups: [], ci: null } }),
    type: 'frame',
    body: {
      direction: 'server_to_client',
      kind: 'response',
      method: null,
      jsonrpcId: '"x"',
      toolName: null,
      payload: BINARY_PAYLOAD,
      payloadEncoding: 'jwe-a256gcm',
      size: 256,
      sha256: 'ab'.repeat(32),
      digestAlg: 'hmac-sha256',
      encryption: {
        keyId: 'k',
        wrappedKey: 'w'.repeat(400),
        iv: Buffer.alloc(12, 1),
        tag: Buffer.alloc(16, 2),
      },
      sseStreamId: 's',
      sseEventId: 'e',
      round: 2,
      resourceUri: 'demo://x',
      promptName: 'p',
    },
    sealedFields: {
      ciphertext: Buffer.from('sealed'),
      encryption: { keyId: 'k', wrappedKey: '', iv: Buffer.alloc(0), tag: Buffer.alloc(0) },
    },
  } as AuditEvent);
  return [...events, ...more];
}

describe('the compiled Avro writer', () => {
  const registry = buildRegistry(loadCommittedSchemas());

  it('writes the bytes avsc writes, for every event of every schema version, into any buffer', () => {
    let compared = 0;
    for (const { version, type } of registry.values()) {
      const shapes = describeBranches(type);
      for (const event of variants()) {
        let record: unknown;
        try {
          record = toAvroRecord(event, shapes, version);
        } catch {
          continue; // a field this version does not have
        }
        const size = (type.encode(record, Buffer.alloc(1 << 16), 3) as number) + 3;
        // Too small by one byte, by half, and large enough: the same end and the same bytes.
        for (const bytes of [size, size - 1, Math.floor(size / 2), 1 << 16]) {
          const { avsc, compiled } = both(type, record, bytes);
          expect(compiled, `version ${version}, ${event.type}, ${bytes} bytes`).toEqual(avsc);
        }
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(30);
  });

  it('refuses what avsc refuses: a value of the wrong kind anywhere', () => {
    const { version, type } = [...registry.values()].at(-1) as { version: number; type: Avsc.Type };
    const shapes = describeBranches(type);
    const frame = sampleEvents().find((e) => e.type === 'frame') as AuditEvent;
    const record = toAvroRecord(frame, shapes, version) as Record<string, unknown>;
    const body = Object.values(record.body as object)[0] as Record<string, unknown>;
    const wrong: [string, (r: Record<string, unknown>, b: Record<string, unknown>) => void][] = [
      ['a string as a long', (r) => (r.seq = '1')],
      ['a fraction as a long', (r) => (r.time = 1.5)],
      ['a long beyond the safe range', (r) => (r.time = 2 ** 60)],
      ['a number as a string', (r) => (r.tenant = 7)],
      ['a number in a nullable string', (r) => (r.userAgent = 7)],
      ['a string in a nullable long', (r) => (r.streamSeq = '7')],
      ['a string as bytes', (_, b) => (b.payload = 'clear')],
      ['an int beyond 32 bits', (_, b) => (b.size = 2 ** 33)],
      ['a string as a nullable record', (_, b) => (b.encryption = 'x')],
      ['a body naming no branch', (r) => (r.body = { 'proctor.audit.Nothing': body })],
      [
        'a body naming two branches',
        (r) => (r.body = { ...(r.body as object), 'proctor.audit.RuleError': {} }),
      ],
      ['a null body', (r) => (r.body = null)],
      ['a string as an array', (r) => (r.identity = { ...(r.identity as object), groups: 'eng' })],
      ['a number in an array of strings', (r) => (r.identity = { ...(r.identity as object), groups: [1] })],
      ['a missing required field', (r) => delete r.eventId],
    ];
    const valid = both(type, record, 1 << 16);
    expect(valid.compiled).toEqual(valid.avsc);
    expect(valid.avsc).not.toBe('refused');
    for (const [what, spoil] of wrong) {
      const copy = { ...record, body: { [Object.keys(record.body as object)[0] as string]: { ...body } } };
      spoil(copy, Object.values(copy.body)[0] as Record<string, unknown>);
      const { avsc, compiled } = both(type, copy, 1 << 16);
      expect(avsc, what).toBe('refused');
      expect(compiled, what).toBe('refused');
    }
  });

  it('compiles to nothing for a kind of type it does not write, which avsc then writes', () => {
    const type = avro.Type.forSchema({
      type: 'record',
      name: 'WithMap',
      fields: [{ name: 'm', type: { type: 'map', values: 'string' } }],
    });
    expect(compileAvroWriter(type)).toBeNull();
  });
});
