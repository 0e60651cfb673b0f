import { describe, expect, it } from 'vitest';
import { detectText } from '../detect';
import type { PhiType } from '../types';
import { quotedInput } from './quoted-input';

// Synthetic values only.
function spansOf(text: string): Array<[string, PhiType]> {
  return detectText(text, { detectors: [quotedInput] }).map((s) => [text.slice(s.start, s.end), s.type]);
}

describe('names quoted back in errors and logs', () => {
  it.each([
    ["ERROR no patient found for 'TAMSIN VOLKERANT' born 07/23/1941", 'TAMSIN VOLKERANT'],
    ["duplicate candidate: 'Osric Quillan' (DOB 03/04/1950)", 'Osric Quillan'],
    ["field Patient.ssn (patient 'Brit dell'Aquila', DOB 02/02/1960)", "Brit dell'Aquila"],
    ["no match for 'N'Quill Tamsin', dob 1950-01-01", "N'Quill Tamsin"],
    ["duplicate: 'A Quill' (x) vs 'Nerys ter Quill' score=0.9", 'Nerys ter Quill'],
    ['lookup of patient "Halvor Brisk" timed out', 'Halvor Brisk'],
  ])('%s', (text, name) => {
    expect(spansOf(text)).toContainEqual([name, 'name']);
  });

  it('leaves quoted words with no person around them alone', () => {
    for (const text of [
      "unknown status 'Active' for order 12",
      "search for 'chest pain' returned 3 results",
      'tool "search_patients" failed',
    ])
      expect(spansOf(text)).toEqual([]);
  });
});

describe('SQL literals compared with a PHI column', () => {
  it('reads the column through the field rules', () => {
    const sql =
      "SELECT * FROM pt p WHERE p.last_name = 'QUILLAN' AND p.birth_date = '1941-07-23' AND p.mrn IN ('Q4471920', '0012345678') AND p.status = 'active';";
    const found = spansOf(sql);
    expect(found).toContainEqual(['QUILLAN', 'name']);
    expect(found).toContainEqual(['1941-07-23', 'date']);
    expect(found).toContainEqual(['Q4471920', 'mrn']);
    expect(found).toContainEqual(['0012345678', 'mrn']);
    expect(found.map(([v]) => v)).not.toContain('active');
  });
});

describe('a search query of a name and a birth date', () => {
  it.each([
    ['tamsin volkerant dob:1941-07-23', 'tamsin volkerant', '1941-07-23'],
    ['Volkerant 19410723', 'Volkerant', '19410723'],
    ['osric ter quill 07/23/1941', 'osric ter quill', '07/23/1941'],
    ["brit van 't quill dob:1972-07-23", "brit van 't quill", '1972-07-23'],
    ['al-Quillan 19560121', 'al-Quillan', '19560121'],
  ])('%s', (text, name, date) => {
    expect(spansOf(text)).toEqual([
      [name, 'name'],
      [date, 'date'],
    ]);
  });

  it('finds it inside a JSON argument written as text', () => {
    const text = '→ tools/call search {"query":"brit quillan 03/17/1984","limit":5}';
    expect(spansOf(text)).toContainEqual(['brit quillan', 'name']);
  });

  it('leaves a lower-case word before a date alone', () => {
    expect(spansOf('updated 2024-01-01')).toEqual([]);
  });

  it('leaves out a role word before the name, and leaves versions and labels alone', () => {
    expect(spansOf('Patient Tamsin Quill, DOB 1941-07-23')).toContainEqual(['Tamsin Quill', 'name']);
    expect(spansOf('schema version 2023-04-01')).toEqual([]);
    expect(spansOf('DOB 03/17/1984')).toEqual([]);
  });
});

describe('a heading naming a patient with a record number', () => {
  it('finds both names and the number', () => {
    expect(spansOf('Note for QUILLAN, TAMSIN (MR425053): stable')).toEqual([
      ['QUILLAN', 'name'],
      ['TAMSIN', 'name'],
      ['MR425053', 'mrn'],
    ]);
  });

  it('leaves a place with a short code alone', () => {
    expect(spansOf('Boston, Massachusetts (02139)')).toEqual([]);
  });
});

describe("a result's title naming a patient in capitals", () => {
  it('finds FAMILY, GIVEN before a dash', () => {
    expect(spansOf('VAN ’T QUILL, TAMSIN — Brackmoor Clinic')).toEqual([
      ['VAN ’T QUILL', 'name'],
      ['TAMSIN', 'name'],
    ]);
  });

  it('leaves a heading in mixed case or without a comma alone', () => {
    expect(spansOf('CT CHEST — final report')).toEqual([]);
    expect(spansOf('Results, final - reviewed')).toEqual([]);
  });
});
