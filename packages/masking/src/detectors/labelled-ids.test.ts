import { describe, expect, it } from 'vitest';
import { detectText } from '../detect';
import { labelledIds } from './labelled-ids';

const found = (text: string) =>
  detectText(text, { detectors: [labelledIds] }).map((s) => [text.slice(s.start, s.end), s.type]);

describe('identifiers named by the collection before them in a path or reference', () => {
  it('takes a FHIR Practitioner id that is an NPI (by its check digit), and no other', () => {
    // 1234567893 is the NPI standard's own example of a valid number.
    expect(found('"userId": "Practitioner/1234567893"')).toEqual([['1234567893', 'license']]);
    expect(found('{"reference":"Practitioner/1234567893"}')).toEqual([['1234567893', 'license']]);
    expect(found('"userId": "Practitioner/1234567890"')).toEqual([]);
    expect(found('"reference": "Practitioner/884411"')).toEqual([]);
    expect(found('"reference": "Practitioner/pr-2231"')).toEqual([]);
  });

  it('still takes a patient reference as before', () => {
    expect(found('{"reference":"Patient/13777679"}')).toEqual([['13777679', 'mrn']]);
  });

  it('takes a long number after patient, encounter or order, and keeps codes and versions', () => {
    expect(found('ERROR lookup failed for patient 0008737517 from gateway')).toEqual([['0008737517', 'mrn']]);
    expect(found('3 orders, encounter ENC386556576.')).toEqual([['ENC386556576', 'other_id']]);
    expect(found('patient 65 yo, order 4548-4, office visit 99213')).toEqual([]);
    expect(found('"client": "chart-viewer/2025.9.0"')).toEqual([]);
    expect(found('"client": "chart-viewer/v5.0"')).toEqual([]);
    expect(found('visitor vehicle plate PT-61307')).not.toContainEqual(['PT-61307', 'mrn']);
  });
});
