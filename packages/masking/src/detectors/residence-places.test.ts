import { describe, it } from 'vitest';
import { expectDetected, expectKept, expectNoType } from '../test-helpers';

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
  ])('finds the place in %s', (text, value) => expectDetected(text, value, 'geo'));

  it.each([
    ['She went back to Theatre after the break.', 'Theatre'],
    ['He returned to Work on Monday.', 'Work'],
    ['Switched from Humira to Stelara in March.', 'Humira'],
    ['He came back from Outpatients at noon.', 'Outpatients'],
    ['Moved to ICU overnight.', 'ICU'],
    ['She lives at St Brigid Hospice now.', 'St Brigid Hospice'],
    ['Stock came from Pharmacy, 4 units, from Supplies.', 'Supplies'],
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
  ])('keeps %s', (text) => expectNoType(text, 'geo'));
});
