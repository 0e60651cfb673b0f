import { describe, it } from 'vitest';
import { expectDetected, expectKept, expectNoType } from '../test-helpers';

describe('names spelled out', () => {
  it.each([
    ['consult on isolde varrow spelled V A R R O W date of birth', 'V A R R O W'],
    ['consult on isolde varrow spelled V A R R O W date of birth', 'isolde varrow'],
    ["CALLER: orrin halvey, it's h-a-l-v-e-y", 'h-a-l-v-e-y'],
    ["CALLER: orrin halvey, it's h-a-l-v-e-y", 'orrin halvey'],
    ['surname spelt Q U I L L O N', 'Q U I L L O N'],
  ])('finds %s: %s', (text, value) => expectDetected(text, value, 'name'));

  it('keeps letters that spell nothing said and follow no cue', () => {
    expectNoType('grades A B C D on the chart', 'name');
    expectKept('rhythm a-b-c-d noted in the chart');
  });
});

describe('names after a spoken title', () => {
  it.each([
    ['this is doctor vessaby with a progress note', 'vessaby'],
    ['referred by doctor tamsin orrick for recurrent falls', 'tamsin orrick'],
    ['nurse brannoch (i think) told us to wait', 'brannoch'],
    ['seen 12 hours ago by dr quellwood at the desk', 'quellwood'],
  ])('finds %s', (text, value) => expectDetected(text, value, 'name'));

  it('takes no name after the "dr" closing a street', () => {
    expectNoType('D/C to: 100 sample dr testville ky 40001   home', 'name');
  });

  it('keeps what a doctor or nurse does and where', () => {
    expectNoType(
      'the doctor said to rest, nurse practitioner visit, dr office closed, nurse will call',
      'name',
    );
    expectNoType('the doctor wants a repeat in two weeks and the nurse gave advice', 'name');
  });
});

describe('names of speakers in transcripts', () => {
  it.each([
    ['[6:35] Tamsin (midwife): all good we have it', 'Tamsin'],
    ['AGENT Brannoch: thanks for holding', 'Brannoch'],
    ["NURSE: Careline, you're speaking with Isolde, is this about you?", 'Isolde'],
    ['hi orrin its tamsin, just checking in', 'orrin'],
  ])('finds %s', (text, value) => expectDetected(text, value, 'name'));

  it('keeps roles and greetings without a name', () => {
    expectNoType('AGENT: thanks for holding', 'name');
    expectNoType('hi there its me again', 'name');
    expectNoType('you are speaking with the triage line', 'name');
  });
});

describe('names after kin and carers', () => {
  it.each([
    ['Brother Tamsin - not tested.', 'Tamsin'],
    ['dtr Orrick there, wound clean', 'Orrick'],
    ['my mate Brannoch drives me to physio', 'Brannoch'],
    ['Care transferred to Vessaby at 1305.', 'Vessaby'],
  ])('finds %s', (text, value) => expectDetected(text, value, 'name'));

  it('keeps the word after a kin word when it is no name or in lower case', () => {
    expectNoType('my son will call and his wife drives', 'name');
    expectNoType('Patient transferred to Radiology at 1305.', 'name');
  });
});

describe('lower-case names before what identifies the person', () => {
  it.each([
    ['a: isolde varrow 0427 230 627', 'isolde varrow'],
    ['hv orrin halvey (42), wound clean', 'orrin halvey'],
    ['patient tamsin orrick date of birth april 14 1980', 'tamsin orrick'],
  ])('finds %s', (text, value) => expectDetected(text, value, 'name'));

  it('keeps ordinary words before a number or a birth date', () => {
    expectNoType('take 2 tabs daily, call the clinic 0427 230 627', 'name');
    expectNoType('the wound looks clean (12) and the date of birth is on file', 'name');
  });
});

describe('names after a staff title', () => {
  it.each([
    ['RPh Vessaby, Orrin, lic RPH682620', 'Vessaby, Orrin'],
    ['2/3/24  Fluad Quad 0.5 mL  GP Halvey', 'Halvey'],
    ['notified by Ofc. Tamsin Orrick (badge 6348)', 'Tamsin Orrick'],
  ])('finds %s', (text, value) => expectDetected(text, value, 'name'));

  it('keeps what follows a title when it is no name', () => {
    expectNoType('the GP Practice is closed, GP Surgery moved', 'name');
  });
});

describe('eponyms after a kin word', () => {
  it('keeps a named sign or nodule', () => {
    expectKept('Hx of Sister Mary Joseph nodule. Gave insulin', 'Sister Mary Joseph nodule');
  });
});

describe('labels of numbers', () => {
  it('keeps the words that say what a number is', () => {
    expectNoType('Home device: Abbott Navitor valve serial 5612657453 - pt to self-manage.', 'name');
  });
});

describe('a contact centre agent named after the title', () => {
  it('finds the agent and keeps a chemical agent', () => {
    expectDetected('Verified via last 4 and DOB. Agent Tavenna. Refund issued.', 'Tavenna', 'name');
    expectNoType('Contrast agent Omnipaque given before the scan.', 'name');
  });
});

describe('names ending as adverbs do after a kin word or a greeting', () => {
  it.each([
    ['Whānau present: nan Kellirily.', 'Kellirily'],
    ['[8:20] Tama (midwife): hi kirrily its tama, just checking in.', 'kirrily'],
    ["NURSE: Healthline, you're speaking with Kirrily, is this call about yourself", 'Kirrily'],
  ])('finds %s: %s', (text, value) => expectDetected(text, value, 'name'));

  it('keeps a word of family in te reo Māori and adverbs after a kin word', () => {
    expectNoType('Whānau present for the discussion; kaumātua attended.', 'name');
    expectNoType('Brother Really not sure about the plan.', 'name');
  });
});

describe('family names with particles after a spoken title, and the rest of a name found', () => {
  it.each([
    ['referred by doctor orla mac giolla phádraig for recurrent falls', 'orla mac giolla phádraig'],
    ['this is doctor de vorrant with a progress note', 'de vorrant'],
    ['routed to RPh Tamsin O’Quennell. 24 calls waiting', 'Tamsin O’Quennell'],
    ['routed to RPh Dalombe Ó Braonáin. 24 calls waiting', 'Ó Braonáin'],
  ])('finds %s: %s', (text, value) => expectDetected(text, value, 'name'));
});

describe('kin words in isiZulu, Afrikaans and Filipino notes', () => {
  it.each([
    ['On oxycodone 5 mg PRN. Gogo Thandeka 031 257 3688 - visits after 5.', 'Thandeka'],
    ['Informed tatay Bienvenido via phone (Viber).', 'Bienvenido'],
  ])('finds %s', (text, value) => expectDetected(text, value, 'name'));
});
