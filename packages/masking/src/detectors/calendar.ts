/**
 * iCalendar (RFC 5545): each content line is a property, its parameters and its value,
 * `NAME;PARAM=…:VALUE`, and the property says what the value is. DTSTART, DTEND, DUE,
 * RECURRENCE-ID, RDATE and EXDATE are when a person's visit takes place (masked as dates);
 * DTSTAMP, CREATED and LAST-MODIFIED are the calendar system's own clock and are left alone.
 * A TEXT value escapes its commas ("\,"): a LOCATION written as an address ("Clinic\, 12 Elm
 * St\, Springfield\, OH 43215") holds its city before the state, and a SUMMARY or DESCRIPTION
 * may hold a name written "Family\, Given" (or with its comma unescaped, as many writers send it).
 * The CN parameter of an ATTENDEE, ORGANIZER or any property is the common name of a calendar
 * user, a person's name unless the user is a room, a resource or a group (CUTYPE) or the name an
 * organisation's.
 */
import type { DetectedSpan, PhiType } from '../types';
import type { Detector, ScanContext } from './detector';
import { isOrganisationName } from './organisations';
import { looksLikeName } from './standalone-names';

/** A property line: its name, then its parameters and value. Lines are unfolded by then. */
const PROPERTY_RE =
  /^(DTSTART|DTEND|DUE|RECURRENCE-ID|RDATE|EXDATE|LOCATION|SUMMARY|DESCRIPTION|COMMENT)((?:;[^:\r\n]*)?):([^\r\n]*)/gm;
const DATE_PROPERTIES = new Set(['DTSTART', 'DTEND', 'DUE', 'RECURRENCE-ID', 'RDATE', 'EXDATE']);
/** A DATE or DATE-TIME value: "20241219", "20241219T073000", "20241219T073000Z". */
const DATE_VALUE = /^\d{8}(?:T\d{6}Z?)?$/;
/** The state and ZIP code that end a US address: "OH 43215", "KY 65027-8159", "VT". */
const STATE_ZIP = /^[A-Z]{2}(?: \d{5}(?:-\d{4})?)?$/;
/** A city: one to three words in title case. */
const CITY = /^[A-Z][a-z'’.-]+(?: [A-Z][a-z'’.-]+){0,2}$/;
/** "Family\, Given" of one word or a particle and a word each side, in one case. */
const FAMILY_COMMA_GIVEN =
  /(?<![\p{L}\d'’-])((?:(?:van|von|de|der|den|di|da|del|la|le|du|st\.?|VAN|VON|DE|DER|DEN|DI|DA|DEL|LA|LE|DU)\s){0,2}\p{Lu}[\p{L}'’-]+)\\?, (\p{Lu}[\p{L}'’-]+)(?![\p{L}\d'’-])/gu;
/** A calendar user's common name: `;CN=Tamsin Quenby`, `;CN="Quenby, Tamsin"`. */
const COMMON_NAME = /;CN=(?:"([^"\r\n]{1,80})"|([^;:"\r\n]{1,80}))/g;
/** A calendar user that is no person. */
const NOT_A_PERSON = /;CUTYPE=(?:ROOM|RESOURCE|GROUP|UNKNOWN)\b/i;

function push(ctx: ScanContext, start: number, end: number, type: PhiType): void {
  if (!ctx.skip?.has(type))
    ctx.out.push({ start, end, type, ruleId: 'icalendar_property' } satisfies DetectedSpan);
}

function markDates(ctx: ScanContext, value: string, at: number): void {
  let from = 0;
  for (const part of value.split(',')) {
    if (DATE_VALUE.test(part)) push(ctx, at + from, at + from + part.length, 'date');
    from += part.length + 1;
  }
}

/** The part before "ST 12345" in a comma-separated address is its city. */
function markCity(ctx: ScanContext, value: string, at: number): void {
  const parts = value.split('\\,');
  let from = 0;
  for (let k = 0; k < parts.length - 1; k++) {
    const part = parts[k] as string;
    const city = part.trim();
    if (CITY.test(city) && STATE_ZIP.test((parts[k + 1] as string).trim())) {
      const start = at + from + part.indexOf(city);
      push(ctx, start, start + city.length, 'geo');
    }
    from += part.length + 2;
  }
}

function markFamilyGiven(ctx: ScanContext, value: string, at: number): void {
  if (!value.includes(',')) return;
  FAMILY_COMMA_GIVEN.lastIndex = 0;
  for (let m = FAMILY_COMMA_GIVEN.exec(value); m !== null; m = FAMILY_COMMA_GIVEN.exec(value)) {
    const family = m[1] as string;
    const given = m[2] as string;
    if (!looksLikeName([...family.split(/\s+/), given], false, true)) continue;
    push(ctx, at + m.index, at + m.index + family.length, 'name');
    const g = at + m.index + m[0].length - given.length;
    push(ctx, g, g + given.length, 'name');
  }
}

/** The common names of the calendar users on the text's lines (ATTENDEE, ORGANIZER, …). */
function markCommonNames(ctx: ScanContext): void {
  const text = ctx.text;
  COMMON_NAME.lastIndex = 0;
  for (let m = COMMON_NAME.exec(text); m !== null; m = COMMON_NAME.exec(text)) {
    const name = (m[1] ?? m[2] ?? '').trim();
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const lineEnd = text.indexOf('\n', m.index);
    const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
    if (!/\p{L}/u.test(name) || NOT_A_PERSON.test(line) || isOrganisationName(name)) continue;
    const start = m.index + m[0].indexOf(name);
    push(ctx, start, start + name.length, 'name');
  }
}

export const icalendarProperties: Detector = {
  id: 'icalendar_properties',
  types: ['date', 'geo', 'name'],
  run(ctx: ScanContext) {
    if (!ctx.hasUpper || !ctx.includes('BEGIN:V')) return;
    const text = ctx.text;
    if (!/(?:^|[\r\n])BEGIN:V(?:CALENDAR|EVENT|TODO|JOURNAL)\b/.test(text)) return;
    PROPERTY_RE.lastIndex = 0;
    for (let m = PROPERTY_RE.exec(text); m !== null; m = PROPERTY_RE.exec(text)) {
      const name = m[1] as string;
      const value = m[3] as string;
      const at = m.index + m[0].length - value.length;
      if (DATE_PROPERTIES.has(name)) markDates(ctx, value, at);
      else if (name === 'LOCATION') markCity(ctx, value, at);
      else markFamilyGiven(ctx, value, at);
    }
    if (ctx.includes(';CN=')) markCommonNames(ctx);
  },
};
