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

  it("reads an event's retry field, and ignores one that is not a number of milliseconds", () => {
    const parser = new SseByteParser();
    const events = parser.push(
      Buffer.from('id: 1\nretry: 500\ndata: \n\ndata: x\n\nretry: soon\ndata: y\n\n'),
    );
    expect(events.map((e) => e.retry)).toEqual([500, undefined, undefined]);
    expect(text(events)).toEqual([
      { id: '1', event: 'message', data: '' },
      { id: null, event: 'message', data: 'x' },
      { id: null, event: 'message', data: 'y' },
    ]);
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

  it('parses any split of a stream as it parses the whole, whatever the line endings', () => {
    const stream = Buffer.from(
      'id: a\r\ndata: {"n":1}\r\n\r\n: keep-alive\n\ndata: x\rdata: y\r\rid: b\ndata: é\n\nevent: other\ndata:\n\n',
    );
    const whole = text(new SseByteParser().push(stream));
    expect(whole).toEqual([
      { id: 'a', event: 'message', data: '{"n":1}' },
      { id: null, event: 'message', data: 'x\ny' },
      { id: 'b', event: 'message', data: 'é' },
      { id: null, event: 'other', data: '' },
    ]);
    // Every way of cutting it in three pieces gives the same events.
    for (let a = 1; a < stream.length; a += 3) {
      for (let b = a; b < stream.length; b += 5) {
        const parser = new SseByteParser();
        const events = [a, b, stream.length].flatMap((end, i) =>
          parser.push(stream.subarray([0, a, b][i], end)),
        );
        expect(text(events)).toEqual(whole);
        expect(parser.pending()).toBe(0);
      }
    }
  });

  it('reads a large event arriving in small chunks in linear time (seconds, not minutes, for 8 MiB)', () => {
    const parser = new SseByteParser();
    const chunk = Buffer.alloc(16 * 1024, 0x61);
    const started = performance.now();
    parser.push(Buffer.from('data: '));
    for (let i = 0; i < 512; i++) expect(parser.push(chunk)).toEqual([]);
    const [event] = parser.push(Buffer.from('\n\n'));
    expect(event?.data.length).toBe(8 * 1024 * 1024);
    // Copying the pending event per chunk took about 40 s here; one pass takes well under 1 s.
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
