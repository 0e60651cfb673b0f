import { describe, expect, it } from 'vitest';
import { SseByteParser } from './sse-bytes';

const text = (events: { id: string | null; event: string; data: Buffer }[]) =>
  events.map((e) => ({ id: e.id, event: e.event, data: e.data.toString('utf8') }));

describe('SseByteParser', () => {
  it('parses events split anywhere across chunks, multi-line data and comments', () => {
    const stream = Buffer.from(
      'id: 1\nevent: message\ndata: {"a":"é"}\n\n: comment\n\ndata: line1\ndata: line2\n\n',
    );
    for (let cut = 1; cut < stream.length; cut++) {
      const parser = new SseByteParser();
      const events = [...parser.push(stream.subarray(0, cut)), ...parser.push(stream.subarray(cut))];
      expect(text(events)).toEqual([
        { id: '1', event: 'message', data: '{"a":"é"}' },
        { id: null, event: 'message', data: 'line1\nline2' },
      ]);
      expect(parser.pending()).toBe(0);
    }
  });

  it('accepts CRLF and CR line endings, and keeps an incomplete tail', () => {
    const parser = new SseByteParser();
    expect(text(parser.push(Buffer.from('data: x\r\n\r\nid: 7\rdata: y\r\r')))).toEqual([
      { id: null, event: 'message', data: 'x' },
    ]);
    // A CR at the end of a chunk may be half a CRLF: the event completes with the next chunk.
    expect(text(parser.push(Buffer.from('data: partial')))).toEqual([
      { id: '7', event: 'message', data: 'y' },
    ]);
    expect(parser.pending()).toBe('data: partial'.length);
  });

  it('hands out the data without copying when an event sits in one chunk', () => {
    const chunk = Buffer.from('data: {"jsonrpc":"2.0"}\n\n');
    const [event] = new SseByteParser().push(chunk);
    expect(event?.data.buffer).toBe(chunk.buffer);
    expect(event?.data.toString()).toBe('{"jsonrpc":"2.0"}');
  });

  it('keeps a priming event (an id without data) as an event with empty data', () => {
    expect(text(new SseByteParser().push(Buffer.from('id: p1\ndata: \n\n')))).toEqual([
      { id: 'p1', event: 'message', data: '' },
    ]);
  });
});
