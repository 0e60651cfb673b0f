import { describe, expect, it } from 'vitest';
import { detectText } from '../detect';
import { expectDetected, expectKept } from '../test-helpers';

const RULES = new Set(['month_name_day', 'set_month_day', 'compact_prose_date', 'appointment_instant']);

/** This detector reads nothing in `keep` as a date (others may still find an identifier there). */
function expectNoCareDate(text: string, keep: string): void {
  const at = text.indexOf(keep);
  if (at < 0) throw new Error(`test bug: ${keep} is not in the text`);
  const found = detectText(text).filter(
    (s) => RULES.has(s.ruleId) && s.start < at + keep.length && s.end > at,
  );
  expect(found, `${JSON.stringify(keep)} in ${JSON.stringify(text)}`).toEqual([]);
}

describe('care dates', () => {
  it.each([
    ['Bloods Aug 14: ferritin 22 ng/mL, TSH 3.1', 'Aug 14'],
    ['Cultures drawn November 3rd: no growth', 'November 3rd'],
    ['seen Sept. 9 for wound check', 'Sept. 9'],
    ['Imaging on May 12th showed no change', 'May 12th'],
    ['drawn on May 7, fasting', 'May 7'],
    ['14-day report may 9–May 23: TIR 68%', 'May 23'],
    ['MBS May 6: penetration with thin liquids', 'May 6'],
  ])('finds a month name and its day in %s', (text, value) => expectDetected(text, value, 'date'));

  it.each([
    ['Plan: RTC 2/14 w/ Dr. Oyelaran', '2/14'],
    ['ok to d/c 8/2 once PT clears', '8/2'],
    ["Foley d/c'd 3/18", '3/18'],
    ['MRI lumbar spine ordered for 11/9', '11/9'],
    ['Front desk: we moved you to 3/18 10:15a.', '3/18'],
    ['[4/6 8:02a] Clinic: Reminder: appt tomorrow', '4/6'],
    ['Labs Mon 6/10: RF 111.3 IU/mL', 'Mon 6/10'],
    ['Dressing change 7/22 at 2pm', '7/22'],
    ['Bloods Wed 9/17: Hb 11.2 g/dL', '9/17'],
    ["- Trousseau's sign noted on exam 6/2\n\n### To do", '6/2'],
    ['Wound first seen on 12/27, healing well', '12/27'],
    ['Rash noted on admission 3/15.', '3/15'],
  ])('finds a month and day set by its words in %s', (text, value) => expectDetected(text, value, 'date'));

  it.each([
    ['CT chest 20230917 at Lakemoor Regional', '20230917'],
    ['Signed off on 20221104. Copy to chart.', '20221104'],
    ['Countersigned by the attending on 20221105.', '20221105'],
    ['Statement taken 20240312: patient reports neck pain', '20240312'],
  ])('finds a compact date in prose: %s', (text, value) => expectDetected(text, value, 'date'));

  it('finds the day of an appointment given as an instant', () => {
    expectDetected('Keep taking it and see you on 2026-02-11T09:30:00-05:00.', '2026-02-11', 'date');
    expectDetected('Your appointment is booked for 2025-10-02T14:00:00.', '2025-10-02', 'date');
  });

  it('keeps doses, fractions, scores and ratios', () => {
    expectKept('take 1/2 tab nightly', '1/2');
    expectKept('pain 7/10 today, strength 4/5', '7/10');
    expectKept('use 3/4 strength formula', '3/4');
    expectNoCareDate('Dose Jan 5 mg for test', 'Jan 5');
    expectNoCareDate('blood cultures positive on 2/4.', '2/4');
    expectNoCareDate('LUE weakness on exam 4/5, sensation intact', '4/5');
    expectNoCareDate('noted on 6/2 of the films reviewed', '6/2');
  });

  it('keeps full dates to the date detectors and a log line clock', () => {
    expectKept('Nov 19 10:32:01 gateway sshd[311]: session opened', 'Nov 19');
  });

  it('keeps eight figures a label makes a number', () => {
    expectKept('firmware build 20240109 installed', '20240109');
    expectKept('kit batch 20231105 expired', '20231105');
    expectNoCareDate('order # 20240517 shipped', '20240517');
  });

  it('keeps a system instant without an appointment word', () => {
    expectKept('job finished on 2025-10-02T14:00:00Z with 0 errors', '2025-10-02');
  });
});

describe("a month and day after a care facility's name or in a list beside a full date", () => {
  it.each([
    ['Seen by Dr. Roe at Quarry Hill Hospital 6/11.\nLOH', '6/11'],
    ['seen by Dr. Roe @ Tarrow Medical Center 2/20 for cp - neg w/u', '2/20'],
    ['Follows at Harbor HealthCare 12/29.', '12/29'],
    ['Seen by Dr. Roe at Harbor HealthCare 2/6.\nLOH', '2/6'],
    ['Exacerbations: 1/16 (pred burst), 10/20/2024 (admitted Quarry Hill)', '1/16'],
    ['Prior visits 3/2/2024, 7/19', '7/19'],
  ])('finds it in %j', (text, day) => expectDetected(text, day, 'date'));

  it.each([
    ['Tarrow Hospital 1/2 day program', '1/2'],
    ['pain 3/10, 4/5/2023 worse', '3/10'],
  ])('keeps %j', (text, keep) => expectKept(text, keep));
});
