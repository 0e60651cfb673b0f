/**
 * A person's name after a form's label that names the person, where the label is longer or
 * odder than a field rule reads: a role ("RN assessment coordinator:", "Investigating officer:",
 * "Participant:", "Permit holder:", "Issued to:",
 * "Privacy Officer sign-off:", "DEBTOR:", "PERSON COMPLETING REPORT:"), or a name with a
 * qualifier or a note in brackets ("DECEDENT'S LEGAL NAME (incl. AKA's if any):", "MOTHER'S NAME
 * PRIOR TO FIRST MARRIAGE:", "Given name(s):"), and the parts of a name a form asks one by one
 * ("A. First: …   B. MI: …   C. Last: …"). The value must read as a person's name: capitalized
 * words, "Last, First", no organisation, no "Unknown"; a credential after it is left out
 * ("Tamsin Roe, RHIT").
 */
import type { Detector, ScanContext } from './detector';
import { plainWord } from './name-runs';
import { isOrganisationName } from './organisations';

function push(ctx: ScanContext, start: number, end: number): void {
  ctx.out.push({ start, end, type: 'name', ruleId: 'person_label' });
}

const MAX_LABEL = 72;

/** What opens a label: a list item's number or letter ("1.", "13a.", "C."), a form's item code ("Z0500"). */
const ITEM_MARK = /^(?:\d{1,3}[a-z]?\.?|[A-Z]\d{3,5}|[A-Z][.)])[ \t]+/;
/** A note in brackets inside a label: "(incl. AKA's if any)", "(s)". */
const BRACKETED = /\([^()\n]{0,40}\)/g;

/** Last words of a label naming someone by role. */
const ROLE_ENDINGS = new Set(
  `officer coordinator investigator examiner clerk debtor certifier pronouncer informant registrar preparer
  abstractor coder auditor adjuster caseworker supervisor director administrator representative liaison advocate
  attorney witness claimant decedent embalmer interpreter sign-off signoff signature signatory reviewer approver
  verifier assessor surveyor undertaker from cc attn contact contacts aide participant holder`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);
/** A name's parts a form asks for one by one. */
const NAME_PARTS = /^(?:first|last|middle|given|surname|family|forenames?|maiden)(?: name)?$/;
/** Words that make a label's name a thing's or a body's, not a person's. */
const THING_WORDS =
  /\b(?:file|drug|medication|product|device|plan|facility|hospital|business|employer|company|insurer|insurance|payer|carrier|school|firm|agency|institution|cemetery|funeral|crematory|practice|pharmacy|program|programme|study|street|city|county|town|country|place|organi[sz]ation|department|unit|ward|clinic|vendor|test|procedure|form|document|user|host|server|lab|laboratory|vaccine|brand|account|group|team|service)\b/;
/** A person named by a word for one: "PERSON COMPLETING REPORT", "Party notified". */
const PERSON_WORD = /\b(?:person|individual|party)\b/;
/** Whom a permit, a badge or a card is made out to: "Issued to:", "Assigned to:". */
const MADE_OUT_TO = /^(?:issued|assigned|registered) to$/;

type LabelKind = 'role' | 'name' | 'part';

/** What a label (lower case, its item mark and bracketed notes taken out) says its value is. */
export function personLabelKind(label: string): LabelKind | undefined {
  const words = label.split(/[ \t]+/).filter((w) => w.length > 0);
  const last = words[words.length - 1];
  if (last === undefined || words.length > 8 || THING_WORDS.test(label)) return undefined;
  if (NAME_PARTS.test(label)) return 'part';
  if (words.some((w) => w === 'name' || w === 'names' || w === "name's")) return 'name';
  if (ROLE_ENDINGS.has(last) || PERSON_WORD.test(label) || MADE_OUT_TO.test(label)) return 'role';
  return undefined;
}

/** The label ending at `end` (the colon's position): back to a line's start, a wide gap, a tab, a bar or a semicolon. */
function labelBefore(text: string, end: number): string | undefined {
  const floor = Math.max(0, end - MAX_LABEL);
  let start = end;
  while (start > floor) {
    const c = text.charCodeAt(start - 1);
    if (c === 0x0a || c === 0x0d || c === 0x09 || c === 0x7c || c === 0x3b) break;
    if (c === 0x20 && text.charCodeAt(start - 2) === 0x20) break;
    start--;
  }
  if (start === floor && floor > 0) return undefined;
  return text.slice(start, end).trim();
}

/** Lower case, without its item mark, its bracketed notes and its possessive endings. */
function plainLabel(raw: string): string {
  return raw
    .replace(ITEM_MARK, '')
    .replace(BRACKETED, ' ')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** Where a field's value ends: a line's end, a tab, a wide gap, a bar, a semicolon, a bracket. */
const FIELD_END = /[\n\r\t|;(]| {2}/;
/** A number after the name (a phone, a licence), which ends it. */
const NUMBER_AFTER = /[ \t][+(]?\d/;
/** Credentials after a name and its comma: "Roe, RHIT", "Ann Roe, FD lic.". */
const CREDENTIAL =
  /^(?:md|do|rn|np|pa|pa-c|lpn|lvn|cna|rhit|rhia|ccs|ccs-p|cdip|cpc|ctr|chps|chda|crc|fd|phd|esq|msw|lcsw|rrt|cnm|apn|aprn|rph|pharmd|cmt|ma|emt|jr|sr|ii|iii|iv)\.?$/i;
/** One word of a name: capitalized (any script), a particle, an initial. */
const NAME_TOKEN =
  /^(?:\p{Lu}[\p{L}\p{M}'’-]*\.?|de|del|della|da|dos|das|du|van|von|der|den|ter|ten|la|le|di|bin|al|el|y)$/u;
const INITIAL = /^\p{Lu}\.?$/u;
/** Values that say there is no one. */
const NOTHING =
  /^(?:n\/?a|none|null|nil|unknown|unk|not applicable|not available|pending|self|same|see above|declined|tbd|yes|no|other)$/i;
/** Titles before the name, left out of the span (their own detectors read them). */
const TITLE = /^(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Rev|Fr)\.?[ \t]+)+/;

/** The name's extent in `value` ([start, end] within it), or undefined when it does not read as one. */
export function nameInValue(value: string, kind: LabelKind): [number, number] | undefined {
  let text = value;
  const stop = FIELD_END.exec(text);
  if (stop) text = text.slice(0, stop.index);
  const number = NUMBER_AFTER.exec(text);
  if (number) text = text.slice(0, number.index);
  const title = TITLE.exec(text);
  const from = title ? title[0].length : 0;
  text = text.slice(from);
  // "Roe, Tamsin", "ROE, TAMSIN O": one comma inverts a name; a credential after one ends it.
  const parts = text.split(',');
  let kept = parts[0] as string;
  for (let k = 1; k < parts.length; k++) {
    const part = (parts[k] as string).trim();
    const first = part.split(/[ \t]+/)[0] ?? '';
    if (k > 1 || part.length === 0 || CREDENTIAL.test(first) || !/^\p{Lu}/u.test(part)) break;
    kept += `,${parts[k]}`;
  }
  kept = kept.replace(/[\s.,]+$/, '');
  const words = kept
    .split(/[ \t,]+/)
    .map((w) => w.trim())
    .filter((w) => w.length > 0);
  if (words.length === 0 || words.length > 5 || NOTHING.test(kept.trim())) return undefined;
  if (!words.every((w) => NAME_TOKEN.test(w))) return undefined;
  if (isOrganisationName(kept)) return undefined;
  const core = words.filter((w) => !INITIAL.test(w));
  if (core.length === 0) return undefined;
  const plain = core.filter((w) => plainWord(w));
  // A name's part alone may be any word ("Last: Marsh"); a whole name needs a word no dictionary
  // reads as a plain word ("Name: Medical Records" stays).
  if (kind !== 'part' && plain.length === core.length) return undefined;
  // "Certifier: Medical Examiner": a role's holder named by another role.
  if (core.some((w) => ROLE_ENDINGS.has(w.toLowerCase()))) return undefined;
  if (kind === 'part' && core.length > 2) return undefined;
  const lead = kept.length - kept.trimStart().length;
  return [from + lead, from + kept.trimEnd().length];
}

/** Name-part labels on a line: a form asking a name's parts one by one has two at least. */
const PART_LABEL =
  /(?:^|[ \t.])(?:First|FIRST|Last|LAST|Middle|MIDDLE|MI|M\.I\.|Given|GIVEN|Surname|SURNAME)[ \t]*(?:[Nn]ame|NAME)?(?:\(s\))?[ \t]*:/g;
/** A name's part asked by one word alone ("Last:"), which may label other things too. */
const BARE_PART = /^(?:first|last|middle|given|family)$/;

function lineAround(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at);
  return text.slice(start, end < 0 ? text.length : end);
}

function namesAfterLabels(ctx: ScanContext): void {
  const text = ctx.text;
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    let at = colon + 1;
    if (text.charCodeAt(at) !== 0x20 && text.charCodeAt(at) !== 0x09) continue;
    while (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x09) at++;
    // A name opens with a capital (a title's too).
    const first = text.charCodeAt(at);
    if (!(first >= 65 && first <= 90) && !(first > 127 && /\p{Lu}/u.test(text.charAt(at)))) continue;
    const raw = labelBefore(text, colon);
    if (raw === undefined || raw.length < 2 || !/[A-Za-z)]$/.test(raw)) continue;
    const kind = personLabelKind(plainLabel(raw));
    if (kind === undefined) continue;
    if (
      kind === 'part' &&
      BARE_PART.test(plainLabel(raw)) &&
      (lineAround(text, colon).match(PART_LABEL)?.length ?? 0) < 2
    )
      continue;
    const found = nameInValue(text.slice(at, at + 90), kind);
    if (found) push(ctx, at + found[0], at + found[1]);
  }
}

export const personLabels: Detector = {
  id: 'person_label',
  types: ['name'],
  run(ctx) {
    if (ctx.skip?.has('name') || !ctx.hasUpper || !ctx.includes(':')) return;
    namesAfterLabels(ctx);
  },
};
