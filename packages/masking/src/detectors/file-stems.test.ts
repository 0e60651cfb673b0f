/** Record numbers, dates and name words in documents' file names. Values are made up. */
import { describe, expect, it } from 'vitest';
import { detectText } from '../detect';
import { expectDetected, expectKept } from '../test-helpers';

function pathSpans(text: string): string[] {
  return detectText(text)
    .filter((s) => s.ruleId === 'path_names')
    .map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
}

describe('record numbers naming a document', () => {
  it.each([
    ['gdrive://Clinical/Referrals/discharge/4000123.txt', '4000123'],
    ['s3://bucket/charts/op-note/QX400012.txt', 'QX400012'],
    ['/data/ocr/referral/400-12-34.txt', '400-12-34'],
  ])('finds the number alone in a folder of one kind of document: %s', (text, value) =>
    expectDetected(text, value, 'mrn'),
  );

  it("finds the number and the date after it, a listing's file name too", () => {
    expect(pathSpans('records/4000123_2024-02-15.pdf')).toEqual(['mrn:4000123', 'date:2024-02-15']);
    const listing = '-rw-------  404K  QX400012-2024-12-23-discharge.docx\n';
    expect(pathSpans(listing)).toEqual(['mrn:QX400012', 'date:2024-12-23']);
  });

  it('keeps numbered files of systems and dates named alone', () => {
    expect(pathSpans('/var/spool/jobs/4000123.txt')).toEqual([]);
    expect(pathSpans('/backups/20240312.tar')).toEqual([]);
    expect(pathSpans('build-4000123_2024-02-15.log')).toEqual([]);
    expect(pathSpans('/reports/discharge/20240312.pdf')).toEqual([]);
  });
});

describe('name words beside the kind of document', () => {
  it.each([
    ['gdrive://Clinical/Referrals/2023-11-07/tquellwyn-intake.docx', 'tquellwyn'],
    ['/data/ocr/2025-07-01/orvenna-quellwyn-progress.docx', 'orvenna-quellwyn'],
    ['"source":"s3://b/charts/quellwyn_orvenna_op-note.pdf"', 'quellwyn_orvenna'],
  ])('finds the name in %s', (text, value) => expectDetected(text, value, 'name'));

  it('finds it in a listing of files', () =>
    expectDetected('-rw-r--r--  415K  orvenna_quellwyn_20241220_referral.pdf\n', 'orvenna_quellwyn', 'name'));

  it.each([
    '/forms/patient-intake.pdf',
    '/docs/discharge-summary.pdf',
    '/srv/app/nightly-export.txt',
    '/forms/cardiology-referral-template.docx',
  ])('keeps a file named by what it is: %s', (text) => expect(pathSpans(text)).toEqual([]));
});

describe('a folder named Last_First', () => {
  it("finds a listing's folder and a path's", () => {
    expectDetected('drwxr-xr-x     -  Quellwyn_Orvenna/\n', 'Quellwyn_Orvenna', 'name');
    expectDetected('/srv/scans/Quellwyn_Orvenna/scan.pdf', 'Quellwyn_Orvenna', 'name');
  });

  it('keeps folders of ordinary words', () => {
    expectKept('drwxr-xr-x     -  Shared_Documents/\n', 'Shared_Documents');
    expectKept('/srv/Lab_Results/2024/', 'Lab_Results');
  });
});

describe('the date of a file named by its person', () => {
  it("is the person's when the name before it was read as a pair of name words", () => {
    expectDetected('file:///shared/referrals/okafor_tamsin_2023-02-07.txt', '2023-02-07', 'date');
    expectDetected('/data/ocr/okafor_tamsin_20230506_referral.pdf', '20230506', 'date');
  });
});

describe("name words around numbers and dates in a document's name", () => {
  it('reads a short given name beside a surname, a date between them and the kind', () => {
    expectDetected('s3://b/charts/max_quellwyn_20250221_op-note.pdf', 'max_quellwyn', 'name');
    expectDetected('/Shared Documents/2025-02-21/quellwyn-max-intake.docx', 'quellwyn-max', 'name');
  });

  it('keeps a short given name alone', () => expect(pathSpans('/forms/max-intake.pdf')).toEqual([]));
});

describe("a person's folder under a folder of documents or of people", () => {
  it.each([
    ['INFO: referrals/baker_orvenna/20250826_referral_00584128.tif', 'baker_orvenna'],
    ['gs://archive/referrals/quellwyn.emeka/x.tif', 'quellwyn.emeka'],
    ['/srv/patients/QUELLWYN-ORVENNA/labs.pdf', 'QUELLWYN-ORVENNA'],
  ])('finds the name in %s', (text, value) => expectDetected(text, value, 'name'));

  it.each([
    '/srv/referrals/inbound_queue/x.pdf',
    '/srv/patients/2024-03/x.pdf',
    '/srv/app/quellwyn_orvenna_build/x.js',
  ])('keeps %s', (text) => expect(pathSpans(text).filter((s) => s.startsWith('name'))).toEqual([]));
});

describe('a file name with blanks, as a drive lists it', () => {
  it('finds the name words beside the kind of document', () =>
    expectDetected('quellwyn-orvenna consent 12-18-2026.pdf', 'quellwyn-orvenna', 'name'));

  it('keeps a title of ordinary words', () =>
    expect(pathSpans('Discharge summary for review 2024.pdf')).toEqual([]));
});
