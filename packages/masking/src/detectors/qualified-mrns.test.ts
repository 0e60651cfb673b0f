import { describe, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';

// Synthetic values only.
describe('a record number after a bracketed note or after the age in a banner', () => {
  it.each([
    ['Patient Roe, Jane; MRN (sending) 0127924; transfer 7/2/2024 at 0030', '0127924'],
    ['Patient Roe, Jane; MRN (sending) 339-77-84; transfer', '339-77-84'],
    ['MRN (receiving): HV1835236\n', 'HV1835236'],
    ['Patient Jane Roe, 45 y.o., HV6771295\nFace sheet verified', 'HV6771295'],
    ['Patient Mr. Roe, 65 y.o., 758-69-73\nFace sheet verified', '758-69-73'],
    ['Patient Jane Roe, 60 y.o., 23013060\nFace sheet verified', '23013060'],
  ])('%s', (text, value) => expectDetected(text, value, 'mrn'));

  it('keeps counts, years and doses after an age', () => {
    expectKept('She is 45 y.o., 3 days of fever.', '3 days');
    expectKept('Mr Roe, 45 y.o., 2019\n', '2019');
    expectKept('45 y.o., 1000 mg acetaminophen taken\n', '1000 mg');
    expectKept('MRN (sending) pending; transfer at 0030', '0030');
  });
});
