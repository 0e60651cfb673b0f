/**
 * Values a health IT format defines as no one's, which other detectors would read as a date, an
 * address or a name: a CDA template's version (`<templateId root="…" extension="2015-08-01"/>`
 * names the edition of an implementation guide, not a day of care), and a DICOM device's
 * software versions (0018,1020: "5.0.12.1" is no IP address), model name (0008,1090) and
 * manufacturer (0008,0070), in DICOM JSON or a header dump. A device's serial number stays an
 * identifier. A copyright notice's years and holder are a publisher's. The keep step drops
 * whatever a detector found inside these ranges.
 */

/** A template's version: the extension of a `templateId`. */
const TEMPLATE_VERSION = /<(?:[\w-]+:)?templateId\b[^<>]{0,200}?\sextension="([^"<>]{1,40})"/dg;
/** The DICOM tags of a device's make: manufacturer, model name, software versions. */
const DEVICE_TAG_KEYS: ReadonlySet<string> = new Set(['00080070', '00081090', '00181020']);

/** Whether a DICOM JSON key is the tag of a device's make (manufacturer, model name, software versions). */
export function isDicomDeviceTag(key: string): boolean {
  return key.length === 8 && DEVICE_TAG_KEYS.has(key.toUpperCase());
}
const DEVICE_TAGS = `(?:${[...DEVICE_TAG_KEYS].join('|')})`;
/** DICOM JSON: `"00181020": {"vr": "LO", "Value": ["5.0.12.1"]}` (the values' array). */
const DICOM_JSON_DEVICE = new RegExp(
  `"${DEVICE_TAGS}"\\s*:\\s*\\{\\s*(?:"vr"\\s*:\\s*"[A-Z]{2}"\\s*,\\s*)?"Value"\\s*:\\s*\\[([^\\[\\]{}]{1,200})\\]`,
  'dgi',
);
/** A header dump's line: `(0018,1020) LO [5.0.12.1]`. */
const DICOM_DUMP_DEVICE = /\((?:0008,\s?0070|0008,\s?1090|0018,\s?1020)\)\s+[A-Z]{2}\s+\[([^\]\n]{1,64})\]/dg;

/**
 * A copyright notice ("© 2019 Cascadia Valley Medical Center", "Copyright (c) 2012-2024 Quillfield
 * Health. All rights reserved"): its years and its holder, a publisher, never a patient, up to the
 * notice's end (a separator, a quote, a sentence's full stop or the line's end). A "(c)" alone
 * numbers a list's item: only a year after it makes it the sign.
 */
const COPYRIGHT =
  /(?:(?:©|\b[Cc]opyright\b)(?:[ \t]*(?:©|\([cC]\)))?|\([cC]\)(?=[ \t]*\d{4}\b))[ \t]*((?:\d{4}(?:[ \t]?[-–][ \t]?\d{4})?,?[ \t]+)?[\p{L}\p{N}][^\n\r·|"<>;]{0,80}?)(?=[ \t]*(?:[\n\r·|"<>;]|$|[ \t][-–—][ \t]|\.(?:\s|$)|,[ \t]+[Aa]ll rights))/dgu;

function collect(re: RegExp, text: string, out: [number, number][]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const span = m.indices?.[1];
    if (span) out.push([span[0], span[1]]);
  }
}

/** Ranges of `text` that hold a format's own version or device make. */
export function formatKeepSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  if (text.includes('templateId')) collect(TEMPLATE_VERSION, text, out);
  if (text.includes('"Value"')) collect(DICOM_JSON_DEVICE, text, out);
  if (text.includes(') LO [') || text.includes(') SH [')) collect(DICOM_DUMP_DEVICE, text, out);
  if (text.includes('©') || /\([cC]\)|opyright/.test(text)) collect(COPYRIGHT, text, out);
  return out;
}
