import { describe, it } from 'vitest';
import { expectDetected, expectKept, expectNoType } from '../test-helpers';

describe('dates without a year where a record or a message dates something', () => {
  it.each([
    ['Waitlist - derm (updated 6/10)', '6/10'],
    ['* new pt   74yo   added 1/24   any am', '1/24'],
    ['Specimen A  Received 8/27\nSubmitting: clinic', '8/27'],
    ['cont meds. rtc 11 wks or 10/28. G0121', '10/28'],
    ['reminder: your mammogram is 10/26. Fasting 12 hrs.', '10/26'],
    ['NURSING SHIFT NOTE nights 1/13\nrm 379B', '1/13'],
    ['Subject: capacity huddle 1/3\nAll - 101% occupancy', '1/3'],
    ['soap note 2/23\npt: seen for f/u', '2/23'],
    ['interaction on file; prior fill 10/3', '10/3'],
    ['previous visit 4/9 unremarkable', '4/9'],
    ['Hi Ann, see you 12/12. Bring your pump.', '12/12'],
    ['Hi Ann, see you 2/6. Bring your pump.', '2/6'],
  ] as const)('finds a month and day in %s', (text, value) => expectDetected(text, value, 'date'));

  it.each([
    ['SCHEDULE Sun feb 28   Provider: clinic', 'feb 28'],
    ['COMPARISON: None. dec 13\nFINDINGS: normal', 'dec 13'],
    ['prior auth request faxed on jan 25. guarantor', 'jan 25'],
    ['wants to go home by march 6th', 'march 6th'],
    ['SCHEDULE tue may 12th   Provider', 'may 12th'],
    ['rtc 2 wks or mar 11.', 'mar 11'],
  ] as const)('finds a lower-case month and day in %s', (text, value) => expectDetected(text, value, 'date'));

  it.each([
    ['Sent: monday, November 10, 2025 10:24 PM', 'November 10, 2025'],
    ['> Sent: Thurs, March 8, 2024 3:27 PM', 'March 8, 2024'],
    ['Date: Tue, 4 Mar 2025 09:12', '4 Mar 2025'],
    ['From: A <a@example.org>\nTo: Dr B\nSent: 03/26/2023 13:28\nSubject: my son', '03/26/2023'],
    ['From: A <a@example.org>\nTo: Dr B\nSent: April 21, 2024 12:29\nSubject: refill', 'April 21, 2024'],
  ] as const)('finds the date of a quoted mail header %s', (text, value) =>
    expectDetected(text, value, 'date'),
  );

  it.each([
    ['smoking since age 16, last cigarette 7/2. Quit line offered', '7/2'],
    ['three contacts, last contact 21/11, asymptomatic', '21/11'],
    ['used daily since 2019, last 14/4. Withdrawal mild.', '14/4'],
    ['catheter flushed. next dressing change 11/23.', '11/23'],
    ['Next review 3/14 with the team', '3/14'],
    ['Window met (target 10/2 +/- 3d)', '10/2'],
    ['he was back 6/19 with a fever', '6/19'],
    ['we went in 2/7 for his ear', '2/7'],
    ['4. Date supervisor informed: 9/12\n5. Witness: none', '9/12'],
    ['Date of last dose: 12/3', '12/3'],
    ['12/9 hv, wound reviewed', '12/9'],
    ['notes\n3/8 - pt rang about refill\n3/9 - seen in clinic', '3/8'],
    ['- 24/6: called daughter', '24/6'],
    ['Bloods normal.\n Ultrasound 14/5: no collection', '14/5'],
  ] as const)('finds the date of an event, a label or a log entry in %s', (text, value) =>
    expectDetected(text, value, 'date'),
  );

  it('keeps scores, fractions and durations after last, next and the like', () => {
    expectKept('last MMSE 24/30 and power 4/5 bilaterally');
    expectKept('last 3/4 weeks were better');
    expectKept('next 1/2 tab at night');
    expectKept('last score 4/5 on the scale');
    expectKept('last VA 6/9 right, 20/40 left');
    expectKept('next 2/3 doses as planned');
    expectKept('support 24/7 at home, dilution 1/100');
    expectKept('1/2 - 1 tab nocte\n3/4 of the dose');
    expectKept('Updated: 1/2 tab at night', '1/2 tab');
    expectKept('Power 4/5: improving; ratio 1/3: fine; pain 6/10: better');
    expectKept('previous dose 1/2 tab at night');
    expectKept('previous dose 1/2, then stop');
    expectKept('prior MMSE 24/30, prior power 4/5');
  });

  it('keeps fractions, ratios, scores, doses and pressures', () => {
    expectKept('BP 120/80 HR 72', '120/80');
    expectKept('pain 5/10 updated after meds', '5/10');
    expectKept('updated pain score 6/10', '6/10');
    expectKept('take 1/2 tab at night', '1/2 tab');
    expectKept('added 1/2 tab of metoprolol', '1/2 tab');
    expectKept('dilute to 3/4 strength', '3/4 strength');
    expectKept('G2P1, ratio 1/3 in the smear', 'ratio 1/3');
    expectKept('Platelet clumping 1/4 fields', '1/4');
    expectKept('Strength 4/5 in the left arm', '4/5');
  });

  it('keeps month-like words that are not dates', () => {
    expectKept('dec 10 mg lasix, may 5 be needed', 'dec 10 mg');
    expectKept('you may 2 times a day', 'may 2');
    expectKept('march 3 miles daily', 'march 3');
  });

  it('keeps a system stamp that is no mail header', () => {
    expectKept('job sent 2025-10-13T02:35:00Z', '2025-10-13T02:35:00Z');
    expectKept('queue stats\nsent: 2024-01-01 12:00:00 ok', '2024-01-01 12:00:00');
  });
});

describe('dates of care without a year in the forms notes give them', () => {
  it.each([
    ['Monthly labs aug 19: Hgb 11.0 g/dL', 'aug 19'],
    ['Events since may 25: none.', 'may 25'],
    ['Device set up may 2. Compliance check in 30 days.', 'may 2'],
    ['Labs may 20: K 4.2', 'may 20'],
    ['RTC mar 5.', 'mar 5'],
    ['cardiology consulted 6/27. Discharge labs: Na 140', '6/27'],
    ['- M06.9  RA — noted 7/15', '7/15'],
    ['Home health SOC 5/15. DME: walker.', '5/15'],
    ['Call 5/14 to wife at home — reached.', '5/14'],
    ['EF decreased compared with 7/27.', '7/27'],
    ['Return 1/31.', '1/31'],
    ['s/p CABG 4/22, doing well', '4/22'],
    ['last Lactate 5.4 mmol/L 9/22.', '9/22'],
    ['recheck A1c 7.1 % 3/4 in clinic', '3/4'],
    ['14-day report 6/30–7/14: TIR 76%', '6/30'],
    ['14-day report 6/30–7/14: TIR 76%', '7/14'],
    ['14-day report jun 7–jun 21: TIR 86%', 'jun 7'],
    ['i was out from 7/11 to 7/15. fax is below', '7/15'],
    ['out from March 22 to mar 26.', 'mar 26'],
    ['From: A Person\nTo: Dr B   Sent: 6/22/2024 06:59   Sender IP hidden', '6/22/2024'],
    ['Photo wound_1.jpg (prior derm_2.png, 4/7)', '4/7'],
    ['14-day report may 9–May 23: TIR 68%', 'may 9'],
    ['14-day report aug 25–September 8: TIR 71%', 'aug 25'],
    ['14-day report sep 2–9/16: TIR 47%', '9/16'],
    ['Reviewed by frailty team 23/12.', '23/12'],
    ['COMPARISON: None. 10/9\nFINDINGS: disc bulge', '10/9'],
    ['echo 11/23 EF 55%', '11/23'],
    ['cath 11/25 showed 3VD', '11/25'],
    ['x-ray (4/5) neg', '4/5'],
    ['MRI done 2/14, unremarkable', '2/14'],
    ['hgb 8.1 (3/4) -> 9.2 (3/6)', '3/6'],
    ['f/u in 2 wks (~4/3)', '4/3'],
    ['started metformin 3/12', '3/12'],
    ['week of 3/14 she felt worse', '3/14'],
    ['symptoms began around 3/14', '3/14'],
    ['between 3/14 and 3/18 pt was away', '3/18'],
    ['i was out from 1/3 to 1/7. fax is below', '1/7'],
    ['pt went to ED 3/14 with SOB', '3/14'],
    ['returned to work 3/14', '3/14'],
    ['Device interrogated; explanted 7/3 and returned', '7/3'],
    ['authorisation committee approval 19/6.', '19/6'],
    ['Indication: I50.43; compare to study of 12/20.', '12/20'],
    ['HOSPITAL COURSE:\nDay 2 (11/5): WBC 19.6 x10^3/uL.', '11/5'],
    ['POD 1, 6/3: ambulating', '6/3'],
    ['NEPHROLOGY CONSULTATION  1/7\nRequested by Dr. Roe', '1/7'],
    ['Follow up on 4/1 at 10:15; lab draw 3/30.', '3/30'],
    ['Oakwood Skilled Nursing accepted for 5/15; referral faxed.', '5/15'],
  ] as const)('finds the date in %s', (text, value) => expectDetected(text, value, 'date'));

  it('keeps grades, counts, doses and scores after the same words', () => {
    expectKept('noted 2/6 SEM at the apex', '2/6');
    expectKept('completed 3/6 cycles so far', '3/6');
    expectKept('grip improved 3/5 to 4/5 over the week', '3/5 to 4/5');
    expectKept('take 1/2 to 3/4 tab at night', '1/2 to 3/4 tab');
    expectKept('Return 1/2 tab to the blister', '1/2 tab');
    expectKept('Cr 1.2 mg/dL 1/2 of baseline', '1/2');
    expectKept('you may 2 times a day, they march 3 miles', 'may 2');
    expectKept('it may 3. not sure', 'may 3');
    expectKept('reviewed by PT 4/5 strength in the left leg', '4/5');
    expectKept('held metoprolol 2/2 low BP', '2/2');
    expectKept('about 1/2 of the time, around 3/4 full, about 2/3', '1/2');
    expectKept('dose increased 1/2 and 3/4 later', '1/2 and 3/4');
    expectKept('decreased to 1/2 tab; taking 1.5 (1/2) tabs', '1/2');
    expectKept('motor strength (4/5), reflexes 2+ (2/4), responders (2/3)', '4/5');
    expectKept('Day 3 (1/2 dose given); POD 2, 3/4 tab', '1/2');
    expectKept('Compared with 3/4 strength; accepted for 1/2 tab', '3/4');
  });
});

describe('a month and day closing a signature line or after a signing verb', () => {
  it.each([
    ['Officer badge 5211 took report.\nDr. Marchetti  1/27', '1/27'],
    ['took report.\nA. Roe, MD, FACC  7/15\n', '7/15'],
    ['EPCS two-factor: token LU-0624-TVF verified 11/1\nSupervising: Dr. Roe', '11/1'],
  ] as const)('finds the day in %s', (text, value) => expectDetected(text, value, 'date'));

  it('keeps fractions and scores on such lines', () => {
    expectKept('Dr. Roe  strength 4/5', '4/5');
    expectKept('A. Roe, MD  reviewed 2/3 criteria', '2/3');
    expectKept('Dr. Roe  1/2 tab daily', '1/2');
  });
});

describe('a month and day closing a short label that holds nothing else', () => {
  it.each([
    ['wound R heel 8/14', '8/14'],
    ['AVF thrill site 9/3', '9/3'],
    ['{"caption": "sacral ulcer 12/25", "takenBy": "staff"}', '12/25'],
  ] as const)('finds the day in %s', (text, value) => expectDetected(text, value, 'date'));

  it('keeps strengths, fractions, counts and days inside longer text', () => {
    expectKept('upper ext 5/5', '5/5');
    expectKept('motor strength 4/5', '4/5');
    expectKept('cleared responders 2/3', '2/3');
    expectKept('wound photo image 3/12', '3/12');
    expectKept('pain scale 7/10', '7/10');
    expectKept('RUE 3/12', '3/12');
    expectKept('wound R heel 8/14 measured', '8/14');
  });
});

describe('a month named alone after a word of time', () => {
  it.each([
    ['symptoms worse since Oct, seen in clinic', 'Oct'],
    ['flu shot in October', 'October'],
    ['last A1c 7.2 in Jan', 'Jan'],
    ['fell late sept, no fracture', 'sept'],
    ['A1c 7.4. Dilated eye exam May. RTC 3 mo.', 'May'],
    ['Next remote 3/12; in-clinic June.\nDevice RN: A. Roe', 'June'],
  ] as const)('finds the month in %s', (text, value) => expectDetected(text, value, 'date'));

  it('keeps the words a month is spelled like, and leaves a month with its day or year to the others', () => {
    expectKept('you can in may try again; by Mayo criteria', 'may');
    expectKept('started in Augmentin trial, doctor notified', 'Augmentin');
    expectKept('to march in line', 'march');
    expectKept('Unit stats: 146 discharges in October.', 'October');
    expectKept('readmission rates in March were lower', 'March');
    expectKept('the exam May show a rub; next visit with April, her sister', 'May');
    expectNoType('next visit with April, her sister', 'date');
  });
});
