import { describe, expect, it } from 'vitest';
import { createCodec, decodeEvent, encodeEvent } from './codec';
import { EventDecodeError, EventEncodeError } from './errors';
import { BINARY_PAYLOAD, envelope, sampleEvents } from './fixtures/sample-events';
import type { AuditEvent } from './model';

function decodeFailure(bytes: Buffer): EventDecodeError {
  try {
    decodeEvent(bytes);
  } catch (err) {
    if (err instanceof EventDecodeError) return err;
    throw err;
  }
  throw new Error('decode unexpectedly succeeded');
}

describe('event codec', () => {
  it.each(sampleEvents().map((e) => [e.type, e] as const))('round-trips a %s event', (_type, event) => {
    expect(decodeEvent(encodeEvent(event))).toEqual(event);
  });

  it('carries ci claims, null fields and every byte value of a payload', () => {
    const [started, frame] = sampleEvents();
    const decodedStart = decodeEvent(encodeEvent(started as AuditEvent));
    expect(started?.identity.ci?.actor).toBeNull();
    expect(decodedStart.identity.ci).toEqual(started?.identity.ci);
    const decodedFrame = decodeEvent(encodeEvent(frame as AuditEvent));
    expect(decodedFrame.sourceIp).toBeNull();
    expect(decodedFrame.userAgent).toBeNull();
    expect(decodedFrame.type === 'frame' && Buffer.compare(decodedFrame.body.payload, BINARY_PAYLOAD)).toBe(
      0,
    );
  });

  it('writes the single-object header: magic, then the writer fingerprint', () => {
    const codec = createCodec();
    const bytes = codec.encode(sampleEvents()[0] as AuditEvent);
    expect(bytes.subarray(0, 2)).toEqual(Buffer.from([0xc3, 0x01]));
    expect(bytes.subarray(2, 10)).toEqual(codec.fingerprint);
  });

  it('encodes events larger than its scratch buffer, each result owning its bytes', () => {
    const codec = createCodec();
    const frame = sampleEvents()[1] as AuditEvent;
    if (frame.type !== 'frame') throw new Error('expected a frame');
    const big = Buffer.alloc(300_000, 0x61);
    const large: AuditEvent = { ...frame, body: { ...frame.body, payload: big, size: big.length } };
    const small = codec.encode(frame);
    const smallCopy = Buffer.from(small);
    const bytes = codec.encode(large);
    const decoded = codec.decode(bytes);
    expect(decoded.type === 'frame' && decoded.body.payload.equals(big)).toBe(true);
    // Later encodes reuse the scratch buffer; earlier results are untouched.
    codec.encode(frame);
    expect(small.equals(smallCopy)).toBe(true);
    expect(codec.decode(codec.encode(large))).toEqual(decoded);
  });

  it('keeps every result intact while later events of every size reuse the scratch buffer', () => {
    const codec = createCodec();
    const frame = sampleEvents()[1] as AuditEvent;
    if (frame.type !== 'frame') throw new Error('expected a frame');
    const events = Array.from({ length: 400 }, (_, i): AuditEvent => {
      const payload = Buffer.alloc(100 + ((i * 997) % 5000), 0x61 + (i % 26));
      return { ...frame, seq: i, body: { ...frame.body, payload, size: payload.length } };
    });
    const copies: Buffer[] = [];
    const results = events.map((event) => {
      const bytes = codec.encode(event);
      copies.push(Buffer.from(bytes));
      return bytes;
    });
    results.forEach((bytes, i) => {
      expect(bytes.equals(copies[i] as Buffer)).toBe(true);
      expect(codec.decode(bytes)).toEqual(events[i]);
    });
  });

  it('rejects an event whose type does not match its body', () => {
    const mismatched = {
      ...envelope(),
      type: 'session_ended',
      body: { finalSeq: 1, reason: 'error', extra: 1 },
    };
    expect(() => encodeEvent(mismatched as unknown as AuditEvent)).toThrow(/unexpected field "extra"/);
    const frameAsEnded = {
      ...envelope(),
      type: 'session_ended',
      body: (sampleEvents()[1] as AuditEvent).body,
    };
    expect(() => encodeEvent(frameAsEnded as AuditEvent)).toThrow(EventEncodeError);
    expect(() => encodeEvent(frameAsEnded as AuditEvent)).toThrow(/does not match its body/);
    const incomplete = { ...envelope(), type: 'session_ended', body: { reason: 'error' } };
    expect(() => encodeEvent(incomplete as unknown as AuditEvent)).toThrow(/field "finalSeq" is missing/);
  });

  it('names the invalid field without quoting its value', () => {
    const bad = {
      ...(sampleEvents()[3] as AuditEvent),
      tenant: 42 as unknown as string,
      sessionId: 900_12_3456,
    };
    let error: unknown;
    try {
      encodeEvent(bad as unknown as AuditEvent);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(EventEncodeError);
    expect((error as Error).message).toMatch(/tenant/);
    expect((error as Error).message).not.toMatch(/900123456/);
  });

  it('fails with BAD_MAGIC on bytes that are not single-object encoded', () => {
    const err = decodeFailure(Buffer.from('{"jsonrpc":"2.0"}'));
    expect(err.code).toBe('BAD_MAGIC');
    expect(err.httpStatus).toBe(400);
    expect(err.retryable).toBe(false);
    expect(err.message).not.toContain('jsonrpc');
  });

  it('fails with UNKNOWN_SCHEMA on an unknown fingerprint', () => {
    const bytes = encodeEvent(sampleEvents()[0] as AuditEvent);
    bytes.fill(0xab, 2, 10);
    const err = decodeFailure(bytes);
    expect(err.code).toBe('UNKNOWN_SCHEMA');
    expect(err.message).toContain('abababababababab');
  });

  it('fails with CORRUPT at every truncation point and on trailing bytes', () => {
    const bytes = encodeEvent(sampleEvents()[1] as AuditEvent);
    for (let length = 2; length < bytes.length; length++) {
      expect(decodeFailure(bytes.subarray(0, length)).code).toBe('CORRUPT');
    }
    expect(decodeFailure(Buffer.concat([bytes, Buffer.from([0])])).code).toBe('CORRUPT');
  });

  it('fails with CORRUPT, quickly, on a huge array count', () => {
    const event = { ...(sampleEvents()[3] as AuditEvent) };
    event.identity = { ...event.identity, groups: ['g'] };
    const bytes = encodeEvent(event);
    // The groups block count (1, zigzag 0x02) is followed by the item "g" (0x02 0x67).
    const at = bytes.indexOf(Buffer.from([0x02, 0x02, 0x67, 0x00]));
    expect(at).toBeGreaterThan(0);
    const corrupted = Buffer.concat([
      bytes.subarray(0, at),
      Buffer.from([0xfe, 0xff, 0xff, 0xff, 0x0f]), // about 2^31 items
      bytes.subarray(at + 1),
    ]);
    const started = performance.now();
    expect(decodeFailure(corrupted).code).toBe('CORRUPT');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('never throws anything but EventDecodeError on corrupted messages', () => {
    let seed = 12345;
    const random = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed;
    };
    const originals = sampleEvents().map((e) => encodeEvent(e));
    for (let i = 0; i < 5000; i++) {
      const original = originals[i % originals.length] as Buffer;
      const bytes = Buffer.from(original);
      for (let flips = 1 + (random() % 3); flips > 0; flips--) {
        const at = 10 + (random() % (bytes.length - 10));
        bytes[at] = random() & 0xff;
      }
      try {
        decodeEvent(bytes);
      } catch (err) {
        expect(err).toBeInstanceOf(EventDecodeError);
        expect((err as EventDecodeError).message).not.toContain('lookup_patient');
      }
    }
  });
});
