/**
 * Names in the shorthand of notes, logs and lists, where people type them in lower case: a
 * relative who called ("dtr oksana called x2", "spouse rose called"), a patient by room ("rm
 * 632A precious ishikawa"), a person labelled ("Person affected: consuelo garcía lópez"),
 * someone spoken to ("spoke w/ cormac.", "vm left mateo."), a colleague greeted or thanked
 * ("hi lachlan - yes", "thank you, mason", "thx - xiaoling"), a list item before an age
 * ("* ivy pham   74yo"), a staff login ("agent anh.fonoti ext 4379") and a nurse's initials
 * before a credential ("- BVA RN", "SPI M.A. RN"). Each expression runs only when its anchor
 * is in the text; the words it takes are cut at the first that no name has (name-answers).
 */
import type { Detector, ScanContext } from './detector';
import { COMMON, GIVEN, NEVER, nameDictionaries, SURNAME } from './dictionaries';
import { lowerCaseNames } from './lower-names';
import { NAME, nameIn, W } from './name-answers';
import { checkNamesFound } from './names';
import { looksLikeName } from './standalone-names';

interface Cue {
  re: RegExp;
  /** Literals one of which every match holds (the expression runs only if one is present). */
  anchors: readonly string[];
  /** Whether a name made only of common words ("rose", "hope") is taken. */
  common: boolean;
  /** A cheap pre-check besides the anchors. */
  gate?: RegExp;
  /**
   * Whether one of the words must be a given name or surname of the dictionaries: after a label
   * that also heads a status ("Patient: stable overnight"), lower-case words are a name only then.
   */
  dictionaryName?: boolean;
  /**
   * Whether the words taken must all be a name's and read as one (`looksLikeName`): a word no
   * name has ends no name here, it makes none.
   */
  whole?: boolean;
}

const KIN =
  '(?:dtr|dau|daughter|son|spouse|wife|husband|hubby|sister|sis|brother|bro|mother|mom|mum|father|dad|niece|nephew|grandson|granddaughter|partner)';
const CREDENTIAL = '(?:RN|LPN|LVN|CNA|NP|PA|MD|DO|RT|PT|OT|SLP|MA|CSPI|SPI|PharmD|RPh|CCRN|BSN|EMT|MSW|LCSW)';
/** An age and sex or an age in years: "33F", "45f", "(103 M)", "48 yr old", "80 yo", "(13 y)". */
const AGE_SEX = String.raw`(?:\d{1,3}[MFmf]\b|\(\d{1,3}[ \t]?[MFmfy]\)|\d{1,3}[ \t]?(?:yo|y\/o|yrs?|years?)\b)`;
/** Words before a patient's name: "Pt", "RE:", "Person affected:", "orders for", "find". */
const RECORD_CUE = '(?:[Pp]t|[Pp]atient|[Nn]ame|[Rr][Ee]|[Cc]aller|[Pp]erson affected|for|find|about)';
/** The label of a patient's record number or birth date: what follows a patient's name on a note's first line. */
const RECORD_LABEL = String.raw`(?:MRN|mrn|MR ?#|MR ?[Nn]o|Med Rec|Hospital No|Hosp No|UR ?[Nn]o|URN|Pt ID|Patient ID|[Cc]hart ?#|[Aa]ccount ?#|[Aa]cct|DOB|[Dd]ob\b|D\.O\.B|born|NHS No|[Aa]ge:|verified (?:w\/|with|by)|\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2})\b)`;

/** Greetings before the name of the person a message is written to. */
const GREETING = '(?:[Hh]i|[Hh]ey|[Hh]ello|[Dd]ear|HI|HEY)';
/** Words that close a message before the writer's name. */
const THANKS = '(?:[Tt]hank you|[Tt]hanks|[Tt]hx|[Tt]y|[Cc]heers|[Rr]egards)';

/*
 * What must stand before a cue's word or colon (a line's start, a label, "my") is checked by a
 * look-behind written after it that ends with it again: the search then goes from one cue to the
 * next instead of running the look-behind at every character, and finds the same matches (where
 * one cue word ends another, "son" in "grandson", the longer one starts further left and is
 * tried first).
 */

const CUES: readonly Cue[] = [
  {
    // "dtr oksana called x2", "spouse rose called again", "dtr Fitzroy @ 555…".
    re: new RegExp(
      String.raw`${KIN}(?<=(?:^|[\n,.;(]|\b(?:my|his|her|their|our|pt's|pt)\b)[ \t]*${KIN})[ \t]+(${W}(?: ${W})?)(?=[ \t]+(?:called|calls|came|visited|tried|said|says|wants|is|was|has|will|at|on)\b|[ \t]*[@(])`,
      'giu',
    ),
    anchors: [
      'dtr',
      'dau',
      'son ',
      'spouse',
      'wife',
      'husband',
      'hubby',
      'sis',
      'bro',
      'mom',
      'mum',
      'dad',
      'mother',
      'father',
      'niece',
      'nephew',
      'grand',
      'partner',
    ],
    common: true,
  },
  {
    // "rm 632A precious ishikawa⏎", "rm 451A Delacroix, Ngozi⏎". `(?<!\w)`, not `\b`: the same before a
    // letter, and several times faster in V8 under the `i` and `u` flags.
    re: new RegExp(
      String.raw`(?<!\w)(?:rm|room|bed)[ \t]+\d{1,4}[A-Za-z]?[ \t]+${NAME}[ \t]*(?=\r?\n|$)`,
      'giu',
    ),
    anchors: ['rm ', 'room ', 'bed ', 'Rm ', 'Room ', 'Bed ', 'RM ', 'ROOM ', 'BED '],
    common: false,
  },
  {
    // "Person affected: consuelo garcía lópez  Hospital No. …", "re: amara mcallister DOB 6/3/1965".
    re: /:(?<=\b(?:[Pp]erson [Aa]ffected|[Pp]atient|[Pp]t|[Rr]ecipient|[Cc]lient|[Rr]esident|[Ss]tudent|[Cc]aller|[Rr]e|RE|[Hh]andoff|[Ff]or)[ \t]*:)[ \t]*(\p{Ll}[\p{L}\p{M}'’-]*(?: \p{L}[\p{L}\p{M}'’.-]*){1,3})(?=[ \t]{2,}|[ \t]+(?:DOB|dob|MRN|mrn|Hospital|age|verified|\d{1,3}[ \t]?(?:yo|y\/o|[mf])\b)|[ \t]*,[ \t]*(?:\d{1,3}[ \t]?(?:y|yo|y\/o|yrs?)\b|D\.?O\.?B)|[ \t]*(?:\r?\n|$|\())/gu,
    anchors: [': '],
    common: true,
    dictionaryName: true,
  },
  {
    // "spoke w/ cormac.", "vm left mateo.", "lvm for chidi;".
    re: new RegExp(
      String.raw`(?<!\w)(?:spoke (?:w\/|with|to)|talked (?:w\/|with|to)|vm left(?: for| w\/)?|lvm(?: for)?|left (?:vm|msg|message) (?:for|w\/|with)|d\/w)[ \t]+(${W}(?: ${W})?)(?=[ \t]*(?:[.,;]|\r?\n|$))`,
      'giu',
    ),
    anchors: ['spoke', 'talked', 'vm ', 'lvm', 'left ', 'd/w'],
    common: false,
  },
  {
    // "hi lachlan - yes …", "Hey yetunde, …".
    re: new RegExp(
      String.raw`${GREETING}(?<=(?:^|\n)[ \t]*${GREETING})[ \t]+(\p{Ll}[\p{L}\p{M}'’-]+)(?=[ \t]*(?:[-–—,:!]|\r?\n))`,
      'gu',
    ),
    anchors: ['hi ', 'Hi ', 'hey', 'Hey', 'ello', 'ear '],
    common: false,
  },
  {
    // "thank you, mason⏎", "[clinician] thx - xiaoling⏎".
    re: new RegExp(
      String.raw`${THANKS}(?<=(?:^|\n)[ \t]*(?:\[[^\]\n]{1,24}\][ \t]*)?${THANKS})[ \t]*[,\-–—][ \t]*(${W}(?: ${W})?)[ \t]*(?=\r?\n|$)`,
      'gu',
    ),
    anchors: ['hank', 'thx', 'Thx', 'ty,', 'ty -', 'Ty,', 'heers', 'egards'],
    common: true,
  },
  {
    // "* ivy pham   74yo", "[x] precious hernández ruiz   95y", "- KEALOHA, ARJUN B   27".
    re: new RegExp(
      String.raw`(?:^|\n)[ \t]*(?:[-*•]|\[[ xX]?\])[ \t]+(${W}(?:,? ${W}){0,3})(?=[ \t]{2,}\d{1,3}[ \t]?(?:yo|y\/o|y|yrs?)(?:[ \t]|$))`,
      'gu',
    ),
    anchors: ['  '],
    common: false,
    gate: /\d[ \t]?y/,
  },
  {
    // A roster's row: the name, the age as a bare number in its own column, then a phone number
    // ("[x] tovan quarrelle   101   689…", "- QUARRIE, DELVA B   27   +1 953…"); a lab's unit or range is none.
    re: new RegExp(
      String.raw`(?:^|\n)[ \t]*(?:[-*•]|\[[ xX]?\])[ \t]+(${W}(?:,? ${W}){1,3})(?=[ \t]{2,}\d{1,3}[ \t]{2,}(?:\+?1[ \t.-]?)?\(?\d{3}\)?[ \t./-]?\d{3}[ \t./-]?\d{4}\b)`,
      'gu',
    ),
    anchors: ['  '],
    common: false,
    whole: true,
  },
  {
    // A patient named in any case before the age and sex or the record it heads: "precious du plessis
    // 33F MRN …", "Pt omar kariuki 80 yo, MR# …", "RE: tavita dimitriou   DOB …", "orders for siobhan
    // banerjee (MRN …)", "KANG, DELROY J  chart # …", "caller: … verified w/ dob", "re: … 9/14/1983".
    // Two to four words, each a name's.
    re: new RegExp(
      String.raw`(?:(?:^|\n)[ \t]*(?:(?:[-*•>]|\[[ xX]?\])[ \t]+)?|\b(?=${RECORD_CUE}))(?:${RECORD_CUE}\b[ \t]*:?[ \t]*)?(${W}(?:,?[ \t]${W}){1,3}?)(?=,?[ \t]+\(?(?:${AGE_SEX}|${RECORD_LABEL}))`,
      'gu',
    ),
    anchors: [' '],
    common: false,
    // What the expression looks ahead for, after its last blank: one search that most notes fail.
    gate: new RegExp(String.raw`[ \t]\(?(?:${AGE_SEX}|${RECORD_LABEL})`),
    whole: true,
  },
];

/** "agent anh.fonoti ext 4379", "user j.quarrie": a login made of a person's names. */
const LOGIN_WORDS = ['agent ', 'user ', 'operator ', 'clerk ', 'staff '];
const LOGIN = /\b(?:agent|user|operator|clerk|staff)[ \t]+(\p{Ll}{2,}\.\p{Ll}{2,})(?![\p{L}\d@.])/gu;
/** "- BVA RN⏎", "SPI M.A. RN.": a nurse's initials before a credential. */
const CREDENTIAL_WORD = new RegExp(String.raw`${CREDENTIAL}\b`, 'gu');
/**
 * The initials before a credential found, looked for only there: looking behind at every
 * character went back over every blank before it (a long run of blanks cost its length squared).
 */
const INITIALS_BEFORE = /(?<=(?:[-–—][ \t]+(\p{Lu}{2,4})|(?<![\p{L}.])((?:\p{Lu}\.){2,3}))[ \t]+)/uy;
/** A credential after a blank, as `INITIALS_BEFORE` has it: one search that most texts fail. */
const CREDENTIAL_AFTER_BLANK = new RegExp(String.raw`[ \t]${CREDENTIAL}\b`);

function holdsDictionaryName(name: string): boolean {
  const flags = nameDictionaries().flags;
  return name
    .toLowerCase()
    .split(/[\s,]+/)
    .some((word) => ((flags.get(word) ?? 0) & (GIVEN | SURNAME)) !== 0);
}

/** A middle initial without its full stop closing a name: "KANG, DELROY J". */
const BARE_INITIAL = /[ \t]\p{Lu}$/u;

/** Whether `raw` is a name as a whole: `nameIn` kept every word, and the words read as a name. */
function wholeName(raw: string, name: string | undefined): boolean {
  if (name !== raw.replace(/[,.]+$/, '')) return false;
  const words = name.replace(BARE_INITIAL, '').split(/,?[ \t]+/);
  return looksLikeName(words, false, name.includes(','), true);
}

function push(ctx: ScanContext, start: number, value: string): void {
  ctx.out.push({ start, end: start + value.length, type: 'name', ruleId: 'typed_name' });
}

function findTypedNames(ctx: ScanContext): void {
  const text = ctx.text;
  for (const cue of CUES) {
    if (!cue.anchors.some((a) => ctx.includes(a)) || (cue.gate && !ctx.test(cue.gate))) continue;
    cue.re.lastIndex = 0;
    for (let m = cue.re.exec(text); m !== null; m = cue.re.exec(text)) {
      const raw = m[1] as string;
      const name = nameIn(raw, cue.common);
      if (cue.whole && !wholeName(raw, name)) {
        // "orders for siobra quarrendon (MRN …)": the line's first words are no name, the words after a record's cue may be.
        cue.re.lastIndex = m.index + 1;
        continue;
      }
      if (name && (!cue.dictionaryName || holdsDictionaryName(name)))
        push(ctx, m.index + m[0].lastIndexOf(raw), name);
    }
  }
  if (ctx.includes('.') && LOGIN_WORDS.some((w) => ctx.includes(w))) {
    LOGIN.lastIndex = 0;
    for (let m = LOGIN.exec(text); m !== null; m = LOGIN.exec(text)) {
      const raw = m[1] as string;
      push(ctx, m.index + m[0].length - raw.length, raw);
    }
  }
  if (ctx.hasUpper && ctx.test(CREDENTIAL_AFTER_BLANK)) {
    const flags = nameDictionaries().flags;
    CREDENTIAL_WORD.lastIndex = 0;
    for (let c = CREDENTIAL_WORD.exec(text); c !== null; c = CREDENTIAL_WORD.exec(text)) {
      INITIALS_BEFORE.lastIndex = c.index;
      const m = INITIALS_BEFORE.exec(text);
      if (!m) {
        CREDENTIAL_WORD.lastIndex = c.index + 1;
        continue;
      }
      const raw = (m[1] ?? m[2]) as string;
      // "- ICU RN", "- OR RN": a unit or an abbreviation before the credential is no one's initials.
      if (m[1] && (flags.get(raw.toLowerCase()) ?? 0) & (COMMON | NEVER)) continue;
      const start = text.lastIndexOf(raw, c.index);
      push(ctx, start, raw);
    }
  }
}

export const typedNames: Detector = {
  id: 'typed_name',
  types: ['name'],
  run(ctx) {
    if (ctx.skip?.has('name') || !ctx.hasSpace) return;
    const found = ctx.out.length;
    findTypedNames(ctx);
    lowerCaseNames(ctx);
    checkNamesFound(ctx, found);
  },
};
