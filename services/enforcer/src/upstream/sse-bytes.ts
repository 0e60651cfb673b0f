/**
 * Server-Sent Events parsed on bytes: each event's data is a slice of the received chunk (no
 * copy when the event sits in one chunk) and is decoded to a string only by whoever needs the
 * text. The gateway parses the JSON once from it and keeps the bytes for the audit record and
 * the client.
 */
export interface SseByteEvent {
  id: string | null;
  event: string;
  data: Buffer;
  /** The event's `retry` field: how many milliseconds the server asks a client to wait before it reconnects. */
  retry?: number;
}

const LF = 0x0a;
const CR = 0x0d;
const COLON = 0x3a;
const SPACE = 0x20;
const EMPTY = Buffer.alloc(0);

/**
 * Reads each chunk once, in time linear in the bytes received however an event is split: a
 * line that spans chunks is copied once when it ends, never the whole pending event per chunk
 * (a 16 MiB event in 16 KiB chunks took minutes of one CPU that way, the gateway frozen).
 */
export class SseByteParser {
  /** The line being read, when it started in an earlier chunk. */
  private lineParts: Buffer[] = [];
  /** The completed lines of the event being read. */
  private lines: Buffer[] = [];
  /** The previous chunk ended with a CR, not yet taken as a line end (it may be half a CRLF). */
  private heldCR = false;
  private partsBytes = 0;
  private linesBytes = 0;

  /** Feeds a chunk; returns the events it completed. */
  push(chunk: Buffer): SseByteEvent[] {
    const events: SseByteEvent[] = [];
    let lineStart = 0;
    let i = 0;
    if (this.heldCR) {
      this.heldCR = false;
      this.endLine(this.takeLine(EMPTY), events);
      if (chunk[0] === LF) lineStart = i = 1;
    }
    // The next LF and CR, each found by a native search and kept until passed.
    let nextLF = -2;
    let nextCR = -2;
    while (i < chunk.length) {
      if (nextLF !== -1 && nextLF < i) nextLF = chunk.indexOf(LF, i);
      if (nextCR !== -1 && nextCR < i) nextCR = chunk.indexOf(CR, i);
      if (nextLF === -1 && nextCR === -1) break;
      i = nextLF === -1 ? nextCR : nextCR === -1 ? nextLF : Math.min(nextLF, nextCR);
      const byte = chunk[i] as number;
      if (byte === CR && i + 1 === chunk.length) {
        // A CR at the very end may be the first half of a CRLF: decided with the next chunk.
        this.keepPart(chunk.subarray(lineStart, i));
        this.heldCR = true;
        return events;
      }
      const line = this.takeLine(chunk.subarray(lineStart, i));
      i += byte === CR && chunk[i + 1] === LF ? 2 : 1;
      lineStart = i;
      this.endLine(line, events);
    }
    if (lineStart < chunk.length) this.keepPart(chunk.subarray(lineStart));
    return events;
  }

  /** Bytes of an incomplete trailing event, if the stream ended mid-event. */
  pending(): number {
    return this.linesBytes + this.partsBytes + (this.heldCR ? 1 : 0);
  }

  private keepPart(part: Buffer): void {
    this.lineParts.push(part);
    this.partsBytes += part.length;
  }

  private takeLine(tail: Buffer): Buffer {
    if (this.lineParts.length === 0) return tail;
    const line = Buffer.concat([...this.lineParts, tail]);
    this.lineParts = [];
    this.partsBytes = 0;
    return line;
  }

  private endLine(line: Buffer, events: SseByteEvent[]): void {
    if (line.length > 0) {
      this.lines.push(line);
      this.linesBytes += line.length + 1;
      return;
    }
    // An event of comments only (keep-alives) is no event.
    if (this.lines.some((l) => l[0] !== COLON)) events.push(toEvent(this.lines));
    this.lines = [];
    this.linesBytes = 0;
  }
}

/** A `retry` value: ASCII digits only, else the field is ignored (the SSE processing model). */
const RETRY_VALUE = /^\d+$/;

function toEvent(lines: Buffer[]): SseByteEvent {
  let id: string | null = null;
  let event = 'message';
  let retry: number | undefined;
  const data: Buffer[] = [];
  for (const line of lines) {
    if (line[0] === COLON) continue;
    const colon = line.indexOf(COLON);
    const nameEnd = colon === -1 ? line.length : colon;
    let valueStart = nameEnd === line.length ? line.length : nameEnd + 1;
    if (valueStart < line.length && line[valueStart] === SPACE) valueStart++;
    const name = line.toString('latin1', 0, nameEnd);
    if (name === 'data') data.push(line.subarray(valueStart));
    else if (name === 'id') id = line.toString('utf8', valueStart);
    else if (name === 'event') event = line.toString('utf8', valueStart);
    else if (name === 'retry') {
      const value = line.toString('latin1', valueStart);
      if (RETRY_VALUE.test(value)) retry = Number(value);
    }
  }
  const joined = data.length === 1 ? (data[0] as Buffer) : joinLines(data);
  return retry === undefined ? { id, event, data: joined } : { id, event, data: joined, retry };
}

function joinLines(lines: Buffer[]): Buffer {
  if (lines.length === 0) return EMPTY;
  const parts: Buffer[] = [];
  lines.forEach((line, i) => {
    if (i > 0) parts.push(Buffer.from('\n'));
    parts.push(line);
  });
  return Buffer.concat(parts);
}
