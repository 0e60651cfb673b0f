/**
 * JSON documents of blind split 24: EHR and registry APIs of pediatrics, obstetrics and family
 * records (FHIR-like Patient and RelatedPerson, IIS exports, flowsheets, eligibility checks, triage
 * and telehealth records, child welfare and school health records). SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { addDays, compactDate, formatDate, isoDate, recentDate } from '../dates';
import { type JsonTree, keep, phi, t } from '../fragment';
import {
  accountValue,
  driversLicenseValue,
  email,
  ipValue,
  mbiValue,
  memberIdValue,
  mrnValue,
  npiValue,
  phoneValue,
  photoFile,
  serialValue,
  ssnValue,
  stateLicenseValue,
  udiValue,
  urlValue,
} from '../identifiers';
import { ageUnder90, systemTimestamp, uuid, version, yearAlone } from '../keep-vocab';
import { type Person, person } from '../people';
import { address } from '../places';
import {
  child,
  cptCode,
  cvx,
  devName,
  drug,
  elder,
  icd,
  lab,
  loincCode,
  lot,
  man,
  mother,
  newborn,
  org,
  orgOf,
  pctile,
  snomedCode,
  woman,
} from './text-docs';

type Template = (g: Gen) => JsonTree;

const full = (p: Person) => phi('name', `${p.first} ${p.last}`, 'full');
const yearsOld = (p: Person): number => Math.max(1, 2025 - p.dob.getUTCFullYear());

const fhirAddress = (g: Gen) => {
  const a = address(g);
  return { line: [a.street], city: a.city, district: a.county, state: a.state, postalCode: a.zip };
};

const fhirNewbornPatient: Template = (g) => {
  const mom = mother(g);
  const dad = man(g);
  const born = recentDate(g);
  const baby = newborn(g, mom, born);
  const twin = g.chance(0.4);
  return {
    resourceType: 'Patient',
    id: uuid(g),
    meta: { versionId: String(g.int(1, 9)), lastUpdated: systemTimestamp(g) },
    identifier: [
      { type: { text: 'MRN' }, system: 'urn:oid:2.16.840.1.113883.19.5', value: mrnValue(g) },
      {
        type: { text: 'Birth certificate' },
        value: phi('other_id', `${g.int(100, 199)}-${g.digits(8)}`, 'birth_cert'),
      },
    ],
    name: [
      {
        use: 'temp',
        text: t`Baby ${baby.sex === 'female' ? 'Girl' : 'Boy'}${twin ? ' B' : ''} ${phi('name', baby.last, 'baby_last')}`,
      },
      {
        use: 'official',
        family: phi('name', baby.last, 'family'),
        given: [phi('name', baby.first, 'given')],
      },
    ],
    gender: baby.sex,
    birthDate: isoDate(born),
    multipleBirthInteger: twin ? 2 : undefined,
    multipleBirthBoolean: twin ? undefined : false,
    address: [fhirAddress(g)],
    contact: [
      {
        relationship: [{ coding: [{ code: 'MTH' }], text: 'mother' }],
        name: { family: phi('name', mom.last, 'family'), given: [phi('name', mom.first, 'given')] },
        telecom: [{ system: 'phone', value: phoneValue(g), use: 'mobile' }],
      },
      {
        relationship: [{ coding: [{ code: 'FTH' }], text: 'father of baby' }],
        name: { text: full(dad) },
        telecom: [{ system: 'email', value: email(g, dad.first, dad.last) }],
      },
    ],
    generalPractitioner: [{ display: org(g) }],
    extension: [
      {
        url: 'http://hl7.org/fhir/StructureDefinition/patient-birthPlace',
        valueAddress: { city: address(g).city },
      },
      { url: 'birthWeight', valueString: keep('lab_value', `${g.int(1400, 4400)} g`, 'birth_weight') },
    ],
  };
};

const relatedPersons: Template = (g) => {
  const k = child(g, 1, 15);
  const rel = (code: string, display: string, p: Person) => ({
    resourceType: 'RelatedPerson',
    id: uuid(g),
    patient: { reference: `Patient/${g.digits(6)}`, display: full(k) },
    relationship: [{ coding: [{ system: 'v3-RoleCode', code }], text: display }],
    name: [{ family: phi('name', p.last, 'family'), given: [phi('name', p.first, 'given')] }],
    telecom: [{ system: 'phone', value: phoneValue(g) }],
    birthDate: isoDate(p.dob),
    address: [fhirAddress(g)],
  });
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    total: 3,
    entry: [
      { resource: rel('MTH', 'mother', mother(g)) },
      {
        resource: rel('GRMTH', 'maternal grandmother (legal guardian)', woman(g, { minAge: 45, maxAge: 80 })),
      },
      { resource: rel('STPFTH', 'stepfather', man(g)) },
    ],
  };
};

const iisExport: Template = (g) => {
  const k = child(g, 1, 17);
  const mom = person(g);
  const doses = Array.from({ length: g.int(3, 6) }, (_, i) => {
    const v = cvx(g);
    return {
      cvx: v.code,
      vaccine: v.name,
      administered: isoDate(addDays(k.dob, 60 * (i + 1))),
      lot: lot(g),
      manufacturer: v.mfr,
      administeredBy: orgOf(
        g.pick(['Cedar Hollow Pediatrics', 'Bluebonnet Pediatric Associates', 'Riverstone Family Medicine']),
      ),
      vfcEligibility: g.pick(['V02 Medicaid', 'V01 not eligible', 'V03 uninsured']),
    };
  });
  return {
    registry: 'state-iis',
    hl7Version: keep('version', '2.5.1'),
    queriedAt: systemTimestamp(g),
    patient: {
      iisId: phi('other_id', g.digits(10), 'iis_client'),
      lastName: phi('name', k.last.toUpperCase(), 'last'),
      firstName: phi('name', k.first.toUpperCase(), 'first'),
      dob: compactDate(k.dob),
      mothersMaidenName: phi('name', mom.last, 'maiden'),
      zip: address(g).zip,
      medicaidId: memberIdValue(g),
    },
    vaccinations: doses,
    forecast: [{ series: 'MMR', dose: 2, due: isoDate(addDays(k.dob, 1460)) }],
  };
};

const wellChildEncounter: Template = (g) => {
  const k = child(g, 1, 12);
  const md = person(g, { minAge: 30, maxAge: 65 });
  const parent = person(g);
  const when = recentDate(g);
  return {
    encounterId: uuid(g),
    type: { code: cptCode(g), display: 'preventive visit, established' },
    patient: { mrn: mrnValue(g), name: full(k), dob: isoDate(k.dob), ageYears: ageUnder90(g, yearsOld(k)) },
    date: isoDate(when),
    provider: { name: full(md), npi: npiValue(g) },
    growth: {
      weightKg: g.int(9, 45),
      weightPercentile: pctile(g),
      heightPercentile: pctile(g),
      bmiPercentile: pctile(g),
      chart: g.pick(['CDC 2000', 'WHO 0-2']),
    },
    screening: {
      vision: devName(g, 'screen'),
      development: keep('eponym', g.pick(['Denver II screen', 'Galant reflex', 'Moro startle'])),
      lead: keep('lab_value', `capillary lead ${g.int(1, 6)}.${g.int(0, 9)} mcg/dL`),
    },
    immunizationsGiven: [{ cvx: cvx(g).code, lot: lot(g), site: 'RT', vfc: true }],
    diagnoses: [icd(g), icd(g)],
    note: t`${parent.sex === 'female' ? g.pick(['Mom', 'Grandma']) : 'Dad'} ${full(parent)} reports picky eating. Continue ${drug(g, 'peds')}. Seen ${formatDate(g, when)}; RTC 1 yr.`,
  };
};

const nicuFlowsheet: Template = (g) => {
  const mom = mother(g);
  const born = recentDate(g);
  const baby = newborn(g, mom, born);
  const rn = person(g);
  return {
    unit: 'NICU',
    bed: `${g.int(1, 40)}`,
    patient: {
      display: t`${phi('name', baby.last.toUpperCase(), 'baby_last')}, BABY ${baby.sex === 'female' ? 'GIRL' : 'BOY'}`,
      mrn: mrnValue(g),
      dob: isoDate(born),
      motherMrn: mrnValue(g),
    },
    devices: [
      { name: devName(g, 'nicu'), serial: serialValue(g) },
      { name: devName(g, 'bili'), udi: udiValue(g) },
    ],
    rows: Array.from({ length: 3 }, () => ({
      recordedAt: systemTimestamp(g),
      value: lab(g, 'neo'),
      by: phi('name', `${rn.first[0]}${rn.last[0]}`, 'initials'),
    })),
    meds: [drug(g, 'neo'), drug(g, 'neo')],
    footprintRef: phi('biometric', `FPR-${g.digits(8)}`, 'footprint'),
    securityTag: phi('device', `H${g.digits(7)}`, 'security_tag'),
    parentVisitLog: t`${g.pick(['Mom', 'MOB'])} ${phi('name', mom.first, 'first')} at bedside for kangaroo care ${formatDate(g, addDays(born, 2))}`,
  };
};

const eligibilityCheck: Template = (g) => {
  const parent = person(g);
  const kids = [child(g, 1, 17), child(g, 1, 17)];
  const a = address(g);
  return {
    request: {
      program: g.pick(['CHIP', 'Medicaid-Child', 'WIC-adjunct']),
      submittedAt: systemTimestamp(g),
      apiVersion: version(g),
    },
    applicant: {
      name: { last: phi('name', parent.last, 'last'), first: phi('name', parent.first, 'first') },
      ssn: ssnValue(g),
      dob: formatDate(g, parent.dob, 'us'),
      driversLicense: driversLicenseValue(g),
      address: { street: a.street, city: a.city, county: a.county, state: a.state, zip: a.zip },
      email: email(g, parent.first, parent.last),
    },
    household: kids.map((k) => ({
      name: full(k),
      dob: isoDate(k.dob),
      ssn: ssnValue(g),
      relationship: 'child',
      eligible: true,
      memberId: memberIdValue(g),
      plan: orgOf(g.pick(['Peachtree Kids Health Plan', 'Sunrise CHIP Partners'])),
    })),
    caseNumber: phi('other_id', `${g.int(2019, 2025)}-${g.letters(2)}-${g.digits(5)}`, 'case'),
    premiumAccount: accountValue(g),
    fplPercent: g.int(100, 250),
  };
};

const triageRecord: Template = (g) => {
  const k = child(g, 1, 8);
  const caller = person(g);
  const nurse = person(g);
  return {
    callId: uuid(g),
    receivedAt: systemTimestamp(g),
    line: orgOf(g.pick(['Kestrel Valley Children’s Hospital', 'Cedar Hollow Pediatrics'])),
    caller: {
      name: full(caller),
      relationship: g.pick(['mother', 'father', 'grandmother', 'foster parent']),
      callback: phoneValue(g),
    },
    patient: {
      name: full(k),
      dob: formatDate(g, k.dob),
      mrn: mrnValue(g),
      ageYears: ageUnder90(g, yearsOld(k)),
    },
    protocol: keep('eponym', 'Schmitt-Thompson protocol'),
    symptoms: g.some(['fever', 'ear pain', 'rash', 'croup', 'vomiting', 'diarrhea'], 1, 3),
    attachments: [{ file: photoFile(g, k.last), uploadedFrom: ipValue(g) }],
    transcript: t`caller states ${phi('name', k.first, 'first')} has ${keep('lab_value', `temp ${g.int(101, 104)}.${g.int(0, 9)} F`)}; gave ${keep('drug_dose', `Infant Tylenol (acetaminophen) ${g.pick(['160 mg', '120 mg', '5 mL', '3.75 mL'])}`)} at 2100. nurse ${phi('name', nurse.first, 'first')} advised recheck.`,
    disposition: g.pick(['home care', 'office next day', 'ED now', 'call 911']),
  };
};

const fosterCase: Template = (g) => {
  const k = child(g, 1, 14);
  const kin = (role: string, p: Person, age: JsonTree) => ({
    role,
    name: full(p),
    age,
    phone: phoneValue(g),
    city: address(g).city,
  });
  const ggm = woman(g);
  return {
    caseId: phi('other_id', `${g.letters(3)}${g.digits(7)}`, 'case'),
    agency: orgOf('Department of Children and Family Services'),
    child: { name: full(k), dob: isoDate(k.dob), medicaid: memberIdValue(g) },
    placement: { type: 'kinship', since: isoDate(recentDate(g)), address: fhirAddress(g) },
    relatives: [
      kin('biological mother', woman(g), ageUnder90(g, g.int(19, 40))),
      kin('biological father', man(g), ageUnder90(g, g.int(19, 45))),
      kin('maternal aunt (caregiver)', woman(g), ageUnder90(g, g.int(25, 55))),
      kin('maternal grandmother', woman(g), ageUnder90(g, g.int(45, 75))),
      kin('maternal great-grandmother', ggm, phi('age', String(elder(g)))),
    ],
    court: {
      nextHearing: isoDate(addDays(recentDate(g), 90)),
      judge: phi('name', person(g).last, 'judge_last'),
    },
    caseworker: { name: full(person(g)), license: stateLicenseValue(g) },
  };
};

const schoolHealthRecord: Template = (g) => {
  const k = child(g, 5, 17);
  const c1 = person(g);
  const c2 = person(g);
  return {
    district: orgOf('Maplewood Unified School District'),
    studentId: phi('other_id', `S${g.digits(7)}`, 'student'),
    student: {
      name: full(k),
      dob: formatDate(g, k.dob, 'us'),
      grade: g.int(0, 12),
      age: ageUnder90(g, yearsOld(k)),
    },
    conditions: [g.pick(['asthma', 'peanut allergy', 'T1DM', 'seizure disorder'])],
    medsAtSchool: [drug(g, 'peds')],
    emergencyContacts: [
      { name: full(c1), relation: c1.sex === 'female' ? 'mother' : 'father', phone: phoneValue(g) },
      { name: full(c2), relation: g.pick(['grandfather', 'uncle', 'neighbor']), phone: phoneValue(g) },
    ],
    immunizationCompliance: {
      status: g.pick(['complete', 'conditional', 'medical exemption']),
      reviewed: isoDate(recentDate(g)),
    },
    screenings: {
      vision: g.pick(['20/20 OU', '20/40 OD - referred']),
      scoliosis: 'negative',
      hearingYear: yearAlone(g),
    },
  };
};

const lactationTelehealth: Template = (g) => {
  const mom = mother(g);
  const born = recentDate(g);
  const baby = newborn(g, mom, born);
  const ibclc = person(g);
  return {
    sessionId: uuid(g),
    startedAt: systemTimestamp(g),
    platformVersion: version(g),
    clientIp: ipValue(g),
    joinUrl: urlValue(g, mom.last),
    mother: { name: full(mom), email: email(g, mom.first, mom.last), mrn: mrnValue(g) },
    infant: {
      name: t`Baby ${phi('name', baby.last, 'baby_last')}`,
      dob: isoDate(born),
      weightToday: keep('lab_value', `${g.int(2400, 4300)} g`, 'weight'),
    },
    pump: { model: devName(g, 'pump'), serial: serialValue(g), dmeAuth: memberIdValue(g) },
    clinician: { name: full(ibclc), npi: npiValue(g), credential: 'IBCLC' },
    assessment: t`${keep('eponym', 'Galant reflex')} present; latch improving. Continue ${drug(g, 'ob')}.`,
    codes: [snomedCode(g), loincCode(g)],
  };
};

const prenatalFlowsheet: Template = (g) => {
  const pt = mother(g);
  const start = recentDate(g);
  return {
    patient: {
      name: phi('name', `${pt.last}, ${pt.first}`, 'last_first'),
      mrn: mrnValue(g),
      mbi: g.chance(0.1) ? mbiValue(g) : undefined,
    },
    obstetric: {
      gravida: g.int(1, 6),
      para: g.int(0, 4),
      edd: isoDate(addDays(start, 200)),
      priorBirthYear: yearAlone(g),
    },
    visits: Array.from({ length: 3 }, (_, i) => ({
      date: isoDate(addDays(start, i * 28)),
      ga: `${12 + i * 4}w${g.int(0, 6)}d`,
      bp: keep('lab_value', `${g.int(100, 150)}/${g.int(60, 98)}`, 'bp'),
      fht: g.int(120, 160),
      fundalHeight: 12 + i * 4,
    })),
    labs: [lab(g, 'ob'), lab(g, 'ob')],
    riskFactors: [icd(g)],
    birthPlan: {
      hospital: orgOf('Harbor Bend Women & Infants Hospital'),
      doula: full(person(g)),
      doulaPhone: phoneValue(g),
    },
  };
};

export const BLIND24_JSON_DOCS: Record<string, Template> = {
  fhir_newborn_patient_with_parents: fhirNewbornPatient,
  fhir_relatedperson_guardian_bundle: relatedPersons,
  iis_patient_vaccination_export: iisExport,
  ehr_well_child_encounter_api: wellChildEncounter,
  nicu_flowsheet_devices_api: nicuFlowsheet,
  chip_household_eligibility_api: eligibilityCheck,
  peds_triage_call_record_api: triageRecord,
  child_welfare_case_relatives: fosterCase,
  school_health_record_api: schoolHealthRecord,
  lactation_telehealth_session_api: lactationTelehealth,
  prenatal_flowsheet_api: prenatalFlowsheet,
};
