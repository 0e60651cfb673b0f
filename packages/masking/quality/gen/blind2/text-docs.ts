/**
 * Text documents of the second blind split, in the manner of a de-identification benchmark:
 * discharge summaries, radiology reports, referral letters, a scheduling bot's chat, ward
 * lists, pharmacy logs, explanation-of-benefits letters, nursing notes, HL7 ADT messages,
 * device interrogations, secure messages and registration notes. SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { type Frag, join, keep, type Piece, phi, t } from '../fragment';
import {
  accountNo,
  address,
  agePhrase,
  anyAge,
  birthDate,
  cardNumber,
  clinician,
  code,
  dateSpan,
  dayOrdinal,
  dea,
  deviceName,
  drug,
  emailOf,
  eponym,
  family,
  given,
  gluedSsn,
  intlPhone,
  ipv4,
  ipv6,
  lab,
  memberId,
  mrn,
  nameSpan,
  npi,
  oldAge,
  org,
  otherId,
  type Person,
  patientUrl,
  person,
  plate,
  serial,
  serviceDate,
  ssn,
  stat,
  stateLicense,
  systemTimestamp,
  usPhone,
  uuid,
  version,
  vin,
  year,
} from './values';
import { RELATIONS } from './vocab';

type Template = (g: Gen) => Frag;

const pronoun = (p: Person): string => (p.sex === 'F' ? 'She' : 'He');

function dischargeSummary(g: Gen): Frag {
  const p = person(g);
  const rel = person(g);
  const adm = serviceDate(g);
  const dis = { ...adm, d: Math.min(28, adm.d + g.int(1, 9)) };
  const age = anyAge(g);
  return t`DISCHARGE SUMMARY
Patient: ${nameSpan(g, p, g.pick(['LAST_first', 'full', 'upper']))}    MR# ${mrn(g)}    Acct: ${accountNo(g)}
Admitted: ${dateSpan(g, adm)}   Discharged: ${dateSpan(g, dis)}
Attending: ${clinician(g)}   PCP: ${clinician(g)}
Facility: ${org(g)}

HOSPITAL COURSE: ${given(p)} is ${agePhrase(g, age)} ${p.sex === 'F' ? 'woman' : 'man'} with ${eponym(g)} and CHF (${code(g)}) admitted on the ${dayOrdinal(adm)} with dyspnea. Labs on arrival: ${lab(g)}, ${lab(g)}. ${pronoun(p)} was diuresed and started on ${drug(g)}. Echo showed ${lab(g)}. Diagnosed with ${eponym(g)} in ${year(g)}. Seen by ${clinician(g)} from nephrology on ${dateSpan(g, serviceDate(g), 'md_slash')}.
Family: ${g.pick(RELATIONS)} ${nameSpan(g, rel, g.pick(['full', 'given']))} at bedside; contact ${usPhone(g)}.
DISPOSITION: home with services to ${address(g, 'US').line}.
Follow-up with ${clinician(g)} in 1 week; summary faxed to ${usPhone(g, 'fax')}. Discharge meds: ${drug(g)}; ${drug(g)}.
Dictated by: ${clinician(g)}  D: ${dateSpan(g, dis, 'mdy_pad')}  Job ${otherId(g, '')}`;
}

function radiologyReport(g: Gen): Frag {
  const p = person(g);
  const dob = birthDate(g);
  const exam = serviceDate(g);
  return t`EXAM: CT chest with contrast (${code(g)})
ACCESSION: ${otherId(g, 'RAD')}
PATIENT: ${nameSpan(g, p, g.pick(['LAST_first', 'last_first', 'upper']))}  DOB: ${dateSpan(g, dob)}  MRN: ${mrn(g)}
DATE OF SERVICE: ${dateSpan(g, exam)}
REFERRING: ${clinician(g)}
SCANNER: ${deviceName(g)} (software ${version(g)})
COMPARISON: Prior study dated ${dateSpan(g, serviceDate(g))}.
FINDINGS: 1.2 cm spiculated nodule RUL. No ${eponym(g)}. Images: ${patientUrl(g)}
IMPRESSION: Lung-RADS 4A. Recommend follow-up. Discussed with ${clinician(g)} by phone at ${usPhone(g)} on ${dateSpan(g, exam, 'mon_d_y')}.
Electronically signed: ${clinician(g)}`;
}

function referralLetter(g: Gen): Frag {
  const p = person(g);
  const doc = person(g);
  const country = g.pick(['UK', 'AU', 'CA'] as const);
  const a = address(g, country);
  const clinicAddr = address(g, country);
  const dob = birthDate(g);
  const idLabel = country === 'UK' ? 'NHS No' : country === 'AU' ? 'Medicare No' : 'Health Card';
  const idValue =
    country === 'UK'
      ? phi('health_plan', `${g.digits(3)} ${g.digits(3)} ${g.digits(4)}`, 'nhs')
      : country === 'AU'
        ? phi('health_plan', `${g.digits(4)} ${g.digits(5)} ${g.int(1, 9)}`, 'au_medicare')
        : phi('health_plan', `${g.digits(4)}-${g.digits(3)}-${g.digits(3)}-${g.letters(2)}`, 'ca_health');
  return t`${clinicAddr.street}
${clinicAddr.city} ${clinicAddr.region} ${clinicAddr.postcode}
Tel ${intlPhone(g, country)}

${dateSpan(g, serviceDate(g), g.pick(['d_month_y', 'dmy_slash']))}

Dear Dr ${family(doc)},

Re: ${nameSpan(g, p, g.pick(['full', 'first_middle_last', 'LAST_first']))}, DOB ${dateSpan(g, dob, g.pick(['dmy_slash', 'dmy_dot', 'd_month_y']))}
${a.street}, ${a.city} ${a.region ? `${a.region} ` : ''}${a.postcode}
${idLabel}: ${idValue}

Thank you for seeing this ${agePhrase(g, anyAge(g))} with ${eponym(g)}. ${pronoun(p)} lives with ${p.sex === 'F' ? 'her' : 'his'} ${g.pick(RELATIONS)}, ${nameSpan(g, person(g), 'full')}, and is on ${drug(g)}. Bloods from ${dateSpan(g, serviceDate(g), 'month_year')}: ${lab(g)}.
${given(p)} was previously under ${clinician(g)} at ${org(g)}.

Yours sincerely,

${nameSpan(g, person(g), 'full')}
General Practitioner`;
}

function schedulingChat(g: Gen): Frag {
  const p = person(g);
  const dob = birthDate(g);
  const a = address(g, 'US');
  const appt = serviceDate(g);
  const nameMsg = g.pick(['lower', 'full', 'given_lower'] as const);
  return t`[bot] Hi! I'm the ${org(g)} scheduling assistant. Who am I speaking with?
[user] ${nameSpan(g, p, nameMsg === 'given_lower' ? 'lower' : nameMsg)}
[bot] Thanks. What is the patient's date of birth?
[user] ${dateSpan(g, dob, g.pick(['mdy_short', 'mdy_slash', 'month_d_y', 'iso']))}
[bot] And a callback number?
[user] its ${usPhone(g)}
[user] or my ${g.pick(RELATIONS)} ${nameSpan(g, person(g), g.pick(['given_lower', 'lower', 'given']))} at ${usPhone(g)}
[bot] Is your address still ${a.line}?
[user] yes
[bot] I have ${clinician(g)} on ${dateSpan(g, appt, g.pick(['month_ordinal', 'mon_d_y', 'md_slash']))} at 10:40. Confirmation ${uuid(g)}.
[user] can my mom come too? she's ${phi('age', String(oldAge(g)), 'age')} and uses a walker
[bot] Of course. Please bring your ${org(g)} card (member ID ${memberId(g)}).
[system] session closed ${systemTimestamp(g)}`;
}

function wardList(g: Gen): Frag {
  const rows: Piece[] = [];
  const n = g.int(3, 6);
  for (let i = 0; i < n; i++) {
    const p = person(g);
    const cell = g.pick(['full', 'last_first', 'LAST_first', 'upper', 'initial_last'] as const);
    rows.push(
      g.chance(0.5)
        ? t`${g.int(1, 40)}${g.pick(['A', 'B'])}  | ${nameSpan(g, p, cell)} | ${agePhrase(g, anyAge(g))} | ${eponym(g)} | ${clinician(g)}`
        : t`- ${nameSpan(g, p, cell)}`,
    );
  }
  return t`${g.pick(['4 WEST', 'MICU', 'Step-down', 'Ortho floor'])} census ${dateSpan(g, serviceDate(g))} (${stat(g)})
Charge RN: ${nameSpan(g, person(g), 'full')}
${join(rows, '\n')}
Pending discharges: ${nameSpan(g, person(g), g.pick(['family', 'given']))}, ${nameSpan(g, person(g), 'full')}
Unit ${stat(g)}; printed ${systemTimestamp(g)} by ${version(g)}`;
}

function pharmacyLog(g: Gen): Frag {
  const p = person(g);
  const prescriber = person(g);
  const filled = serviceDate(g);
  return t`RX ${otherId(g, '')}  FILLED ${dateSpan(g, filled, g.pick(['mdy_pad', 'mdy_short', 'iso']))}  ${org(g)} #${g.int(1000, 19_999)}
PT: ${nameSpan(g, p, g.pick(['LAST_first', 'upper', 'full']))}  DOB ${dateSpan(g, birthDate(g), g.pick(['mdy_pad', 'mdy_short']))}  PH ${usPhone(g)}
ADDR: ${address(g, 'US').line}
DRUG: ${drug(g)}  QTY 30  RF 2  NDC ${keep('clinical_code', `${g.pick(['0093', '0781', '68180'])}-${g.digits(4)}-${g.digits(2)}`)}
PRESCRIBER: ${nameSpan(g, prescriber, g.pick(['full', 'initial_last']))} ${g.pick(['MD', 'DO', 'NP'])}  NPI ${npi(g)}  DEA ${dea(g, prescriber)}  F ${usPhone(g, 'fax')}
INS: ${org(g)} BIN ${g.digits(6)} ID ${memberId(g)}  PAID
COUNSELED BY: ${nameSpan(g, person(g), 'full')}, PharmD  Lic ${stateLicense(g)}`;
}

function eobLetter(g: Gen): Frag {
  const p = person(g);
  const a = address(g, 'US');
  const dos = serviceDate(g);
  return t`${org(g)}
EXPLANATION OF BENEFITS — THIS IS NOT A BILL

${nameSpan(g, p, g.pick(['upper', 'full']))}
${a.street}
${a.city}, ${a.region} ${a.postcode}

Member ID: ${memberId(g)}    Claim #: ${otherId(g, 'CLM')}    Group: GRP-${g.digits(5)}
Patient: ${given(p)}    Provider: ${clinician(g)} (NPI ${npi(g)})
Date of service: ${dateSpan(g, dos)}   Processed: ${dateSpan(g, serviceDate(g), 'month_d_y')}
Service: ${code(g)} — billed $${g.int(120, 4000)}.00, allowed $${g.int(60, 900)}.12, you owe $${g.int(0, 300)}.00
Copay charged to card ${cardNumber(g)}
Questions? Call ${usPhone(g)} (TTY 711). Plan year ${year(g)}.`;
}

function nursingNote(g: Gen): Frag {
  const p = person(g);
  const rel = person(g);
  return t`${dateSpan(g, serviceDate(g), g.pick(['mdy_pad', 'md_slash']))} 0300 RN note: Pt ${family(p)} (${agePhrase(g, oldAge(g))}) resting, ${lab(g)}, ${lab(g)}. ${pronoun(p)} asked for ${p.sex === 'F' ? 'her' : 'his'} ${g.pick(RELATIONS)} "${given(rel)}". Called ${given(rel)} ${family(rel)} at ${usPhone(g)}, no answer; left VM. Hx of ${eponym(g)}. Gave ${drug(g)}.
Telemetry box ${serial(g)} applied. Pt's tablet connected to guest wifi from ${ipv4(g)}; portal link ${patientUrl(g)} given to family.
Rounded with ${clinician(g)} and ${nameSpan(g, person(g), 'full')} (${g.pick(['PT', 'SLP', 'case mgmt'])}). Plan to transfer to ${org(g)} on the ${dayOrdinal(serviceDate(g))}.`;
}

function hl7Adt(g: Gen): Frag {
  const p = person(g);
  const rel = person(g);
  const a = address(g, 'US');
  const dob = birthDate(g);
  const ts = `${serviceDate(g).y}${String(g.int(1, 12)).padStart(2, '0')}${String(g.int(10, 28))}${g.digits(4)}`;
  const ymd = (x: { y: number; m: number; d: number }): string =>
    `${x.y}${String(x.m).padStart(2, '0')}${String(x.d).padStart(2, '0')}`;
  return t`MSH|^~\\&|ADT|${g.pick(['MERCY', 'RIVERBEND', 'NORTHSTAR'])}|EHR|HUB|${ts}||ADT^A01|${g.digits(10)}|P|2.5.1
PID|1||${mrn(g)}^^^MRN^MR||${phi('name', `${p.family}^${p.given}${p.middle ? `^${p.middle}` : ''}`, 'hl7')}||${phi('date', ymd(dob), 'compact')}|${p.sex}|||${phi('street_address', `${g.int(10, 9999)} ${g.pick(['Elm', 'Pecan', 'Juniper'])} St`, 'us')}^^${a.city}^${a.region}^${a.postcode}||${usPhone(g)}|||||${accountNo(g)}|${ssn(g)}
NK1|1|${phi('name', `${rel.family}^${rel.given}`, 'hl7')}|${g.pick(['SPO', 'CHD', 'SIB', 'FND'])}|||${usPhone(g)}
PV1|1|I|${g.pick(['4W', 'ICU', 'TELE'])}^${g.int(400, 480)}^${g.int(1, 2)}||||${npi(g)}^${phi('name', `${person(g).family}^${person(g).given}`, 'hl7')}|||MED`;
}

function deviceReport(g: Gen): Frag {
  const p = person(g);
  return t`DEVICE CLINIC — REMOTE INTERROGATION
Patient: ${nameSpan(g, p, 'full')}   DOB: ${dateSpan(g, birthDate(g))}
Device: ${deviceName(g)}   Serial: ${serial(g)}   Implanted ${dateSpan(g, serviceDate(g), 'mon_year')} by ${clinician(g)}
Leads: RA ${serial(g)}, RV ${serial(g)}
Transmission received ${systemTimestamp(g)} via gateway ${ipv6(g)} (firmware ${version(g)})
Battery 8.5 yrs; ${lab(g)}; AF burden 3%.
Biometric enrollment: fingerprint template ${phi('biometric', `FP-${g.digits(8)}`, 'fingerprint')} on file for home monitor unlock.
Reviewed by ${clinician(g)}; note sent to ${org(g)}.`;
}

function secureMessage(g: Gen): Frag {
  const p = person(g);
  const nurse = person(g);
  return t`From: ${emailOf(g, p)}
To: ${g.pick(['triage', 'refills', 'frontdesk'])}@${g.pick(['riverbendhealth.org', 'northstarclinic.com'])}
Subject: refill + question

hi, this is ${nameSpan(g, p, g.pick(['lower', 'given_lower', 'full']))} (dob ${dateSpan(g, birthDate(g), g.pick(['mdy_short', 'mdy_slash']))}). I need my ${drug(g)} refilled, my pharmacy is ${org(g)}. Also I was born in ${dateSpan(g, birthDate(g), 'month_year')} so am I due for the ${eponym(g)}? thanks

---
Reply from ${nameSpan(g, nurse, 'full')}, RN:
Hi ${given(p)}, sent to ${clinician(g)}. Your chart # is ${mrn(g)} if you call ${usPhone(g)}.
${nameSpan(g, nurse, 'first_initial')}
Sent ${systemTimestamp(g)} | msg ${uuid(g)}`;
}

function registrationNote(g: Gen): Frag {
  const p = person(g);
  const a = address(g);
  return t`REGISTRATION / IDENTITY CHECK
Name: ${nameSpan(g, p, g.pick(['full', 'first_middle_last', 'LAST_first']))}
${g.chance(0.5) ? t`SSN: ${ssn(g)}` : t`Verified ${gluedSsn(g)}`}
Driver's license: ${stateLicense(g)}   Photo ID scanned: ${phi('photo', `idscan_${g.digits(6)}.jpg`, 'photo_file')}
Vehicle in garage: ${g.pick(['Honda CR-V', 'Ford F-150', 'Subaru Outback'])} plate ${plate(g)}, VIN ${vin(g)}
Address: ${a.line}
${
  a.county
    ? t`County: ${a.county}
`
    : ''
}Emergency contact: ${nameSpan(g, person(g), g.pick(['full', 'last_first']))} (${g.pick(RELATIONS)}) ${intlPhone(g, a.country)}
Photo: full-face photograph ${phi('photo', `FF-${g.digits(5)}`, 'photo_ref')} stored in ${org(g)} enterprise imaging
Retina scan ${phi('biometric', `RS-${g.letters(2)}${g.digits(6)}`, 'retina')} enrolled ${systemTimestamp(g)}
Registrar: ${nameSpan(g, person(g), g.pick(['full', 'initial_last']))}   Kiosk ${keep('version', `v${g.int(1, 9)}.${g.int(0, 20)}.${g.int(0, 99)}`)}`;
}

export const BLIND2_TEXT_DOCS: Record<string, Template> = {
  b2DischargeSummary: dischargeSummary,
  b2RadiologyReport: radiologyReport,
  b2ReferralLetter: referralLetter,
  b2SchedulingChat: schedulingChat,
  b2WardList: wardList,
  b2PharmacyLog: pharmacyLog,
  b2EobLetter: eobLetter,
  b2NursingNote: nursingNote,
  b2Hl7Adt: hl7Adt,
  b2DeviceReport: deviceReport,
  b2SecureMessage: secureMessage,
  b2RegistrationNote: registrationNote,
};
