/**
 * Text documents of blind split 31: Synthea-generated synthetic patient records as an MCP server
 * for FHIR/EHR data hands them out in text: CSV exports, the plain-text patient summary, the
 * generated clinical note, C-CDA fragments, the generator's run log and notes written from such
 * records. SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { type Frag, join, keep, type Piece, phi, t } from '../fragment';
import { deaValue, npiValue, phoneValue, ssn, vinValue } from '../identifiers';
import {
  addDays31,
  ageSpan31,
  CONDITIONS,
  DEVICES,
  day,
  dayTime,
  ENCOUNTER_TYPES,
  EPONYM_CONDITIONS,
  freshUuid,
  fullName,
  histDate,
  IMAGING,
  isoDay,
  lab,
  MEDICATIONS,
  nm,
  ORGANIZATIONS,
  PAYERS,
  PROCEDURES,
  SPECIALITIES,
  type SynPatient,
  synClinician,
  synPatient,
  synPhone,
  synPlace,
  synthVersion,
  uuidSpan,
  VACCINES,
} from './vocab';

type Template = (g: Gen) => Frag;

const code = (v: string, system: string): Piece => keep('clinical_code', v, system);
const org = (v: string): Piece => keep('organization', v);

/** A CSV cell: quoted when its text holds a comma, the quotes outside any label. */
function cell(p: Piece, text: string): Piece {
  return text.includes(',') ? t`"${p}"` : p;
}

const csvRow = (cells: readonly Piece[]): Frag => join(cells, ',');

/** A condition: an eponymous one about a third of the time. */
function condition(g: Gen, eponymous = g.chance(0.35)): { code: Piece; display: Piece; text: string } {
  if (eponymous) {
    const [c, d] = g.pick(EPONYM_CONDITIONS);
    return { code: code(c, 'SNOMED CT'), display: keep('eponym', d), text: d };
  }
  const [c, d] = g.pick(CONDITIONS);
  return { code: code(c, 'SNOMED CT'), display: d, text: d };
}

function patientRow(g: Gen, p: SynPatient): Frag {
  const pl = p.place;
  return csvRow([
    uuidSpan(p.id),
    day(p.dob),
    p.dod ? day(p.dod) : '',
    phi('ssn', p.ssn, 'synthea'),
    p.drivers ? phi('license', p.drivers, 'driver') : '',
    p.passport ? phi('other_id', p.passport, 'passport') : '',
    p.prefix,
    nm(p.given),
    nm(p.family),
    p.suffix ?? '',
    p.maiden ? nm(p.maiden) : '',
    p.marital,
    p.race[0],
    p.ethnicity[0],
    p.sex,
    t`${phi('geo', p.birthplace, 'city')}  Massachusetts  US`,
    phi('street_address', pl.line),
    phi('geo', pl.town.city, 'city'),
    'Massachusetts',
    phi('geo', pl.town.county, 'county'),
    phi('geo', pl.town.fips, 'fips'),
    phi('zip', pl.town.zip),
    phi('geo', pl.lat, 'lat'),
    phi('geo', pl.lon, 'lon'),
    p.expenses,
    p.coverage,
    String(g.int(20_000, 190_000)),
  ]);
}

const patientsCsv: Template = (g) => {
  const rows = Array.from({ length: g.int(2, 4) }, () => patientRow(g, synPatient(g)));
  return t`Id,BIRTHDATE,DEATHDATE,SSN,DRIVERS,PASSPORT,PREFIX,FIRST,LAST,SUFFIX,MAIDEN,MARITAL,RACE,ETHNICITY,GENDER,BIRTHPLACE,ADDRESS,CITY,STATE,COUNTY,FIPS,ZIP,LAT,LON,HEALTHCARE_EXPENSES,HEALTHCARE_COVERAGE,INCOME
${join(rows, '\n')}
`;
};

const encountersCsv: Template = (g) => {
  const pid = g.f.string.uuid();
  const orgId = g.f.string.uuid();
  const rows = Array.from({ length: g.int(3, 6) }, () => {
    const [c, d, cls] = g.pick(ENCOUNTER_TYPES);
    const start = histDate(g);
    const reason = g.chance(0.5) ? condition(g) : undefined;
    return csvRow([
      freshUuid(g),
      dayTime(g, start, 'z'),
      dayTime(g, start, 'z'),
      uuidSpan(pid),
      uuidSpan(orgId),
      freshUuid(g),
      freshUuid(g),
      cls,
      code(c, 'SNOMED CT'),
      d,
      `${g.int(80, 400)}.${g.digits(2)}`,
      `${g.int(80, 2000)}.${g.digits(2)}`,
      `${g.int(0, 900)}.${g.digits(2)}`,
      reason ? reason.code : '',
      reason ? cell(reason.display, reason.text) : '',
    ]);
  });
  return t`Id,START,STOP,PATIENT,ORGANIZATION,PROVIDER,PAYER,ENCOUNTERCLASS,CODE,DESCRIPTION,BASE_ENCOUNTER_COST,TOTAL_CLAIM_COST,PAYER_COVERAGE,REASONCODE,REASONDESCRIPTION
${join(rows, '\n')}`;
};

const conditionsMedicationsCsv: Template = (g) => {
  const pid = g.f.string.uuid();
  const enc = g.f.string.uuid();
  const conds = Array.from({ length: g.int(2, 4) }, () => {
    const c = condition(g);
    const start = histDate(g);
    return csvRow([
      day(start),
      g.chance(0.4) ? day(addDays31(start, g.int(5, 60))) : '',
      uuidSpan(pid),
      uuidSpan(enc),
      c.code,
      cell(c.display, c.text),
    ]);
  });
  const meds = Array.from({ length: g.int(1, 3) }, () => {
    const [rx, d] = g.pick(MEDICATIONS);
    const start = histDate(g);
    return csvRow([
      dayTime(g, start, 'z'),
      g.chance(0.5) ? dayTime(g, addDays31(start, g.int(30, 365)), 'z') : '',
      uuidSpan(pid),
      freshUuid(g),
      uuidSpan(enc),
      code(rx, 'RxNorm'),
      cell(keep('drug_dose', d), d),
      `${g.int(1, 300)}.${g.digits(2)}`,
      `${g.int(0, 200)}.${g.digits(2)}`,
      String(g.int(1, 48)),
      `${g.int(10, 9000)}.${g.digits(2)}`,
      '',
      '',
    ]);
  });
  return t`==> conditions.csv <==
START,STOP,PATIENT,ENCOUNTER,CODE,DESCRIPTION
${join(conds, '\n')}

==> medications.csv <==
START,STOP,PATIENT,PAYER,ENCOUNTER,CODE,DESCRIPTION,BASE_COST,PAYER_COVERAGE,DISPENSES,TOTALCOST,REASONCODE,REASONDESCRIPTION
${join(meds, '\n')}
`;
};

const observationsCsv: Template = (g) => {
  const pid = g.f.string.uuid();
  const enc = g.f.string.uuid();
  const when = histDate(g);
  const rows = Array.from({ length: g.int(4, 8) }, () => {
    const l = lab(g);
    return csvRow([
      dayTime(g, when, 'z'),
      uuidSpan(pid),
      uuidSpan(enc),
      g.pick(['vital-signs', 'laboratory']),
      code(l.code, 'LOINC'),
      cell(l.display, l.display),
      keep('lab_value', l.value),
      l.unit,
      'numeric',
    ]);
  });
  return t`DATE,PATIENT,ENCOUNTER,CATEGORY,CODE,DESCRIPTION,VALUE,UNITS,TYPE
${join(rows, '\n')}
`;
};

const providersOrganizationsCsv: Template = (g) => {
  const orgId = g.f.string.uuid();
  const orgPlace = synPlace(g);
  const orgName = g.pick(ORGANIZATIONS);
  const providers = Array.from({ length: g.int(1, 3) }, () => {
    const c = synClinician(g);
    const pl = synPlace(g);
    return csvRow([
      freshUuid(g),
      uuidSpan(orgId),
      nm(`${c.given} ${c.family}`, 'synthea_full'),
      c.sex,
      g.pick(SPECIALITIES),
      phi('street_address', pl.line),
      phi('geo', pl.town.city, 'city'),
      'MA',
      phi('zip', pl.town.zip),
      phi('geo', pl.lat, 'lat'),
      phi('geo', pl.lon, 'lon'),
      String(g.int(10, 9000)),
      String(g.int(0, 3000)),
    ]);
  });
  return t`# organizations.csv
Id,NAME,ADDRESS,CITY,STATE,ZIP,LAT,LON,PHONE,REVENUE,UTILIZATION
${csvRow([
  uuidSpan(orgId),
  org(orgName),
  phi('street_address', orgPlace.line),
  phi('geo', orgPlace.town.city, 'city'),
  'MA',
  phi('zip', orgPlace.town.zip),
  phi('geo', orgPlace.lat, 'lat'),
  phi('geo', orgPlace.lon, 'lon'),
  phi('phone', g.pick([synPhone(g), `978${g.digits(7)}`, `(508) ${g.digits(3)}-${g.digits(4)}`])),
  `${g.int(1000, 900000)}.${g.digits(2)}`,
  String(g.int(10, 40000)),
])}

# providers.csv
Id,ORGANIZATION,NAME,GENDER,SPECIALITY,ADDRESS,CITY,STATE,ZIP,LAT,LON,ENCOUNTERS,PROCEDURES
${join(providers, '\n')}
`;
};

const devicesImagingCsv: Template = (g) => {
  const pid = g.f.string.uuid();
  const enc = g.f.string.uuid();
  const start = histDate(g);
  const [dc, dd] = g.pick(DEVICES);
  const gtin = `00${g.digits(12)}`;
  const udi = `(01)${gtin}(11)${g.int(10, 24)}${g.digits(4)}(17)${g.int(30, 45)}${g.digits(4)}(10)${g.digits(11)}(21)${g.digits(5)}`;
  const [mod, modName, bs, bsName] = g.pick(IMAGING);
  const studyUid = `1.2.840.99999999.${g.int(1, 9)}.${g.digits(8)}.${g.digits(13)}`;
  return t`devices.csv
START,STOP,PATIENT,ENCOUNTER,CODE,DESCRIPTION,UDI
${csvRow([dayTime(g, start, 'z'), '', uuidSpan(pid), uuidSpan(enc), code(dc, 'SNOMED CT'), cell(keep('device_name', dd), dd), phi('device', udi, 'udi')])}

imaging_studies.csv
Id,DATE,PATIENT,ENCOUNTER,SERIES_UID,BODYSITE_CODE,BODYSITE_DESCRIPTION,MODALITY_CODE,MODALITY_DESCRIPTION,INSTANCE_UID,SOP_CODE,SOP_DESCRIPTION,PROCEDURE_CODE
${csvRow([
  phi('other_id', studyUid, 'dicom_study'),
  dayTime(g, addDays31(start, g.int(0, 3)), 'z'),
  uuidSpan(pid),
  uuidSpan(enc),
  phi('other_id', `${studyUid}.1`, 'dicom_series'),
  code(bs, 'SNOMED CT'),
  bsName,
  mod,
  modName,
  phi('other_id', `${studyUid}.1.${g.int(1, 40)}`, 'dicom_instance'),
  '1.2.840.10008.5.1.4.1.1.1.1',
  'Digital X-Ray Image Storage',
  code(g.pick(['399208008', '241541005', '40701008']), 'SNOMED CT'),
])}
`;
};

/** Synthea's plain-text patient summary (the `text` exporter). */
const patientSummaryText: Template = (g) => {
  const p = synPatient(g, g.chance(0.3));
  const [c1, c2] = [condition(g), condition(g, true)];
  const s1 = histDate(g);
  const s2 = histDate(g);
  const [, md] = g.pick(MEDICATIONS);
  const obsDay = histDate(g);
  const obs = Array.from({ length: g.int(2, 4) }, () => {
    const l = lab(g);
    return t`  ${day(obsDay)} : ${l.display.padEnd(40)} ${keep('lab_value', `${l.value} ${l.unit}`)}`;
  });
  const [, vname] = g.pick(VACCINES);
  const [, pname] = g.pick(PROCEDURES);
  const [, ename] = g.pick(ENCOUNTER_TYPES);
  const payer = g.pick(PAYERS);
  return t`${p.prefix ? `${p.prefix} ` : ''}${fullName(p)}${p.suffix ? ` ${p.suffix}` : ''}
==================
Race:           ${p.race[0].charAt(0).toUpperCase()}${p.race[0].slice(1)}
Ethnicity:      ${p.ethnicity[0] === 'hispanic' ? 'Hispanic' : 'Non-Hispanic'}
Gender:         ${p.sex}
Age:            ${ageSpan31(p)}
Birth Date:     ${day(p.dob)}
Marital Status: ${p.marital}
Outpatient Provider: ${org(g.pick(ORGANIZATIONS))}
Insurance:      ${org(payer)} since ${keep('year', String(g.int(2000, 2020)))}
--------------------------------------------------------------------------------
ALLERGIES:
  ${g.pick(['N/A', 'Allergy to peanuts', 'Penicillin V allergy', 'Dust mite allergy', 'Allergy to bee venom'])}
--------------------------------------------------------------------------------
MEDICATIONS:
  ${day(s1)} [CURRENT] : ${keep('drug_dose', md)} for ${c1.display}
--------------------------------------------------------------------------------
CONDITIONS:
  ${day(s2)} -       : ${c2.display}
  ${day(s1)} -       : ${c1.display}
--------------------------------------------------------------------------------
CARE PLANS:
  ${day(s2)} [CURRENT] : ${g.pick(['Diabetes self management plan', 'Asthma self management', 'Musculoskeletal care', 'Hypertension management plan'])}
--------------------------------------------------------------------------------
OBSERVATIONS:
${join(obs, '\n')}
--------------------------------------------------------------------------------
PROCEDURES:
  ${day(obsDay)} : ${pname}
--------------------------------------------------------------------------------
IMMUNIZATIONS:
  ${day(obsDay)} : ${vname}
--------------------------------------------------------------------------------
ENCOUNTERS:
  ${day(obsDay)} : Encounter at ${org(g.pick(ORGANIZATIONS))} : ${ename}
--------------------------------------------------------------------------------
`;
};

/** The clinical note Synthea writes into a DocumentReference, decoded. */
const generatedClinicalNote: Template = (g) => {
  const p = synPatient(g, g.chance(0.3));
  const visit = histDate(g);
  const c = condition(g);
  const [, md] = g.pick(MEDICATIONS);
  const doc = synClinician(g);
  const race = p.race[0] === 'native' ? 'american indian' : p.race[0];
  const l = lab(g);
  return t`${day(visit)}

# Chief Complaint
${g.pick(['No complaints.', '- Cough\n- Fever', '- Joint pain', '- Fatigue'])}

# History of Present Illness
${nm(p.given)} is a ${ageSpan31(p)} year-old ${p.ethnicity[0] === 'hispanic' ? 'hispanic' : 'non-hispanic'} ${race} ${p.sex === 'F' ? 'female' : 'male'}. Patient has a history of ${c.display}.

# Social History
Patient is ${p.marital === 'M' ? 'married' : 'single'}. Patient ${g.pick(['has never smoked', 'is an active smoker', 'quit smoking in'])}${g.chance(0.3) ? t` ${keep('year', String(g.int(1985, 2020)))}` : ''}.
Patient comes from a ${g.pick(['low', 'middle', 'high'])} socioeconomic background. Patient currently has ${org(g.pick(PAYERS))}.

# Allergies
No Known Allergies.

# Medications
${keep('drug_dose', md)}

# Assessment and Plan
${l.display}: ${keep('lab_value', `${l.value} ${l.unit}`)}.
Patient is presenting with ${c.display}.

## Plan
Follow up in ${g.int(2, 12)} weeks. Call ${phi('phone', p.phone)} if symptoms worsen.

Signed: ${nm(`${doc.given} ${doc.family}`, 'synthea_full')}, ${g.pick(['MD', 'DO', 'NP'])} — ${org(g.pick(ORGANIZATIONS))}
`;
};

const ccdaFragment: Template = (g) => {
  const p = synPatient(g);
  const pl = p.place;
  const doc = synClinician(g);
  const o = g.pick(ORGANIZATIONS);
  const compact = (d: Date): string => isoDay(d).replaceAll('-', '');
  return t`<recordTarget>
  <patientRole>
    <id root="2.16.840.1.113883.19.5" extension="${phi('mrn', p.mrn)}"/>
    <id root="2.16.840.1.113883.4.1" extension="${phi('ssn', p.ssn, 'synthea')}"/>
    <addr use="HP">
      <streetAddressLine>${phi('street_address', pl.line)}</streetAddressLine>
      <city>${phi('geo', pl.town.city, 'city')}</city>
      <state>MA</state>
      <postalCode>${phi('zip', pl.town.zip)}</postalCode>
      <country>US</country>
    </addr>
    <telecom use="HP" value="tel:${phi('phone', p.phone)}"/>
    <patient>
      <name use="L">
        ${p.prefix ? `<prefix>${p.prefix}</prefix>` : ''}
        <given>${nm(p.given)}</given>
        <family>${nm(p.family)}</family>
      </name>
      <administrativeGenderCode code="${p.sex}" codeSystem="2.16.840.1.113883.5.1"/>
      <birthTime value="${phi('date', compact(p.dob), 'compact')}"/>
      <raceCode code="${p.race[1]}" codeSystem="2.16.840.1.113883.6.238"/>
    </patient>
  </patientRole>
</recordTarget>
<author>
  <time value="${phi('date', compact(histDate(g)), 'compact')}${String(g.int(0, 23)).padStart(2, '0')}${g.digits(2).replace(/^[6-9]/, '5')}00${g.pick(['-0500', '-0400', ''])}"/>
  <assignedAuthor>
    <id root="2.16.840.1.113883.4.6" extension="${npiValue(g)}"/>
    <assignedPerson><name><given>${nm(doc.given)}</given><family>${nm(doc.family)}</family></name></assignedPerson>
    <representedOrganization><name>${org(o)}</name></representedOrganization>
  </assignedAuthor>
</author>
<custodian><assignedCustodian><representedCustodianOrganization>
  <name>${org(o)}</name>
  <telecom value="tel:${phoneValue(g)}"/>
</representedCustodianOrganization></assignedCustodian></custodian>
`;
};

/** The run's closing tally ("total=1127, alive=1000, dead=127"): a population figure, kept. */
function records(g: Gen): Piece {
  const [alive, dead] = [g.int(10, 5000), g.int(0, 600)];
  return keep('statistic', `total=${alive + dead}, alive=${alive}, dead=${dead}`);
}

/** Synthea's console output while it generates a population. */
const syntheaRunLog: Template = (g) => {
  const town = synPlace(g).town;
  const lines = Array.from({ length: g.int(3, 6) }, (_, i) => {
    const p = synPatient(g, g.chance(0.3));
    return t`${i + 1} -- ${fullName(p)} (${ageSpan31(p)} y/o ${p.sex}) ${phi('geo', p.place.town.city, 'city')}, Massachusetts${p.dod ? ' DECEASED' : ''}`;
  });
  return t`Scanned 60 modules and 136 submodules.
Running with options:
Population: ${String(g.int(10, 5000))}
Seed: ${String(g.int(1, 2 ** 31))}
Provider Seed:${String(g.int(1, 2 ** 31))}
Reference Time: ${String(g.int(1_700_000_000, 1_760_000_000))}000
Location: ${phi('geo', town.city, 'city')}, Massachusetts
Min Age: 0
Max Age: 140
Synthea version ${synthVersion(g)}
${join(lines, '\n')}
Records: ${records(g)}
RNG=${String(g.int(100000, 999999))}
Clinician RNG=${String(g.int(1000, 99999))}
`;
};

/** A registration intake note the front desk typed while loading a synthetic test patient. */
const registrationIntake: Template = (g) => {
  const p = synPatient(g);
  const staff = synClinician(g);
  const email = `${p.given.toLowerCase()}.${p.family.toLowerCase()}@${g.pick(['example.com', 'mail.example.org', 'synthmail.example'])}`;
  return t`REGISTRATION — ${org(g.pick(ORGANIZATIONS))}
Patient: ${nm(`${p.family}, ${p.given}`, 'last_first')}   DOB ${day(p.dob)}   Sex ${p.sex}
Address on file: ${phi('street_address', p.place.line)}, ${phi('geo', p.place.town.city, 'city')}, MA ${phi('zip', p.place.town.zip)}
${ssn(g, true)} (as read from card; test-data SSN on chart ${phi('ssn', p.ssn, 'synthea')})
DL ${phi('license', p.drivers ?? `S999${g.digits(5)}`, 'driver')}  Passport ${phi('other_id', p.passport ?? `X${g.digits(8)}X`, 'passport')}
Home ${phi('phone', p.phone)}  e-mail ${phi('email', email)}
Parking validation: plate ${phi('vehicle', `${g.int(1, 9)}${g.letters(2)}${g.digits(3)}`, 'plate')} (MA)
Emergency contact: ${nm(`${synClinician(g).given} ${p.family}`, 'synthea_full')} (${g.pick(['spouse', 'mother', 'son', 'daughter'])}) ${phi('phone', synPhone(g))}
Registered by ${nm(staff.given)} ${nm(staff.family)} at ${String(g.int(7, 17))}:${String(g.int(10, 59))}
`;
};

/** An ED note written from a Synthea motor-vehicle-collision encounter. */
const mvcEdNote: Template = (g) => {
  const p = synPatient(g, false);
  const doc = synClinician(g);
  const when = histDate(g);
  const scene = synPlace(g);
  const [, md] = g.pick(MEDICATIONS);
  const l = lab(g);
  return t`EMERGENCY DEPARTMENT NOTE
${org(g.pick(ORGANIZATIONS))}
Patient: ${fullName(p)}  MRN ${phi('mrn', p.mrn)}  DOB ${day(p.dob)}  Age ${ageSpan31(p)}
Arrival: ${day(when)} via EMS

HPI: Restrained driver in a low-speed collision near ${phi('street_address', scene.line)}, ${phi('geo', scene.town.city, 'city')} (scene ${phi('geo', scene.lat, 'lat')}, ${phi('geo', scene.lon, 'lon')}). Vehicle VIN ${vinValue(g)}, police report ${phi('other_id', `MSP-${g.int(2019, 2025)}-${g.digits(6)}`, 'case')}.
Dx: ${g.pick(['Sprain of ankle (disorder)', 'Whiplash injury to neck (disorder)', 'Concussion with no loss of consciousness (disorder)'])}, GCS 15.
${l.display}: ${keep('lab_value', `${l.value} ${l.unit}`)}
Rx: ${keep('drug_dose', md)}
Prescriber: ${nm(`${doc.given} ${doc.family}`, 'synthea_full')}, MD  NPI ${npiValue(g)}  DEA ${deaValue(g, doc.family)}
`;
};

/** A referral fax cover generated from a Synthea record. */
const referralFax: Template = (g) => {
  const p = synPatient(g);
  const from = synClinician(g);
  const to = synClinician(g);
  const c = condition(g, g.chance(0.6));
  return t`FAX — REFERRAL
To: Dr. ${nm(to.family)}, ${g.pick(SPECIALITIES).toLowerCase()}   Fax ${phoneValue(g, 'fax')}
From: ${nm(`${from.given} ${from.family}`, 'synthea_full')}, ${org(g.pick(ORGANIZATIONS))}   Fax ${phoneValue(g, 'fax')}  Tel ${phi('phone', synPhone(g))}
NPI ${npiValue(g)}   DEA ${deaValue(g, from.family)}
Date: ${day(histDate(g))}
RE: ${nm(`${p.given} ${p.family}`, 'synthea_full')}, DOB ${day(p.dob)}, ${org(g.pick(PAYERS))} member ${phi('health_plan', `${g.letters(3)}${g.digits(9)}`, 'member')}
Reason: ${c.display} (SNOMED ${c.code})
Pages: ${String(g.int(2, 9))}
`;
};

/** A gateway transcript: a tools/call and the CSV text block it returned. */
const mcpCsvTranscript: Template = (g) => {
  const p = synPatient(g);
  const enc = histDate(g);
  const [c, d, cls] = g.pick(ENCOUNTER_TYPES);
  return t`→ tools/call synthea_query {"table":"encounters","patient":"${uuidSpan(p.id)}","limit":${String(g.int(1, 10))}}
← content[0] text/csv
Id,START,STOP,PATIENT,ORGANIZATION,PROVIDER,PAYER,ENCOUNTERCLASS,CODE,DESCRIPTION
${csvRow([freshUuid(g), dayTime(g, enc, 'z'), dayTime(g, enc, 'z'), uuidSpan(p.id), freshUuid(g), freshUuid(g), freshUuid(g), cls, code(c, 'SNOMED CT'), d])}
→ tools/call synthea_query {"table":"patients","id":"${uuidSpan(p.id)}"}
← content[0] text/csv
Id,BIRTHDATE,DEATHDATE,SSN,DRIVERS,PASSPORT,PREFIX,FIRST,LAST,SUFFIX,MAIDEN,MARITAL,RACE,ETHNICITY,GENDER,BIRTHPLACE,ADDRESS,CITY,STATE,COUNTY,FIPS,ZIP,LAT,LON,HEALTHCARE_EXPENSES,HEALTHCARE_COVERAGE,INCOME
${patientRow(g, p)}
`;
};

/** An immunization history letter written from the record. */
const immunizationLetter: Template = (g) => {
  const p = synPatient(g, false);
  const nurse = synClinician(g);
  const shots = Array.from({ length: g.int(2, 5) }, () => {
    const [cvx, name] = g.pick(VACCINES);
    return t`  - ${name} (CVX ${code(cvx, 'CVX')}) given ${day(histDate(g))}`;
  });
  return t`${g.pick(['Dear', 'To the parent/guardian of'])} ${nm(p.given)} ${nm(p.family)},

Our records at ${org(g.pick(ORGANIZATIONS))} show the following immunizations for the patient born ${day(p.dob)}, living at ${phi('street_address', p.place.line)}, ${phi('geo', p.place.town.city, 'city')} ${phi('zip', p.place.town.zip)}:
${join(shots, '\n')}

Questions: ${phi('phone', synPhone(g))}.
${nm(`${nurse.given} ${nurse.family}`, 'synthea_full')}, RN
`;
};

export const BLIND31_TEXT_DOCS: Record<string, Template> = {
  b31_patients_csv: patientsCsv,
  b31_encounters_csv: encountersCsv,
  b31_conditions_medications_csv: conditionsMedicationsCsv,
  b31_observations_csv: observationsCsv,
  b31_providers_organizations_csv: providersOrganizationsCsv,
  b31_devices_imaging_csv: devicesImagingCsv,
  b31_patient_summary_text: patientSummaryText,
  b31_generated_clinical_note: generatedClinicalNote,
  b31_ccda_record_target: ccdaFragment,
  b31_synthea_run_log: syntheaRunLog,
  b31_registration_intake: registrationIntake,
  b31_mvc_ed_note: mvcEdNote,
  b31_referral_fax: referralFax,
  b31_mcp_csv_transcript: mcpCsvTranscript,
  b31_immunization_letter: immunizationLetter,
};
