import { describe, expect, it } from 'vitest';
import { expectDetected, expectKept, expectNoType } from '../test-helpers';
import { mayHaveResidencePreposition } from './residence-places';

describe('places no gazetteer lists, told by how people speak of where someone lives or went', () => {
  it.each([
    ['She lives in Kawangware with two sisters.', 'Kawangware'],
    ['Family relocated from Ntinda last year.', 'Ntinda'],
    ['the client travelled to Ikot Ekpene for a wedding', 'Ikot Ekpene'],
    ['requested release for burial at home in Agogo.', 'Agogo'],
    ['he was on his way back from Dungloe when it started', 'Dungloe'],
    ['was coming from Mona Heights, per her aunt.', 'Mona Heights'],
    ['Thanks for seeing Ana, a fisherman from Mbita who cut his hand.', 'Mbita'],
    ['(2) PK, 34F, IP no 22/1931, from Kisumu Ndogo; onset 3/4', 'Kisumu Ndogo'],
    ['queueing on the A6024 near Holmbridge when the van hit her', 'Holmbridge'],
    ['Reports nightmares since deployment to Quillmoor in 2004; SGT Roe from the same unit', 'Quillmoor'],
    ['was stationed at Bagram for a year', 'Bagram'],
    ['reports exposure while camping near Marisville ~1/23/2023; household contact', 'Marisville'],
    ['tick bite after hiking in Kettle Ridge last week', 'Kettle Ridge'],
    ['low back pain since a vehicle rollover in Fallujah in 2009; seen since', 'Fallujah'],
  ])('finds the place in %s', (text, value) => expectDetected(text, value, 'geo'));

  it.each([
    ['She went back to Theatre after the break.', 'Theatre'],
    ['He returned to Work on Monday.', 'Work'],
    ['Switched from Humira to Stelara in March.', 'Humira'],
    ['He came back from Outpatients at noon.', 'Outpatients'],
    ['Moved to ICU overnight.', 'ICU'],
    ['She lives at St Brigid Hospice now.', 'St Brigid Hospice'],
    ['Stock came from Pharmacy, 4 units, from Supplies.', 'Supplies'],
    ['first seen in Clinic in 2019 for the rash', 'Clinic'],
  ])('keeps the words after a cue that names no place: %s', (text, keep) => expectKept(text, keep));

  it('takes a title and the words after it as a person, not a place', () => {
    expectNoType('Came back from Dr Ruiz with a plan.', 'geo');
  });

  it('reads "from" in a list entry as a place only where the entry gives an age and sex', () => {
    expectDetected('(1) JO, 6M, from Manyani; onset 2/3', 'Manyani', 'geo');
    expectKept('Item 4, from Stores; batch 17', 'Stores');
  });
});

describe('going home to a place, a person from a place, a town after a care home', () => {
  it.each([
    ['- Discharged home to Fort Quillton with grandson Ann.', 'Fort Quillton'],
    ['- Discharged home to South Brackenby with son Tom.', 'South Brackenby'],
    ['Pt was sent home to Marrowfort, then seen again.', 'Marrowfort'],
    ['Thank you for seeing Ann, a shearer from Quillmoor who was kicked by a cow.', 'Quillmoor'],
    ['SOCIAL HISTORY: Resides at Willow Ridge SNF, Brackenby. No EtOH.', 'Brackenby'],
    ['Lives at Maple Court Assisted Living, Port Quillton. No EtOH.', 'Port Quillton'],
    ['Supports: aunt Ann Roe in Quillmoor; neighbour helps', 'Quillmoor'],
    ['FHx: cousin Ann Roe in Brackenby.', 'Brackenby'],
    ['2 relatives incl. cousin Oisín Desrochers in Mallow.', 'Mallow'],
    ['lookup for Thiago Lomwell (age 59) from Saltmarsh failed; case 7', 'Saltmarsh'],
    ['Ann Roe (72 yo) from Cedar Bluff was seen', 'Cedar Bluff'],
  ])('finds in %s the place %s', (text, place) => expectDetected(text, place, 'geo'));

  it.each([
    'sent home to Rest and recover',
    'Discharged home to Mother with support',
    'got a call from Pfizer about the trial',
    'a letter from Pfizer which we filed',
    'Lives at Sunrise Senior Living, Home.',
    'daughter Ann Roe in ICU.',
    'brother Tom in Theatre, waiting',
    'son John in January.',
    'brother Tom in Labour.',
    'sister Ann Roe in Recovering.',
    'Seen by Dr. Kay (ext 59) from Cardiology today',
    'Pt (age 59) from Pharmacy records',
    'diagnosed in March in 2019',
    'went fishing in May with his son',
    'swimming at Recovery pool daily',
  ])('keeps %s', (text) => expectNoType(text, 'geo'));
});

describe('where a patient went on discharge, came from on admission, or was near a street', () => {
  it.each([
    ['Family updated. D/c 9/26/2024 to Port Ellery.', 'Port Ellery'],
    ['Discharged on 6/4 to East Halloran; son driving.', 'East Halloran'],
    ['Family updated. D/c 10/8/2022 to Red Fork.', 'Red Fork'],
    ['Admitted 10/18/2022 from Greywater via Lakeshore University Hospital ED.', 'Greywater'],
    ['Restrained driver on 8236 County Road 14 near Tamarack. Other driver unhurt.', 'Tamarack'],
    ['hit at 29068 Apple Orchard Ln #305 near Greywater.', 'Greywater'],
  ] as const)('finds the place in %s', (text, value) => expectDetected(text, value, 'geo'));

  it('keeps settings of care, facilities and services there', () => {
    expectNoType('D/c to SNF. Discharged to Sunrise Rehab. D/c 9/4 to Home. D/c to Mercy Hospital.', 'geo');
    expectNoType(
      'D/c to Floor. Discharged to Skilled Nursing. D/c to Assisted Living. D/c to Street.',
      'geo',
    );
    expectNoType(
      'Admitted from Home via ED. Admitted from Clinic by wheelchair. Came from Radiology by stretcher.',
      'geo',
    );
    expectKept('Transferred from Mercy Hospital via ambulance.', 'Mercy Hospital');
  });
});

describe('the pre-check before the expressions of living and moving', () => {
  it('finds a preposition after a blank, before blanks and a capital', () => {
    expect(mayHaveResidencePreposition('She moved to Tralee last year.')).toBe(true);
    expect(mayHaveResidencePreposition('lives\tin \t Kibera')).toBe(true);
    expect(mayHaveResidencePreposition('originally from\tSiaya')).toBe(true);
  });

  it('finds none where no preposition stands alone before a capital', () => {
    expect(mayHaveResidencePreposition('Recheck in 6 weeks. Lab panel within normal limits.')).toBe(false);
    expect(mayHaveResidencePreposition('to Leeds')).toBe(false);
    expect(mayHaveResidencePreposition('lives within Kibera, moved into Town')).toBe(false);
    expect(mayHaveResidencePreposition('lives in kibera')).toBe(false);
  });

  it('leaves the places found as they were, tab or space', () => {
    expectDetected('Patient lives in\tKibera with her aunt.', 'Kibera', 'geo');
  });
});
