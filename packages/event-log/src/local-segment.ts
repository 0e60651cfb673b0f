/**
 * Files of the local event log. Each topic is a sequence of append-only segments,
 * `segments/<topic>/<base>.log`, where `<base>` (20 digits) is the log position of the
 * segment's first byte: a record's offset is its byte position in the topic's whole log, so
 * offsets keep growing across segments and a committed offset means the same thing whichever
 * segments still exist. The consumer groups' committed offsets are `<topic>.<group>.offset`.
 * (Logs written before segments existed had one `<topic>.log`: it becomes the segment at 0.)
 */
import { type FileHandle, open, readdir, readFile, rename } from 'node:fs/promises';
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

const SEGMENT_FILE = /^(\d{20})\.log$/;

/** The directory holding a topic's segments. */
export function topicDir(dir: string, topic: string): string {
  assertLogName('topic', topic);
  return join(dir, 'segments', topic);
}

export function segmentFileName(base: number): string {
  return `${String(base).padStart(20, '0')}.log`;
}

/** Where a topic's single file lived before segments existed. */
export function legacySegmentPath(dir: string, topic: string): string {
  assertLogName('topic', topic);
  return join(dir, `${topic}.log`);
}

/** The base positions of a topic's segments, ascending; empty when the topic has none yet. */
export async function listSegments(dir: string, topic: string): Promise<number[]> {
  let names: string[];
  try {
    names = await readdir(topicDir(dir, topic));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  return names
    .flatMap((name) => {
      const digits = SEGMENT_FILE.exec(name)?.[1];
      return digits === undefined ? [] : [Number(digits)];
    })
    .sort((a, b) => a - b);
}

/** The topics that have segments (or a file from before segments existed). */
export async function listTopics(dir: string): Promise<string[]> {
  const topics = new Set<string>();
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const legacy = /^(.+)\.log$/.exec(name)?.[1];
    if (legacy && isLogName(legacy)) topics.add(legacy);
  }
  for (const name of await readdir(join(dir, 'segments')).catch(() => [] as string[])) {
    if (isLogName(name)) topics.add(name);
  }
  return [...topics];
}

/** A group's committed offset (the position after what it finished), or undefined if none. */
export async function readCommittedOffset(
  dir: string,
  topic: string,
  groupId: string,
): Promise<number | undefined> {
  const file = offsetPath(dir, topic, groupId);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  const offset = Number(text.trim());
  if (!Number.isSafeInteger(offset) || offset < 0) throw new Error(`invalid committed offset in ${file}`);
  return offset;
}

/** Commits a group's offset: written to a temporary file, synced, then renamed over the old one. */
export async function writeCommittedOffset(
  dir: string,
  topic: string,
  groupId: string,
  position: number,
): Promise<void> {
  const file = offsetPath(dir, topic, groupId);
  const temp = `${file}.tmp`;
  const handle = await open(temp, 'w', 0o600);
  try {
    await handle.writeFile(`${position}\n`);
    await handle.datasync();
  } finally {
    await handle.close();
  }
  await rename(temp, file);
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
