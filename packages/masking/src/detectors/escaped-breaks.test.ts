import { describe, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';

describe('labels after an escaped line break in serialized JSON', () => {
  const text =
    '{"text": "IMAGING RESULT\\nMRN: Q8841207  FIN: H55012987\\nAccession: XR26-70114\\nFINDINGS: no acute fracture"}';

  it('finds the values after the labels', () => {
    expectDetected(text, 'Q8841207', 'mrn');
    expectDetected(text, 'XR26-70114', 'other_id');
  });

  it('keeps the clinical text around them', () => {
    expectKept(text, 'FINDINGS: no acute fracture');
    expectKept('{"text": "Dose\\nsodium chloride 0.9% 1000 mL IV"}', 'sodium chloride 0.9% 1000 mL IV');
  });
});
