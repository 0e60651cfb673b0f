/**
 * Names said by what is done with a person in care notes and workflow text: someone to call
 * or write to at a number ("Call Sukarni at 555…"), someone a result was discussed with
 * ("reviewed with Gurpreet by phone", "Discussed with Hlaing Myat on 10/06/2024"), someone who
 * signed ("Consent signed by Mialy Subramanian"), whose care team or summary it is ("Care team
 * of Sukarni"). The words after the phrase are a name when capitalized and not a common word,
 * a drug or an eponym (the name dictionaries say which; a given name that is also a word, "Call
 * Joy at …", is a name there): "Call Pharmacy at …" stays.
 */

import { isWhiteSpace } from '../char-codes';
import { SYSTEM_ACCOUNTS } from '../login-shape';
import type { Detector, ScanContext } from './detector';
import { COMMON, GIVEN, NEVER, nameDictionaries } from './dictionaries';
import { englishWord, flagsOf } from './name-evidence';
import { isOrganisationName } from './organisations';

const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’-]*`;
const PARTICLE = String.raw`(?:de|del|della|da|das|do|dos|du|la|le|van|von|der|den|ten|ter|['’]t|al|el|bin|ben|ibn|i|y|an|mac|st\.?)`;
/** One to four capitalized words, particles between them. */
const NAME = `(${NAME_WORD}(?: (?:${PARTICLE} )*${NAME_WORD}){0,3})`;

/** A phrase before the name and what must follow it, with the words the text must hold for it. */
/**
 * A phrase before the name and what must follow it. The expression runs only on windows around
 * its anchors (a word every match holds), not over the whole text.
 */
interface Context {
  re: RegExp;
  anchors: readonly string[];
  /** Characters of a window before and after an anchor. */
  before: number;
  after: number;
  /**
   * The name must hold a given name the lists know: where the phrase is said of a service as
   * readily as of a person ("Cardiology will call"), only a person's given name says a person.
   */
  given?: boolean;
  /** Words before the name that are no name's ("Daughter Hope is HCP") are left out of it. */
  trim?: boolean;
  /** An audit byline: one word in capitals (a unit, an agency) or a title alone is no name there. */
  byline?: boolean;
}

/** What a person does that a clinician notes, after the "S:" of a progress note ("S: Joy slept poorly"). */
const SUBJECTIVE_VERBS =
  'slept|sleeps|reports|reported|states|stated|denies|denied|endorses|complains|complained|feels|felt|says|said|ate|tolerated|ambulated|walked|rested|voices|asks|asked|refused|requests|wants';
/** A role someone holds for a patient's decisions, said of them with "is" ("Hope is health care proxy"). */
const DECISION_ROLES = String.raw`(?:(?:the|her|his|their|our|a|designated|legal|durable|medical|primary|alternate) )*(?:health ?care proxy|proxy|HCP|(?:health ?care |medical )?(?:power of attorney|POA)|DPOA|(?:surrogate |medical )?decision[- ]maker|surrogate|(?:legal )?guardian)\b`;

const CONTEXTS: readonly Context[] = [
  {
    // "Call Sukarni at 555…", "text Litia on +1 …", "email Ola at ola@…", "Call Ola Quenby in Patient Financial Services".
    re: new RegExp(
      String.raw`\b(?:[Cc]all|[Tt]ext|[Pp]age|[Pp]hone|[Ee]-?mail|[Cc]ontact|[Rr]each) ${NAME} (?:at|on|in) (?=[+(\d\w])`,
      'gu',
    ),
    anchors: [' at ', ' on ', ' in '],
    before: 72,
    after: 2,
  },
  {
    // "reviewed with Gurpreet by phone", "Discussed with Hlaing Myat on 10/06/2024."
    re: new RegExp(
      String.raw`\b(?:[Rr]eviewed|[Dd]iscussed|[Ss]poke|[Tt]alked|[Gg]one over|[Ww]ent over) with ${NAME}(?= (?:by phone|by video|over the phone|on |at |in clinic|today|yesterday)|[.,;]|$)`,
      'gmu',
    ),
    anchors: [' with '],
    before: 12,
    after: 96,
  },
  {
    // "Consent signed by Mialy Subramanian", "witnessed by …".
    re: new RegExp(String.raw`\b(?:[Ss]igned|[Ww]itnessed|[Cc]ountersigned|[Cc]onsented) by ${NAME}`, 'gu'),
    anchors: ['ed by '],
    before: 14,
    after: 80,
  },
  {
    // A record's audit byline: "updated by Eoghan on 21/05/2025", "Approved by Ines Varga.",
    // "Entered by Wren Hale 2026-01-02T10:19Z"; a unit's or a role's capitals ("by ED triage",
    // "approved by FDA") and a title alone stay (see `bylineName`).
    re: new RegExp(
      String.raw`\b(?:[Uu]pdated|[Mm]odified|[Aa]pproved|[Ee]dited|[Aa]mended|[Rr]evised|[Cc]hanged|[Aa]uthori[sz]ed|[Cc]reated|[Vv]erified|[Ee]ntered|[Rr]eviewed) by ${NAME}(?=[ \t]+(?:on|at)\b|[ \t]+\d|[ \t]*[.,;:()\r\n]|[ \t]*$)`,
      'gmu',
    ),
    anchors: ['ed by '],
    before: 12,
    after: 80,
    byline: true,
  },
  {
    // "Care team of Sukarni", "Summary for Mialy Lloyd-Pryce".
    re: new RegExp(String.raw`\b(?:[Cc]are team of|[Ss]ummary for|[Cc]hart of) ${NAME}`, 'gu'),
    anchors: ['team of ', 'ummary for ', 'hart of '],
    before: 8,
    after: 80,
  },
  {
    // A party to a case, named before its role in the caption: "Osric Varnow, Defendant.",
    // "QUILLAN, TAMSIN R, Plaintiff," (a family name first, its comma kept in the name).
    re: new RegExp(
      String.raw`(?:^|[\n\r]|[ \t]{2})[ \t]*(${NAME_WORD}(?:,? (?:${PARTICLE} )*${NAME_WORD}){1,3}), (?:[Pp]laintiffs?|[Dd]efendants?|[Pp]etitioners?|[Rr]espondents?|[Aa]ppellants?|[Aa]ppellees?|PLAINTIFFS?|DEFENDANTS?|PETITIONERS?|RESPONDENTS?)\b`,
      'gmu',
    ),
    anchors: [
      ', Plaintiff',
      ', Defendant',
      ', Petitioner',
      ', Respondent',
      ', Appell',
      ', PLAINTIFF',
      ', DEFENDANT',
      ', PETITIONER',
      ', RESPONDENT',
    ],
    before: 64,
    after: 14,
  },
  {
    // The subject of a progress note's "S:" line: "S: Joy slept poorly", "Subjective: Tadeusz reports …".
    re: new RegExp(
      String.raw`(?:^|[\n\r])[ \t]*(?:S|Subjective)[ \t]*:[ \t]*${NAME} (?:${SUBJECTIVE_VERBS})\b`,
      'gmu',
    ),
    anchors: ['S:', 'Subjective:', 'S :'],
    before: 4,
    after: 64,
  },
  {
    // Who holds the patient's decisions: "Hope is health care proxy", "Guy is her POA".
    re: new RegExp(String.raw`(?<![\p{L}\p{M}'’-])${NAME} is ${DECISION_ROLES}`, 'gu'),
    anchors: [' proxy', ' HCP', 'POA', ' power of attorney', 'decision', ' surrogate', 'guardian'],
    before: 72,
    after: 2,
    trim: true,
  },
  {
    // Who will call or update whom: "Rusty will call Rosalind in Port Alder", "Guy will update the family".
    re: new RegExp(
      String.raw`(?<![\p{L}\p{M}'’-])${NAME} will (?:call|phone|text|update|notify|contact|visit|bring|drive)\b`,
      'gu',
    ),
    anchors: [' will '],
    before: 64,
    after: 8,
    given: true,
    trim: true,
  },
  {
    // A letter's "I saw Tadeusz in follow-up", "I met Ngozi today".
    re: new RegExp(
      String.raw`\bI (?:saw|met|examined|evaluated|visited) ${NAME}(?= (?:in|for|on|at|today|again|back|with|alone)\b|[.,;])`,
      'gu',
    ),
    anchors: ['I saw ', 'I met ', 'I examined ', 'I evaluated ', 'I visited '],
    before: 2,
    after: 72,
  },
];

/** The windows around a context's anchors, merged where they overlap, each from a word's start. */
function windows(ctx: ScanContext, c: Context): Array<[number, number]> {
  const text = ctx.text;
  const out: Array<[number, number]> = [];
  for (const anchor of c.anchors) {
    if (!ctx.mayInclude(anchor)) continue;
    for (let i = text.indexOf(anchor); i >= 0; i = text.indexOf(anchor, i + 1)) {
      let start = Math.max(0, i - c.before);
      while (start > 0 && start > i - c.before - 24 && !isWhiteSpace(text.charCodeAt(start - 1))) start--;
      out.push([start, Math.min(text.length, i + anchor.length + c.after)]);
    }
  }
  out.sort((x, y) => x[0] - y[0]);
  const merged: Array<[number, number]> = [];
  for (const w of out) {
    const last = merged[merged.length - 1];
    if (last && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]);
    else merged.push(w);
  }
  return merged;
}

/** A title written before a name, not a name itself. */
const TITLE = /^(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Rev|Sr|Sister|Nurse)$/;

/** A staff role written in place of a person: "Verified by Pharmacist", "Approved by Radiographer". */
const ROLE_ENDING = /(?:ist|ician|grapher|ologist)$/;

/**
 * Whether an audit byline's words are a person's: not one word in capitals ("FDA", "IT"), an
 * English word ("Finance"), a role, a title or a system's account.
 */
function bylineName(name: string): boolean {
  if (name.includes(' ')) return true;
  if (name === name.toUpperCase() || TITLE.test(name) || SYSTEM_ACCOUNTS.has(name.toLowerCase()))
    return false;
  return !englishWord(name, flagsOf(name)) && !ROLE_ENDING.test(name.toLowerCase());
}

/** Whether a word of the name is a given name the lists know. */
function holdsGiven(name: string): boolean {
  const flags = nameDictionaries().flags;
  return name.split(' ').some((w) => ((flags.get(w.toLowerCase()) ?? 0) & GIVEN) !== 0);
}

/** The name without the common words before it ("Daughter Hope" → "Hope"). */
function withoutLeadingWords(name: string): string {
  const words = name.split(' ');
  while (words.length > 1 && onlyWords(words[0] as string)) words.shift();
  return words.join(' ');
}

/**
 * Whether every word of the name is a common word, a drug, a device or an eponym. A given name
 * that is also a word ("Joy", "Grant", "Will") is a name here: the phrase says a person stands there.
 */
function onlyWords(name: string): boolean {
  const flags = nameDictionaries().flags;
  return name.split(' ').every((w) => {
    const f = flags.get(w.toLowerCase()) ?? 0;
    return (f & NEVER) !== 0 || ((f & COMMON) !== 0 && (f & GIVEN) === 0);
  });
}

function markContexts(ctx: ScanContext): void {
  const text = ctx.text;
  for (const c of CONTEXTS) {
    for (const [from, to] of windows(ctx, c)) {
      const part = text.slice(from, to);
      c.re.lastIndex = 0;
      for (let m = c.re.exec(part); m !== null; m = c.re.exec(part)) {
        const name = c.trim === true ? withoutLeadingWords(m[1] as string) : (m[1] as string);
        // "Acme Medical Group, Defendant.": a firm is no person.
        if (
          onlyWords(name) ||
          isOrganisationName(name) ||
          (c.given === true && !holdsGiven(name)) ||
          (c.byline === true && !bylineName(name))
        )
          continue;
        // The name ends its group: a trimmed name is the group's tail.
        const group = m[1] as string;
        const start = from + m.index + m[0].lastIndexOf(group) + group.length - name.length;
        ctx.out.push({ start, end: start + name.length, type: 'name', ruleId: 'name_context' });
      }
    }
  }
}

export const nameContexts: Detector = {
  id: 'name_contexts',
  types: ['name'],
  run(ctx) {
    if (!ctx.hasUpper || ctx.skip?.has('name')) return;
    markContexts(ctx);
  },
};
