import { describe, expect, it } from 'vitest';
import { piecedTexts } from '../test-helpers';
import { scanContext } from './detector';
import { INTL_KINDS } from './intl-id-kinds';
import { LabelGate, labelWords } from './label-gate';

const LABELS = [
  ...INTL_KINDS.map((k) => k.labels),
  "policy|insurance policy|policy holder|apólice|versicherungsschein|police d'assurance",
  'crm|coren|cro|crm-[a-z]{2}|crm/[a-z]{2}',
  'service[ \\t]*(?:no\\.?|number|nr\\.?|#)|military service number|booking',
  'c\\.f\\.|cf|codice fiscale|cod\\. fisc\\.',
];

describe('label words', () => {
  it('are the literal characters each alternative opens with, lower case and ASCII', () => {
    const words = (s: string) =>
      labelWords(s)?.map((w) => `${w.atStart ? '^' : ''}${w.word}${w.wide ? '*' : ''}`);
    expect(words('Policy|insurance policy')).toEqual(['^policy', '^insurance policy']);
    expect(words('lic\\.|lic #|license no\\.?')).toEqual(['^lic.', '^lic #', '^license no']);
    expect(words('crm-[a-z]{2}|service[ \\t]*(?:no|#)')).toEqual(['^crm-', '^service']);
    expect(words('(?:card|visa)[ \\t]+ending|last (?:four|4)')).toEqual(['^card', '^visa', '^last ']);
    expect(words('número de historia|n° ss|記号')).toEqual(['mero de historia*', ' ss*', 'undefined*']);
  });

  it('are none when an alternative may open with anything', () => {
    expect(labelWords('(?:health )?insurance card')).toBeUndefined();
    expect(labelWords('rrn|[a-z]{2} no')).toBeUndefined();
    expect(labelWords('x|y')).toBeUndefined();
  });
});

// Pieces glued at random: label words in every case, inside longer words, and beyond ASCII.
const PIECES = [
  'Policy',
  'POLICY',
  'poLIcy',
  'insurance',
  ' ',
  '\t',
  ': ',
  'No. ',
  '12345678',
  'A',
  'x',
  '-',
  'crm',
  'CRM-SP',
  'cf',
  'C.F.',
  'fin',
  'findings',
  'nric',
  'historia',
  'número de historia',
  'NÚMERO DE HISTORIA',
  'n° ss',
  'é',
  '記号',
  '주민등록번호',
  'ticket',
  'card ending',
  'LAST 4',
  'service #',
  'UHID',
  '_',
];

function samples(count: number): string[] {
  return piecedTexts(count, PIECES, 11, 7);
}

describe('the label gate', () => {
  const gate = new LabelGate(LABELS);
  // What each kind's label expression matches before the tail its detector adds.
  const expressions = LABELS.map((l) => new RegExp(`(?<![\\w])(?:${l})`, 'i'));

  it("marks every kind whose label expression matches the text, whatever the label's case", () => {
    let matched = 0;
    const missed: string[] = [];
    for (const text of samples(20_000)) {
      const possible = gate.possible(scanContext(text));
      expressions.forEach((re, kind) => {
        if (!re.test(text)) return;
        matched++;
        if (possible[kind] !== 1) missed.push(`${JSON.stringify(text)} / ${LABELS[kind]?.slice(0, 30)}`);
      });
    }
    expect(missed.slice(0, 5)).toEqual([]);
    expect(matched).toBeGreaterThan(1_000);
  });

  it('leaves out the kinds none of whose words is in the text', () => {
    const note =
      'Patient seen on 2024-03-02 for follow-up. Vitals stable, BP 120/80. Lab panel within normal limits.';
    const possible = gate.possible(scanContext(note));
    const kinds = LABELS.filter((_, k) => possible[k] === 1).map((l) => l.slice(0, 12));
    // Only the kinds with a label beyond ASCII or none to look for, and "policy" nowhere.
    expect(kinds.length).toBeLessThan(4);
    expect(possible[LABELS.length - 4]).toBe(0);
    expect(gate.possible(scanContext('Policy no. 4471'))[LABELS.length - 4]).toBe(1);
  });

  it('marks every kind when the context is ungated', () => {
    const possible = gate.possible(scanContext('nothing here', undefined, true));
    expect([...possible].every((p) => p === 1)).toBe(true);
  });
});
