import { describe, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';

// Synthetic values only.
describe("the town after a care facility's name", () => {
  it.each([
    ['To: Calder Memorial Hospital, Red Wing Crossing\nPatient Roe, Jane', 'Red Wing Crossing'],
    ['From: Fenwick Community Hospital, East Hanlon, IN    To: Harrow Valley Medical Center', 'East Hanlon'],
    ['To: Harrow Valley Medical Center, Quenby\nPatient', 'Quenby'],
    ['on outpatient HD at Quarry Hill VNA (Port Alder) MWF since 2023', 'Port Alder'],
    ['Linwood Skilled Nursing & Rehab (Ashby Falls) MWF', 'Ashby Falls'],
    ['Evergreen Terrace Assisted Living (Quenby) accepted', 'Quenby'],
  ])('%s', (text, town) => expectDetected(text, town, 'geo'));

  it('keeps a part of the facility, a service or an abbreviation', () => {
    expectKept('Seen at General Hospital, Department of Medicine\nPlan', 'Department of Medicine');
    expectKept('St. Jude Hospital (Main Campus) today', 'Main Campus');
    expectKept('Mercy Hospital (North Wing) today', 'North Wing');
    expectKept('Harbor Clinic (Cardiology) follow-up', 'Cardiology');
    expectKept('Mayo Clinic (MCR) records', 'MCR');
    expectKept('Evergreen Assisted Living (Long Term Care) and Hospice (Home Care)', 'Long Term Care');
    expectKept('Mercy Hospital, Inc.\n', 'Inc');
  });
});

describe("a town of everyday words after a facility's name and a comma", () => {
  it.each([
    ['To: Larchmont University Hospital, Plover\nPatient Roe, Jane', 'Plover'],
    ['From: Northfield Heart Institute, Plover, IN    To: Fenwick Community Hospital', 'Plover'],
  ])('%s', (text, town) => expectDetected(text, town, 'geo'));

  it('keeps everyday words in brackets', () => {
    expectKept('Quarry Hill Hospice (Respite) accepted', 'Respite');
  });
});

describe("the town after a pharmacy's name, before its telephone", () => {
  it.each([
    ['Preferred pharmacy: Quill Pharmacy, Port Alder - ph 555-0142, fax 555-0143', 'Port Alder'],
    ['Preferred pharmacy: Tarrow Drug Store, Quenby - phone 555-0188', 'Quenby'],
  ])('%s', (text, town) => expectDetected(text, town, 'geo'));

  it('keeps everyday words before the telephone', () => {
    expectKept('Pharmacy: Quill Pharmacy, Mail Order - fax 555-0100', 'Mail Order');
  });
});

describe("the town after a pharmacy's label and its name", () => {
  it.each([
    ['Preferred pharmacy: Quillmart, Stonebridge - ph 555-0142, fax 555-0143', 'Stonebridge'],
    ['Preferred pharmacy: Tarrow Scripts, New Sarum - ph 555-0188', 'New Sarum'],
  ])('%s', (text, town) => expectDetected(text, town, 'geo'));

  it('keeps a way of delivery', () => {
    expectKept('Pharmacy: Quillmart, Home Delivery, MA', 'Home Delivery');
  });
});
