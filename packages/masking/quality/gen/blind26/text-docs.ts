/**
 * Text documents of blind split 26: clinical text as transports and legacy systems carry it.
 * ALL-CAPS terminal printouts, lower-case pager and chat text, unpunctuated dictation, quoted
 * e-mail, pasted EHR screens, 72-column wrapping, OCR'd forms and assistant Markdown.
 * SYNTHETIC DATA ONLY.
 */
import type { Cast } from '../cast';
import type { Gen } from '../context';
import { addDays, MONTHS } from '../dates';
import { Frag, join, keep, type Piece, phi, Span, t } from '../fragment';
import {
  accountValue,
  deaValue,
  driversLicenseValue,
  email,
  ipValue,
  mbiValue,
  memberIdValue,
  mrnValue,
  npiValue,
  phoneValue,
  plateValue,
  serialValue,
  ssn,
  ssnValue,
  udiValue,
  urlValue,
  vinValue,
} from '../identifiers';
import { systemTimestamp, version, yearAlone } from '../keep-vocab';
import { ageOf, type Person, person } from '../people';

type Template = (g: Gen, c: Cast) => Frag;

// ---------------------------------------------------------------- vocabulary of this split

const CAPS_DRUGS: [string, string[]][] = [
  ['FUROSEMIDE TAB', ['40 MG PO BID', '20 MG PO DAILY']],
  ['HEPARIN SOD INJ', ['5000 UNITS SC Q8H', '5000 UNITS SC Q12H']],
  ['PIPERACILLIN-TAZO IVPB', ['3.375 G IV Q8H', '4.5 G IV Q6H']],
  ['METOPROLOL TART TAB', ['25 MG PO Q12H', '12.5 MG PO BID']],
  ['INSULIN LISPRO INJ', ['4 UNITS SC TID AC', '2-10 UNITS SC PER SCALE']],
  ['ENOXAPARIN SYR', ['40 MG SC DAILY', '1 MG/KG SC Q12H']],
  ['PANTOPRAZOLE EC TAB', ['40 MG PO DAILY']],
  ['LEVETIRACETAM IVPB', ['500 MG IV Q12H', '1000 MG IV Q12H']],
  ['AMIODARONE HCL TAB', ['200 MG PO DAILY', '400 MG PO BID']],
  ['CEFEPIME IVPB', ['2 G IV Q12H', '1 G IV Q8H']],
  ['QUETIAPINE FUM TAB', ['25 MG PO QHS PRN']],
  ['POTASSIUM CHL ER TAB', ['20 MEQ PO X1', '40 MEQ PO BID']],
  ['MAGNESIUM SULF IVPB', ['2 G IV ONCE']],
  ['DOCUSATE SOD CAP', ['100 MG PO BID']],
];

const LOWER_DRUGS = [
  'lasix iv',
  'zofran iv',
  'ativan po',
  'haldol im',
  'kdur po',
  'dilaudid iv',
  'narcan iv',
  'tylenol po',
  'precedex gtt',
  'levophed gtt',
];
const LOWER_DOSES = ['40 x1', '4mg prn', '0.5mg once', '2mg now', '20meq x2', '0.2mg q3h', '650mg'];

const CAPS_LABS: [string, number, number, number, string][] = [
  ['NA', 124, 149, 0, ''],
  ['K', 2.6, 6.4, 1, ''],
  ['CO2', 14, 33, 0, ''],
  ['BUN', 6, 88, 0, ''],
  ['CREAT', 0.5, 4.8, 2, ''],
  ['GLU', 42, 480, 0, ''],
  ['HGB', 6.1, 16.8, 1, ''],
  ['WBC', 2.1, 24.5, 1, ''],
  ['PLT', 38, 460, 0, ''],
  ['TROP I', 0.01, 4.2, 2, ''],
  ['LACTATE', 0.6, 7.9, 1, ''],
  ['INR', 0.9, 5.8, 1, ''],
  ['MG', 1.1, 2.9, 1, ''],
];
const LOWER_LABS: [string, number, number, number][] = [
  ['k', 2.7, 6.3, 1],
  ['hgb', 5.9, 9.8, 1],
  ['trop', 0.04, 2.9, 2],
  ['lactate', 2.1, 8.8, 1],
  ['inr', 3.1, 7.4, 1],
  ['bg', 31, 58, 0],
  ['na', 118, 127, 0],
];

const ICD_NODOT = [
  'I5023',
  'J9601',
  'N179',
  'A4151',
  'K8590',
  'E871',
  'I214',
  'J189',
  'K5660',
  'I4891',
  'G9340',
];
const ICD_DOTTED = [
  'I50.23',
  'K70.41',
  'T82.868A',
  'A41.02',
  'K85.11',
  'S72.141A',
  'I21.19',
  'J15.212',
  'K56.60',
];
const DRGS = [
  'MS-DRG 291',
  'MS-DRG 871',
  'MS-DRG 190',
  'MS-DRG 683',
  'MS-DRG 064',
  'MS-DRG 392',
  'MS-DRG 638',
];
const CPT_MOD = ['99223-25', '99233-GC', '36556-RT', '93306-26', '71045-26', '99291-25', '31500-59'];

const EPONYMS = [
  'CHVOSTEK SIGN',
  'MURPHY SIGN',
  'KUSSMAUL RESP',
  'CHEYNE-STOKES',
  'BRUDZINSKI SIGN',
  'TRENDELENBURG',
  'SWAN-GANZ',
  'ROUX-EN-Y',
  'HARTMANN POUCH',
  'CUSHING TRIAD',
  'BECK TRIAD',
  'TROUSSEAU SIGN',
];
const LOWER_EPONYMS = [
  'murphys sign',
  'kussmaul breathing',
  'trendelenburg pos',
  'chvosteks',
  'asterixis per grey turner',
];

const DEVICES = [
  'VOCERA B3000N',
  'SPECTRALINK 8744',
  'ALARIS 8100 PCU',
  'PHILIPS MX800',
  'ZOLL R SERIES',
  'LIFEPAK 35',
  'GE CARESCAPE B650',
  'MEDTRONIC AZURE XT DR MRI',
  'BOSTON SCI ACCOLADE MRI',
  'OMNICELL XT',
  'PYXIS MEDSTATION ES',
  'HILL-ROM CENTRELLA',
];

const ORGS = [
  'QUEST DIAGNOSTICS',
  'LABCORP',
  'BCBS OF ILLINOIS',
  'AETNA MEDICARE',
  'HUMANA GOLD PLUS',
  'UNITEDHEALTHCARE COMMUNITY PLAN',
  'KAISER PERMANENTE',
  'MEMORIAL HERMANN',
  'OCHSNER HEALTH',
  'AMERICAN MEDICAL RESPONSE',
  'MEDITECH',
  'CIGNA HEALTHSPRING',
];
const MIXED_ORGS = [
  'Quest Diagnostics',
  'Ochsner Health',
  'Kaiser Permanente',
  'Baystate Medical Center',
  'Sutter Health',
  'Intermountain Health',
];
const CAPS_PAYERS = [
  'BCBS OF ILLINOIS',
  'AETNA MEDICARE',
  'HUMANA GOLD PLUS',
  'UNITEDHEALTHCARE COMMUNITY PLAN',
  'CIGNA HEALTHSPRING',
];
const TRANSPORT_VENDORS = ['AMERICAN MEDICAL RESPONSE', 'GLOBAL MEDICAL RESPONSE', 'LIFELINE MOBILE MEDICS'];
const MIXED_PAYERS = [
  'Humana Gold Plus',
  'Aetna Better Health',
  'Anthem Blue Cross',
  'Molina Healthcare',
  'Tricare East',
];

const UNITS = ['4 WEST', '5E TELE', 'MICU', 'SICU', '3N MED/SURG', 'CVICU', '6 ORTHO', 'L&D', 'PCU 7'];
const SERVICES = ['HOSPITALIST', 'CARDIOLOGY', 'GEN SURG', 'NEPHROLOGY', 'PULM/CC', 'ORTHO', 'NEURO'];
const DISCLAIMERS = [
  'CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the intended recipient(s) and may contain protected health information. If you are not the intended recipient, please contact the sender and destroy all copies.',
  'This message may contain PHI protected under HIPAA. Unauthorized review, use or disclosure is prohibited. If received in error, notify the sender and delete it.',
  'Sent from my iPhone',
];

// ---------------------------------------------------------------- value helpers

const pad = (n: number): string => String(n).padStart(2, '0');
const MON3 = MONTHS.map((m) => m.slice(0, 3).toUpperCase());

/** A date tied to a person, in the forms terminals, pagers and speech engines write. */
export function dt(g: Gen, d: Date, form?: string): Span {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const day = d.getUTCDate();
  const forms: Record<string, () => string> = {
    mmddyy: () => `${pad(m + 1)}/${pad(day)}/${String(y).slice(2)}`,
    ddmonyy: () => `${pad(day)}${MON3[m]}${String(y).slice(2)}`,
    compact: () => `${y}${pad(m + 1)}${pad(day)}`,
    mon_dd_yyyy: () => `${MON3[m]} ${pad(day)} ${y}`,
    dashed: () => `${pad(m + 1)}-${pad(day)}-${y}`,
    us: () => `${pad(m + 1)}/${pad(day)}/${y}`,
    us_short: () => `${m + 1}/${day}/${y}`,
    iso: () => d.toISOString().slice(0, 10),
    lower_mon: () => `${MONTHS[m]?.slice(0, 3).toLowerCase()} ${day}`,
    spoken: () => `${MONTHS[m]?.toLowerCase()} ${day} ${y}`,
    slash_md: () => `${m + 1}/${day}`,
    month_day_year: () => `${MONTHS[m]} ${day}, ${y}`,
  };
  const name = form ?? g.pick(['mmddyy', 'ddmonyy', 'compact', 'mon_dd_yyyy', 'dashed', 'us']);
  return phi('date', (forms[name] as () => string)(), name);
}

const up = (s: string): string => s.toUpperCase();
const low = (s: string): string => s.toLowerCase();

/** A patient name as mainframes print it: "LAST, FIRST M", "LAST,FIRST". */
export function capsName(g: Gen, p: Person): Span {
  return g.pick([
    () => phi('name', up(`${p.last}, ${p.first} ${p.middle[0]}`), 'caps_last_first_mi'),
    () => phi('name', up(`${p.last},${p.first}`), 'caps_last_first_tight'),
    () => phi('name', up(`${p.last}, ${p.first}`), 'caps_last_first'),
  ])();
}

/** A clinician as a terminal prints one: "SMITH,JOHN MD", "DR SMITH". */
function capsDoc(g: Gen, p: Person): Piece {
  return g.pick([
    () => t`${phi('name', up(`${p.last},${p.first}`), 'caps_doc')} MD`,
    () => t`DR ${phi('name', up(p.last), 'caps_dr_last')}`,
    () =>
      t`${phi('name', up(`${p.first[0]} ${p.last}`), 'caps_initial_last')}, ${g.pick(['MD', 'DO', 'NP', 'PA'])}`,
  ])();
}

function lowerDoc(g: Gen, p: Person): Piece {
  return g.pick([
    () => t`dr ${phi('name', low(p.last), 'lower_dr_last')}`,
    () => phi('name', low(p.first), 'lower_first'),
    () => phi('name', low(`${p.first} ${p.last}`), 'lower_full'),
  ])();
}

function fixed(g: Gen, lo: number, hi: number, dec: number): string {
  return g.f.number.float({ min: lo, max: hi }).toFixed(dec);
}

export function capsLab(g: Gen): Span {
  const [name, lo, hi, dec] = g.pick(CAPS_LABS);
  const v = g.f.number.float({ min: lo, max: hi });
  const flag = v > (lo + hi) / 2 + (hi - lo) / 4 ? ' H' : v < lo + (hi - lo) / 4 ? ' L' : '';
  return keep('lab_value', `${name} ${v.toFixed(dec)}${flag}`, 'caps');
}

export function lowerLab(g: Gen): Span {
  const [name, lo, hi, dec] = g.pick(LOWER_LABS);
  return keep('lab_value', `${name} ${fixed(g, lo, hi, dec)}`, 'lower');
}

export function capsDrug(g: Gen): Span {
  const [name, doses] = g.pick(CAPS_DRUGS);
  return keep('drug_dose', `${name} ${g.pick(doses)}`, 'caps');
}

export function lowerDrug(g: Gen): Span {
  return keep('drug_dose', `${g.pick(LOWER_DRUGS)} ${g.pick(LOWER_DOSES)}`, 'lower');
}

export const icdNoDot = (g: Gen): Span => keep('clinical_code', g.pick(ICD_NODOT), 'ICD-10');
export const icdDotted = (g: Gen): Span => keep('clinical_code', g.pick(ICD_DOTTED), 'ICD-10');
export const drg = (g: Gen): Span => keep('clinical_code', g.pick(DRGS), 'MS-DRG');
export const cptMod = (g: Gen): Span => keep('clinical_code', g.pick(CPT_MOD), 'CPT');
export const eponym = (g: Gen): Span => keep('eponym', g.pick(EPONYMS));
export const lowerEponym = (g: Gen): Span => keep('eponym', g.pick(LOWER_EPONYMS), 'lower');
export const devName = (g: Gen): Span => keep('device_name', g.pick(DEVICES));
export const org = (g: Gen): Span => keep('organization', g.pick(ORGS));
export const mixedOrg = (g: Gen): Span => keep('organization', g.pick(MIXED_ORGS));
export const capsPayer = (g: Gen): Span => keep('organization', g.pick(CAPS_PAYERS), 'payer');
export const payer = (g: Gen): Span => keep('organization', g.pick(MIXED_PAYERS), 'payer');

export function vitalsCaps(g: Gen): Span {
  return keep(
    'lab_value',
    g.pick([
      `BP ${g.int(78, 196)}/${g.int(40, 112)}`,
      `P ${g.int(44, 148)}`,
      `SAT ${g.int(82, 99)}% 2L NC`,
      `T ${fixed(g, 96.1, 103.4, 1)}F`,
      `RR ${g.int(10, 36)}`,
    ]),
    'vital_caps',
  );
}

export function vitalsLower(g: Gen): Span {
  return keep(
    'lab_value',
    g.pick([
      `bp ${g.int(72, 99)}/${g.int(38, 58)}`,
      `hr ${g.int(118, 164)}`,
      `sats ${g.int(80, 89)}% on 4l`,
      `temp ${fixed(g, 101.2, 104.1, 1)}`,
      `map ${g.int(48, 64)}`,
    ]),
    'vital_lower',
  );
}

/** Census and throughput figures printed in headers and footers. */
export function censusStat(g: Gen): Span {
  return keep(
    'statistic',
    g.pick([
      `CENSUS ${g.int(14, 36)}/${g.int(36, 40)}`,
      `${g.int(71, 99)}.${g.int(0, 9)}% OCC`,
      `${g.int(1, 12)} PENDING DC`,
      `${g.int(2, 19)} ED HOLDS`,
      `ALOS ${g.int(3, 8)}.${g.int(0, 9)} DAYS`,
    ]),
  );
}

/** The patient's age: PHI over 89, a keep string otherwise. */
export function age(c: Cast): Span {
  return ageSpanOf(c.pt);
}

export function ageSpanOf(p: Person): Span {
  const a = ageOf(p);
  return a > 89 ? phi('age', String(a)) : keep('age_under_90', String(a));
}

export const sexCh = (p: Person): string => (p.sex === 'female' ? 'F' : 'M');

/** A legacy account/visit number (FIN, encounter, accession). */
export function accession(g: Gen): Span {
  return phi(
    'other_id',
    g.pick([`${g.digits(2)}-${g.letters(2)}-${g.digits(6)}`, `ACC${g.digits(9)}`, `L${g.digits(9)}`]),
    'accession',
  );
}

export function finValue(g: Gen): Span {
  return phi('account', g.pick([g.digits(10), `V${g.digits(9)}`, `${g.digits(12)}`]), 'fin');
}

export function badge(g: Gen): Span {
  return phi('other_id', g.pick([`E${g.digits(6)}`, `${g.digits(6)}`, `ID${g.digits(5)}`]), 'badge');
}

export function palmVein(g: Gen): Span {
  return phi(
    'biometric',
    g.pick([
      `PV-${g.digits(4)}-${g.letters(4)}`,
      g.f.string.hexadecimal({ length: 20, casing: 'upper', prefix: '' }),
    ]),
    'palm_vein',
  );
}

export function photoRef(g: Gen, p: Person): Span {
  const slug = p.last.toUpperCase().replace(/[^A-Z]/g, '') || 'PT';
  return phi(
    'photo',
    g.pick([`PTPHOTO_${g.digits(7)}.JPG`, `${slug}_WOUND_${g.digits(4)}.JPG`, `DSC${g.digits(5)}.jpg`]),
    'photo',
  );
}

/** Wraps plain text at `width` columns, breaking only at spaces outside labels. */
export function wrap(frag: Frag, width = 72): Frag {
  const flat: (string | Span)[] = [];
  const visit = (p: Piece): void => {
    if (typeof p === 'string' || typeof p === 'number') flat.push(String(p));
    else if (p instanceof Span) flat.push(p);
    else if (p instanceof Frag) for (const q of p.pieces) visit(q);
    else for (const q of p) visit(q);
  };
  visit(frag);
  const out: (string | Span)[] = [];
  let col = 0;
  for (const piece of flat) {
    if (piece instanceof Span) {
      out.push(piece);
      col += piece.value.length;
      continue;
    }
    let buf = '';
    for (const ch of piece) {
      if (ch === '\n') col = -1;
      if (ch === ' ' && col >= width) {
        buf += '\n';
        col = 0;
        continue;
      }
      buf += ch;
      col++;
    }
    out.push(buf);
  }
  return new Frag(out);
}

/** Prefixes every line with `prefix` ("> "), as mail clients quote a reply. */
export function quote(frag: Frag, prefix = '> '): Frag {
  const map = (p: Piece): Piece => {
    if (typeof p === 'string' || typeof p === 'number') return String(p).replaceAll('\n', `\n${prefix}`);
    if (p instanceof Span) return p;
    if (p instanceof Frag) return new Frag(p.pieces.map(map));
    return p.map(map);
  };
  return new Frag([prefix, ...frag.pieces.map(map)]);
}

function sigBlock(g: Gen, p: Person, role: string): Frag {
  const em = email(g, p.first, p.last);
  return t`--\n${phi('name', `${p.first} ${p.last}`, 'signature')}, ${role}\n${mixedOrg(g)}\nDirect: ${phoneValue(g)} | Fax: ${phoneValue(g, 'fax')}\n${em}`;
}

function printStamp(g: Gen): Frag {
  return t`RUN ${systemTimestamp(g)}  ${keep('version', g.pick([`MAGIC 5.${g.int(60, 68)}`, `REL ${g.int(6, 8)}.${g.int(0, 2)}.${g.int(0, 9)}`]), 'terminal')}`;
}

// ---------------------------------------------------------------- templates

function censusRow(g: Gen): Frag {
  const p = person(g, g.chance(0.25) ? { minAge: 90, maxAge: 101 } : { minAge: 22, maxAge: 88 });
  const rm = `${g.int(401, 468)}-${g.pick(['A', 'B'])}`;
  return t`${rm.padEnd(7)}${capsName(g, p)}  ${mrnValue(g)}  ${ageSpanOf(p)}${sexCh(p)}  ${dt(g, addDays(new Date(Date.UTC(2025, 9, 1)), g.int(0, 30)), 'mmddyy')}  ${capsDoc(g, person(g))}  ${icdNoDot(g)}`;
}

const censusSheet: Template = (g, c) => {
  const rows = Array.from({ length: g.int(2, 4) }, () => censusRow(g));
  return t`${org(g)}            UNIT CENSUS - ${g.pick(UNITS)}            PAGE 1
${printStamp(g)}
RM     PATIENT NAME            MR#        AGE  ADM DT    ATTENDING          DX
------ ----------------------- ---------- ---- --------- ------------------ -----
${g.int(401, 468)}-A  ${capsName(g, c.pt)}  ${mrnValue(g)}  ${age(c)}${sexCh(c.pt)}  ${dt(g, c.admit, 'mmddyy')}  ${capsDoc(g, c.attending)}  ${icdNoDot(g)}
${join(rows, '\n')}
------ ----------------------- ---------- ---- --------- ------------------ -----
${censusStat(g)}    ${censusStat(g)}    ** END OF REPORT **`;
};

const adtPrintout: Template = (g, c) => {
  const ev = g.pick(['A01 ADMIT', 'A03 DISCHARGE', 'A02 TRANSFER', 'A08 UPDATE']);
  return t`*** ADT EVENT ${ev} ***                     ${printStamp(g)}
PT NAME....: ${capsName(g, c.pt)}          MRN: ${mrnValue(g)}
DOB........: ${dt(g, c.pt.dob)}   AGE: ${age(c)}   SEX: ${sexCh(c.pt)}
SSN........: ${ssnValue(g)}
ADDR.......: ${phi('street_address', up(c.addr.street.value))}
CITY/ST/ZIP: ${phi('geo', up(c.addr.city.value), 'city')}, ${c.addr.state} ${c.addr.zip}
COUNTY.....: ${phi('geo', up(c.addr.county.value), 'county')}
HOME PH....: ${phoneValue(g)}
NOK........: ${phi('name', up(`${c.relative.last}, ${c.relative.first}`), 'caps_nok')} (${up(c.relation)}) ${phoneValue(g)}
ADM DT/TM..: ${dt(g, c.admit, 'ddmonyy')} ${pad(g.int(0, 23))}${pad(g.int(0, 59))}   UNIT: ${g.pick(UNITS)}   SVC: ${g.pick(SERVICES)}
ATTENDING..: ${capsDoc(g, c.attending)}  NPI ${npiValue(g)}
PRIMARY INS: ${capsPayer(g)}  MBR ${memberIdValue(g)}
GUARANTOR..: ${phi('name', up(`${c.relative.last}, ${c.relative.first}`), 'caps_guarantor')}  ACCT ${accountValue(g)}
ADM DX.....: ${icdNoDot(g)}  ${drg(g)}
`;
};

const labCumulative: Template = (g, c) => {
  const d1 = c.admit;
  const d2 = addDays(c.admit, 1);
  const d3 = addDays(c.admit, 2);
  const tech = person(g);
  const row = (): Frag => t`           ${capsLab(g)}      ${capsLab(g)}      ${capsLab(g)}`;
  return t`${org(g)} CLINICAL LABORATORY          CUMULATIVE REPORT
PATIENT: ${capsName(g, c.pt)}    MR# ${mrnValue(g)}    ACCT ${finValue(g)}
DOB: ${dt(g, c.pt.dob, 'mmddyy')}  AGE: ${age(c)}  LOC: ${g.pick(UNITS)}  ORD MD: ${capsDoc(g, c.attending)}

COLLECTED  ${dt(g, d1, 'mmddyy')} 0${g.int(4, 6)}40  ${dt(g, d2, 'mmddyy')} 0${g.int(4, 6)}15  ${dt(g, d3, 'mmddyy')} 0${g.int(4, 6)}05
ACCESSION  ${accession(g)}   ${accession(g)}   ${accession(g)}
${row()}
${row()}
${row()}

H=HIGH L=LOW  C=CRITICAL  CRIT CALLED TO ${phi('name', up(`${c.consultant.first[0]} ${c.consultant.last}`), 'caps_initial_last')} RN BY ${phi('name', up(`${tech.first[0]}${tech.last[0]}`), 'caps_initials')} ${dt(g, d2, 'mmddyy')}
PERFORMED AT ${org(g)} CLIA ${keep('clinical_code', `${g.pick(['05', '14', '33', '45'])}D${g.digits(7)}`, 'CLIA')}
`;
};

const pagerMsg: Template = (g, c) => {
  const cb = phoneValue(g);
  return g.pick([
    () =>
      t`${g.pick(['4w', 'micu', '5e', 'pcu'])} rm ${g.int(401, 468)} ${low(c.pt.last)} ${vitalsLower(g)} ${lowerLab(g)} pls call ${cb} ${lowerDoc(g, c.consultant)}`,
    () =>
      t`pt ${phi('name', low(`${c.pt.first} ${c.pt.last}`), 'lower_full')} bed ${g.int(1, 30)} family ${low(c.relation)} ${phi('name', low(c.relative.first), 'lower_first')} wants update call her ${cb} thx`,
    () =>
      t`fyi ${phi('name', low(c.pt.last), 'lower_last')} mrn ${mrnValue(g)} ${lowerLab(g)} gave ${lowerDrug(g)} recheck at ${pad(g.int(0, 23))}00 -${phi('name', low(c.attending.first), 'lower_first')}`,
  ])();
};

const secureChat: Template = (g, c) => {
  const rn = c.consultant;
  const md = c.attending;
  const ts = (): string => `${pad(g.int(0, 23))}:${pad(g.int(0, 59))}`;
  return t`[${ts()}] ${phi('name', `${rn.first} ${rn.last}`, 'chat_sender')} (RN): hey is ${phi('name', low(`${c.pt.first} ${c.pt.last}`), 'lower_full')} in ${g.int(401, 468)} still npo after midnight
[${ts()}] ${phi('name', `${md.first} ${md.last}`, 'chat_sender')} (MD): yes npo for ${lowerEponym(g)} workup ok to give ${lowerDrug(g)}
[${ts()}] ${phi('name', `${rn.first} ${rn.last}`, 'chat_sender')} (RN): ok also ${lowerLab(g)} on am labs and her ${c.relation} ${phi('name', low(c.relative.first), 'lower_first')} is asking for a call back ${phoneValue(g)}
[${ts()}] ${phi('name', `${md.first} ${md.last}`, 'chat_sender')} (MD): will call after rounds dob check ${dt(g, c.pt.dob, 'us_short')}? want to make sure its the right chart
[${ts()}] ${phi('name', `${rn.first} ${rn.last}`, 'chat_sender')} (RN): yep ${dt(g, c.pt.dob, 'us_short')} mrn ${mrnValue(g)}`;
};

const speechNote: Template = (g, c) => {
  return t`this is ${phi('name', low(`${c.attending.first} ${c.attending.last}`), 'lower_full')} dictating a progress note on ${phi('name', low(`${c.pt.first} ${c.pt.last}`), 'lower_full')} date of birth ${dt(g, c.pt.dob, 'spoken')} medical record number ${mrnValue(g)} patient is a ${age(c)} year old ${c.pt.sex === 'female' ? 'female' : 'male'} admitted ${dt(g, c.admit, 'spoken')} with ${low(g.pick(['sepsis', 'chf exacerbation', 'copd exacerbation', 'dka', 'gi bleed']))} today ${vitalsLower(g)} exam notable for ${lowerEponym(g)} labs ${lowerLab(g)} plan continue ${lowerDrug(g)} discussed with ${c.relation} ${phi('name', low(`${c.relative.first} ${c.relative.last}`), 'lower_full')} at bedside who can be reached at ${phoneValue(g)} patient lives at ${phi('street_address', low(c.addr.street.value))} in ${phi('geo', low(c.addr.city.value), 'city')} end of dictation`;
};

const emailThread: Template = (g, c) => {
  const a = c.attending;
  const b = c.consultant;
  const aMail = email(g, a.first, a.last);
  const inner = t`Hi ${phi('name', b.first, 'first')},

Can you see ${phi('name', `${c.pt.first} ${c.pt.last}`, 'full')} (MRN ${mrnValue(g)}, DOB ${dt(g, c.pt.dob, 'us')}) in clinic next week? Discharged ${dt(g, c.discharge, 'us')} after ${icdDotted(g)}, still on ${capsDrug(g)}. Last ${capsLab(g)}.

Thanks,
${phi('name', a.first, 'first')}`;
  const reply = t`Sure - we have a slot ${dt(g, addDays(c.discharge, g.int(5, 14)), 'slash_md')}. Is the ${c.relation} still the contact (${phoneValue(g)})?

${sigBlock(g, b, g.pick(['MD', 'NP', 'Clinic RN']))}`;
  return t`Subject: RE: f/u ${phi('name', up(c.pt.last), 'caps_last')}

${reply}

On ${g.pick(['Mon', 'Tue', 'Wed', 'Thu'])}, ${dt(g, addDays(c.discharge, 1), 'us_short')} at ${g.int(7, 11)}:${pad(g.int(0, 59))} AM, ${phi('name', `${a.first} ${a.last}`, 'full')} <${aMail}> wrote:
${quote(inner)}
>
> ${g.pick(DISCLAIMERS)}`;
};

const emailForward: Template = (g, c) => {
  const s = c.consultant;
  const body = wrap(
    t`Please see below from the SNF. ${phi('name', `${c.pt.first} ${c.pt.last}`, 'full')} was sent back to us on ${dt(g, c.admit, 'month_day_year')} with ${icdDotted(g)} and the facility wants records faxed to ${phoneValue(g, 'fax')} attn ${phi('name', `${c.relative.first} ${c.relative.last}`, 'full')} at ${mixedOrg(g)}. Her insurance on file is ${capsPayer(g)} member ${memberIdValue(g)} and the guarantor account is ${accountValue(g)}. Transport is booked with ${keep('organization', g.pick(TRANSPORT_VENDORS), 'transport')}, unit plate ${plateValue(g)}.`,
  );
  return t`---------- Forwarded message ---------
From: ${phi('name', `${s.first} ${s.last}`, 'full')} <${email(g, s.first, s.last)}>
Date: ${g.pick(['Mon', 'Tue', 'Fri'])}, ${dt(g, c.admit, 'month_day_year')} at ${g.int(1, 11)}:${pad(g.int(0, 59))} PM
Subject: readmit - ${phi('name', up(c.pt.last), 'caps_last')}
To: ${phi('name', `${c.attending.first} ${c.attending.last}`, 'full')} <${email(g, c.attending.first, c.attending.last)}>

${body}

${g.pick(DISCLAIMERS)}`;
};

const ehrPaste: Template = (g, c) => {
  return t`Patient:\t${phi('name', `${c.pt.last}, ${c.pt.first}`, 'last_first')}\t\tMRN:\t${mrnValue(g)}
DOB:\t${dt(g, c.pt.dob, 'us')} (${age(c)} y.o.)\tSex: ${c.pt.sex === 'female' ? 'Female' : 'Male'}\t\tPCP:  ${phi('name', `${c.consultant.last}, ${c.consultant.first}`, 'last_first')}, MD
Address:\t${c.addr.street}  ${c.addr.city}, ${c.addr.state} ${c.addr.zip}
Phone:  \t${phoneValue(g)}\t(Home)\t\t${phoneValue(g)} (Mobile)
Emergency Contact:\t${phi('name', `${c.relative.first} ${c.relative.last}`, 'full')}\t${c.relation.toUpperCase()}\t${phoneValue(g)}
Coverage:\t${payer(g)}\tSubscriber ID:\t${memberIdValue(g)}
Allergies:\tNo Known Allergies
Active Meds\tDose\t\tStart
${capsDrug(g)}\t\t${dt(g, addDays(c.admit, -g.int(30, 900)), 'us')}
${capsDrug(g)}\t\t${dt(g, c.admit, 'us')}
Problem List\t\tNoted
${icdDotted(g)}\tsince ${yearAlone(g)}
${icdDotted(g)}\t${dt(g, c.admit, 'us')}`;
};

const wrappedNote: Template = (g, c) => {
  const body = t`HOSPITALIST PROGRESS NOTE ${dt(g, addDays(c.admit, 1), 'us')}. ${phi('name', `${c.pt.first} ${c.pt.last}`, 'full')} is a ${age(c)} yo ${c.pt.sex === 'female' ? 'F' : 'M'} with hx of ${icdDotted(g)} (dx ${yearAlone(g)}) admitted ${dt(g, c.admit, 'us_short')} for ${g.pick(['acute on chronic HFrEF', 'septic shock from UTI', 'NSTEMI', 'AKI on CKD 3b'])}. Overnight ${vitalsCaps(g)} and ${vitalsCaps(g)}. On exam ${eponym(g)} noted. Labs this AM ${capsLab(g)}, ${capsLab(g)}. Continue ${capsDrug(g)}; start ${capsDrug(g)}. Spoke with ${c.relation} ${phi('name', `${c.relative.first} ${c.relative.last}`, 'full')} by phone (${phoneValue(g)}) who confirms pt lives alone at ${c.addr.street} in ${c.addr.city}. Dispo likely SNF, case mgmt ${phi('name', `${c.consultant.first} ${c.consultant.last}`, 'full')} aware. -- ${phi('name', `${c.attending.first[0]}. ${c.attending.last}`, 'initial_last')}, MD pager ${phoneValue(g)}`;
  return wrap(body, g.pick([64, 72, 76]));
};

const ocrIntake: Template = (g, c) => {
  const stray = (): string => g.pick(['', '|', ' _', ' .', ':', ' ,']);
  return t`NEW PAT1ENT INTAKE FORM       ${mixedOrg(g)}          Pg 1 of 2
_____________________________________________________________
Last Name: ${phi('name', c.pt.last, 'ocr_last')}${stray()}        First: ${phi('name', c.pt.first, 'ocr_first')}${stray()}      MI: ${c.pt.middle.slice(0, 1)}
Date of Birth: ${dt(g, c.pt.dob, g.pick(['us', 'us_short', 'mmddyy']))}${stray()}    Age: ${age(c)}      Sex: ${sexCh(c.pt)}
Street Addr: ${c.addr.street}${stray()}
City: ${c.addr.city}     State: ${c.addr.state}   Zip: ${c.addr.zip}${stray()}
Home Ph: ${phoneValue(g)}    Cell: ${phoneValue(g)}${stray()}
E-mail: ${email(g, c.pt.first, c.pt.last)}
${ssn(g, true)}     Drivers Lic #: ${driversLicenseValue(g)}
Emerg Contact: ${phi('name', `${c.relative.first} ${c.relative.last}`, 'ocr_full')}    Rel: ${c.relation}   Ph: ${phoneValue(g)}
Insurance: ${payer(g)}    ID#: ${memberIdValue(g)}
Referring Dr: ${phi('name', `${c.consultant.first} ${c.consultant.last}`, 'ocr_full')}     Fax: ${phoneValue(g, 'fax')}
Signature: ${phi('name', `${c.pt.first[0]}${c.pt.last[0]}`, 'initials')} ~~~~       Date: ${dt(g, c.admit, 'us')}
_____________________________________________________________
`;
};

const aiMarkdown: Template = (g, c) => {
  return t`## Chart summary — ${phi('name', `${c.pt.first} ${c.pt.last}`, 'full')}

| Field | Value |
|---|---|
| MRN | ${mrnValue(g)} |
| DOB | ${dt(g, c.pt.dob, g.pick(['iso', 'us']))} (${age(c)} y) |
| Admitted | ${dt(g, c.admit, 'iso')} |
| Attending | Dr. ${phi('name', `${c.attending.first} ${c.attending.last}`, 'full')} |
| Payer | ${payer(g)} (${mbiValue(g)}) |

**Key findings**
- ${capsLab(g)} and ${capsLab(g)} on admission
- Principal dx ${icdDotted(g)}, grouped to ${drg(g)}
- Device: ${devName(g)}, serial ${serialValue(g)}

**Social**
- Lives at ${c.addr.street}, ${c.addr.city}; ${c.relation} **${phi('name', `${c.relative.first} ${c.relative.last}`, 'full')}** is HCP (${phoneValue(g)})

> Generated by assistant ${version(g)} — verify against source chart.`;
};

const marPrintout: Template = (g, c) => {
  const line = (): Frag =>
    t`${capsDrug(g)}\n      GIVEN ${pad(g.int(0, 23))}${pad(g.int(0, 59))} BY ${phi('name', up(`${c.consultant.first[0]}${c.consultant.last}`), 'caps_login')} ${badge(g)}  SCANNED ${devName(g)}`;
  return t`MEDICATION ADMINISTRATION RECORD        ${printStamp(g)}
${capsName(g, c.pt)}  ${mrnValue(g)}  ${age(c)}${sexCh(c.pt)}  WT ${g.int(41, 139)} KG  ALLERGY: NKDA
ADMIT ${dt(g, c.admit)}   ATT ${capsDoc(g, c.attending)}   ${g.pick(UNITS)}
======================================================================
${line()}
${line()}
${line()}
PUMP ${devName(g)} S/N ${serialValue(g)}
======================================================================`;
};

const dischargeCaps: Template = (g, c) => {
  return t`DISCHARGE SUMMARY
PATIENT: ${capsName(g, c.pt)}    MRN: ${mrnValue(g)}    ACCT: ${accountValue(g)}
ADMIT: ${dt(g, c.admit)}    DISCH: ${dt(g, c.discharge)}    ${drg(g)}
ATTENDING: ${capsDoc(g, c.attending)} DEA ${deaValue(g, c.attending.last)}    DICT: ${capsDoc(g, c.consultant)}
HPI: ${age(c)} YO ${sexCh(c.pt)} PRESENTED WITH ${eponym(g)}. ${vitalsCaps(g)} ${vitalsCaps(g)}.
LABS: ${capsLab(g)}, ${capsLab(g)}, ${capsLab(g)}.
DISCHARGE MEDS: ${capsDrug(g)}; ${capsDrug(g)}.
DISPO: HOME WITH ${up(c.relation)} ${phi('name', up(`${c.relative.first} ${c.relative.last}`), 'caps_full')} AT ${phi('street_address', up(c.addr.street.value))}, ${phi('geo', up(c.addr.city.value), 'city')} ${c.addr.state} ${c.addr.zip}.
F/U: ${capsDoc(g, c.consultant)} ON ${dt(g, addDays(c.discharge, g.int(5, 20)))} PH ${phoneValue(g)}
CC: ${org(g)} FAX ${phoneValue(g, 'fax')}
D: ${dt(g, c.discharge, 'mmddyy')} T: ${dt(g, addDays(c.discharge, 1), 'mmddyy')} JOB# ${phi('other_id', `${g.digits(7)}`, 'job')}`;
};

const trackingBoard: Template = (g, c) => {
  const row = (p: Person): Frag =>
    t`${g.pick(['T', 'H', 'R', 'X'])}${g.int(1, 24)}\t${phi('name', `${p.last.toUpperCase()}, ${p.first}`, 'board')}\t${ageSpanOf(p)}${sexCh(p)}\t${g.pick(['CP', 'SOB', 'ABD PN', 'FALL', 'AMS', 'SI'])}\t${g.int(1, 5)}\t${pad(g.int(0, 23))}:${pad(g.int(0, 59))}\t${phi('name', `${p.first[0]}${g.pick(['K', 'M', 'T'])}`, 'board_initials')}`;
  return t`Bed\tPatient\tAge\tCC\tESI\tArr\tRN
${row(c.pt)}
${row(person(g))}
${row(person(g))}
${row(person(g, { minAge: 90, maxAge: 99 }))}
ED status: ${censusStat(g)} | ${censusStat(g)} | diversion OFF`;
};

const transportTicket: Template = (g, c) => {
  const crew = person(g);
  return t`TRANSPORT REQUEST #${phi('other_id', `TR${g.digits(7)}`, 'transport')}
PT: ${capsName(g, c.pt)} DOB ${dt(g, c.pt.dob, 'mmddyy')} WT ${g.int(45, 180)}KG
FROM: ${org(g)} ${g.pick(UNITS)}
TO: ${phi('street_address', up(c.addr.street.value))} ${phi('geo', up(c.addr.city.value), 'city')} ${c.addr.zip}
LEVEL: ${g.pick(['BLS', 'ALS', 'CCT', 'WHEELCHAIR VAN'])}   O2 ${g.int(1, 6)} LPM   ${devName(g)}
VENDOR: ${keep('organization', g.pick(TRANSPORT_VENDORS), 'transport')}  UNIT ${g.int(10, 99)}  VIN ${vinValue(g)}  PLATE ${plateValue(g)}
CREW: ${phi('name', up(`${c.consultant.first} ${c.consultant.last}`), 'caps_full')} / ${phi('name', up(`${crew.first[0]}. ${crew.last}`), 'caps_initial_last')}
CALLBACK ${phoneValue(g)}   PU TIME ${dt(g, c.discharge, 'mmddyy')} ${pad(g.int(6, 20))}${pad(g.int(0, 5) * 10)}`;
};

const deviceInterrogation: Template = (g, c) => {
  return t`REMOTE TRANSMISSION SUMMARY               ${printStamp(g)}
PATIENT: ${capsName(g, c.pt)}   DOB ${dt(g, c.pt.dob)}
DEVICE: ${devName(g)}   SN ${serialValue(g)}   IMPLANTED ${dt(g, addDays(c.admit, -g.int(200, 3000)))}
UDI ${udiValue(g)}
FOLLOWING MD: ${capsDoc(g, c.attending)}   CLINIC ${phoneValue(g)}
BATTERY ${g.int(3, 12)}.${g.int(0, 9)} YRS   RV PACING ${g.int(1, 99)}%   AT/AF BURDEN ${g.int(0, 40)}%
EVENTS: ${g.int(0, 6)} VT/VF  ${g.int(0, 30)} AHRE   ${eponym(g)}
TRANSMITTED FROM ${ipValue(g)} VIA ${keep('device_name', g.pick(['CARELINK SMARTSYNC', 'LATITUDE NXT']), 'monitor')} FW ${version(g)}`;
};

const quickNote: Template = (g, c) => {
  return t`${g.pick(['quick note', 'brief note', 'addendum'])} ${dt(g, c.admit, 'slash_md')} saw ${phi('name', low(c.pt.last), 'lower_last')} ${age(c)}yo in ${g.pick(['4w', 'ed', 'pacu', 'clinic'])} c/o ${g.pick(['sob', 'cp', 'weakness', 'confusion'])} ${vitalsLower(g)} ${lowerLab(g)} likely ${lowerEponym(g)} gave ${lowerDrug(g)} will f/u w ${lowerDoc(g, c.attending)} in am ${c.relation} ${phi('name', low(c.relative.first), 'lower_first')} at bedside lives in ${phi('geo', low(c.addr.city.value), 'city')} ${c.addr.zip}`;
};

const billingScreen: Template = (g, c) => {
  return t`PFS0310                PATIENT FINANCIAL SERVICES              ${printStamp(g)}
ACCT: ${accountValue(g)}   FIN: ${finValue(g)}   PT TYPE: ${g.pick(['IP', 'OBS', 'OP', 'ER'])}
PT NAME: ${capsName(g, c.pt)}           SSN: ${ssnValue(g)}
GUAR: ${phi('name', up(`${c.relative.last}, ${c.relative.first}`), 'caps_guarantor')}    GUAR ${ssn(g, true)}
GUAR ADDR: ${phi('street_address', up(c.addr.street.value))} ${phi('geo', up(c.addr.city.value), 'city')} ${c.addr.state} ${c.addr.zip}
INS 1: ${capsPayer(g)}   POL# ${memberIdValue(g)}
INS 2: ${capsPayer(g)}   MBI ${mbiValue(g)}
SVC DT: ${dt(g, c.admit)} - ${dt(g, c.discharge)}   ${drg(g)}   ${cptMod(g)}   ${cptMod(g)}
TOT CHG ${g.int(1, 99)},${g.digits(3)}.${g.digits(2)}  ADJ ${g.int(100, 9999)}.${g.digits(2)}
PF1=HELP PF3=EXIT PF7=BACK PF8=FWD PF12=NOTES   USER ${phi('name', up(`${c.consultant.first[0]}${c.consultant.last}`).slice(0, 8), 'caps_login')}`;
};

const accessAudit: Template = (g, c) => {
  const line = (): Frag =>
    t`${systemTimestamp(g)}  ${phi('name', up(`${c.consultant.last},${c.consultant.first}`), 'caps_user')}  ${g.pick(['CHART OPEN', 'PRINT', 'RESULTS VIEW', 'DEMOG EDIT'])}  WS ${ipValue(g)}`;
  return t`PORTAL/CHART ACCESS AUDIT - BREAK THE GLASS REVIEW
PATIENT: ${capsName(g, c.pt)}  MRN ${mrnValue(g)}  VIP FLAG Y
${line()}
${line()}
PATIENT PORTAL LOGIN FROM ${ipValue(g)} USER ${email(g, c.pt.first, c.pt.last)}
PORTAL LINK ${urlValue(g, c.pt.last)}
BIOMETRIC CHECK-IN ${palmVein(g)} MATCHED AT KIOSK ${g.int(1, 9)}
REVIEWED BY PRIVACY OFFICER ${phi('name', up(`${c.attending.first} ${c.attending.last}`), 'caps_full')} ${dt(g, c.discharge)}`;
};

const woundPhotos: Template = (g, c) => {
  return t`wound care note ${dt(g, addDays(c.admit, 2), 'us_short')}
pt ${phi('name', `${c.pt.first} ${c.pt.last}`, 'full')} rm ${g.int(401, 468)}
sacral stage ${g.int(2, 4)} ${g.int(1, 9)}.${g.int(0, 9)} x ${g.int(1, 7)}.${g.int(0, 9)} cm
photos uploaded: ${photoRef(g, c.pt)}, ${photoRef(g, c.pt)}
pt id verified palm scan ${palmVein(g)}
surface ${devName(g)} ordered
plan ${lowerDrug(g)} and turn q2h
- ${phi('name', `${c.consultant.first} ${c.consultant.last}`, 'full')} RN CWOCN`;
};

const voicemailTranscript: Template = (g, c) => {
  return t`Voicemail from ${phoneValue(g)} received ${systemTimestamp(g)}
Transcription (confidence low): hi this message is for ${phi('name', low(`${c.attending.first} ${c.attending.last}`), 'lower_full')} this is ${phi('name', low(`${c.relative.first} ${c.relative.last}`), 'lower_full')} im calling about my ${c.relation === 'mother' ? 'daughter' : 'mom'} ${phi('name', low(`${c.pt.first} ${c.pt.last}`), 'lower_full')} birthday ${dt(g, c.pt.dob, 'spoken')} she was discharged on ${dt(g, c.discharge, 'lower_mon')} and the pharmacy says the ${lowerDrug(g)} isnt covered by ${keep('organization', low(g.pick(CAPS_PAYERS)), 'payer')} her member number is ${memberIdValue(g)} you can call me back at ${phoneValue(g)} or email ${email(g, c.relative.first, c.relative.last)} thanks bye`;
};

const shiftHandoff: Template = (g, c) => {
  const item = (p: Person): Frag =>
    t`* ${phi('name', `${p.last.toUpperCase()}`, 'caps_last')} ${g.int(401, 468)} ${ageSpanOf(p)}${sexCh(p)} - ${g.pick(['s/p lap chole', 'chf', 'etoh w/d', 'pna', 'hip fx s/p orif'])}, ${lowerLab(g)}, ${g.pick(['full code', 'dnr/dni', 'dnr ok to intubate'])}`;
  return t`sbar handoff ${g.pick(UNITS).toLowerCase()} ${dt(g, c.admit, 'slash_md')} nights -> days
from ${phi('name', low(c.consultant.first), 'lower_first')} to ${phi('name', low(c.attending.first), 'lower_first')}
${item(c.pt)}
${item(person(g))}
${item(person(g, { minAge: 90, maxAge: 98 }))}
  ${c.relation} ${phi('name', `${c.relative.first} ${c.relative.last}`, 'full')} poa, call ${phoneValue(g)} w/ changes
charge rn tonight: ${phi('name', `${c.consultant.first} ${c.consultant.last[0]}.`, 'first_last_initial')} ${censusStat(g)}`;
};

const inboxForwardedFax: Template = (g, c) => {
  return t`From: ${org(g)} <noreply@fax.example.com>
Sent: ${systemTimestamp(g)}
Subject: FAX RECEIVED FROM ${phoneValue(g, 'fax')} (${g.int(2, 14)} PAGES)

== OCR TEXT PAGE 1 ==
REFERRAL / AUTHORIZATION REQUEST
Pat ient: ${phi('name', up(`${c.pt.first} ${c.pt.last}`), 'caps_full')}      D0B: ${dt(g, c.pt.dob, 'us')}
Member lD: ${memberIdValue(g)}       Plan: ${capsPayer(g)}
Address: ${c.addr.street} , ${c.addr.city} ${c.addr.state} ${c.addr.zip}
Provider: ${phi('name', `${c.consultant.first} ${c.consultant.last}`, 'ocr_full')} NPI: ${npiValue(g)} DEA: ${deaValue(g, c.consultant.last)}
Dx: ${icdDotted(g)} ; ${icdNoDot(g)}    CPT: ${cptMod(g)}
Reason: r/o ${eponym(g)} ; prior auth for ${devName(g)}
Requested by: ${phi('name', `${c.attending.first} ${c.attending.last}`, 'ocr_full')}  Ph ${phoneValue(g)}  Fx ${phoneValue(g, 'fax')}`;
};

export const BLIND26_TEXT_DOCS: Record<string, Template> = {
  b26_census_sheet: censusSheet,
  b26_adt_printout: adtPrintout,
  b26_lab_cumulative: labCumulative,
  b26_pager_msg: pagerMsg,
  b26_secure_chat: secureChat,
  b26_speech_note: speechNote,
  b26_email_thread: emailThread,
  b26_email_forward: emailForward,
  b26_ehr_paste: ehrPaste,
  b26_wrapped_note: wrappedNote,
  b26_ocr_intake: ocrIntake,
  b26_ai_markdown: aiMarkdown,
  b26_mar_printout: marPrintout,
  b26_discharge_caps: dischargeCaps,
  b26_tracking_board: trackingBoard,
  b26_transport_ticket: transportTicket,
  b26_device_interrogation: deviceInterrogation,
  b26_quick_note: quickNote,
  b26_billing_screen: billingScreen,
  b26_access_audit: accessAudit,
  b26_wound_photos: woundPhotos,
  b26_voicemail_transcript: voicemailTranscript,
  b26_shift_handoff: shiftHandoff,
  b26_fax_ocr_mail: inboxForwardedFax,
};
