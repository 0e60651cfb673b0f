/**
 * A day of the month written alone as an ordinal after "the", as a note dates an event within
 * its month ("On the 14th transitioned to oral regimen", "Admitted the 2nd; expired ...",
 * "lab draw the 17th.", "MICU ATTENDING NOTE the 5th", "last fill the 28th | Rx# ...").
 *
 * An ordinal that counts something is no date: a noun it counts follows it within a few words
 * ("the 14th floor", "the 3rd left rib", "the 4th and 5th toes", "the 2nd postoperative day",
 * "for the 2nd time"), or "of" and a number ("the 3rd of 4 children"). A day is taken when the
 * ordinal ends its clause (a stop, a comma, a bracket, the line's end, a time "0310"), when a word
 * no count takes follows it (a preposition, a pronoun, a verb in -ed or -ing, a capitalized
 * name), or when a word that dates comes before it ("since the 11th polyuria", "admitted on the
 * 18th", "on Thursday the 12th"). This is the one reader of the day alone; a day with its month
 * ("March the 5th", "the 3rd of March") is the dates detector's.
 */
import type { Detector, ScanContext } from './detector';

/** "the 14th", "the 1st", "the 22nd": a day of the month, 1 to 31, with its right suffix. */
const ORDINAL_DAY = /\bthe[ \t]+((?:[23]?1st|[2]?2nd|[2]?3rd|(?:[4-9]|1\d|2[04-9]|30)th))\b(?![.,]\d)/gi;

/** Nouns an ordinal counts (and their plurals), found within a few words after it. */
const COUNTED =
  /^(?:floor|storey|story|level|room|bed|bay|ward|wing|building|street|st|ave|avenue|road|rd|blvd|rib|toe|finger|digit|metacarpal|metatarsal|phalanx|phalanges|ics|interspace|space|vertebra|vertebrae|intercostal|nerve|ventricle|sound|branch|segment|joint|web|arch|molar|premolar|tooth|teeth|percentile|centile|decile|quartile|quintile|tertile|grade|class|decade|century|year|month|week|day|hour|minute|shift|trimester|cycle|dose|course|line|infusion|injection|shot|booster|fraction|session|visit|admission|hospitalization|hospitalisation|readmission|episode|occurrence|time|attempt|try|trial|round|pass|run|call|step|stage|phase|part|half|quarter|generation|edition|version|release|anniversary|birthday|pregnancy|gravida|child|baby|son|daughter|grandchild|sibling|patient|person|party|opinion|place|prize|position|order|degree|chapter|section|page|paragraph|item|entry|row|column|question|element|argument|parameter|character|byte|bit|index|slot|tier|layer|game|inning|lap|set|season|book|volume|unit|lot|bag|bottle|vial|tablet|pill|pack|refill|fill|hole|inch|mile|amendment|circuit|district|precinct|division|battalion|regiment|infantry|army|fleet|lead|tube|drain|stent|catheter|wire|port|lumen)(?:s|es)?$/i;

/** Words that describe a counted noun and may stand between the ordinal and it. */
const MODIFIER =
  /^(?:and|or|to|through|thru|&|left|right|bilateral|consecutive|successive|straight|additional|subsequent|separate|full|complete|scheduled|planned|weekly|monthly|daily|post-?op(?:erative)?|post-?partum|postnatal|gestational|treatment|chemo(?:therapy)?|induction|consolidation|maintenance|loading|booster|vaccine|covid|hospital|inpatient|outpatient|icu|hd|anterior|posterior|lateral|medial|upper|lower|proximal|distal|dorsal|ventral|volar|plantar|palmar|cranial|lumbar|thoracic|cervical|sacral|heart|mcp|mtp|pip|dip|cmc|carpometacarpal|metatarsophalangeal|interphalangeal|floor|lumbosacral|hand|foot|left-sided|right-sided|open|closed|new|final|last|first|next|whole|entire|same|different|other|such|successful|failed|unsuccessful|positive|negative|abnormal|normal|recurrent|repeat|follow-?up|\d{1,2}(?:st|nd|rd|th))$/i;

/** Words after the ordinal that no count takes: a date goes on with them. */
const DATE_FOLLOW =
  /^(?:at|with|after|before|when|while|until|till|since|in|into|for|from|on|per|via|by|as|but|so|then|because|he|she|they|we|i|it|you|my|his|her|their|our|was|were|is|are|had|has|have|did|does|not|no|vs|via)$/i;

/** Words before "the" that date what follows, a weekday among them ("on Thursday the 12th"). */
const DATE_BEFORE =
  /\b(?:on|since|until|till|by|from|before|after|through|of|dated|as of|admitted|discharged|transferred|expired|died|seen|visit|draw|drawn|fill|filled|refilled|transfer|discharge|encounter|note|consultation|comparison|study|surgery|procedure|chest|ct|mri|echo|x-?ray|radiograph|ecg|ekg|labs?|culture|cultures)[ \t:]*$|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[ \t]*$/i;

const WORD = /[\p{L}\d][\p{L}\d'’&-]*|&/uy;

/** The ordinal counts a noun: one follows within four words of this clause, or "of" and a number. */
function counts(text: string, from: number): boolean {
  let i = from;
  for (let n = 0; n < 4; n++) {
    while (
      i < text.length &&
      (text[i] === ' ' || text[i] === '\t' || text[i] === '-' || text[i] === '–' || text[i] === '/')
    )
      i++;
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (!m) return false;
    const w = m[0];
    if (COUNTED.test(w)) return true;
    if (
      n === 0 &&
      /^of$/i.test(w) &&
      /^[ \t]+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twins?|triplets?|several|many|the[ \t]+(?:two|three|four|five|six|\d))/i.test(
        text.slice(m.index + 2, m.index + 20),
      )
    )
      return true;
    if (!MODIFIER.test(w)) return false;
    i = m.index + w.length;
  }
  return false;
}

/** What follows the ordinal reads as the rest of a dated clause. */
function dateFollows(text: string, end: number): boolean {
  const rest = text.slice(end, end + 40);
  // The clause ends, a bracket or a time follows ("the 5th 0310", "the 15th at 0115").
  if (/^[ \t]*(?:$|[\n\r.,;:!?)\]|"'}]|\(|[–—-][ \t]|\d)/.test(rest)) return true;
  const w = /^[ \t]+([\p{L}][\p{L}'’-]*)/u.exec(rest)?.[1];
  if (!w) return false;
  if (DATE_FOLLOW.test(w)) return true;
  // A capitalized name ("By the 16th Tevita was walking") or a verb ("transitioned", "growing").
  return /^\p{Lu}\p{Ll}/u.test(w) || /^\p{Ll}{3,}(?:ed|ing)$/u.test(w);
}

export const ordinalDayDates: Detector = {
  id: 'ordinal_day_date',
  types: ['date'],
  run(ctx: ScanContext) {
    if (!ctx.hasDigit || ctx.skip?.has('date')) return;
    if (!ctx.includes('the ') && !ctx.includes('The ') && !ctx.includes('THE ')) return;
    const { text } = ctx;
    if (!/\d(?:st|nd|rd|th)\b/i.test(text)) return;
    ORDINAL_DAY.lastIndex = 0;
    for (let m = ORDINAL_DAY.exec(text); m; m = ORDINAL_DAY.exec(text)) {
      const day = m[1] ?? '';
      const start = m.index + m[0].length - day.length;
      const end = start + day.length;
      if (counts(text, end)) continue;
      const head = text.slice(Math.max(0, m.index - 24), m.index);
      if (!dateFollows(text, end) && !DATE_BEFORE.test(head)) continue;
      ctx.out.push({ start, end, type: 'date', ruleId: 'ordinal_day_date' });
    }
  },
};
