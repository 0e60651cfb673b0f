/**
 * FHIR R4/R5 JSON of blind split 15: a Patient read with identifiers, primitive extensions
 * and photo; an Observation search set; an R5 Encounter with contained resources; and a
 * transaction Bundle an agent posts. meta.lastUpdated is a system timestamp; effective,
 * period and birth dates are PHI. Resource ids are UUIDs (keep). SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { addDays } from '../dates';
import { type JsonTree, jsonText, keep, phi, t } from '../fragment';
import {
  biometricId,
  deviceSerial,
  driversLicense,
  email,
  mbi,
  memberId,
  mrn,
  npi,
  phone,
  photoRef,
  ssn,
  udi,
} from './ids';
import {
  deviceName,
  doseSpan,
  drugPick,
  hospital,
  labPick,
  labRange,
  loinc,
  payer,
  rxnorm,
  snomed,
  snomedPick,
  sysTime,
  uuid,
  version,
} from './keeps';
import { resourceRead, toolCall, toolResult } from './mcp';
import {
  addr,
  ageOf,
  dt,
  full,
  isoEvent,
  patient,
  staff,
  streetLine,
  townSpan,
  visit,
  type Who,
  zipSpan,
} from './who';

const n = (s: string): JsonTree => phi('name', s, 'fhir');

function humanName(p: Who, use = 'official'): JsonTree {
  return { use, family: n(p.family), given: p.middle ? [n(p.given), n(p.middle)] : [n(p.given)] };
}

function patientResource(g: Gen, p: Who): JsonTree {
  const a = addr(g);
  const kin = staff(g);
  const gp = staff(g);
  return {
    resourceType: 'Patient',
    id: uuid(g),
    meta: {
      versionId: String(g.int(1, 14)),
      lastUpdated: sysTime(g),
      profile: ['http://hl7.org/fhir/us/core/StructureDefinition/us-core-patient'],
    },
    extension: [
      { url: 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-birthsex', valueCode: p.sex },
      {
        url: 'http://hl7.org/fhir/StructureDefinition/patient-mothersMaidenName',
        valueString: n(staff(g).family),
      },
    ],
    identifier: [
      {
        use: 'usual',
        type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'MR' }] },
        system: 'urn:oid:2.16.840.1.113883.19.5',
        value: mrn(g),
      },
      { system: 'http://hl7.org/fhir/sid/us-ssn', value: ssn(g, g.pick(['dash', 'none'] as const)) },
      { system: 'urn:oid:2.16.840.1.113883.4.3.53', value: driversLicense(g) },
      { system: 'http://hl7.org/fhir/sid/us-mbi', value: mbi(g) },
    ],
    name: [humanName(p), { use: 'nickname', given: [n(p.nick)] }],
    telecom: [
      { system: 'phone', value: phone(g), use: 'mobile', rank: 1 },
      { system: 'email', value: email(g, p) },
    ],
    gender: p.sex === 'F' ? 'female' : 'male',
    birthDate: dt(p.dob, 'iso'),
    _birthDate: {
      extension: [
        {
          url: 'http://hl7.org/fhir/StructureDefinition/patient-birthTime',
          valueDateTime: t`${dt(p.dob, 'iso')}T${String(g.int(0, 23)).padStart(2, '0')}:${g.int(10, 59)}:00-05:00`,
        },
      ],
    },
    address: [
      {
        use: 'home',
        line: a.unit
          ? [phi('street_address', `${a.number} ${a.street}`), phi('street_address', a.unit)]
          : [streetLine(a)],
        city: townSpan(a),
        state: a.state,
        postalCode: zipSpan(g, a),
        extension: [
          {
            url: 'http://hl7.org/fhir/StructureDefinition/geolocation',
            extension: [{ url: 'latitude', valueDecimal: g.int(25, 48) + g.int(0, 9999) / 10_000 }],
          },
        ],
      },
    ],
    photo: [
      {
        contentType: 'image/jpeg',
        url: t`https://fhir.cascadiavalley.example/Binary/${photoRef(g, p)}`,
        title: 'Registration photo',
      },
    ],
    contact: [
      {
        relationship: [{ coding: [{ code: 'N' }], text: g.pick(['daughter', 'son', 'wife', 'niece']) }],
        name: { text: full(kin) },
        telecom: [{ system: 'phone', value: phone(g) }],
      },
    ],
    generalPractitioner: [{ reference: t`Practitioner/${uuid(g)}`, display: t`Dr. ${full(gp)}` }],
    managingOrganization: { display: hospital(g) },
  };
}

/** A Patient read: structured content, and the text block an LLM sees. */
export function fhirPatientRead(g: Gen): JsonTree {
  const p = patient(g);
  const res = patientResource(g, p);
  return toolResult(
    [
      t`Found 1 patient: ${full(p)} (${p.sex}, ${ageOf(p)} y), DOB ${dt(p.dob, 'us')}. Server FHIR ${version(g, ['4.0.1', '5.0.0', 'R4B 4.3.0'])}.`,
    ],
    res,
  );
}

/** An Observation search set, as a text block of JSON (the server has no output schema). */
export function fhirObservationSearch(g: Gen): JsonTree {
  const p = patient(g);
  const pid = uuid(g);
  const d = visit(g);
  const entries = g.some([0, 1, 2], 2, 3).map(() => {
    const l = labPick(g);
    const id = uuid(g);
    return {
      fullUrl: t`https://fhir.riobravohealth.example/r4/Observation/${id.value}`,
      resource: {
        resourceType: 'Observation',
        id: keep('uuid', id.value),
        status: 'final',
        code: { coding: [{ system: 'http://loinc.org', code: loinc(l), display: l[1] }] },
        subject: { reference: t`Patient/${keep('uuid', pid.value)}`, display: full(p) },
        effectiveDateTime: isoEvent(g, d),
        issued: sysTime(g),
        valueQuantity: { value: Number(l[2]), unit: l[3], system: 'http://unitsofmeasure.org' },
        referenceRange: [{ text: labRange(l) }],
        performer: [{ display: t`${full(staff(g))}, MD` }],
        note: [
          {
            text: t`Drawn at home by mobile phlebotomy, ${streetLine(addr(g))}. Pt on ${doseSpan(drugPick(g))}.`,
          },
        ],
      },
      search: { mode: 'match' },
    };
  });
  const bundle = {
    resourceType: 'Bundle',
    id: uuid(g),
    meta: { lastUpdated: sysTime(g) },
    type: 'searchset',
    total: entries.length,
    link: [
      {
        relation: 'self',
        url: t`https://fhir.riobravohealth.example/r4/Observation?patient=${keep('uuid', pid.value)}&date=ge${dt(addDays(d, -7), 'iso')}`,
      },
    ],
    entry: entries,
  };
  return toolResult([jsonText(bundle, g.pick([0, 2]))]);
}

/** An R5 Encounter with contained Practitioner and Location, read as a resource. */
export function fhirEncounterR5(g: Gen): JsonTree {
  const p = patient(g);
  const doc = staff(g);
  const start = visit(g);
  const end = addDays(start, g.int(1, 9));
  const reason = snomedPick(g);
  const enc = {
    resourceType: 'Encounter',
    id: uuid(g),
    meta: { lastUpdated: sysTime(g) },
    contained: [
      {
        resourceType: 'Practitioner',
        id: 'pr1',
        identifier: [{ system: 'http://hl7.org/fhir/sid/us-npi', value: npi(g) }],
        name: [humanName(doc)],
        telecom: [{ system: 'fax', value: phone(g, 'fax') }],
      },
      {
        resourceType: 'Location',
        id: 'loc1',
        name: t`${hospital(g)} 4 West`,
        alias: [g.pick(['4W', 'CVMC-4W'])],
      },
    ],
    status: 'completed',
    class: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'IMP' }] }],
    subject: { reference: t`Patient/${uuid(g)}`, display: t`${full(p)} (MRN ${mrn(g)})` },
    participant: [{ actor: { reference: '#pr1', display: t`${full(doc)}` } }],
    actualPeriod: { start: isoEvent(g, start), end: isoEvent(g, end) },
    reason: [
      {
        value: [
          {
            concept: {
              coding: [{ system: 'http://snomed.info/sct', code: snomed(reason), display: reason[1] }],
            },
          },
        ],
      },
    ],
    admission: {
      dischargeDisposition: {
        text: t`Home with ${g.pick(['daughter', 'son', 'spouse'])} ${full(staff(g))}; ${g.pick(['HH referral', 'SNF declined'])}`,
      },
    },
    location: [
      { location: { reference: '#loc1' }, period: { start: dt(start, 'iso'), end: dt(end, 'iso') } },
    ],
  };
  return resourceRead(`fhir://encounter/${g.digits(8)}`, 'application/fhir+json', jsonText(enc, 2));
}

/** A transaction Bundle an agent posts: Device (implant), Coverage and RelatedPerson. */
export function fhirTransactionPost(g: Gen): JsonTree {
  const p = patient(g);
  const rel = staff(g);
  const implanted = visit(g);
  return toolCall(g.int(2, 400), 'fhir_transaction', {
    bundle: {
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [
        {
          request: { method: 'POST', url: 'Device' },
          resource: {
            resourceType: 'Device',
            udiCarrier: [{ deviceIdentifier: `0${g.digits(13)}`, carrierHRF: udi(g) }],
            serialNumber: deviceSerial(g),
            displayName: deviceName(g),
            manufactureDate: `${g.int(2019, 2024)}-${String(g.int(1, 12)).padStart(2, '0')}`,
            note: [
              {
                text: t`Implanted ${dt(implanted, 'long')} by Dr. ${full(staff(g))}; patient ID card reissued.`,
              },
            ],
          },
        },
        {
          request: { method: 'POST', url: 'Coverage' },
          resource: {
            resourceType: 'Coverage',
            status: 'active',
            subscriberId: memberId(g),
            beneficiary: { display: full(p) },
            payor: [{ display: payer(g) }],
            period: { start: dt(new Date(Date.UTC(g.int(2020, 2025), 0, 1)), 'iso') },
          },
        },
        {
          request: { method: 'POST', url: 'RelatedPerson' },
          resource: {
            resourceType: 'RelatedPerson',
            name: [humanName(rel)],
            telecom: [{ system: 'phone', value: phone(g) }],
            extension: [
              {
                url: 'https://example.org/fhir/StructureDefinition/portal-face-id',
                valueString: biometricId(g),
              },
            ],
            relationship: [{ text: g.pick(['daughter', 'son', 'niece', 'spouse']) }],
          },
        },
      ],
    },
    note: t`Patient ${full(p)} asked that ${rxnorm(drugPick(g))} be added after the visit.`,
  });
}

export const FHIR_TEMPLATES = {
  fhirPatientRead,
  fhirObservationSearch,
  fhirEncounterR5,
  fhirTransactionPost,
};
