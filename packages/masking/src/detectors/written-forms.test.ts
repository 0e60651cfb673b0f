/**
 * Forms of addresses, names, ages, accounts and device names that a generated split showed
 * leaking or destroyed: each with values of its own (the forms, not the split's values).
 */
import { describe, expect, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';
import { isOrganisationName } from './organisations';

describe('addresses said in lower case without a house number', () => {
  it.each([
    [
      'my new address is flat 3, willow court, mill street tullamore  R35 X2Y7\nstaff',
      'flat 3, willow court, mill street',
    ],
    ['moved to apt 12, 40 harbour road galway\n', 'apt 12, 40 harbour road'],
    ['my new address is orchard lane kilkenny  R95 H3K2\nstaff', 'orchard lane'],
  ])('finds the street: %s', (text, street) => expectDetected(text, street, 'street_address'));

  it.each([
    ['my new address is flat 3, willow court, mill street tullamore  R35 X2Y7\nstaff', 'tullamore', 'geo'],
    ['my new address is flat 3, willow court, mill street tullamore  R35 X2Y7\nstaff', 'R35 X2Y7', 'zip'],
    ['my new address is 9 quay road dublin 4  D04 K2W9\nstaff', 'dublin 4', 'geo'],
    ['my new address is 9 quay road dublin 4  D04 K2W9\nstaff', 'D04 K2W9', 'zip'],
    ['CALLER: 88 maple dr, spc 14 in walnut grove\n', 'walnut grove', 'geo'],
    ['my new address is rr 3 site 12 comp 7 amqui qc G5J 2K1\n', 'G5J 2K1', 'zip'],
  ] as const)('finds the town and postcode after it: %s', (text, value, type) =>
    expectDetected(text, value, type),
  );

  it.each([
    ['i live at the end of the road'],
    ['we moved to a new place on the main street'],
    ['took 2 doses by dr order'],
  ])('keeps a sentence that only mentions a road: %s', (text) => expectKept(text));
});

describe('street lines with a suburb, a building or a rural delivery number', () => {
  it.each([
    ['Flat 2, 18 Rimu Street, Karori\nWellington 6012\nPh', 'Flat 2, 18 Rimu Street, Karori'],
    ['14 Totara Place, Riccarton\nChristchurch 8041\n', '14 Totara Place, Riccarton'],
    ['Place of death: 77A Nikau Street, Fendalton, Christchurch 8052\nLast', '77A Nikau Street, Fendalton'],
    ['9 Harakeke Crescent, RD 2, Mosgiel\nDunedin 9092\n', '9 Harakeke Crescent, RD 2, Mosgiel'],
    [
      'Place of death: Flat 6, Ashdown House, 41 Westgate, Ripon HG4 2BQ\n',
      'Flat 6, Ashdown House, 41 Westgate',
    ],
  ])('finds the whole street line: %s', (text, street) => expectDetected(text, street, 'street_address'));
});

describe('names', () => {
  it.each([
    ['Name of deceased: ORMSBY\nDate of death', 'ORMSBY'],
    ['He lives with his cousin D. Ó Floinn and drives', 'D. Ó Floinn'],
    ["Re: Carys T. Dell'Orto, 71-year-old, born", "Carys T. Dell'Orto"],
    ['sui-lin ap rhys - refill metformin 500 mg', 'sui-lin ap rhys'],
    ['rose hart - appt change please', 'rose hart'],
    ['patient: hey its will okonjo dob march 2nd i need', 'will okonjo'],
  ])('finds %s', (text, name) => expectDetected(text, name, 'name'));

  it.each([['blood work - refill'], ['left knee - follow up'], ['new patient - refill']])(
    'keeps a subject that opens with no name: %s',
    (text) => expectKept(text),
  );
});

describe('ages, accounts, devices and organisations', () => {
  it.each([
    ['Sex/Age: F/94', '94'],
    ['Gender/Age: Male / 102', '102'],
  ])('finds the age after the sex letter: %s', (text, age) => expectDetected(text, age, 'age'));

  it('keeps an age under 90 after the sex letter', () => expectKept('Sex/Age: M/45'));

  it('masks a hospital account record number with its prefix', () =>
    expectDetected('Your account HAR 5501234987 is not affected.', 'HAR 5501234987', 'account'));

  it.each([
    ['Helical CT on Magnetom Vida following contrast', 'Magnetom Vida'],
    ['The Signa Hero was used for the study.', 'Signa Hero'],
    ['Implanted device removed: Aquilion Prime, serial 12345678', 'Aquilion Prime'],
  ])('keeps a device named by its product line and model: %s', (text, device) => expectKept(text, device));

  it.each(['Sutter Health Sacramento', 'University Hospital Galway', 'Baptist Health South Florida'])(
    'reads an organisation with the place it serves as an organisation: %s',
    (value) => expect(isOrganisationName(value)).toBe(true),
  );

  it.each(['Mary Smith', 'Health Smith'])('does not read a person as an organisation: %s', (value) =>
    expect(isOrganisationName(value)).toBe(false),
  );
});
