import { describe, it } from 'vitest';
import { expectDetected, expectKept, expectNoType } from '../test-helpers';

describe('plates after the unit a responder arrives in', () => {
  it.each([
    ['Co-responder arrived in unit URC-9790.', 'URC-9790'],
    ['Medic unit UD 5068 on scene', 'UD 5068'],
    ['Driver on time, veh VLF-1788 / BYBHSZZU65U1CY9SW', 'VLF-1788'],
    ['AMERICAN MEDICAL RESPONSE, unit plate PCR-8964.', 'PCR-8964'],
  ])('finds %s', (text, plate) => expectDetected(text, plate, 'vehicle'));

  it.each([
    ['transferred in unit ICU-12 overnight', 'ICU-12'],
    ['Given 10 unit NPH 1234 total', 'NPH 1234'],
  ])('keeps %s', (text, keep) => expectKept(text, keep));
});

describe('a biometric hash after the enrolment of its source', () => {
  it('finds a palm-vein enrolment hash', () =>
    expectDetected(
      'palm-vein enrolment 0298dbe1dd7fceccfabfbd13 for dosing window.',
      '0298dbe1dd7fceccfabfbd13',
      'biometric',
    ));
  it('reads no date after a verification as a hash', () =>
    expectNoType('face verified 2024-05-01 at kiosk', 'biometric'));
});

describe("a newborn screen's kit number", () => {
  it('finds the number after the screen', () =>
    expectDetected('Screens: NBS #1 64-2728351 normal; ALGO hearing pass', '64-2728351', 'other_id'));
  it('keeps the screen with no number', () =>
    expectKept('NBS #2 pending at 14 days', 'NBS #2 pending at 14 days'));
});
