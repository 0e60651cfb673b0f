import { describe, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';

describe("a patient's given name in lower case after 'Pt'", () => {
  it.each([
    ['Call from: Pt marisol  +1 (555) 201-7730 (home)', 'marisol'],
    ['Reason for call: Med refill\nPt marisol called asking about a refill', 'marisol'],
    ['pt oluwaseun states the inhaler ran out', 'oluwaseun'],
    ['"text": "Call from: Pt quennoraeth  555.201.7730 (cell)\\nReason"', 'quennoraeth'],
    ['"text": "Reason for call: Symptoms\\nPt quennoraeth called asking about"', 'quennoraeth'],
    ['Call from: Pt grace  +1 772 628 2449 (cell)', 'grace'],
    ['Dose should read 2.5 mg.\nPatient Quennora informed. Discussed w/ pharmacy', 'Quennora'],
    ['Pt Quennora not yet informed.', 'Quennora'],
  ])('finds %s', (text, value) => expectDetected(text, value, 'name'));

  it('keeps words, relatives and carers between Pt and the verb', () => {
    expectKept('Pt then called back to confirm', 'then');
    expectKept('Pt just called asking for results', 'just');
    expectKept('pt herself states she is better', 'herself');
    expectKept('Pt daughter called re: transport', 'daughter');
    expectKept('pt spouse reports more confusion', 'spouse');
    expectKept('Pt reportedly called twice', 'reportedly');
    expectKept('Pt ambulated 200 ft, tolerated well', 'ambulated');
    expectKept('pt tolerated the procedure well', 'tolerated');
    expectKept('Pt weight  72.4 kg', 'weight');
    expectKept('Patient Family informed of the plan', 'Family');
    expectKept('Pt Education provided; Pt Portal informed', 'Education provided; Pt Portal');
    expectKept('Patient Wife notified by phone', 'Wife');
  });
});
