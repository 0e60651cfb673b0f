import { describe, expect, it } from 'vitest';
import { SseParser } from './sse-parser';

describe('SseParser', () => {
  it('parses events split across chunks and keeps their raw text', () => {
    const parser = new SseParser();
    const text = 'id: 1\nevent: message\ndata: {"a":1}\n\n: comment\ndata: line1\ndata: line2\n\n';
    const events = [...parser.push(text.slice(0, 13)), ...parser.push(text.slice(13))];
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({ id: '1', event: 'message', data: '{"a":1}' });
    expect(events[0]?.raw).toBe('id: 1\nevent: message\ndata: {"a":1}\n\n');
    expect(events[1]).toMatchObject({ id: null, event: 'message', data: 'line1\nline2' });
    expect(events.map((e) => e.raw).join('')).toBe(text);
    expect(parser.rest()).toBe('');
  });

  it('accepts CRLF line endings and keeps an incomplete tail', () => {
    const parser = new SseParser();
    expect(parser.push('data: x\r\n\r\ndata: partial')).toEqual([
      { raw: 'data: x\r\n\r\n', id: null, event: 'message', data: 'x' },
    ]);
    expect(parser.rest()).toBe('data: partial');
  });
});
