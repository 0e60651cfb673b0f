/**
 * Names known by where they stand in a clinical document rather than by a dictionary: the
 * words right before a person's age and sex ("Case 2: Ravi Teja s/o Kumar, 81M", "Bed 7 -
 * S. Dube 86/F", "RE: REFERRAL OF ADA OBI (76/F)", "| PNkosi | 44M |"), the items of a
 * meeting's attendee line ("Present: Dr Rao, OKAFOR T, Lindiwe Dube"), and a family name in
 * capitals with its initial where a clinician signs or is named ("Completed by OKAFOR T FY1",
 * "MO: LAM K  Reg …"). The words must read as a name (name-runs): "Grade 10, 11 yrs", "Type 2
 * DM, 40M" and "VITAMIN D" stay.
 */
import type { Detector, ScanContext } from './detector';
import { commonWord, knownName, nameWords, plainWord, runBefore } from './name-runs';
import { looksLikeName } from './standalone-names';

function push(ctx: ScanContext, start: number, end: number): void {
  ctx.out.push({ start, end, type: 'name', ruleId: 'cued_name' });
}

/**
 * Age and sex, or an age in years: "81M", "30/F", "37 yo F", "29-year-old man", "(79 yrs", and a
 * bracket's age before its sex or birth date: "(34, M)", "(52, DOB 20MAR1973)".
 */
const AGE_SEX =
  /(?<![\p{L}\p{N}./:-])\d{1,3}(?:[ \t]?\/[ \t]?[MF]|[MF]|,[ \t]?(?:[MF](?=\))|DOB)|[ \t]?(?:-year-old|years?[ \t]old|yo|y\/o|yrs)(?:[ \t]?\/?[ \t]?(?:[MF]|man|woman|boy|girl|male|female))?)(?![\p{L}\p{N}])/gu;
/** Between a name and its age: a comma, a bracket, a table's bar, a bold mark, blanks. */
const BEFORE_AGE = /(?:\*\*)?(?:,[ \t]*|[ \t]*\([ \t]*|[ \t]*\|[ \t]*|[ \t]+)$/;

function wordsOf(text: string, start: number, end: number): string[] {
  return text.slice(start, end).split(/[ \t]+/);
}

/** A family name in capitals and its comma before a given name: "MAGWAZA, ". */
const FAMILY_COMMA = /(?<![\p{L}\p{N}'’-])(\p{Lu}(?:\p{Lu}|['’-]\p{Lu})+), $/u;

/** "Ravi Teja s/o Kumar, 81M", "Bed 7 - S. Dube 86/F", "**ONYANGO OKOTH** (27M)". */
function namesBeforeAges(ctx: ScanContext): void {
  const text = ctx.text;
  AGE_SEX.lastIndex = 0;
  for (let m = AGE_SEX.exec(text); m !== null; m = AGE_SEX.exec(text)) {
    const sep = BEFORE_AGE.exec(text.slice(Math.max(0, m.index - 6), m.index));
    if (!sep) continue;
    const run = runBefore(text, m.index - sep[0].length);
    if (!run) continue;
    // "MAGWAZA, Thandeka 45/F": the family name in capitals before the comma too.
    const family = FAMILY_COMMA.exec(text.slice(Math.max(0, run[0] - 40), run[0]));
    const words = wordsOf(text, run[0], run[1]);
    if (family) words.unshift(family[1] as string);
    if (!nameWords(words)) continue;
    const start = family ? run[0] - family[0].length : run[0];
    push(ctx, start, run[1]);
  }
}

/**
 * A meeting's attendee line, a crew's or the witnesses': its label, then the people it lists, a comma
 * or a slash between them ("Crew: Quenby, Tamsin / Tarrow, Oisín", "CREW: ULFSIMETTE ULFSIM / S. ONDRICKA").
 */
const ATTENDEES =
  /(?:^|[\n\r;.]|[ \t]{2,})[ \t]*(?:Present|Attendees|Attending|In attendance|Also present|Members present|Apologies|Chair|Chaired by|Panel|Faculty|Crew|Staff on duty|Witnesses|ATTENDEES|CREW|STAFF ON DUTY|WITNESSES)[ \t]*(?::|[ \t]-)[ \t]*([^\n\r;]{3,400})/g;
/** Titles before a listed person, left out of the name. */
const LIST_TITLE = /^(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Sr|Sister|Nurse)\.?[ \t]+)+/;
/** An item ends at a comma or at a slash between blanks (not the one of "s/o"). */
const LIST_ITEM = /(?:[^,/]|\/(?![ \t]))+/g;
/** Service and role words ending in what no name ends with ("Radiology", "Oncologist"). */
const SERVICE_ENDING = /(?:ology|ologist|iatry|iatrician|ics)$/i;

/** Credentials a list writes after a person's name, as items of their own ("Sokolov, DO, Dr. Hale"). */
const CREDENTIALS = new Set(
  'md do rn np pa aprn msn bsn dnp fnp crna cnm lpn lvn cna phd pharmd rph dds dmd od dpm mbbs mph msw lcsw ot slp rd ccrn facs facp frcs mrcp'.split(
    ' ',
  ),
);

/**
 * Whether a listed item reads as a person; under a label in capitals (`capitals`), one word alone
 * must be a name of the lists, as crews and units write "ALS", "BLS", "PARAMEDIC" there too.
 */
function listedPerson(item: string, capitals = false): boolean {
  const words = item.split(/[ \t]+/);
  if (words.length === 1 && CREDENTIALS.has((words[0] as string).toLowerCase())) return false;
  if (capitals && words.length === 1) return knownName(words[0] as string) && !commonWord(words[0] as string);
  if (
    words.some((w) => !/^\p{Lu}/u.test(w) && !/^(?:[sdwSDW]\/[oO]|bin|binti|binte|van|de|da|del)$/u.test(w))
  )
    return false;
  if (words.some((w) => SERVICE_ENDING.test(w))) return false;
  if (nameWords(words)) return true;
  // One word alone after a title or in a list of people: a family name no list holds.
  return words.length === 1 && !plainWord(words[0] as string);
}

/** "Present: Dr Rao, OKAFOR T, Lindiwe Dube s/o Sipho": each listed person. */
function attendeeLines(ctx: ScanContext): void {
  const text = ctx.text;
  ATTENDEES.lastIndex = 0;
  for (let m = ATTENDEES.exec(text); m !== null; m = ATTENDEES.exec(text)) {
    const list = m[1] as string;
    const listStart = m.index + m[0].length - list.length;
    const capitals = !/\p{Ll}/u.test(m[0].slice(0, m[0].length - list.length));
    LIST_ITEM.lastIndex = 0;
    for (let item = LIST_ITEM.exec(list); item !== null; item = LIST_ITEM.exec(list)) {
      const raw = item[0];
      const lead = raw.length - raw.trimStart().length;
      const title = LIST_TITLE.exec(raw.slice(lead));
      const from = lead + (title?.[0].length ?? 0);
      const value = raw
        .slice(from)
        .trimEnd()
        .replace(/[.)]+$/, '');
      if (value.length > 1 && listedPerson(value, capitals)) {
        const start = listStart + item.index + from;
        push(ctx, start, start + value.length);
      }
    }
  }
}

/** A family name in capitals and an initial ("OKAFOR T", "THOMPSON-REID K"), standing alone. */
const FAMILY_INITIAL =
  /(?<![\p{L}\p{N}'’./-])(\p{Lu}(?:\p{Lu}|['’-]\p{Lu})+)[ \t](\p{Lu})(?![\p{L}\p{N}'’/-]|\.\p{L}|[ \t]\p{Lu}(?![\p{L}\p{N}]))/gu;
const HAS_LOWER = /\p{Ll}/u;

/** Where a signature or a named clinician stands before: a line's or a field's start, "by", a comma. */
const SIGNED_BEFORE = /(?:^|[\n\r]|:[ \t]*|\b(?:by|[Aa]ttn|per|from)[ \t]+|,[ \t]*|\.[ \t]+)$/;
/** What follows one: the line's end, a comma, a column's gap, a dash, a bracket, a credential in capitals. */
const SIGNED_AFTER = /^(?:$|[\n\r,;)]|[ \t]{2,}|[ \t]+[-–(]|[ \t]+\p{Lu}{2,}|\.[ \t]*(?:$|[\n\r]))/u;

/**
 * Whether the word in capitals reads as a family name: known as one, or four letters and no
 * plain word where a clinician is named (between a field's start and a credential or the line's end).
 */
function familyInCapitals(text: string, at: number, end: number, word: string): boolean {
  if (knownName(word)) return true;
  if (word.length < 4 || plainWord(word) || !HAS_LOWER.test(lineAt(text, at))) return false;
  return (
    SIGNED_BEFORE.test(text.slice(Math.max(0, at - 6), at)) && SIGNED_AFTER.test(text.slice(end, end + 6))
  );
}

/** The line around `at`. */
function lineAt(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at);
  return text.slice(start, end < 0 ? text.length : end);
}

/** The letters of a side (left, right) and a lower-case word after them: a body part. */
const LATERALITY = /^[LR]$/;
const SIDE_OF = /^[ \t]\p{Ll}/u;

/** "Completed by OKAFOR T FY1", "MO: LAM K  Reg …", "Sure, DUBE S - I found …". */
function familyInitials(ctx: ScanContext): void {
  const text = ctx.text;
  FAMILY_INITIAL.lastIndex = 0;
  for (let m = FAMILY_INITIAL.exec(text); m !== null; m = FAMILY_INITIAL.exec(text)) {
    const end = m.index + m[0].length;
    // "ORIF L wrist", "TKA R knee": a procedure in capitals and the side it was done on.
    if (LATERALITY.test(m[2] as string) && SIDE_OF.test(text.slice(end, end + 3))) continue;
    // "WHITCOMBE, MAJOR T", "01 DE LA FUENTE, BARNABY W": the word before the initial is the
    // given name of a "FAMILY, GIVEN M" pair, and the family name before the comma is the name's too.
    const pair = FAMILY_PAIR.exec(text.slice(Math.max(0, m.index - 40), m.index));
    const named = familyInCapitals(text, m.index, end, m[1] as string);
    if (pair && pairOfNames(pair[1] as string, m[1] as string, named))
      push(ctx, m.index - pair[0].length, end);
    else if (named) push(ctx, m.index, end);
  }
}

/**
 * A family name in capitals and its comma before a given name and an initial, with up to two
 * short words before it (a particle, "ST."): "ST. CLAIR, ", "DE LA FUENTE, ", "MBEKI-ROSS, ".
 */
const FAMILY_PAIR = /(?<![\p{L}\p{N}'’.-])((?:\p{Lu}{1,3}\.?[ \t]){0,2}\p{Lu}(?:\p{Lu}|['’-]\p{Lu})+), $/u;

/**
 * Whether a family name and a given name in capitals read as a person's: no plain word, and the
 * given name read as a name where it stands (`named`) or one of them a name of the lists that is
 * no common word ("GLOVES, NITRILE M" stays).
 */
function pairOfNames(family: string, given: string, named: boolean): boolean {
  const last = family.slice(family.search(/[^ \t]+$/));
  const parts = last.split(/['’-]/);
  if (plainWord(given) || parts.every((w) => plainWord(w))) return false;
  return named || onlyName(given) || parts.some(onlyName);
}

function onlyName(word: string): boolean {
  return knownName(word) && !commonWord(word);
}

/**
 * A title or a role said before a person: a nurse's, a community health worker's, a chief's, a
 * church's ("Matron T. Dube", "CHW Sipho (0821…)", "Deaconess Obi of …").
 */
const ROLE_BEFORE =
  /(?<![\p{L}\p{N}])(?:Nurse|Matron|Sister|Sr\.?|CHW|Chief|Deaconess|Deacon|Pastor|Alhaji|Alhaja|Chaplain|Imam)[ \t]+((?:\p{Lu}\.[ \t]?)?\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t](?:\p{Lu}\.[ \t]?)?\p{Lu}[\p{L}\p{M}'’-]*){0,2})/gu;
/** A word's last letter and a blank right before "Sr": a name's suffix, not a title. */
const SUFFIX_AFTER_NAME = /\p{L}[ \t]$/u;
/** What an eponym names after the eponym itself. */
const EPONYM_HEAD =
  /^[ \t]+(?:nodule|sign|syndrome|disease|node|score|scale|test|manoeuvre|maneuver|procedure|repair|incision|criteria|reflex|phenomenon|fracture)\b/i;
/** Role nouns after a role word: "Nurse Specialist", "Sister Ward", "Chief Executive". */
const ROLE_NOUNS = new Set(
  'practitioner specialist manager lead educator consultant navigator unit station bank team staff aide assistant coordinator prescriber executive officer complaint investigator resident registrar'.split(
    ' ',
  ),
);

/** "Matron T. Dube", "CHW Sipho (…)": the words after the role, its plain words at the end left out. */
function namesAfterRoles(ctx: ScanContext): void {
  const text = ctx.text;
  ROLE_BEFORE.lastIndex = 0;
  for (let m = ROLE_BEFORE.exec(text); m !== null; m = ROLE_BEFORE.exec(text)) {
    // "Zhiwei Adeyemi-Iyer Sr.  DOB …": "Sr." after a name is its suffix (Senior), not a sister.
    if (m[0].startsWith('Sr') && SUFFIX_AFTER_NAME.test(text.slice(Math.max(0, m.index - 2), m.index)))
      continue;
    const words = (m[1] as string).split(/[ \t]+/);
    while (words.length > 0 && plainWord((words[words.length - 1] as string).replace(/^\p{Lu}\./u, '')))
      words.pop();
    const last = words[words.length - 1];
    if (last === undefined || ROLE_NOUNS.has(last.toLowerCase()) || /^\p{Lu}\.$/u.test(last)) continue;
    const core = last.replace(/^\p{Lu}\./u, '');
    if (core.length < 3 || words.some((w) => ROLE_NOUNS.has(w.toLowerCase()))) continue;
    // One word alone: no common word, even a name of the lists ("Sister Ward").
    if (words.length === 1 && commonWord(core)) continue;
    const start = m.index + m[0].length - (m[1] as string).length;
    const end = start + words.join(' ').length;
    // A sign's or a nodule's eponym after a title ("Sister Mary Joseph nodule"): no person.
    if (EPONYM_HEAD.test(text.slice(end, end + 24))) continue;
    push(ctx, start, end);
  }
}

/**
 * "Summer E. in bay 15 is asking …", "Zhiwei S. in bed 4": a given name and an initial before the
 * bed, bay or room the person is in. The word may be a common word that is a given name, or a
 * word no list knows; never a common word alone, a clinical word or a title ("Patient A. in bay 2").
 */
const NAME_IN_BED =
  /(?<![\p{L}\p{M}'’.-])(\p{Lu}[\p{Ll}\p{M}'’-]+)[ \t]\p{Lu}\.(?=[ \t]+in[ \t]+(?:bay|bed|room|rm|cubicle|chair|pod|side room)[ \t]*\d)/gu;

function namesInBeds(ctx: ScanContext): void {
  const text = ctx.text;
  NAME_IN_BED.lastIndex = 0;
  for (let m = NAME_IN_BED.exec(text); m !== null; m = NAME_IN_BED.exec(text)) {
    const word = m[1] as string;
    if (!knownName(word) && plainWord(word)) continue;
    push(ctx, m.index, m.index + m[0].length);
  }
}

/**
 * A relative or a party in capitals before a name in capitals and what they did, as collection
 * and call notes write them: "SPOUSE TAMSIN QUILLAN CALLED, NOT AUTH ON ACCT", "PT OSRIC VARNOW
 * STATES …". Every word of the name reads as one (no plain word unless a name of the lists):
 * "SPOUSE WILL CALL BACK", "PT THE SAME" stay.
 */
const KIN_IN_CAPITALS =
  /(?:^|[\n\r]|[ \t]{2}|[-–:;,.][ \t])(?:SPOUSE|WIFE|HUSBAND|SON|DAUGHTER|MOTHER|FATHER|MOM|DAD|SISTER|BROTHER|GRANDSON|GRANDDAUGHTER|PARTNER|GUARANTOR|DEBTOR|PT|PATIENT|CALLER|ATTY|ATTORNEY)[ \t]+(\p{Lu}[\p{Lu}'’-]+(?:[ \t]\p{Lu}[\p{Lu}'’-]+){0,2})[ \t]+(?:CALLED|CALLS|STATES|STATED|SAYS|SAID|REQ|REQUESTED|REQUESTS|ASKED|ASKS|WANTS|WILL|IS|WAS|HAS|PHONED|RETURNED|LEFT|PAID|DISPUTES|DISPUTED|AGREED|AGREES|CONFIRMED|VERIFIED)\b/gu;

function kinInCapitals(ctx: ScanContext): void {
  const text = ctx.text;
  KIN_IN_CAPITALS.lastIndex = 0;
  for (let m = KIN_IN_CAPITALS.exec(text); m !== null; m = KIN_IN_CAPITALS.exec(text)) {
    const name = m[1] as string;
    const words = name.split(/[ \t]/);
    if (!words.every((w) => knownName(w) || !plainWord(w))) continue;
    const start = m.index + m[0].indexOf(name, m[0].length - name.length - 24);
    push(ctx, start, start + name.length);
  }
}

/**
 * A doctor in capitals after the role a card or a form names them by: "PCP DR MARSH  +1 555…",
 * "ATTENDING: DR ST. CLAIR". The role says a person stands there, so the family name may be a
 * common word; a word for a place or a paper ("DR OFFICE", "DR NOTE") stays.
 */
const ROLE_DOCTOR =
  /(?:^|[\n\r]|[ \t]{2})(?:PCP|ATTENDING|PROVIDER|PHYSICIAN|REFERRING|DOCTOR)[ \t]*:?[ \t]+DR\.?[ \t]+((?:\p{Lu}{1,3}\.?[ \t])?\p{Lu}[\p{Lu}'’-]+)(?=[ \t]{2}|[ \t]*(?:$|[\n\r,;]))/gmu;
const NOT_A_DOCTOR = new Set(
  'OFFICE NOTE NOTES ORDER ORDERS VISIT APPT UNKNOWN NONE TBD PENDING ON CALL'.split(' '),
);

function roleDoctors(ctx: ScanContext): void {
  const text = ctx.text;
  ROLE_DOCTOR.lastIndex = 0;
  for (let m = ROLE_DOCTOR.exec(text); m !== null; m = ROLE_DOCTOR.exec(text)) {
    const name = m[1] as string;
    if (NOT_A_DOCTOR.has(name)) continue;
    const start = m.index + m[0].length - name.length;
    push(ctx, start, start + name.length);
  }
}

/** Two capitals in a row: a family name in capitals may stand in the text. */
const TWO_CAPITALS = /\p{Lu}\p{Lu}/u;

/** Words that open a meeting's attendee line. */
const ATTENDEE_WORDS = [
  'Present',
  'Atten',
  'attendance',
  'Chair',
  'Apologies',
  'Panel',
  'Faculty',
  'Crew',
  'duty',
  'Witnesses',
  'ATTENDEES',
  'CREW',
  'DUTY',
  'WITNESSES',
];
/** Kin and parties in capitals a name in capitals follows. */
const KIN_WORDS = [
  'SPOUSE',
  'WIFE',
  'HUSBAND',
  'SON ',
  'DAUGHTER',
  'MOTHER',
  'FATHER',
  'MOM ',
  'DAD ',
  'SISTER',
  'BROTHER',
  'PARTNER',
  'GUARANTOR',
  'DEBTOR',
  'PT ',
  'PATIENT',
  'CALLER',
  'ATTY',
  'ATTORNEY',
];
/** Titles and roles a name follows. */
const ROLE_WORDS = [
  'Nurse',
  'Matron',
  'Sr',
  'Sister',
  'CHW',
  'Chief',
  'Deacon',
  'Pastor',
  'Alhaj',
  'Chaplain',
  'Imam',
];

/**
 * A record's heading label in capitals before the patient's name, no colon between, at a line's
 * start or after a ';' or a '|', the name running to a ';', a '|' or the line's end: "PATIENT T. O'Dwyer", "PATIENT nyxari svalaqova |
 * Med Rec# …". "PATIENT EDUCATION", "PATIENT SAFETY PLAN" and "PATIENT ID 4471" read as no name.
 */
const CAPITAL_LABEL =
  /(?:^|[\n\r;|])[ \t]*(?:PATIENT|PT NAME|PATIENT NAME)[ \t]+([^\n\r;|:]{3,48}?)[ \t]*(?=[;|]|\r?\n|$)/g;

function namesAfterCapitalLabels(ctx: ScanContext): void {
  const text = ctx.text;
  CAPITAL_LABEL.lastIndex = 0;
  for (let m = CAPITAL_LABEL.exec(text); m !== null; m = CAPITAL_LABEL.exec(text)) {
    const value = m[1] as string;
    // A name of words no list knows reads as one here: the label says whose it is.
    if (!looksLikeName(value.split(/[ \t]+/), true, false, true)) continue;
    const start = m.index + m[0].lastIndexOf(value);
    push(ctx, start, start + value.length);
  }
}

/** Names by their place before an age, in an attendee line or as a family name and initial. */
export function cuedNames(ctx: ScanContext): void {
  if (!ctx.hasUpper) return;
  if (ctx.hasDigit) namesBeforeAges(ctx);
  if (ATTENDEE_WORDS.some((w) => ctx.includes(w))) attendeeLines(ctx);
  if (ctx.test(TWO_CAPITALS)) {
    familyInitials(ctx);
    if (KIN_WORDS.some((w) => ctx.includes(w))) kinInCapitals(ctx);
    if (ctx.includes('DR')) roleDoctors(ctx);
  }
  if (ROLE_WORDS.some((w) => ctx.includes(w))) namesAfterRoles(ctx);
  if (ctx.hasDigit && ctx.includes('. in ')) namesInBeds(ctx);
  if (ctx.includes('PATIENT ') || ctx.includes('PT NAME ')) namesAfterCapitalLabels(ctx);
}

export const cuedNamesDetector: Detector = {
  id: 'cued_name',
  types: ['name'],
  run(ctx) {
    if (ctx.skip?.has('name')) return;
    cuedNames(ctx);
  },
};
