import { createRequire } from 'node:module';
import type * as Avsc from 'avsc';
import { describe, expect, it } from 'vitest';
import { createCodec } from './codec';
import { EventDecodeError } from './errors';
import { sampleEvents } from './fixtures/sample-events';
import { LATEST_COMMITTED_VERSION, newerSchema, olderSchema } from './fixtures/schema-versions';
import type { AuditEvent } from './model';
import { compileSchema } from './schema-registry';

const avro = createRequire(import.meta.url)('avsc') as typeof Avsc;

const [started, frame, decision] = sampleEvents() as [AuditEvent, AuditEvent, AuditEvent, AuditEvent];

/** A message written by the newer schema directly, with values the domain model cannot express yet. */
function newerMessage(record: Record<string, unknown>): Buffer {
  const newer = compileSchema(newerSchema());
  const datum = newer.type.toBuffer(record);
  return Buffer.concat([Buffer.from([0xc3, 0x01]), newer.fingerprint, datum]);
}

function avroEnvelope(event: AuditEvent): Record<string, unknown> {
  const { type: _type, body: _body, ...rest } = event;
  return rest;
}

describe('schema compatibility', () => {
  const current = createCodec({ schemas: [olderSchema(), newerSchema()], version: 1 });

  it('reads messages of an older writer, filling defaults', () => {
    const older = createCodec({ schemas: [olderSchema()], version: 0 });
    const decoded = current.decode(older.encode(frame));
    expect(decoded).toEqual({ ...frame, userAgent: null });
  });

  it('an older writer cannot write an event kind it does not know', () => {
    const older = createCodec({ schemas: [olderSchema()], version: 0 });
    expect(() => older.encode(decision)).toThrow(/no body branch in schema version 0/);
  });

  it('reads messages of a newer writer by resolving its fingerprint', () => {
    const newer = createCodec({ schemas: [newerSchema()] });
    expect(newer.version).toBe(LATEST_COMMITTED_VERSION + 1);
    expect(current.decode(newer.encode(started))).toEqual(started);
    expect(current.decode(newer.encode(decision))).toEqual(decision);
  });

  it('ignores a newer writer field it does not know', () => {
    const bytes = newerMessage({
      ...avroEnvelope(frame),
      type: 'frame',
      futureField: 'unknown to this reader',
      body: { 'proctor.audit.Frame': frame.body },
    });
    expect(current.decode(bytes)).toEqual(frame);
  });

  it('rejects a newer event kind with UNSUPPORTED_EVENT_TYPE, per message', () => {
    const bytes = newerMessage({
      ...avroEnvelope(frame),
      type: 'future_kind',
      futureField: null,
      body: { 'proctor.audit.FutureKind': { approver: 'lead@example.com', granted: true } },
    });
    expect(() => current.decode(bytes)).toThrow(EventDecodeError);
    try {
      current.decode(bytes);
    } catch (err) {
      expect((err as EventDecodeError).code).toBe('UNSUPPORTED_EVENT_TYPE');
    }
  });

  it('reading into an older version still yields every kind the domain model knows', () => {
    // Version 0 has no PolicyDecision branch (the reader is widened by the writer's branch)
    // and no userAgent (dropped on reading).
    const olderReader = createCodec({ schemas: [olderSchema()], version: 0 });
    expect(olderReader.decode(createCodec().encode(started))).toEqual({ ...started, userAgent: null });
    expect(olderReader.decode(createCodec().encode(decision))).toEqual({ ...decision, userAgent: null });
  });

  it('does not know a writer schema it was not given', () => {
    const newer = createCodec({ schemas: [newerSchema()] });
    const thisBuild = createCodec();
    expect(() => thisBuild.decode(newer.encode(frame))).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_SCHEMA' }) as unknown as Error,
    );
  });

  it('keeps the names of the committed schema in the fixtures', () => {
    expect(compileSchema(olderSchema()).type.name).toBe('proctor.audit.AuditEvent');
    expect(avro.Type.isType(compileSchema(newerSchema()).type, 'record')).toBe(true);
  });
});
