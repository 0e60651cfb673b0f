/**
 * A clock time as a screen or a printout shows it to a person — hours 1 to 12, minutes, AM or PM,
 * no seconds and no zone ("10:45 AM", "9:31 p.m.") — makes the date before it a date of the
 * person's record, not a machine's stamp: an EHR prints "E-signed November 9, 2023 10:45 AM by …"
 * and "Printed by A. Name, RN 3/14/2025 9:31 PM" on the day of the care it records, while a
 * program stamps its own work to the second, in 24 hours or with a zone ("2025-03-14T21:31:07Z",
 * "14-Mar-2025 21:31:07 UTC").
 */

/** The 12-hour clock at the start of a text, after the date: optional comma, "at" or "@". */
const CLOCK_AFTER =
  /^,?[ \t]+(?:at[ \t]+|@[ \t]*)?(?:1[0-2]|0?[1-9]):[0-5]\d[ \t]?[AaPp]\.?[Mm]\.?(?![\p{L}\p{N}:])/u;
/** The same clock closing a date-time. */
const CLOCK_AT_END = /(?:^|[ \t,T@])(?:1[0-2]|0?[1-9]):[0-5]\d[ \t]?[AaPp]\.?[Mm]\.?$/;

/** Whether a 12-hour clock without seconds follows the date that ends at `end`. */
export function displayClockAfter(text: string, end: number): boolean {
  return CLOCK_AFTER.test(text.slice(end, end + 20));
}

/** Whether a date-time ends in a 12-hour clock without seconds or zone ("11/4/2025 3:36 PM"). */
export function endsInDisplayClock(dateTime: string): boolean {
  return CLOCK_AT_END.test(dateTime);
}
