/**
 * Text documents of blind split 24: pediatrics, obstetrics and family records (prenatal and L&D
 * notes with mother and newborn on one record, NICU notes, newborn screening and hearing, well-child
 * visits, immunization registry replies, school-nurse and daycare logs, WIC and CHIP letters,
 * foster care and custody notes, pedigrees, after-hours triage, lactation). SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { addDays, formatDate, isoDate, recentDate } from '../dates';
import { type Frag, join, jsonText, keep, type Piece, phi, type Span, t } from '../fragment';
import {
  accountValue,
  deaValue,
  driversLicenseValue,
  email,
  fax,
  memberIdValue,
  mrn,
  mrnValue,
  npiValue,
  phone,
  phoneValue,
  photoFile,
  plateValue,
  serialValue,
  ssn,
  stateLicenseValue,
  udiValue,
  urlValue,
  vinValue,
} from '../identifiers';
import { ageUnder90, systemTimestamp, uuid, version, yearAlone } from '../keep-vocab';
import { anyName, clinicianName, nameIn, type Person, person } from '../people';
import { type Address, address, addressLine } from '../places';

type Template = (g: Gen) => Frag;

/** Which patients a drug, lab or device belongs with: the mother, the newborn or the child. */
export type Pool = 'ob' | 'neo' | 'peds';

/** Drugs of obstetrics and pediatrics with their usual doses. */
const DRUGS: readonly (readonly [string, readonly string[], Pool])[] = [
  ['phytonadione (vitamin K1)', ['1 mg IM', '0.5 mg IM'], 'neo'],
  ['erythromycin ophthalmic ointment', ['0.5% OU x1'], 'neo'],
  ['amoxicillin oral suspension', ['400 mg/5 mL, 90 mg/kg/day div BID', '250 mg/5 mL, 45 mg/kg/day'], 'peds'],
  ['Infant Tylenol (acetaminophen)', ['160 mg/5 mL, 15 mg/kg q6h prn', '2.5 mL'], 'peds'],
  ["Infants' Motrin (ibuprofen)", ['50 mg/1.25 mL, 10 mg/kg q6-8h', '1.875 mL'], 'peds'],
  ['D-Vi-Sol (cholecalciferol drops)', ['400 IU daily', '1 mL PO daily'], 'neo'],
  ['Fer-In-Sol (ferrous sulfate drops)', ['15 mg/mL, 2 mg/kg/day', '1 mL daily'], 'neo'],
  ['caffeine citrate (Cafcit)', ['20 mg/kg load', '5 mg/kg/day maintenance'], 'neo'],
  ['gentamicin extended-interval', ['4 mg/kg IV q24h', '5 mg/kg IV q36h'], 'neo'],
  ['ampicillin for neonatal sepsis', ['100 mg/kg IV q8h', '50 mg/kg IV q12h'], 'neo'],
  ['nystatin oral suspension', ['100,000 units/mL, 1 mL each cheek QID'], 'neo'],
  ['Rho(D) immune globulin (RhoGAM)', ['300 mcg IM'], 'ob'],
  ['Pitocin (oxytocin) infusion', ['2 milliunits/min, titrate per protocol', '30 units/500 mL'], 'ob'],
  ['Tdap (Boostrix)', ['0.5 mL IM'], 'ob'],
  ['nifedipine ER (Procardia XL)', ['30 mg PO daily', '60 mg PO daily'], 'ob'],
  ['labetalol (Trandate)', ['200 mg PO BID', '20 mg IV push'], 'ob'],
  ['oral sucrose solution', ['24%, 0.5 mL PO pre-procedure'], 'neo'],
  ['poractant alfa (Curosurf)', ['200 mg/kg intratracheal', '100 mg/kg redose'], 'neo'],
  ['Engerix-B pediatric (hepatitis B vaccine)', ['10 mcg/0.5 mL IM'], 'neo'],
  ['HBIG (hepatitis B immune globulin)', ['0.5 mL IM'], 'neo'],
  ['nirsevimab (Beyfortus)', ['50 mg IM', '100 mg IM'], 'neo'],
  ["Zyrtec Children's (cetirizine syrup)", ['2.5 mg PO daily', '5 mg/5 mL'], 'peds'],
  ['ProAir HFA with spacer', ['90 mcg, 2 puffs q4h prn', '4 puffs q20min x3'], 'peds'],
  ['fluoride varnish (5% NaF)', ['0.25 mL applied to teeth', '0.4 mL'], 'peds'],
  ['MiraLAX (PEG-3350)', ['0.4 g/kg/day', '8.5 g in 4 oz'], 'peds'],
  ['Zofran ODT (ondansetron)', ['2 mg x1', '4 mg x1'], 'peds'],
  ['Omnicef suspension (cefdinir)', ['14 mg/kg/day divided BID', '250 mg/5 mL'], 'peds'],
  ['Methergine (methylergonovine)', ['0.2 mg IM q2-4h'], 'ob'],
  ['Cytotec buccal (misoprostol)', ['25 mcg q4h', '800 mcg PR'], 'ob'],
  ['magnesium sulfate for seizure ppx', ['4 g IV load then 2 g/h', '6 g IV bolus'], 'ob'],
  ['Celestone Soluspan (betamethasone)', ['12 mg IM q24h x2'], 'ob'],
  ['penicillin G for GBS prophylaxis', ['5 million units IV then 2.5 million units q4h'], 'ob'],
  ['EpiPen Jr (epinephrine auto-injector)', ['0.15 mg IM prn'], 'peds'],
  ['Orapred ODT (prednisolone)', ['1 mg/kg x5 days', '15 mg daily'], 'peds'],
  ['Lansinoh lanolin', ['1 application after feeds'], 'ob'],
  ['prenatal vitamin with DHA', ['1 tab PO daily', '1 softgel daily'], 'ob'],
];

const LABS: readonly (readonly [string, number, number, number, string, Pool])[] = [
  ['TcB', 4, 16, 1, 'mg/dL', 'neo'],
  ['TSB', 5, 19, 1, 'mg/dL', 'neo'],
  ['POC glucose', 32, 88, 0, 'mg/dL', 'neo'],
  ['Hgb', 9, 13.8, 1, 'g/dL', 'peds'],
  ['capillary lead', 1, 6, 1, 'mcg/dL', 'peds'],
  ['1-hr GTT', 98, 180, 0, 'mg/dL', 'ob'],
  ['cord pH', 7.1, 7.38, 2, '', 'neo'],
  ['CRP', 0.2, 4.5, 1, 'mg/dL', 'neo'],
  ['Hct', 38, 62, 0, '%', 'neo'],
  ['I:T ratio', 0.05, 0.3, 2, '', 'neo'],
  ['TSH', 1, 19, 1, 'mIU/L', 'neo'],
  ['ferritin', 8, 60, 0, 'ng/mL', 'peds'],
  ['Hgb', 9.2, 12.8, 1, 'g/dL', 'ob'],
  ['platelets', 98, 320, 0, 'K/uL', 'ob'],
  ['UPCR', 0.1, 0.9, 2, '', 'ob'],
  ['rapid strep', 0, 0, 0, 'neg', 'peds'],
];

const ICD10 = [
  'Z38.00',
  'Z38.01',
  'Z38.31',
  'P59.8',
  'P07.36',
  'P22.1',
  'Z00.110',
  'Z00.129',
  'O09.523',
  'O24.414',
  'Z3A.38',
  'Z34.92',
  'P92.5',
  'R50.9',
  'Q65.89',
  'O13.2',
  'Z39.1',
];
const CPT = [
  '99460',
  '99462',
  '99393',
  '99392',
  '99468',
  '99469',
  '59410',
  '59515',
  '96110',
  '96161',
  '99188',
  '90380',
  '92587',
  '94780',
];
const LOINC = [
  '54089-8',
  '57700-7',
  '73700-7',
  '9272-6',
  '9274-2',
  '18185-9',
  '58941-6',
  '54108-6',
  '62324-9',
];
const SNOMED = ['442311008', '281050002', '289908002', '3950001', '102500002', '276610007'];

/** Vaccines with their CVX codes. */
export const VACCINES: readonly (readonly [string, string, string])[] = [
  ['HepB-peds', '08', 'Merck'],
  ['DTaP-HepB-IPV (Pediarix)', '110', 'GSK'],
  ['PCV15 (Vaxneuvance)', '215', 'Merck'],
  ['Rotavirus, pentavalent (RotaTeq)', '116', 'Merck'],
  ['Hib PRP-OMP (PedvaxHIB)', '49', 'Merck'],
  ['MMRV (ProQuad)', '94', 'Merck'],
  ['Varicella (Varivax)', '21', 'Merck'],
  ['HepA-peds (Havrix)', '83', 'GSK'],
  ['Influenza, IIV4 peds', '150', 'Sanofi'],
  ['DTaP-IPV-Hib-HepB (Vaxelis)', '146', 'MSP'],
  ['RSV mAb nirsevimab', '306', 'Sanofi'],
];

const DEVICES = {
  fetal: ['Sonicaid Team3 Doppler', 'Avalon FM30 CTG'],
  vacuum: ['Kiwi ProCup vacuum'],
  nicu: ['Isolette 8000 incubator', 'Panda iRes bed', 'Babylog VN800', 'Fisher & Paykel bubble CPAP'],
  bili: ['NeoBlue LED phototherapy', 'BiliSoft 2.0 blanket', 'JM-105 jaundice meter'],
  hearing: ['MAICO MB 11 BERAphone', 'ALGO 7i newborn hearing screener'],
  pump: ['Medela Symphony PLUS', 'Spectra S1 Plus'],
  seat: ['Chicco KeyFit 30', 'Graco 4Ever DLX', 'Britax Boulevard ClickTight'],
  home: ['SmartMonitor 2 apnea monitor', 'Owlet Smart Sock 3'],
  tag: ['Hugs infant protection tag'],
  screen: ['Spot Vision Screener', 'Accu-Chek Inform II'],
} as const;
export type DeviceUse = keyof typeof DEVICES;

const ORGS = [
  'Harbor Bend Women & Infants Hospital',
  'Kestrel Valley Children’s Hospital',
  'Cedar Hollow Pediatrics',
  'Bluebonnet Pediatric Associates',
  'Northgate Midwifery Collective',
  'Tri-County WIC Program',
  'State Newborn Screening Laboratory',
  'Lullaby Lane Early Learning Center',
  'Little Acorns Child Development Center',
  'Department of Children and Family Services',
  'Peachtree Kids Health Plan',
  'Sunrise CHIP Partners',
  'La Leche League',
  'March of Dimes',
  'Safe Kids Coalition',
  'Maplewood Unified School District',
  'Riverstone Family Medicine',
  'Nurture Nest Doula Services',
];

export const drug = (g: Gen, pool: Pool): Span => {
  const [name, doses] = g.pick(DRUGS.filter((d) => d[2] === pool));
  return keep('drug_dose', `${name} ${g.pick(doses)}`);
};

export const lab = (g: Gen, pool: Pool): Span => {
  const [name, lo, hi, dec, unit, _] = g.pick(LABS.filter((l) => l[5] === pool));
  if (lo === hi) return keep('lab_value', `${name} ${unit}`);
  const v = g.f.number.float({ min: lo, max: hi }).toFixed(dec);
  return keep('lab_value', unit ? `${name} ${v} ${unit}` : `${name} ${v}`);
};

export const icd = (g: Gen): Span => keep('clinical_code', g.pick(ICD10), 'ICD-10');
export const cptCode = (g: Gen): Span => keep('clinical_code', g.pick(CPT), 'CPT');
export const loincCode = (g: Gen): Span => keep('clinical_code', g.pick(LOINC), 'LOINC');
export const snomedCode = (g: Gen): Span => keep('clinical_code', g.pick(SNOMED), 'SNOMED CT');
export const devName = (g: Gen, use: DeviceUse): Span => keep('device_name', g.pick(DEVICES[use]));
/** A hospital or practice that sees mothers and children. */
export const org = (g: Gen): Span => keep('organization', g.pick(ORGS.slice(0, 5)));
export const community = (g: Gen): Span =>
  keep(
    'organization',
    g.pick(['March of Dimes', 'Department of Children and Family Services', 'Nurture Nest Doula Services']),
  );
export const orgOf = (name: string): Span => keep('organization', name);

const ORD = (n: number): string => {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${n % 10 > 3 ? 'th' : s}`;
};

/** A growth percentile as charts print it. */
export const pctile = (g: Gen): Span => {
  const n = g.int(2, 98);
  return keep('statistic', g.pick([`${ORD(n)} percentile`, `${ORD(n)} %ile`, `${ORD(n)} pctl`]));
};

export const cvx = (g: Gen): { name: string; code: Span; mfr: string } => {
  const [name, code, mfr] = g.pick(VACCINES);
  return { name, code: keep('clinical_code', code, 'CVX'), mfr };
};

/** A vaccine lot number: shared by thousands of doses, not an identifier of a person. */
export const lot = (g: Gen): string =>
  g.pick([
    `${g.letters(1)}${g.digits(4)}${g.letters(2)}`,
    `${g.digits(2)}${g.letters(1)}${g.digits(3)}`,
    `U${g.digits(4)}AA`,
  ]);

/** A person of the given sex (drawn until one comes; the draws are seeded, so this is deterministic). */
export const personOf = (
  g: Gen,
  sex: Person['sex'],
  opts: { minAge?: number; maxAge?: number } = {},
): Person => {
  let p = person(g, opts);
  while (p.sex !== sex) p = person(g, opts);
  return p;
};
export const woman = (g: Gen, opts: { minAge?: number; maxAge?: number } = {}): Person =>
  personOf(g, 'female', opts);
export const man = (g: Gen, opts: { minAge?: number; maxAge?: number } = {}): Person =>
  personOf(g, 'male', opts);
export const mother = (g: Gen): Person => woman(g, { minAge: 17, maxAge: 43 });
export const child = (g: Gen, min = 1, max = 14): Person => person(g, { minAge: min, maxAge: max });
/** A newborn who carries the mother's surname and was born on `born`. */
export const newborn = (g: Gen, mom: Person, born: Date): Person => ({
  ...person(g, { minAge: 0, maxAge: 0 }),
  last: mom.last,
  dob: born,
});
export const elder = (g: Gen): number => g.int(90, 99);

const yearsOld = (p: Person): number => Math.max(1, 2025 - p.dob.getUTCFullYear());

const babyLabel = (g: Gen, baby: Person, tag = ''): Frag => {
  const sex = baby.sex === 'female' ? 'Girl' : 'Boy';
  return g.pick([
    () => t`Baby ${sex}${tag ? ` ${tag}` : ''} ${phi('name', baby.last, 'baby_last')}`,
    () =>
      t`${phi('name', baby.last.toUpperCase(), 'baby_last')}, BABY ${sex.toUpperCase()}${tag ? ` ${tag}` : ''}`,
    () => t`${phi('name', baby.last, 'baby_last')}, ${sex}${tag ? ` ${tag}` : ''}`,
    () => t`BB${sex.charAt(0)}${tag ? ` ${tag}` : ''} ${phi('name', baby.last, 'baby_last')}`,
  ])();
};

const FULLISH = ['full', 'last_first', 'upper_last_first', 'full_middle', 'last_first_middle'] as const;

const gp = (g: Gen, p: Person): Piece => anyName(g, p, FULLISH);

const fob = (g: Gen): string => g.pick(['FOB', 'Father of baby', 'FOB/partner', 'Dad']);

const cityOnly = (g: Gen): Span => address(g).city;

const prenatalVisit: Template = (g) => {
  const pt = mother(g);
  const dad = man(g);
  const doula = person(g);
  const cnm = person(g, { minAge: 30, maxAge: 65 });
  const visit = recentDate(g);
  const lmp = addDays(visit, -g.int(90, 250));
  const edd = addDays(lmp, 280);
  const gw = g.int(12, 39);
  return t`${orgOf(g.pick(['Northgate Midwifery Collective', 'Riverstone Family Medicine']))} — OB RETURN VISIT
Pt: ${gp(g, pt)}   DOB ${formatDate(g, pt.dob)}   ${mrn(g)}
Age ${ageUnder90(g, yearsOld(pt))}  G${g.int(1, 5)}P${g.int(0, 3)}0${g.int(0, 1)}${g.int(0, 3)} @ ${gw}w${g.int(0, 6)}d
LMP ${formatDate(g, lmp)}  EDD ${formatDate(g, edd)} by ${keep('eponym', 'Naegele dating')}, c/w 8wk US
Prior: ${yearAlone(g)} SVD 3100 g, uncomplicated
S: +FM, occ ${keep('eponym', 'Braxton Hicks')}, denies LOF/VB/HA/visual changes.
O: ${keep('lab_value', `BP ${g.int(100, 148)}/${g.int(60, 96)}`)}  wt ${g.int(120, 240)} lb  FH ${gw} cm  FHT ${g.int(120, 160)} by ${devName(g, 'fetal')}
Labs: ${lab(g, 'ob')}; Rh ${g.pick(['pos', 'neg — RhoGAM at 28 wk'])}; GBS pending
A/P: IUP at ${gw}w — ${icd(g)}, ${icd(g)}
 - continue ${drug(g, 'ob')}
 - ${drug(g, 'ob')} today, lot ${lot(g)}
 - ${fob(g)} ${nameIn(g, dad, g.pick(['full', 'first']))} present, supportive; doula ${nameIn(g, doula, 'full')} (${phoneValue(g)}) w/ ${orgOf('Nurture Nest Doula Services')}
 - RTC ${g.pick(['2 wks', '4 wks', '1 wk'])}; next appt ${formatDate(g, addDays(visit, 14))}
${nameIn(g, cnm, 'full')}, CNM  ${g.pick(['Lic.', 'CNM lic #'])} ${stateLicenseValue(g)}  e-signed ${formatDate(g, visit)}`;
};

const deliveryNote: Template = (g) => {
  const mom = mother(g);
  const born = recentDate(g);
  const baby = newborn(g, mom, born);
  const dad = man(g);
  const doula = woman(g);
  const ob = person(g, { minAge: 30, maxAge: 65 });
  const peds = person(g, { minAge: 30, maxAge: 65 });
  const sw = baby.sex === 'female' ? 'female' : 'male';
  return t`DELIVERY NOTE — ${orgOf('Harbor Bend Women & Infants Hospital')} L&D
Mother: ${anyName(g, mom, ['upper_last_first', 'last_first', 'full'])}  ${mrn(g)}  ${ageUnder90(g, yearsOld(mom))} yo G${g.int(2, 4)}P${g.int(1, 3)}
Infant: ${babyLabel(g, baby)}  MRN ${mrnValue(g)}  band #${phi('other_id', `${g.digits(6)}`, 'id_band')}
Delivered ${formatDate(g, born)} at ${String(g.int(0, 23)).padStart(2, '0')}${String(g.int(0, 59)).padStart(2, '0')}, ${g.chance(0.3) ? t`VAVD (${devName(g, 'vacuum')})` : g.pick(['NSVD', 'SVD'])} of a live ${sw} infant from ${g.pick(['ROA', 'LOA', 'OP'])}.
${keep('eponym', 'modified Ritgen')} used; nuchal cord x1 reduced. ${keep('eponym', 'Apgars')} scores ${g.int(5, 9)}/${g.int(7, 10)}. BW ${g.int(2400, 4300)} g.
${lab(g, 'ob')}. Placenta delivered spont, 3VC. EBL ${g.int(150, 900)} mL. ${drug(g, 'ob')} after delivery of ant shoulder.
Infant: ${drug(g, 'neo')}, ${drug(g, 'neo')} given in DR; footprints taken (print ID ${phi('biometric', `FP-${g.digits(3)}-${g.letters(3)}`, 'footprint')}); ${devName(g, 'tag')} ${phi('device', `${g.letters(2)}${g.digits(6)}`, 'security_tag')} applied.
Support: ${fob(g)} ${nameIn(g, dad, 'full')} cut cord; doula ${nameIn(g, doula, g.pick(['full', 'first']))} present.
Peds at delivery: ${clinicianName(g, peds)}.  Attending: ${clinicianName(g, ob)}
Dx ${icd(g)} / ${icd(g)}  CPT ${cptCode(g)}`;
};

const twinsSummary: Template = (g) => {
  const mom = mother(g);
  const born = recentDate(g);
  const a = newborn(g, mom, born);
  const b = newborn(g, mom, born);
  const surgeon = person(g, { minAge: 30, maxAge: 65 });
  const twin = (p: Person, tag: string): Frag =>
    t`Twin ${tag}: ${babyLabel(g, p, tag)} | MRN ${mrnValue(g)} | ${g.int(1500, 2900)} g | ${keep('eponym', 'Apgars')} ${g.int(3, 9)},${g.int(6, 9)} | ${g.pick(['to NICU', 'to MBU', 'to SCN'])}`;
  return t`CESAREAN DELIVERY SUMMARY — DI/DI TWINS
Patient ${nameIn(g, mom, g.pick(['last_first', 'upper_last_first']))}, ${ageUnder90(g, yearsOld(mom))} y/o, GA ${g.int(32, 37)}+${g.int(0, 6)}
Date of surgery: ${formatDate(g, born)}   Surgeon: ${clinicianName(g, surgeon)}   NPI ${npiValue(g)}
Indication: twin B ${g.pick(['breech', 'transverse'])}, ${icd(g)}
Procedure: primary LTCS via ${keep('eponym', 'Pfannenstiel skin incision')}; ${drug(g, 'ob')}; ${drug(g, 'ob')}
${twin(a, 'A')}
${twin(b, 'B')}
Both infants: ${drug(g, 'neo')}; ${lab(g, 'ob')}
Dx codes ${keep('clinical_code', 'Z38.31', 'ICD-10')}, ${icd(g)}; ${snomedCode(g)}
Contact: ${g.pick(['husband', 'partner', 'FOB'])} ${nameIn(g, man(g), 'full')} ${phoneValue(g)}`;
};

const nicuProgress: Template = (g) => {
  const mom = mother(g);
  const born = recentDate(g);
  const baby = newborn(g, mom, born);
  const dad = man(g);
  const nnp = person(g, { minAge: 28, maxAge: 60 });
  const att = person(g, { minAge: 30, maxAge: 65 });
  const dol = g.int(2, 40);
  return t`NICU Progress Note  DOL ${dol}  (${formatDate(g, addDays(born, dol))})
${babyLabel(g, baby)}  ${mrn(g)}  Bed ${g.int(1, 40)}  GA at birth ${g.int(24, 35)}+${g.int(0, 6)} wk, CGA ${g.int(28, 40)}+${g.int(0, 6)}
Wt ${g.int(700, 2600)} g (${pctile(g)} on ${keep('eponym', 'Fenton growth chart')}), HC ${g.int(24, 33)}.${g.int(0, 9)} cm
RESP: on ${devName(g, 'nicu')} +${g.int(5, 7)}, FiO2 ${g.int(21, 40)}%; ${drug(g, 'neo')}; A/B/D x${g.int(0, 6)} last 24h
FEN/GI: EBM/DBM ${g.int(80, 160)} mL/kg/d via OG, fortified to 24 kcal; ${lab(g, 'neo')}
ID: ${drug(g, 'neo')}; ${lab(g, 'neo')}; BCx NGTD
BILI: ${keep('lab_value', `TSB ${g.int(6, 18)}.${g.int(0, 9)} mg/dL`)} — under ${devName(g, 'bili')}, below light level per ${keep('eponym', 'Bhutani nomogram')}
NEURO: HUS ${formatDate(g, addDays(born, 7))} no IVH
SOCIAL: mom ${nameIn(g, mom, g.pick(['first', 'full']))} visited, pumping; ${fob(g)} ${nameIn(g, dad, 'full')} ${phone(g)}; SW following (${community(g)})
${nameIn(g, nnp, 'full')}, NNP / attending ${clinicianName(g, att)}`;
};

const nicuDischarge: Template = (g) => {
  const mom = mother(g);
  const born = recentDate(g);
  const baby = newborn(g, mom, born);
  const home: Address = address(g);
  const pcp = person(g, { minAge: 30, maxAge: 65 });
  const att = person(g, { minAge: 30, maxAge: 65 });
  const los = g.int(10, 80);
  return t`NICU DISCHARGE SUMMARY
Name: ${babyLabel(g, baby)} (to be named "${phi('name', `${baby.first} ${baby.last}`, 'full')}")   ${mrn(g)}
DOB ${formatDate(g, born)}   Admit ${formatDate(g, born)}   D/C ${formatDate(g, addDays(born, los))}
Mother ${gp(g, mom)}, ${ageUnder90(g, yearsOld(mom))} y/o, Medicaid ID ${memberIdValue(g)}, HAR ${accountValue(g)}
Home: ${addressLine(g, home)}
Hospital course: ${g.int(26, 34)}-wk infant, RDS s/p ${drug(g, 'neo')}; ${drug(g, 'neo')} stopped CGA 34 wk.
Screens: NBS #1 ${phi('other_id', `${g.digits(2)}-${g.digits(7)}`, 'nbs_kit')} normal; ${devName(g, 'hearing')} hearing pass bilat; CCHD pass; car seat challenge passed in ${devName(g, 'seat')}.
Home equipment: ${devName(g, 'home')} ${g.pick(['serial no.', 'S/N'])} ${serialValue(g)}; O2 concentrator ${udiValue(g)}
D/C meds (Rx by ${clinicianName(g, att)}, DEA ${deaValue(g, att.last)}): ${drug(g, 'neo')}; ${drug(g, 'neo')}
Immunizations: ${keep('drug_dose', g.pick(['Engerix-B pediatric (hepatitis B vaccine) 10 mcg/0.5 mL IM', 'nirsevimab (Beyfortus) 50 mg IM']))} on ${formatDate(g, addDays(born, g.int(1, 60)))}
Follow-up: PCP ${clinicianName(g, pcp)}, ${org(g)}, ${phone(g)} ${fax(g)} within 48 h; NICU follow-up clinic at ${g.int(4, 8)} mo corrected
Dx: ${icd(g)}, ${icd(g)}  CPT ${cptCode(g)}`;
};

const newbornScreen: Template = (g) => {
  const mom = mother(g);
  const born = recentDate(g);
  const baby = newborn(g, mom, born);
  const sub = person(g, { minAge: 30, maxAge: 65 });
  const rows: [string, Piece][] = [
    ['PKU/PHE', 'Normal'],
    ['Congenital hypothyroidism', keep('lab_value', `TSH ${g.int(2, 24)}.${g.int(0, 9)} mIU/L`)],
    ['Galactosemia (GALT)', 'Normal'],
    ['Hemoglobinopathy', g.pick(['FA', 'FAS — trait, counsel', 'FA'])],
    ['CF (IRT)', g.pick(['Normal', 'Borderline - repeat'])],
    ['SCID (TREC)', 'Normal'],
    ['SMA', 'Normal'],
  ];
  return t`${orgOf('State Newborn Screening Laboratory')} — NEWBORN SCREENING REPORT (${loincCode(g)})
Kit/Specimen #: ${phi('other_id', `${g.letters(1)}${g.digits(8)}`, 'nbs_kit')}     Lab accession ${phi('other_id', `NS${g.digits(7)}`, 'accession')}
Infant: ${babyLabel(g, baby)}   Sex: ${baby.sex === 'female' ? 'F' : 'M'}   Birth date: ${formatDate(g, born)}   BW ${g.int(1200, 4400)} g
Collected: ${formatDate(g, addDays(born, 1))} @ ${g.int(24, 48)} h of age   Received: ${formatDate(g, addDays(born, 3))}
Mother: ${gp(g, mom)}   Mother DOB ${formatDate(g, mom.dob)}   Mother phone ${phoneValue(g)}
Submitter: ${clinicianName(g, sub)} NPI ${npiValue(g)} / ${org(g)} ${fax(g)}
${join(
  rows.map(([k, v]) => t`  ${k.padEnd(30, '.')} ${v}`),
  '\n',
)}
Transfusion before collection: ${g.pick(['No', 'N'])}   Feeding: ${g.pick(['breast', 'formula', 'TPN'])}
Report version ${version(g)}`;
};

const hearingScreen: Template = (g) => {
  const mom = mother(g);
  const born = recentDate(g);
  const baby = newborn(g, mom, born);
  const aud = person(g, { minAge: 25, maxAge: 60 });
  const pass = g.chance(0.7);
  return t`Newborn Hearing Screen — ${babyLabel(g, baby)} (DOB ${formatDate(g, born)}) ${mrn(g)}
Method: AABR 35 dB nHL, ${devName(g, 'hearing')} s/n ${serialValue(g)}
Right ear: ${pass ? 'PASS' : 'REFER'}    Left ear: PASS    Screen date ${formatDate(g, addDays(born, 1))}
${pass ? 'No further screening needed; risk factors: none.' : t`Rescreen booked ${formatDate(g, addDays(born, 14))} with ${nameIn(g, aud, 'full')}, AuD, ${phoneValue(g)}. EHDI notified.`}
Parent given results: ${nameIn(g, mom, g.pick(['full', 'first']))}. Codes ${loincCode(g)}, ${cptCode(g)}`;
};

const wellChild: Template = (g) => {
  const kid = child(g, 1, 5);
  const mom = woman(g);
  const md = person(g, { minAge: 30, maxAge: 65 });
  const visit = recentDate(g);
  const vaccines = g.some(VACCINES, 2, 4);
  return t`${g.pick(['12', '15', '18', '24', '36'])} MONTH WELL CHILD CHECK — ${org(g)}
${gp(g, kid)}  DOB: ${formatDate(g, kid.dob)}  ${mrn(g)}  age ${ageUnder90(g, yearsOld(kid))} y
Accompanied by ${g.pick(['mother', 'grandmother', 'foster mother', 'aunt'])} ${nameIn(g, mom, g.pick(['full', 'title_last']))}
Growth: wt ${g.int(8, 17)}.${g.int(0, 9)} kg (${pctile(g)}), len ${g.int(70, 100)} cm (${pctile(g)}), HC (${pctile(g)}); WHO chart
Dev: ${keep('eponym', 'Denver II screen')} / ASQ-3 passed all domains; M-CHAT-R low risk
Labs: ${lab(g, 'peds')}, ${lab(g, 'peds')}
Vaccines today (VIS given, consent by parent):
${join(
  vaccines.map(
    ([name, code, mfr]) =>
      t`  ${name}  CVX ${keep('clinical_code', code, 'CVX')}  ${mfr} lot ${lot(g)}  ${g.pick(['L thigh', 'R thigh', 'L deltoid'])}`,
  ),
  '\n',
)}
${drug(g, 'peds')} — ${cptCode(g)}
A/P: ${icd(g)} well child; ${keep('clinical_code', 'Z28.39', 'ICD-10')} catch-up immunizations. Next WCC ${formatDate(g, addDays(visit, g.int(90, 180)))}
${clinicianName(g, md)} ${formatDate(g, visit)}`;
};

const iisQueryText: Template = (g) => {
  const kid = child(g, 1, 17);
  const mom = person(g);
  const a = address(g);
  const doses = g.int(3, 6);
  const rows: Frag[] = [];
  for (let i = 0; i < doses; i++) {
    const v = cvx(g);
    rows.push(
      t`${v.code},"${v.name}",${isoDate(addDays(kid.dob, 60 * (i + 1)))},${lot(g)},${orgOf(g.pick(['Cedar Hollow Pediatrics', 'Bluebonnet Pediatric Associates', 'Riverstone Family Medicine']))},${g.pick(['Y', 'N'])}`,
    );
  }
  return t`IIS QUERY RESPONSE (QBP^Q11 / RSP^K11)  HL7 ${keep('version', '2.5.1')}
Query ${g.pick(['exact match', 'single match found'])} at ${systemTimestamp(g)}
Registry client ID: ${phi('other_id', `${g.digits(9)}`, 'iis_client')}
Patient: ${nameIn(g, kid, g.pick(['upper_last_first', 'hl7', 'last_first_middle']))}   DOB ${formatDate(g, kid.dob)}   Sex ${kid.sex === 'female' ? 'F' : 'M'}
Mother's maiden name: ${phi('name', mom.last.toUpperCase(), 'maiden')}   Mother first: ${phi('name', mom.first, 'first')}
Address: ${addressLine(g, a)}   Phone ${phoneValue(g)}
--- vaccination history (csv) ---
cvx,vaccine,date_admin,lot,provider_org,historical
${join(rows, '\n')}
--- forecast ---
${g.pick(['Up to date for age', 'DTaP #4 due', 'MMR #2 overdue'])}; ACIP schedule ${yearAlone(g)}`;
};

const schoolNurseLog: Template = (g) => {
  const school = orgOf(
    g.pick(['Maplewood Unified School District', 'Little Acorns Child Development Center']),
  );
  const entry = (): Frag => {
    const k = child(g, 5, 13);
    const parent = person(g);
    const time = `${g.int(8, 14)}:${String(g.int(0, 59)).padStart(2, '0')}`;
    return g.pick([
      () =>
        t`${time}  ${nameIn(g, k, g.pick(['full', 'last_first', 'first']))} (gr ${g.int(1, 6)}, age ${ageUnder90(g, yearsOld(k))}) c/o HA; T 99.1; ${drug(g, 'peds')} per standing order; back to class`,
      () =>
        t`${time}  ${nameIn(g, k, 'full')} — wheezing at recess, ${drug(g, 'peds')}; called ${parent.sex === 'female' ? 'mom' : 'dad'} ${nameIn(g, parent, 'full')} ${phoneValue(g)}, picked up`,
      () =>
        t`${time}  ${nameIn(g, k, g.pick(['full', 'initials']))} POC glucose check: ${lab(g, 'peds')}; snack given; pump data uploaded`,
      () =>
        t`${time}  ${nameIn(g, k, 'full')} fell on playground, abrasion L knee, cleaned; note home to ${nameIn(g, parent, 'title_last')}`,
    ])();
  };
  const rn = person(g, { minAge: 25, maxAge: 64 });
  return t`${school} — Health Office Daily Log ${formatDate(g, recentDate(g), 'us')}
${join([entry(), entry(), entry(), entry()], '\n')}
Nurse: ${nameIn(g, rn, 'full')}, RN  lic ${stateLicenseValue(g)}`;
};

const daycareIncident: Template = (g) => {
  const k = child(g, 1, 5);
  const mom = woman(g);
  const grandpa = man(g, { minAge: 55, maxAge: 80 });
  const staff = person(g);
  const day = recentDate(g);
  return t`${orgOf(g.pick(['Lullaby Lane Early Learning Center', 'Little Acorns Child Development Center']))}
INCIDENT / ILLNESS REPORT
Child: ${nameIn(g, k, g.pick(['full', 'last_first']))}   DOB ${formatDate(g, k.dob)}   Room: ${g.pick(['Toddlers', 'Butterflies', 'Preschool 2'])}
Date/time: ${formatDate(g, day)} ${g.int(9, 16)}:${String(g.int(0, 59)).padStart(2, '0')}
What happened: ${g.pick(['bitten on L forearm by peer, skin not broken', 'temp 101.4 axillary, sent home per policy', 'hives on trunk after lunch; no breathing difficulty'])}
First aid: ice, ${g.chance(0.5) ? 'Benadryl per allergy action plan' : 'none'}; staff ${nameIn(g, staff, g.pick(['full', 'first']))}
Parent notified: ${nameIn(g, mom, 'full')} at ${phoneValue(g)}
Authorized pickup: ${g.pick(['grandfather', 'grandpa', 'MGF'])} ${nameIn(g, grandpa, 'full')}, ID checked (DL ${driversLicenseValue(g)}), vehicle ${g.pick(['plate', 'tag'])} ${plateValue(g)}
Parent signature: ____________ ${formatDate(g, day, 'us_short')}`;
};

const chipLetter: Template = (g) => {
  const parent = person(g);
  const kids = [child(g, 1, 17), child(g, 1, 17)];
  const a = address(g);
  const worker = person(g);
  const date = recentDate(g);
  return t`${orgOf('Sunrise CHIP Partners')} / Medicaid — NOTICE OF ELIGIBILITY
${nameIn(g, parent, g.pick(['full', 'upper_last_first']))}
${addressLine(g, a)}
Case number: ${phi('other_id', `${g.int(2019, 2025)}-${g.digits(8)}`, 'case')}     Notice date: ${formatDate(g, date)}
Applicant ${ssn(g, true)}
Household members found eligible:
${join(
  kids.map(
    (k) =>
      t`  - ${nameIn(g, k, 'full')}, born ${formatDate(g, k.dob)} — CHIP, plan ${orgOf('Peachtree Kids Health Plan')}, ID ${memberIdValue(g)}, effective ${formatDate(g, addDays(date, 15))}`,
  ),
  '\n',
)}
Household income ${g.int(140, 210)}% FPL; no premium. Renewal due ${formatDate(g, addDays(date, 365))}.
Questions: caseworker ${nameIn(g, worker, 'full')} ${phone(g)}, ${fax(g)}, ${email(g, worker.first, worker.last)}`;
};

const fosterNote: Template = (g) => {
  const k = child(g, 2, 12);
  const bioMom = woman(g);
  const bioDad = man(g);
  const aunt = woman(g);
  const ggm = woman(g);
  const judge = person(g, { minAge: 40, maxAge: 70 });
  const cw = person(g);
  const casa = person(g);
  const a = address(g);
  const ggmAge = elder(g);
  return t`${orgOf('Department of Children and Family Services')} — CASE NOTE (placement)
Child: ${nameIn(g, k, g.pick(['full', 'last_first']))}, ${ageUnder90(g, yearsOld(k))} yo, DOB ${formatDate(g, k.dob)}   Case # ${phi('other_id', `${g.letters(2)}-${g.digits(7)}`, 'case')}
Removed from home of bio mother ${nameIn(g, bioMom, 'full')} on ${formatDate(g, recentDate(g))} (neglect). Bio father ${nameIn(g, bioDad, g.pick(['full', 'first']))} incarcerated at ${g.pick(['county jail', 'state facility'])}; no contact order.
Kinship placement with maternal aunt ${nameIn(g, aunt, 'full')}, ${addressLine(g, a)}, ${phone(g)}; home study approved; DL ${driversLicenseValue(g)} verified.
Maternal great-grandmother ${nameIn(g, ggm, g.pick(['full', 'title_last']))}, age ${phi('age', String(ggmAge))}, lives in ${cityOnly(g)}, wants visits; unable to take placement due to health.
Medical: child on ${drug(g, 'peds')}; Medicaid ${memberIdValue(g)}; PCP ${org(g)}. Mother consents to records release? No — court ordered.
Court: review hearing ${formatDate(g, recentDate(g))} before Judge ${phi('name', judge.last, 'judge_last')}; CASA ${nameIn(g, casa, 'full')}.
Worker: ${nameIn(g, cw, 'full')}, ${email(g, cw.first, cw.last)}`;
};

const custodyAlert: Template = (g) => {
  const k = child(g, 1, 15);
  const guardian = person(g);
  const restricted = person(g);
  const grandma = woman(g, { minAge: 50, maxAge: 80 });
  return t`*** CHART ALERT — LEGAL CUSTODY ***
Patient ${nameIn(g, k, g.pick(['full', 'upper_last_first']))} (${mrnValue(g)})
Legal guardian per court order ${phi('other_id', `${g.int(2019, 2025)}-FAM-${g.digits(5)}`, 'court_order')} dated ${formatDate(g, recentDate(g))}: ${g.pick(['paternal grandmother', 'maternal grandmother'])} ${nameIn(g, grandma, 'full')}, ${phoneValue(g)}.
Co-guardian: ${nameIn(g, guardian, 'full')} (${guardian.sex === 'female' ? g.pick(['aunt', 'step-mother']) : g.pick(['uncle', 'step-father'])}).
DO NOT release information to or discharge child to ${nameIn(g, restricted, g.pick(['full', 'upper_last_first']))} (${restricted.sex === 'female' ? 'bio mother' : g.pick(['bio father', "mother's ex-partner"])}) — protective order; vehicle of concern ${vinValue(g)}.
Copy of order scanned to media tab ${formatDate(g, recentDate(g), 'iso')}.`;
};

const pedigree: Template = (g) => {
  const proband = child(g, 1, 16);
  const mom = woman(g, { minAge: 25, maxAge: 45 });
  const dad = man(g, { minAge: 25, maxAge: 50 });
  const mgm = woman(g, { minAge: 50, maxAge: 75 });
  const pgf = man(g, { minAge: 50, maxAge: 80 });
  const ggm = woman(g);
  const sib = child(g, 1, 16);
  const gc = person(g, { minAge: 28, maxAge: 60 });
  const ggmAge = elder(g);
  const rel = (label: string, p: Person, age: Span, more: Piece): Frag =>
    t`${label}: ${nameIn(g, p, g.pick(['full', 'first', 'full_middle']))}, ${age}, ${more}`;
  return t`GENETICS — THREE-GENERATION PEDIGREE (text rendering)
Proband (arrow): ${nameIn(g, proband, 'full')}, ${ageUnder90(g, yearsOld(proband))} y, referred for ${g.pick(['global developmental delay', 'hypotonia', 'short stature', 'hearing loss'])}
II-1 ${rel('Mother', mom, ageUnder90(g, yearsOld(mom)), t`healthy, born in ${cityOnly(g)}`)}
II-2 ${rel('Father', dad, ageUnder90(g, yearsOld(dad)), t`${g.pick(['learning disability', 'healthy'])}, lives in ${cityOnly(g)}`)}
III-2 ${rel(sib.sex === 'female' ? 'Sister' : 'Brother', sib, ageUnder90(g, yearsOld(sib)), 'healthy')}
I-2 ${rel('MGM', mgm, ageUnder90(g, yearsOld(mgm)), t`T2DM, ${g.pick(['hearing aids since 50', 'breast ca at 48'])}`)}
I-3 ${rel('PGF', pgf, ageUnder90(g, yearsOld(pgf)), t`d. MI, ${cityOnly(g)}`)}
0-1 ${rel('Maternal great-grandmother', ggm, phi('age', String(ggmAge)), 'living, dementia')}
Consanguinity: ${g.pick(['denied', 'parents are second cousins'])}. Ancestry: ${g.pick(['Irish/Mexican', 'Hmong', 'Ashkenazi/Italian', 'Nigerian'])}
Testing: ${g.pick(['CMA', 'exome trio', 'Fragile X'])} — ${cptCode(g)}; ${snomedCode(g)}
Counselor: ${nameIn(g, gc, 'full')}, MS, CGC ${fax(g)}`;
};

const triageCall: Template = (g) => {
  const k = child(g, 1, 6);
  const parent = person(g);
  const rn = person(g, { minAge: 25, maxAge: 60 });
  const oncall = person(g, { minAge: 30, maxAge: 65 });
  const wt = g.int(8, 22);
  return t`AFTER-HOURS TRIAGE  ${systemTimestamp(g)}
Caller: ${nameIn(g, parent, g.pick(['full', 'first']))} (${parent.sex === 'female' ? g.pick(['mom', 'grandma', 'step-mom']) : g.pick(['dad', 'grandpa'])}) callback ${phoneValue(g)}
Patient: ${nameIn(g, k, g.pick(['full', 'last_first']))}  DOB ${formatDate(g, k.dob)}  ${ageUnder90(g, yearsOld(k))} yo  wt ${wt} kg
CC: fever ${g.int(101, 104)}.${g.int(0, 9)} F x2 days, ${g.pick(['pulling at ears', 'rash on trunk', 'barky cough', 'vomiting x3'])}
Protocol: ${keep('eponym', 'Schmitt-Thompson protocol')} "${g.pick(['Fever - Pediatric', 'Croup', 'Rash - Widespread', 'Vomiting'])}"
Parent sent photo via portal: ${photoFile(g, k.last)}. Blanching, no petechiae.
Advice: ${keep('drug_dose', `${g.pick(['Infant Tylenol (acetaminophen)', "Infants' Motrin (ibuprofen)"])} ${wt * 10} mg`)} for ${wt} kg; push fluids; call back if worse.
Disposition: ${g.pick(['home care', 'see in office AM', 'ED now'])} — appt with ${clinicianName(g, oncall)} ${formatDate(g, recentDate(g))}
RN: ${nameIn(g, rn, g.pick(['full', 'initials']))}`;
};

const lactationConsult: Template = (g) => {
  const mom = mother(g);
  const born = recentDate(g);
  const baby = newborn(g, mom, born);
  const ibclc = person(g, { minAge: 25, maxAge: 60 });
  return t`LACTATION CONSULT — ${orgOf(g.pick(['Harbor Bend Women & Infants Hospital', 'Kestrel Valley Children’s Hospital']))}
Mother: ${gp(g, mom)}, ${ageUnder90(g, yearsOld(mom))} yo P${g.int(1, 4)}, ${mrn(g)}
Infant: ${babyLabel(g, baby)}, DOL ${g.int(1, 6)}, born ${formatDate(g, born)}; BW ${g.int(2500, 4200)} g, today ${g.int(2400, 4100)} g (${g.int(3, 9)}% loss)
LATCH score ${g.int(5, 10)}; shallow latch, ${g.pick(['tongue-tie suspected', 'flat nipples', 'sleepy baby'])}. ${lab(g, 'ob')}.
Plan: nipple shield 20 mm; pump after feeds with ${devName(g, 'pump')} (rental ${g.pick(['serial', 'S/N'])} ${serialValue(g)}); ${drug(g, 'ob')}
Referred to ${orgOf('La Leche League')} group; WIC pump request sent.
Virtual follow-up: ${urlValue(g, mom.last)}; mom email ${email(g, mom.first, mom.last)}, cell ${phoneValue(g)}
${nameIn(g, ibclc, 'full')}, IBCLC #${phi('license', `L-${g.digits(5)}`, 'ibclc')}`;
};

const portalMessage: Template = (g) => {
  const k = child(g, 1, 10);
  const parent = person(g);
  const rn = person(g, { minAge: 25, maxAge: 60 });
  return t`From: ${nameIn(g, parent, 'full')} <${email(g, parent.first, parent.last)}>
Re: ${nameIn(g, k, g.pick(['first', 'full']))} - question

hi this is ${phi('name', parent.first.toLowerCase(), 'first_lower')}, my ${k.sex === 'female' ? 'daughter' : 'son'} ${phi('name', k.first.toLowerCase(), 'first_lower')} (dob ${formatDate(g, k.dob, 'us_short')}) has had a cough since ${formatDate(g, recentDate(g), 'month_ordinal')} and the daycare wont take ${k.sex === 'female' ? 'her' : 'him'} back w/o a note. also can u send ${k.sex === 'female' ? 'her' : 'his'} shot record to school? fax is ${phoneValue(g, 'fax')}. thx

--- reply ---
Hi ${phi('name', parent.first, 'first')}, I left the note in the portal (${urlValue(g, parent.last)}). Immunization record printed from registry. Please keep using ${drug(g, 'peds')}.
${nameIn(g, rn, 'full')}, RN — ${org(g)}`;
};

const carSeatCheck: Template = (g) => {
  const k = child(g, 0, 7);
  const parent = person(g);
  const tech = person(g);
  return t`CHILD PASSENGER SAFETY SEAT CHECK FORM — ${orgOf('Safe Kids Coalition')}
Date: ${formatDate(g, recentDate(g))}   Event: fire station check-up
Caregiver: ${nameIn(g, parent, 'full')}   ${phone(g)}
Address: ${addressLine(g, address(g))}
Child: ${nameIn(g, k, 'first')}, age ${ageUnder90(g, yearsOld(k))}, wt ${g.int(6, 28)} kg
Vehicle: ${yearAlone(g)} ${g.pick(['Honda Odyssey', 'Toyota RAV4', 'Ford Explorer', 'Chevy Equinox'])}, VIN ${vinValue(g)}, plate ${plateValue(g)}
Seat: ${devName(g, 'seat')} ${g.pick(['rear-facing', 'forward-facing', 'booster'])}, mfg date ${g.int(2019, 2025)}-${String(g.int(1, 12)).padStart(2, '0')}, not expired, no recalls
Findings: harness loose, recline angle corrected; LATCH used, top tether n/a
Technician: ${nameIn(g, tech, 'full')}, CPST ID ${phi('other_id', `T${g.digits(6)}`, 'cpst')}`;
};

const birthWorksheet: Template = (g) => {
  const mom = mother(g);
  const dad = man(g);
  const born = recentDate(g);
  const baby = newborn(g, mom, born);
  const a = address(g);
  const cert = person(g, { minAge: 30, maxAge: 65 });
  return t`MOTHER'S WORKSHEET FOR CHILD'S BIRTH CERTIFICATE
1. Child's name: ${phi('name', `${baby.first} ${baby.middle} ${baby.last}`, 'full_middle_name')}
2. Date of birth ${formatDate(g, born)}  Time ${g.int(0, 23)}:${String(g.int(0, 59)).padStart(2, '0')}  Facility: ${orgOf('Harbor Bend Women & Infants Hospital')}
3. Mother's current legal name: ${nameIn(g, mom, 'full_middle')}   Name prior to first marriage: ${phi('name', person(g).last, 'maiden')}
4. Mother's DOB ${formatDate(g, mom.dob)}   Birthplace: ${cityOnly(g)}, ${g.us.location.state()}
5. Residence: ${addressLine(g, a)}   County: ${a.county}
6. Mother's ${ssn(g, true)}    ☑ Request SSN for baby
7. Father's name: ${nameIn(g, dad, 'full_middle')}   DOB ${formatDate(g, dad.dob)}   ${ssn(g, true)}
8. Attendant: ${clinicianName(g, cert)}  NPI ${npiValue(g)}
State file # ${phi('other_id', `${g.int(100, 199)}-${yearAlone(g).value}-${g.digits(6)}`, 'birth_cert')}`;
};

const wicCert: Template = (g) => {
  const mom = mother(g);
  const k = child(g, 1, 4);
  const rd = person(g);
  const a = address(g);
  return t`${orgOf('Tri-County WIC Program')} Certification — ${formatDate(g, recentDate(g))}
Family ID ${phi('other_id', `WIC${g.digits(8)}`, 'wic_family')}   Clinic ${g.int(1, 30)}
Participants: ${nameIn(g, mom, 'full')} (${g.pick(['postpartum, BF', 'pregnant', 'breastfeeding'])}); ${nameIn(g, k, 'full')} (child, DOB ${formatDate(g, k.dob)})
Adjunct eligibility: Medicaid ${memberIdValue(g)}
Address ${addressLine(g, a)}; phone ${phoneValue(g)}; ${email(g, mom.first, mom.last)}
Anthro: child ${g.int(8, 17)} kg, wt/len ${pctile(g)}; ${lab(g, 'peds')}
Food package: ${g.pick(['IV-B', 'V-A', 'VII'])}; Formula: none. Breast pump: ${devName(g, 'pump')} issued s/n ${serialValue(g)}
Nutrition ed: iron-rich foods, ${drug(g, 'peds')}
CPA: ${nameIn(g, rd, 'full')}, RD`;
};

/** An EHR tool result returned as JSON in a text block. */
const ehrToolResultJson: Template = (g) => {
  const mom = mother(g);
  const born = recentDate(g);
  const baby = newborn(g, mom, born);
  return jsonText(
    {
      resourceType: 'Bundle',
      id: uuid(g),
      meta: { lastUpdated: systemTimestamp(g) },
      entry: [
        {
          resource: {
            resourceType: 'Patient',
            id: uuid(g),
            identifier: [{ system: 'urn:mrn', value: mrnValue(g) }],
            name: [{ family: phi('name', baby.last, 'family'), given: [phi('name', baby.first, 'given')] }],
            birthDate: isoDate(born),
            multipleBirthInteger: g.pick([1, 2]),
            managingOrganization: { display: org(g) },
          },
        },
        {
          resource: {
            resourceType: 'RelatedPerson',
            relationship: [{ coding: [{ code: 'MTH', display: 'mother' }] }],
            name: [{ text: phi('name', `${mom.first} ${mom.last}`, 'full') }],
            telecom: [
              { system: 'phone', value: phoneValue(g) },
              { system: 'email', value: email(g, mom.first, mom.last) },
            ],
            birthDate: isoDate(mom.dob),
          },
        },
        {
          resource: {
            resourceType: 'Observation',
            code: { coding: [{ system: 'http://loinc.org', code: loincCode(g) }] },
            valueString: lab(g, 'neo'),
            effectiveDateTime: isoDate(addDays(born, 1)),
          },
        },
      ],
    },
    2,
  );
};

const daycareRosterCsv: Template = (g) => {
  const row = (): Frag => {
    const k = child(g, 1, 5);
    const p = person(g);
    return t`${phi('name', k.last, 'last')},${phi('name', k.first, 'first')},${isoDate(k.dob)},${phi('name', `${p.first} ${p.last}`, 'full')},${phoneValue(g)},${g.pick(['peanut', 'none', 'dairy', 'egg'])},${g.pick(['UTD', 'exempt-medical', 'UTD', 'overdue'])}`;
  };
  return t`${orgOf('Lullaby Lane Early Learning Center')} — emergency contact & immunization roster (export ${systemTimestamp(g)})
\`\`\`csv
last,first,dob,guardian,guardian_phone,allergy,imm_status
${join([row(), row(), row(), row()], '\n')}
\`\`\``;
};

export const BLIND24_TEXT_DOCS: Record<string, Template> = {
  ob_return_visit_midwife: prenatalVisit,
  ld_delivery_note_with_infant: deliveryNote,
  cesarean_di_di_twins_summary: twinsSummary,
  nicu_daily_progress_by_system: nicuProgress,
  nicu_discharge_with_home_equipment: nicuDischarge,
  state_newborn_screen_report: newbornScreen,
  newborn_aabr_hearing_result: hearingScreen,
  toddler_well_child_with_vaccines: wellChild,
  iis_rsp_k11_text_with_csv: iisQueryText,
  school_health_office_log: schoolNurseLog,
  daycare_incident_illness_form: daycareIncident,
  chip_medicaid_eligibility_notice: chipLetter,
  dcfs_kinship_placement_note: fosterNote,
  legal_custody_chart_alert: custodyAlert,
  three_generation_pedigree_text: pedigree,
  peds_after_hours_triage_call: triageCall,
  inpatient_lactation_consult: lactationConsult,
  parent_portal_message_lowercase: portalMessage,
  cpst_car_seat_check_form: carSeatCheck,
  birth_certificate_mother_worksheet: birthWorksheet,
  wic_certification_note: wicCert,
  fhir_newborn_bundle_in_text_block: ehrToolResultJson,
  daycare_roster_csv_block: daycareRosterCsv,
};
