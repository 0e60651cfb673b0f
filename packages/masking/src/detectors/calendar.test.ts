import { describe, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';

// Synthetic calendar entry: every value is invented.
const EVENT = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Northsite Clinic//Scheduler 4.2.1//EN',
  'BEGIN:VEVENT',
  'UID:visit-7731@sched.northsite.example',
  'DTSTAMP:20250304T052438Z',
  'DTSTART;TZID=America/Chicago:20241219T073000',
  'DTEND;TZID=America/Chicago:20241219T080000',
  'EXDATE:20250102T073000,20250109T073000',
  'SUMMARY:F/U Quarnby-Holt\\, Tamsin (Bouchard nodes)',
  'DESCRIPTION:Bring meter.\\nCardiology\\, Room 4',
  'LOCATION:Northsite Family Practice\\, 12 Quillfeather Row\\, Brackmoor Falls\\, KY 65027-8159',
  'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

describe('iCalendar properties', () => {
  it.each([
    ['20241219T073000', 'date'],
    ['20241219T080000', 'date'],
    ['20250102T073000', 'date'],
    ['20250109T073000', 'date'],
    ['Quarnby-Holt', 'name'],
    ['Tamsin', 'name'],
    ['Brackmoor Falls', 'geo'],
  ] as const)('finds %s by its property', (value, type) => expectDetected(EVENT, value, type));

  it("keeps the calendar system's clock, the clinic, the eponym and a department", () => {
    for (const keep of [
      '20250304T052438Z',
      'Northsite Family Practice',
      'Bouchard nodes',
      'Cardiology',
      'Room 4',
    ])
      expectKept(EVENT, keep);
  });

  it('reads nothing outside a calendar', () => {
    expectKept('DTSTART:20241219T073000 is the field name in the export', '20241219T073000');
  });
});

describe('iCalendar text with escaped line breaks and folded lines', () => {
  const invite = [
    'BEGIN:VCALENDAR',
    'BEGIN:VEVENT',
    'DTSTAMP:20250101T120000Z',
    'DESCRIPTION:Pre-op call\\nMRN QX5582019\\nHold metformin 500 mg 24h prior.\\nCall 5305558245',
    '  with questions.',
    'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n');
  it('reads a label after an escaped line break', () => expectDetected(invite, 'QX5582019', 'mrn'));
  it('reads a number before a folded line', () => expectDetected(invite, '5305558245', 'phone'));
  it('keeps the dose and the system stamp', () => {
    expectKept(invite, '500 mg');
    expectKept(invite, '20250101T120000Z');
  });
});

describe("iCalendar users' common names and a summary's unescaped 'Family, Given'", () => {
  const invite = [
    'BEGIN:VCALENDAR',
    'BEGIN:VEVENT',
    'DTSTART:20250101T090000',
    'SUMMARY:VESSABY, ORRIN - 93264',
    'ORGANIZER;CN=Ngaio Pellow:mailto:np@example.org',
    'ATTENDEE;CN="Oyarzún, Bea";ROLE=REQ-PARTICIPANT:mailto:b@example.org',
    'ATTENDEE;CUTYPE=ROOM;CN=Exam Room 4:mailto:r4@example.org',
    'ATTENDEE;CN=Harbour Medical Center:mailto:front@example.org',
    'DESCRIPTION:Bring list\\, fasting',
    'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n');
  it.each([['Ngaio Pellow'], ['Oyarzún, Bea'], ['VESSABY'], ['ORRIN']])('finds %s', (value) =>
    expectDetected(invite, value, 'name'),
  );
  it("keeps a room's and an organisation's common name and the text after an escaped comma", () => {
    expectKept(invite, 'Exam Room 4');
    expectKept(invite, 'Harbour Medical Center');
    expectKept(invite, 'fasting');
  });
});
