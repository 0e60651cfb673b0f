import { describe, expect, it } from 'vitest';
import { detectText } from './detect';
import { normalizeForDetection } from './normalize';
import { expectDetected, expectKept } from './test-helpers';

describe('JSON-escaped line breaks read as breaks', () => {
  const record =
    '{"text": "IMAGING RESULT\\nMRN: Q8841207  FIN: H55012987\\nAccession: XR26-70114\\nFINDINGS: no acute fracture"}';

  it('finds the values after labels that follow an escaped break', () => {
    expectDetected(record, 'Q8841207', 'mrn');
    expectDetected(record, 'XR26-70114', 'other_id');
    expectDetected('Name: Ann Roe\\nDOB: 01/02/1950\\nAllergies: penicillin', '01/02/1950', 'date');
    expectDetected('"Contact: Ann Roe\\tPhone: 555-201-3344\\nCity: Lowell\\n"', 'Lowell', 'geo');
  });

  it('keeps the clinical text around them', () => {
    expectKept(record, 'FINDINGS: no acute fracture');
    expectKept('{"text": "Dose\\nsodium chloride 0.9% 1000 mL IV"}', 'sodium chloride 0.9% 1000 mL IV');
  });

  it('ends a labelled value at the escaped break, not at the end of the note', () => {
    const note = 'Address: 12 Elm St\\nAssessment: stable angina, continue aspirin';
    expectDetected(note, '12 Elm St', 'street_address');
    expectKept(note, 'Assessment: stable angina, continue aspirin');
    const city = 'City: Lowell\\nAssessment: stable angina';
    expectDetected(city, 'Lowell', 'geo');
    expectKept(city, 'Assessment: stable angina');
  });

  it('maps spans found after a break back onto the escaped text', () => {
    const text = 'RESULT\\nMRN: Q8841207\\nok';
    const norm = normalizeForDetection(text);
    expect(norm.text).toBe('RESULT\nMRN: Q8841207\nok');
    const at = norm.text.indexOf('Q8841207');
    expect(norm.toOriginal(at, at + 8)).toEqual([text.indexOf('Q8841207'), text.indexOf('Q8841207') + 8]);
    const [start, end] = norm.toOriginal(6, 7);
    expect(text.slice(start, end)).toBe('\\n');
  });

  it('reads the breaks after a heading that holds a slash and a colon', () => {
    const text = 'A/P:\\n# pancreatitis\\nMRN: Q8841207\\nAttending: Ann Roe, MD';
    expect(normalizeForDetection(text).text).toBe(
      'A/P:\n# pancreatitis\nMRN: Q8841207\nAttending: Ann Roe, MD',
    );
    expectDetected(text, 'Q8841207', 'mrn');
  });

  it('leaves a backslash written twice and a drive path with single backslashes as they are', () => {
    expect(normalizeForDetection('a regex \\\\n matches a backslash').text).toBe(
      'a regex \\\\n matches a backslash',
    );
    const path = 'C:\\Users\\nsmith\\Documents\\notes.txt';
    expect(normalizeForDetection(path).text).toBe(path);
    expect(detectText(path)).toEqual(detectText(path.replace('\\nsmith', '\\xsmith')));
  });
});
