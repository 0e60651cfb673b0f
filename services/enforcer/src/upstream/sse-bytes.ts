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
}

const LF = 0x0a;
const CR = 0x0d;
const COLON = 0x3a;
const SPACE = 0x20;
const EMPTY = Buffer.alloc(0);

export class SseByteParser {
  private rest: Buffer = EMPTY;

  /** Feeds a chunk; returns the events it completed. */
  push(chunk: Buffer): SseByteEvent[] {
    const buffer = this.rest.length === 0 ? chunk : Buffer.concat([this.rest, chunk]);
    const events: SseByteEvent[] = [];
    let lineStart = 0;
    let eventStart = 0;
    let fields: Field[] = [];
    let i = 0;
    while (i < buffer.length) {
      const byte = buffer[i] as number;
      if (byte !== LF && byte !== CR) {
        i++;
        continue;
      }
      // A CR at the very end may be the first half of a CRLF: wait for the next chunk.
      if (byte === CR && i + 1 === buffer.length) break;
      const lineEnd = i;
      i += byte === CR && buffer[i + 1] === LF ? 2 : 1;
      if (lineEnd === lineStart) {
        // An event of comments only (keep-alives) is no event.
        if (fields.some((f) => buffer[f.start] !== COLON)) events.push(toEvent(buffer, fields));
        fields = [];
        eventStart = i;
      } else {
        fields.push({ start: lineStart, end: lineEnd });
      }
      lineStart = i;
    }
    this.rest = eventStart < buffer.length ? buffer.subarray(eventStart) : EMPTY;
    return events;
  }

  /** Bytes of an incomplete trailing event, if the stream ended mid-event. */
  pending(): number {
    return this.rest.length;
  }
}

interface Field {
  start: number;
  end: number;
}

function toEvent(buffer: Buffer, fields: Field[]): SseByteEvent {
  let id: string | null = null;
  let event = 'message';
  const data: Buffer[] = [];
  for (const { start, end } of fields) {
    if (buffer[start] === COLON) continue;
    const colon = buffer.indexOf(COLON, start);
    const nameEnd = colon === -1 || colon > end ? end : colon;
    let valueStart = nameEnd === end ? end : nameEnd + 1;
    if (valueStart < end && buffer[valueStart] === SPACE) valueStart++;
    const name = buffer.toString('latin1', start, nameEnd);
    if (name === 'data') data.push(buffer.subarray(valueStart, end));
    else if (name === 'id') id = buffer.toString('utf8', valueStart, end);
    else if (name === 'event') event = buffer.toString('utf8', valueStart, end);
  }
  return { id, event, data: data.length === 1 ? (data[0] as Buffer) : joinLines(data) };
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
