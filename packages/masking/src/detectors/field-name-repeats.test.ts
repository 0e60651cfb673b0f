import { describe, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';

describe('a field name in capitals said again in the same text', () => {
  it.each([
    [
      '{"patient_name":"QUELLWOOD, TAMSIN P","body":"Pt Quellwood seen Jan 24. Cont apixaban 5 mg."}',
      'Quellwood',
    ],
    ['{"patient_name":"QUELLWOOD, TAMSIN P","hl":"Pt <em>Quellwood</em> seen today"}', 'Quellwood'],
    ['Patient Name: ORVANDE, BRISK\nNote: called ORVANDE re results', 'ORVANDE'],
  ])('%s marks %s', (text, name) => {
    expectDetected(text, name, 'name');
  });

  it.each([
    // A word of the name before an eponym's or an organisation's head noun is that thing's.
    ['{"patient_name":"QUELLWOOD, TAMSIN","body":"Quellwood syndrome ruled out."}', 'Quellwood syndrome'],
    ['{"patient_name":"QUELLWOOD, TAMSIN","body":"Referred to Quellwood Clinic."}', 'Quellwood Clinic'],
    // Lower case is no repeat of a name ("quellwood" in a slug or a word).
    ['{"patient_name":"QUELLWOOD, TAMSIN","body":"see the quellwood file"}', 'quellwood'],
    // A common word in a name field is not carried over.
    ['{"patient_name":"BROWN, TAMSIN","body":"Brown discharge noted."}', 'Brown discharge'],
  ])('%s keeps %s', (text, keep) => {
    expectKept(text, keep);
  });
});
