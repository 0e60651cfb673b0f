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

  it("takes a person's folder under intake or photos by its record number, and keeps years and versions", () => {
    expect(found('788.8 MiB intake/5900602/PXL_20250725_736872581.jpg')).toEqual([['5900602', 'mrn']]);
    expect(found('cp ~/Downloads/headshot.jpeg /srv/intake/M4823803/')).toEqual([['M4823803', 'mrn']]);
    expect(found('s3://bucket/photos/832E03852/face.png')).toEqual([['832E03852', 'mrn']]);
    expect(found('intake/2024/batch.csv, photos/v2/, intake/12345/')).toEqual([]);
  });

  it('takes the two record numbers of a merge request', () => {
    expect(found('Please merge 54429378 into 6971925 - same pt')).toEqual([
      ['54429378', 'mrn'],
      ['6971925', 'mrn'],
    ]);
    expect(found('converted 2000000 into 4 batches')).toEqual([]);
  });
});
