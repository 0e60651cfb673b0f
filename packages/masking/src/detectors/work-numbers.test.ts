import { describe, it } from 'vitest';
import { expectDetected, expectKept, expectNoType } from '../test-helpers';

describe('pathology accession numbers', () => {
  it.each([
    ['SURGICAL PATHOLOGY REPORT   S24-19366\nSPECIMEN: skin', 'S24-19366'],
    ['Cytology accession CY25-00412, specimen adequate', 'CY25-00412'],
    ['Pathology: see SP-24-1187 for the biopsy', 'SP-24-1187'],
  ] as const)('finds %s', (text, value) => expectDetected(text, value, 'other_id'));

  it('keeps codes and models of the same shape outside a specimen text', () => {
    expectNoType('pump model C12-345 replaced', 'other_id');
    expectKept('biopsy of lesion, ICD-10 S24.1 noted', 'S24.1');
  });
});

describe('staff numbers after the word for an employee', () => {
  it.each([
    ['found on floor by the RN (employee E213389). bed alarm', 'E213389'],
    ['per deputy badge #1938.', '1938'],
    ['staff ID 004417 badged in', '004417'],
    ['payroll 7731842 on the form', '7731842'],
  ] as const)('finds %s', (text, value) => expectDetected(text, value, 'other_id'));

  it('keeps counts and years after such words', () => {
    expectNoType('staff 12 on shift, employee 2019 survey, 1500 employees', 'other_id');
  });
});
