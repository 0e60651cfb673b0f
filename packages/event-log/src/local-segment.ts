/**
 * Segment files of the local event log: one append-only file per topic (`<topic>.log`),
 * plus the consumer groups' committed offsets (`<topic>.<group>.offset`). Segment rolling
 * and retention are not implemented yet: a segment grows until the log is rebuilt.
 */
import type { FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { FRAME_PREFIX_BYTES, parseRecordAt } from './local-record-format';
import type { LogRecord } from './port';

/** Kafka's legal topic and group characters; also keeps names from escaping the directory. */
const NAME = /^[A-Za-z0-9._-]{1,249}$/;

export function isLogName(name: string): boolean {
  return NAME.test(name) && name !== '.' && name !== '..';
}

export function assertLogName(kind: 'topic' | 'group', name: string): void {
  if (!isLogName(name)) {
    throw new Error(`invalid ${kind} name ${JSON.stringify(name)}: use letters, digits, ".", "_" and "-"`);
  }
}

export function segmentPath(dir: string, topic: string): string {
  assertLogName('topic', topic);
  return join(dir, `${topic}.log`);
}

export function offsetPath(dir: string, topic: string, groupId: string): string {
  assertLogName('topic', topic);
  assertLogName('group', groupId);
  return join(dir, `${topic}.${groupId}.offset`);
}

export interface FramesRead {
  records: { record: LogRecord; offset: number; end: number }[];
  /** Where the next read starts: the end of the last record returned. */
  next: number;
  /** Set when reading stopped before `until` at something that is not a whole, valid record. */
  invalid?: { offset: number; reason: string };
}

const READ_CHUNK_BYTES = 1024 * 1024;

/** Reads whole, checksum-valid records from `from` up to the byte position `until`. */
export async function readFrames(
  handle: FileHandle,
  from: number,
  until: number,
  maxRecords: number,
): Promise<FramesRead> {
  const records: FramesRead['records'] = [];
  let pos = from;
  let needed = 0;
  while (records.length < maxRecords && pos < until) {
    const want = Math.min(until - pos, Math.max(READ_CHUNK_BYTES, needed));
    const buf = Buffer.allocUnsafe(want);
    const { bytesRead } = await handle.read(buf, 0, want, pos);
    const chunk = buf.subarray(0, bytesRead);
    const chunkReachesEnd = pos + bytesRead >= until;
    let at = 0;
    for (;;) {
      if (records.length >= maxRecords) break;
      const parsed = parseRecordAt(chunk, at);
      if (parsed.kind === 'record') {
        records.push({ record: parsed.record, offset: pos + at, end: pos + at + parsed.size });
        at += parsed.size;
        continue;
      }
      if (parsed.kind === 'corrupt')
        return { records, next: pos + at, invalid: { offset: pos + at, reason: parsed.reason } };
      if (chunkReachesEnd || bytesRead < want) {
        return at === chunk.length
          ? { records, next: pos + at }
          : { records, next: pos + at, invalid: { offset: pos + at, reason: 'record incomplete' } };
      }
      needed = parsed.size ?? FRAME_PREFIX_BYTES;
      break;
    }
    pos += at;
  }
  return { records, next: pos };
}
