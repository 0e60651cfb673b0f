/**
 * Some servers answer a POST with `Content-Type: application/json` and then write several
 * JSON-RPC messages, one per line, keeping the body open (progress notifications before the
 * result; a `subscriptions/listen` stream that never ends). A client reading lines sees each
 * message as it comes; a gateway waiting for the end of "one JSON body" would hang or call
 * it malformed. Such a body is recognised by its first line: a single JSON body is one
 * response, so a first line that is a whole message carrying a `method` opens a stream.
 */

const LF = 0x0a;
const CR = 0x0d;
const EMPTY = Buffer.alloc(0);

/** True when the bytes before `lf` (the body's first newline) are one JSON message with a method. */
export function opensMessageStream(head: Buffer, lf: number): boolean {
  let message: unknown;
  try {
    message = JSON.parse(head.toString('utf8', 0, lf));
  } catch {
    // Pretty-printed JSON spans lines: its first line is no message.
    return false;
  }
  return (
    typeof message === 'object' &&
    message !== null &&
    !Array.isArray(message) &&
    typeof (message as { method?: unknown }).method === 'string'
  );
}

/**
 * Splits a byte stream into its non-empty lines (LF or CRLF), across chunk boundaries, in time
 * linear in the bytes: a line spanning chunks is copied once, when it ends.
 */
export class JsonLineSplitter {
  /** The line being read, when it started in an earlier chunk. */
  private parts: Buffer[] = [];
  private partsBytes = 0;

  push(chunk: Buffer): Buffer[] {
    const lines: Buffer[] = [];
    let start = 0;
    let lf = chunk.indexOf(LF);
    while (lf !== -1) {
      const line = trimLine(this.take(chunk.subarray(start, lf)));
      if (line.length > 0) lines.push(line);
      start = lf + 1;
      lf = chunk.indexOf(LF, start);
    }
    if (start < chunk.length) {
      this.parts.push(chunk.subarray(start));
      this.partsBytes += chunk.length - start;
    }
    return lines;
  }

  /** Bytes of the line not yet ended. */
  pending(): number {
    return this.partsBytes;
  }

  /** The last line, when the stream ended without a newline after it. */
  end(): Buffer | null {
    const line = trimLine(this.take(EMPTY));
    return line.length > 0 ? line : null;
  }

  private take(tail: Buffer): Buffer {
    if (this.parts.length === 0) return tail;
    const line = Buffer.concat([...this.parts, tail]);
    this.parts = [];
    this.partsBytes = 0;
    return line;
  }
}

function trimLine(line: Buffer): Buffer {
  let end = line.length;
  while (end > 0 && (line[end - 1] === CR || line[end - 1] === 0x20 || line[end - 1] === 0x09)) end--;
  return end === line.length ? line : line.subarray(0, end);
}
