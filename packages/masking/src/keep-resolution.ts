/**
 * The keep step of resolution: what the detectors found inside a thing that must survive is
 * dropped before overlaps are merged. An organisation's or a device's name holds words a person
 * may be called by ("Mercy Tarrow Behavioral Health", "Withings Body Scan"), and a system timestamp
 * holds a date ("Generated … on 14/02/2022 09:12:57"); one recogniser of each shape vetoes what
 * every detector found inside it, so no detector needs its own exception. A span that only
 * overlaps one (a person's name before an organisation: "Dr. Reyes Family Practice") stays as
 * its detector found it.
 */
import { deviceSpans } from './detectors/devices';
import { organisationSpans, x12OrganisationSpans } from './detectors/organisations';
import { systemTimeSpans } from './detectors/system-times';
import type { DetectedSpan, PhiType } from './types';

/** Types an organisation's or a device's name may hold: a person's name, a town. */
const NAMED_TYPES: ReadonlySet<PhiType> = new Set(['name', 'geo']);

type Range = readonly [number, number];

function inside(ranges: readonly Range[], s: DetectedSpan): boolean {
  for (const [start, end] of ranges) if (start <= s.start && s.end <= end) return true;
  return false;
}

/**
 * Drops, in place, the spans of `text` that lie wholly inside an organisation's or a device's
 * name (a name or a place) or inside a system timestamp (any type). Offsets are `text`'s.
 */
export function dropKeptSpans(text: string, spans: DetectedSpan[]): void {
  if (spans.length === 0) return;
  let named = false;
  let dated = false;
  for (const s of spans) {
    if (NAMED_TYPES.has(s.type)) named = true;
    else if (s.type === 'date') dated = true;
  }
  const names: Range[] = named
    ? [...organisationSpans(text), ...x12OrganisationSpans(text), ...deviceSpans(text)]
    : [];
  // A shell history's time line is read as a number of any type; every other stamp holds a date.
  const times: Range[] = systemTimeSpans(text, dated);
  if (names.length === 0 && times.length === 0) return;
  let w = 0;
  for (const s of spans) {
    if (times.length > 0 && inside(times, s)) continue;
    if (names.length > 0 && NAMED_TYPES.has(s.type) && inside(names, s)) continue;
    spans[w++] = s;
  }
  spans.length = w;
}
