import { describe, expect, it } from 'vitest';
import { expectDetected, expectKept, expectNoType } from '../test-helpers';
import { chartHeaderLines, dictationInitials } from './chart-headers';
import type { ScanContext } from './detector';

/** What one of these detectors alone reports, as [value, type] pairs. */
function alone(run: (ctx: ScanContext) => void, text: string): [string, string][] {
  const out: ScanContext['out'] = [];
  const ctx = {
    text,
    hasUpper: true,
    hasDigit: true,
    skip: undefined,
    mayInclude: () => true,
    out,
  } as unknown as ScanContext;
  run(ctx);
  return out.map((s) => [text.slice(s.start, s.end), s.type]);
}

describe('a chart header line', () => {
  it.each([
    [
      'COLONOSCOPY NOTE\nPARK, SUMMER  (51-84-94)  DOB: 7/23/33\nEncounter 155303221',
      'PARK, SUMMER',
      '51-84-94',
    ],
    ['\nOKAFOR-BANKS, JESÚS  (E5481501)  DOB: 12/16/1936', 'OKAFOR-BANKS, JESÚS', 'E5481501'],
    ['ST. GERMAIN, DOLORES ANN (0005659323) DOB: Aug 25, 1952', 'ST. GERMAIN, DOLORES ANN', '0005659323'],
    ['Winter, Graziella (M719743258) Date of Birth: 10/17/1938', 'Winter, Graziella', 'M719743258'],
  ])('gives the name and the record number: %s', (text, name, id) => {
    expect(alone(chartHeaderLines.run, text)).toEqual([
      [name, 'name'],
      [id, 'mrn'],
    ]);
  });

  it.each([
    'Smith, Jones & Co (2024-1177) invoice',
    'Results, Summary (1234-5678) pending',
    'Seen with Parkinson, Tremor (2019) DOB unknown',
  ])('needs a record number and a birth label right after: %s', (text) => {
    expect(alone(chartHeaderLines.run, text)).toEqual([]);
  });

  it('is found by the engine', () => {
    expectDetected('ECHO REPORT\nSHARP, IMANI  (20-74-31)  DOB: 04/07/1946\n', '20-74-31', 'mrn');
    expectDetected('ECHO REPORT\nSHARP, IMANI  (20-74-31)  DOB: 04/07/1946\n', 'IMANI', 'name');
  });
});

describe("a note's heading of kind, person and date set apart by dashes", () => {
  it.each([
    [
      'Clinic note — priyanka quillfeather — 2025-04-10\n69 y.o. with Hailey-Hailey disease',
      'priyanka quillfeather',
    ],
    ['Office visit — QUELL, TAMSIN — 12-01-2024\n30 y.o.', 'QUELL, TAMSIN'],
    ['CONSULT - Eleanor Quillfeather - Thu May 16 2024\n', 'Eleanor Quillfeather'],
  ])('finds the person in %j', (text, name) => expectDetected(text, name, 'name'));

  it.each([
    'Cardiology — Heart Failure Clinic — 1/2/25',
    'Lab — CBC with diff — 1/2/25',
    'Progress Note — Hospital Day 3 — 2025-01-02',
    'Discharge - Home with services - 2025-01-02',
  ])('reads no name in %j', (text) => expectNoType(text, 'name'));
});

describe('reference initials above the dictation lines', () => {
  it.each([
    ['cc: Dr. A. Name\n\nlg/tf\nD: 12/15/2025 9:42 AM\nT: 12/16/2025', ['lg', 'tf']],
    ['Plan as above.\n\nNS/hm\nDictated: 05/15/2025\n', ['NS', 'hm']],
    ['Plan as above.\nrj/fs\n\nT: 2024-12-15 1617\n', ['rj', 'fs']],
  ])('names both: %s', (text, names) => {
    expect(alone(dictationInitials.run, text)).toEqual(names.map((n) => [n, 'name']));
  });

  it.each([
    'BP 120/80\nD: 5 mg daily',
    'and/or\nD: see plan',
    'mg/dL\nresults pending',
    'Dose: 5 mg/kg\nT: 37.2',
    'mg/dL\nD: see plan',
  ])('needs initials alone on their line, then D: or T:, and no words or units: %s', (text) => {
    expect(alone(dictationInitials.run, text)).toEqual([]);
  });

  it('keeps a ratio and a unit', () => {
    expectKept('K 4.1 mmol/L\nD: discussed with team', 'mmol/L');
    expectNoType('Vitals 120/80\nT: 37.1', 'name');
  });
});
