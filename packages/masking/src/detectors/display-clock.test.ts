import { describe, expect, it } from 'vitest';
import { displayClockAfter, endsInDisplayClock } from './display-clock';

describe("a clock as a person's record shows it", () => {
  it('reads a 12-hour clock with AM or PM after a date', () => {
    const signed = 'E-signed November 9, 2023 10:45 AM by A. Name, MD';
    expect(displayClockAfter(signed, signed.indexOf(' 10:45'))).toBe(true);
    const printed = 'Printed by A. Name, RN 3/14/2025 9:31 p.m.  Report 2.3';
    expect(displayClockAfter(printed, printed.indexOf(' 9:31'))).toBe(true);
    expect(displayClockAfter('Seen 3/14/2025 at 9:31 PM', 'Seen 3/14/2025'.length)).toBe(true);
  });

  it('leaves a machine clock: seconds, 24 hours, a zone, or none', () => {
    const stamp = 'Printed 14-Mar-2025 21:31 by LabSys 4.2';
    expect(displayClockAfter(stamp, stamp.indexOf(' 21:31'))).toBe(false);
    const seconds = 'Generated 3/14/2025 9:31:07 PM';
    expect(displayClockAfter(seconds, seconds.indexOf(' 9:31'))).toBe(false);
    expect(displayClockAfter('Printed 3/14/2025.', 'Printed 3/14/2025'.length)).toBe(false);
    expect(displayClockAfter('on 3/14/2025 9:31 pmol', 'on 3/14/2025'.length)).toBe(false);
  });

  it('tells a date-time that ends in such a clock', () => {
    expect(endsInDisplayClock('11/4/2025 3:36 PM')).toBe(true);
    expect(endsInDisplayClock('February 13, 2024 12:12 PM')).toBe(true);
    expect(endsInDisplayClock('2025-11-04T15:36:07Z')).toBe(false);
    expect(endsInDisplayClock('2025-11-04 15:36')).toBe(false);
    expect(endsInDisplayClock('04-Nov-2025 13:36 UTC')).toBe(false);
  });
});
