import { describe, expect, it } from 'vitest';
import { expectDetected, expectKept, foundBy } from '../test-helpers';
import { trialInitials } from './trial-initials';

describe('trial initials', () => {
  it.each([
    ['Subject 3042328, initials P-K, 46 y, F', 'P-K'],
    ['Subject P.-.K. was enrolled', 'P.-.K.'],
    ['A. PATIENT: identifier P.-.F.   Age 64', 'P.-.F.'],
    ['A. PATIENT: identifier DM   Age 85', 'DM'],
    ['Subject W.W. was enrolled', 'W.W.'],
    ['patient initials: JRD, age 41', 'JRD'],
  ])('finds %s', (text, value) => expectDetected(text, value, 'name'));

  it.each([
    ['1. Subject 388-4621 (TAS): visit 6 performed on 2022-12-08', '388-4621', 'TAS'],
    ['report concerning participant P96546 (WNG, age 91), who was hospitalised', 'P96546', 'WNG'],
    ['PD-5755 | VH-1183-301 | subj TLA848-058 | BFA', 'TLA848-058', 'BFA'],
  ])("finds a subject's number and the initials beside it in %s", (text, id, initials) => {
    expect(foundBy(trialInitials, text)).toEqual([id, initials]);
  });

  it.each([
    [
      'This 69-year-old female participant (Drummond-Hay, Ysolde) randomised on 2023/11/17',
      ['Drummond-Hay, Ysolde'],
    ],
    [
      '"narrative": "Kalani Te Rangi (subject PXY644-114) developed ANC 2.4"',
      ['Kalani Te Rangi', 'PXY644-114'],
    ],
  ])("finds a subject's name bracketed beside the word or the number in %s", (text, values) => {
    expect(foundBy(trialInitials, text)).toEqual(values);
  });

  it('keeps words in brackets after the word', () => {
    expect(foundBy(trialInitials, 'each subject (Protocol Amendment 3) and participant (Group A)')).toEqual(
      [],
    );
  });

  it("keeps a count, a dose or a date after 'subject' and a route after the number", () => {
    expect(
      foundBy(trialInitials, 'Subject 12 was seen; subject to 100 mg; subject 2024-01-05 visit'),
    ).toEqual([]);
    expect(foundBy(trialInitials, 'Subject 388-4621 (IV, 2 doses)')).toEqual(['388-4621']);
  });

  it('keeps the words such a label stands before', () => {
    expectKept('Subject ID: pending', 'ID');
    expectKept('the subject IS eligible', 'IS');
    expectKept('Subject IDs are listed', 'IDs');
  });
});
