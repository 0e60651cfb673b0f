/**
 * Newline-delimited framing for stdio MCP servers: one JSON-RPC message per line on stdout,
 * and free text lines on stderr. Chunks arrive split anywhere (inside a line, inside a UTF-8
 * sequence); a line longer than the limit is dropped whole and reported once, so a server
 * that never writes a newline cannot grow the gateway without bound.
 */
export type LineItem = { type: 'line'; line: Buffer } | { type: 'too_long'; bytes: number };

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

export class LineDecoder {
  private parts: Buffer[] = [];
  private pending = 0;
  /** Bytes of the current over-long line seen so far; -1 when not inside one. */
  private discarding = -1;

  constructor(private readonly maxLineBytes: number) {
    if (!Number.isInteger(maxLineBytes) || maxLineBytes <= 0) {
      throw new RangeError('maxLineBytes must be a positive integer');
    }
  }

  push(chunk: Buffer): LineItem[] {
    const items: LineItem[] = [];
    let start = 0;
    for (;;) {
      const end = chunk.indexOf(NEWLINE, start);
      if (end === -1) break;
      this.take(chunk.subarray(start, end), items, true);
      start = end + 1;
    }
    if (start < chunk.length) this.take(chunk.subarray(start), items, false);
    return items;
  }

  /** Completes a last line that had no newline (the stream ended). */
  end(): LineItem[] {
    const items: LineItem[] = [];
    this.take(Buffer.alloc(0), items, true);
    return items;
  }

  private take(piece: Buffer, items: LineItem[], complete: boolean): void {
    if (this.discarding >= 0) {
      this.discarding += piece.length;
      if (complete) {
        items.push({ type: 'too_long', bytes: this.discarding });
        this.discarding = -1;
      }
      return;
    }
    if (this.pending + piece.length > this.maxLineBytes) {
      this.discarding = this.pending + piece.length;
      this.parts = [];
      this.pending = 0;
      if (complete) {
        items.push({ type: 'too_long', bytes: this.discarding });
        this.discarding = -1;
      }
      return;
    }
    if (!complete) {
      // Copy: the caller's chunk may be reused once push returns.
      this.parts.push(Buffer.from(piece));
      this.pending += piece.length;
      return;
    }
    let line = this.parts.length === 0 ? piece : Buffer.concat([...this.parts, piece]);
    this.parts = [];
    this.pending = 0;
    if (line.length > 0 && line[line.length - 1] === CARRIAGE_RETURN) line = line.subarray(0, -1);
    if (line.length > 0) items.push({ type: 'line', line });
  }
}

/** Serializes one message as a line for a stdio server's stdin. */
export function encodeLine(json: string | Buffer): Buffer {
  const text = typeof json === 'string' ? Buffer.from(json, 'utf8') : json;
  if (text.includes(NEWLINE)) {
    // JSON.stringify never emits a raw newline; a message text containing one was pretty-printed.
    return Buffer.concat([Buffer.from(JSON.stringify(JSON.parse(text.toString('utf8'))), 'utf8'), NL]);
  }
  return Buffer.concat([text, NL]);
}

const NL = Buffer.from('\n');
