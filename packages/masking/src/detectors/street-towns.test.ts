import { describe, it } from 'vitest';
import { expectDetected, expectKept, expectNoType } from '../test-helpers';

describe('street lines in capitals, capital counties and towns right after a street', () => {
  it.each([
    ['TO: 532 SAMPLE PARKS TESTTON 51424\nLEVEL: BLS', '532 SAMPLE PARKS'],
    ['DISPO: HOME AT 60076 SAMPLE HILL APT. 137, TESTFORT DE 59171.', '60076 SAMPLE HILL APT. 137'],
    ['Narr: she is at 6091 Main, West Testside, took a handful of pills', '6091 Main'],
    ['Lives at 6458 Main Suite 507\nTestfield, UT 58487', '6458 Main Suite 507'],
  ] as const)('finds the street in %s', (text, value) => expectDetected(text, value, 'street_address'));

  it.each([
    ['TO: 532 SAMPLE PARKS TESTTON 51424\nLEVEL: BLS', 'TESTTON'],
    ['IN THE PROBATE COURT OF POLK COUNTY\nIn re the Guardianship of', 'POLK COUNTY'],
    ['made visit to 830 N 4th Street (Fort Testville), side door', 'Fort Testville'],
    ['she is at 42218 S Water Street, Testworth, took a handful of pills', 'Testworth'],
    ['she is at 6091 Main, West Testside, took a handful of pills', 'West Testside'],
    ['presents from home (9795 Lantern St, South Testdover) with worsening sx', 'South Testdover'],
    ['from home (601 Mossbank Terrace Lot 7, Quarry Testridge) with sx', 'Quarry Testridge'],
    ['presents from home (5352 Wickham Way, Cedar Hollow) with sx', 'Cedar Hollow'],
  ] as const)('finds the place in %s', (text, value) => expectDetected(text, value, 'geo'));

  it('keeps counties that name no place and words in brackets that are no town', () => {
    expectNoType('RETURN TO THE COUNTY OF RESIDENCE. EACH COUNTY DECIDES.', 'geo');
    expectKept('seen at 830 N 4th Street (Rear Door), no answer', 'Rear Door');
    expectNoType('lives at (44 Oak Ave, Apt 4) with her son', 'geo');
    expectNoType('lives at (44 Oak Ave, Rear) with her son', 'geo');
    expectKept('O2 5 LPM   ZOLL R SERIES 12345 UNITS', 'ZOLL R SERIES 12345');
    expectKept('Main concern today: 2 Main symptoms, Dyspnea', 'Main symptoms');
  });
});

describe('everyday words after a street', () => {
  it('keeps them', () => {
    expectNoType('lives at 44 Oak Ave in Comfort.', 'geo');
    expectNoType('Seen at 12 Main Street in March when the pain began', 'geo');
  });
});
