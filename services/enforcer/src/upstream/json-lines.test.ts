import { describe, expect, it } from 'vitest';
import { JsonLineSplitter, opensMessageStream } from './json-lines';

describe('JSON lines in an application/json body', () => {
  it('recognises a stream by a first line that is a message with a method', () => {
    const head = (text: string) => Buffer.from(text);
    const at = (text: string) => opensMessageStream(head(text), text.indexOf('\n'));
    expect(at('{"jsonrpc":"2.0","method":"notifications/progress","params":{}}\n{"jsonrpc"')).toBe(true);
    // One response (with a trailing newline), pretty-printed JSON and arrays are single bodies.
    expect(at('{"jsonrpc":"2.0","id":1,"result":{"method":"x"}}\n')).toBe(false);
    expect(at('{\n  "jsonrpc": "2.0",\n  "method": "notifications/progress"\n}')).toBe(false);
    expect(at('[{"jsonrpc":"2.0","method":"a"}]\n')).toBe(false);
  });

  it('splits lines across chunk boundaries, drops blank lines and CRs, and keeps an unterminated last line', () => {
    const text = '{"a":"é"}\r\n\n{"b":2}\n{"c":3}';
    for (let cut = 1; cut < text.length; cut++) {
      const bytes = Buffer.from(text);
      const splitter = new JsonLineSplitter();
      const lines = [...splitter.push(bytes.subarray(0, cut)), ...splitter.push(bytes.subarray(cut))];
      const last = splitter.end();
      expect([...lines, ...(last ? [last] : [])].map((l) => l.toString('utf8'))).toEqual([
        '{"a":"é"}',
        '{"b":2}',
        '{"c":3}',
      ]);
    }
  });

  it('splits a long line arriving in small chunks in linear time', () => {
    const splitter = new JsonLineSplitter();
    const chunk = Buffer.alloc(16 * 1024, 0x61);
    const started = performance.now();
    for (let i = 0; i < 512; i++) expect(splitter.push(chunk)).toEqual([]);
    const [line] = splitter.push(Buffer.from('\nnext'));
    expect(line?.length).toBe(8 * 1024 * 1024);
    expect(splitter.end()?.toString()).toBe('next');
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
