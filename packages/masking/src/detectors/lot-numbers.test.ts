import { describe, expect, it } from 'vitest';
import { foundBy } from '../test-helpers';
import { lotNumbers } from './lot-numbers';

describe("a device's lot number", () => {
  it.each([
    ['Intervention: Xience Skypoint 3.0 x 18 mm (lot 7704005) deployed', '7704005'],
    ['IMPLANTS: dual-chamber pacemaker  lot K204417  SN PJN123456', 'K204417'],
    ['Vaccine given, LOT: EK5730, exp 2026-01', 'EK5730'],
    ['lot #30015522 recalled', '30015522'],
    ['prep, 1% lidocaine; Medela Thopaz+ used, lot Z9720850.\n1.1 L removed', 'Z9720850'],
    ['Airvo 3 used; lot T2330318', 'T2330318'],
  ] as const)('finds %s', (text, value) => expect(foundBy(lotNumbers, text)).toEqual([value]));

  it('keeps short numbers and words after lot', () => {
    expect(
      foundBy(lotNumbers, '12 Oak Rd, Lot 23; a lot of 12000 steps; parking lot 1234; lot 2024-03'),
    ).toEqual([]);
  });

  it('keeps a lot on a line that puts no device onto the patient', () => {
    expect(foundBy(lotNumbers, 'Lot 2231907 dispensed; the used lot T085211 expires 2027')).toEqual([]);
  });
});
