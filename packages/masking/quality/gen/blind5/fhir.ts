/**
 * FHIR R4 resources of blind split 5: Encounter, Observation, DiagnosticReport,
 * MedicationRequest, Appointment, CareTeam, Consent and DocumentReference in Bundles, with the
 * patient's and clinicians' names as display strings. SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { type JsonTree, phi, t } from '../fragment';
import {
  accession,
  birthDate,
  date,
  email,
  mrn,
  patientResourceId,
  photoBase64,
  photoFile,
  rxNumber,
  serviceDate,
  serviceDateTime,
  ssn,
  url,
} from './ids';
import { familyName, fullName, givenName, type Person, person } from './people';
import { address, city, phone, street, zip } from './places';
import {
  drug,
  drugDose,
  eponym,
  icd10,
  lab,
  labValue,
  loinc,
  organization,
  rxnorm,
  snomed,
  systemTime,
  uuid,
} from './vocab';

/** The patient of one bundle: a person and the id their resources point at. */
export interface Subject {
  p: Person;
  id: string;
}

export const subject = (g: Gen): Subject => ({ p: person(g), id: patientResourceId(g) });

export const patientRef = (s: Subject): JsonTree => ({
  reference: t`Patient/${phi('other_id', s.id, 'fhir-id')}`,
  display: fullName(s.p),
});

const practitionerRef = (g: Gen): JsonTree => ({
  reference: t`Practitioner/${uuid(g)}`,
  display: t`Dr. ${fullName(person(g))}`,
});

const meta = (g: Gen): JsonTree => ({ versionId: String(g.int(1, 9)), lastUpdated: systemTime(g, 'iso-ms') });

/** The fields every resource of a bundle but the Patient opens with: its type, a fresh id and its meta. */
const resourceHead = (g: Gen, resourceType: string) => ({ resourceType, id: uuid(g), meta: meta(g) });

export function humanName(p: Person, use = 'official'): JsonTree {
  if (p.mononym) return { use, text: fullName(p) };
  const given: JsonTree[] = [givenName(p)];
  if (p.middle) given.push(phi('name', p.middle));
  return {
    use,
    family: familyName(p),
    given,
    prefix: [p.prefix],
    suffix: p.suffix ? [p.suffix] : undefined,
  };
}

function encounter(g: Gen, s: Subject): JsonTree {
  const start = serviceDate(g);
  return {
    ...resourceHead(g, 'Encounter'),
    identifier: [
      { system: 'urn:oid:1.2.36.146.595.217.0.1', value: phi('other_id', `V${g.digits(9)}`, 'visit') },
    ],
    status: 'finished',
    class: {
      system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
      code: g.pick(['AMB', 'IMP', 'EMER']),
    },
    subject: patientRef(s),
    participant: [{ type: [{ text: 'attender' }], individual: practitionerRef(g) }],
    period: { start: serviceDateTime(g, start), end: serviceDateTime(g, start) },
    reasonCode: [{ coding: [{ system: 'http://snomed.info/sct', code: snomed(g) }], text: eponym(g) }],
    diagnosis: [{ condition: { display: icd10(g) }, rank: 1 }],
    serviceProvider: { display: organization(g) },
  };
}

function observation(g: Gen, s: Subject): JsonTree {
  const r = lab(g);
  return {
    ...resourceHead(g, 'Observation'),
    status: 'final',
    code: { coding: [{ system: 'http://loinc.org', code: loinc(r), display: r.name }] },
    subject: patientRef(s),
    effectiveDateTime: serviceDateTime(g),
    performer: [practitionerRef(g), { display: organization(g, 'lab') }],
    valueQuantity: { value: Number(r.value), unit: r.unit, system: 'http://unitsofmeasure.org' },
    note: [{ text: t`Result ${labValue(r)} reviewed with ${givenName(s.p)} by phone.` }],
  };
}

function diagnosticReport(g: Gen, s: Subject): JsonTree {
  const r = lab(g);
  return {
    ...resourceHead(g, 'DiagnosticReport'),
    identifier: [{ type: { text: 'Accession' }, value: accession(g) }],
    status: 'final',
    code: { coding: [{ system: 'http://loinc.org', code: loinc(r) }] },
    subject: patientRef(s),
    effectiveDateTime: serviceDateTime(g),
    resultsInterpreter: [practitionerRef(g)],
    conclusion: t`${r.name} ${labValue(r)}; findings suggest ${eponym(g)}. Discussed with ${fullName(s.p)} on ${date(serviceDate(g), 'us')}.`,
  };
}

function medicationRequest(g: Gen, s: Subject): JsonTree {
  const m = drug(g);
  return {
    ...resourceHead(g, 'MedicationRequest'),
    identifier: [{ system: 'urn:pharmacy:rx', value: rxNumber(g) }],
    status: 'active',
    intent: 'order',
    medicationCodeableConcept: {
      coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: rxnorm(g) }],
      text: drugDose(m),
    },
    subject: patientRef(s),
    authoredOn: date(serviceDate(g), 'iso'),
    requester: practitionerRef(g),
    dosageInstruction: [{ text: m.sig }],
    dispenseRequest: { performer: { display: organization(g, 'pharmacy') } },
  };
}

function appointment(g: Gen, s: Subject): JsonTree {
  const d = serviceDate(g);
  return {
    ...resourceHead(g, 'Appointment'),
    status: g.pick(['booked', 'proposed', 'arrived']),
    description: t`Follow-up for ${eponym(g)}`,
    start: serviceDateTime(g, d),
    end: serviceDateTime(g, d),
    participant: [
      { actor: patientRef(s), status: 'accepted' },
      { actor: practitionerRef(g), status: 'accepted' },
      { actor: { display: t`Interpreter ${fullName(person(g))}` }, status: 'tentative' },
    ],
    comment: t`Call ${givenName(s.p)} at ${phone(g)} the day before; ride arranged to ${organization(g)}.`,
  };
}

function careTeam(g: Gen, s: Subject): JsonTree {
  const caregiver = person(g);
  return {
    ...resourceHead(g, 'CareTeam'),
    status: 'active',
    name: t`Care team of ${fullName(s.p)}`,
    subject: patientRef(s),
    period: { start: date(serviceDate(g), 'iso') },
    participant: [
      {
        role: [{ text: 'Primary care physician' }],
        member: practitionerRef(g),
        onBehalfOf: { display: organization(g) },
      },
      { role: [{ text: 'Care coordinator' }], member: { display: fullName(person(g)) } },
      {
        role: [{ text: 'Caregiver (daughter)' }],
        member: {
          reference: t`RelatedPerson/${phi('other_id', patientResourceId(g), 'fhir-id')}`,
          display: fullName(caregiver),
        },
      },
    ],
    telecom: [{ system: 'email', value: email(g, caregiver.given, caregiver.family || 'care') }],
  };
}

function consent(g: Gen, s: Subject): JsonTree {
  const signer = g.chance(0.5) ? s.p : person(g);
  return {
    ...resourceHead(g, 'Consent'),
    status: 'active',
    scope: { coding: [{ code: 'patient-privacy' }] },
    patient: patientRef(s),
    dateTime: date(serviceDate(g), 'iso'),
    performer: [{ display: fullName(signer) }],
    organization: [{ display: organization(g) }],
    sourceAttachment: {
      contentType: 'application/pdf',
      url: url(g, s.id),
      title: t`Consent signed by ${fullName(signer)}`,
    },
    provision: { period: { start: date(serviceDate(g), 'iso'), end: date(serviceDate(g), 'iso') } },
  };
}

function documentReference(g: Gen, s: Subject): JsonTree {
  const photo = g.chance(0.6);
  const attachment: JsonTree = photo
    ? { contentType: 'image/jpeg', title: photoFile(g, s.id), data: photoBase64(g) }
    : { contentType: 'application/pdf', url: url(g, s.id), title: 'Discharge summary' };
  return {
    ...resourceHead(g, 'DocumentReference'),
    status: 'current',
    type: { text: photo ? 'Patient photograph' : 'Discharge summary' },
    subject: patientRef(s),
    date: systemTime(g, 'offset'),
    author: [practitionerRef(g)],
    custodian: { display: organization(g) },
    content: [{ attachment }],
  };
}

export function patientResource(g: Gen, s: Subject): JsonTree {
  const a = address(g);
  const nok = person(g);
  return {
    resourceType: 'Patient',
    id: phi('other_id', s.id, 'fhir-id'),
    meta: meta(g),
    identifier: [
      { type: { text: 'MRN' }, value: mrn(g) },
      { system: 'http://hl7.org/fhir/sid/us-ssn', value: ssn(g, g.pick(['ssn', 'ssn-none'] as const)) },
    ],
    name: [humanName(s.p)],
    telecom: [{ system: 'phone', value: phone(g, a.country), use: 'mobile' }],
    gender: s.p.sex === 'F' ? 'female' : 'male',
    birthDate: date(birthDate(g), 'iso'),
    address: [
      {
        line: [street(a)],
        city: city(a),
        state: a.region || undefined,
        postalCode: zip(a),
        country: a.country,
      },
    ],
    contact: [
      {
        relationship: [{ text: 'next of kin' }],
        name: humanName(nok, 'usual'),
        telecom: [{ system: 'phone', value: phone(g) }],
      },
    ],
    managingOrganization: { display: organization(g) },
  };
}

const CLINICAL = [encounter, observation, diagnosticReport, medicationRequest];
const ADMIN = [appointment, careTeam, consent, documentReference];

function bundle(g: Gen, makers: ((g: Gen, s: Subject) => JsonTree)[], kind: string): JsonTree {
  const s = subject(g);
  const resources = g.some(makers, 2, makers.length).map((make) => make(g, s));
  if (g.chance(0.4)) resources.unshift(patientResource(g, s));
  return {
    resourceType: 'Bundle',
    id: uuid(g),
    meta: { lastUpdated: systemTime(g, 'iso-z') },
    type: 'searchset',
    total: resources.length,
    link: [
      {
        relation: 'self',
        url: t`https://fhir.cedarridgehealth.org/r4/${kind}?patient=${phi('other_id', s.id, 'fhir-id')}&_count=50`,
      },
    ],
    entry: resources.map((resource) => ({
      fullUrl: t`urn:uuid:${uuid(g)}`,
      resource,
      search: { mode: 'match' },
    })),
  };
}

export const fhirClinicalBundle = (g: Gen): JsonTree => bundle(g, CLINICAL, 'Encounter');
export const fhirAdminBundle = (g: Gen): JsonTree => bundle(g, ADMIN, 'Appointment');
