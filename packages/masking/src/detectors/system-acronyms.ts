/**
 * A system named by its acronym after what it did ("98% of visits verified by EVV", "flagged by
 * NLP", "captured via GPS"): the staff-initials detectors read three capitals after "by" as a
 * person's. Only acronyms of systems, never of people, are kept; the keep step drops the name
 * a detector found there.
 */

const SYSTEMS =
  'EVV|EHR|EMR|HIE|OCR|NLP|GPS|IVR|RFID|CPOE|eMAR|EMAR|MAR|PACS|RIS|LIS|CDS|CDSS|API|SMS|AI|ML|CMS|CDC|FDA|HHS|PDMP|PMP|HMIS|IQIES|iQIES|CAD|AVL|MDT|BCMA';
/** (Looked behind only where an acronym may start: at every blank of a long run it went back over the run.) */
const AFTER_AGENT = new RegExp(
  `(?=[A-Zei])(?<=(?:^|[^\\p{L}])(?:by|via|through|using|from|in)[ \\t]+)(${SYSTEMS})(?![\\p{L}\\p{N}])`,
  'dgu',
);

/** Character ranges of system acronyms after by, via, through, using, from or in, in `text`. */
export function systemAcronymSpans(text: string): [number, number][] {
  if (!/[A-Z]{2}/.test(text)) return [];
  const out: [number, number][] = [];
  AFTER_AGENT.lastIndex = 0;
  for (let m = AFTER_AGENT.exec(text); m !== null; m = AFTER_AGENT.exec(text))
    out.push([m.index, m.index + (m[1] as string).length]);
  return out;
}
