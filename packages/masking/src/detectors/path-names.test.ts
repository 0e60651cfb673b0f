/** Names and birth dates in file paths and object keys. Values are made up. */
import { describe, expect, it } from 'vitest';
import { detectText } from '../detect';
import { expectDetected, expectKept, expectNoType } from '../test-helpers';

describe('names in paths', () => {
  it.each([
    ['s3://intake-bucket/referrals/okafor_tamsin/20240102_ref.tif', 'okafor_tamsin'],
    ['/scans/2024/lopez-maria-ct-report.pdf', 'lopez-maria'],
    ['INFO: consents/HOLLOWAY.SIOBHAN/consent.pdf', 'HOLLOWAY.SIOBHAN'],
    ['gs://archive/exports/ferreira_margarethe/summary.pdf', 'ferreira_margarethe'],
  ])('finds the name in %s', (text, value) => expectDetected(text, value, 'name'));

  it('finds a birth date glued to its label in a file name', () =>
    expectDetected('consents/quist-DOB1950-01-02-consent.pdf', '1950-01-02', 'date'));

  it.each([
    'packages/masking/src/detectors/key-values.ts',
    'gs://kv-archive/exports/keystone-bcbs/ELIG_0327.txt',
    '/var/log/nginx/access-error.log',
    'node_modules/lodash-es/debounce.js',
    'referrals/palm_vein/enroll.py',
  ])('keeps a path without a name: %s', (text) => {
    expect(detectText(text).filter((s) => s.ruleId === 'path_names')).toEqual([]);
  });

  it('keeps words joined without a separator', () => expectKept('/data/mariahollis', 'mariahollis'));

  it.each([
    ['/Clinic Shared/2021/Oyarzún, Bea/', 'Oyarzún, Bea'],
    ['/Clinic Shared/2016/Quenby, Tamsin/', 'Quenby, Tamsin'],
    ['/Clinic Shared/2016/Frost, Ivo/scan.pdf', 'Frost, Ivo'],
    ["/records/O'Brannagh, Wenna/intake.pdf", "O'Brannagh, Wenna"],
    ['P:\\charts/Okafor, Ngozi A/', 'Okafor, Ngozi A'],
    ['{"path":"/Shared/2019/MacIlwraith, Dorrit/"}', 'MacIlwraith, Dorrit'],
  ])('finds a "Last, First" folder in %s', (text, value) => expectDetected(text, value, 'name'));

  it.each([
    '/Records/2020/Billing, Misc/',
    '/Shared/Forms, Templates/',
    '/Shared/Policies, Procedures/',
    '/pharmacy/Imaging, Lisinopril/',
  ])('keeps a folder of two words that are no name: %s', (text) => {
    expect(detectText(text).filter((s) => s.ruleId === 'path_names')).toEqual([]);
  });

  it("finds the name in a file's name alone, as a listing gives it", () => {
    const spans = detectText('okafor_ngozi intake 3-1-2024.pdf').filter((s) => s.ruleId === 'path_names');
    expect(spans.map((s) => s.type)).toEqual(['name']);
  });

  it("keeps a file's name without a name", () => {
    expect(detectText('follow-up notes 2024.pdf').filter((s) => s.ruleId === 'path_names')).toEqual([]);
  });
});

describe('a file kept per person and day', () => {
  it.each([
    ['{"key":"exports/QUORVA-TEMBISE-2024-09-22-discharge.pdf"}', 'QUORVA-TEMBISE'],
    ['"source": "s3://notes/dc/2025-02-17_vantresk.pdf"', 'vantresk'],
    ['/scans/DRELLIN-OSK-20240922-consent.pdf', 'DRELLIN-OSK'],
  ])('%s names %s', (text, name) => {
    expectDetected(text, name, 'name');
  });

  it('marks the day of a named file as a date', () => {
    expectDetected('"source": "s3://notes/dc/2025-02-17_vantresk.pdf"', '2025-02-17', 'date');
  });

  it.each([
    ['/var/log/nginx-2024-01-02.log'],
    ['/backups/db_dump_20240102.sql.gz'],
    ['/reports/monthly_2024-01-02.pdf'],
    ['/reports/2024-01-02_final.pdf'],
    ['/x/release-2024-01-02.tar'],
    ['/x/events-2024.01.02.json'],
    ['/referrals/20250722_referral_136N87764.txt'],
  ])('%s stays', (text) => {
    expectNoType(text, 'name');
  });
});

describe("'Last, First' beside the kind of document in a file's name", () => {
  it.each([
    ['-rw-r--r--  548K  Intake - Quenbyoğlu, Tamsin.pdf', 'Quenbyoğlu, Tamsin'],
    ['-rw-r--r--  494K  HIPAA release - Vantresk, Osric.pdf\n-rw-r--r--  2K  notes.txt', 'Vantresk, Osric'],
    ['  Vantresk, Osric - Consent.pdf', 'Vantresk, Osric'],
  ])('%s names %s', (text, name) => {
    expectDetected(text, name, 'name');
  });

  it.each([
    ['-rw-r--r--  494K  Billing, Forms - Consent.pdf'],
    ['-rw-r--r--  494K  Notes - Cardiology, Follow Up.pdf'],
    ['-rw-r--r--  494K  Protocol - Metformin, Dosing.pdf'],
  ])('%s stays', (text) => {
    expectNoType(text, 'name');
  });
});

describe("'First Last' as a folder or a file's name, set apart by blanks or %20", () => {
  it.each([
    ['file:///records/Mary%20Quellwood/notes.pdf', 'Mary%20Quellwood'],
    ['ehr://charts/Mary%20Quellwood/summary', 'Mary%20Quellwood'],
    ['/home/clinic/records/Mary Quellwood.pdf', 'Mary Quellwood'],
    ['resource://notes/Tamsin%20Okafor', 'Tamsin%20Okafor'],
  ])('finds the name in %s', (text, value) => expectDetected(text, value, 'name'));

  it.each([
    'C:/Program Files/Google Chrome/app.exe',
    '/Users/Shared/New York/Clinic Forms/',
    'see /Discharge Summary/ and /Lab Results.pdf',
    'docs/Read Me.txt',
  ])('%s stays', (text) => expectNoType(text, 'name'));
});
