/**
 * Avro single-object encoding of audit events: 0xC3 0x01, the writer schema's 8-byte
 * CRC-64-AVRO fingerprint (little-endian), then the binary datum. Any reader that knows the
 * writer schema (every published version is committed) resolves it into its own version.
 */
import { createRequire } from 'node:module';
import type * as Avsc from 'avsc';
import { describeBranches, fromAvroRecord, toAvroRecord } from './avro-mapping';
import { compileAvroWriter, encodeInto } from './avro-writer';
import { compileBoundsCheck, type DatumBoundsCheck } from './datum-bounds';
import { EventDecodeError, EventEncodeError } from './errors';
import type { AuditEvent } from './model';
import {
  buildRegistry,
  loadCommittedSchemas,
  type SchemaSource,
  type SchemaVersion,
} from './schema-registry';

const avro = createRequire(import.meta.url)('avsc') as typeof Avsc;

const MAGIC_0 = 0xc3;
const MAGIC_1 = 0x01;
const HEADER_SIZE = 10;
const SCRATCH_BYTES = 64 * 1024;

export interface CodecOptions {
  /** Schema versions to know besides the committed ones; a version already known is replaced. */
  schemas?: readonly SchemaSource[];
  /** The version to write with and read into; defaults to the highest known. */
  version?: number;
}

export interface EventCodec {
  /** The schema version this codec writes and reads into. */
  readonly version: number;
  /** Its fingerprint, as written in every message header. */
  readonly fingerprint: Buffer;
  encode(event: AuditEvent): Buffer;
  /** Frame payloads in the result are views of `bytes`, not copies. */
  decode(bytes: Buffer): AuditEvent;
}

interface WriterEntry {
  version: number;
  check: DatumBoundsCheck;
  /** Absent when the writer is the reader itself. */
  resolver: Avsc.Resolver | undefined;
  /** The type read into: the reader, widened by the writer's newer event kinds if needed. */
  readerType: Avsc.Type;
}

export function createCodec(options: CodecOptions = {}): EventCodec {
  const registry = buildRegistry([...loadCommittedSchemas(), ...(options.schemas ?? [])]);
  const version = options.version ?? Math.max(...registry.keys());
  const reader = registry.get(version);
  if (!reader) throw new Error(`audit-event schema version ${version} is not known`);

  const shapes = describeBranches(reader.type);
  const writers = new Map<string, WriterEntry>();
  for (const writer of registry.values()) {
    writers.set(writer.fingerprint.toString('hex'), resolveWriter(reader, writer));
  }

  // Events are written into one reusable buffer that starts with the message header.
  let scratch = newScratch(Buffer.alloc(0), SCRATCH_BYTES, reader.fingerprint);
  // The same bytes as reader.type.encode, written by code compiled for this schema (avro-writer.ts).
  const writer = compileAvroWriter(reader.type);
  const write = (record: unknown, buffer: Buffer): number =>
    writer === null
      ? reader.type.encode(record, buffer, HEADER_SIZE)
      : encodeInto(writer, record, buffer, HEADER_SIZE);

  return {
    version,
    fingerprint: Buffer.from(reader.fingerprint),
    encode(event) {
      const record = toAvroRecord(event, shapes, version);
      let end: number;
      try {
        end = write(record, scratch);
        if (end < 0) {
          // The scratch buffer was too small: `-end` more bytes were needed.
          scratch = newScratch(scratch, scratch.length - end, reader.fingerprint);
          end = write(record, scratch);
        }
      } catch {
        // avsc's own message quotes the offending value, which may be PHI: name the path only.
        throw new EventEncodeError(
          `event does not fit audit-event schema version ${version} at ${invalidPaths(reader.type, record)}`,
        );
      }
      // One copy out of the scratch buffer, header included: the result owns its bytes.
      const out = Buffer.allocUnsafe(end);
      scratch.copy(out, 0, 0, end);
      return out;
    },
    decode(bytes) {
      if ((bytes.length > 0 && bytes[0] !== MAGIC_0) || (bytes.length > 1 && bytes[1] !== MAGIC_1)) {
        throw new EventDecodeError(
          'BAD_MAGIC',
          'not an Avro single-object encoded message (bad magic bytes)',
        );
      }
      if (bytes.length < HEADER_SIZE) {
        throw new EventDecodeError(
          'CORRUPT',
          `message truncated: ${bytes.length} bytes, header needs ${HEADER_SIZE}`,
        );
      }
      const fingerprint = bytes.toString('hex', 2, HEADER_SIZE);
      const writer = writers.get(fingerprint);
      if (!writer) {
        throw new EventDecodeError('UNKNOWN_SCHEMA', `unknown writer schema fingerprint ${fingerprint}`);
      }
      if (!writer.check(bytes, HEADER_SIZE)) {
        throw new EventDecodeError('CORRUPT', `message does not fit writer schema version ${writer.version}`);
      }
      let value: unknown;
      try {
        const decoded = writer.readerType.decode(bytes, HEADER_SIZE, writer.resolver);
        if (decoded.offset !== bytes.length) throw new Error('length mismatch');
        value = decoded.value;
      } catch {
        throw new EventDecodeError(
          'CORRUPT',
          `message could not be read as schema version ${writer.version}`,
        );
      }
      return fromAvroRecord(value);
    },
  };
}

/** A scratch buffer of at least `bytes` (grown in powers of two) holding the message header. */
function newScratch(previous: Buffer, bytes: number, fingerprint: Buffer): Buffer {
  let size = Math.max(previous.length, SCRATCH_BYTES);
  while (size < bytes) size *= 2;
  const scratch = Buffer.allocUnsafeSlow(size);
  scratch[0] = MAGIC_0;
  scratch[1] = MAGIC_1;
  fingerprint.copy(scratch, 2);
  return scratch;
}

function resolveWriter(reader: SchemaVersion, writer: SchemaVersion): WriterEntry {
  const check = compileBoundsCheck(JSON.parse(writer.canonicalForm));
  if (writer.fingerprint.equals(reader.fingerprint)) {
    return { version: writer.version, check, resolver: undefined, readerType: reader.type };
  }
  try {
    return {
      version: writer.version,
      check,
      resolver: reader.type.createResolver(writer.type),
      readerType: reader.type,
    };
  } catch {
    // avsc resolves every writer union branch up front, so one event kind the reader does not
    // know yet would make the whole writer version unreadable. Reading into the reader
    // widened by those branches keeps the known kinds readable; the unknown ones surface as
    // UNSUPPORTED_EVENT_TYPE, per message.
  }
  try {
    const widened = avro.Type.forSchema(widenBody(reader.type, writer.type) as Avsc.Schema, {
      wrapUnions: 'auto',
    });
    return {
      version: writer.version,
      check,
      resolver: widened.createResolver(writer.type),
      readerType: widened,
    };
  } catch (err) {
    throw new Error(
      `audit-event schema version ${writer.version} cannot be read as version ${reader.version}: ${(err as Error).message}`,
    );
  }
}

interface SchemaRecord {
  fields: { name: string; type: unknown }[];
}

function widenBody(readerType: Avsc.Type, writerType: Avsc.Type): unknown {
  const reader = readerType.schema({ exportAttrs: true }) as unknown as SchemaRecord;
  const writer = writerType.schema({ exportAttrs: true }) as unknown as SchemaRecord;
  const readerBody = reader.fields.find((f) => f.name === 'body')?.type as { name?: string }[];
  const writerBody = writer.fields.find((f) => f.name === 'body')?.type as { name?: string }[];
  const known = new Set(readerBody.map((b) => b.name));
  for (const branch of writerBody) {
    if (!known.has(branch.name)) readerBody.push(branch);
  }
  return reader;
}

function invalidPaths(type: Avsc.Type, record: unknown): string {
  const paths: string[] = [];
  type.isValid(record, { errorHook: (path) => paths.push(path.join('.') || '(root)') });
  return paths.length > 0 ? paths.join(', ') : '(unknown field)';
}

let defaultCodec: EventCodec | undefined;

/** The codec of this build (committed schemas, highest version), created on first use. */
export function defaultEventCodec(): EventCodec {
  defaultCodec ??= createCodec();
  return defaultCodec;
}

export function encodeEvent(event: AuditEvent): Buffer {
  return defaultEventCodec().encode(event);
}

export function decodeEvent(bytes: Buffer): AuditEvent {
  return defaultEventCodec().decode(bytes);
}
