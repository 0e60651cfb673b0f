/**
 * Person names: capitalized tokens judged by dictionaries (given names and surnames of many
 * locales) and by context — a title (Dr., Mrs.), a relation or role word in front ("patient",
 * "wife", "seen by"), a neighbouring name token, the "Last, First" form, initials. A token
 * that is also a common English word needs more than the dictionary; drug names, eponyms
 * followed by what they name ("Parkinson's disease", "Glasgow Coma Scale") and organisations
 * ("… Hospital") are kept.
 */

import { DOTTED_LOGIN } from '../login-shape';
import type { Detector, ScanContext } from './detector';
import { COMMON, GIVEN, type NameDictionaries, NEVER, nameDictionaries, SURNAME } from './dictionaries';
import { dropInsideOrganisations, isOrganisationName } from './organisations';
import { standaloneNames } from './standalone-names';
import { CLINICAL_WORDS } from './word-lists';

interface Token {
  start: number;
  /** End of the name part: without a trailing period (unless an initial) or possessive. */
  end: number;
  lc: string;
  initial: boolean;
  caps: boolean;
  given: boolean;
  surname: boolean;
  common: boolean;
  never: boolean;
  title: boolean;
  credential: boolean;
  /** Written with 's or s' ("Parkinson's"). */
  possessive: boolean;
}

/** A capitalized word; one glued to a digit ("SaO2", "Na140") is a measure or a code, no name. */
const TOKEN_RE = /(?<![\p{L}\p{M}'’\d/°])\p{Lu}[\p{L}\p{M}'’-]*\.?(?![\p{L}\p{M}\d])/gu;
/** Lowercase particles inside names: "María de los Ángeles", "Ludwig van Beethoven". */
const PARTICLE_GAP =
  /^ (?:(?:de|del|de la|de las|de los|da|das|do|dos|di|du|van|van der|van den|van de|von|von der|der|den|la|le|y|e|bin|ibn|binti|bint|al|el|ben|ter|ten|zu|af|av|op|op den|op de|dela|della|ap|lo) |(?:al|el|ul|abu|abd)-)$/;
/** A capitalized particle followed by a lowercase surname: "Da silva", "Le roux". */
const LOWER_SURNAME_AFTER = /^ [a-zà-ÿ][a-zà-ÿ'-]+/;
const CAPITAL_PARTICLES = new Set([
  'te',
  'da',
  'de',
  'di',
  'du',
  'le',
  'la',
  'van',
  'von',
  'del',
  'dos',
  'das',
  'do',
  'st',
]);
const ASCII_TOKEN_RE = /(?<![A-Za-z'\d/])[A-Z][A-Za-z'-]*\.?(?![A-Za-z\d])/g;
const ASCII = /^[\x20-\x7e\t\n\r]*$/;
const TITLES = new Set(
  'dr mr mrs ms miss mx prof professor sr sra srta dra mme mlle herr frau rev fr mister madam dame sir lady lord'.split(
    ' ',
  ),
);
/** Role words written before a name like a title: "Doctor Haldane", "Nurse Ines". */
const ROLE_TITLES = new Set([
  'doctor',
  'nurse',
  'midwife',
  'chaplain',
  'therapist',
  'pharmacist',
  // Ranks and offices said before a surname: "Deputy Underhill", "SGT Lusk", "Trooper Zielinski".
  ...'deputy trooper officer sergeant sgt sfc ssg cpl pvt spc capt cpt cdr maj detective constable inspector sheriff corporal lieutenant captain colonel pfc lcpl msgt ssgt tsgt sgm csm cpo amn lt ltc col'.split(
    ' ',
  ),
]);
/** Credentials written before a name in notes: "d/w NP Okoro", "paged RN Lindqvist". */
/** In capitals only: "SW Dzhamilia Iskakova", "OT Reyes" (a social worker, an occupational therapist). */
const PREFIX_CREDENTIALS = new Set([
  'np',
  'rn',
  'lpn',
  'cna',
  'aprn',
  'fnp',
  'crna',
  'pa-c',
  'sw',
  'lcsw',
  'msw',
  'ot',
  'slp',
  'rt',
  'rd',
  'cn',
  'apn',
  'cnm',
]);
const CREDENTIALS = new Set(
  'pta cota nnp lpc lpcc lcpc lmhc licsw cadc ladc casac md do rn np pa phd dds dmd dpm dvm lpn cna crna pharmd rph rd rdn otr dpt slp mbbs mbchb frcp frcpc frcs fracp fracs frcpi mrcp mrcgp facc rrt cnm apn anp cns cgc cspi rgn rpn lvn bscn lmft lcsw msw pmhnp dnp mph msn bsn facp facs esq jr sr ii iii iv v cwocn wocn cwon cwcn cwocn-ap ccrn cen cpen cpn ocn cnor cmsrn pccn chpn ccm ibclc cde cdces'.split(
    ' ',
  ),
);
const STRONG_CONTEXT =
  /(?:\b(?:patient|pt|son|daughter|wife|husband|mother|father|mom|mum|dad|brother|sister|spouse|partner|fianc[ée]e?|boyfriend|girlfriend|friend|neighbou?r|grandson|granddaughter|grandmother|grandfather|grandma|grandpa|aunt|uncle|nephew|niece|cousin|guardian|caregiver|caretaker|stepdaughter|stepson|son-in-law|daughter-in-law|named|name is|called|attending|physician|provider|pcp|surgeon|nurse|dear|hi|hello|thanks|regards|sincerely|faithfully|yours truly|best wishes|cheers|n[āa]ku noa|ng[āa] mihi|mauri ora|proband|index case|visit by|seen by|reviewed by|presented by|booked under|care transferred to|chair|in charge|signed by|referred by|contact|emergency contact|child|baby|infant|resident|member|client|subscriber|insured|guarantor|beneficiary|parent|widow|widower|roommate|(?:shares?|sharing|shared) (?:a )?room with|coworker|colleague|author|reviewer|cc|attendees|participants|present|signature|signed|witness|witnesses|this is|i am|i'm|my name is|discussed with|d\/w|spoke with|spoke to|rn|rns|lpn|rep|prescriber|reporter|paralegal|interviewer|staff|monitor(?=[ \t]*:)|donor|gp|cna|np|crna|midwife|pharmacist|technician|therapist|interpreter|chaplain|scribe|transcriptionist|assistant|first assist|referring|ordering|consulting|requesting|registrar|clerk|scheduler|dietitian|counsell?or|rounded with|under the care of|care of|paged|phoned|notified|texted|contacted|messaged|emailed|recorded by|entered by|given by|administered by|verified by|picked up by|pickup by|pickup|deceased|decedent|informant|carer|called to|result to|handed over to|re|attn|driver|passenger|pedestrian|cyclist|claimant|veteran|inmate|landlord|landlady|tenant|sibling|siblings|ex-partner|ex-wife|ex-husband|stepfather|stepmother|(?:father|mother|parent|grandparent|grandfather|grandmother|wife|husband|son|daughter|sister|brother) of|survived by|predeceased by|missed by|doctor|caseworker|case worker|case manager|care manager|coordinator|navigator|sonographer|technologist|next of kin|nok|health ?care proxy|proxy|hcp|poa|surrogate|your nurse today|your nurse|adjuster|supervisor|supervisor review|social worker|ex-partner|patient\/in|patientin|ehefrau|ehemann|tochter|sohn|mutter|vater|bruder|schwester|paciente|paziente|nom|nome|prénom|nombre|madre|padre|hija|hijo|esposa|esposo|hermana|hermano|filha|filho|m[ãa]e|pai|irm[ãa]|fille|fils|[ée]pouse|mari|m[èe]re|p[èe]re|sœur|frère|moglie|marito|figlia|figlio|sorella|fratello|personne à joindre|nome da m[ãa]e|nome do pai|il medico|m[ée]dico|medica|m[ée]decin|arzt|[äa]rztin)\b|\bname)[\s:,="'(-]{0,4}$/i;
/**
 * A role or a relation right before `start` ("prescriber Tamsin", "Nurse:\nJoy"), unless it
 * closes a table's header row ("Drug / dose | start | prescriber"), whose next line opens with
 * the first column's cell (a medicine's brand), not the person the last column names.
 */
function roleBefore(text: string, start: number): boolean {
  if (!STRONG_CONTEXT.test(text.slice(Math.max(0, start - 40), start))) return false;
  let p = start;
  while (p > 0 && start - p < 8) {
    const c = text.charCodeAt(p - 1);
    if (c === 0x0a) break;
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return true;
    p--;
  }
  if (p === 0 || text.charCodeAt(p - 1) !== 0x0a) return true;
  const lineStart = text.lastIndexOf('\n', p - 2) + 1;
  const line = text.slice(Math.max(lineStart, p - 400), p - 1);
  return !(line.includes('|') || line.includes('\t'));
}
const WEAK_CONTEXT = /\b(?:by|with|to|for|from|and|&|per|via|met|saw|called|told|asked|visited|informed)\s$/i;
/** What an eponym names: a token right before one of these is not a person here. */
const HEAD_NOUN =
  /^(?:['’]s?)?(?:[ \t-]+|[ \t]*\r?\n[ \t]*(?!\w+(?: \w+)?:))(?:disease|syndrome|sign|test|scale|score|palsy|criteria|classification|maneuvers?|manoeuvres?|contractions?|procedure|reflex|fracture|phenomenon|law|triad|position|catheter|tube|stain|lymphoma|sarcoma|tumou?r|disorder|chart|monitor|operation|method|equation|formula|index|stage|staging|grade|grading|neuroma|cyst|contracture|esophagus|diverticulum|ulcer|node|nodes|space|hernia|bodies|body|cells?|point|line|bundle|fibers|area|aphasia|encephalopathy|thyroiditis|smear|bandage|repair|technique|approach|incision|solution|agar|protocol|rules?|questionnaire|inventory|assessment|exam|examination|block|splint|cast|pump|valve|shunt|drain|virus|bacillus|infection|fever|effect|ratio|curve|loop|duct|gland|canal|membrane|capsule|sheath|ring|organ|plexus|fascia|ligament|tendon|coma|units?)\b/i;
/** Head nouns that make even a surname an eponym ("Graves disease", "Tanner stage"). */
const STRONG_HEAD_NOUN =
  /^(?:['’]s?)?(?:[ \t-]+|[ \t]*\r?\n[ \t]*(?!\w+(?: \w+)?:))(?:disease|syndrome|palsy|sign|scale|score|criteria|classification|maneuvers?|manoeuvres?|contractions|reflex|fracture|lymphoma|sarcoma|tumou?r|disorder|stain|stage|staging|grade|triad|phenomenon|equation|formula|thyroiditis|esophagus|diverticulum|contracture|neuroma|aphasia|encephalopathy|catheter|position|tear|level|thickness|chorea|class|lesions?|murmur|deformity|malformation|anomaly|bed|mattress|curve|estimator|plot|test|(?:I{1,3}|IV)[ \t]+test|exercises|plaques?|nodes|procedure|operation|shunt|algorithm|equilibrium)\b/i;
/** One or two capitalized common words, then what a scale or test is called. */
const MULTIWORD_HEAD =
  /^(?:['’]s)?(?:[ \t]+(?:Depression|Anxiety|Coma|Tolerance|Mental|Cognitive|Sleepiness|Fatigue|Pain|Severity|Risk|Bleeding|Stroke|Functional|Activity|Assessment|Rating|Memory)){1,2}[ \t]+(?:scale|score|inventory|index|test|criteria|questionnaire|classification|exam|examination)\b/i;
/** Head nouns only eponyms take, even after a given name: "Sister Mary Joseph nodule", "Austin Flint murmur", "Marcus Gunn pupil". */
const EPONYM_ONLY_HEAD =
  /^(?:['’]s?)?(?:[ \t-]+|[ \t]*\r?\n[ \t]*(?!\w+(?: \w+)?:))(?:nodules?|murmur|pupils?|lines|spots|virus|angina|o?esophagus|carcinoma|cells?\s+(?:carcinoma|tumou?r|lymphoma|hyperplasia|leukemia|arteritis)|gastric bypass|anastomosis|cardiomyopathy|diverticulum|thyroiditis|encephalopathy|o?esophagectomy|gastrectomy|fundoplication|pancreaticoduodenectomy|osteotomy|perforation)\b/i;
/** A word linked by a particle to a single capital letter: "Roux-en-Y" (not "Noisy-le-Grand"). */
const LINKED_EPONYM = /^\p{Lu}\p{Ll}+-(?:en|of|la|le|de)-\p{Lu}$/u;
/** What people do in notes, right after their name: "Hadon is a 104-year-old man", "… reports". */
const RIGHT_CONTEXT =
  /^(?:['’]s\s+(?:office|chart|room|family|wife|husband|daughter|son|mother|father|sister|brother|parents?|children|caregiver|home|house|apartment|appointment|visit|medications|insurance|phone|number|address|birthday|allerg(?:y|ies)|dnacpr|dnar|dnr|polst|molst|safeguarding|consent|gp|pcp|carer)\b|(?:['’]s)?(?:,?\s+(?:(?:is|was)\s+(?:(?:a|an)\s+)?)?(?:aged?\s+\d{1,3}\b|\d{1,3}[- ]?(?:year|yr|yo|y\/o|y\b|month|week|day))|,[ \t]\d{1,3},[ \t][a-z]|\s+(?:reports|reported|denies|denied|states|stated|presents|presented|complains|complained|endorses|endorsed|was seen|was admitted|was readmitted|was discharged|was transferred|was sent back|was brought in|was born|is admitted|underwent|returns|returned|arrived|tolerated|agrees|agreed|declined|consented|notes|noted|died|passed away|called|asked|says|said|sent|missed|texted|emailed|rang|phoned|lives|resides|viewed|accessed|opened|reviewed|ordered|documented|requested|confirmed|rescheduled|was previously|has been|remains|present|at bedside|attends|attended|prefers|preferred|disclosed|discloses|shared|shares|mentioned|mentions|enjoys|likes|loves|wants|plays|sleeps|walks|smokes|drinks|had similar|family)\b|\s*\((?:son|daughter|niece|nephew|wife|husband|mother|father|mom|dad|brother|sister|spouse|partner|friend|neighbou?r|grandson|granddaughter|grandmother|grandfather|aunt|uncle|cousin|guardian|caregiver|carer|support worker|wh[āa]nau|next of kin|nok|patient|pt|parent|child|proxy|poa|hcp)\b|,\s+(?:his|her|their|the patient'?s?)\s+(?:son|daughter|niece|nephew|wife|husband|mother|father|brother|sister|spouse|partner|friend|guardian|caregiver)\b|,?\s+(?:DOB|D\.O\.B|MRN|born|DEA|NPI)\b|\s*\(\s*(?:MRN|DOB|D\.O\.B|medical record|med rec|hosp|hospital|chart|record|EHR|EMR|pt id|patient id|acct|account|member|aged?\s+\d{1,3}\b|(?:(?:a|an)\s+)?\d{1,3}\s?-?\s?(?:yo|y\/o|yrs?|years?|year-old|[MF]\b))|\s*\((?:attending|resident|fellow|intern|hospitalist|pcp|on[- ]call|covering|consultant|surgeon|surgery|cardiology|nephrology|neurology|oncology|pulmonology|psychiatry|pt|ot|slp|rt|sw|case mgmt|case manager|social work|pharmacy|nursing|charge rn|np|pa|rn)\)|,\s*(?:MD|DO|RN|NP|PA|PA-C|PhD|DDS|DMD|LPN|CNA|CRNA|PharmD|DNP|APRN|FNP|LCSW|MSW)\b|,?[ \t]*\(?(?:man|woman|male|female|boy|girl),?[ \t]+aged?[ \t]+\d))/i;
/** Suffixes that follow names but also model names ("Inspire IV"): no evidence of a person. */
const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'v', 'esq']);

/** Credentials written in mixed case: "Vasyl Brown PharmD", "F. Rich PhD". */
const MIXED_CASE_CREDENTIALS = new Set(['pharmd', 'phd', 'mbchb', 'bscn']);

/** A professional credential closing a run ("MD", "RN", "PharmD"; "Jr" and "IV" aside). */
function professional(t: Token): boolean {
  return t.credential && (t.caps || MIXED_CASE_CREDENTIALS.has(t.lc)) && !NAME_SUFFIXES.has(t.lc);
}

/**
 * A credential after a name: "…, MD", "… DO;", "…, IBCLC #…", "…, M.S., CCC-SLP"; "PT" and "OT"
 * (also a patient, a therapy) only after a comma and before a comma, a dash or the line's end.
 */
const CREDENTIAL_AFTER =
  /^,?\s*(?:EMT(?:-[BPI])?|AEMT|NRP|FP-C|MD|DO|RN|NP|PA-C|PhD|DDS|DMD|LPN|CNA|CRNA|PharmD|RPh|RDN?|OTR|DPT|SLP|MBBS|MBChB|FRCPC?|FRCS|FRACP|FRACS|FRCPI|MRCP|MRCGP|RRT|CNM|APN|ANP|CNS|CGC|LMFT|DNP|APRN|FNP|LCSW|LICSW|MSW|BSN|MSN|BScN|RGN|RPN|LVN|CSPI|CDE|CDCES|IBCLC|NNP|LPCC?|LCPC|LMHC|CADC(?:-II)?|LADC|CASAC|PTA|COTA|CCC-SLP|MPH)\b|^,?\s*(?:M\.D\.|D\.O\.|R\.N\.|N\.P\.|Ph\.D\.|M\.S\.,)|^,[ \t]*(?:PT|OT)(?=[ \t]*(?:,|[-–—]|$|\r?\n))/;
/** Capitalized pairs before these are products and devices ("Sigma Spectrum pump"). */
const THING_AFTER =
  /^(?:,?\s*\(?\s*(?:serial|s\/n|model|firmware)\b|\s+(?:pump|monitor|sensor|system|device|catheter|valve|stent|implant|pacemaker|defibrillator|icd|meter|analy[sz]er|ventilator|scanner|machine|app|software|platform|tablets?|capsules?|injection|inhaler|pen|patch|kit|assay|lens|graft|prosthesis|model|series|version|brand|plus|pro|max|mini|xl|xr|\d))/i;
/** A model code in a run of capitals ("Watchman FLX") or a joined product word ("SmartRobotics"). */
function hasModelCode(text: string, run: Token[]): boolean {
  for (const t of run)
    if ((t.caps && !t.credential) || PRODUCT_WORD.test(text.slice(t.start, t.end))) return true;
  return false;
}
/** Two words joined with a capital, the first of four letters or more: "SmartRobotics", "PowerScribe" (not "McDonald", "FitzGerald"). */
const PRODUCT_WORD = /^(?!Fitz)\p{Lu}\p{Ll}{3,}\p{Lu}\p{Ll}/u;
/** A letter after these is a class or a grade, not an initial: "Child-Pugh class B", "hepatitis B". */
const GRADE_WORD_BEFORE =
  /\b(?:class|grade|type|stage|group|level|category|zone|phase|hepatitis|vitamin|factor|plan|option|wave|lead|strain|cohort|arm)[ \t]$/i;
/** Last words of facility and place names: "Riverside Manor", "Oak Terrace", "Sunrise Village". */
const PLACE_WORDS = new Set(
  'manor village gardens lodge residence residences rehab terrace commons heights estates hospice clinic clinics hospital center centre pharmacy labs laboratory university pavilion campus institute homes crossing pointe plaza'.split(
    ' ',
  ),
);
/** Words after a run of capitals that make it an organisation or a place, not a person. */
const ORG_AFTER =
  /^(?:['’]s)?[ \t]+(?:hospital|medical|clinic|center|centre|health|healthcare|institute|university|college|school|foundation|pharmacy|laboratories|laboratory|labs|inc|llc|corp|corporation|group|associates|partners|memorial|regional|community|medicine|society|association|department|dept|building|hall|pavilion|tower|campus|county|parish|city|street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|court|way|park|river|lake|mountain|valley|bank|insurance|health ?plan)\b/i;

function flagsOf(dict: NameDictionaries, lc: string): number {
  const f = dict.flags.get(lc);
  if (f !== undefined || !lc.includes('-')) return f ?? 0;
  // Hyphenated: a name if every part is one; never a name if any part never is.
  const parts = lc.split('-').filter((p) => p.length > 0);
  let all = GIVEN | SURNAME;
  let any = 0;
  let korean = parts.length === 2;
  for (const p of parts) {
    const pf = dict.flags.get(p) ?? 0;
    all &= pf;
    any |= pf;
    korean &&= dict.koreanSyllables.has(p);
  }
  // "Ji-hoon", "Eun-ha": two syllables of Korean given names.
  if (korean) all |= GIVEN;
  return (all & GIVEN) | (any & SURNAME) | (any & NEVER);
}

/** `word === word.toUpperCase()`, without the upper-case copy for a word that is plain ASCII. */
function allCapitals(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) return false;
    if (c > 0x7e) return word === word.toUpperCase();
  }
  return true;
}

function classify(dict: NameDictionaries, raw: string, start: number): Token {
  let word = raw;
  const dotted = word.endsWith('.');
  if (dotted) word = word.slice(0, -1);
  const last = word.charCodeAt(word.length - 1);
  const length = word.length;
  if (word.length > 2 && (last === 0x27 || last === 0x2019)) word = word.slice(0, -1);
  else if (word.length > 3 && (last === 0x73 || last === 0x53)) {
    const q = word.charCodeAt(word.length - 2);
    if (q === 0x27 || q === 0x2019) word = word.slice(0, -2);
  }
  const possessive = word.length !== length;
  const initial = word.length === 1;
  const end = start + word.length + (initial && dotted ? 1 : 0);
  const lc = word.toLowerCase();
  const caps = word.length > 1 && allCapitals(word);
  const f = flagsOf(dict, lc);
  const roles = ROLE_WORDS.get(lc) ?? 0;
  return {
    start,
    end,
    lc,
    initial,
    caps,
    given: (f & GIVEN) !== 0,
    surname: (f & SURNAME) !== 0,
    common: (f & COMMON) !== 0,
    never: (f & NEVER) !== 0 || ((lc.includes("'") || lc.includes('’')) && CONTRACTION.test(lc)),
    title: (roles & TITLE) !== 0 || (caps && (roles & PREFIX_CREDENTIAL) !== 0),
    credential: (roles & CREDENTIAL) !== 0 && !initial,
    possessive,
  };
}

const TITLE = 1;
const PREFIX_CREDENTIAL = 2;
const CREDENTIAL = 4;
/** Titles, role titles and credentials in one map: one look-up per word instead of four. */
const ROLE_WORDS = new Map<string, number>();
for (const [words, bit] of [
  [TITLES, TITLE],
  [ROLE_TITLES, TITLE],
  [PREFIX_CREDENTIALS, PREFIX_CREDENTIAL],
  [CREDENTIALS, CREDENTIAL],
] as const)
  for (const w of words) ROLE_WORDS.set(w, (ROLE_WORDS.get(w) ?? 0) | bit);

/** "I'm", "She'll", "We've": a pronoun with a verb, never a name. */
const CONTRACTION = /^(?:i|you|he|she|we|they|it|that|there)['’](?:m|re|ll|d|ve|s)$/;

/** Whether a run has anything a name could be made of (most runs are headings and sentence starts). */
function candidateRun(run: Token[]): boolean {
  for (const t of run) if (t.title || ((t.given || t.surname) && !t.never)) return true;
  return false;
}

/** A token that could be part of a name next to other name evidence. */
function namePart(t: Token): boolean {
  if (t.title || t.credential || t.never) return false;
  if (t.initial) return true;
  // "ED", "OR", "PT" in capitals are departments and abbreviations, not Ed, Or, Pat.
  if (t.caps)
    return (t.given || t.surname) && !(t.common && t.lc.length <= 3 && !CAPITAL_PARTICLES.has(t.lc));
  return !t.common || t.given || t.surname;
}

/** An all-capitals word that can only be a last name: no common, clinical or drug word, no label. */
function capsSurname(t: Token): boolean {
  return t.caps && !t.common && !t.never && !t.title && !t.credential && !t.initial && t.lc.length >= 4;
}
/** A lowercase word next: the capitals were emphasis or an abbreviation in a sentence ("Maria NPO after"). */
const LOWER_WORD_AFTER = /^ [a-z]/;

/** A dictionary name that is not also a common word: enough on its own. */
function strongName(t: Token): boolean {
  return (
    !t.initial && !t.caps && !t.common && !t.never && !t.title && (t.given || t.surname) && t.lc.length >= 3
  );
}

/**
 * A word beside a marked name that no list calls a common word belongs to it ("Uchenna
 * ⟦Chukwu⟧", "Ngoc ⟦Anh Nguyen⟧"); so does a given name before it or a last name after it,
 * even one that is also a common word ("⟦Faith⟧ Rich", "⟦Chase⟧ Small").
 */
function extendToNeighbours(run: Token[], marked: boolean[]): void {
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < run.length; i++) {
      if (marked[i]) continue;
      const t = run[i] as Token;
      const left = i > 0 && marked[i - 1] === true;
      const right = marked[i + 1] === true;
      if (!(left || right) || t.never || t.title || t.credential || t.initial) continue;
      const neighbour = run[left ? i - 1 : i + 1] as Token;
      const fits =
        t.caps === neighbour.caps &&
        (plainWord(t) ||
          (t.caps && capsSurname(t)) ||
          (right && t.given) ||
          (left && t.surname) ||
          commonSurnameAfter(run, i, neighbour));
      if (fits) {
        marked[i] = true;
        changed = true;
      }
    }
  }
}

/**
 * "⟦Oisín⟧ Baker", "⟦Clifford⟧ Fields": a common word closing a short run right after a given
 * name belongs to it — a capitalized common word mid-sentence after a first name is a last name.
 */
function commonSurnameAfter(run: Token[], i: number, left: Token): boolean {
  const t = run[i] as Token;
  return (
    i === run.length - 1 &&
    run.length <= 3 &&
    t.common &&
    !t.caps &&
    t.lc.length >= 3 &&
    !ENGLISH_ENDING.test(t.lc) &&
    left === run[i - 1] &&
    (left.given || plainWord(left)) &&
    !left.caps
  );
}

/** Titles before and suffixes after a marked name (Mr., Jr., III, PhD) belong to it. */
function extendOverAffixes(run: Token[], marked: boolean[]): void {
  for (let i = 0; i < run.length; i++) {
    if (!marked[i]) continue;
    const prev = run[i - 1];
    if (prev?.title) marked[i - 1] = true;
    for (let k = i + 1; k < run.length && (run[k] as Token).credential; k++) marked[k] = true;
  }
}

/** The longest gap that joins two words of a name: a title's period and " van der ". */
const LONGEST_JOINING_GAP = 10;

/** Whether the gap between two capitalized words joins them into one run. */
function joins(text: string, prev: Token, t: Token): boolean {
  // One space, the common case, needs no copy of the gap; a long gap never joins.
  if (t.start - prev.end === 1 && text.charCodeAt(prev.end) === 0x20) return true;
  if (t.start - prev.end > LONGEST_JOINING_GAP) return false;
  const gap = text.slice(prev.end, t.start);
  if (gap === '. ') return prev.initial || prev.title;
  return (
    PARTICLE_GAP.test(gap) ||
    (prev.title && gap.startsWith('.') && PARTICLE_GAP.test(gap.slice(1))) ||
    ((prev.initial || prev.title) && gap === '.')
  );
}

function splitRuns(text: string, tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  for (const t of tokens) {
    const prev = run[run.length - 1];
    if (prev && !joins(text, prev, t)) {
      runs.push(run);
      run = [];
    }
    run.push(t);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** Role words that open a run: context for the name after them, unless no name-like run follows. */
const ROLE_OPENERS = new Set(
  'patient pt mother father mom dad wife husband son daughter brother sister spouse partner guardian caregiver friend neighbor neighbour resident client member subscriber insured guarantor passenger driver veteran inmate landlord sibling tenant claimant ex-partner caseworker adjuster supervisor reporter paralegal interpreter interviewer prescriber counselor counsellor staff ehefrau ehemann tochter sohn paciente paziente patientin'.split(
    ' ',
  ),
);

/**
 * Clinicians' roles that open a run ("Attending C. Esterhazy notified", "Surgeon R. Mbeki"): an
 * initial and a family name after one are a clinician's name.
 */
const CLINICIAN_OPENERS = new Set(
  'attending surgeon hospitalist intensivist physician pharmacist anesthesiologist anaesthetist radiologist pathologist cardiologist oncologist clinician intern'.split(
    ' ',
  ),
);

/** Openers after which any capitalized run is judged as usual. */
const GREETINGS_ONLY = new Set(['hi', 'hello', 'hey', 'dear', 'thanks', 'thank', 'regards', 'cc', 'attn']);

/** Verbs that open a sentence about a person: "Called Rodel Nasser at …", "Paged Okafor". */
const CONTEXT_VERBS = [
  'signed',
  'called',
  'paged',
  'phoned',
  'notified',
  'informed',
  'told',
  'asked',
  'texted',
  'contacted',
  'messaged',
  'emailed',
  'visited',
  'met',
  'saw',
];

/** Greetings and role words that open a run: context for the name after them, not part of it. */
const GREETINGS = new Set([
  ...CONTEXT_VERBS,
  'hi',
  'hello',
  'hey',
  'dear',
  'thanks',
  'thank',
  'regards',
  'cc',
  'attn',
  ...ROLE_OPENERS,
  ...CLINICIAN_OPENERS,
]);

function nameLikeAfterRole(text: string, run: Token[], opener: Token): boolean {
  if (candidateRun(run) || familyInCapitalsFirst(run)) return true;
  // "Spouse P. Leung present", "Pt A. Rivers 98 yrs": an initial and a last name said of a person;
  // after a clinician's role the pair alone says so ("Attending C. Esterhazy notified").
  const [first, second] = run;
  if (run.length === 2 && first?.initial && second && !second.never && !second.title && !second.initial)
    return (
      (CLINICIAN_OPENERS.has(opener.lc) && plainWord(second)) ||
      RIGHT_CONTEXT.test(text.slice(second.end, second.end + 40))
    );
  if (!run.every((t) => plainWord(t) || t.initial) || !plainWord(run[0] as Token)) return false;
  // "Called Rodel Nasser"; one unknown word only when what follows is said of people ("Pt Hirsi (99-yo)").
  const last = run[run.length - 1] as Token;
  return run.length >= 2 || RIGHT_CONTEXT.test(text.slice(last.end, last.end + 40));
}

/** Device and drug makers that are also surnames. */
const BRANDS = new Set(
  'abbott baxter stryker medtronic philips siemens olympus zimmer biomet masimo hologic dexcom insulet becton dickinson hamilton welch allyn fisher paykel roche bayer pfizer merck novartis sanofi lilly amgen teva mylan sandoz'.split(
    ' ',
  ),
);

/** A capitalized word that is no common word, eponym, acronym or initial. */
function plainWord(t: Token): boolean {
  if (t.common || t.never || t.caps || t.initial || t.title || t.credential) return false;
  return t.lc.length >= 2 && !ENGLISH_ENDING.test(t.lc);
}

/** The first line of a street address: a house number, a PO box, a flat, a rural route. */
const ADDRESS_LINE_AFTER =
  /^[ \t]*\r?\n[ \t]*(?:[NSEW]?\d{1,6}[A-Za-z]?(?:-\d{1,5})?[ \t]+\p{Lu}|P\.?\s?O\.?\s?Box\b|POB\b|(?:Flat|Apt\.?|Apartment|Unit|Suite|app\.|Lot)[ \t]+#?\d|(?:RR|HC)[ \t]*\d|Rural Route\b)/u;

/**
 * A letter's or a statement's addressee: a line holding nothing but two to four name-like
 * words, right above the first line of a street address ("Jane Quell⏎PO Box 12⏎…").
 */
function addresseeLine(text: string, run: Token[]): boolean {
  if (run.length < 2 || run.length > 4) return false;
  const first = run[0] as Token;
  const last = run[run.length - 1] as Token;
  const lineStart = text.lastIndexOf('\n', first.start - 1) + 1;
  if (text.slice(lineStart, first.start).trim() !== '') return false;
  if (!ADDRESS_LINE_AFTER.test(text.slice(last.end, last.end + 40))) return false;
  // In capitals ("WING-YEE AGYEMAN", "DAFYDD FIELDS") any word that is no label, title or clinical term.
  return run.every(
    (t) =>
      t.initial ||
      plainWord(t) ||
      ((t.given || t.surname || t.caps) && !t.never && !t.title && !t.credential && !LABEL_WORDS.has(t.lc)),
  );
}

/**
 * Endings of English verbs, adverbs and abstract nouns, rare in names ("Implanted", "Recently"),
 * and of the services of a hospital ("Physiotherapy", "Cardiology", "Psychiatry", "Orthopaedics");
 * "-ing" after a short syllable is a Chinese given name's ("Xiuying", "Guiying", "Meiling").
 */
const ENGLISH_ENDING =
  /(?:ed|(?<!^[a-z]{1,3}(?:y|q|j|x|m|l|p|t|n|b|d))ing|ly|tion|sion|ment|ness|ous|ive|ize|ise|ated|able|ible|ful|less|ity|ance|ence|ical|therapy|ology|iatry|iatrics|p(?:a|ae)?edics)$/;

/** Not the first word of a sentence, a line or a list item. */
function midSentence(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i--;
  if (i < 0) return false;
  const c = text[i] as string;
  return !/[.!?:;\n\r\-*•>(["']/.test(c);
}

/** Whether token `i` names a disease, sign, scale or device here rather than a person. */
function isEponymHere(text: string, run: Token[], i: number): boolean {
  const t = run[i] as Token;
  const after = text.slice(t.end, t.end + 30);
  // A maker's name before its product ("Abbott Assert-IQ", "Baxter Sigma") is not a person.
  const next = run[i + 1];
  if (BRANDS.has(t.lc) && next && !next.given && !next.surname) return true;
  // "Beck Depression Inventory", "Glasgow Coma Scale": common words between the name and its head noun.
  if (MULTIWORD_HEAD.test(after) && !(run[i - 1]?.given && !run[i - 1]?.common)) return true;
  // "Sister Mary Joseph nodule", "Merkel cell carcinoma", "Roux-en-Y gastric bypass": whatever comes before.
  if (EPONYM_ONLY_HEAD.test(after) || LINKED_EPONYM.test(text.slice(t.start, t.end))) return true;
  if (t.never || t.possessive) return HEAD_NOUN.test(after) || (t.never && !t.given && !t.surname);
  if (!STRONG_HEAD_NOUN.test(after)) return false;
  // "Jane Doe test", "Dr. Graves disease clinic": a given name or title before keeps it a person.
  const prev = run[i - 1];
  return !(prev && (prev.title || (prev.given && !prev.common)));
}

/** A field label that only a person's name follows: "Name of deceased:", "Informant:", "NOK:". */
const NAME_FIELD_LABEL =
  /\b(?:name(?: of [a-z]+)?|deceased|decedent|informant|next of kin|nok|spouse|patient|member|insured|subscriber|guarantor|caller|reporter|witness|paciente|paziente|patiente|nom|nome|nombre)[ \t]*:[ \t]*$/i;

/** Two to four words that can all be parts of one name, in one case. */
function wholeNameRun(run: Token[]): boolean {
  if (run.length < 2 || run.length > 4) return false;
  const caps = (run[0] as Token).caps;
  return run.every(
    (t) =>
      !t.never &&
      !t.title &&
      !t.credential &&
      !LABEL_WORDS.has(t.lc) &&
      (t.initial || (t.caps === caps && t.lc.length >= 2)),
  );
}

/**
 * Product lines of imaging systems and other devices, named before a model that may read as a
 * given name ("Magnetom Vida", "Signa Hero", "Aquilion Prime", "Ingenia Elition").
 */
const PRODUCT_LINES = new Set(
  'magnetom somatom biograph symbia artis acuson signa revolution discovery optima lightspeed senographe logiq voluson vivid aquilion vantage canon ingenia achieva azurion epiq affiniti brilliance vereos definium luminos mammomat ysio multix cios ziehm arcadis naeotom omni vitrea'.split(
    ' ',
  ),
);

/** Head nouns written before the eponym in French, Spanish, Portuguese, Italian and German: "Signe de Lasègue". */
const EPONYM_OPENERS = new Set(
  'signe maladie syndrome síndrome sindrome syndrom morbus enfermedad doença doenca malattia signo segno zeichen'.split(
    ' ',
  ),
);

/**
 * A family name in capitals (a particle before it) and one or two given names or their initials:
 * "MULCAHY Viliami", "Ó SÚILLEABHÁIN Tahnee", "PILLAI S".
 */
function familyInCapitalsFirst(run: Token[]): boolean {
  if (run.length < 2 || run.length > 4) return false;
  let i = (run[0] as Token).initial && CAPITAL_FAMILY_PARTICLES.has((run[0] as Token).lc) ? 1 : 0;
  const family = i;
  while (i < run.length && capsSurname(run[i] as Token)) i++;
  const given = run.length - i;
  if (i === family || given < 1 || given > 2) return false;
  for (; i < run.length; i++) {
    const t = run[i] as Token;
    // "PILLAI S", "GREWAL H": initials for the given names.
    if (!(t.initial || plainWord(t) || (t.given && !t.common && !t.never && !t.caps))) return false;
  }
  return true;
}
/** Irish particles written as a capital letter before a family name in capitals. */
const CAPITAL_FAMILY_PARTICLES = new Set(['ó', 'o']);

function markRun(text: string, run: Token[], marked: boolean[]): void {
  const first = run[0] as Token;
  // "He was admitted", "He reports": a pronoun alone is never a name, even one some lists hold as
  // a family name ("Mr. He", "He Wei" are runs of two).
  if (run.length === 1 && PRONOUNS.has(first.lc)) return;
  if (saintsInstitution(text, first, run[run.length - 1] as Token)) return;
  // "Signe de Lasègue", "Maladie de Charcot", "Morbus Crohn": the head noun opens the eponym.
  if (run.length > 1 && EPONYM_OPENERS.has(first.lc)) return;
  if (
    run.length === 1 &&
    first.initial &&
    GRADE_WORD_BEFORE.test(text.slice(Math.max(0, first.start - 12), first.start))
  )
    return;
  // "Name of deceased: FAITH RIVERS", "Informant: Grace Fox": the label says it is a name, all of it.
  if (wholeNameRun(run) && NAME_FIELD_LABEL.test(text.slice(Math.max(0, first.start - 40), first.start))) {
    marked.fill(true);
    return;
  }
  // "Siemens MAGNETOM Vida": a maker's name opening a run names a product, all of it.
  const second = run[1];
  if (BRANDS.has(first.lc) && second && (second.caps || !(second.given || second.surname))) return;
  // "Magnetom Vida", "Signa Premier": a product line names its model, whatever word it is.
  if (run.some((t, k) => k < run.length - 1 && PRODUCT_LINES.has(t.lc) && !t.given && !t.surname)) return;
  // "Re: MULCAHY Viliami", "Pt Ó SÚILLEABHÁIN Tahnee": after a role, the family name in capitals, then the given name
  // (a product line's model stays: "re: NAEOTOM Alpha").
  if (familyInCapitalsFirst(run) && roleBefore(text, first.start)) {
    marked.fill(true);
    return;
  }
  const last = run[run.length - 1] as Token;
  if (!candidateRun(run)) {
    if (initialledWordSurname(text, run)) {
      marked.fill(true);
      return;
    }
    // Names no dictionary knows: by what surrounds them ("A. Quavik was admitted").
    // "M. Ó Ceallaigh": the word after the initials and a particle says what the run is.
    if (!plainWord(run.find((t) => !t.initial && !CAPITAL_PARTICLES.has(t.lc)) ?? first)) {
      if (saidToBePerson(text, run)) markPersonish(run, marked);
      return;
    }
    const after = text.slice(last.end, last.end + 40);
    const byVerb = RIGHT_CONTEXT.test(after);
    const byRole = first.start > 0 && roleBefore(text, first.start);
    const second = run[1]?.initial ? run[2] : run[1];
    const byPair =
      second !== undefined &&
      plainWord(second) &&
      !(first.initial && SPECIES.has(second.lc)) &&
      (midSentence(text, first.start) || initialledSurname(text, run)) &&
      !THING_AFTER.test(after) &&
      !hasModelCode(text, run);
    if (!byVerb && !byRole && !byPair) {
      // "REFERRING: S. Georgiou MD": a credential closing the run.
      if (saidToBePerson(text, run)) markPersonish(run, marked);
      return;
    }
    if (byVerb || byPair) {
      if (ORG_AFTER.test(after) || (run.length > 1 && PLACE_WORDS.has(last.lc))) return;
      for (let k = 0; k < run.length && k < 4; k++) if (namePart(run[k] as Token)) marked[k] = true;
      // "Hodan Wise (hospitalist)": a last name that is also a common word.
      if (byVerb) markPersonish(run, marked);
      return;
    }
  }
  if (
    (ORG_AFTER.test(text.slice(last.end, last.end + 24)) && !personsPlace(text, run)) ||
    (run.length > 1 && PLACE_WORDS.has(last.lc))
  )
    return;
  const preceding = text.slice(Math.max(0, first.start - 40), first.start);
  const strongCtx = roleBefore(text, first.start);
  const weakCtx = !strongCtx && WEAK_CONTEXT.test(preceding);
  const tail = text.slice(last.end, last.end + 40);
  // "Luca Achilles, DO", "Bob is a 91-year-old man": what follows says these are people.
  const personAfter = RIGHT_CONTEXT.test(tail);
  // "F. Rich MD", "Ngaire ter Horst DO": a credential closing the run says the same as one after it.
  const credentialAfter = CREDENTIAL_AFTER.test(tail) || (run.length > 1 && professional(last));
  for (let i = 0; i < run.length; i++) {
    const t = run[i] as Token;
    if (!credentialAfter && isEponymHere(text, run, i)) {
      // "Parkinson's disease", "Glasgow Coma Scale": nothing before the head noun is a name.
      for (let k = 0; k <= i; k++) marked[k] = false;
      continue;
    }
    if (t.title) {
      if (valveOrDiseaseAbbreviation(text, t, run[i + 1])) continue;
      for (let k = i + 1; k < Math.min(run.length, i + 4); k++) {
        const n = run[k] as Token;
        if (n.credential || n.title) break;
        // "MR. JOHN SMITH WAS SEEN": in capitals, the sentence goes on after the name.
        if (k > i + 1 && marked[k - 1] && CLAUSE_WORDS.has(n.lc)) break;
        // "Nurse Practitioner", "RN Assessment": a role word before a common word is no title;
        // a particle before a family name is part of the name ("doctor Te Whare").
        const particle = CAPITAL_PARTICLES.has(n.lc) && k + 1 < run.length;
        if (
          !TITLES.has(t.lc) &&
          !n.initial &&
          !particle &&
          ((n.common && !n.given && !n.surname) || n.never || n.caps) &&
          !closingWordName(text, run, i, k) &&
          !givenBeforeFamily(run, i, k)
        )
          break;
        // "DR MRI SureScan": a title in capitals before a clinical abbreviation is a model code.
        if (t.caps && n.caps && n.common && text.charCodeAt(t.end) !== 0x2e) break;
        marked[k] = true;
        // The title goes with the name it introduces ("Dr. Kertzmann").
        marked[i] = true;
      }
      continue;
    }
    const next = run[i + 1];
    if (i === 0 && (strongCtx || (weakCtx && (t.given || t.surname) && !t.never)) && namePart(t))
      marked[i] = true;
    // "charge RN Wren Fairweather", "her son Alder Kowalczyk": after a role, a given name that is
    // also a word, then a family name no list calls a word.
    if (
      i === 0 &&
      strongCtx &&
      run.length === 2 &&
      next !== undefined &&
      commonGiven(t) &&
      (strongName(next) || plainWord(next))
    ) {
      marked[i] = true;
      marked[i + 1] = true;
    }
    if ((personAfter || credentialAfter) && (t.given || t.surname) && !t.title && !t.credential)
      marked[i] = true;
    if (next && namePart(t) && namePart(next)) {
      const evidence =
        strongName(t) ||
        // An unknown word before a known name is a first name only before a surname ("Aiyana
        // Smith"), not before a given name ("Summarize Jane").
        (strongName(next) && (t.given || t.surname || (next.surname && !t.common))) ||
        (t.given && next.surname) ||
        (t.initial && (next.surname || next.given)) ||
        (t.given && !next.common && !next.given && !next.surname && !next.initial) ||
        marked[i] === true;
      if (evidence && !(t.initial && next.initial)) {
        marked[i] = true;
        marked[i + 1] = true;
      }
    }
    // "Adekunle THUONGOĞLU": a given name, then a last name in capitals that no list knows.
    if (
      next &&
      strongName(t) &&
      t.given &&
      capsSurname(next) &&
      !LOWER_WORD_AFTER.test(text.slice(next.end, next.end + 3))
    ) {
      marked[i] = true;
      marked[i + 1] = true;
    }
    if (strongName(t)) marked[i] = true;
    // A middle initial or a third name between two marked tokens belongs to the name.
    if (marked[i] && next?.initial && run[i + 2] && namePart(run[i + 2] as Token)) {
      marked[i + 1] = true;
      marked[i + 2] = true;
    }
  }
  if (personAfter || credentialAfter) markPersonish(run, marked);
}

/** Species written after their genus's initial: "S. Aureus", "E. Coli" are no people. */
const SPECIES = new Set(
  'aureus coli pylori difficile pneumoniae aeruginosa faecalis faecium epidermidis pyogenes agalactiae influenzae albicans tuberculosis gonorrhoeae trachomatis vaginalis jirovecii mirabilis cloacae marcescens baumannii monocytogenes jejuni typhi sonnei perfringens fragilis tetani botulinum pallidum burgdorferi cereus subtilis viridans mutans catarrhalis meningitidis'.split(
    ' ',
  ),
);

/**
 * A capitalized word that may be a given name though a list calls it a word ("Wren", "Alder"):
 * no title, credential, drug or clinical word, no word of a verb's or a noun's ending.
 */
function commonGiven(t: Token): boolean {
  return (
    t.common &&
    !t.caps &&
    !t.initial &&
    !t.title &&
    !t.credential &&
    !t.never &&
    t.lc.length >= 3 &&
    !ENGLISH_ENDING.test(t.lc) &&
    !LABEL_WORDS.has(t.lc) &&
    !ROLE_NOUNS_AFTER_TITLE.has(t.lc)
  );
}

/**
 * Words a role title heads that make it a thing or a post, not a person: "Nurse Visit", "Doctor
 * Notes"; an organisation's head word makes it the organisation's name ("Royal Flying Doctor Service").
 */
const ROLE_NOUNS_AFTER_TITLE = new Set(
  `visit visits note notes call calls station review reviews line lines order orders office triage education
  consult consults report reports assessment summary progress phone message messages team staff desk schedule
  hours time shift supervisor manager practitioner educator navigator specialist aide assistant sign signature
  initials name names only on off in out rounds handoff handover on-call call-back callback practice led run
  service services unit units department clinic clinics centre center hospital society association foundation
  trust network program programme agency board council group corps`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);
/** What closes a name: punctuation, a bracket, a line's or a JSON string's end. */
const NAME_CLOSE_AFTER = /^(?:$|[ \t]*(?:[.,;:!?)\]"\r\n]|\(|\\[nr"]|[-–—][ \t]))/;

/**
 * "Doctor Marsh", "Agent Alder.", "Nurse Bea": after a role said like a title, one capitalized
 * word that is also a word closes the run and its clause, so it is the person's name.
 */
function closingWordName(text: string, run: Token[], title: number, k: number): boolean {
  const n = run[k] as Token;
  return (
    k === title + 1 &&
    k === run.length - 1 &&
    n.start === (run[title] as Token).end + 1 &&
    commonGiven(n) &&
    !n.possessive &&
    NAME_CLOSE_AFTER.test(text.slice(n.end, n.end + 4))
  );
}

/**
 * "RN Wren Fairweather", "Nurse Alder Quist": after a role said like a title, a given name that is
 * also a word, then a family name no list calls a word.
 */
function givenBeforeFamily(run: Token[], title: number, k: number): boolean {
  const n = run[k] as Token;
  const family = run[k + 1];
  return (
    k === title + 1 &&
    n.start === (run[title] as Token).end + 1 &&
    family !== undefined &&
    commonGiven(n) &&
    !family.caps &&
    (strongName(family) || plainWord(family))
  );
}

/** Words before an initial that say a person follows: "for X. Lamb", "per E. Marsh", "visit: R. Frost". */
const PERSON_CUE_BEFORE = /(?:\b(?:for|per|by|with|w\/|to|from|cc|attn|re|dr|paged|called|see)|:)[ \t]$/i;

/**
 * "for X. Lamb", "per E. Marsh": after a word that leads to a person, an initial with its period
 * and a capitalized word that is also a word; a genus's initial ("S. Aureus") and a grade's
 * ("Hepatitis B. Patient") stay.
 */
function initialledWordSurname(text: string, run: Token[]): boolean {
  const [first, second] = run;
  if (run.length !== 2 || first === undefined || second === undefined || !first.initial) return false;
  if (text.charCodeAt(first.start + 1) !== 0x2e || !commonGiven(second) || SPECIES.has(second.lc))
    return false;
  const before = text.slice(Math.max(0, first.start - 12), first.start);
  return PERSON_CUE_BEFORE.test(before) && !GRADE_WORD_BEFORE.test(before);
}

/** "L. Papadakis", "T. Tennant": an initial with its period, then one unknown capitalized word. */
function initialledSurname(text: string, run: Token[]): boolean {
  const [first, second] = run;
  return (
    run.length === 2 &&
    first !== undefined &&
    second !== undefined &&
    first.initial &&
    text.charCodeAt(first.start + 1) === 0x2e &&
    second.lc.length >= 3 &&
    !SPECIES.has(second.lc) &&
    !GRADE_WORD_BEFORE.test(text.slice(Math.max(0, first.start - 12), first.start))
  );
}

/** A credential closes the run or follows it, or what follows is said of people. */
function saidToBePerson(text: string, run: Token[]): boolean {
  const last = run[run.length - 1] as Token;
  const tail = text.slice(last.end, last.end + 40);
  return (
    (run.length > 1 && professional(last)) ||
    CREDENTIAL_AFTER.test(tail) ||
    (RIGHT_CONTEXT.test(tail) && !ORG_AFTER.test(tail))
  );
}

/**
 * "Chase Small (hospitalist)", "F. Rich MD": a short run said to be a person takes its common
 * words too; the credentials closing it ("Quoedu Rhovro RN CWOCN") do not make it longer.
 */
function markPersonish(run: Token[], marked: boolean[]): void {
  // "Medical Director Quokkao Rhovro, RN": in a longer run, the common words opening it are a role.
  let from = 0;
  if (run.length > 3) while (from < run.length - 1 && isRoleWord(run[from] as Token)) from++;
  let length = run.length;
  while (length > from + 1 && (run[length - 1] as Token).credential) length--;
  const named = run.slice(from, length);
  // "M.S., CCC-SLP": two initials alone before a credential are a degree (one is a name's: "Roe, W. MD").
  const degree = named.length > 1 && named.every((t) => t.initial);
  if (named.length > 3 || degree || !named.some(personish) || run.some(isPronoun)) return;
  for (let k = from; k < run.length; k++) {
    const t = run[k] as Token;
    if (!t.title && !t.credential && !t.never && !LABEL_WORDS.has(t.lc)) marked[k] = true;
  }
}

/** A common word that is no name, or a title: what a role opening a run is made of ("Medical Director"). */
function isRoleWord(t: Token): boolean {
  return t.title || (t.common && !t.given && !t.surname);
}

/**
 * "severe MR. Repeat echo", "History of MS. Baseline EDSS 3.0": MR and MS in capitals are mitral
 * regurgitation or stenosis and multiple sclerosis, not titles, after a severity or history word or
 * before a common word of mixed-case text ("MR. Quigley", "MR. JOHN SMITH" stay titles).
 */
function valveOrDiseaseAbbreviation(text: string, title: Token, next: Token | undefined): boolean {
  if (!title.caps || (title.lc !== 'mr' && title.lc !== 'ms')) return false;
  if (SEVERITY_BEFORE.test(text.slice(Math.max(0, title.start - 24), title.start))) return true;
  return next !== undefined && !next.caps && (next.common || next.never) && !next.given && !next.surname;
}
const SEVERITY_BEFORE =
  /\b(?:mild|moderate|severe|trace|trivial|significant|moderate-severe|mild-moderate|known|worsening|residual|functional|ischemic|degenerative|rheumatic|relapsing|progressive|(?:hx|history|h\/o|dx|diagnosis) of)[ \t]$/i;
/** Words that carry a sentence on after a name in capitals: never part of the name. */
const CLAUSE_WORDS = new Set(
  'is was were are has had have will would can could did does do seen called presents presented reports reported denies denied states stated returns returned arrived who which and or but the to in on at for with from by of'.split(
    ' ',
  ),
);

/**
 * "Dr. Sorensen's clinic is cancelled", "Mr. Antwi's pharmacy": after a person's title, a place
 * word in lower case is that person's, not an organisation named after them ("Dr. Sorensen Clinic").
 */
function personsPlace(text: string, run: Token[]): boolean {
  const last = run[run.length - 1] as Token;
  return (
    run.some((t) => t !== last && TITLES.has(t.lc)) &&
    LOWER_WORD_AFTER_NAME.test(text.slice(last.end, last.end + 4))
  );
}
const LOWER_WORD_AFTER_NAME = /^(?:['’]s)?[ \t]+[a-z]/;

/**
 * "St. Brendan of the Dunes Medical Center", "Saint Luke's Hospital": a saint's name opening an
 * institution's is the institution's ("Mr. St. Clair" and "St. Clair was seen" stay names).
 */
function saintsInstitution(text: string, first: Token, last: Token): boolean {
  return (
    SAINT_BEFORE.test(text.slice(Math.max(0, first.start - 7), first.start)) &&
    INSTITUTION_SOON.test(text.slice(first.end, Math.max(last.end, first.end) + 48))
  );
}
const SAINT_BEFORE = /(?:^|[^\p{L}])(?:St\.?|Saint|Ste\.?)[ \t]+$/u;
const INSTITUTION_SOON =
  /^(?:['’]s)?(?:[ \t]+(?:of|the|and|de|&|\p{Lu}[\p{L}'’.-]*)){0,5}?[ \t]+(?:Medical|Hospital|Health|Healthcare|Clinic|Center|Centre|Church|Parish|School|College|University|Hospice|Infirmary|Home|Manor|Cathedral|Academy|Foundation|Regional|Memorial)\b/u;

/** "Temp 38.6 C. He asked": a pronoun is never part of a name. */
const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'his', 'her', 'their', 'our', 'my']);

/** A pronoun, but "I." with its full stop, an initial ("Seen by I. Church, CNM"). */
function isPronoun(t: Token): boolean {
  return PRONOUNS.has(t.lc) && !(t.initial && t.end - t.start === 2);
}

/** A token that could carry a name by itself: a dictionary name, an unknown word or an initial. */
function personish(t: Token): boolean {
  return !t.never && !t.title && !t.credential && (t.given || t.surname || t.initial || plainWord(t));
}

const UNIT_BEFORE = /\d ?$/;

const LABEL_WORDS = new Set([
  'dob',
  'dod',
  'mrn',
  'ssn',
  'age',
  'sex',
  'npi',
  'dea',
  'id',
  'pcp',
  'dx',
  'hx',
  'rx',
]);

function withoutTrailingLabels(run: Token[]): Token[] {
  let n = run.length;
  while (n > 1 && (run[n - 1] as Token).caps && LABEL_WORDS.has((run[n - 1] as Token).lc)) n--;
  return n === run.length ? run : run.slice(0, n);
}

/** A plain capitalized word, or an all-caps one that is not a label. */
function plainOrCaps(t: Token): boolean {
  if (t.never || t.common || t.initial || t.title || t.credential || LABEL_WORDS.has(t.lc)) return false;
  return t.lc.length >= 2;
}

/** "NAME:", "PATIENT'S NAME (Last, First, MI):", "Insured:" right before a "Last, First". */
const NAME_LABEL_BEFORE =
  /(?:(?:name|nom|nome|nombre|paciente|paziente|patiente|patientin|patient|reporter|witness|insured|subscriber|guarantor|member|pt|contact|parent|guardian|student|pupil)(?:['’]s)?(?:\s*\([^)]{0,30}\))?\s*:\s*|(?:^|\n)[ \t]*(?:from|to|cc|bcc|for)\s*:\s*["']?)$/i;
const LAST_FIRST_AFTER =
  /^[\s,;(]*(?:DOB|D\.O\.B|MRN|SSN|NHS\b|born|age\b|sex\b|\d{1,3}\s?(?:y|yo|y\/o|M|F)\b|[MF]\s*,\s*\d{1,3}\b|#|(?:(?:seen|admitted|discharged|visited)\s+(?:on\s+)?)?(?:\d{1,2}\/\d{1,2}\/\d{2,4}|(?:19|20)\d\d-[01]\d-[0-3]\d)|(?:MD|DO|RN|NP|PA-C|PA|PhD|DDS|DMD|APRN|FNP|CNM|LPN|CRNA|DNP|PharmD)\b|\((?:son|daughter|wife|husband|mother|father|mom|dad|brother|sister|partner|spouse|niece|nephew|grandson|granddaughter|friend|guardian|caregiver|neighbou?r)\))/i;

/** A month's name as a date opens or holds it ("March 3", "18-SEP-2024"). */
const MONTH_NAME = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)';
/**
 * A pair moved, booked or signed for a date: "Moved Quarmby, Tova to 9/10/2026", "ICF for Vane,
 * Oisin signed 06-18-2024". The verb or the preposition before the pair and the date after it say
 * a person, as a list's or a label's place would; the date in figures ("9/10/2026", "06-18-2024")
 * or with its month's name.
 */
const PAIR_DATE_BEFORE = /(?:^|[^\p{L}])(?:moved|rescheduled|booked|for)[ \t]+$/iu;
const PAIR_DATE_AFTER = new RegExp(
  `^[ \\t]+(?:signed[ \\t]+(?:on[ \\t]+)?|to[ \\t]+|on[ \\t]+)(?:\\d{1,2}[/-]\\d{1,2}[/-]\\d{2,4}|\\d{1,2}-${MONTH_NAME}-\\d{2,4}|${MONTH_NAME}[a-z]{0,6}\\.?[ \\t]+\\d)`,
  'i',
);

/**
 * What says the "Last, First" pair before it is a person even when both are words ("Stone, Kalani
 * (86) returns", "Hunter, Guy's prognosis", "BANKS, HUNG is a 103-year-old"): an age in brackets
 * before a visit's verb, a prognosis or goals of theirs, an age in years.
 */
const PAIR_PERSON_AFTER =
  /^(?:[ \t]*\(\d{2,3}\)[ \t]+(?:returns|returned|presents|presented|comes|came|arrives|arrived)\b|['’]s[ \t]+(?:prognosis|goals|wishes|code status|condition)\b|,?[ \t]+is[ \t]+an?[ \t]+\d{1,3}[- ](?:year|yr)[- ]old\b)/i;

/** A capitalized word that could be a name part at all (not a label, title or clinical term). */
function nameWord(t: Token): boolean {
  if (t.never && !t.given && !t.surname) return false;
  return !t.initial && !t.title && !t.credential && !LABEL_WORDS.has(t.lc) && t.lc.length >= 2;
}

/** "Boise, Idaho", "Lyon, France": a place and its state or country, not Last, First. */
function isPlace(text: string, a: Token, b: Token): boolean {
  const d = nameDictionaries();
  const region = text.slice(b.start, b.end + 12).toLowerCase();
  for (const st of d.states) if (region.startsWith(st)) return true;
  return d.cities.has(a.lc);
}

/** A list item or table line: "- Last, First", "3. Last, First", "09:30 Last, First". */
const LIST_ITEM_BEFORE = /(?:^|\n)[ \t]*(?:[-*•·]|\d{1,3}[.)]|\d{1,2}:\d{2}(?:\s?[ap]m)?)?[ \t]*$/i;
/** …ending the item or followed by a separator: "Last, First - no show", "Last, First (…)". */
const LIST_ITEM_AFTER = /^(?:$|[ \t]*(?:\n|\r|[-–—|;(:]|,\s))/;

/** Lowercase particles before a last name belong to it: "de la Cruz, María", "van der Horst, Lucas". */
const PARTICLES_BEFORE =
  /(?:^|[\s(:,])((?:(?:de|del|della|de la|de las|de los|da|das|do|dos|di|du|van|van der|van den|van de|von|von der|der|den|la|le|ter|ten|al|el|bin|binti|bint|ibn|op|op den|op de|dela|ap|lo|ó|ní|nic|mac)\s|(?:al|el|ul)-)+)$/iu;

function withParticles(text: string, start: number): number {
  const m = PARTICLES_BEFORE.exec(text.slice(Math.max(0, start - 16), start));
  return m ? start - (m[1] as string).length : start;
}

/** Endings of words, and of a hospital's services, that a family name no list holds rarely has ("Billing", "Oncology"). */
const WORD_ENDING =
  /(?:ing|ed|ly|tion|sion|ment|ness|ous|ive|ize|ise|able|ible|ful|less|ity|ance|ence|ical|ology|iatry|ics|ery|ary|ory|ogy)$/;

/** After a "Last, First" pair: a figure (a date's "Boston, May 3"), or a capitalized word ("Kennewick, Chase Bank"). */
const NO_GIVEN_AFTER = /^[ \t]*(?:\d|\p{Lu})/u;

/**
 * "Hollingsworth, May to 8-Oct", "Rautenbach, Wren (DOB …)": a family name no list holds and no
 * word's ending, then a given name that is also a word ("May", "Hope"), or any capitalized word
 * before a birth date or a record number; a town before its month ("Boston, May 3") stays.
 */
function familyThenWordGiven(text: string, a: Token, b: Token, bEnd: number): boolean {
  // A sentence's opening word before a comma is an adverb's place ("Later, Hope brought …").
  if (!plainOrCaps(a) || a.surname || a.given || a.lc.length < 4 || WORD_ENDING.test(a.lc)) return false;
  if (!midSentence(text, a.start)) return false;
  if (b.never || b.initial || b.title || b.credential || b.caps !== a.caps || !b.common || b.possessive)
    return false;
  if (b.lc.length < 3 || WORD_ENDING.test(b.lc) || LABEL_WORDS.has(b.lc) || isPlace(text, a, b)) return false;
  const after = text.slice(bEnd, bEnd + 24);
  return b.given ? !NO_GIVEN_AFTER.test(after) : LAST_FIRST_AFTER.test(after);
}

/** "SMITH, JOHN", "Smith, John A." */
function lastCommaFirst(text: string, tokens: Token[], out: ScanContext['out']): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i] as Token;
    const b = tokens[i + 1] as Token;
    if (text.charCodeAt(a.end) !== 0x2c) continue;
    // "HALLORAN,SIOBHAN": in capitals a record system may write the pair without a space.
    const joined = b.start - a.end === 1 && a.caps && b.caps;
    if (!joined && (b.start - a.end !== 2 || text.charCodeAt(a.end + 1) !== 0x20)) continue;
    const c = tokens[i + 2];
    let bEnd = c?.initial && text.slice(b.end, c.start) === ' ' ? c.end : b.end;
    // Further given names: "MOREIRA, ANA LUIZA".
    for (let k = i + 2; k < i + 4 && k < tokens.length; k++) {
      const n = tokens[k] as Token;
      if (text.slice(bEnd, n.start) !== ' ' || !plainOrCaps(n) || n.caps !== b.caps || !(n.given || b.caps))
        break;
      bEnd = n.end;
    }
    // Unknown names in "LAST, FIRST" form, told by what follows ("…, DOB 1/2/1950", "MRN") or
    // by a name label before; the last name may have several words ("SALCEDO GARICA, ANITA").
    // After a name label, common words are names too ("PATIENT'S NAME: TERRY, WILEY").
    const head = text.slice(Math.max(0, a.start - 48), withParticles(text, a.start));
    // "called to SNOW, KHALED", "her nephew FOX, WILFRED", "Informant: Crane, Venkatesh".
    // …or a credential after the pair ("Snow, Pearl MD").
    const labelledPair =
      nameWord(a) &&
      nameWord(b) &&
      (NAME_LABEL_BEFORE.test(head) ||
        STRONG_CONTEXT.test(head) ||
        CREDENTIAL_AFTER.test(text.slice(bEnd, bEnd + 12)) ||
        ((a.surname || a.given || b.given || (a.caps && b.caps && !(a.common || b.common))) &&
          PAIR_PERSON_AFTER.test(text.slice(bEnd, bEnd + 32))) ||
        // "BIRD, DESHAWN remains intubated", "MARSH, MARISOL, 96-year-old woman": in capitals, a given
        // name second and what follows say a person ("NEURO, INTACT remains stable" says none).
        (a.caps &&
          b.caps &&
          b.given &&
          a.lc.length > 2 &&
          !CLINICAL_ABBREVIATIONS.has(a.lc) &&
          RIGHT_CONTEXT.test(text.slice(bEnd, bEnd + 40))));
    if ((plainOrCaps(a) && plainOrCaps(b)) || labelledPair) {
      // "SMITH, John" is a last name in capitals before a given name; "Smith, JOHN" is not.
      if (!a.caps && b.caps) continue;
      let start = a.start;
      for (let k = i - 1; k >= 0 && k >= i - 2; k--) {
        const p = tokens[k] as Token;
        if (text.slice(p.end, start) !== ' ' || !plainOrCaps(p) || p.caps !== a.caps) break;
        start = p.start;
      }
      const labelled = labelledPair || NAME_LABEL_BEFORE.test(text.slice(Math.max(0, start - 48), start));
      const listItem =
        !labelledPair &&
        LIST_ITEM_BEFORE.test(text.slice(Math.max(0, start - 12), start)) &&
        LIST_ITEM_AFTER.test(text.slice(bEnd, bEnd + 4)) &&
        !isPlace(text, a, b);
      const dated =
        PAIR_DATE_BEFORE.test(text.slice(Math.max(0, a.start - 16), a.start)) &&
        PAIR_DATE_AFTER.test(text.slice(bEnd, bEnd + 32)) &&
        !isPlace(text, a, b);
      if (labelled || listItem || dated || LAST_FIRST_AFTER.test(text.slice(bEnd, bEnd + 24))) {
        // An all-caps last name may have several words ("OROSCO GONZÁLEZ, BERNARDO").
        out.push({
          start: withParticles(text, labelled || a.caps ? start : a.start),
          end: bEnd,
          type: 'name',
          ruleId: 'person_name',
        });
        continue;
      }
    }
    if (familyThenWordGiven(text, a, b, bEnd)) {
      out.push({ start: withParticles(text, a.start), end: bEnd, type: 'name', ruleId: 'person_name' });
      continue;
    }
    if (!(a.surname || a.given) || !b.given || a.never || b.never || b.initial) continue;
    if ((a.common && a.caps) || (b.common && !a.surname)) continue;
    if (a.common && b.common) continue;
    out.push({ start: withParticles(text, a.start), end: bEnd, type: 'name', ruleId: 'person_name' });
  }
}

const CLINICAL_ABBREVIATIONS = new Set(
  CLINICAL_WORDS.split(/\s+/).filter((w) => w.length > 0 && w.length <= 4),
);
const INITIALS = '[A-Z](?:\\.[a-z]\\.|\\.?[A-Z]\\.?(?:[A-Z]\\.?)?)';
const AGE_SEX = '\\d{1,3}\\s?(?:yo|y\\/o|y\\.o\\.|yr|-?year-old|year old)?\\s?[MF]\\b';
/** Initials next to an age and sex ("JD, 84M", "71 yo F (R.T.)") or after "pt"/"initials". */
/** A name in brackets after an age and sex: "(A. Quell)", "(Tamsin Volkerant)". */
const PAREN_NAME = "\\p{Lu}(?:\\.\\s?|[\\p{Ll}'’-]+\\s)\\p{Lu}[\\p{Ll}'’-]+(?:\\s\\p{Lu}[\\p{Ll}'’-]+)?";
const INITIALS_RES = [
  new RegExp(`(?<![\\w.])(${INITIALS})(?=,?\\s+${AGE_SEX})`, 'dg'),
  new RegExp(`${AGE_SEX}\\s*\\((${INITIALS}|${PAREN_NAME})\\)`, 'dgu'),
  new RegExp(
    `\\b(?:[Pp]t|[Pp]atient|[Ii]nitials|[Rr]esident|[Cc]lient)\\s?[:(]?\\s?(${INITIALS})(?![\\w.])`,
    'dg',
  ),
];
/** The last digit of an age and sex: the first two expressions cannot match without it. */
const AGE_SEX_GATE = /\d\s?(?:yo|y\/o|y\.o\.|yr|-?year-old|year old)?\s?[MF]\b/;

/**
 * What AGE_SEX_GATE needs, looked for by character codes: an 'M' or 'F' that no word character
 * follows, with a digit at most twelve characters before it ("84 M", "71-year-old F").
 */
function maySayAgeSex(text: string): boolean {
  for (const sex of ['M', 'F']) {
    for (let p = text.indexOf(sex); p >= 0; p = text.indexOf(sex, p + 1)) {
      const next = text.charCodeAt(p + 1);
      if ((next >= 0x30 && next <= 0x39) || next === 0x5f || ((next | 0x20) - 0x61) >>> 0 < 26) continue;
      for (let k = Math.max(0, p - 12); k < p; k++) {
        const c = text.charCodeAt(k);
        if (c >= 0x30 && c <= 0x39) return true;
      }
    }
  }
  return false;
}
const INITIALS_WORD_GATE = /\b(?:[Pp]t|[Pp]atient|[Ii]nitials|[Rr]esident|[Cc]lient)\b/;
const INITIALS_AFTER_WORD = INITIALS_RES.slice(2);

function initialsInContext(ctx: ScanContext, dict: NameDictionaries): void {
  const ageSex = ctx.passes(maySayAgeSex) && ctx.test(AGE_SEX_GATE);
  if (!ageSex && !ctx.test(INITIALS_WORD_GATE)) return;
  for (const re of ageSex ? INITIALS_RES : INITIALS_AFTER_WORD) {
    re.lastIndex = 0;
    for (let m = re.exec(ctx.text); m !== null; m = re.exec(ctx.text)) {
      const span = m.indices?.[1];
      if (!span) continue;
      const value = m[1] as string;
      if (value.length > 4 && / \p{Lu}/u.test(value) && !/^\p{Lu}\./u.test(value)) {
        // A full name in brackets: not when every word is a common or clinical one ("Full Code").
        const words = value.toLowerCase().split(' ');
        if (words.every((w) => ((dict.flags.get(w) ?? 0) & (COMMON | NEVER)) !== 0 && !dict.given.has(w)))
          continue;
      }
      const letters = value.replace(/[.\s]/g, '').toLowerCase();
      // Clinical abbreviations and label words ("ED", "HR", "ID") are not initials; "M.L." is.
      const dotted = value.includes('.');
      if (
        (dict.flags.get(letters) ?? 0) & NEVER ||
        LABEL_WORDS.has(letters) ||
        (!dotted && CLINICAL_ABBREVIATIONS.has(letters))
      )
        continue;
      ctx.out.push({ start: span[0], end: span[1], type: 'name', ruleId: 'person_name' });
    }
  }
}

export const personNames: Detector = {
  id: 'person_name',
  types: ['name'],
  run(ctx) {
    if (ctx.skip?.has('name')) return;
    const found = ctx.out.length;
    standaloneNames(ctx);
    if (ctx.hasUpper) findNames(ctx);
    if (ctx.hasUpper && ctx.includes('-')) spelledOut(ctx);
    if (ctx.includes('=')) loginNames(ctx);
    if (ctx.hasAt && ctx.includes('<')) displayNames(ctx);
    if (ctx.hasUpper && ctx.includes('_')) fileNames(ctx);
    if (ctx.includes(':') && (ctx.includes(']') || ctx.includes('>'))) chatSpeakers(ctx);
    checkNamesFound(ctx, found);
  },
};

/**
 * The checks every name detector runs on the spans it found (from `from` on): a name inside an
 * organisation's name ("St. Jude Children's Research Hospital") or an instrument's eponym is no
 * person, and a family name in capitals right before a name belongs to it ("TAN Li Ting").
 */
export function checkNamesFound(ctx: ScanContext, from: number): void {
  if (ctx.out.length > from) dropInsideOrganisations(ctx, from);
  if (ctx.out.length > from) {
    dropEponymousInstruments(ctx, from);
    dropSexLetters(ctx, from);
    surnameInCapitalsBefore(ctx, from);
  }
}

/** A sex or gender label and what may stand between it and its letter: "Sex F", "Gender: M", "sex/age: F". */
const SEX_LABEL_BEFORE = /\b(?:sex|gender)(?:\/age)?[ \t]*[:=#]?[ \t]*$/i;

/** "Sex F Age 45", "Gender: M": the letter after a sex or gender label is the sex, not an initial. */
function dropSexLetters(ctx: ScanContext, from: number): void {
  const text = ctx.text;
  let w = from;
  for (let i = from; i < ctx.out.length; i++) {
    const s = ctx.out[i] as (typeof ctx.out)[number];
    const sex =
      s.end - s.start === 1 &&
      'FMUXfmux'.includes(text.charAt(s.start)) &&
      SEX_LABEL_BEFORE.test(text.slice(Math.max(0, s.start - 14), s.start));
    if (!sex) ctx.out[w++] = s;
  }
  ctx.out.length = w;
}

/**
 * "Hope Quell <hquell@example.org>", "\"Hope Quell\" <…>": the display name of an address in a mail
 * header or a list; in a header's own line also one word or a name typed in lower case ("From:
 * teddie <…>", "From: tova quell <…>").
 */
const DISPLAY_NAME_RE =
  /(?<![\p{L}\p{N}'’.-])"?(\p{L}[\p{L}\p{M}'’.-]*(?:[ \t]+\p{L}[\p{L}\p{M}'’.-]*){0,3})"?[ \t]*<[^<>\s@]{1,64}@[^<>\s]{1,255}>/dgu;
/** A mail header naming a sender or a recipient, at its line's start, before the display name. */
const MAIL_HEADER_BEFORE = /(?:^|\n)[ \t]*(?:from|to|cc|bcc|reply-to|sender):[ \t]*"?$/i;
/** Mailboxes of a service, not of a person: "From: support <support@…>". */
const SERVICE_MAILBOXES = new Set(
  'support admin info billing team noreply no-reply notifications notification mailer-daemon postmaster help helpdesk office reception front desk dept department clinic services portal system alerts scheduling records'.split(
    ' ',
  ),
);
const LOWER_FIRST = /^\p{Ll}/u;

function displayNames(ctx: ScanContext): void {
  const text = ctx.text;
  DISPLAY_NAME_RE.lastIndex = 0;
  for (let m = DISPLAY_NAME_RE.exec(text); m !== null; m = DISPLAY_NAME_RE.exec(text)) {
    const span = m.indices?.[1];
    const value = m[1] as string;
    if (!span) continue;
    const lc = value.toLowerCase();
    // "Harbour Clinic <info@…>": an organisation's address, not a person's.
    if (isOrganisationName(value) || LABEL_WORDS.has(lc)) continue;
    const plainCase = value.includes(' ') && !LOWER_FIRST.test(value);
    if (
      !plainCase &&
      !(MAIL_HEADER_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)) && mailboxName(lc))
    )
      continue;
    ctx.out.push({ start: span[0], end: span[1], type: 'name', ruleId: 'person_name' });
  }
}

/**
 * Whether the words of a header's display name, lower-cased, may be a person's: no drug or
 * clinical word, and a given name or surname of the dictionaries or a word no list knows among them.
 */
function mailboxName(lc: string): boolean {
  const flags = nameDictionaries().flags;
  let named = false;
  for (const w of lc.split(/[ \t]+/)) {
    if (SERVICE_MAILBOXES.has(w)) return false;
    const f = flags.get(w.replace(/\.$/, '')) ?? 0;
    if (f & NEVER && !(f & (GIVEN | SURNAME))) return false;
    if (f & (GIVEN | SURNAME) || f === 0) named = true;
    else if (f & COMMON) return false;
  }
  return named;
}

/** Whether every word is a common, clinical, drug or eponym word that is no known name. */
function onlyCommonWords(words: readonly string[]): boolean {
  const flags = nameDictionaries().flags;
  return words.every((w) => {
    const f = flags.get(w.toLowerCase()) ?? 0;
    return (f & (COMMON | NEVER)) !== 0 && (f & (GIVEN | SURNAME)) === 0;
  });
}

/** "Quarcombe_Tova_20250318.pdf": a document named by its person's names and a date. */
const FILE_NAME_RE =
  /(?<![\p{L}\p{N}])(\p{Lu}[\p{Ll}'’-]+)_(\p{Lu}[\p{Ll}'’-]+)(?:_(\p{Lu}[\p{Ll}'’-]+))?_(?:\d{4}-?\d{2}-?\d{2}|\d{6})[\w-]*\.(?:pdf|docx?|txt|rtf|jpe?g|png|tiff?|dcm|xml|json|csv|hl7)\b/dgu;

function fileNames(ctx: ScanContext): void {
  FILE_NAME_RE.lastIndex = 0;
  for (let m = FILE_NAME_RE.exec(ctx.text); m !== null; m = FILE_NAME_RE.exec(ctx.text)) {
    const words = [m[1], m[2], m[3]].filter((w): w is string => w !== undefined);
    // "Discharge_Summary_20250318.pdf" names a document, not a person.
    if (onlyCommonWords(words)) continue;
    for (let g = 1; g <= 3; g++) {
      const span = m.indices?.[g];
      if (span) ctx.out.push({ start: span[0], end: span[1], type: 'name', ruleId: 'person_name' });
    }
  }
}

/**
 * "[09:23] jo: can my sister come": a speaker's name opening a chat or SMS line after its time,
 * not a role ("CLINIC:", "Agent:", "Bot:") or a common word.
 */
const CHAT_SPEAKER_RE =
  /^[ \t]*(?:\[[^\]\n]{0,16}\d:\d{2}[^\]\n]{0,8}\]|\d{1,2}:\d{2}(?::\d{2})?)[ \t]*(\p{L}[\p{L}\p{M}'’.-]{1,30}(?: \p{L}[\p{L}\p{M}'’.-]{1,30})?)[ \t]*(?::[ \t]|>)/dgmu;
const CHAT_ROLES = new Set(
  'clinic agent bot system assistant user patient nurse doctor dr pharmacy pharmacist support me you admin staff reception receptionist scheduler automated auto care team office practice provider caller operator info note warning warn error err debug trace fatal critical notice alert status event request response result message reply'.split(
    ' ',
  ),
);

function chatSpeakers(ctx: ScanContext): void {
  CHAT_SPEAKER_RE.lastIndex = 0;
  for (let m = CHAT_SPEAKER_RE.exec(ctx.text); m !== null; m = CHAT_SPEAKER_RE.exec(ctx.text)) {
    const words = (m[1] as string).split(' ');
    if (words.some((w) => CHAT_ROLES.has(w.toLowerCase())) || onlyCommonWords(words)) continue;
    if (isOrganisationName(m[1] as string)) continue;
    const span = m.indices?.[1];
    if (span) ctx.out.push({ start: span[0], end: span[1], type: 'name', ruleId: 'person_name' });
  }
}

/** "Fugl-Meyer assessment", "Roland-Morris questionnaire": two names joined, then the instrument. */
const JOINED_NAMES = /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u;
const INSTRUMENT_AFTER =
  /^[ \t]+(?:questionnaire|assessment|scale|score|inventory|index|test|classification|criteria|sign|maneuver|manoeuvre|procedure|syndrome|disease|method|technique|equation|formula)\b/i;

function dropEponymousInstruments(ctx: ScanContext, from: number): void {
  const text = ctx.text;
  let w = from;
  for (let i = from; i < ctx.out.length; i++) {
    const s = ctx.out[i] as (typeof ctx.out)[number];
    const eponym =
      s.type === 'name' &&
      JOINED_NAMES.test(text.slice(s.start, s.end)) &&
      INSTRUMENT_AFTER.test(text.slice(s.end, s.end + 20));
    if (!eponym) ctx.out[w++] = s;
  }
  ctx.out.length = w;
}

/** A word in capitals right before a name: "TAN Li Ting", "YUSOF, Nur Syafiqah" (family name first). */
const CAPITALS_BEFORE = /(?:^|[\s[(:>])(\p{Lu}{2,}(?:[-'’]\p{Lu}{2,})?)(,?[ \t])$/u;
/** Capitals that open a line or a phrase in notes and messages, never a family name. */
const NOT_FAMILY_CAPITALS = new Set(
  'from to re cc bcc fw fwd fyi pt dr mr mrs ms mx prof note plan dx hx rx ct mri ed icu or er bp hr rr and the for with per nok urgent stat attn subject date name patient dob mrn ssn age sex rn np md do pa lpn cna'.split(
    ' ',
  ),
);

function surnameInCapitalsBefore(ctx: ScanContext, from: number): void {
  const text = ctx.text;
  const flags = nameDictionaries().flags;
  for (let i = from; i < ctx.out.length; i++) {
    const s = ctx.out[i] as (typeof ctx.out)[number];
    if (s.type !== 'name' || s.start < 3 || !isUpperLetter(text.charCodeAt(s.start))) continue;
    const m = CAPITALS_BEFORE.exec(text.slice(Math.max(0, s.start - 24), s.start));
    if (!m) continue;
    const word = (m[1] as string).toLowerCase();
    // The name itself in capitals is a run of its own; a label, a title or a drug is no family name.
    if (NOT_FAMILY_CAPITALS.has(word) || ((flags.get(word) ?? 0) & NEVER) !== 0) continue;
    if (text.slice(s.start, s.end) === text.slice(s.start, s.end).toUpperCase()) continue;
    s.start -= (m[1] as string).length + (m[2] as string).length;
  }
}

function isUpperLetter(c: number): boolean {
  return c >= 65 && c <= 90;
}

function findNames(ctx: ScanContext): void {
  const dict = nameDictionaries();
  const text = ctx.text;
  const tokens = tokensOf(dict, text, (ctx.plain ?? ASCII.test(text)) ? ASCII_TOKEN_RE : TOKEN_RE);
  if (tokens.length === 0) return;
  for (const whole of splitRuns(text, tokens)) {
    // "Hi Velmaris,", "Dear Ms. Quell": the greeting is context, not part of the name.
    const opened = whole.length > 1 && GREETINGS.has((whole[0] as Token).lc) ? whole.slice(1) : whole;
    // "Genet Alemu DEA BD6245953": a label in capitals after the name is what follows it, not a part.
    const run = withoutTrailingLabels(opened);
    // "Patient Portal", "Mother Nature": after a role word or a verb only a name-like run counts.
    if (
      opened !== whole &&
      !GREETINGS_ONLY.has((whole[0] as Token).lc) &&
      !nameLikeAfterRole(text, run, whole[0] as Token)
    )
      continue;
    if (run.length === 1 && nothingAlone(run[0] as Token)) continue;
    const marked: boolean[] = new Array(run.length).fill(false);
    markRun(text, run, marked);
    extendToNeighbours(run, marked);
    if (!marked.every(Boolean) && addresseeLine(text, run)) marked.fill(true);
    extendOverAffixes(run, marked);
    let spanStart = -1;
    for (let i = 0; i <= run.length; i++) {
      const t = run[i];
      if (t && marked[i]) {
        if (spanStart < 0) spanStart = t.start;
        continue;
      }
      if (spanStart >= 0) {
        const prev = run[i - 1] as Token;
        let end = prev.end;
        if (CAPITAL_PARTICLES.has(prev.lc)) {
          const lower = LOWER_SURNAME_AFTER.exec(text.slice(end, end + 40));
          if (lower) end += lower[0].length;
        }
        // "Pt da Silva", "Pt van den Heuvel": particles before the name belong to it.
        ctx.out.push({ start: withParticles(text, spanStart), end, type: 'name', ruleId: 'person_name' });
        spanStart = -1;
      }
    }
  }
  const found = ctx.out.length;
  lastCommaFirst(text, tokens, ctx.out);
  initialsInContext(ctx, dict);
  listNeighbours(ctx, tokens, found);
  numberInBrackets(ctx);
}

/** "thats L-O-B-I-A-N-C-O": a name spelled out letter by letter, four letters at least. */
const SPELLED_RE = /(?<![\p{L}\d-])(?:\p{Lu}-){3,}\p{Lu}(?![\p{L}\d-])/gu;

function spelledOut(ctx: ScanContext): void {
  SPELLED_RE.lastIndex = 0;
  for (let m = SPELLED_RE.exec(ctx.text); m !== null; m = SPELLED_RE.exec(ctx.text))
    ctx.out.push({ start: m.index, end: m.index + m[0].length, type: 'name', ruleId: 'person_name' });
}

/** "agent=sachiko.odhiambo", "user=j.doe": a login made of a person's names in a log line. */
const LOGIN_RE = new RegExp(
  String.raw`(?<!\w)(?:agent|user|username|login|operator|clerk|actor|staff)=(${DOTTED_LOGIN})(?![\p{L}\d.@])`,
  'dgiu',
);

function loginNames(ctx: ScanContext): void {
  LOGIN_RE.lastIndex = 0;
  for (let m = LOGIN_RE.exec(ctx.text); m !== null; m = LOGIN_RE.exec(ctx.text)) {
    const span = m.indices?.[1];
    if (span) ctx.out.push({ start: span[0], end: span[1], type: 'name', ruleId: 'person_name' });
  }
}

/** "JOHNSON, MARY ANN (0048213)": a record number in brackets right after a name. */
const NUMBER_IN_BRACKETS = /^[ \t]*\([ \t]*#?((?:[A-Z]{1,3}-?)?\d{5,10})[ \t]*\)/d;

function numberInBrackets(ctx: ScanContext): void {
  const text = ctx.text;
  const count = ctx.out.length;
  for (let i = 0; i < count; i++) {
    const s = ctx.out[i] as ScanContext['out'][number];
    if (s.type !== 'name' || text.charCodeAt(s.end) !== 0x20 || text.charCodeAt(s.end + 1) !== 0x28) continue;
    const m = NUMBER_IN_BRACKETS.exec(text.slice(s.end, s.end + 24));
    const span = m?.indices?.[1];
    if (span)
      ctx.out.push({ start: s.end + span[0], end: s.end + span[1], type: 'mrn', ruleId: 'mrn_context' });
  }
}

/** "Temp 38.6 C.", "5 L.": a capital after a number is its unit, not an initial. */
function unitLetter(text: string, t: Token): boolean {
  return t.initial && UNIT_BEFORE.test(text.slice(Math.max(0, t.start - 2), t.start));
}

function tokensOf(dict: NameDictionaries, text: string, re: RegExp): Token[] {
  const tokens: Token[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    // "I", "I'm", "She'll": a pronoun ends a run instead of joining it ("my mom Ann Roe I'm her son").
    if ((m[0] === 'I' && !initialAfterTitle(text, m.index)) || CONTRACTION.test(m[0].toLowerCase())) continue;
    const t = classify(dict, m[0], m.index);
    if (!unitLetter(text, t)) tokens.push(t);
  }
  return tokens;
}

/** A title before and a capitalized word after: "Dr I Underhill" (an initial, not the pronoun). */
const TITLE_BEFORE_INITIAL = /\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|Dr\.|Mr\.|Mrs\.|Ms\.|Prof\.)[ \t]$/;
const CAPITAL_WORD_AFTER = /^[ \t]\p{Lu}\p{Ll}/u;

function initialAfterTitle(text: string, at: number): boolean {
  return (
    TITLE_BEFORE_INITIAL.test(text.slice(Math.max(0, at - 6), at)) &&
    CAPITAL_WORD_AFTER.test(text.slice(at + 1, at + 4))
  );
}

/**
 * A word alone in its run that no rule can mark: no title, dictionary name, initial or plain
 * unknown word (most are a sentence's or a heading's first word).
 */
function nothingAlone(t: Token): boolean {
  return !t.title && !t.given && !t.surname && !t.initial && !plainWord(t);
}

/** A single word in a list beside a name: "Pending discharges: Adebanjo, Oisin Okafor". */
const LIST_WORD_BEFORE = /(?:^|[:;]|,)[ \t]*$/;
const LIST_WORD_AFTER = /^[ \t]*(?:$|[,;.\n]|and\b)/;

function listNeighbours(ctx: ScanContext, tokens: Token[], upTo: number): void {
  const text = ctx.text;
  const names = ctx.out.slice(0, upTo).filter((s) => s.type === 'name');
  if (names.length === 0) return;
  const starts = new Map<number, number>();
  const ends = new Map<number, number>();
  for (const n of names) {
    starts.set(n.start, n.end);
    ends.set(n.end, n.start);
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!plainWord(t) && !strongName(t)) continue;
    // The token ends ", " before a name, or a name ends ", " before it.
    const gapAfter = text.slice(t.end, t.end + 3);
    const nameAfter = gapAfter.startsWith(', ') && starts.has(t.end + 2);
    const nameBefore = t.start >= 2 && text.slice(t.start - 2, t.start) === ', ' && ends.has(t.start - 2);
    if (nameAfter && LIST_WORD_BEFORE.test(text.slice(Math.max(0, t.start - 24), t.start)))
      ctx.out.push({ start: t.start, end: t.end, type: 'name', ruleId: 'person_name' });
    else if (nameBefore && LIST_WORD_AFTER.test(text.slice(t.end, t.end + 6)))
      ctx.out.push({ start: t.start, end: t.end, type: 'name', ruleId: 'person_name' });
  }
}
