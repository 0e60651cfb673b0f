import { describe, it } from 'vitest';
import { expectDetected, expectKept, expectNoType } from '../test-helpers';

describe('dates tied to a person', () => {
  it.each([
    ['DOB 03/17/1984', '03/17/1984'],
    ['born 3/7/84', '3/7/84'],
    ['admitted 17 Mar 1984', '17 Mar 1984'],
    ['discharged 17-Mar-1984', '17-Mar-1984'],
    ['seen March 17th, 1984', 'March 17th, 1984'],
    ['follow-up on March 17th', 'March 17th'],
    ['died 1984-03-17', '1984-03-17'],
    ['Date of birth: 17.03.1984', '17.03.1984'],
    ['the 4th of July visit', '4th of July'],
    ['DOB: 1984-03-17T00:00:00Z', '1984-03-17T00:00:00Z'],
    ['born in March 1984', 'March 1984'],
    ['DOB 19840317', '19840317'],
    ['Bloods from July 2026: Plt 98 K/uL', 'July 2026'],
    ['I have Dr. Ngata on 3/27 at 10:40.', '3/27'],
    ['census 27-Nov-24 (4 West)', '27-Nov-24'],
    ['2/22 0300 RN note: resting', '2/22'],
  ])('finds %s', (text, value) => expectDetected(text, value, 'date'));

  it.each([
    ['released March 2024 with fixes', 'March 2024'],
    ['Q3 report for March 2024', 'March 2024'],
    ['on 1/2 tab daily', '1/2'],
    ['take 1/2 1000 mg tablet', '1/2'],
  ])('keeps %s', (text, keep) => expectKept(text, keep));

  it.each([
    'createdAt 2024-03-17T10:22:01.123Z',
    '412 admissions in Q3; printed 2024-03-17T10:22:01Z by build 2024.11.3',
    'event at 2024-03-17 10:22:01',
    'in 2024 admissions rose 4%',
    'version 1.2.24',
    'v2.10.0',
    'BP 120/80',
    'take 1/2 tablet',
    'ICD-10 E11.9',
    'in March 2024 the hospital served 12,000 patients',
    'may 5 be enough',
  ])('keeps %s', (t) => expectKept(t));

  it("keeps a record's creation time under its quoted key beside a person's note", () => {
    const note =
      '{"type":"Discharge Summary","created":"2025-07-08T04:59:40Z","author":"Roe, Jane, MD","text":"Jane Roe was admitted on Nov. 25."}';
    expectKept(note, '2025-07-08T04:59:40Z');
    expectDetected(note, 'Nov. 25', 'date');
  });
});

describe('dates as chat, forms and labels write them', () => {
  it.each([
    ['dob 21st december i need a refill', '21st december'],
    ['caller: october 1st is her birthday', 'october 1st'],
    ['its dob december 9 1931 ok', 'december 9 1931'],
    ['dob given as 27/2, mrn on file', '27/2'],
    ['Last seen alive by me: 24.IX.2025', '24.IX.2025'],
    ['born 3-XI-1931 in Cork', '3-XI-1931'],
    ['DISCARD AFTER Oct-25', 'Oct-25'],
    ["next visit Dec '26", "Dec '26"],
    ['follow-up Sun 11/15 with the clinic', 'Sun 11/15'],
    ['fell from ladder on Mon 1/6, wrist pain', 'Mon 1/6'],
    ['seen Mon 03/04/2024 in clinic', 'Mon 03/04/2024'],
    ['seen March the 5th for review', 'March the 5th'],
    ['DOB Tuesday, 1941-03-05', 'Tuesday, 1941-03-05'],
    ['the pharmacy last filled 11/23', '11/23'],
    ['Grade III on file; prior fill 3/6', '3/6'],
    ['last refill 12/14 per pharmacy', '12/14'],
    ['clinic notified 7/3', '7/3'],
    ['tried from 1/25 without relief', '1/25'],
    ['ok. family coming 7/25, cb later', '7/25'],
    ['approved for SNF, 14 days, start 3/16.', '3/16'],
    ['received in formalin labeled with pt name and "10/12".', '10/12'],
  ])('finds %s', (text, value) => expectDetected(text, value, 'date'));

  it.each([
    ['20/20 vision', '20/20'],
    ['Q2 report Jun-25 release', 'Jun-25'],
    ['it may 2 be fine', 'may 2'],
    ['2 X 10 mg', '2 X 10'],
    ['fill 3/4 of the cup', '3/4'],
    ['start 1/2 tab daily', '1/2'],
    ['coming 3/4 of the time', '3/4'],
    ['Eye chart labeled "20/40"', '20/40'],
  ])('keeps %s', (text, keep) => expectKept(text, keep));
});

describe('e-signature stamps', () => {
  it.each([
    ['Electronically signed by Dr. Walsh on 2025-02-19T03:07:56-05:00', '2025-02-19T03:07:56-05:00'],
    ['Electronically signed by Kovács, Kolos (NP) on 2025-10-07 03:28:56 UTC', '2025-10-07 03:28:56'],
    ['Signed A. Oyelaran, RN 2025-06-18T05:46:05.567Z', '2025-06-18T05:46:05.567Z'],
    ['Signed A. Oyelaran, RN 2025-02-11 01:39:17.049', '2025-02-11 01:39:17.049'],
  ])('keeps the system time of %s', (text, stamp) => expectKept(text, stamp));

  it('still finds a service date after "signed"', () =>
    expectDetected('Seen and signed on 2025-02-19 by Dr. Hale', '2025-02-19', 'date'));
});

describe("a dictation's, a verification's, a payment's and a chat line's stamps", () => {
  it.each([
    ['Dictated: Roe, Annika 2024-02-11 01:39:17  PACS 4.2', '2024-02-11 01:39:17'],
    ['Dictated by Annika Roe NP 2023-07-02T20:34:31.120-04:00', '2023-07-02T20:34:31.120-04:00'],
    ['Transcribed: M. Okafor 11/30/2024 07:05', '11/30/2024 07:05'],
    ['Verified by Jan Kowal, MD, PhD 06/14/2025 18:02  LIS 3.1', '06/14/2025 18:02'],
    ['Electronically signed by Annika Roe on 04/22/2025 13:07', '04/22/2025 13:07'],
    ['Co-signed M. Okafor 2024-03-08T09:10', '2024-03-08T09:10'],
    ['EFT 00412  paid 07/01/2025 11:30', '07/01/2025 11:30'],
    ['Badge scan verified 2024-05-02 06:50', '2024-05-02 06:50'],
    ['Faxed 5/6/2025 14:22 to the clinic', '5/6/2025 14:22'],
  ])('keeps the stamp of %s', (text, stamp) => expectKept(text, stamp));

  it.each([
    '[03/11/2025 09:14] @k.okafor: is bed 4 the one from clinic?\n[03/11/2025 09:16] @dr_roe: yes, seen 03/10/2025',
    '2024-06-01 08:02 Maria: hi im running late\n2024-06-01 08:05 Clinic Desk, RN: no problem',
    '(11.02.2025 17:40) Jan K.: danke\n(11.02.2025 17:41) Praxis: gern',
  ])('keeps the stamps opening the lines of a transcript: %s', (text) => {
    for (const line of text.split('\n')) {
      const stamp = /^[[(]?([\d/.-]+[ T]\d{2}:\d{2})/.exec(line)?.[1] as string;
      expectKept(text, stamp);
    }
  });

  it('still finds the dates said in a transcript and a line opened by a date alone', () => {
    expectDetected(
      '[03/11/2025 09:14] @k.okafor: hi\n[03/11/2025 09:16] @dr_roe: yes, seen 03/10/2025',
      '03/10/2025',
      'date',
    );
    expectDetected('03/04/2024 10:22 Admitted: with chest pain\nPlan: rest', '03/04/2024', 'date');
    expectDetected('Dictated 03/04/2024', '03/04/2024', 'date');
    expectDetected('Signed by A. Name, DO on 2025-09-15 at 7:23 pm', '2025-09-15', 'date');
    expectDetected('signed on March 4, 2024 13:07 by Dr. Hale', 'March 4, 2024', 'date');
  });

  it.each([
    ['Findings: stable. Dictated 2022-04-16T08:51:00Z by J. Quill MD (station 4)', '2022-04-16'],
    ['Impression: as above. Dictated 2021-10-03T19:07:00-04:00 by Dr Ona Velt', '2021-10-03'],
    ['Dictated: 2024-05-19 22:41 by Pell, Orin', '2024-05-19'],
  ])("finds the dictation's date-time said right after its word, its signer after it: %s", (text, date) => {
    expectDetected(text, date, 'date');
  });

  it('finds the administration times opening the rows of a printed MAR, its columns a wide gap apart', () => {
    const text =
      'famotidine 20 mg PO BID\n    2024-11-02 9:05 PM  Given  QX  Scanned: wristband\n' +
      'famotidine 20 mg PO BID\n    2024-11-03 8:47 AM  Refused  QX  Scanned: wristband\n' +
      'heparin 5000 units SC q8h\n\t2024-11-04 06:10\tHeld - NPO\tLM\tScanned: wristband';
    expectDetected(text, '2024-11-02', 'date');
    expectDetected(text, '2024-11-03', 'date');
    expectDetected(text, '2024-11-04', 'date');
  });
});

describe('ages over 89', () => {
  it.each([
    ['A 92-year-old woman', '92'],
    ['91 yo male', '91'],
    ['95 y/o', '95'],
    ['aged 101', '101'],
    ['Age: 97.', '97'],
    ['she is 93 years old', '93'],
    ['my grandma is 102 can she come too', '102'],
    ['CALLER: august 12th shes 93 im her nephew', '93'],
    ["he's 91 and lives alone", '91'],
    ['Age as stated to me: 102', '102'],
    ['Age/Sex: 92/F', '92'],
    ['she will be 95 next month', '95'],
    ["he'll be 91 on Sunday", '91'],
    ['her father, who is 94, drives her', '94'],
    ['DOB: 1929-08-30 (96 y)', '96'],
  ])('finds %s', (text, value) => expectDetected(text, value, 'age'));

  it.each([
    'A 45-year-old man',
    'aged 89',
    'HR 92 bpm',
    'score 95',
    '100 years of service',
    'my wife is 95 kg',
    'my mother is 64',
    'shes 95 kg now',
    'Page as stated: 97',
  ])('keeps %s', (t) => expectKept(t, t.match(/\d+/)?.[0]));
});

describe('ages over 89 in shorthand and words', () => {
  it.each([
    ['Bed 3 — JQ, 96M, POD 2', '96'],
    ['92yo F with CHF', '92'],
    ['a ninety-two-year-old woman', 'ninety-two'],
    ['She is aged one hundred and one.', 'one hundred and one'],
    ['age ninety-one', 'ninety-one'],
  ])('finds %s', (text, value) => expectDetected(text, value, 'age'));

  it.each([
    'T 98F, HR 80',
    'temp: 99 F',
    'Bed 3 — JQ, 61M',
    'a sixty-year-old man',
    'Temp 98.6F, HR 72, BP 120/80; 95F at 03:00',
  ])('keeps %s', (text) => expectNoType(text, 'age'));
});

describe('a month and day without a year', () => {
  it.each([
    ['appt 3/17 at 10am', '3/17'],
    ['admitted on 03/05 and discharged 03/09', '03/09'],
  ])('finds %s after a person-date word', (text, value) => expectDetected(text, value, 'date'));

  it.each(['admitted with CHF, take 1/2 tab daily', 'BP 120/80 on admission', 'scored 3/5 on recall'])(
    'keeps %s',
    (text) => expectNoType(text, 'date'),
  );
});

describe('dates written with a weekday or all together', () => {
  it.each([
    ['sent Saturday, December 14, 2024', 'Saturday, December 14, 2024'],
    ['seen Tue 17 March 1984 in clinic', 'Tue 17 March 1984'],
    ['DOB 11SEP1942', '11SEP1942'],
    ['born 05Jan93', '05Jan93'],
  ])('finds %s', (text, value) => expectDetected(text, value, 'date'));

  it.each(['lot 12AUG7 expired', 'batch 5MAY20 recalled'])('keeps %s', (text) => expectNoType(text, 'date'));
});

describe('dates in file names', () => {
  it.each([
    ['attached Orlay_Benedikt_19970412.pdf for review', '19970412'],
    ['filename="20240906-Quenby-Discharge.docx"', '20240906'],
    ['see Wound-Care.20230115.txt', '20230115'],
    ['"name": "Quell_Ottavia_2024-11-30_consent.pdf"', '2024-11-30'],
    ['"name": "CT_58-20417-3_19810923.pdf"', '19810923'],
    ['"name": "letter_QX4410276_20191104.pdf"', '20191104'],
    ['"key": "exports/TAVORRI-BEXLEY-2024-02-19-discharge.pdf"', '2024-02-19'],
    ['"key": "exports/HALVERSON-2023-12-01-summary.pdf"', '2023-12-01'],
    ['"name":"consent_HCH-158522_19971018.pdf"', '19971018'],
    ['"name":"EOB_51293470_19690610.pdf"', '19690610'],
  ])('finds the date in %s', (text, value) => expectDetected(text, value, 'date'));

  it.each([
    'restored backup_20250318.tar.gz',
    'rotated app-20250318.log',
    'IMG_20250318_142233.jpg',
    'export_20250318.csv',
    'build 20250318.1 released',
    'rotated server_2025-03-18_0001.log.gz',
    'nightly export_2025-03-18_full.csv',
    'REPORT-2024-09-22-summary.pdf',
    'PXL_20250318_123456789.jpg copied',
  ])('keeps %s', (text) => expectNoType(text, 'date'));
});

describe('a date and time needs its person word on its own line', () => {
  it('keeps a system line after a name that reads like a date word', () =>
    expectKept(
      'reply from Dr. Joe dos Santos, DO.\nsystem: message read 2024-02-14T12:13:03+13:00',
      '2024-02-14T12:13:03+13:00',
    ));
  it('finds a dated event on the line of its word', () =>
    expectDetected('Admitted 2024-02-14 10:22 via ED', '2024-02-14 10:22', 'date'));
});

describe('protocol revisions are versions, not dates', () => {
  it.each([
    'The server speaks protocol 2025-06-18.',
    'negotiated MCP 2025-11-25 with the client',
    'spec revision 2024-11-05 adds sampling',
    'upgraded from 2025-03-26 to 2025-06-18',
    'schema version 2023-04-01',
  ])('keeps %s', (text) => expectNoType(text, 'date'));

  it.each([
    ['admitted 2025-06-18 with CHF', '2025-06-18'],
    ['seen on 2025-11-25 for follow-up', '2025-11-25'],
    ['2025-06-18', '2025-06-18'],
    ['Visit on 2024-03-17', '2024-03-17'],
    ['the patient whom I reviewed on 2026-07-28 lives alone', '2026-07-28'],
    ['Roe,Ann,Ennis,NT-proBNP 4310 pg/mL,2025-11-25\nPoe,Bo,Cork,ALT 40 U/L,2024-01-02', '2025-11-25'],
    ['2025-06-18\tRoe\tAnn', '2025-06-18'],
    ['| A. Roe | loop recorder | SN38746151 | 2024-11-05 | 93880 |', '2024-11-05'],
    ['Randomised 2025-11-25 to arm A (blinded).', '2025-11-25'],
  ])('still finds a person date %s', (text, value) => expectDetected(text, value, 'date'));

  it('keeps a system instant after a trial word ("enrolled 2023-03-03T12:16:17Z" on a kiosk)', () => {
    expectKept('Retina scan enrolled 2023-03-03T12:16:17Z\nKiosk v2.7.47', '2023-03-03T12:16:17Z');
  });
});

describe('ages said in speech, and numbers of places', () => {
  it('keeps a ninety that is no age', () => {
    expectKept('he is ninety percent sure; pt was ninety minutes late', 'ninety');
    expectKept('you are 95% likely to respond', '95');
  });

  it.each([
    ["PATIENT: I'm 92, is that safe?", '92'],
    ['she is 94.', '94'],
    ['He turned 101 last week', '101'],
    ['pt is ninety-three, lives alone', 'ninety-three'],
    ['I see your LDL was 212 mg/dL. You are 98?', '98'],
    ['mom is one hundred and one, and sharp', 'one hundred and one'],
  ])('finds %s', (text, value) => expectDetected(text, value, 'age'));

  it.each([
    'Patient moved to room 95F after surgery.',
    'Bed 92M, stable.',
    'apt 91F on the second floor',
    'I am 95 percent sure',
    "I'm 92 minutes away",
  ])('keeps %s', (text) => expectNoType(text, 'age'));
});

describe('a system stamp beside a date', () => {
  it.each([
    ['SMS thread exported 28/09/2024 11:48:21', '28/09/2024'],
    ['Signed electronically 01-Apr-2024 19:12', '01-Apr-2024'],
  ])('keeps %s', (text, keep) => expectKept(text, keep));

  it('still finds a date and time said of the person', () =>
    expectDetected('Admitted 03/04/2024 10:22 with chest pain', '03/04/2024', 'date'));

  it.each([
    ['Electronically signed by A. Name, MD on March 14, 2024 at 15:57', 'March 14, 2024'],
    ['Electronically signed by A. Name MD on 02/12/2024 at 10:26 AM', '02/12/2024'],
    ['Signed by A. Name, RN on 26-Feb-2024 at 06:30', '26-Feb-2024'],
    ['Signed by A. Name, DO on 2025-09-15 at 7:23 pm', '2025-09-15'],
  ])('finds the date a signature sentence gives: %s', (text, date) => expectDetected(text, date, 'date'));
});

describe('a version or a program stamp is no date', () => {
  it.each([
    ['generated by summarizer 4.9.9468 at 12-May-2023 13:19', '4.9.9468'],
    ['generated by summarizer 4.9.9468 at 12-May-2023 13:19', '12-May-2023'],
    ['Signé Rosalie Ashdown, md — 25-Jan-2024 13:02', '25-Jan-2024'],
    ['Performed at the core lab, LIS 2024.12.7', '2024.12.7'],
    ['specimen resulted, build 2025.03.1', '2025.03.1'],
    ['transcribed 2025-02-06T14:03:22Z', '2025-02-06T14:03:22Z'],
  ])('keeps %s', (text, keep) => expectKept(text, keep));

  it('a month and day does not take the year of a timestamp after it', () => {
    expectDetected('seen june 27th   2025-02-06T14:03:22Z', 'june 27th', 'date');
    expectKept('signed june 27th   2025-02-06T14:03:22Z', '2025-02-06T14:03:22Z');
  });

  it('takes the time of a birth with its date', () => {
    expectDetected('Born: 2025-06-25 at 10:42   Gestation 38+2', '2025-06-25 at 10:42', 'date');
    expectDetected('DOB/TOB 06/25/2025 06:43 pm, Apgars 8/9', '06/25/2025 06:43 pm', 'date');
    expectKept('Admitted 2025-06-25 at 10:42 for pneumonia', 'at 10:42');
    expectKept('born 1.26.54\n12:23 vitals stable', '12:23');
  });

  it('still finds a dotted date of a person', () =>
    expectDetected('specimen collected 2024.12.07 at the bedside', '2024.12.07', 'date'));
});

describe('a month, a day and a year before a colon', () => {
  it('takes the year with the date', () => {
    expectDetected('Registry checked Mar 14 2023: no other prescriber', 'Mar 14 2023', 'date');
  });

  it('keeps a date and a clock time apart as before', () => {
    expectKept('release notes for build 2025.03.1', '2025.03.1');
  });
});

describe('a month and an ordinal day with a two-digit year closing an answer', () => {
  it.each([
    ['oct 21st 58', 'oct 21st 58'],
    ['dob: nov 2nd 07.', 'nov 2nd 07'],
  ])('finds %s', (text, value) => expectDetected(text, value, 'date'));

  it('keeps a count after a month and day in running text', () => {
    expectKept('on march 3rd 25 patients came', '25 patients');
    expectKept('rtc march 3 25');
  });
});

describe('an age over 89 and a sex letter after a slash', () => {
  it.each([
    ['Bed 4 - Mrs Quell 97/F, hosp no 55012', '97'],
    ['summary for **T. ORRIN** (103/M):', '103'],
  ])('finds %s', (text, value) => expectDetected(text, value, 'age'));

  it('keeps a temperature and a room', () => {
    expectNoType('T 99/F overnight, room 95/F cleaned', 'age');
  });
});

describe('a protocol revision written in a date field', () => {
  it('is the date of the field', () => {
    expectDetected('Interpreted visit\nDate: 2025-06-18   Patient: A. Roe', '2025-06-18', 'date');
  });

  it('stays a version after a version word', () => {
    expectKept('Client protocol: 2025-06-18 negotiated', '2025-06-18');
  });
});

describe('a month and year in figures, and a year and month', () => {
  it.each([
    ['Eye exam due; last 09/2022. Return in a year.', '09/2022'],
    ['Falls x2 since 04/2025.', '04/2025'],
    ['Next well visit 11/2024 with the same clinician', '11/2024'],
    ['prior ferritin 586 ng/mL 03/2021.', '03/2021'],
    ['- I10  HTN (dx 2019-06)', '2019-06'],
    ['onset 2021-11, stable since', '2021-11'],
    ['Next cycle 2025-06-18.', '2025-06-18'],
    ['mammogram jan 2024 normal', 'jan 2024'],
  ] as const)('finds %s', (text, value) => expectDetected(text, value, 'date'));

  it.each([
    ['card exp 03/2027 on file', '03/2027'],
    ['epinephrine dilution 1/2000 prepared', '1/2000'],
    ['guidelines updated 03/2024 for the unit', '03/2024'],
    ['fiscal year 2024-25 budget', '2024-25'],
    ['ref range 2019-06 unknown', '2019-06'],
    ['may 2024 bring good news', 'may 2024'],
  ] as const)('keeps %s', (text, keep) => expectKept(text, keep));
});

describe('a dotted version after a system name', () => {
  it('keeps the version even where a person word stands before it', () =>
    expectKept('Performed at Sample Lab | LIS 6.5.17 | printed later', '6.5.17'));
  it('still finds a dotted date of a person', () =>
    expectDetected('Performed on 6.5.17 at noon', '6.5.17', 'date'));
});

describe('a date before a span of time', () => {
  it('masks the date and keeps the times of a visit from and to', () => {
    const text = 'Seen at home 2024-04-22 15:03-15:05, nurse present';
    expectDetected(text, '2024-04-22', 'date');
    expectKept(text, '15:05');
    const numeric = 'Seen at home on 11/26/2024 16:26-16:41, nurse present';
    expectDetected(numeric, '11/26/2024', 'date');
    expectKept(numeric, '16:41');
    const short = 'Seen at home 11/14/25 11:44-11:45, nurse present';
    expectDetected(short, '11/14/25', 'date');
    expectKept(short, '11:45');
    expectKept('Seen at home 2024-04-22 10:00-11:00 ok', '11:00');
  });

  it('still reads a zone offset after a time as part of it', () => {
    expectNoType('synced 2024-04-22T15:03:11-05:00 ok', 'date');
    expectNoType('synced 2024-04-22T15:03:11+05:30 ok', 'date');
    expectDetected('admitted 2024-04-22T15:03-05:00 via ED', '2024-04-22T15:03-05:00', 'date');
    expectDetected('admitted 2024-04-22 15:03:11-05:00 via ED', '2024-04-22 15:03:11-05:00', 'date');
  });
});

describe('a month and day after an event of a medicine or a sample, or before a part of the day', () => {
  it.each([
    ['Caller: her tablets 100 mg ran out 7/1 and she called', '7/1'],
    ['- [ ] repeat ammonia 54 umol/L 9/1 AM', '9/1'],
    ['started 3/4 on metformin', '3/4'],
    ['culture drawn 11/2, pending', '11/2'],
  ])('finds in %s the day %s', (text, day) => expectDetected(text, day, 'date'));

  it.each(['ratio 3/4 am', 'strength 4/5 seen today', 'dose 1/2 tab started'])('keeps %s', (text) =>
    expectNoType(text, 'date'),
  );
});
