/**
 * Times a machine wrote, which the identifier and date detectors would read as a person's: a
 * Unix time in milliseconds (13 digits of recent years) on a header's line or after a sent or
 * received label ("AFTER-HOURS TRIAGE  1759468163841", "Sent: 1756716…"), and an ISO
 * instant to the second with its zone after a word saying a program exported, extracted or
 * synced the document ("roster (export 2025-01-19T01:33:57.274Z)"). A number after an
 * identifier's or a phone's label is that identifier. The keep step drops whatever a detector
 * found inside these ranges.
 */

/** Milliseconds since 1970 in the years a record now carries (late 2023 to 2026): an older or a later 13-digit number is an identifier. */
const EPOCH_MS = /(?<![\p{L}\p{N}.#/-])(17\d{11})(?![\p{L}\p{N}]|[.,/-]\d)/dgu;
/** A label that makes a long number the person's or a phone's: "Acct 1759…", "MRN: 1759…", "callback 1759…". */
const ID_LABEL_BEFORE =
  /(?:acct|account|mrn|id|no|number|member|policy|card|claim|case|passport|licen[cs]e|ssn|mbi|ph|phone|tel|fax|cell|mobile|callback|call|pager|#)[ \t]*[:#.]?[ \t]*$/i;

const EXPORTED_INSTANT =
  /(?<![\p{L}])(?:export(?:ed)?|extract(?:ed)?|snapshot|synced|sync|dump(?:ed)?|generated|as[ \t]of)[ \t]*(?:at|on)?[ \t:]*(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:?\d{2}))(?![\p{L}\p{N}])/dgiu;

/** Character ranges of the machine times above in `text`. */
export function machineStampSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  if (text.length >= 13) {
    EPOCH_MS.lastIndex = 0;
    for (let m = EPOCH_MS.exec(text); m !== null; m = EPOCH_MS.exec(text)) {
      if (ID_LABEL_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
      out.push([m.index, m.index + 13]);
    }
  }
  if (text.includes('T') && /export|extract|snapshot|sync|dump|generated|as of/i.test(text)) {
    EXPORTED_INSTANT.lastIndex = 0;
    for (let m = EXPORTED_INSTANT.exec(text); m !== null; m = EXPORTED_INSTANT.exec(text)) {
      const span = m.indices?.[1];
      if (span) out.push([span[0], span[1]]);
    }
  }
  return out;
}
