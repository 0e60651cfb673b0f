/**
 * Printouts and lists of blind split 4: ALL-CAPS legacy system printouts, OCR text with broken
 * line wraps and hyphenation, a chat answer with a markdown table, a bulleted patient list,
 * a Spanish/English nursing note. SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { type Frag, keep, phi, type Span, t } from '../fragment';
import { address, multiLine, oneLine, upperAddress, usOnlyAddress } from './addresses';
import { birthDay, date, dateText, day, oldAge, stamp, time, US_FORMS, youngAge } from './dates';
import { account, email, fax, healthPlan, mrn, phone, phoneNumber, ssn, vin } from './identifiers';
import { clinician, nameSpan, type Person, person, relative } from './people';
import { code, DRUGS, drug, EPONYMS, eponym, lab, org, version } from './vocab';

/** The glued SSN form is written straight after its label: "SS#123-45-6789". */
function gluedSsn(g: Gen): Frag {
  return t`${g.pick(['SS#', 'SSN:', 'ssn#', 'SSN'])}${ssn(g, 'ssn-glued')}`;
}

export function legacyPrintout(g: Gen): Frag {
  const p = person(g);
  const home = upperAddress(address(g, 0.7));
  const attending = person(g);
  const kin = relative(g, p);
  const adm = day(g);
  return t`*** PATIENT MASTER INQUIRY *** SYS REL ${version(g)} *** RUN ${stamp(g)}
PATIENT: ${capsLastFirst(p)}    MRN: ${mrn(g)}   ACCT: ${account(g)}
DOB: ${date(g, birthDay(g), ['ddmonyyyy', 'mdy-short', 'compact'])}  AGE: ${g.chance(0.5) ? phi('age', String(g.int(90, 104))) : keep('age_under_90', String(g.int(18, 89)))}  SEX: ${p.sex.toUpperCase()}  ${gluedSsn(g)}
ADDR:
${multiLine(g, home, '      ')}
HOME PH: ${phone(g, p.culture)}   WORK PH: ${phone(g)}
NOK: ${phi('name', kin.full.toUpperCase(), 'name-upper')} (${g.pick(['DAU', 'SON', 'SPOUSE', 'SIS'])}) ${phone(g, kin.culture)}
INS: ${org(g, 'payer')}  ID: ${healthPlan(g)}
ADM: ${date(g, adm, ['ddmonyyyy', 'upper'])}  DIS: ${date(g, adm, ['ddmonyyyy', 'upper'])}  ATT: ${capsLastFirst(attending)} MD
DX: ${code(g, 'ICD-10')}  ${code(g, 'ICD-10')}  PROC: ${code(g, 'CPT')}
*** END OF REPORT ***`;
}

function capsLastFirst(p: Person): Span {
  return phi('name', `${p.family.toUpperCase()}, ${p.given.toUpperCase()}`, 'name-caps-last-first');
}

/** Breaks a value over a line as OCR of a scanned page does: "Thandi-\nwe Dlamini". */
function broken(g: Gen, type: 'name' | 'street_address' | 'phone', value: string): Span {
  const cut = g.int(2, Math.max(2, value.length - 2));
  const hyphen = /\w/.test(value[cut - 1] ?? '') && /\w/.test(value[cut] ?? '') ? '-' : '';
  return phi(type, `${value.slice(0, cut)}${hyphen}\n${value.slice(cut)}`, `${type}-ocr-broken`);
}

export function ocrScan(g: Gen): Frag {
  const p = person(g);
  const doc = clinician(g, g.pick(['MBBS', 'MD', 'MBChB']));
  const home = usOnlyAddress(g);
  const street = home.street.join(' ');
  const dob = dateText(birthDay(g), g.pick(['mdy-slash', 'dmy-long', 'month-day-year']));
  return t`[scanned page 1/2 - OCR]
REFERRAL  FOR  SPECIALIST  CONSULTATI-
ON
Patient name: ${broken(g, 'name', p.full)} , d.o.b. ${phi('date', dob.replace(/1/g, g.chance(0.5) ? 'l' : '1'), 'date-ocr')}
Address: ${broken(g, 'street_address', street)}, ${phi('geo', home.geo[0] as string)} ${home.region ?? ''} ${phi('zip', home.zip)}
Tel: ${broken(g, 'phone', phoneNumber(g, p.culture))}   Fax: ${fax(g)}
Reason: ${eponym(g, EPONYMS.msk)} positive; ${lab(g)} on ${date(g, day(g), US_FORMS)}.
Current meds: ${drug(g, DRUGS.home)}, ${drug(g, DRUGS.physio)}
Ref. doctor: ${doc.signed}    Hosp No ${mrn(g)}
${org(g, g.pick(['us', 'in', 'my', 'ph']))} - page 1`;
}

export function chatTable(g: Gen): Frag {
  const rows: Frag[] = [];
  for (let i = 0; i < g.int(3, 5); i++) {
    const p = person(g);
    rows.push(
      t`| ${nameSpan(p)} | ${date(g, birthDay(g), US_FORMS)} | ${phone(g, p.culture)} | ${g.pick(['no-show', 'cancelled', 'late'])} |`,
    );
  }
  return t`**User:** who missed ${g.pick(['physio', 'dental', 'antenatal'])} appointments on ${date(g, day(g, 2025, 2026))}? include phone numbers
**Assistant:** ${rows.length} patients missed their slot:

| Patient | DOB | Phone | Status |
|---|---|---|---|
${rows.flatMap((r) => [r, '\n'])}
Want me to send them the rebooking text from ${org(g, g.pick(['us', 'kr', 'pl', 'pt']))}? Note ${nameSpan(person(g))} is ${oldAge(g)}, so a phone call may be better.`;
}

export function patientList(g: Gen): Frag {
  const items: Frag[] = [];
  for (let i = 0; i < g.int(3, 5); i++) {
    const p = person(g);
    const kin = relative(g, p);
    items.push(
      t`- Bed ${g.int(1, 30)}: ${nameSpan(p)} (${g.chance(0.4) ? oldAge(g) : youngAge(g)}) - ${code(g, 'ICD-10')}; ${drug(g, DRUGS.home)}; ${lab(g)}. Family: ${nameSpan(kin)} ${phone(g, kin.culture)}`,
    );
  }
  const lead = clinician(g, g.pick(['MD', 'MBBS', 'NP']));
  return t`Team ${g.pick(['B', 'Gold', '3'])} patient list - ${date(g, day(g), ['d-mon', 'md', 'month-ordinal', 'dd-mon-yyyy'])}
${items.flatMap((x) => [x, '\n'])}Lead: ${lead.signed}, bleep ${g.int(1000, 9999)}`;
}

export function spanglishNote(g: Gen): Frag {
  const p = person(g, 'hisp');
  const hija = person(g, 'hisp', 'f');
  const enf = clinician(g, g.pick(['RN', 'LVN', 'NP']));
  const home = usOnlyAddress(g);
  return t`Nota de enfermería / Nursing note - ${org(g)}
Paciente: ${nameSpan(p)}, ${g.chance(0.4) ? oldAge(g) : youngAge(g)}, fecha de nacimiento ${date(g, birthDay(g), ['es', 'dmy-slash', 'mdy-slash'])}. Vive en ${oneLine(g, home, g.chance(0.3))}.
Su hija ${nameSpan(hija)} (cel. ${phone(g, 'hisp')}, ${email(g, hija)}) says "no se ha tomado la ${drug(g, DRUGS.home)}" since ${date(g, day(g), ['es', 'md', 'month-day-year'])}.
${lab(g)}; ${lab(g)}. Dx ${code(g, 'ICD-10')}. Seguro: ${org(g, 'payer')} #${healthPlan(g)}. VIN del carro para placa de discapacidad: ${vin(g)}.
Cita de seguimiento el ${date(g, day(g), ['es'])} a las ${time(g)}.
Firmado: ${enf.signed}`;
}
