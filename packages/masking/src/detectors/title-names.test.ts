/** Names in the titles of messages, events, tickets and envelopes. Values are made up. */
import { describe, expect, it } from 'vitest';
import { detectText } from '../detect';
import { expectDetected } from '../test-helpers';

const byTitles = (text: string) =>
  detectText(text)
    .filter((s) => s.ruleId === 'title_names')
    .map((s) => text.slice(s.start, s.end));

describe('names in titles', () => {
  it.each([
    ['Wound photo - Quenby, Tamsin', 'Quenby, Tamsin'],
    ['Please sign: Consent for 99213 - Tamsin Quenby', 'Tamsin Quenby'],
    ['Appt confirmation - Tamsin Quenby 3/14/2026', 'Tamsin Quenby'],
    ['{"subject":"Portal locked - Ngaio Pellow-Ruiz","id":4}', 'Ngaio Pellow-Ruiz'],
    ['Device check – de la Vessa, Bruna', 'de la Vessa, Bruna'],
    ['RE: records request for QUENBY, TAMSIN', 'QUENBY, TAMSIN'],
    ['DENTAL CHART - Vessaby, Orrin   acct 11736-589   DOB 7/16/1944', 'Vessaby, Orrin'],
    ['Contact Ngaio Pellow-Ruiz', 'Ngaio Pellow-Ruiz'],
    ['Bed 11 - Orrin Vessaby 69F, folder 49405655', 'Orrin Vessaby'],
    ['Bed 4 - Ferreira, Margarethe 22/F, hosp no 4411', 'Ferreira, Margarethe'],
    ['SUMMARY:FERREIRA, MARGARETHE - 44120', 'FERREIRA, MARGARETHE'],
    ['"summary": "Margarethe Ferreira - new pt consult"', 'Margarethe Ferreira'],
  ])('finds the name in %j', (text, value) => expectDetected(text, value, 'name'));

  it.each([
    'Billing question - Account Locked',
    'Grand Rounds - Cardiology Update',
    'Metformin - Dose Change',
    'Follow Up - Lab Results',
    'Cardiac Rehab - week 3',
    'Surgery Intake - Cardiac Rehab',
    'Referral - Mercy General Hospital',
    'Consent for Colonoscopy, Sedation',
    'See the notes - it was fine',
    'GENETIC COUNSELLING NOTE - AKH Wien',
    'Clínica Norte — Nota de evolución',
    'Contact Support Team',
    'Patient Education Materials',
    'Bed 12 - Empty Bay 4M, cleaned',
    'NOTE - Charité – Universitätsmedizin Berlin',
  ])('keeps a title without a name: %j', (text) => expect(byTitles(text)).toEqual([]));
});
