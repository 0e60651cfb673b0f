import { describe, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';

describe("a pathology case number with its cassette suffix and a container's label", () => {
  it.each([
    ['Entirely submitted in 2 cassettes (SP-25-40117B1-B2).', 'SP-25-40117'],
    ['Blocks CY24-009913A1 and CY24-009913A2 sent for review of the specimen', 'CY24-009913'],
    ['Slide KQ26-55102-C3 reviewed; specimen adequate', 'KQ26-55102'],
  ])('finds %s', (text, value) => expectDetected(text, value, 'other_id'));

  it('finds the name and record number on a labeled container', () => {
    const text = 'Received in formalin in a container labeled "Tamsworth, Quill R, Q7720145" and "colon".';
    expectDetected(text, 'Q7720145', 'mrn');
    expectDetected(text, 'Tamsworth, Quill R', 'name');
  });

  it('keeps a code without a block, an ICD-10 code and a label without a number', () => {
    expectKept('Specimen to cassette A1, fixation 8 hours', 'cassette A1');
    expectKept('Specimen diagnosis S32.10XA reviewed', 'S32.10XA');
    expectKept('Container labeled "left kidney, partial nephrectomy"', 'left kidney, partial nephrectomy');
  });
});
