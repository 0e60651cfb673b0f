/** ASTM E1394 analyzer records read by record type and field position. Values are made up. */
import { describe, expect, it } from 'vitest';
import { detectText } from '../detect';
import { expectDetected, expectKept } from '../test-helpers';

const RECORDS = [
  'H|\\^&|||Cobalt Analyzer 9^4.1.2|||||HOST||P|1|20240611083015',
  'P|1|PX448120|77310||MARRAKESH^TOBIAH^Q||19510203|F||12 Fennimore Ct^Larkspur Bend^OR^97219||503-555-0148|OKONKWO^ADAEZE',
  'O|1|SP99201834||^^^2345-7|R|20240611071502|20240611072000|||||||||||||||',
  'R|1|^^^2345-7^Glucose|112|mg/dL|70-99|H||F||TECH|20240611080000|20240611081500',
  'L|1|N',
].join('\r');

describe('ASTM records', () => {
  it.each([
    ['PX448120', 'mrn'],
    ['77310', 'other_id'],
    ['MARRAKESH', 'name'],
    ['TOBIAH', 'name'],
    ['19510203', 'date'],
    ['12 Fennimore Ct', 'street_address'],
    ['Larkspur Bend', 'geo'],
    ['97219', 'zip'],
    ['503-555-0148', 'phone'],
    ['OKONKWO', 'name'],
    ['SP99201834', 'other_id'],
    ['20240611071502', 'date'],
    ['20240611081500', 'date'],
  ] as const)('finds %s by its record and field', (value, type) => expectDetected(RECORDS, value, type));

  it.each(['Cobalt Analyzer 9', '20240611083015', '2345-7', 'Glucose', '112', '70-99'])(
    'keeps the header, test codes and results: %s',
    (value) => expectKept(RECORDS, value),
  );

  it("reads a patient's age over 89 where the birth date and the message's year give it, not a weight or a younger age", () => {
    const header = '1H|\\^&|||cobas^3.9|||||LIS||P|1|20251112192821\n';
    const order = '\n3O|1|ACC5521||^^^GLU';
    const old = `${header}2P|1|QZ7742|||GALLAGHER^AUGUSTIN||19250614|M|||||HALVORSEN^LIESEL|||||||||||100${order}`;
    expectDetected(old, '100', 'age');
    const weight = `${header}2P|1|QZ7742|||GALLAGHER^AUGUSTIN||19700614|M|||||HALVORSEN^LIESEL|||95${order}`;
    expectKept(weight, '95');
    const young = `${header}2P|1|QZ7742|||PAPADAKIS^YEVGENIA||19910913|F|||||HALVORSEN^LIESEL|||||||||||34${order}`;
    expectKept(young, '34');
  });

  it('reads records after a frame number, with the delimiters the header declares', () => {
    const framed = '1H|\\^&|||LIS\n2P|1|QZ7710|||FENWICK^ORLA||19800101|M\n3O|1|ACC5521||^^^GLU';
    expectDetected(framed, 'QZ7710', 'mrn');
    expectDetected(framed, 'FENWICK', 'name');
    expectDetected(framed, 'ACC5521', 'other_id');
  });

  it('reads no ASTM without a header or an order or result beside the patient record', () => {
    const text = 'P|1|notes|about|the|plan';
    expect(detectText(text).filter((s) => s.ruleId === 'astm_fields')).toEqual([]);
  });
});
