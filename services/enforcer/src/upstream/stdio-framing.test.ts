import { describe, expect, it } from 'vitest';
import { encodeLine, LineDecoder, type LineItem } from './stdio-framing';

const text = (items: LineItem[]) =>
  items.map((item) => (item.type === 'line' ? item.line.toString('utf8') : `<too long: ${item.bytes}>`));

describe('LineDecoder', () => {
  it('joins lines split across chunks and splits chunks holding several lines', () => {
    const decoder = new LineDecoder(1024);
    expect(text(decoder.push(Buffer.from('{"a":')))).toEqual([]);
    expect(text(decoder.push(Buffer.from('1}\n{"b":2}\n{"c"')))).toEqual(['{"a":1}', '{"b":2}']);
    expect(text(decoder.push(Buffer.from(':3}\n')))).toEqual(['{"c":3}']);
  });

  it('strips CR of CRLF line ends and skips empty lines', () => {
    const decoder = new LineDecoder(1024);
    expect(text(decoder.push(Buffer.from('one\r\n\n\r\ntwo\n')))).toEqual(['one', 'two']);
  });

  it('keeps a UTF-8 character split between chunks intact', () => {
    const decoder = new LineDecoder(1024);
    const bytes = Buffer.from('{"name":"Zoë"}\n', 'utf8');
    const cut = bytes.indexOf(0xc3) + 1;
    const items = [...decoder.push(bytes.subarray(0, cut)), ...decoder.push(bytes.subarray(cut))];
    expect(text(items)).toEqual(['{"name":"Zoë"}']);
  });

  it('drops a line over the limit once, whole, and goes on with the next line', () => {
    const decoder = new LineDecoder(8);
    const items = [
      ...decoder.push(Buffer.from('short\n0123456')),
      ...decoder.push(Buffer.from('789abcdef')),
      ...decoder.push(Buffer.from('ghij\nok\n')),
    ];
    expect(text(items)).toEqual(['short', '<too long: 20>', 'ok']);
  });

  it('never holds more than the limit for a line that has no end', () => {
    const decoder = new LineDecoder(16);
    for (let i = 0; i < 1000; i += 1) expect(decoder.push(Buffer.alloc(1024, 0x61))).toEqual([]);
    expect(text(decoder.end())).toEqual([`<too long: ${1024 * 1000}>`]);
  });

  it('delivers a last line without newline at the end of the stream', () => {
    const decoder = new LineDecoder(1024);
    expect(text(decoder.push(Buffer.from('a\nlast')))).toEqual(['a']);
    expect(text(decoder.end())).toEqual(['last']);
    expect(decoder.end()).toEqual([]);
  });

  it('rejects a limit that is not a positive integer', () => {
    expect(() => new LineDecoder(0)).toThrow(/positive integer/);
  });
});

describe('encodeLine', () => {
  it('appends one newline', () => {
    expect(encodeLine('{"a":1}').toString()).toBe('{"a":1}\n');
  });

  it('re-serializes pretty-printed JSON onto one line', () => {
    expect(encodeLine(Buffer.from('{\n  "a": 1\n}')).toString()).toBe('{"a":1}\n');
  });
});
