/**
 * Eponyms written before the clinical noun they name — "Kübler-Ross model", "Dennie-Morgan
 * folds", "Reynolds pentad", "Cushing's syndrome" — are no people, whatever surname they borrow.
 * Two names joined by a hyphen before any such noun are one; a single name only before a noun
 * that is never a verb and never follows a person ("pentad", "syndrome", "palsy"), since "have
 * Smith sign here" and "let Jones test it" name people. A title or another capitalized word right
 * before the name ("Dr Graves syndrome clinic", "Jane Holt-Oram test") leaves it to the name
 * detectors. The resolution step keeps what a detector found inside one.
 */

import { isWhiteSpace } from '../char-codes';
import { GIVEN, nameDictionaries } from './dictionaries';

/** Nouns an eponym of one name is read before: none is a verb or follows a person's name. */
const EPONYM_NOUNS =
  // An index a describer named ("Katz index"), not a case, a patient or a finger called so.
  'index(?![ \\t]+(?:case|patient|finger|admission|visit|event|date))|syndromes?|diseases?|palsy|pentad|triad|tetrad|phenomenon|effect|reflex|criteria|classification|murmur|nodules|nodes|fracture|manoeuvres?|maneuvers?|aneurysm|ulcers?|hernia|contracture|neuroma|thyroiditis|encephalopathy|lymphoma|sarcoma|staging|grading|equation|formula|questionnaire|inventory|' +
  // A lesion, a paralysis or a malformation, and the part of the body or the repair named after its describer.
  'gangrene|glomerulosclerosis|nephropathy|paralysis|paresis|tumou?rs?|cysts?|diverticulum|uterus|glands?|ligaments?|ducts?|membrane|anomaly|deformity|dystrophy|ataxia|chorea|neuralgia|an(?:a)?emia|angina|carcinoma|granuloma|sutures?|incision|osteotomy|anastomosis|forceps|retractor|splint|variant';
/** Nouns also read after two joined names: the instrument, the model, the sign, the test, the chart or rule ("Lund-Browder chart"). */
const JOINED_NOUNS = `${EPONYM_NOUNS}|folds?|models?|signs?|tests?|scales?|scores?|procedure|operation|technique|method|approach|assessment|index|stages?|lines|cells|bodies|spots|pearls|sequence|valve|shunt|tube|catheter|repair|charts?|diagrams?|nomograms?|rules?`;

/** A capitalized name, accented letters and an apostrophe inside it as written ("Kübler", "D'Amico", "O'Brien"). */
const NAME =
  "\\p{Lu}(?:[\\p{Ll}\\p{M}]{1,24}(?:['’]\\p{Lu}?[\\p{Ll}\\p{M}]{1,24})?|['’]\\p{Lu}[\\p{Ll}\\p{M}]{1,24})";
/** The first of joined names may be an initial ("B-Lynch suture"). */
const FIRST_JOINED = `(?:${NAME}|\\p{Lu})`;
/** A possessive after the eponym: "Cushing's", "Reynolds'". */
const POSSESSIVE = "(?:['’]s?)?";

/** A describing adjective between joined names and a disease's noun ("Kimmelstiel-Wilson nodular glomerulosclerosis"). */
const DESCRIBER = '\\p{Ll}{3,16}(?:ar|al|ic|ous|ive)';
const JOINED_EPONYM = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}'’-])(${FIRST_JOINED}(?:-${NAME}){1,2})${POSSESSIVE}[ \\t]+(?:${JOINED_NOUNS}|${DESCRIBER}[ \\t]+(?:${EPONYM_NOUNS}))(?![\\p{L}\\p{N}])`,
  'dgu',
);
/**
 * Two describers joined by a slash before what they measure, up to two words of the measure
 * between ("Jackson/Cubbin pressure-area scale", "Waterlow/Norton risk score"): an instrument.
 * (A hyphen between names is a double family name as often, so it takes its noun right after it.)
 */
const SLASHED_EPONYM = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}'’/-])(${NAME}/${NAME})(?:[ \\t]+\\p{Ll}[\\p{Ll}-]{2,20}){0,2}[ \\t]+(?:scales?|scores?|criteria|classification|index|tool|assessment|questionnaire|inventory)(?![\\p{L}\\p{N}])`,
  'dgu',
);
const SINGLE_EPONYM = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}'’-])(${NAME})${POSSESSIVE}[ \\t]+(?:${EPONYM_NOUNS})(?![\\p{L}\\p{N}])`,
  'dgu',
);
/**
 * The instruments a describer names, after what they measure ("Berg balance score", "Katz ADL
 * index", "Epworth Sleepiness Scale", "Richmond Agitation-Sedation Scale", "Bruce protocol", and
 * an examination's test or sign, "Watson scaphoid shift test"): one or two words of the measure,
 * lower case, an acronym or in the instrument's own capitals, and no verb reads there; a test of
 * a person's blood or urine is theirs. "Protocol" is no verb and follows the name directly.
 */
const LOWER_MEASURE = '\\p{Ll}{3,20}(?:-\\p{Ll}{2,10})?';
const MEASURE =
  '(?:\\p{Ll}{3,20}(?:-\\p{Ll}{2,10})?|\\p{Lu}{2,6}|\\p{Lu}\\p{Ll}{2,20}(?:-\\p{Lu}\\p{Ll}{2,20})?)';
const INSTRUMENT_EPONYM = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}'’-])(${NAME}(?:-${NAME})?)${POSSESSIVE}[ \\t]+(?:(?:I{1,3}|IV)[ \\t]+)?(?:(?:${MEASURE}[ \\t]+){1,2}(?:[Ss]cores?|[Ii]ndex|[Ss]cales?|[Cc]riteria|[Pp]rotocol|[Qq]uestionnaire|[Ii]nventory|[Cc]lassification|Risk|[Ee]stimate|[Mm]ethod|[Ee]quation|[Ff]ormula|[Cc]alculation)|(?:${LOWER_MEASURE}[ \\t]+){1,2}(?:test|sign)|protocol)(?![\\p{L}\\p{N}])`,
  'dgu',
);
/**
 * Words of a sentence, not of a measure, between a name and the noun ("Jones and the score"), and
 * a patient's own pain score after their name ("Ruth pain score 6/10").
 */
const NOT_MEASURE =
  /[ \t](?:and|or|but|the|his|her|their|for|with|was|has|had|will|did|from|pain|blood|urine|stool|sputum|swab|pregnancy|drug|hearing|vision|eye|skin|breath|allergy|glucose|sugar|covid)[ \t]/i;
/**
 * An instrument's words all in its own capitals after the name ("Abbey Pain Scale", "Morse Fall
 * Risk"): its title, never a person's pain score written in a sentence.
 */
const TITLED_MEASURE = /^(?:[ \t]+(?:I{1,3}|IV))?(?:[ \t]+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){2,3}$/u;
/** Two single digits added up, as written or as detection reads them ("4+3", "4 3"). */
const SUM_PROBE = /[1-5][ \t]?[+ ][ \t]?[1-5]/;
/** Where a name opens: no letter, digit, apostrophe or hyphen right before it. */
const OPEN = "(?<![\\p{L}\\p{M}\\p{N}'’-])";
/**
 * A grading system's sum after its describer ("Gleason 4+3", "Gleason score 3 + 4 = 7"): two
 * single-digit patterns added up follow no person's name. Detection reads a plus between two
 * digits as the blank it encodes in a form ("4+3" is read "4 3"), so a blank stands for it too.
 */
const SUM_GRADE = new RegExp(
  `${OPEN}(${NAME}(?:-${NAME})?${POSSESSIVE}[ \\t]+(?:(?:score|grade|pattern|sum)[ \\t]+)?[1-5](?:[ \\t]?\\+[ \\t]?| )[1-5](?:[ \\t]?=[ \\t]?(?:10|[2-9]))?)(?![\\d+])`,
  'dgu',
);
/**
 * A class or stage after joined names or a possessive ("Child-Pugh B", "Dukes' C", "Salter-Harris
 * II"): a classification, not a person's initial. After one name a Roman numeral may number a
 * place ("Wuse II") or a person ("Jones III"), and is not read.
 */
const CLASS_GRADE = new RegExp(
  `${OPEN}((?:${FIRST_JOINED}(?:-${NAME}){1,2}${POSSESSIVE}|${NAME}['’]s?)[ \\t]+(?:(?:class|grade|stage|type)[ \\t]+)?(?:[A-D]|I{1,3}|IV|VI?))(?![\\p{L}\\p{N}'’-])`,
  'dgu',
);
/**
 * A Roman numeral's grade and its subgrade: "IIb", "Ia", "IIF", "IIIA". A capital after "I" alone
 * is a state's code ("Council Bluffs IA"), after "IV" a treatment's ("IVF").
 */
const ROMAN_SUBGRADE = '(?:(?:I{1,3}|IV)[a-c]|I{2,3}[A-CF]|IV[A-C])';
/**
 * A classification after its describer's one or two names — a subgrade after the numeral
 * ("Forrest IIb", "Bosniak IIF"), or the word of its grade before it ("Los Angeles grade B", "Ann
 * Arbor stage II"): a person's name is followed by neither.
 */
const NAMED_GRADE = new RegExp(
  `${OPEN}(${NAME}(?:[ \\t]${NAME})?[ \\t]+(?:(?:class|grade|stage|type)[ \\t]+(?:[A-D]|I{1,3}|IV|VI?)[a-c]?|${ROMAN_SUBGRADE}))(?![\\p{L}\\p{N}'’-])`,
  'dgu',
);
/**
 * Staging and grading systems named after their describers or their meeting's town, written with
 * the stage or the grade alone after them ("Gleason 7", "Ann Arbor 2", "Killip 3", "Breslow 2",
 * "Mallampati III", "Fuhrman grade 2", "Rutherford category 5"): the system and its value, never a
 * person and their age. Only a title or a given name makes the capitalized word before it a
 * person's ("Claudication Rutherford category 5" is a finding and its system).
 */
const STAGING_SYSTEMS =
  'Rutherford|Fontaine|Wagner|Eichenholtz|Hurley|Gleason|Ann[ \\t]Arbor|Breslow|Fuhrman|Killip|Mallampati|Tanner|Karnofsky|Lugano|Masaoka|Enneking|Hinchey|Gustilo|Schatzker|Siewert|Borrmann|Binet|Spetzler-Martin|Hunt-Hess|Brunnstrom|Ranson|Kellgren-Lawrence|Outerbridge|Tönnis|Salter-Harris|Lauge-Hansen|Paprosky|Ficat|Savary-Miller|Zargar|Truelove-Witts|Bosniak|Bethesda|Ishak|Metavir|Batts-Ludwig|Knodell|Banff|DeBakey';
const STAGED_EPONYM = new RegExp(
  `${OPEN}((?:${STAGING_SYSTEMS})${POSSESSIVE}[ \\t]+(?:(?:score|grade|stage|class|category|type|grade[ \\t]group)[ \\t]+)?(?:[1-9]|10|I{1,3}|IV|VI?)[a-c]?)(?![\\p{L}\\p{N}'’-]|\\.\\d)`,
  'dgu',
);
const STAGED_PROBE = new RegExp(`(?:${STAGING_SYSTEMS})[ \\t]`);

/** The word of a grade, or a numeral's subgrade: what a named grade needs. */
const GRADE_PROBE = /(?:class|grade|stage|type)[ \t]|[IV][a-cA-CF](?![\p{L}\p{N}])/u;
/**
 * A haemoglobin variant, named after the place it was found ("Hb Constant Spring", "Hb Lepore",
 * "Hb E"): one or two capitalized words or a capital letter after "Hb".
 */
const HB_VARIANT =
  /(?<![\p{L}\p{N}])((?:Hb|Hgb|[Hh]a?emoglobin)[ \t]+(?:\p{Lu}\p{Ll}{1,20}(?:['’]s)?(?:[ \t]+\p{Lu}\p{Ll}{1,20})?|\p{Lu}(?![\p{L}\p{N}])))/dgu;

/** A whole word of the same line right before the eponym that makes it a person's name: a title or a capitalized word. */
const PERSON_BEFORE = /(?:^|[^\p{L}\p{M}.])(?:\p{Lu}[\p{L}\p{M}'’-]*\.?|dr|mr|mrs|ms|miss|prof)[ \t]+$/u;
const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'st']);
/**
 * Capitalized words that open a note's line or phrase before an eponym without naming anyone,
 * and the lines of a death certificate's cause of death ("Ib Rockall score").
 */
const OPENERS = new Set(
  'hx pmh dx ddx impression assessment history known likely possible probable suspected query no rule ruled classic typical with and or of the a an his her ia ib ic id ii'.split(
    ' ',
  ),
);

/** Head nouns in lower case, for the cheap check before the expressions run. */
const NOUN_PROBE =
  /(?:effect|protocol|gangren|glomerulo|nephropath|paraly|pares|tumo|cyst|diverticul|uterus|gland|ligament|duct|membran|anomal|deformit|dystroph|ataxi|chorea|neuralg|an(?:a)?emi|angina|carcinom|granulom|sutur|incision|osteotom|anastomos|forceps|retractor|splint|syndrom|diseas|palsy|pentad|triad|tetrad|fold|phenomen|reflex|criteri|classif|murmur|nod|fractur|man[oe]u?v|aneurysm|ulcer|hernia|contractur|neuroma|thyroid|encephal|lymphom|sarcom|stag|grad|equation|formula|questionnaire|inventory|model|sign|test|scale|score|procedur|operation|techniq|method|approach|assess|index|line|cell|bod|spot|pearl|sequence|valve|shunt|tube|catheter|repair|risk|estimate|calculation|variant|malform|chart|diagram|nomogram|rule)/i;

function personBefore(text: string, start: number, givenOnly = false): boolean {
  const line = text.slice(Math.max(0, start - 24), start);
  const m = PERSON_BEFORE.exec(line);
  if (!m) return false;
  const written = m[0].replace(/^[^\p{L}]*/u, '').trim();
  const word = written.replace(/\.$/, '').toLowerCase();
  // A full stop after any other word than a title ends a sentence ("… q4h PRN. Dennie-Morgan folds").
  if (written.endsWith('.') && !TITLES.has(word)) return false;
  if (givenOnly) return TITLES.has(word) || ((nameDictionaries().flags.get(word) ?? 0) & GIVEN) !== 0;
  return !OPENERS.has(word);
}

/** A word a person's name follows ("seen by Smith-Jones B"): a grade is not read after it. */
const PERSON_CUE_BEFORE = /(?:^|[^\p{L}])(?:by|with|from|to|per|cc|dear|attn)[ \t]+$/iu;

function collect(
  re: RegExp,
  text: string,
  spans: [number, number][],
  afterCue = true,
  givenOnly = false,
): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const name = m.indices?.[1];
    if (!name || personBefore(text, name[0], givenOnly)) continue;
    if (!afterCue && PERSON_CUE_BEFORE.test(text.slice(Math.max(0, name[0] - 8), name[0]))) continue;
    spans.push([name[0], name[1]]);
  }
}

/** An instrument's noun: the instruments are read only in the words before one. */
const INSTRUMENT_NOUN =
  /(?<![\p{L}\p{N}])(?:Risk|[Ss]cores?|[Ii]ndex|[Ss]cales?|[Cc]riteria|[Pp]rotocol|[Qq]uestionnaire|[Ii]nventory|[Cc]lassification|[Ee]stimate|[Mm]ethod|[Ee]quation|[Ff]ormula|[Cc]alculation|test|sign)(?![\p{L}\p{N}])/gu;

/**
 * The instruments named after their describers, each read in the few words before its noun; an
 * instrument's words are written in capitals as often as not ("Epworth Sleepiness Scale"): all
 * of it is kept, the noun too.
 */
function collectInstruments(text: string, spans: [number, number][]): void {
  INSTRUMENT_NOUN.lastIndex = 0;
  for (let n = INSTRUMENT_NOUN.exec(text); n !== null; n = INSTRUMENT_NOUN.exec(text)) {
    const end = n.index + n[0].length;
    let from = Math.max(0, n.index - 90);
    while (from > 0 && !isWhiteSpace(text.charCodeAt(from - 1))) from--;
    const window = text.slice(from, end);
    INSTRUMENT_EPONYM.lastIndex = 0;
    for (let m = INSTRUMENT_EPONYM.exec(window); m !== null; m = INSTRUMENT_EPONYM.exec(window)) {
      const name = m.indices?.[1];
      if (!name || m.index + m[0].length !== window.length) continue;
      const start = from + name[0];
      if (personBefore(text, start) || TITLES.has(m[1]?.toLowerCase() ?? '')) continue;
      const measure = window.slice(name[1], window.length);
      if (!TITLED_MEASURE.test(measure) && NOT_MEASURE.test(` ${measure} `)) continue;
      spans.push([start, end]);
    }
  }
}

/**
 * The describers of the string comparators and record-linkage models a matching engine names
 * without a noun ("Jaro-Winkler on name strings", "probabilistic (Fellegi-Sunter) weights"):
 * joined names one of which is such a describer are the method.
 */
const LINKAGE_DESCRIBERS =
  'Jaro|Winkler|Levenshtein|Damerau|Fellegi|Sunter|Newcombe|Needleman|Wunsch|Waterman|Monge|Elkan';
/**
 * Methods of statistics, genetics and physiology named by both their describers and written
 * without a noun as often as with one ("per Hardy-Weinberg QC", "Kaplan-Meier estimates",
 * "Mann-Whitney p = 0.03"): the pair as a whole, never one of its names joined to another.
 */
const METHOD_PAIRS =
  'Hardy-Weinberg|Kaplan-Meier|Mann-Whitney|Kruskal-Wallis|Bland-Altman|Hosmer-Lemeshow|Benjamini-Hochberg|Mantel-Haenszel|Kolmogorov-Smirnov|Shapiro-Wilk|Michaelis-Menten|Henderson-Hasselbalch|Frank-Starling|Cockcroft-Gault|Clavien-Dindo|Karch-Lasagna|Hunt-Hess|Child-Pugh|Durie-Salmon|Bloom-Richardson';
const LINKAGE_EPONYM = new RegExp(
  `${OPEN}((?:${LINKAGE_DESCRIBERS})-${NAME}|${NAME}-(?:${LINKAGE_DESCRIBERS})|${METHOD_PAIRS})(?![\\p{L}\\p{M}\\p{N}'’-])`,
  'dgu',
);
const LINKAGE_PROBE = new RegExp(`(?:${LINKAGE_DESCRIBERS}|${METHOD_PAIRS})`);

/**
 * Two describers' names written with a blank for the hyphen before what is named after them
 * ("Miller Fisher variant", "Dandy Walker malformation", "Brown Sequard syndrome"), only before
 * a disorder's noun (a person's name before "questionnaire" or "effect" may be theirs), and
 * not after a title ("Dr Ann Hale syndrome clinic" leaves the name to the names detectors).
 */
const SPACED_NAME = '\\p{Lu}[\\p{Ll}\\p{M}]{2,24}';
const SPACED_EPONYM = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}'’.-])(?<!\\b(?:Dr|Mr|Mrs|Ms|Miss|Mx)\\.?[ \\t])(?!(?:Mrs|Miss|Hx|Dx|The|And|With|Known|Exam|Seen)\\b)(${SPACED_NAME}[ ]${SPACED_NAME})${POSSESSIVE}[ \\t]+(?:syndromes?|diseases?|variant|palsy|anomaly|malformation|dystrophy|phenomenon)(?![\\p{L}\\p{N}])`,
  'dgu',
);

/**
 * A quantity worked out by a formula, its value or not, then its describer after "by", "per" or
 * "using" ("Kt/V by Daugirdas", "QTc 468 by Bazett", "CrCl per Cockcroft-Gault"): a formula is named after whoever
 * published it, and nobody measures these by hand. A credential or a second capitalized word
 * after the name makes it a person ("QTc by Jane Hale", "eGFR per Hale MD").
 */
const CALCULATED_BY = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:sp)?(?:Kt\\/V|QTc|e?GFR|CrCl|BSA|IBW|LDL(?:-C)?|MELD)(?:[ \\t]+\\d{1,3}(?:\\.\\d{1,2})?)?[ \\t]+(?:by|per|using|via)[ \\t]+(${NAME}(?:-${NAME})?)(?![\\p{L}\\p{M}'’-]|[ \\t]+\\p{Lu})`,
  'dgu',
);
const CALCULATED_PROBE = /(?:Kt\/V|QTc|GFR|CrCl|BSA|IBW|LDL|MELD)[ \t.\d]*(?:by|per|using|via)[ \t]/;

/**
 * Character ranges of the names of eponyms in `text` (the name only, without its noun; an
 * instrument's name with its words and noun).
 */
export function eponymSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  if (text.includes('-') && LINKAGE_PROBE.test(text)) collect(LINKAGE_EPONYM, text, spans);
  if (CALCULATED_PROBE.test(text)) collect(CALCULATED_BY, text, spans, true);
  if (!NOUN_PROBE.test(text)) return spans;
  if (text.includes('-')) collect(JOINED_EPONYM, text, spans);
  if (text.includes('/')) collect(SLASHED_EPONYM, text, spans);
  collect(SINGLE_EPONYM, text, spans);
  collect(SPACED_EPONYM, text, spans);
  collectInstruments(text, spans);
  return spans;
}

/**
 * Character ranges of graded eponyms and haemoglobin variants in `text`, the grade or the
 * variant's name included ("Child-Pugh B", "Gleason 4+3", "Hb Constant Spring"): what a detector
 * found inside one, or opening inside one, is no one's name.
 */
export function gradedEponymSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  if (SUM_PROBE.test(text)) collect(SUM_GRADE, text, spans);
  collect(CLASS_GRADE, text, spans, false);
  if (GRADE_PROBE.test(text)) collect(NAMED_GRADE, text, spans, false);
  if (STAGED_PROBE.test(text)) collect(STAGED_EPONYM, text, spans, false, true);
  if (/H(?:b|gb)\b|moglobin/.test(text)) collect(HB_VARIANT, text, spans);
  return spans;
}
