import { describe, expect, it } from 'vitest';
import { expectDetected, expectKept, expectNoType, foundBy } from '../test-helpers';
import { jobNumbers } from './work-numbers';

describe('pathology accession numbers', () => {
  it.each([
    ['SURGICAL PATHOLOGY REPORT   S24-19366\nSPECIMEN: skin', 'S24-19366'],
    ['Cytology accession CY25-00412, specimen adequate', 'CY25-00412'],
    ['Pathology: see SP-24-1187 for the biopsy', 'SP-24-1187'],
    ['Specimen YR24-624124 to Vireo Reference Laboratories.', 'YR24-624124'],
    ['Accession #: KW24-234907 received', 'KW24-234907'],
  ] as const)('finds %s', (text, value) => expectDetected(text, value, 'other_id'));

  it('keeps codes and models of the same shape outside a specimen text', () => {
    expectNoType('pump model C12-345 replaced', 'other_id');
    expectNoType('Specimen sent to lab; trial NCT-12-3456 consent on file', 'other_id');
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

describe("a transcription's job or document number", () => {
  it.each([
    ['T: 5/11/24\nJob #: DOC#16054588\nTranscribed by: ss', 'DOC#16054588'],
    ['MTV/gq   DD: 4/1/25   DT: 4/2/25   Job DOC#51812846', 'DOC#51812846'],
    ['[xuser] 06/21/2023\nJOB 177-4384', '177-4384'],
    ['Transcriptionist: A. Roe, doc id J1015369', 'J1015369'],
    ['Transcriptionist: A. Roe, doc id 273840', '273840'],
  ] as const)('finds %s', (text, value) => expect(foundBy(jobNumbers, text)).toEqual([value]));

  it('keeps counts, years and words after job or doc', () => {
    expect(
      foundBy(jobNumbers, 'lost his job 2 weeks ago; job since 2019; doc 5 min; job 12.5 hours'),
    ).toEqual([]);
  });
});
