/**
 * The keep step of resolution: what the detectors found inside a thing that must survive is
 * dropped before overlaps are merged. An organisation's or a device's name, an eponym and a
 * medicine's brand before its dose hold words a person or a place may be called by ("Mercy Tarrow
 * Behavioral Health", "Withings Body Scan", "Kübler-Ross model", "Ural sachet 4 g"), and a system timestamp
 * holds a date ("Generated … on 14/02/2022 09:12:57"); one recogniser of each shape vetoes what
 * every detector found inside it, so no detector needs its own exception. A span that only
 * overlaps one (a person's name before an organisation: "Dr. Reyes Family Practice") stays as
 * its detector found it.
 */
import { deviceSpans } from './detectors/devices';
import { doseBrandSpans } from './detectors/dose-phrases';
import { eponymSpans, gradedEponymSpans } from './detectors/eponym-phrases';
import { formatKeepSpans } from './detectors/format-keeps';
import { organisationSpans, servedEnd, x12OrganisationSpans } from './detectors/organisations';
import { systemTimeSpans } from './detectors/system-times';
import type { DetectedSpan, PhiType } from './types';

/** Types an organisation's or a device's name may hold: a person's name, a town, a street ("Orchard Lane Dialysis"). */
const NAMED_TYPES: ReadonlySet<PhiType> = new Set(['name', 'geo', 'street_address']);

type Range = readonly [number, number];

function inside(ranges: readonly Range[], s: DetectedSpan): boolean {
  for (const [start, end] of ranges) if (start <= s.start && s.end <= end) return true;
  return false;
}

/**
 * One to three capitalized words after an organisation's name: the place or the service it names
 * ("Te Whatu Ora Waikato", "… Waikato Orthopaedics").
 */
const WORDS_AFTER = /^(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*){1,3}$/u;

/**
 * Whether `s` opens inside an organisation's name and runs on over the words of its place or
 * service: a person's name does not begin in the middle of an organisation's.
 */
function runsOnFromInside(text: string, orgs: readonly Range[], s: DetectedSpan): boolean {
  for (const [start, end] of orgs)
    if (start < s.start && s.start < end && end < s.end && WORDS_AFTER.test(text.slice(end, s.end)))
      return true;
  return false;
}

/**
 * The end of `s` cut back before the eponym or the medicine it runs into ("Hx ⟦Reynolds⟧ pentad",
 * "PRN, ⟦Ferro-tab⟧ 200 mg"): the words before stay the detector's, the product's do not. With
 * `afterComma`, only a comma between ends the span there (a person's name, then an organisation's).
 */
function cutBefore(text: string, phrases: readonly Range[], s: DetectedSpan, afterComma = false): number {
  for (const [start, end] of phrases) {
    if (s.start < start && start < s.end && s.end <= end) {
      let cut = start;
      while (cut > s.start && /[\s,;:]/.test(text[cut - 1] as string)) cut--;
      if (afterComma && !text.slice(cut, start).includes(',')) return s.end;
      return cut;
    }
  }
  return s.end;
}

/**
 * The start of `s` moved past the grade it opens inside ("Child-Pugh ⟦B. Approximately⟧"): the
 * words after the grade stay the detector's, the grade does not.
 */
function startAfter(text: string, grades: readonly Range[], s: DetectedSpan): number {
  for (const [start, end] of grades) {
    if (start < s.start && s.start < end && end < s.end) {
      let from = end;
      while (from < s.end && /[\s,;:.]/.test(text[from] as string)) from++;
      return from;
    }
  }
  return s.start;
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
  const orgs: Range[] = named
    ? [
        ...organisationSpans(text).map(([s, e]): Range => [s, servedEnd(text, e)]),
        ...x12OrganisationSpans(text),
      ]
    : [];
  const grades: Range[] = named ? gradedEponymSpans(text) : [];
  const phrases: Range[] = named ? [...eponymSpans(text), ...grades, ...doseBrandSpans(text)] : [];
  const names: Range[] = named ? [...orgs, ...deviceSpans(text), ...phrases] : [];
  // A shell history's time line is read as a number of any type; every other stamp holds a date.
  const times: Range[] = [...systemTimeSpans(text, dated), ...formatKeepSpans(text)];
  if (names.length === 0 && times.length === 0) return;
  let w = 0;
  for (const s of spans) {
    if (times.length > 0 && inside(times, s)) continue;
    if (names.length > 0 && NAMED_TYPES.has(s.type)) {
      if (inside(names, s) || runsOnFromInside(text, orgs, s)) continue;
      if (phrases.length > 0) s.end = cutBefore(text, phrases, s);
      // "Reporter: Tarrow G, Quillfield Claims Management": the person, then where they work.
      if (orgs.length > 0) s.end = cutBefore(text, orgs, s, true);
      if (grades.length > 0) s.start = startAfter(text, grades, s);
      if (s.end <= s.start) continue;
    }
    spans[w++] = s;
  }
  spans.length = w;
}
