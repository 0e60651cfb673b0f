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
import { brandGenericSpans } from './detectors/brand-generics';
import { codedItemSpans } from './detectors/coded-items';
import { deviceCueSpans } from './detectors/device-cues';
import { deviceSpans } from './detectors/devices';
import { doseBrandSpans } from './detectors/dose-phrases';
import { isDrugPhrase } from './detectors/drug-stems';
import { eponymHeadSpans } from './detectors/eponym-heads';
import { eponymSpans, gradedEponymSpans } from './detectors/eponym-phrases';
import { findingEponymSpans } from './detectors/finding-eponyms';
import { formatKeepSpans } from './detectors/format-keeps';
import { instrumentScoreSpans } from './detectors/instrument-scores';
import { lawFirmSpans } from './detectors/law-firms';
import { machineStampSpans } from './detectors/machine-stamps';
import {
  branchNumberSpans,
  organisationSpans,
  servedEnd,
  x12OrganisationSpans,
} from './detectors/organisations';
import { namedScoreSpans } from './detectors/scores-and-ranges';
import { systemAcronymSpans } from './detectors/system-acronyms';
import { systemTimeSpans } from './detectors/system-times';
import { insideUuid } from './detectors/uuid';
import type { DetectedSpan, PhiType } from './types';

/** Types an organisation's or a device's name may hold: a person's name, a town, a street ("Orchard Lane Dialysis"). */
const NAMED_TYPES: ReadonlySet<PhiType> = new Set(['name', 'geo', 'street_address']);

type Range = readonly [number, number];

function inside(ranges: readonly Range[], s: DetectedSpan): boolean {
  for (const [start, end] of ranges) if (start <= s.start && s.end <= end) return true;
  return false;
}

/**
 * One to three capitalized words after an organisation's name, a comma before them or not: the
 * place, the branch or the service it names ("Te Whatu Ora Waikato", "… Waikato Orthopaedics",
 * "Apollo Hospitals, Greams Road").
 */
const WORDS_AFTER = /^,?(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*){1,3}$/u;

/**
 * Whether `s` opens at or inside an organisation's name and runs on over the words of its place
 * or service: a person's name does not begin in the middle of an organisation's, nor read its
 * head word as a family name ("⟦Apollo Hospitals, Greams⟧ Road" read as "Last, First").
 */
function runsOnFromInside(text: string, orgs: readonly Range[], s: DetectedSpan): boolean {
  for (const [start, end] of orgs) {
    if (!(start <= s.start && s.start < end && end < s.end)) continue;
    const after = text.slice(end, s.end);
    // Opening where the organisation opens, only a comma after it says "Last, First" ("Drive Council Bluffs" is a town).
    if (WORDS_AFTER.test(after) && (start < s.start || after.startsWith(','))) return true;
  }
  return false;
}

/** The last words of a practice's name: a place of primary care is named after the town it serves. */
const PRACTICE_END = /(?:practice|surgery|clinic|cent(?:re|er)|medicine)$/i;

/**
 * Geography spans for the town a practice is named after ("Tullamore Medical Practice") when
 * the text names the same town as a place elsewhere ("…, Tullamore, Co. Offaly"): the practice
 * would tell the town its masked mention hides. A hospital's or a company's name stays whole.
 */
function townsOpeningPractices(
  text: string,
  orgs: readonly Range[],
  spans: readonly DetectedSpan[],
): DetectedSpan[] {
  const towns = new Set<string>();
  for (const s of spans) if (s.type === 'geo') towns.add(text.slice(s.start, s.end).toLowerCase());
  const out: DetectedSpan[] = [];
  if (towns.size === 0) return out;
  for (const [start, end] of orgs) {
    const name = text.slice(start, end);
    if (!PRACTICE_END.test(name)) continue;
    for (const town of towns) {
      const after = name.charAt(town.length);
      if ((after === ' ' || after === '\t') && name.slice(0, town.length).toLowerCase() === town)
        out.push({ start, end: start + town.length, type: 'geo', ruleId: 'town_in_practice' });
    }
  }
  return out;
}

/** A comma, a line break or a column's gap of two blanks or more. */
const SEPARATOR = /[,\n]|[ \t]{2,}/;

/**
 * The end of `s` cut back before the eponym or the medicine it runs into ("Hx ⟦Reynolds⟧ pentad",
 * "PRN, ⟦Ferro-tab⟧ 200 mg"): the words before stay the detector's, the product's do not. With
 * `separated`, only a comma, a line break or a column's gap between ends the span there (a
 * person's name, then an organisation's: "Tarrow G, Quillfield Claims", "Dr. Colleen Hale⏎Valley
 * Baptist Clinic", "11/17/2025   St. Brendan Medical Center").
 */
function cutBefore(text: string, phrases: readonly Range[], s: DetectedSpan, separated = false): number {
  for (const [start, end] of phrases) {
    if (s.start < start && start < s.end && s.end <= end) {
      let cut = start;
      while (cut > s.start && /[\s,;:]/.test(text[cut - 1] as string)) cut--;
      if (separated && !SEPARATOR.test(text.slice(cut, start))) return s.end;
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
 * The name spans that are a drug's generic name and what was done with it ("obicetrapib taken
 * 6/2/24"): a note's shorthand, no one's name, nor is any word of it found again elsewhere.
 */
function drugPhrases(text: string, spans: readonly DetectedSpan[]): Range[] {
  const out: Range[] = [];
  const words = new Set<string>();
  for (const s of spans) {
    const value = text.slice(s.start, s.end);
    if (s.type !== 'name' || !isDrugPhrase(value)) continue;
    out.push([s.start, s.end]);
    for (const w of value.split(/[ \t]+/)) words.add(w);
  }
  // "… nusinersen taken 4/4/24": a word of one found again alone elsewhere.
  if (words.size > 0)
    for (const s of spans)
      if (s.type === 'name' && words.has(text.slice(s.start, s.end))) out.push([s.start, s.end]);
  return out;
}

/**
 * Whether a street `s` is only a number before an organisation's name that runs to its end: a
 * form's box number ("33 Halverson Cancer Center  NPI …" on a CMS-1500) or a list's item, no
 * house's ("1149 Coldwater Dr" names no organisation).
 */
function numberedOrganisation(text: string, orgs: readonly Range[], s: DetectedSpan): boolean {
  for (const [start, end] of orgs)
    if (
      start > s.start &&
      end >= s.end &&
      start < s.end &&
      /^\d{1,3}[ \t]+$/.test(text.slice(s.start, start))
    )
      return true;
  return false;
}

/** Drops, in place, the spans that are a part of a UUID (see `insideUuid`). */
function dropUuidParts(text: string, spans: DetectedSpan[]): void {
  let w = 0;
  for (const s of spans) if (!insideUuid(text, s.start, s.end)) spans[w++] = s;
  spans.length = w;
}

/**
 * Drops, in place, the spans of `text` that lie wholly inside an organisation's or a device's
 * name (a name or a place), inside a system timestamp (any type) or inside a UUID (any type).
 * Offsets are `text`'s.
 */
export function dropKeptSpans(text: string, spans: DetectedSpan[]): void {
  if (spans.length === 0) return;
  dropUuidParts(text, spans);
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
        ...lawFirmSpans(text),
      ]
    : [];
  const grades: Range[] = named ? gradedEponymSpans(text) : [];
  const phrases: Range[] = named
    ? [
        ...eponymSpans(text),
        ...grades,
        ...doseBrandSpans(text),
        ...findingEponymSpans(text),
        ...eponymHeadSpans(text),
        ...brandGenericSpans(text),
        ...systemAcronymSpans(text),
      ]
    : [];
  const drugs = named ? drugPhrases(text, spans) : [];
  const names: Range[] = named
    ? [...orgs, ...deviceSpans(text), ...deviceCueSpans(text), ...phrases, ...namedScoreSpans(text)]
    : [];
  // A shell history's time line is read as a number of any type; every other stamp holds a date.
  const times: Range[] = [
    ...systemTimeSpans(text, dated),
    ...formatKeepSpans(text),
    ...branchNumberSpans(text),
  ];
  // A classification's code is no one's number, whatever type a detector read it as.
  // So is a machine's time, and an instrument's score out of its maximum.
  times.push(...codedItemSpans(text), ...machineStampSpans(text), ...instrumentScoreSpans(text));
  if (names.length === 0 && times.length === 0 && drugs.length === 0) return;
  let w = 0;
  for (const s of spans) {
    if (times.length > 0 && inside(times, s)) continue;
    if (drugs.length > 0 && s.type === 'name' && inside(drugs, s)) continue;
    if (names.length > 0 && NAMED_TYPES.has(s.type)) {
      if (inside(names, s) || runsOnFromInside(text, orgs, s)) continue;
      if (s.type === 'street_address' && numberedOrganisation(text, orgs, s)) continue;
      if (phrases.length > 0) s.end = cutBefore(text, phrases, s);
      // "Reporter: Tarrow G, Quillfield Claims Management": the person, then where they work.
      if (orgs.length > 0) s.end = cutBefore(text, orgs, s, true);
      if (grades.length > 0) s.start = startAfter(text, grades, s);
      if (s.end <= s.start) continue;
    }
    spans[w++] = s;
  }
  spans.length = w;
  if (orgs.length > 0) spans.push(...townsOpeningPractices(text, orgs, spans));
}
