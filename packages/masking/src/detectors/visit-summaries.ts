/**
 * Who a visit's one-line summary names, as a calendar event, a booking or a worklist titles it:
 * the patient's initials after the kind of visit ("F/U JB - wound check", "Post-op K.M.:
 * dressing", "new pt AR (Dr. Quill)") or before it ("JB f/u"), and a name before it ("Tamsin
 * Quill new pt", "QUILL, TAMSIN - f/u"). Letters that name a test, a service, a route or a
 * condition ("F/U CT - chest", "f/u HF clinic", "F/U DM - A1c") are no one's initials.
 */
import type { Detector, ScanContext } from './detector';
import { readsAsName } from './name-evidence';
import { CLINICAL_WORDS } from './word-lists';

/** The kinds of visit a summary opens or ends with. */
const VISIT = String.raw`(?:[Ff]\/[Uu]|FU|[Ff]ollow[- ]?[Uu]p|[Nn]ew (?:pt|patient|PT)|NEW PT|NP|[Pp]ost[- ]?op|POST[- ]?OP|[Aa]ppt|APPT|[Tt]ele(?:health|visit)|[Vv]ideo visit)`;
/** Two or three capitals, run together or each with its full stop. */
const INITIALS = String.raw`([A-Z]{2,3}|[A-Z]\.[A-Z]\.(?:[A-Z]\.)?)`;
/** What closes the initials after the kind of visit: a dash before a blank, a colon, a bracket, a comma, the line's end. */
const CLOSE = String.raw`(?=[ \t]*(?:[-–—][ \t]|[:(,]|\r?\n|\\n|$))`;
const AFTER_VISIT = new RegExp(String.raw`(?<![\w/])${VISIT}[ \t]+${INITIALS}${CLOSE}`, 'dgm');
const BEFORE_VISIT = new RegExp(String.raw`^[ \t]*${INITIALS}[ \t]+(?:[-–—:][ \t]+)?${VISIT}\b`, 'dgm');
/** A name opening the summary before the kind of visit: "Tamsin Quill new pt", "QUILL, TAMSIN - f/u". */
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’-]+`;
const NAME_BEFORE_VISIT = new RegExp(
  String.raw`^[ \t]*(${NAME_WORD}(?:,? ${NAME_WORD}){1,2})[ \t]+(?:[-–—:][ \t]+)?${VISIT}\b`,
  'dgmu',
);

/** Letters a summary uses for a test, a service, a route, a condition or a word. */
const NOT_INITIALS = new Set([
  ...CLINICAL_WORDS.split(/\s+/)
    .filter((w) => w.length >= 2 && w.length <= 3)
    .map((w) => w.toUpperCase()),
  ...`US HF AF GI OT ST RT IR LR NS IV PO IM SQ SC SL PR NG OK NA NO ID IN ON OR AT TO OF BY AM PM AN AS IS IT UP
  RN MD DO NP PA MA NEW PT PCP AWV TCM BMP CMP INR HR RR ECG EEG EMG CXR XR ICU ER OB GYN ENT DME SNF HH PE
  PFT TTE TEE EGD BPH OSA RA SLE MS HTN HLD CAD ESRD HIV HCV DOB MRN`.split(/\s+/),
]);

function push(ctx: ScanContext, start: number, end: number): void {
  ctx.out.push({ start, end, type: 'name', ruleId: 'visit_summary' });
}

function initials(ctx: ScanContext, re: RegExp): void {
  re.lastIndex = 0;
  for (let m = re.exec(ctx.text); m !== null; m = re.exec(ctx.text)) {
    const at = m.indices?.[1];
    if (at && !NOT_INITIALS.has((m[1] as string).replace(/\./g, ''))) push(ctx, at[0], at[1]);
  }
}

function namesBefore(ctx: ScanContext): void {
  NAME_BEFORE_VISIT.lastIndex = 0;
  for (let m = NAME_BEFORE_VISIT.exec(ctx.text); m !== null; m = NAME_BEFORE_VISIT.exec(ctx.text)) {
    const at = m.indices?.[1];
    const words = (m[1] as string).split(/,? /);
    if (at && readsAsName(words)) push(ctx, at[0], at[1]);
  }
}

/** The abbreviations of a visit, rare in other text: read in a text of any length. */
const RARE_CUES = ['F/U', 'f/u', 'ew pt', 'EW PT'];
/** Every word of VISIT's: read in a short text, as an event's or a task's title is. */
const VISIT_CUES = [
  ...RARE_CUES,
  'FU ',
  'ollow',
  'OLLOW',
  'ew patient',
  'NP ',
  'ost-op',
  'ost op',
  'ostop',
  'OST-OP',
  'OST OP',
  'ppt',
  'PPT',
  'elehealth',
  'elevisit',
  'ideo visit',
];
/** The longest text read for the common words of a visit. */
const SHORT = 160;

export const visitSummaries: Detector = {
  id: 'visit_summary',
  types: ['name'],
  run(ctx) {
    if (!ctx.hasUpper || !ctx.hasSpace || ctx.skip?.has('name')) return;
    const cues = ctx.text.length <= SHORT ? VISIT_CUES : RARE_CUES;
    if (!cues.some((cue) => ctx.includes(cue))) return;
    initials(ctx, AFTER_VISIT);
    initials(ctx, BEFORE_VISIT);
    namesBefore(ctx);
  },
};
