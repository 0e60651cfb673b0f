/**
 * A medicine's generic name is built on the stem of its class (the USAN and INN stems: "-mab" an
 * antibody, "-tinib" a kinase inhibitor, "-gliflozin", "-sartan", "-vir"), which new and
 * investigational drugs follow as well as old ones ("obicetrapib", "seltorexant",
 * "zilebesiran"). A word in small letters on such a stem, long enough to hold one, is a drug's
 * name, never a person's: a note's shorthand ("obicetrapib taken 6/2/24") leaves it in the keep
 * step, however a name detector read it.
 */
import { GIVEN, NEVER, nameDictionaries, SURNAME } from './dictionaries';

/** Endings of generic names by class; each is long or rare enough to end no English word of seven letters or more. */
const STEMS = [
  'mab',
  'cept',
  'tinib',
  'ciclib',
  'rafenib',
  'parib',
  'zomib',
  'lisib',
  'rasib',
  'degib',
  'trapib',
  'vir',
  'virine',
  'virimat',
  'siran',
  'glutide',
  'gliflozin',
  'gliptin',
  'sartan',
  'pril',
  'olol',
  'dipine',
  'statin',
  'prazole',
  'tidine',
  'floxacin',
  'mycin',
  'micin',
  'cillin',
  'cycline',
  'conazole',
  'parin',
  'xaban',
  'gatran',
  'grel',
  'lukast',
  'setron',
  'triptan',
  'dronate',
  'profen',
  'semide',
  'thiazide',
  'afil',
  'terol',
  'tropium',
  'sonide',
  'olone',
  'asone',
  'orexant',
  'quiline',
  'borole',
  'camten',
  'azepam',
  'azolam',
  'oxetine',
  'triptyline',
  'apine',
  'peridone',
  'peridol',
  'orphine',
  'orphanol',
  'codone',
  'exone',
  'tadine',
  'fibrate',
  'pentin',
  'caine',
  'curium',
  'barbital',
  'platin',
  'taxel',
  'rubicin',
  'tecan',
  'trexate',
  'fungin',
  'penem',
  'quinone',
  'ersen',
];

const DRUG_WORD = new RegExp(`^\\p{Ll}{3,}(?:${STEMS.join('|')})(?:-\\p{Ll}{4})?$`, 'u');

/**
 * Whether a word written in small letters is a drug's generic name by its stem ("ublituximab",
 * "adalimumab-adaz"); a family name the lists hold on a stem's ending ("gundersen", "pedersen")
 * is a person's.
 */
export function isDrugByStem(word: string): boolean {
  if (word.length < 7 || !DRUG_WORD.test(word)) return false;
  const flags = nameDictionaries().flags.get(word) ?? 0;
  return (flags & (GIVEN | SURNAME)) === 0 || (flags & NEVER) !== 0;
}

/**
 * The salt or ester after a generic name ("tebipenem pivoxil", "imatinib mesylate") and what a
 * note says was done with a dose: no part of a person's name.
 */
const DOSING_WORDS = new Set(
  `taken given started stopped held missed resumed restarted dispensed administered dosed initiated discontinued
  increased decreased pivoxil mesylate maleate citrate sodium potassium hcl hydrochloride tartrate succinate
  fumarate besylate acetate sulfate phosphate tosylate`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);

/**
 * Whether `value` (a span a name detector took) is made only of a drug's name and the words of
 * its dosing ("obicetrapib taken"): at least one word a drug's by its stem.
 */
export function isDrugPhrase(value: string): boolean {
  const words = value.split(/[ \t/]+/).filter((w) => w.length > 0);
  let drug = false;
  for (const w of words) {
    if (isDrugByStem(w)) drug = true;
    else if (!DOSING_WORDS.has(w)) return false;
  }
  return drug;
}
