/**
 * Organisation names — hospitals, health systems, payers, laboratories, pharmacies, vendors —
 * are not people: "St. Mary's Hospital", "Providence St. Joseph Health", "Blue Cross Blue
 * Shield", "Kaiser Permanente". A run of capitalized words (with "St.", "of", "&" and
 * possessives inside) that ends in a word organisations are called by, or a name from a short
 * list of well-known organisations whose names say nothing of what they are, is one.
 */

import type { DetectedSpan } from '../types';
import type { ScanContext } from './detector';
import { COMMON, GIVEN, nameDictionaries, SURNAME } from './dictionaries';
import { isListedTown } from './towns';

/** Last words of organisation names. */
const HEAD_WORDS = new Set(
  `hospital hospitals health healthcare clinic clinics diagnostics pharmacy pharmacies drugstore laboratories
  laboratory labs institute foundation university medicine physicians partners network shield permanente insurance
  assurance mutual hospice infirmary sanatorium systems healthsystem children's children’s trust apothecary
  compounding associates consultants vna genetics pathlabs dental imaging radiology vårdcentral vardcentral krankenkasse klinikum
  krankenhaus spital polyclinic polyclinique mutuelle attorneys pllc llp group regional practice surgery bcbs
  hmo ppo benefit benefits inc llc ltd limited gmbh corp corporation company plc pharmaceuticals pharma
  therapeutics biosciences biotech medtech devices medicaid medicare dialysis foods mart markets supermarkets
  stores life ziekenhuis sjukhus sygehus sykehus sairaala board council authority agency commission ministry
  bureau complex campus service services management association society alliance federation coalition consortium
  collaborative cooperative fqhc chc snf lab solutions receivables rehab law pc cvo core biobank repository
  research dynamics industries enterprises holdings technologies logistics railroad railway airlines program
  programme collective paratransit lifeline anonymous academy college polytechnic provident bank savings fund
  chemists dispensary polikliniek poliklinieken kliniek klinieken apotheek zorggroep praxis apotheke versicherung
  sparkasse stiftung banque assurances b.v. n.v. pvt pty rx`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);
/**
 * Māori words for health and wellbeing that end a service's name after the article "Te" opens it
 * ("Te Whatu Ora", "Te Hiringa Hauora"); after any other word "Ora" may be a given name.
 */
const TE_HEADS = new Set(['ora', 'hauora']);
/**
 * One word made of "health" and another ("Healthline", "Healthdirect", "Northhealth"): a service's
 * name; the adjective and its forms are none.
 */
const HEALTH_COMPOUND = /^(?:health\p{Ll}{3,}|\p{Ll}{3,}health)$/u;
const HEALTH_ADJECTIVES = /^health(?:ier|iest|ily|iness|ful|fully|fulness)$/;

/**
 * A clinical specialty ending a service's name ("Bayou Teche Cardiology"). After a title it is a
 * doctor's department ("Dr Tarrow Cardiology"), so a title right before the name leaves it.
 */
const SPECIALTY_HEADS = new Set(
  `cardiology oncology neurology neurosurgery orthopaedics orthopedics dermatology pediatrics paediatrics urology
  nephrology gastroenterology pulmonology rheumatology endocrinology obstetrics gynaecology gynecology psychiatry
  ophthalmology haematology hematology pathology audiology podiatry physiotherapy pulmonary allergy cardiovascular
  otolaryngology microbiology virology cytology histopathology immunology toxicology`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);
/**
 * "General" ends a hospital's name ("Lafayette General") but follows a rank or an office
 * ("Attorney General", "Surgeon General"), which no hospital's name ends in.
 */
const OFFICES_BEFORE_GENERAL = new Set(
  `attorney surgeon solicitor inspector secretary director governor postmaster registrar auditor comptroller
  paymaster adjutant quartermaster major brigadier lieutenant consul vicar accountant`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);

/**
 * A specialty named by its parts, listed with commas and "&" or "and" between them ("Ear, Nose &
 * Throat", "Allergy, Asthma and Immunology", "Head & Neck"): ends a practice's name the way one
 * specialty's word does ("Harbor Ear, Nose & Throat"), though a comma stands inside it.
 */
const SPECIALTY_LISTS =
  `eye ear nose throat|ear nose throat|allergy asthma immunology|allergy immunology|head neck|eye ear
  |obstetrics gynecology|obstetrics gynaecology|orthopaedics sports medicine|orthopedics sports medicine`
    .split('|')
    .map((l) => l.trim().split(/\s+/));
/** Between two parts of a listed specialty: a comma, "&" or "and" and blanks. */
const LIST_GAP = /^,?[ \t]{1,2}(?:(?:&|and)[ \t]{1,2})?$/;

/**
 * The index of the last word of a listed specialty opening at capitalized word `i`, or -1. The
 * last part has "&" or "and" before it, the others a comma or a blank.
 */
function specialtyListEnd(text: string, ws: Word[], i: number): number {
  for (const list of SPECIALTY_LISTS) {
    if ((ws[i] as Word).lc !== list[0]) continue;
    let k = i;
    let ok = true;
    for (let p = 1; p < list.length && ok; p++) {
      // "&" and "and" are words of their own, before the last part only.
      const joined = ws[k + 1]?.lc === '&' || ws[k + 1]?.lc === 'and';
      const w = ws[joined ? k + 2 : k + 1];
      ok =
        joined === (p === list.length - 1) &&
        w?.capital === true &&
        w.lc === list[p] &&
        LIST_GAP.test(text.slice((ws[k] as Word).end, w.start));
      k += joined ? 2 : 1;
    }
    if (ok) return k;
  }
  return -1;
}

/**
 * A transport or care service's name made of "Medi-" and a word ("Medi-Ride", "Medi-Van",
 * "Medi-Cal"): a service's name, like a word organisations are called by.
 */
const MEDI_COMPOUND = /^medi-\p{Ll}{3,}$/u;

/** Two-word endings: "Medical Center", "Cancer Center", "Medical Group". */
const HEAD_PAIRS = new Set(
  `medical center|medical centre|cancer center|health center|health centre|medical group|care center|surgery center
  |rehabilitation center|research hospital|health system|health services|medical college|school of medicine
  |health plan|medicare advantage|injury law|law group|law firm|law office|law offices|senior advantage
  |home care|urgent care|primary care|physical therapy|occupational therapy|behavioral health|mental health
  |blue cross|blue shield|care network|medical associates|skilled nursing|senior living|assisted living|nursing home
  |care home|nursing facility|family medicine|internal medicine|sleep medicine|sleep center|sleep centre|dialysis center
  |dialysis centre|imaging center|imaging centre|kidney care|eye care|wound care|memory care|wellness center|visiting nurses
  |diabetes center|diabetes centre|heart center|heart centre|kidney center|breast center|eye center|infusion center
  |wound center|vascular center|spine center|fertility center|birth center|trauma center|transplant center|stroke center
  |burn center|surgical center|endoscopy center|school district|health department|fire department|police department
  |stabilization unit|crisis unit|treatment unit|detox unit|detoxification unit|recovery unit|psychiatric unit|birthing unit
  |maternity unit|dialysis unit|stroke unit|burn unit|trauma unit|care unit|rehabilitation unit|food bank|aid society
  |credit union|building society`
    .split('|')
    .map((p) => p.trim().replace(/\s+/g, ' ')),
);

/**
 * Words that open an organisation's name, as many languages order it: "Klinikum Elbufer",
 * "Hôpital Saint-Aubin", "Hospital Ángeles del Sur", "Szpital Bielański", "Santa Casa de Belém".
 */
const LEADING_HEADS = new Set(
  `hospital hôpital hopital klinikum klinik clinique clínica clinica szpital spital universitätsspital
  universitätsklinikum krankenhaus ospedale policlinico poliklinika centro serviço servicio apotheke farmacia
  pharmacie chu chru nhs aok bkk ikk ambulance ysbyty ospidéal ospideal kliniken klinika poliklinik polyclinic`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);
/** Small words inside a name the leading head opens: "de", "del", "di", "do". */
const NAME_PARTICLES = new Set([
  'de',
  'del',
  'della',
  'di',
  'da',
  'do',
  'dos',
  'das',
  'des',
  'du',
  'la',
  'le',
  'von',
  'am',
  'an',
  'der',
]);

/** Organisations known by a name alone, lower-case, as whole-word sequences. */
const KNOWN =
  `kaiser permanente|mass general brigham|mass general|massachusetts general|cedars-sinai|mount sinai|mt. sinai
  |memorial sloan kettering|sloan kettering|walgreens|labcorp|unitedhealthcare|united healthcare|humana|aetna|cigna
  |medicaid|medicare|tricare|cerner|meditech|allscripts|athenahealth|northwell|nyu langone|ucsf|upmc|commonspirit
  |advocate aurora|optum|express scripts|caremark|cvs|rite aid|highmark|wellcare|centene|ambetter|bluecross
  |blueshield|children's mercy|children’s mercy|shriners|epic systems|quest diagnostics|beth israel deaconess
  |beth israel|dana-farber|lahey|arup|radnet|sonic healthcare|bioreference|davita|fresenius kidney care
  |smith & nephew|johnson & johnson|becton dickinson|procter & gamble|santa casa|johns hopkins|mayo clinic
  |guy's and st thomas'|guy's and st. thomas'|guy’s and st thomas’|mater misericordiae|sue ryder|marie curie
  |macmillan cancer support|ronald mcdonald house|veterans affairs|salvation army|red cross|st john ambulance
  |barnardo's|age uk|samaritans|memorial hermann|newyork-presbyterian|sanofi pasteur|sanofi|pfizer|moderna|merck
  |glaxosmithkline|gsk|astrazeneca|novartis|seqirus|novavax|medtronic|terumo|baylor scott & white|ochsner|apria
  |lincare|adapthealth|rotech|meals on wheels|synlab|unilabs|ampath|pathcare`
    .split('|')
    .map((k) => k.trim().replace(/\s+/g, ' '))
    .filter((k) => k.length > 0);

const KNOWN_BY_FIRST = new Map<string, string[][]>();
for (const k of KNOWN) {
  const words = k.split(' ');
  const first = words[0] as string;
  KNOWN_BY_FIRST.set(first, [...(KNOWN_BY_FIRST.get(first) ?? []), words]);
}

/**
 * Small words inside organisation names: "Our Lady of Lourdes", "Sisters of Charity", "Johnson &
 * Johnson". "at" is no such word before the name's last word: "Maria Lopez at Harbor Clinic" is
 * a person at a place.
 */
const CONNECTORS = new Set(['of', 'the', '&', 'and', 'for']);
/** A person's title ends the walk back: in "Dr. Hale Clinic" only "Hale Clinic" is the organisation. */
const TITLES = new Set(['dr', 'dr.', 'mr', 'mrs', 'ms', 'prof', 'doctor']);
const WORD_RE = /[\p{L}\p{M}][\p{L}\p{M}'’.-]*|&/gu;

interface Word {
  start: number;
  end: number;
  lc: string;
  capital: boolean;
}

function words(text: string): Word[] {
  const out: Word[] = [];
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(text); m !== null; m = WORD_RE.exec(text)) {
    let w = m[0];
    // A full stop ends a sentence, except after "St" and "Mt" and a pharmacist's title ("Farmacia Ldo. Ruiz").
    // An initial keeps its full stop inside a name too ("Jose R. Reyes Memorial Medical Center").
    // So does an abbreviation of initials ("U.S. Postal Service").
    if (w.endsWith('.') && !/^(?:st|mt|ste|ldo|lda|lcdo|lcda|lic|\p{Lu}|\p{Lu}\.\p{Lu})\.$/iu.test(w))
      w = w.slice(0, -1);
    // A closing quote is no part of the word ('Mercy Health'), a plural's apostrophe is ("St Thomas'").
    if (/[^sS]['’]$/u.test(w)) w = w.slice(0, -1);
    const c = w.charAt(0);
    out.push({
      start: m.index,
      end: m.index + w.length,
      lc: w.toLowerCase(),
      capital: c !== c.toLowerCase(),
    });
  }
  return out;
}

/** Only spaces between two words (an organisation name does not cross a comma or a line). */
function adjacent(text: string, a: Word, b: Word): boolean {
  for (let i = a.end; i < b.start; i++) if (text.charCodeAt(i) !== 0x20) return false;
  return b.start - a.end <= 2;
}

/** Walks back from word `i` over the capitalized words and connectors of one name. */
function nameStart(text: string, ws: Word[], i: number): number {
  let k = i;
  let taken = 0;
  while (k > 0 && taken < 6) {
    const p = ws[k - 1] as Word;
    if (!adjacent(text, p, ws[k] as Word) || TITLES.has(p.lc)) break;
    if (p.capital) {
      k--;
      taken++;
      continue;
    }
    // A connector counts only with a capitalized word before it ("Sisters of Charity").
    const pp = ws[k - 2];
    if (CONNECTORS.has(p.lc) && pp?.capital && adjacent(text, pp, p)) {
      k -= 2;
      taken += 2;
      continue;
    }
    break;
  }
  return afterPersonsName(text, ws, k, i);
}

/** Whether a capitalized word is a person's given name or surname and no common word. */
function personWord(w: Word, flag: number): boolean {
  const f = nameDictionaries().flags.get(w.lc) ?? 0;
  return w.capital && (f & flag) !== 0 && (f & COMMON) === 0;
}

/**
 * The start of an organisation's name walked back to word `k`, moved past the last given name
 * and surname in a row before word `head` ("Patient: John Smith Health Plan: …", "Seen by Maria
 * Lopez of Harbor Medical Center"): a person's full name before an organisation's words is
 * the person.
 */
function afterPersonsName(text: string, ws: Word[], k: number, head: number): number {
  let start = k;
  for (let j = k; j + 1 < head; j++)
    if (
      personWord(ws[j] as Word, GIVEN) &&
      personWord(ws[j + 1] as Word, SURNAME) &&
      // "Jane Tarrow Memorial Hospital": the person an organisation is named after is part of its name.
      ws[j + 2]?.lc !== 'memorial' &&
      // "Hong Kong Red Cross …": a town's name is no person's.
      !isListedTown(text.slice((ws[j] as Word).start, (ws[j + 1] as Word).end))
    )
      start = j + 2;
  // A connector does not open a name: "of Harbor Medical Center" starts at "Harbor".
  while (start < head && !(ws[start] as Word).capital) start++;
  return start;
}

/** Walks forward from a head word over "for"/"of" and the capitalized words after it. */
function nameAfterHead(text: string, ws: Word[], i: number): number {
  const connector = ws[i + 1];
  if (
    !connector ||
    (connector.lc !== 'for' && connector.lc !== 'of') ||
    !adjacent(text, ws[i] as Word, connector)
  )
    return i;
  let k = i + 1;
  while (k + 1 < ws.length && k - i < 6) {
    const n = ws[k + 1] as Word;
    if (!adjacent(text, ws[k] as Word, n) || !(n.capital || n.lc === 'the' || n.lc === 'of')) break;
    k++;
  }
  return (ws[k] as Word).capital ? k : i;
}

/** After a leading head word: the capitalized words (and particles between them) that end its name. */
function nameAfterLeadingHead(text: string, ws: Word[], i: number): number {
  let end = i;
  for (let k = i + 1; k < ws.length && k - i <= 5; k++) {
    const n = ws[k] as Word;
    if (!adjacent(text, ws[k - 1] as Word, n)) break;
    if (n.capital) end = k;
    else if (!NAME_PARTICLES.has(n.lc)) break;
  }
  return end;
}

/** Words for a mutual insurer written in lower case before its name, as French, Italian and Spanish notes write them. */
const INSURER_WORDS = new Set(['mutuelle', 'mutua', 'mutualité', 'mutualidad']);

/** Every head word and known first word: a text without one has no organisation. */
const GATE = new RegExp(
  [
    ...HEAD_WORDS,
    ...SPECIALTY_HEADS,
    'general',
    ...LEADING_HEADS,
    ...INSURER_WORDS,
    ...TE_HEADS,
    ...[...HEAD_PAIRS].map((p) => p.split(' ')[1] as string),
    ...KNOWN_BY_FIRST.keys(),
    ...SPECIALTY_LISTS.map((l) => l[l.length - 1] as string),
    'medi-',
  ]
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
  'i',
);

/**
 * What makes an organisation's word the label of a number: "Hospital No.", "Plan number" (one
 * space between). A '#' does not ("Harbor Health #1758" is a branch's number after its name), nor
 * a field's label after a gap ("INS: Quillfield Healthcare  ID: …").
 */
const NUMBER_LABEL = /^ ?(?:no\b|number\b|num\b|nbr\b)/i;

/** The last text read and its organisations: the name detectors and the resolution step ask of the same text. */
let lastText: string | undefined;
let lastSpans: [number, number][] = [];

/** Character ranges of organisation names in `text`. */
export function organisationSpans(text: string): [number, number][] {
  if (text !== lastText) {
    lastSpans = findOrganisations(text);
    lastText = text;
  }
  return lastSpans;
}

function findOrganisations(text: string): [number, number][] {
  if (!GATE.test(text)) return [];
  const ws = words(text);
  const spans: [number, number][] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] as Word;
    if (!w.capital) {
      // "mutuelle Malakoff Humanis": the kind of insurer in lower case, then its name.
      const end = INSURER_WORDS.has(w.lc) ? nameAfterLeadingHead(text, ws, i) : i;
      if (end > i) spans.push([(ws[i + 1] as Word).start, (ws[end] as Word).end]);
      continue;
    }
    const known = KNOWN_BY_FIRST.get(w.lc);
    if (known) {
      for (const seq of known) {
        const last = i + seq.length - 1;
        if (last >= ws.length) continue;
        let ok = true;
        for (let k = 0; k < seq.length && ok; k++) {
          const x = ws[i + k] as Word;
          ok = x.lc === seq[k] && (k === 0 || adjacent(text, ws[i + k - 1] as Word, x));
        }
        if (ok) {
          // "Santa Casa de Belém": a particle after a known name opens the place it serves.
          const next = ws[last + 1];
          const end = next && NAME_PARTICLES.has(next.lc) ? nameAfterLeadingHead(text, ws, last) : last;
          spans.push([w.start, (ws[end] as Word).end]);
          break;
        }
      }
    }
    if (LEADING_HEADS.has(w.lc)) {
      const end = nameAfterLeadingHead(text, ws, i);
      if (end > i) spans.push([w.start, (ws[end] as Word).end]);
    }
    const listEnd = specialtyListEnd(text, ws, i);
    if (listEnd > i) {
      // "Harbor Ear, Nose & Throat": the place before the listed specialty names the practice.
      const start = nameStart(text, ws, i);
      if (start < i) spans.push([(ws[start] as Word).start, (ws[listEnd] as Word).end]);
    }
    const prev = ws[i - 1];
    const pair = prev?.capital && adjacent(text, prev, w) ? `${prev.lc} ${w.lc}` : '';
    if (isHealthCompound(w)) spans.push([w.start, w.end]);
    const head = HEAD_PAIRS.has(pair)
      ? i - 1
      : HEAD_WORDS.has(w.lc) || MEDI_COMPOUND.test(w.lc) || teHead(text, ws, i) || guardedHead(text, ws, i)
        ? i
        : -1;
    // "Hospital No.": a label of the number after it, after whatever name.
    if (head < 0 || NUMBER_LABEL.test(text.slice(w.end, w.end + 8))) continue;
    if (head === i && townAfterStreet(text, ws, i)) continue;
    const start = nameStart(text, ws, head);
    if (
      start < i &&
      !HEAD_WORDS.has(w.lc) &&
      SPECIALTY_HEADS.has(w.lc) &&
      TITLES.has(ws[start - 1]?.lc ?? '')
    )
      continue;
    // A head word alone is a common word ("the hospital", "Health:"), not a name.
    // "Lindenhof Klinikum Bamberg": a word that also opens a name ends the name before it and
    // opens the place after it.
    if (start < i)
      spans.push([
        (ws[start] as Word).start,
        (ws[LEADING_HEADS.has(w.lc) ? nameAfterLeadingHead(text, ws, i) : i] as Word).end,
      ]);
    // "Hospital for Special Surgery", "Institute of Living": the head word first.
    else if (w.capital) {
      const end = nameAfterHead(text, ws, i);
      if (end > i) spans.push([w.start, (ws[end] as Word).end]);
    }
  }
  return spans;
}

/** A street's last word, before the town of an address typed without commas. */
const STREET_END_WORDS = new Set(
  'st street rd road ave avenue dr drive ln lane way ct court blvd boulevard pl place cir circle ter terrace trl trail pkwy parkway hwy highway loop'.split(
    ' ',
  ),
);
/** The rest of a town's name, then a state's letters: " Bluffs IA", " Station, TX". */
const TOWN_REST_BEFORE_STATE = /^[ \t]\p{Lu}\p{Ll}+,?[ \t]+[A-Z]{2}(?![\p{L}])/u;

/**
 * Whether head word `i` opens a town's name after a street line ("… Juniper Way Council Bluffs
 * IA 51588", "… Oak Dr College Station, TX"): a street's last word before it, and the rest of
 * the town and a state's letters after it.
 */
function townAfterStreet(text: string, ws: Word[], i: number): boolean {
  const w = ws[i] as Word;
  const prev = ws[i - 1];
  return (
    prev !== undefined &&
    STREET_END_WORDS.has(prev.lc) &&
    adjacent(text, prev, w) &&
    TOWN_REST_BEFORE_STATE.test(text.slice(w.end, w.end + 24))
  );
}

function isHealthCompound(w: Word): boolean {
  return w.capital && HEALTH_COMPOUND.test(w.lc) && !HEALTH_ADJECTIVES.test(w.lc) && !HEAD_WORDS.has(w.lc);
}

/**
 * Whether word `i` is a specialty or "General" closing a name: after a capitalized word, and for
 * "General" not after an office ("Surgeon General").
 */
function guardedHead(text: string, ws: Word[], i: number): boolean {
  const w = ws[i] as Word;
  const prev = ws[i - 1];
  if (!w.capital || !prev?.capital || !adjacent(text, prev, w)) return false;
  if (SPECIALTY_HEADS.has(w.lc)) return true;
  return w.lc === 'general' && !OFFICES_BEFORE_GENERAL.has(prev.lc);
}

/** Whether word `i` is a Māori head word of a name "Te" opens, up to three words before it. */
function teHead(text: string, ws: Word[], i: number): boolean {
  if (!TE_HEADS.has((ws[i] as Word).lc)) return false;
  for (let k = i - 1; k >= 0 && i - k <= 3; k--) {
    const p = ws[k] as Word;
    if (!p.capital || !adjacent(text, p, ws[k + 1] as Word)) return false;
    if (p.lc === 'te') return true;
  }
  return false;
}

/** Whether [start, end) lies inside one of `spans` (a longer name around an organisation's word stays). */
function inOrganisation(spans: readonly [number, number][], start: number, end: number): boolean {
  for (const [s, e] of spans) if (s <= start && end <= e) return true;
  return false;
}

/**
 * A name span running into an organisation's name ("Njoroge, ⟦Ochsner⟧ Health" read as "Last,
 * First"): its end, cut back before the organisation and the comma or blanks before it.
 */
function cutBeforeOrganisation(text: string, orgs: readonly [number, number][], s: DetectedSpan): number {
  for (const [os, oe] of orgs) {
    if (s.start < os && os < s.end && s.end <= oe) {
      let end = os;
      while (end > s.start && /[\s,;]/.test(text[end - 1] as string)) end--;
      // Only a "Last, First" pair whose "First" opens the organisation is cut.
      return text.slice(end, os).includes(',') ? end : s.end;
    }
  }
  return s.end;
}

/**
 * Drops the spans found since `from` that lie wholly inside an organisation's name, and cuts a
 * name that runs into one.
 */
export function dropInsideOrganisations(ctx: ScanContext, from: number): void {
  const orgs = organisationSpans(ctx.text);
  if (orgs.length === 0) return;
  let w = from;
  for (let r = from; r < ctx.out.length; r++) {
    const s = ctx.out[r] as DetectedSpan;
    if (inOrganisation(orgs, s.start, s.end)) continue;
    if (s.type === 'name') s.end = cutBeforeOrganisation(ctx.text, orgs, s);
    if (s.end > s.start) ctx.out[w++] = s;
  }
  ctx.out.length = w;
}

/**
 * Whether a whole value is an organisation's name ("Alberta Health Services", "Optum Rx", with
 * the place it serves after it: "University Hospital Limerick"): a person's field ("provider",
 * "display") holding one is not masked as a name.
 */
export function isOrganisationName(value: string): boolean {
  const text = value.trim();
  if (text.length === 0) return false;
  for (const [start, end] of organisationSpans(text))
    if (start === 0 && (end >= text.length - 4 || PLACE_AFTER.test(text.slice(end)))) return true;
  return false;
}

/**
 * One or two capitalized words after an organisation's name that end its line or phrase: the
 * place or the service it names ("Te Whatu Ora Waikato", "… Waikato Orthopaedics - Urgent").
 */
const SERVED_AFTER =
  /^(?:[ \t]\p{Lu}[\p{L}\p{M}'’-]{1,30}){1,2}(?=[ \t]*(?:$|[\n\r;:(]|,(?![ \t]*\p{Lu})|[ \t][-–—][ \t]|\.(?:\s|$)))/u;

/**
 * The end of an organisation's name ending at `end` with the place or service named after it,
 * unless a person's given name opens those words ("Harbor Clinic Maria Lopez") or a given name
 * follows them after a comma ("Harbor Clinic Lopez, Maria").
 */
export function servedEnd(text: string, end: number): number {
  const suffix = COMPANY_SUFFIX.exec(text.slice(end, end + 16));
  if (suffix) return end + suffix[0].length;
  const m = SERVED_AFTER.exec(text.slice(end, end + 64));
  if (!m) return end;
  const first = m[0].trimStart().split(/[ \t]/)[0] as string;
  const f = nameDictionaries().flags.get(first.toLowerCase()) ?? 0;
  return (f & GIVEN) !== 0 && (f & COMMON) === 0 ? end : end + m[0].length;
}

/** A company's legal form after a comma: "Quillon Therapeutics, Inc.", "Eastgate Cardiology, P.C.". */
const COMPANY_SUFFIX =
  /^,[ \t]?(?:Inc|LLC|L\.L\.C|Ltd|Corp|Co|P\.?C|PLLC|LLP|L\.P|GmbH|AG|plc|PLC|S\.A|N\.V|B\.V|Pty[ \t]Ltd)\.?(?![\p{L}\p{N}])/u;

/**
 * A branch's or a store's number after an organisation's name ("Walgreens #10422", "Kettleby
 * Apothecary #114"): the organisation's own numbering, no one's record. Up to five digits.
 */
const BRANCH_NUMBER = /^[ \t]?#[ \t]?\d{1,5}(?![\d-])/;

/** Character ranges of the numbers of branches after organisations' names in `text`. */
export function branchNumberSpans(text: string): [number, number][] {
  if (!text.includes('#')) return [];
  const out: [number, number][] = [];
  for (const [, end] of organisationSpans(text)) {
    const m = BRANCH_NUMBER.exec(text.slice(end, end + 10));
    if (m) out.push([end, end + m[0].length]);
  }
  return out;
}

/** A place after an organisation's name: "Baptist Health South Florida", "University Hospital Limerick". */
const PLACE_AFTER = /^(?:,?[ \t]+(?:-[ \t]+)?(?:(?:de|del|da|do|di|of)[ \t]+)?\p{Lu}[\p{L}'’.-]*){1,3}$/u;

/**
 * X12's NM1 segment with entity type 2 ("NM1*PR*2*Keel Valley Health Plan*****PI*12345~"): its
 * third element is an organisation's name by the implementation guides, whatever its words.
 */
const X12_ORGANISATION = /(?:^|[~\n])[ \t\r]*NM1([*|^])[A-Z0-9]{2,3}\1 ?2\1([^*|^~\n]+)/dg;

/** Character ranges of the organisations X12 segments name. */
export function x12OrganisationSpans(text: string): [number, number][] {
  if (!text.includes('NM1')) return [];
  const spans: [number, number][] = [];
  X12_ORGANISATION.lastIndex = 0;
  for (let m = X12_ORGANISATION.exec(text); m !== null; m = X12_ORGANISATION.exec(text)) {
    const span = m.indices?.[2];
    if (span) spans.push([span[0], span[1]]);
  }
  return spans;
}
