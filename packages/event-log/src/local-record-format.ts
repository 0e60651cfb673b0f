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

export function encodeRecord(record: LogRecord): Buffer {
  const key = Buffer.from(record.key, 'utf8');
  const headers = Object.entries(record.headers ?? {}).map(
    ([name, value]) => [Buffer.from(name, 'utf8'), Buffer.from(value, 'utf8')] as const,
  );
  if (key.length > U16_MAX) throw new LogRecordFormatError('record key longer than 65535 bytes');
  if (headers.length > U16_MAX) throw new LogRecordFormatError('more than 65535 record headers');
  let size = 2 + key.length + 2 + record.value.length;
  for (const [name, value] of headers) {
    if (name.length > U16_MAX || value.length > U16_MAX) {
      throw new LogRecordFormatError('record header name or value longer than 65535 bytes');
    }
    size += 4 + name.length + value.length;
  }
  if (size > MAX_RECORD_BYTES) throw new LogRecordFormatError(`record larger than ${MAX_RECORD_BYTES} bytes`);

  const out = Buffer.allocUnsafe(FRAME_PREFIX_BYTES + size);
  let at = FRAME_PREFIX_BYTES;
  at = out.writeUInt16BE(key.length, at);
  at += key.copy(out, at);
  at = out.writeUInt16BE(headers.length, at);
  for (const [name, value] of headers) {
    at = out.writeUInt16BE(name.length, at);
    at += name.copy(out, at);
    at = out.writeUInt16BE(value.length, at);
    at += value.copy(out, at);
  }
  record.value.copy(out, at);
  out.writeUInt32BE(size, 0);
  out.writeUInt32BE(crc32(out.subarray(FRAME_PREFIX_BYTES)), 4);
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
