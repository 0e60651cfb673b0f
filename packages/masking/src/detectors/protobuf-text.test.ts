/** Protocol Buffers text format read by key and enclosing message. Values are made up. */
import { describe, expect, it } from 'vitest';
import { detectText } from '../detect';
import { expectDetected, expectKept } from '../test-helpers';

const DUMP = [
  'trace_id: "9f1c2e"',
  'member {',
  '  name {',
  '    family: "Oakhurst"',
  '    given: "Pell"',
  '  }',
  '  address { city: "Larkfield" postal_code: "30417" state: "GA" }',
  '}',
  'order {',
  '  prescriber { npi: "1234567893" }',
  '  drug { display: "Metformin 500 mg" rxnorm: "861007" }',
  '}',
  'client_version: "3.2.0"',
].join('\n');

describe('protobuf text format', () => {
  it.each([
    ['Oakhurst', 'name'],
    ['Pell', 'name'],
    ['Larkfield', 'geo'],
    ['30417', 'zip'],
    ['1234567893', 'license'],
  ] as const)('finds %s by its key and message', (value, type) => expectDetected(DUMP, value, type));

  it.each(['Metformin 500 mg', '861007', '3.2.0', '9f1c2e'])('keeps the other fields: %s', (value) =>
    expectKept(DUMP, value),
  );

  it('reads nothing in text without a message block', () => {
    const yaml = 'family: "Oakhurst"\ncity: "Larkfield"';
    expect(detectText(yaml).filter((s) => s.ruleId === 'protobuf_text')).toEqual([]);
  });
});
