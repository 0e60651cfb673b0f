/**
 * On-disk framing of the local event log. One record:
 *
 *   u32 BE  length of everything after the crc field
 *   u32 BE  crc32 of everything after the crc field
 *   u16 BE  key length, key (utf8)
 *   u16 BE  header count, then per header: u16 BE name length, name, u16 BE value length, value (utf8)
 *   value bytes (the rest)
 *
 * A record's offset is the byte position of its first length byte.
 */
import { crc32 } from 'node:zlib';
import { ProctorError } from '@proctor/errors';
import type { LogRecord } from './port';

export const FRAME_PREFIX_BYTES = 8;
/** Larger length fields are treated as corruption rather than allocated. */
export const MAX_RECORD_BYTES = 64 * 1024 * 1024;
const U16_MAX = 0xffff;

export class LogRecordFormatError extends ProctorError<'LOG_RECORD_INVALID'> {
  constructor(message: string) {
    super(message, { code: 'LOG_RECORD_INVALID', httpStatus: 400, retryable: false });
  }
}

/**
 * What writing a record needs to know, measured once when it is appended: the frame size and
 * the byte lengths of its strings, so the frame is written straight into the group's buffer
 * without intermediate Buffers.
 */
export interface MeasuredRecord {
  record: LogRecord;
  /** Whole frame, prefix included. */
  size: number;
  /** Key length, then per header name length and value length. */
  lengths: number[];
  headerCount: number;
}

export function measureRecord(record: LogRecord): MeasuredRecord {
  const keyLength = Buffer.byteLength(record.key, 'utf8');
  if (keyLength > U16_MAX) throw new LogRecordFormatError('record key longer than 65535 bytes');
  const lengths = [keyLength];
  let size = 2 + keyLength + 2 + record.value.length;
  let headerCount = 0;
  const headers = record.headers;
  if (headers) {
    for (const name in headers) {
      const nameLength = Buffer.byteLength(name, 'utf8');
      const valueLength = Buffer.byteLength(headers[name] ?? '', 'utf8');
      if (nameLength > U16_MAX || valueLength > U16_MAX) {
        throw new LogRecordFormatError('record header name or value longer than 65535 bytes');
      }
      lengths.push(nameLength, valueLength);
      size += 4 + nameLength + valueLength;
      headerCount++;
    }
  }
  if (headerCount > U16_MAX) throw new LogRecordFormatError('more than 65535 record headers');
  if (size > MAX_RECORD_BYTES) throw new LogRecordFormatError(`record larger than ${MAX_RECORD_BYTES} bytes`);
  return { record, size: FRAME_PREFIX_BYTES + size, lengths, headerCount };
}

/** Writes the frame of a measured record at `at`; returns the position after it. */
export function writeRecordInto(out: Buffer, at: number, measured: MeasuredRecord): number {
  const { record, lengths } = measured;
  const start = at;
  let pos = at + FRAME_PREFIX_BYTES;
  let li = 0;
  const keyLength = lengths[li++] ?? 0;
  pos = out.writeUInt16BE(keyLength, pos);
  pos += out.write(record.key, pos, keyLength, 'utf8');
  pos = out.writeUInt16BE(measured.headerCount, pos);
  const headers = record.headers;
  if (headers) {
    for (const name in headers) {
      const nameLength = lengths[li++] ?? 0;
      const valueLength = lengths[li++] ?? 0;
      pos = out.writeUInt16BE(nameLength, pos);
      pos += out.write(name, pos, nameLength, 'utf8');
      pos = out.writeUInt16BE(valueLength, pos);
      pos += out.write(headers[name] ?? '', pos, valueLength, 'utf8');
    }
  }
  pos += record.value.copy(out, pos);
  out.writeUInt32BE(measured.size - FRAME_PREFIX_BYTES, start);
  out.writeUInt32BE(crc32(out.subarray(start + FRAME_PREFIX_BYTES, pos)), start + 4);
  return pos;
}

/** One record's frame on its own (tests and tools; the log writes groups with writeRecordInto). */
export function encodeRecord(record: LogRecord): Buffer {
  const measured = measureRecord(record);
  const out = Buffer.allocUnsafe(measured.size);
  writeRecordInto(out, 0, measured);
  return out;
}

export type ParsedFrame =
  | { kind: 'record'; record: LogRecord; size: number }
  /** The buffer ends inside this record; `size` is its full size when the prefix was readable. */
  | { kind: 'incomplete'; size: number | undefined }
  | { kind: 'corrupt'; reason: string };

/** Parses the record starting at `at`; values are views into `buf`. */
export function parseRecordAt(buf: Buffer, at: number): ParsedFrame {
  if (buf.length - at < FRAME_PREFIX_BYTES) return { kind: 'incomplete', size: undefined };
  const length = buf.readUInt32BE(at);
  if (length < 4 || length > MAX_RECORD_BYTES)
    return { kind: 'corrupt', reason: 'record length out of range' };
  const size = FRAME_PREFIX_BYTES + length;
  if (buf.length - at < size) return { kind: 'incomplete', size };
  const body = buf.subarray(at + FRAME_PREFIX_BYTES, at + size);
  if (crc32(body) !== buf.readUInt32BE(at + 4))
    return { kind: 'corrupt', reason: 'record checksum mismatch' };
  const record = parseBody(body);
  return record
    ? { kind: 'record', record, size }
    : { kind: 'corrupt', reason: 'record fields overrun the record' };
}

function parseBody(body: Buffer): LogRecord | undefined {
  let at = 0;
  const take = (n: number): Buffer | undefined => {
    if (at + n > body.length) return undefined;
    const out = body.subarray(at, at + n);
    at += n;
    return out;
  };
  const takeU16 = (): number | undefined => take(2)?.readUInt16BE(0);
  const takeString = (): string | undefined => {
    const n = takeU16();
    return n === undefined ? undefined : take(n)?.toString('utf8');
  };

  const key = takeString();
  const count = takeU16();
  if (key === undefined || count === undefined) return undefined;
  const headers: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const name = takeString();
    const value = takeString();
    if (name === undefined || value === undefined) return undefined;
    headers[name] = value;
  }
  const value = body.subarray(at);
  return count > 0 ? { key, value, headers } : { key, value };
}
