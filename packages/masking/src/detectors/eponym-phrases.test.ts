import { describe, expect, it } from 'vitest';
import { eponymSpans, gradedEponymSpans } from './eponym-phrases';

function eponyms(text: string): string[] {
  return eponymSpans(text).map(([s, e]) => text.slice(s, e));
}

describe('eponyms before their clinical noun', () => {
  it.each([
    ['Family referred to Brannock-Velde model handout.', 'Brannock-Velde'],
    ['Skin: Quist-Marrow folds bilaterally.', 'Quist-Marrow'],
    ['Exam: Lévêque-Ørsted sign positive', 'Lévêque-Ørsted'],
    ['72 yo w/ Tarrowby pentad, febrile', 'Tarrowby'],
    ["Hx Ostrander's syndrome.", "Ostrander's"],
    ['flag for Vessaby triad? next appt', 'Vessaby'],
    ["Exam: Orrinder's gangrene of the perineum", "Orrinder's"],
    ['Quell paralysis resolved by day 2', 'Quell'],
    ['Ultrasound: Vantreux uterus, no bleeding', 'Vantreux'],
    ['PPH controlled with a C-Marrow suture', 'C-Marrow'],
    ['ED visit: Quist-Marrow effect after contrast', 'Quist-Marrow'],
    ['Ia sepsis; Ib Tarrowby syndrome; II diabetes', 'Tarrowby'],
    ['Inhaler 2 puffs q4h PRN. Quist-Marrow folds.', 'Quist-Marrow'],
    ['by Dr. L. Vale. Quist-Marrow nodular glomerulosclerosis. Cont', 'Quist-Marrow'],
    ['Biopsy: Tarrow-Vessaby focal nephropathy', 'Tarrow-Vessaby'],
    ['pt A&Ox4, Quist-Marrow chart reviewed.', 'Quist-Marrow'],
    ['Intraop: Tarrowby index noted.', 'Tarrowby'],
    ['a 57 y/o with G93.41 and Tarrowby index. Recent Cr 3.9', 'Tarrowby'],
    ['burns mapped on the Tarrow-Vessaby diagram', 'Tarrow-Vessaby'],
  ])('finds the name in %s', (text, name) => expect(eponyms(text)).toEqual([name]));

  it.each([
    // A verb after a name, or a person named before it, is no eponym.
    'Please have Tarrowby sign here.',
    'let Quist test her sugars',
    'Jane Quist-Marrow test results pending',
    'Dr Tarrowby syndrome clinic on Friday',
    'Seen by Dr. Tarrowby pentad clinic',
    'Orrin folds the laundry',
    'Seen with Quist-Marrow regarding nephropathy',
    'Quist-Marrow called about the nephropathy',
    'Jane Quist-Marrow chart reviewed',
    'Tarrowby index finger laceration',
    'Seen by Dr Tarrowby index reviewed',
    'No clinical noun here at all.',
  ])('finds none in %s', (text) => expect(eponyms(text)).toEqual([]));

  it.each([
    ['Exam: Miller Fisher variant negative.', 'Miller Fisher'],
    ['MRI: Dandy Walker malformation, no hydrocephalus', 'Dandy Walker'],
    ['Hx Brown Sequard syndrome after stab wound', 'Brown Sequard'],
  ])('finds both names written with a blank in %s', (text, name) => expect(eponyms(text)).toContain(name));

  it.each([
    ['Dr Ann Tarrowby syndrome clinic on Friday', 'Ann Tarrowby'],
    ['Sent Mary Quist questionnaire by mail', 'Mary Quist'],
    ['Mr. Orrin Vessaby disease education done', 'Orrin Vessaby'],
  ])('leaves the person in %s', (text, name) => expect(eponyms(text)).not.toContain(name));
});

function graded(text: string): string[] {
  return gradedEponymSpans(text).map(([s, e]) => text.slice(s, e));
}

describe('graded eponyms and haemoglobin variants', () => {
  it.each([
    ['Biopsy: Tarrowby 4+3 on the left lobe', 'Tarrowby 4+3'],
    ['Tarrowby score 3 + 4 = 7, PSA 8.1', 'Tarrowby score 3 + 4 = 7'],
    ['cirrhosis, Quist-Marrow B. Started on lactulose', 'Quist-Marrow B'],
    ["Resection: Ostrander's C adenocarcinoma", "Ostrander's C"],
    ['Tibial plateau: Quist-Marrow II on CT', 'Quist-Marrow II'],
    ['Electrophoresis: Hb Orchard Vale trait', 'Hb Orchard Vale'],
    ['haemoglobin Lindqvist detected; Hb E carrier', 'haemoglobin Lindqvist|Hb E'],
  ])('finds %s', (text, found) => expect(graded(text)).toEqual(found.split('|')));

  it.each([
    // A person's name with a suffix or an initial, or a lab value after "Hb", is no grade.
    'Discussed with Jane Quist III on the ward',
    'Letter copied to Quist-Marrow B for review',
    'Hb 14.2 g/dL, plt 210',
    'Lives at 51 Ngong Road, Wuse II, Abuja',
    'Mary Quist A+ blood group',
  ])('finds none in %s', (text) => expect(graded(text)).toEqual([]));
});

describe('instruments, protocols and classifications named after their describers', () => {
  it.each([
    ['Clinical: Tarrowby balance score 31; Trails B 185 s', 'Tarrowby balance score'],
    ['MoCA 14/30. Quistor ADL index 6. Falls x3', 'Quistor ADL index'],
    ['Vessaby Sleepiness Scale noted on exam.', 'Vessaby Sleepiness Scale'],
    ['Protocol: Orrinder protocol', 'Orrinder protocol'],
    ['Neuro: A&Ox2. Tarrowby Agitation-Sedation Scale 0.', 'Tarrowby Agitation-Sedation Scale'],
    ['Exam: Quistor scaphoid shift test positive', 'Quistor scaphoid shift test'],
    ['Vessaby lift-off test neg.', 'Vessaby lift-off test'],
    // A name of one capital and an apostrophe before the rest of it.
    ["Dx: S83.512A; O'Quistor active compression test positive.", "O'Quistor active compression test"],
    ["D'Arrowby balance score 31", "D'Arrowby balance score"],
  ])('finds the instrument in %s', (text, name) => expect(eponyms(text)).toEqual([name]));

  it.each([
    // A patient's own pain score, and a sentence between a name and the noun, are no instrument.
    'Ruth pain score 6/10 this morning',
    'Called Tarrowby and the score was 4',
    'Tarrowby urine test pending',
    'Dr Tarrowby balance score reviewed',
    "Called O'Quistor and the score was 4",
  ])('finds none in %s', (text) => expect(eponyms(text)).toEqual([]));

  it.each([
    ['Findings: Tarrowby IIb. Bx taken', 'Tarrowby IIb'],
    ['Renal cyst, Quistor IIF noted', 'Quistor IIF'],
    ['Findings: Vessa Morrow grade B. Bx taken', 'Vessa Morrow grade B'],
    ['DLBCL, Orrin Vale stage II.', 'Orrin Vale stage II'],
    // Detection reads a plus between two digits as a blank.
    ['prostate adenocarcinoma, Tarrowby 3 4.', 'Tarrowby 3 4'],
  ])('finds the grade in %s', (text, found) => expect(graded(text)).toEqual([found]));

  it.each([
    'Letter copied to Jane Quist for review',
    'Henry Quist III attended',
    'Seen by Orrin Vale stage II',
    'to PO Box 8269 Orrin Bluffs IA 51550.',
    'Referred to Tarrow IVF clinic',
  ])('finds no grade in %s', (text) => expect(graded(text)).toEqual([]));
});

describe('instruments in their own capitals and record-linkage methods', () => {
  it.each([
    ['BIMS Summary Score: 13   Quarrow Pain Scale documented', 'Quarrow Pain Scale'],
    ['"SCALE_NOTE": "Vellin II Fall Risk reviewed"', 'Vellin II Fall Risk'],
    ['alarm sounding. Brannock-Velde Agitation Inventory on file.', 'Brannock-Velde Agitation Inventory'],
    ['Method: probabilistic (Fellegi-Sunter) weights', 'Fellegi-Sunter'],
    ['Jaro-Winkler on name strings', 'Jaro-Winkler'],
    ['"algorithm":"Bloom filter + Damerau-Levenshtein"', 'Damerau-Levenshtein'],
  ])('keeps the instrument in %s', (text, found) => expect(eponyms(text)).toEqual([found]));

  it.each([
    'Ruth pain score 6/10',
    'Quarrow fall risk high',
    'Seen with Jane Winkler-Tarrow today',
    'Letter to Quarrow Pain',
  ])('keeps no instrument in %s', (text) => expect(eponyms(text)).toEqual([]));
});

describe('effects, estimates, formulas and staging systems named after their describers', () => {
  it.each([
    ['FSBG 166, Quorvin effect absent.', 'Quorvin'],
    ['JVP 9 cm, Brannock-Velde LDL estimate absent.', 'Brannock-Velde LDL estimate'],
    ['spKt/V 1.48 by Vessaby; K+ 5.1', 'Vessaby'],
    ['QTc per Quist-Marrow 468 ms', 'Quist-Marrow'],
    ['rerun per Hardy-Weinberg QC; target Q30 96.4%', 'Hardy-Weinberg'],
  ])('finds %s', (text, found) => expect(eponyms(text)).toEqual([found]));

  it.each([
    'QTc by Jane Hale, reviewed',
    'eGFR per Hale MD',
    'Seen with Mary Hardy-Smith today',
    'have Quorvin estimate the cost',
  ])('finds no eponym in %s', (text) => expect(eponyms(text)).toEqual([]));

  it.each([
    ['"staging_note": "Gleason 2; AJCC 2018"', 'Gleason 2'],
    ['Ann Arbor 1; AJCC 2021', 'Ann Arbor 1'],
    ['Killip class 3 on arrival', 'Killip class 3'],
    ['Medical Center. Claudication Rutherford category 5; R heel ulcer', 'Rutherford category 5'],
    ['L foot: Wagner grade 3 ulcer, Fontaine stage III', 'Fontaine stage III'],
    ['walks <200 ft (I73.89); Rutherford category 5.\nCertifying provider', 'Rutherford category 5'],
    ['Killip class 3. Troponin rising', 'Killip class 3'],
  ])('finds the staging in %s', (text, found) => expect(graded(text)).toContain(found));

  it.each([
    'Seen by Jackie Gleason 5 days ago',
    'per Gleason 45 yo',
    'Seen by Dr. Rutherford 5 days ago',
    'Called Tom Rutherford category 2 caller',
    'Gleason 3.5 cm',
  ])('finds no staging in %s', (text) => expect(graded(text)).toEqual([]));
});

describe('two describers joined by a slash before what they measure', () => {
  it.each([
    ['Skin: Jackson/Cubbin pressure-area scale 18, intact', 'Jackson/Cubbin'],
    ['Waterlow/Norton risk score 12 on admission', 'Waterlow/Norton'],
  ])('keeps %s', (text, eponym) => {
    const at = text.indexOf(eponym);
    expect(eponymSpans(text).some(([s, e]) => s <= at && at + eponym.length <= e)).toBe(true);
  });

  it('leaves two people joined by a slash with no measure after them', () =>
    expect(eponymSpans('Seen by Okafor/Lindqvist today; pain scale 4')).toEqual([]));
});
