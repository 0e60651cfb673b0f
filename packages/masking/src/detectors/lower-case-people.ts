/**
 * People named in lower case where pager, chat and dictation text puts them: a relative after
 * their kinship ("sister felicity at bedside", "daughter esther phone …", "husband monroe heaney
 * at bedside"), the one seen or followed up ("saw trantow 44yo", "f/u w deonte in am", "f/u w
 * lenore littel in am"), the one a message is about or for ("fyi hansen mrn …", "pt selmer hamill
 * bed 30", "is hayley waelchi in 443", "message is for misty dietrich this is …"), the one
 * speaking ("this is maggie kerluke dictating"), the one a team asks after by room ("anyone covering
 * holloway in 38?"), a patient between a room and a vital sign ("427
 * schiller hr 137", "batz in 448 temp", "419 fahey sats 87%"), both nurses of a handoff's line
 * ("from colten to doreen"), and a sign-off closing the message ("… -demetris", "… waylon rn",
 * "pls call 695.665.0898 jessika", "pls call +13758320577 garnet"). Letters of any script count
 * ("embeluoğlu"). A common, clinical or drug word in the place of the name ("sister at bedside",
 * "saw pt 44yo", "x1 once rn", "from days to nights") stays; a word that is also a name ("rice",
 * "cooper", "murray") counts only where the place is strong: beside a given name, or opening a
 * room's line, after a kinship word before the bedside, or signing off.
 */
import type { Detector, ScanContext } from './detector';
import { COMMON, GIVEN, NEVER, nameDictionaries, SURNAME } from './dictionaries';
import { TEAM_WORDS } from './word-lists';

const W = String.raw`\p{Ll}[\p{Ll}\p{M}'’-]{1,24}`;
/** Before a word: no letter or figure. */
const NB = String.raw`(?<![\p{L}\p{N}])`;
const KIN = `(?:mother|father|mom|dad|sister|brother|son|daughter|dtr|sis|bro|wife|husband|partner|spouse|niece|nephew|grandson|granddaughter|grandmother|grandfather|aunt|uncle|cousin|friend|fiance|fiancee)`;
/** Particles between a given name and a family name typed in lower case: "van der", "st.", "s/o". */
const LOWER_PARTICLE = String.raw`(?:van|von|der|den|de|del|della|la|le|da|du|dos|dela|st\.?|s/o|d/o|bin|binti)`;
/** Vital signs and bedside results a pager writes after the patient ("hr 137", "sats 87%"). */
const VITAL = `(?:hr|bp|map|temp|t|spo2|sats?|o2|rr|bg|gluc|glucose|na|k|trop|lactate|inr|hgb|wbc|plt|cr|gcs|pain)`;
/** A telephone number as a callback writes it, one blank at most between its groups. */
const CALLBACK = String.raw`\+?\d(?:[\d().-]|[ ](?=[\d(])){5,18}\d`;

interface Cue {
  re: RegExp;
  /** Whether a word that is also a name ("rice", "cooper") counts in this place. */
  strong?: boolean;
  /** Group 2 is a second person (the handoff's other nurse), not a family name. */
  pair?: boolean;
  /** Group 1 may be a unit or a team asked after by its room ("covering ortho in 3"): those stay. */
  byRoom?: boolean;
  /** What comes before group 1 must be a telephone number: ten figures, or seven as 555-1234. */
  figures?: boolean;
}
/** Each expression's group 1 (and group 2, a family name, when it may follow) is the person. */
const CUES: readonly Cue[] = [
  {
    re: new RegExp(
      String.raw`${NB}${KIN}[ \t]+(${W})(?:[ \t]+(${W}))??(?=[ \t]+(?:at[ \t]+(?:the[ \t]+)?bedside|phone|ph|cell|wants|who|is[ \t]+(?:aware|at|here|poa|hcp)|poa|hcp|called|can[ \t]+be|pls|on[ \t]+(?:the|her|his|their)[ \t]+way|birthday|dob|date[ \t]+of[ \t]+birth|\())`,
      'dgmu',
    ),
    strong: true,
  },
  {
    re: new RegExp(
      String.raw`${NB}saw[ \t]+(${W})(?=[ \t]+\d{1,3}[ \t]?(?:yo|y/o|yr|[mf](?![\p{L}])))`,
      'dgu',
    ),
    strong: true,
  },
  {
    re: new RegExp(
      String.raw`${NB}f/u[ \t]+(?:w/?|with)[ \t]+(?:dr\.?[ \t]+)?(${W})(?:[ \t]+(${W}))??(?=[ \t]+(?:in[ \t]+(?:am|pm|clinic|\d)|tomorrow|re[ \t]))`,
      'dgu',
    ),
    strong: true,
  },
  {
    re: new RegExp(
      String.raw`${NB}(?:fyi|pt|is|for|on)[ \t]+(${W})(?:[ \t]+(${W}))??(?=[ \t]+(?:mrn|bed[ \t]+\d|rm[ \t]+\d|room[ \t]+\d|in[ \t]+\d{2,4}(?![\d/])|this[ \t]+is|date[ \t]+of[ \t]+birth|dob))`,
      'dgu',
    ),
  },
  {
    re: new RegExp(
      String.raw`${NB}(?:fyi|pt|re)[ \t]+(${W})(?:[ \t]+(${W}))??(?=[ \t]+(?:mrn|dob|bed[ \t]+\d|rm[ \t]+\d|room[ \t]+\d))`,
      'dgu',
    ),
    strong: true,
  },
  {
    // "anyone covering holloway in 38?", "who has tamsin quell in 7?": the patient a team asks after by room.
    re: new RegExp(
      String.raw`${NB}(?:covering|cover|covers|seeing|admitting|admitted|rounding[ \t]+on|checking[ \t]+on|who[ \t]+has|who['’]s[ \t]+got)[ \t]+(${W})(?:[ \t]+(${W}))??(?=[ \t]+in[ \t]+(?:(?:rm|room|bed|bay)[ \t]+)?\d{1,4}[a-z]?[ \t]*(?:[?.,!;)]|$))`,
      'dgmu',
    ),
    strong: true,
    byRoom: true,
  },
  {
    re: new RegExp(
      String.raw`${NB}this[ \t]+is[ \t]+(${W})(?:[ \t]+(${W}))??(?=[ \t]+(?:dictating|calling|speaking|returning))`,
      'dgu',
    ),
  },
  {
    re: new RegExp(
      String.raw`(?:^|(?<![\p{L}\p{N}])\d{3,4}[a-z]?[ \t]+)(${W})(?=[ \t]+(?:in[ \t]+\d{3,4}[ \t]|${VITAL}[ \t]+\d))`,
      'dgmu',
    ),
    strong: true,
  },
  {
    re: new RegExp(
      String.raw`^[ \t]*(?:(?:handoff|report|sign-?out)[ \t]+)?from[ \t]+(${W})[ \t]+to[ \t]+(${W})[ \t]*$`,
      'dgmu',
    ),
    pair: true,
  },
  {
    // "here w wife birgitta.", "lives with son delbert;": a relative the sentence closes on.
    re: new RegExp(String.raw`${NB}(?:w/?|with|and)[ \t]+${KIN}[ \t]+(${W})(?=[ \t]*[.,;](?:\s|$))`, 'dgu'),
  },
  {
    // "f/u 3/27 - trudgeon mehrnaz": the patient a visit's heading names after its day and a dash.
    re: new RegExp(
      String.raw`^[ \t]*(?:f/u|fu|follow[ -]?up|visit|appt|new pt|np|seen|ov)[ \t]+\d{1,2}/\d{1,2}(?:/\d{2,4})?[ \t]+-[ \t]+(${W})(?:[ \t]+(${W}))?[ \t]*$`,
      'dgmiu',
    ),
    strong: true,
  },
  {
    // "see delacroix in renal", "seen by dr. gundersen @ …": a clinician in lower case.
    re: new RegExp(
      String.raw`${NB}(?:see|saw)[ \t]+(?:dr\.?[ \t]+)?(${W})(?=[ \t]+in[ \t]+\p{Ll}{2,})`,
      'dgu',
    ),
  },
  {
    // A drive of an address is no doctor ("16452 sawgrass dr paducah").
    re: new RegExp(
      String.raw`${NB}(?<!\d[ \t]+(?:\p{L}+[ \t]+){1,3})[Dd]r\.?[ \t]+(${W})(?![\p{L}\p{N}'’-])`,
      'dgu',
    ),
    // "my appt w/ dr june", "can u tell dr hunter": after the title, a name that is also a word is the doctor's.
    strong: true,
  },
  {
    // "ok so for clive quillby-reid (rm 32)", "index case cornelius quill (29y)", "- tsehay van
    // quill (bf) 838…": the person a bracket after them gives an age, a room, a bed, a kinship or a birth date.
    re: new RegExp(
      String.raw`(?:^|[:,;(–—]|[ \t]-|${NB}(?:for|with|w/|case|contact|and|to|by|re|about))[ \t]+(${W})(?:[ \t]+(?:${LOWER_PARTICLE}[ \t]+){0,3}(${W}))??(?=[ \t]*\((?:\d{1,3}[ \t]?(?:y|yo|y/o|yrs?|[mf])(?![\p{L}])|(?:rm|room|bed|bay)[ \t]*\d|${KIN}\)|bf\)|gf\)|boyfriend|girlfriend|co-?worker|roommate|neighbou?r|dob\b|\d{1,2}/\d{1,2}/\d{2,4}\)))`,
      'dgmu',
    ),
  },
  { re: new RegExp(String.raw`[ \t]-[ \t]?(${W})[ \t]*$`, 'dgmu'), strong: true },
  { re: new RegExp(String.raw`(?:${CALLBACK})[ \t]+(${W})(?:[ \t]+(${W}))?[ \t]*$`, 'dgmu'), figures: true },
  { re: new RegExp(String.raw`[ \t](${W})[ \t]+(?:rn|lpn|np|pa|cna|rt)[ \t]*$`, 'dgmu'), strong: true },
];
const GATE = /\p{Ll} \p{Ll}/u;
/** Words of a unit, a shift or a place a handoff moves between: never a nurse. */
const PLACES = new Set(
  'days nights day night evenings evening am pm noc icu micu sicu cvicu nicu picu ccu cicu pcu ed er or pacu tele floor ward home snf rehab ltach ltac cath lab ir stepdown obs'.split(
    ' ',
  ),
);
/** Teams, services and wards a message asks after by room ("anyone covering ortho in 3?"). */
const TEAMS = new Set(TEAM_WORDS.split(' '));
/** Words that stand where a name would and are no one's, though a list holds them as names. */
const NOT_NAMES = new Set(
  'will may just still also now here there fine well ok back later soon per via'.split(' '),
);

function flagsOf(word: string): number {
  return nameDictionaries().flags.get(word.replace(/['’]s$/, '')) ?? 0;
}

/** Words of messaging a list may not hold: an attention line's, a request's, a callback's. */
const MESSAGING = new Set(
  'attn thx thanks pls plz please asap stat fyi callback cb ext ask notify paged paging your bedside tele cc appt appts'.split(
    ' ',
  ),
);

/** Whether the dictionaries hold the word as a common, clinical or drug word: no one's name. */
function plain(word: string): boolean {
  return (
    (flagsOf(word) & (COMMON | NEVER)) !== 0 ||
    word.length < 3 ||
    !/[aeiouyà-ÿı]/.test(word) ||
    MESSAGING.has(word)
  );
}

/** A given name that is also a word ("misty", "grace"): a name only beside a family name. */
function givenWord(word: string): boolean {
  return (flagsOf(word) & (GIVEN | NEVER)) === GIVEN;
}

/** A word the lists hold as a name, though it is a word too ("rice", "murray"), no drug or clinical word. */
function nameToo(word: string): boolean {
  const f = flagsOf(word);
  return (f & (GIVEN | SURNAME)) !== 0 && (f & NEVER) === 0 && word.length > 2 && !NOT_NAMES.has(word);
}

/** Whether the word stands for a person in a place of the given strength. */
function person(word: string, strong: boolean): boolean {
  return !plain(word) || (strong && nameToo(word));
}

/** A handoff's nurse: a person in a strong place, or any given name ("from will to horace"). */
function nurse(word: string): boolean {
  const f = flagsOf(word);
  return person(word, true) || ((f & GIVEN) !== 0 && (f & NEVER) === 0);
}

function push(ctx: ScanContext, start: number, end: number): void {
  ctx.out.push({ start, end, type: 'name', ruleId: 'lower_case_person' });
}

/** A callback number: ten figures at least, or seven written as 555-1234. */
function phoneNumber(text: string): boolean {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) n++;
  return n >= 10 || (n === 7 && /^\d{3}[.-]\d{4}$/.test(text));
}

export const lowerCasePeople: Detector = {
  id: 'lower_case_person',
  types: ['name'],
  run(ctx: ScanContext) {
    if (ctx.skip?.has('name') || !ctx.test(GATE)) return;
    const text = ctx.text;
    for (const cue of CUES) {
      const re = cue.re;
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        if (re.lastIndex === m.index) re.lastIndex++;
        const given = m.indices?.[1];
        const first = m[1] as string;
        const second = m[2];
        const strong = cue.strong === true;
        if (!given) continue;
        if (cue.figures && !phoneNumber(text.slice(m.index, given[0]).trim())) continue;
        if (cue.byRoom && (PLACES.has(first) || TEAMS.has(first))) continue;
        if (cue.pair) {
          // "from colten to doreen": each a nurse, unless either is a unit or a shift.
          if (second === undefined || PLACES.has(first) || PLACES.has(second)) continue;
          if (!nurse(first) || !nurse(second)) continue;
          const other = m.indices?.[2] as [number, number];
          push(ctx, given[0], given[1]);
          push(ctx, other[0], other[1]);
          continue;
        }
        // A family name after a given name: any word the lists hold as a name ("gabe murray").
        const family =
          second !== undefined && (!plain(second) || (nameToo(second) && (!plain(first) || givenWord(first))))
            ? m.indices?.[2]
            : undefined;
        // A given name that is also a word ("misty", "grace") counts beside its family name.
        if (!person(first, strong) && !(family && givenWord(first))) continue;
        push(ctx, given[0], family ? family[1] : given[1]);
      }
    }
  },
};
