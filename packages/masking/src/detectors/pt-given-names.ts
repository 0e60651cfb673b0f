/**
 * A patient's given name right after "Pt" or "Patient", typed in lower case or with its capital, as
 * telephone encounters, in-basket messages and addenda write it: "Call from: Pt stephan  +1 555
 * 201 7730 (home)", "Pt rylee called asking about …", "pt oluwaseun states the refill ran out",
 * "Patient Quenby informed". One word only, and only where what follows says a person stands
 * there: a verb of calling, telling or being told, or a phone number after a column's gap. The word must be no English or clinical word alone ("Pt then called", "Pt
 * ambulated", "pt tolerated"): a given name of the lists (no drug or clinical word), or a word no
 * list knows that has no verb's, adverb's or clinical ending.
 */
import type { Detector, ScanContext } from './detector';
import { GIVEN, NEVER, nameDictionaries } from './dictionaries';
import { ENGLISH_ENDING } from './key-values';
import { CLINICAL_ENDING } from './standalone-names';

/** What is said of the caller right after the name ("said" alone is left: "pt maria said so" may quote anyone). */
const SAID = String.raw`(?:called|calls|calling|phoned|rang|states|stated|reports|reported|asks|asked|asking|requests|requested|wants|wanted|left|returned|is calling|was called|informed|notified|not yet (?:informed|notified|aware)|is aware|was informed|agrees|agreed|declined|consented)\b`;
/**
 * A phone number after a gap of two blanks or more: the caller's number in the next column (its
 * kind may stand before it: normalization writes "cell: " before a number marked "(cell)").
 */
const PHONE_COLUMN = String.raw`[ \t]{2,}\+?(?:[A-Za-z]{1,8}:[ \t]?)?\+?\(?\d[\d ().-]{7,}\d`;
const PT_NAME_RE = new RegExp(
  String.raw`(?:(?<=\\[nrt])|(?<![\p{L}\p{N}'’]))(?:Pt|pt|PT|Patient|patient)[ \t]+(\p{L}[\p{Ll}\p{M}'’-]{2,24})(?=[ \t]+${SAID}|${PHONE_COLUMN})`,
  'dgu',
);
const VOWEL = /[aeiouyàáâäãåèéêëìíîïòóôöõùúûüýąęėįųāēīōū]/;

/**
 * Words a note puts between "Pt" and a verb that the word lists may not hold: adverbs and
 * pronouns ("Pt then called", "pt herself states"), relatives and carers ("pt dad called", "pt
 * spouse reports"), who else calls for a patient ("pt pharmacy called", "pt snf states") and the
 * services named after patients ("Patient Relations notified", "Patient Portal informed").
 */
const NOT_NAMES = new Set(
  `then also again still herself himself themselves itself yet already later soon tonight now just only even ever
  never once twice thereafter subsequently reportedly apparently initially originally finally actually really
  eventually meanwhile instead too back here there who whom whose which that this these those what when where while
  dad mom mum mother father parent parents wife husband spouse partner son daughter child children kid kids sibling
  sister brother aunt uncle niece nephew cousin grandma grandpa grandmother grandfather grandson granddaughter
  grandchild stepson stepdaughter stepmother stepfather fiance fiancee boyfriend girlfriend friend neighbor neighbour
  roommate landlord caregiver carer guardian sitter aide hha poa nurse pharmacist pharmacy facility agency office
  staff provider doctor employer insurance insurer chart med meds snf alf ltc rehab hospice home work team case
  manager coordinator family advocate advocacy relations services access transport transportation experience safety
  financial portal registration scheduling liaison navigator representative rep education affairs`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);

/** Whether a lower-case word after "Pt" reads as a given name and as no word. */
function givenNameWord(word: string): boolean {
  if (NOT_NAMES.has(word) || NOT_NAMES.has(word.split('-')[0] as string)) return false;
  const flags = nameDictionaries().flags.get(word);
  // A given name that is also a word ("grace", "cleveland") is the name before a verb of calling.
  if (flags !== undefined) return (flags & GIVEN) !== 0 && (flags & NEVER) === 0;
  return VOWEL.test(word) && !ENGLISH_ENDING.test(word) && !CLINICAL_ENDING.test(word);
}

function ptGivenNames(ctx: ScanContext): void {
  if (
    ctx.skip?.has('name') ||
    !(ctx.mayInclude('Pt ') || ctx.mayInclude('pt ') || ctx.mayInclude('PT ') || ctx.mayInclude('atient '))
  )
    return;
  const { text } = ctx;
  PT_NAME_RE.lastIndex = 0;
  for (let m = PT_NAME_RE.exec(text); m !== null; m = PT_NAME_RE.exec(text)) {
    const span = m.indices?.[1];
    if (span && givenNameWord((m[1] as string).toLowerCase()))
      ctx.out.push({ start: span[0], end: span[1], type: 'name', ruleId: 'pt_given_name' });
  }
}

export const ptGivenNamesDetector: Detector = {
  id: 'pt_given_name',
  types: ['name'],
  run: ptGivenNames,
};
