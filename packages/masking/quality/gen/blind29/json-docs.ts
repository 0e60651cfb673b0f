/** JSON documents of blind split 29: outpatient note, encounter and problem APIs. SYNTHETIC DATA ONLY. */
import type { Cast } from '../cast';
import type { Gen } from '../context';
import { addDays, formatDate, isoDate } from '../dates';
import { type JsonTree, jsonText, phi, t } from '../fragment';
import {
  accountValue,
  biometricValue,
  deaValue,
  driversLicenseValue,
  email,
  ipValue,
  mbiValue,
  memberIdValue,
  mrnValue,
  npiValue,
  phoneValue,
  photoFile,
  plateValue,
  serialValue,
  ssnValue,
  udiValue,
  urlValue,
  vinValue,
  zipValue,
} from '../identifiers';
import { protocolVersion, systemTimestamp, uuid, version } from '../keep-vocab';
import {
  ageAny,
  ageKeep,
  before,
  CLINICS,
  code,
  deviceSpan,
  doc,
  drug,
  drugOnly,
  eponymSpan,
  hospital,
  kin,
  LAB_ORGS,
  lab,
  nm,
  org,
  PAYERS,
  PHARMACIES,
  practiceStat,
  problem,
  signature,
  streetSpan,
  town,
  type Who,
  who,
  yr,
} from './vocab';

type Template = (g: Gen, c: Cast) => JsonTree;

const STATES = ['MA', 'NH', 'CT', 'NY', 'VT'];

function noteText(g: Gen, c: Cast, pt: Who, author: Who): JsonTree {
  const family = kin(g);
  return t`Record date: ${isoDate(c.admit)}\n\n${nm(pt, 'first')} returns for ${g.pick(['DM', 'CHF', 'CKD', 'PAD', 'COPD'])} follow-up. ${lab(g)}, ${lab(g)}. Seen at ${hospital(g)} on ${formatDate(g, before(c.admit, 10, 90, g))} by ${doc(g, who(g))}. ${eponymSpan(g)}. Cont ${drug(g)}; start ${drug(g)}.\n${nm(pt, 'first')}'s ${family.rel} ${nm(family.p, 'full')} present. ${ageAny(c.age)} yo.\n\n${signature(g, author, c.admit)}`;
}

function problemEntry(g: Gen): { problem: string; code: JsonTree } {
  const p = problem(g);
  return { problem: p.name, code: p.icd };
}

const noteApi: Template = (g, c) => {
  const pt = who(g, c.pt.sex);
  const author = who(g);
  return {
    resourceType: 'ClinicalNote',
    id: uuid(g),
    meta: { lastUpdated: systemTimestamp(g), versionId: version(g) },
    patient: {
      display: nm(pt, g.pick(['full', 'LF'] as const)),
      mrn: mrnValue(g),
      birthDate: isoDate(c.pt.dob),
    },
    author: { name: t`${nm(author, 'full')}, ${g.pick(['MD', 'NP', 'DO'])}`, npi: npiValue(g) },
    type: g.pick(['Progress Note', 'Telephone Encounter', 'Nurse Practitioner Note']),
    service: g.pick(['Cardiology', 'Endocrinology', 'Nephrology', 'Vascular Surgery', 'Pulmonary']),
    recordDate: isoDate(c.admit),
    status: 'final',
    text: noteText(g, c, pt, author),
  };
};

const encounterList: Template = (g, c) => {
  const pt = who(g, c.pt.sex);
  const n = g.int(3, 5);
  const encounters: JsonTree[] = [];
  let d = before(c.admit, 400, 900, g);
  for (let i = 0; i < n; i++) {
    const prov = who(g);
    encounters.push({
      encounter_id: `ENC${g.digits(9)}`,
      date: g.chance(0.5) ? isoDate(d) : formatDate(g, d, 'us'),
      type: g.pick(['office visit', 'telephone', 'telehealth', 'nurse visit', 'results']),
      provider: g.chance(0.5) ? nm(prov, 'lf') : doc(g, prov),
      location: g.chance(0.5) ? org(g, CLINICS) : hospital(g),
      dx: [code(g, 'ICD-10'), code(g, g.pick(['ICD-10', 'SNOMED'] as const))],
      cpt: code(g, 'CPT'),
      vitals: [lab(g), lab(g)],
      note_excerpt: t`${g.pick(['pt', 'Pt', 'patient'])} ${nm(pt, 'first')} ${g.pick(['doing ok', 'more SOB', 'sugars better', 'foot wound healing'])}; ${drug(g)}`,
    });
    d = addDays(d, g.int(30, 200));
  }
  return {
    patient: { name: nm(pt, 'LF'), mrn: mrnValue(g), dob: formatDate(g, c.pt.dob, 'us') },
    count: n,
    encounters,
    next_page: null,
  };
};

const problemApi: Template = (g, c) => {
  const pt = who(g, c.pt.sex);
  const problems: JsonTree[] = [];
  for (let i = 0; i < g.int(4, 7); i++) {
    const p = problem(g);
    const sct = g.chance(0.4) && p.snomed.form === 'SNOMED';
    problems.push({
      display: p.name,
      code: sct ? p.snomed : p.icd,
      system: sct ? 'http://snomed.info/sct' : 'http://hl7.org/fhir/sid/icd-10-cm',
      onset: g.chance(0.6) ? isoDate(before(c.admit, 60, 5000, g)) : yr(g),
      status: g.pick(['active', 'active', 'resolved', 'inactive']),
      recorder: nm(who(g), g.pick(['full', 'f_last', 'lf'] as const)),
      comment: g.chance(0.4) ? t`dx by ${doc(g, who(g))} at ${hospital(g)}` : null,
    });
  }
  return {
    patientId: mrnValue(g),
    patientName: nm(pt, 'full'),
    age: ageAny(c.age),
    asOf: systemTimestamp(g),
    problems,
  };
};

const mcpNoteResult: Template = (g, c) => {
  const pt = who(g, c.pt.sex);
  const author = who(g);
  const inner: JsonTree = {
    note_id: uuid(g),
    patient: nm(pt, 'lf'),
    mrn: mrnValue(g),
    dob: isoDate(c.pt.dob),
    encounter_date: isoDate(c.admit),
    author: nm(author, 'full'),
    department: g.pick(['CARDIOLOGY', 'RENAL', 'ENDO', 'PCP']),
    text: noteText(g, c, pt, author),
  };
  return {
    jsonrpc: '2.0',
    id: g.int(1, 400),
    result: {
      content: [{ type: 'text', text: jsonText(inner, g.chance(0.5) ? 2 : 0) }],
      isError: false,
      _meta: { protocolVersion: protocolVersion(g) },
    },
  };
};

const mcpProblemsResult: Template = (g, c) => {
  const pt = who(g, c.pt.sex);
  const list: JsonTree[] = [];
  for (let i = 0; i < g.int(3, 5); i++)
    list.push({
      ...problemEntry(g),
      noted: formatDate(g, before(c.admit, 30, 3000, g), g.pick(['us', 'iso'])),
      by: doc(g, who(g)),
    });
  const inner: JsonTree = {
    patient: { name: nm(pt, 'full'), mrn: mrnValue(g), phone: phoneValue(g) },
    problems: list,
    meds: [drug(g), drug(g), drug(g)],
  };
  return {
    tool: 'ehr.get_problem_list',
    server_version: version(g),
    result: { content: [{ type: 'text', text: jsonText(inner) }] },
  };
};

const medReconApi: Template = (g, c) => {
  const pt = who(g, c.pt.sex);
  const rx = who(g);
  const meds: JsonTree[] = [];
  for (let i = 0; i < g.int(3, 6); i++)
    meds.push({
      sig: drug(g),
      started: g.chance(0.5) ? isoDate(before(c.admit, 10, 2000, g)) : yr(g, 2010, 2024),
      prescriber: g.chance(0.6) ? nm(rx, 'lf') : nm(who(g), 'full'),
      status: g.pick(['active', 'held', 'discontinued']),
    });
  return {
    reconciliation: {
      id: uuid(g),
      performed: systemTimestamp(g),
      performedBy: t`${nm(who(g), 'full')}, PharmD`,
      patient: { name: nm(pt, 'full'), mrn: mrnValue(g), dob: isoDate(c.pt.dob) },
      pharmacy: { name: org(g, PHARMACIES), phone: phoneValue(g), fax: phoneValue(g, 'fax') },
      prescriber: { name: nm(rx, 'full'), npi: npiValue(g), dea: deaValue(g, rx.last) },
      medications: meds,
      allergies: [drugOnly(g)],
    },
  };
};

const demographicsApi: Template = (g, c) => {
  const pt = who(g, c.pt.sex);
  const em = kin(g);
  return {
    patient: {
      mrn: mrnValue(g),
      name: { family: nm(pt, 'last'), given: nm(pt, 'first'), middle: phi('name', pt.middle, 'middle') },
      dob: formatDate(g, c.pt.dob, g.pick(['us', 'iso'])),
      age: ageAny(c.age),
      ssn: ssnValue(g),
      address: { line: streetSpan(g), city: town(g), state: g.pick(STATES), postalCode: zipValue(g) },
      telecom: [
        { system: 'phone', use: 'home', value: phoneValue(g) },
        { system: 'email', value: email(g, pt.first, pt.last) },
      ],
      driversLicense: driversLicenseValue(g),
      vehicle: { plate: plateValue(g), vin: vinValue(g) },
      employer: g.pick(['Pratt & Whitney', 'Town of Ashdown DPW', 'self-employed', 'retired']),
      photo: photoFile(g, pt.last),
      emergencyContact: {
        name: nm(em.p, 'full'),
        relationship: em.rel,
        phone: phoneValue(g),
        age: ageKeep(g, 20, 85),
      },
    },
    coverage: [
      { payer: org(g, PAYERS), memberId: memberIdValue(g), mbi: g.chance(0.5) ? mbiValue(g) : null },
    ],
    guarantorAccount: accountValue(g),
  };
};

const telehealthAudit: Template = (g, c) => {
  const pt = who(g, c.pt.sex);
  const np = who(g);
  return {
    event: 'telehealth.session.completed',
    sessionId: uuid(g),
    at: systemTimestamp(g),
    client: { app: 'patient-portal', version: version(g), ip: ipValue(g), device: udiValue(g) },
    participants: [
      { role: 'patient', name: nm(pt, 'full'), portalUrl: urlValue(g, pt.last) },
      { role: 'provider', name: t`${nm(np, 'full')}, NP`, npi: npiValue(g) },
    ],
    identity: { method: 'biometric', template: biometricValue(g) },
    deviceReadings: [
      { device: deviceSpan(g), serial: serialValue(g), reading: lab(g) },
      { device: deviceSpan(g), serial: serialValue(g), reading: lab(g) },
    ],
    visitDate: formatDate(g, c.admit, g.pick(['iso', 'us'])),
    summary: t`Video visit with ${nm(pt, 'first')} from ${town(g)}; ${lab(g)}; ${drug(g)}. ${practiceStat(g)}.`,
  };
};

const resultsApi: Template = (g, c) => {
  const pt = who(g, c.pt.sex);
  const ordering = who(g);
  const collected = before(c.admit, 0, 5, g);
  const results: JsonTree[] = [];
  for (let i = 0; i < g.int(3, 6); i++)
    results.push({ loinc: code(g, 'LOINC'), value: lab(g), flag: g.pick(['H', 'L', 'N', '']) });
  return {
    order: {
      accession: phi('other_id', `${g.letters(2)}${g.digits(8)}`, 'accession'),
      performingLab: org(g, LAB_ORGS),
      collected: g.chance(0.5) ? isoDate(collected) : formatDate(g, collected, 'us'),
      reported: systemTimestamp(g),
      orderedBy: { name: nm(ordering, g.pick(['full', 'lf'] as const)), npi: npiValue(g) },
      patient: { name: nm(pt, 'LF'), mrn: mrnValue(g), dob: isoDate(c.pt.dob), sex: c.pt.sex[0] },
    },
    results,
    comment: t`Called to ${nm(who(g), 'first')} (${g.pick(['RN', 'MA'])}) at ${phoneValue(g)} on ${formatDate(g, c.admit, 'us_short')}.`,
  };
};

export const BLIND29_JSON_DOCS: Record<string, Template> = {
  b29NoteApi: noteApi,
  b29EncounterList: encounterList,
  b29ProblemApi: problemApi,
  b29McpNoteResult: mcpNoteResult,
  b29McpProblemsResult: mcpProblemsResult,
  b29MedReconApi: medReconApi,
  b29DemographicsApi: demographicsApi,
  b29TelehealthAudit: telehealthAudit,
  b29ResultsApi: resultsApi,
};
