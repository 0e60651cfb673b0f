/**
 * Text documents of the third blind split: dictated operative notes, pathology and radiology
 * reports, prior-authorisation faxes, HL7 v2 batches with next-of-kin, insurance and guarantor
 * segments, CSV exports with quoted fields, patient-portal and call-centre chat in lower case,
 * insurance letters, UK discharge letters, referrals from Canada, Australia and New Zealand,
 * fixed-width census reports, death certificates and home-visit notes. SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { type Frag, join, keep, type Piece, phi, type Span, t } from '../fragment';
import {
  type Address,
  account,
  address,
  agePhrase,
  ageValue,
  bareSsn,
  biometric,
  birth,
  cardNumber,
  chatDate,
  clinicianName,
  code,
  DATE_FORMS,
  date,
  dea,
  device,
  drivingLicence,
  drug,
  emailOf,
  eponym,
  euPhone,
  full,
  healthNumber,
  hl7Name,
  ipv4,
  ipv6,
  lab,
  later,
  localPhone,
  memberId,
  mrn,
  name,
  nhsNumber,
  npi,
  oldAge,
  org,
  otherId,
  type Person,
  person,
  phoneFor,
  photo,
  plate,
  portalUrl,
  registration,
  serial,
  shortDate,
  ssn,
  stat,
  systemTime,
  title,
  usPhone,
  uuid,
  version,
  vin,
  visit,
  type Ymd,
  year,
} from './values';
import { CHAT_OPENERS, RELATIONS_B3 } from './vocab';

type Template = (g: Gen) => Frag;

/** The patient's age: over 89 two times in five. */
const patientAge = (g: Gen): number => (g.chance(0.4) ? oldAge(g) : g.int(24, 89));
const ageWords = (g: Gen, age: number): Piece =>
  age > 89 ? agePhrase(g, age) : t`${keep('age_under_90', String(age))}-year-old`;

const opNote: Template = (g) => {
  const pt = person(g);
  const surgeon = person(g);
  const assist = person(g);
  const age = patientAge(g);
  const op = visit(g);
  const seen = visit(g);
  return t`OPERATIVE REPORT

PATIENT NAME: ${name(g, pt)}    MEDICAL RECORD #: ${mrn(g)}    DATE OF BIRTH: ${date(g, birth(g, age))}
DATE OF OPERATION: ${date(g, op)}
SURGEON: ${clinicianName(g, surgeon)}
ASSISTANT: ${clinicianName(g, assist)}
ANESTHESIA: General endotracheal.

PREOPERATIVE DIAGNOSIS: Adenocarcinoma of the sigmoid colon, ${code(g)}.
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE PERFORMED: ${eponym(g)}, ${code(g)}.

INDICATIONS: The patient is a ${ageWords(g, age)} ${pt.sex === 'f' ? 'female' : 'male'} who was seen in clinic on ${shortDate(g, seen)} with ${lab(g)} and weight loss. After discussion with the patient and ${pt.sex === 'f' ? 'her' : 'his'} ${g.pick(RELATIONS_B3)}, ${name(g, person(g))}, consent was obtained.

DESCRIPTION OF PROCEDURE: The patient was identified in the holding area by name and date of birth, brought to the operating room and placed supine. ${drug(g)} was given prior to incision. A ${eponym(g)} was noted. The ${device(g)} was used for hemodynamic support. Estimated blood loss 350 mL. Specimens to pathology under accession ${otherId(g, 'accession')}. Dr. ${phi('name', surgeon.mononym ? surgeon.given : surgeon.family)} was present and scrubbed for the entire procedure.

D: ${date(g, op, 'us_short')} ${g.int(10, 23)}:${g.int(10, 59)}   T: ${date(g, later(op, 1), 'us_short')}   JOB #: ${otherId(g, 'job')}
cc: ${name(g, person(g))}, ${org(g)}, fax ${usPhone(g, 'fax')}`;
};

const pathReport: Template = (g) => {
  const pt = person(g);
  const age = patientAge(g);
  const got = visit(g);
  const signer = person(g);
  return t`SURGICAL PATHOLOGY REPORT                     ${org(g)}
Accession No: ${otherId(g, 'accession')}         Patient: ${phi('name', pt.mononym ? pt.given.toUpperCase() : `${pt.family.toUpperCase()}, ${pt.given.toUpperCase()}`)}
MRN: ${mrn(g)}   DOB: ${date(g, birth(g, age), 'dd_mon_yy')} (Age: ${ageValue(age)})   Sex: ${pt.sex.toUpperCase()}
Collected: ${date(g, got, 'us_slash')}   Received: ${date(g, later(got, 1), 'us_slash')}
Submitting physician: ${clinicianName(g, person(g))}  NPI ${npi(g)}

CLINICAL HISTORY: ${ageWords(g, age)} with ${lab(g)}; r/o malignancy. Prior ${code(g)}.

GROSS DESCRIPTION: Received in formalin labeled with the patient's name "${phi('name', full(pt))}" and "sigmoid colon" is a segment of bowel, 22.5 cm in length.

FINAL DIAGNOSIS: Moderately differentiated adenocarcinoma. Margins negative. ${eponym(g)} not identified.

Electronically signed out by ${phi('name', full(signer))}, MD on ${date(g, later(got, 3), 'month_d_y')}
Report generated ${systemTime(g)} by LIS ${version(g)}`;
};

const priorAuthFax: Template = (g) => {
  const pt = person(g);
  const md = person(g);
  const when = visit(g);
  const addr = address(g, 'US');
  return t`*** FAX TRANSMISSION ***   ${systemTime(g)}   PAGE 1 OF ${g.int(2, 9)}
TO: ${org(g)} Pharmacy Prior Authorization      FAX: ${usPhone(g, 'fax')}
FROM: ${clinicianName(g, md)}                         PHONE: ${usPhone(g)}   FAX: ${usPhone(g, 'fax')}
RE: URGENT PRIOR AUTHORIZATION REQUEST

MEMBER NAME: ${name(g, pt)}        MEMBER ID: ${memberId(g)}
DATE OF BIRTH: ${date(g, birth(g), 'us_dash')}     GROUP #: ${g.digits(6)}
MEMBER ADDRESS: ${addr.line}
PRESCRIBER NPI: ${npi(g)}    DEA: ${dea(g, md)}    ${registration(g)}
MEDICATION REQUESTED: ${drug(g)}
DIAGNOSIS: ${code(g)}; ${code(g)}
PREVIOUS THERAPIES TRIED/FAILED: ${drug(g)} from ${shortDate(g, when)} to ${date(g, later(when, 20))} - inadequate response (${lab(g)}).
Reference #: ${otherId(g, 'auth')}

CONFIDENTIALITY NOTICE: This facsimile contains protected health information. If received in error call ${usPhone(g)}.`;
};

/** An HL7 TS of an event in the patient's care: date, hours and minutes. */
const hl7Stamp = (g: Gen, x: Ymd): Span =>
  phi(
    'date',
    `${DATE_FORMS.compact(x)}${String(g.int(0, 23)).padStart(2, '0')}${String(g.int(0, 59)).padStart(2, '0')}`,
    'hl7_ts',
  );

const hl7Batch: Template = (g) => {
  const pt = person(g);
  const kin = person(g);
  const gt = g.chance(0.5) ? pt : kin;
  const doc = person(g);
  const addr = address(g, 'US');
  const kaddr = address(g, 'US');
  const adm = visit(g);
  const b = birth(g);
  const area = `${g.int(2, 9)}${g.digits(2)}`;
  const local = `${g.int(2, 9)}${g.digits(6)}`;
  const hl7Addr = (a: Address): Frag => t`${a.street}^^${a.town}^${a.region}^${a.postcode}^USA^H`;
  return t`MSH|^~\\&|REGADT|${g.pick(['MCH', 'SJH', 'NWR'])}|HIM|${g.pick(['MCH', 'SJH'])}|${systemTime(g)}||ADT^A04^ADT_A01|${uuid(g)}|P|${keep('version', g.pick(['2.3.1', '2.4', '2.6']))}
EVN|A04|${hl7Stamp(g, adm)}
PID|1||${mrn(g)}^^^MCH^MR~${bareSsn(g)}^^^SSA^SS||${hl7Name(pt)}||${date(g, b, 'compact')}|${pt.sex.toUpperCase()}|||${hl7Addr(addr)}||^PRN^PH^^1^${phi('phone', area, 'hl7_area')}^${phi('phone', local, 'hl7_local')}|||M||${account(g)}
NK1|1|${hl7Name(kin)}|${g.pick(['DAU', 'SON', 'SPO', 'NEP', 'FND'])}^${g.pick(RELATIONS_B3)}|${hl7Addr(kaddr)}|${usPhone(g)}||EC
PV1|1|I|4W^${g.int(401, 460)}^A|E|||${npi(g)}^${hl7Name(doc)}^^^MD|||MED||||7|||${npi(g)}^${hl7Name(person(g))}|IN||||||||||||||||||||||||||${hl7Stamp(g, adm)}
GT1|1||${hl7Name(gt)}||${hl7Addr(g.chance(0.5) ? addr : kaddr)}|${usPhone(g)}
IN1|1|${g.pick(['BCBS01', 'HUM002', 'MOL310'])}|${g.digits(5)}|${org(g)}|PO BOX 14079^^LEXINGTON^KY^40512||||${g.digits(6)}|||||||${hl7Name(pt)}|01|${date(g, b, 'compact')}|||||||||||||||||||${memberId(g)}
DG1|1||${code(g)}||A
OBX|1|NM|${keep('clinical_code', g.pick(['19123-9', '3094-0', '2777-1', '14933-6']))}^^LN||${lab(g)}||||||F`;
};

const csvExport: Template = (g) => {
  const row = (): Frag => {
    const p = person(g);
    const a = address(g, g.pick(['UK', 'UK', 'IE', 'NZ'] as const));
    const last = p.mononym ? '' : p.family;
    const q = (s: Piece, raw: string): Piece => (/[,"]/.test(raw) ? t`"${s}"` : s);
    return t`${nhsNumber(g)},${q(phi('name', last || p.given), last || p.given)},${p.mononym ? '' : phi('name', p.given)},${date(g, birth(g), 'uk_slash')},${p.sex.toUpperCase()},"${a.street}",${a.town},${a.postcode},${phoneFor(g, a.country)},${lab(g)},${date(g, visit(g), 'iso')}`;
  };
  const rows: Frag[] = [];
  for (let i = 0, n = g.int(3, 6); i < n; i++) rows.push(row());
  return t`# extract ${uuid(g)} run ${systemTime(g)} (${version(g)})
nhs_number,surname,forename,dob,sex,address_1,town,postcode,tel,last_result,last_seen
${join(rows, '\n')}
# ${stat(g)}`;
};

const portalChat: Template = (g) => {
  const pt = person(g);
  const rel = person(g);
  const age = oldAge(g);
  const a = address(g, g.pick(['US', 'CA', 'IE'] as const));
  const low = (p: Person): string => full(p).toLowerCase();
  const when = visit(g);
  return t`[patient portal - secure message thread ${uuid(g)}]
patient: ${g.pick(CHAT_OPENERS)} its ${phi('name', low(pt), 'lower')} dob ${chatDate(g, birth(g, age))} i need a refill on my ${drug(g)} the pharmacy said its not authorized
patient: also i moved my new address is ${phi('street_address', a.street.value.toLowerCase(), 'lower')} ${phi('geo', a.town.value.toLowerCase(), 'lower')} ${a.region.toLowerCase()} ${phi('zip', a.postcode.value, 'lower')}
staff (${phi('name', person(g).given)} RN): Thanks, I have updated your chart. Can you confirm a good callback number?
patient: ${phoneFor(g, a.country)} or my ${g.pick(RELATIONS_B3)} ${phi('name', low(rel), 'lower')} at ${localPhone(g)}
patient: shes taking me to the appt on ${chatDate(g, when)} my mum is ${phi('age', String(age))} too and cant drive
patient: oh and my email changed its ${emailOf(g, pt)}
staff: Noted. Your ${lab(g)} from ${shortDate(g, later(when, 2))} was reviewed by ${clinicianName(g, person(g))}.
system: message read ${systemTime(g)}`;
};

const insuranceLetter: Template = (g) => {
  const pt = person(g);
  const a = address(g, g.pick(['US', 'US', 'CA'] as const));
  const dos = visit(g);
  return t`${org(g)}
Member Services  P.O. Box 30${g.digits(3)}  Salt Lake City UT 84130

${date(g, later(dos, 25), 'month_d_y')}

${g.chance(0.5) ? `${title(pt)}. ` : ''}${phi('name', full(pt).toUpperCase())}
${a.block}

RE: Notice of Adverse Benefit Determination
Member: ${name(g, pt)}   Member ID: ${memberId(g)}   Claim Number: ${otherId(g, 'claim')}
Date(s) of Service: ${date(g, dos, 'us_slash')} - ${date(g, later(dos, 2), 'us_slash')}   Provider: ${clinicianName(g, person(g))}

Dear ${title(pt)}. ${phi('name', pt.mononym ? pt.given : pt.family)}:

We reviewed the request for ${code(g)} (${eponym(g)}) submitted on ${shortDate(g, dos)}. Based on the plan's medical policy ${version(g)}, the service is not medically necessary. If you paid by card ending ${cardNumber(g)}, a refund will follow. You may appeal within 180 days. Your account ${account(g)} is not affected.

Sincerely,
${phi('name', full(person(g)))}, RN, Utilization Review`;
};

const ukDischarge: Template = (g) => {
  const pt = person(g);
  const gp = person(g);
  const nok = person(g);
  const age = patientAge(g);
  const adm = visit(g);
  const a = address(g, 'UK');
  return t`DISCHARGE SUMMARY - ${org(g)}
NHS No: ${nhsNumber(g)}   Hosp No: ${mrn(g)}
Name: ${title(pt)} ${phi('name', full(pt))}   DOB: ${date(g, birth(g, age), 'uk_slash')} (${ageValue(age)}y)
Address: ${a.line}
Tel: ${phoneFor(g, 'UK')}   NOK: ${phi('name', full(nok))} (${g.pick(RELATIONS_B3)}) ${phoneFor(g, 'UK')}
GP: Dr ${phi('name', gp.mononym ? gp.given : `${gp.given[0]} ${gp.family}`)}, ${g.pick(['Riverside Surgery', 'The Health Centre', 'Castle Medical Practice'])}
Admitted: ${date(g, adm, 'd_month_y')}   Discharged: ${date(g, later(adm, g.int(2, 9)), 'd_month_y')}
Consultant: ${clinicianName(g, person(g))}

Presenting complaint: fall at home on ${date(g, adm, 'weekday_d_month')}, ${lab(g)}.
Procedures: ${eponym(g)} (${code(g)}).
TTO: ${drug(g)}; ${drug(g)}; ${drug(g)}.
Follow-up: fracture clinic ${shortDate(g, later(adm, 14))}; district nurse to visit.
Summary generated ${systemTime(g)}`;
};

const intlReferral: Template = (g) => {
  const country = g.pick(['CA', 'AU', 'NZ', 'NL', 'IE'] as const);
  const pt = person(g);
  const from = person(g);
  const age = patientAge(g);
  const a = address(g, country);
  const seen = visit(g);
  const label = { CA: 'Health card', AU: 'Medicare No.', NZ: 'NHI', NL: 'BSN', IE: 'PPSN' }[country];
  return t`Re: ${name(g, pt)}, ${ageWords(g, age)}, born ${date(g, birth(g, age))}
${label}: ${country === 'NL' ? phi('other_id', g.digits(9), 'bsn') : healthNumber(g, country)}
${a.block}
Ph ${phoneFor(g, country)}; daughter abroad ${euPhone(g)}

Dear colleague,

Thank you for seeing this ${age > 89 ? 'very elderly ' : ''}patient whom I reviewed on ${date(g, seen)}. ${pt.sex === 'f' ? 'She' : 'He'} lives with ${pt.sex === 'f' ? 'her' : 'his'} ${g.pick(RELATIONS_B3)} ${name(g, person(g))} and drives a ${year(g)} hatchback (rego ${plate(g)}). Recent bloods: ${lab(g)}, ${lab(g)}. Current medications include ${drug(g)} and ${drug(g)}. I wonder about ${eponym(g)}.

Kind regards,
${clinicianName(g, from)}
${registration(g)}   ${org(g)}
e: ${emailOf(g, from)}`;
};

const callCentre: Template = (g) => {
  const pt = person(g);
  const agent = person(g);
  const age = oldAge(g);
  const a = address(g, 'US');
  const spelled = (pt.mononym ? pt.given : pt.family)
    .normalize('NFD')
    .toUpperCase()
    .replace(/[^A-Z]/g, '')
    .split('')
    .join('-');
  return t`CALL TRANSCRIPT ${uuid(g)} queue=pharmacy-refills agent=${phi('name', `${agent.given.toLowerCase()}.${(agent.family || 'x').toLowerCase().replace(/[^a-z]/g, '')}`, 'login')}
[00:00:03] AGENT: thank you for calling this is ${phi('name', agent.given)} can i have the patients full name please
[00:00:09] CALLER: yeah its ${phi('name', full(pt).toLowerCase(), 'lower')} thats ${phi('name', spelled, 'spelled')}
[00:00:16] AGENT: and date of birth
[00:00:19] CALLER: ${chatDate(g, birth(g, age))} shes ${phi('age', String(age))} im her ${g.pick(RELATIONS_B3)}
[00:00:31] AGENT: ok and the address on file
[00:00:35] CALLER: ${phi('street_address', a.street.value.toLowerCase(), 'lower')} in ${phi('geo', a.town.value.toLowerCase(), 'lower')}
[00:00:48] AGENT: i see the ${drug(g)} was last filled ${shortDate(g, visit(g))} rx number ${otherId(g, 'rx')}
[00:01:02] CALLER: the card on file is the one ending in ${cardNumber(g)} and my cell is ${usPhone(g)}
[00:01:15] AGENT: perfect ive opened case ${otherId(g, 'case')} you will get a text from ${org(g)}
call ended ${systemTime(g)} asr=${version(g)}`;
};

const census: Template = (g) => {
  const col = (s: string, w: number): string => ' '.repeat(Math.max(1, w - s.length));
  const lines: Frag[] = [];
  for (let i = 0, n = g.int(4, 7); i < n; i++) {
    const p = person(g);
    const nm = p.mononym ? p.given.toUpperCase() : `${p.family.toUpperCase()}, ${p.given}`;
    const age = patientAge(g);
    const adm = visit(g);
    const cons = person(g);
    const dt = `${String(adm.d).padStart(2, '0')}/${String(adm.m).padStart(2, '0')}`;
    const consName = cons.mononym ? cons.given : cons.family;
    lines.push(
      t`${String(g.int(1, 32)).padStart(2, '0')}${g.pick(['A', 'B', ''])}   ${phi('name', nm, 'census')}${col(nm, 30)}${ageValue(age)}${col(String(age), 5)}${p.sex.toUpperCase()}  ${mrn(g)}   ${phi('date', dt, 'dd_mm')}  ${phi('name', consName, 'census')}${col(consName, 22)}${g.pick(['NEWS2 3', 'DNACPR', 'falls risk', 'nil by mouth', 'barrier nursing'])}`,
    );
  }
  return t`WARD CENSUS  ${org(g)}  printed ${systemTime(g)}
BED  PATIENT                       AGE  SX MRN        ADM    CONSULTANT            ALERTS
${join(lines, '\n')}
${stat(g)}; ${stat(g)}`;
};

const deathCert: Template = (g) => {
  const pt = person(g);
  const age = oldAge(g);
  const died = visit(g);
  const informant = person(g);
  const a = address(g, g.pick(['UK', 'IE', 'AU', 'NZ'] as const));
  return t`MEDICAL CERTIFICATE OF CAUSE OF DEATH
Name of deceased: ${phi('name', full(pt).toUpperCase())}
Date of death as stated to me: ${date(g, died, 'ord_of_month')}          Age as stated to me: ${phi('age', String(age))}
Place of death: ${a.line}
Last seen alive by me: ${date(g, later(died, 0), 'roman')}
Cause of death: I(a) aspiration pneumonia  I(b) ${eponym(g)}  II ${code(g)}
Informant: ${name(g, informant)}, ${g.pick(RELATIONS_B3)}, tel ${phoneFor(g, a.country)}
Certifying practitioner: ${clinicianName(g, person(g))}  ${registration(g)}
Implanted device removed: ${device(g)}, serial ${serial(g)} (required before cremation)
Photograph of identification wristband: ${photo(g)}`;
};

const homeVisit: Template = (g) => {
  const pt = person(g);
  const age = patientAge(g);
  const a = address(g, 'US');
  const [lat, lon] = [(g.int(30_000, 48_000) / 1000).toFixed(4), (-g.int(80_000, 120_000) / 1000).toFixed(4)];
  return t`Home health visit - skilled nursing
Pt ${name(g, pt)} ${ageWords(g, age)} seen at home ${a.line}. Directions: gravel drive past the ${g.pick(['Methodist church', 'feed store', 'grain elevator'])}, ${g.pick(['blue', 'white'])} trailer on left. GPS ${phi('geo', `${lat}, ${lon}`, 'gps')}.
Vitals stable, ${lab(g)} by fingerstick. Pt uses ${device(g)} (serial ${serial(g)}) and home O2. Wound on L heel photographed (${photo(g)}), uploaded to ${portalUrl(g)}.
Spouse ${name(g, person(g))} present, reachable at ${localPhone(g)} or ${usPhone(g)}. Truck in driveway ${year(g)} F-150 VIN ${vin(g)}.
Next visit ${shortDate(g, visit(g))}. Pt enrolled ${biometric(g)} for tablet login. ${ssn(g)} verified for Medicaid recert, case ${otherId(g, 'case')}.
Signed ${phi('name', full(person(g)))}, RN ${systemTime(g)}`;
};

const radiology: Template = (g) => {
  const pt = person(g);
  const age = patientAge(g);
  const exam = visit(g);
  const prior = later(exam, 0);
  const rad = person(g);
  return t`EXAM: CT ABDOMEN/PELVIS WITH IV CONTRAST        ${code(g)}
PATIENT: ${name(g, pt)}   MRN ${mrn(g)}   ACC# ${otherId(g, 'accession')}
EXAM DATE: ${date(g, exam, g.pick(['us_slash', 'ddmonyyyy', 'iso'] as const))}

HISTORY: ${ageWords(g, age)} with RLQ pain, ${lab(g)}. Evaluate for ${eponym(g)}.
COMPARISON: ${date(g, { ...prior, y: prior.y - 1 })}.
TECHNIQUE: Helical CT on ${device(g)} following ${drug(g)}. DLP 612 mGy-cm.
FINDINGS: ${eponym(g)} noted. Sigmoid diverticulosis. IVC filter in place.
IMPRESSION: No acute abnormality.

Dictated by: ${clinicianName(g, rad)}   Workstation ${g.chance(0.5) ? ipv4(g) : ipv6(g)}
Transcribed ${systemTime(g)} PowerScribe ${version(g)}
Critical result called to ${name(g, person(g))} at ${usPhone(g)} on ${shortDate(g, exam)}.`;
};

const pharmacyLabel: Template = (g) => {
  const pt = person(g);
  const md = person(g);
  const a = address(g, g.pick(['US', 'CA'] as const));
  const filled = visit(g);
  return t`${org(g)} #${g.int(1000, 19999)}  ${usPhone(g)}
RX# ${otherId(g, 'rx')}   FILLED ${date(g, filled, 'us_short')}   DISCARD AFTER ${date(g, later(filled, 28), 'mon_yy')}
${phi('name', full(pt).toUpperCase())}
${a.line}
${drug(g)}  QTY 30  REFILLS 2 BEFORE ${date(g, later(filled, 27), 'us_short')}
DR. ${phi('name', (md.mononym ? md.given : md.family).toUpperCase())}  DEA ${dea(g, md)}
Pickup ID checked: DL ${drivingLicence(g, pt)}; ${biometric(g)}`;
};

export const BLIND3_TEXT_DOCS: Record<string, Template> = {
  b3OpNote: opNote,
  b3PathReport: pathReport,
  b3PriorAuthFax: priorAuthFax,
  b3Hl7Batch: hl7Batch,
  b3CsvExport: csvExport,
  b3PortalChat: portalChat,
  b3InsuranceLetter: insuranceLetter,
  b3UkDischarge: ukDischarge,
  b3IntlReferral: intlReferral,
  b3CallCentre: callCentre,
  b3Census: census,
  b3DeathCert: deathCert,
  b3HomeVisit: homeVisit,
  b3Radiology: radiology,
  b3PharmacyLabel: pharmacyLabel,
};
