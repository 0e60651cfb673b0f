/**
 * Eponyms of obstetrics, development and rehabilitation read as people's names: a describer's
 * name (one or two, a Roman numeral of the edition after it) before what it names — the
 * contractions, the reflex's startle, the screen, the interview, the instrument, the pouch, the
 * murmur's rumble ("Braxton Hicks contractions", "Moro startle", "Austin Flint rumble", "Denver II screen", "Zarit Burden Interview",
 * "Lawton-Brody IADL instrument", "Hartmann pouch") — or an instrument's noun and what it
 * measures after "of" ("Katz index of independence in ADL", "Prochaska stages of change"). A
 * title or a capitalized word right before the name makes it a person's. A few eponyms are
 * written alone, without their noun ("occ Braxton Hicks", "Valsalva", "Trendelenburg"). The
 * resolution step keeps what a detector found inside one.
 */

/** A capitalized name or one in capitals, accented letters and an inner apostrophe as written. */
const NAME = "(?:\\p{Lu}[\\p{Ll}\\p{M}]{1,24}(?:['’]\\p{Lu}?[\\p{Ll}\\p{M}]{1,24})?|\\p{Lu}{3,24})";
/** One name, two joined by a hyphen, or two written apart ("Braxton Hicks"). */
const NAMES = `${NAME}(?:-${NAME}|[ \\t]${NAME})?`;
/** The edition after the name ("Denver II", "Bayley 4"). */
const EDITION_WORD = '[ \\t]+(?:I{1,3}|IV|V|[2-9])';
const EDITION = `(?:${EDITION_WORD})?`;
/** A noun as written: lower case, capitalized or in capitals ("screen", "Screen", "SCREEN"). */
function cased(words: string): string {
  return words
    .split('|')
    .map((w) => `[${w.charAt(0)}${w.charAt(0).toUpperCase()}]${w.slice(1)}|${w.toUpperCase()}`)
    .join('|');
}
/** What an eponym names that no verb spells and no person is followed by. */
const NOUNS = cased(
  'contractions|startle|instrument|pouch|pessary|questionnaire|inventory|checklist|programme|rumble',
);
/** Nouns that are verbs too ("Jane exercises", "Hale screens"): a word of the measure or an edition goes between. */
const VERB_NOUNS = cased('screen|screening|interview|exercises?|level|tool|maneuver|manoeuvre');
/** Up to two words of the measure between the name and its noun, in capitals or not ("Burden", "IADL", "Cognitive Level"). */
const MEASURE_WORD = '[ \\t]+(?:\\p{Lu}{2,6}|\\p{Lu}?\\p{Ll}{3,14}(?:-\\p{Ll}{2,10})?)';
const HEADED = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}'’-])(${NAMES}(?:${EDITION}(?:${MEASURE_WORD}){0,2}[ \\t]+(?:${NOUNS})|(?:${EDITION_WORD}(?:${MEASURE_WORD}){0,1}|(?:${MEASURE_WORD}){1,2})[ \\t]+(?:${VERB_NOUNS})))(?![\\p{L}\\p{N}])`,
  'dgu',
);
/** An instrument's noun and what it measures after "of": "Katz index of independence", "stages of change". */
const MEASURED_OF = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}'’-])(${NAMES}[ \\t]+(?:index|indices|scale|score|stages|criteria|assessment|inventory|test|measure)[ \\t]+of[ \\t]+\\p{Ll})`,
  'dgu',
);
/**
 * Eponyms written without their noun; a possessive one not before a capitalized word, which makes
 * it an owner's ("Leopold's Pixel Watch 2").
 */
const BARE =
  /(?<![\p{L}\p{M}\p{N}'’-])((?:Braxton[ \t-]Hicks|Valsalva|Trendelenburg|Heimlich|Kegels?|Lamaze|Apgars?|Leopold['’]?s|Credé|Ritgen|Mauriceau|McRoberts|Zavanelli|Roux-en-Y)(?:['’]s?)?)(?![\p{L}\p{N}'’-])/dgiu;

/**
 * An eponym written all in capitals, as a terminal prints a note ("MURPHY SIGN", "BECK TRIAD"):
 * the name, then its noun; a noun that is a verb too is no eponym before the words an order
 * goes on with ("SMITH SIGN HERE").
 */
const CAPS_EPONYM =
  /(?<![\p{L}\p{N}'’-])(\p{Lu}{3,20}(?:['’]S)?[ \t]+(?:SIGN|TRIAD|PENTAD|SYNDROME|DISEASE|REFLEX|MANEUVER|FRACTURE|PALSY|MURMUR|ULCER|HERNIA|CRITERIA|PHENOMENON|TEST))(?![\p{L}\p{N}]|[ \t]+(?:HERE|BELOW|ABOVE|THE|THIS|IN|OFF|OUT|UP|FORMS?|FOR|AND|ON|BY|WITH|AT)(?![\p{L}]))/dgu;

/** A title or a capitalized word right before the name, or a word a person follows: the name is a person's. */
const PERSON_BEFORE =
  /(?:(?:^|[^\p{L}.])(?:[Dd]r|[Mm]rs?|[Mm][sx]|[Mm]iss|[Pp]rof|[Nn]urse|DR|MRS?|MS|PROF|by|with|dear|attn|cc)\.?[ \t]+|(?:^|[ \t])\p{Lu}\p{Ll}+[ \t]+)$/u;
/** Capitalized words that open a line or a phrase before an eponym without naming anyone. */
const OPENERS =
  /(?:^|[^\p{L}])(?:occ|occasional|no|some|mild|hx|pt|reports?|denies|has|having|having|with|positive|negative|neg|pos|normal|the|a|an|and|or|of|on|via|using|per|complete[ds]?|passed|failed|done|did)[ \t]+$/iu;

/** The word before a name, its capital read: a person's name goes before an eponym's noun ("Jane Hicks screen"). */
function personBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  if (OPENERS.test(before)) return false;
  return PERSON_BEFORE.test(before);
}

const PROBE =
  /contraction|startle|rumble|screen|interview|instrument|pouch|maneuver|manoeuvre|exercise|programme|pessary|stages|level|questionnaire|inventory|tool|checklist|[ \t]of[ \t]|hicks|valsalva|trendelenburg|heimlich|kegel|lamaze|apgar|leopold|credé|ritgen|mauriceau|mcroberts|zavanelli|roux|SIGN|TRIAD|PENTAD|SYNDROME|DISEASE|REFLEX|FRACTURE|PALSY|MURMUR|ULCER|HERNIA|CRITERIA|PHENOMENON|TEST/i;

/** A title or a role's word opening the match: the words after it are a person's name ("Nurse Jones screen"). */
const ROLE_FIRST =
  /^(?:dr|doctor|nurse|patient|pt|mr|mrs|ms|miss|prof|sister|brother|father|mother|aunt|uncle|coach|officer|judge)[ \t.]/i;

function collect(re: RegExp, text: string, out: [number, number][]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const span = m.indices?.[1];
    if (!span || personBefore(text, span[0]) || ROLE_FIRST.test(m[1] as string)) continue;
    out.push([span[0], span[1]]);
  }
}

/** A possessive, then a capitalized word: "Leopold's Pixel Watch 2". */
const OWNED_AFTER = /^[ \t]+\p{Lu}\p{Ll}/u;

/** Drops, from `from` on, the possessives before a capitalized word: an owner's name, not an eponym. */
function dropOwners(text: string, out: [number, number][], from: number): void {
  let w = from;
  for (let r = from; r < out.length; r++) {
    const [start, end] = out[r] as [number, number];
    const owner = /['’]s$/.test(text.slice(start, end)) && OWNED_AFTER.test(text.slice(end, end + 3));
    if (!owner) out[w++] = [start, end];
  }
  out.length = w;
}

/** Character ranges of the eponyms above in `text`, the noun included. */
export function eponymHeadSpans(text: string): [number, number][] {
  if (!PROBE.test(text)) return [];
  const out: [number, number][] = [];
  collect(HEADED, text, out);
  collect(MEASURED_OF, text, out);
  const bare = out.length;
  collect(BARE, text, out);
  dropOwners(text, out, bare);
  if (/[A-Z]{3} [A-Z]{4}/.test(text)) collect(CAPS_EPONYM, text, out);
  return out;
}
