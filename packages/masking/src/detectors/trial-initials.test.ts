import { describe, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';

describe('trial initials', () => {
  it.each([
    ['Subject 3042328, initials P-K, 46 y, F', 'P-K'],
    ['Subject P.-.K. was enrolled', 'P.-.K.'],
    ['A. PATIENT: identifier P.-.F.   Age 64', 'P.-.F.'],
    ['A. PATIENT: identifier DM   Age 85', 'DM'],
    ['Subject W.W. was enrolled', 'W.W.'],
    ['patient initials: JRD, age 41', 'JRD'],
  ])('finds %s', (text, value) => expectDetected(text, value, 'name'));

  it('keeps the words such a label stands before', () => {
    expectKept('Subject ID: pending', 'ID');
    expectKept('the subject IS eligible', 'IS');
    expectKept('Subject IDs are listed', 'IDs');
  });
});
