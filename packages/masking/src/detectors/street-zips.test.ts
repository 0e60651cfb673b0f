import { describe, expect, it } from 'vitest';
import { detectText } from '../detect';
import { createMasker } from '../index';

// Synthetic values only.
function masked(text: string): string[] {
  return detectText(text).map((s) => text.slice(s.start, s.end));
}

describe('the town and ZIP code closing a street address', () => {
  it.each([
    ['Addr 42053 Quillan Burg Apt. 119 Harrowvale 50959 | Ph 555-0100', ['Harrowvale', '50959']],
    ['ADDR 88 BIRCH ROAD TARROWFORD MI 48201', ['48201']],
    ['Addr 551 W South Street Suite 285 78465', ['78465']],
  ])('%s', (text, parts) => {
    const found = masked(text);
    for (const part of parts) expect(found.some((f) => f.includes(part))).toBe(true);
  });

  it('leaves a number after a label or a word in lower case', () => {
    for (const text of ['Lives at 12 Oak Street Ph 55512 ext', 'Delivered to 48 Elm Road for 12345 units'])
      expect(masked(text).some((f) => /\d{5}/.test(f) && !/Oak|Elm/.test(f))).toBe(false);
  });
});

describe('a form of label and value pairs', () => {
  it('masks a label of signs alone without failing the record', () => {
    const record = {
      document_id: '9e659690-b992-45d7-8694-867e781605f0',
      engine: { name: 'ocr', version: 'v0.24.6' },
      fields: [
        { label: 'SS#', value: '546-42-2977', confidence: 0.82 },
        { label: '#', value: 'x', confidence: 0.5 },
      ],
    };
    const r = createMasker().maskFrame(JSON.stringify(record));
    expect(r.quarantined).toBe(false);
    expect(r.text).toContain('9e659690-b992-45d7-8694-867e781605f0');
    expect(r.text).toContain('v0.24.6');
    expect(r.text).not.toContain('546-42-2977');
  });
});
