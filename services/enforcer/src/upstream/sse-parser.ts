/**
 * Incremental Server-Sent Events parsing that keeps each event's raw text, so the gateway
 * can forward exactly the bytes the upstream sent (ids included, for resumption) after
 * recording the message inside.
 */
export interface SseEvent {
  /** The event's raw text including its terminating blank line. */
  raw: string;
  id: string | null;
  event: string;
  data: string;
}

export class SseParser {
  private buffer = '';

  /** Feeds a chunk; returns the events it completed. */
  push(chunk: string): SseEvent[] {
    this.buffer += chunk;
    const events: SseEvent[] = [];
    for (;;) {
      const end = findEventEnd(this.buffer);
      if (end === null) break;
      const raw = this.buffer.slice(0, end.next);
      this.buffer = this.buffer.slice(end.next);
      events.push(parseEvent(raw, raw.slice(0, end.contentEnd)));
    }
    return events;
  }

  /** Text of an incomplete trailing event, if the stream ended mid-event. */
  rest(): string {
    return this.buffer;
  }
}

function findEventEnd(buffer: string): { contentEnd: number; next: number } | null {
  const match = /\r\n\r\n|\n\n|\r\r/.exec(buffer);
  if (!match) return null;
  return { contentEnd: match.index, next: match.index + match[0].length };
}

function parseEvent(raw: string, content: string): SseEvent {
  let id: string | null = null;
  let event = 'message';
  const data: string[] = [];
  for (const line of content.split(/\r\n|\n|\r/)) {
    if (line === '' || line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') data.push(value);
    else if (field === 'id') id = value;
    else if (field === 'event') event = value;
  }
  return { raw, id, event, data: data.join('\n') };
}
