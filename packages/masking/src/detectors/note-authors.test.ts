import { describe, expect, it } from 'vitest';
import { detectText } from '../detect';
import { noteAuthors } from './note-authors';

// Synthetic values only.
function authorsIn(text: string): string[] {
  return detectText(text, { detectors: [noteAuthors] }).map((s) => text.slice(s.start, s.end));
}

describe('who wrote each entry of a work log', () => {
  it("reads an adjuster's initials after each entry's date", () => {
    const log = [
      'CLAIM NOTES',
      "03/18/22 QV  Rec'd first report from employer.",
      '03/19/2022 QV  3-pt contact made; Dr office called.',
    ].join('\n');
    expect(authorsIn(log)).toEqual(['QV', 'QV']);
  });

  it('reads initials that spell a half-day where no clock stands before them', () => {
    const log = ['03/05/22 AM  3-pt contact made.', '03/06/22 AM  Auth sent.'].join('\n');
    expect(authorsIn(log)).toEqual(['AM', 'AM']);
  });

  it('reads a login after the date and the clock', () => {
    const log = [
      'NOTES',
      '08/13/23 09:12 tamsin.quillery  OB CALL TO PH1 - LMOM',
      '08/15/23 14:40 QUILLERY.T  DEBTOR CALLED IN',
      '08/27/23 10:05 tquillery  PMT ARR $40/MO',
      '2024-05-02 14:05:11 a_quill2\tStatement mailed',
      '2024-05-03 09:30 zoë.quill  Statement mailed',
    ].join('\n');
    expect(authorsIn(log)).toEqual(['tamsin.quillery', 'QUILLERY.T', 'tquillery', 'a_quill2', 'zoë.quill']);
  });

  it('reads nothing from a single dated line', () => {
    expect(authorsIn("03/18/22 QV  Rec'd first report from employer.")).toEqual([]);
  });

  it("keeps a clock's half-day, a zone, a weekday and a log's level", () => {
    const log = [
      '03/18/22 10:15 PM  called back',
      '03/19/22 09:00 UTC  batch run',
      '2024-05-02 Mon  clinic closed',
      '2024-05-02 12:00:01 INFO  job started',
      '2024-05-02 12:00:02 ERROR  job failed',
      '2024-05-02 12:00:03 cron  job retried',
      '2024-05-02 12:00:04 administrator  job retried',
    ].join('\n');
    expect(authorsIn(log)).toEqual([]);
  });

  it("keeps a table's test names, set as wide apart as its other columns", () => {
    const table = [
      'DATE        TEST      RESULT',
      '01/02/2024  Glucose   98',
      '01/03/2024  WBC       7.2',
    ].join('\n');
    expect(authorsIn(table)).toEqual([]);
  });

  it('keeps words run on after the date with one blank', () => {
    const log = ['03/18/22 Called pt, no answer.', '03/19/22 Letter sent to employer.'].join('\n');
    expect(authorsIn(log)).toEqual([]);
  });
});
