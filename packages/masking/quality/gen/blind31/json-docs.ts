/**
 * Json documents of blind split 31: Synthea-generated synthetic patients as FHIR R4 resources and
 * Bundles, and the MCP tools/call and resources/read messages that carry them (text blocks
 * holding JSON or CSV, structuredContent, fhir:// and ehr:// resource URIs). SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { type Frag, type JsonTree, join, jsonText, keep, phi, type Span, t } from '../fragment';
import { biometricValue, deaValue, ipValue, npiValue, phoneValue, photoFile, vinValue } from '../identifiers';
import {
  addDays31,
  ageSpan31,
  CONDITIONS,
  createdStamp,
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
  type SynPatient,
  stamp,
  statSpan,
  synClinician,
  synNpi,
  synPatient,
  synPlace,
  synthVersion,
  uuidSpan,
  VACCINES,
} from './vocab';

type Template = (g: Gen) => JsonTree;

const SYNTHEA_SYSTEM = 'https://github.com/synthetichealth/synthea';
const US_CORE = 'http://hl7.org/fhir/us/core/StructureDefinition';
const code = (v: string, system: string): Span => keep('clinical_code', v, system);
const org = (v: string): Span => keep('organization', v);
const ref = (type: string, id: string): Frag => t`${type}/${uuidSpan(id)}`;
const urnRef = (id: string): Frag => t`urn:uuid:${uuidSpan(id)}`;

function coding(system: string, c: string, display: string | Span, label: string): JsonTree {
  return { coding: [{ system, code: code(c, label), display }], text: display };
}

const snomed = (c: string, d: string | Span): JsonTree => coding('http://snomed.info/sct', c, d, 'SNOMED CT');

function pickCondition(g: Gen, eponymous = g.chance(0.35)): [string, string | Span] {
  if (eponymous) {
    const [c, d] = g.pick(EPONYM_CONDITIONS);
    return [c, keep('eponym', d)];
  }
  return g.pick(CONDITIONS);
}

/** A Patient resource as Synthea's FHIR R4 exporter writes it (identifiers, extensions, address). */
function fhirPatient(g: Gen, p: SynPatient, full = true): JsonTree {
  const pl = p.place;
  const identifiers: JsonTree[] = [
    { system: SYNTHEA_SYSTEM, value: uuidSpan(p.id) },
    {
      type: {
        coding: [
          {
            system: 'http://terminology.hl7.org/CodeSystem/v2-0203',
            code: 'MR',
            display: 'Medical Record Number',
          },
        ],
        text: 'Medical Record Number',
      },
      system: 'http://hospital.smarthealthit.org',
      value: phi('mrn', p.mrn),
    },
    {
      type: {
        coding: [
          {
            system: 'http://terminology.hl7.org/CodeSystem/v2-0203',
            code: 'SS',
            display: 'Social Security Number',
          },
        ],
        text: 'Social Security Number',
      },
      system: 'http://hl7.org/fhir/sid/us-ssn',
      value: phi('ssn', p.ssn, 'synthea'),
    },
  ];
  if (p.drivers)
    identifiers.push({
      type: {
        coding: [
          {
            system: 'http://terminology.hl7.org/CodeSystem/v2-0203',
            code: 'DL',
            display: "Driver's license number",
          },
        ],
        text: "Driver's license number",
      },
      system: 'urn:oid:2.16.840.1.113883.4.3.25',
      value: phi('license', p.drivers, 'driver'),
    });
  if (p.passport)
    identifiers.push({
      type: {
        coding: [
          {
            system: 'http://terminology.hl7.org/CodeSystem/v2-0203',
            code: 'PPN',
            display: 'Passport Number',
          },
        ],
        text: 'Passport Number',
      },
      system: 'http://standardhealthrecord.org/fhir/StructureDefinition/passportNumber',
      value: phi('other_id', p.passport, 'passport'),
    });
  const names: JsonTree[] = [
    {
      use: 'official',
      family: nm(p.family),
      given: [nm(p.given)],
      prefix: p.prefix ? [p.prefix] : undefined,
      suffix: p.suffix ? [p.suffix] : undefined,
    },
  ];
  if (p.maiden) names.push({ use: 'maiden', family: nm(p.maiden), given: [nm(p.given)], prefix: [p.prefix] });
  const extension: JsonTree[] = [
    {
      url: `${US_CORE}/us-core-race`,
      extension: [
        {
          url: 'ombCategory',
          valueCoding: {
            system: 'urn:oid:2.16.840.1.113883.6.238',
            code: p.race[1],
            display: p.race[0],
          },
        },
        { url: 'text', valueString: p.race[0] },
      ],
    },
    {
      url: `${US_CORE}/us-core-ethnicity`,
      extension: [
        {
          url: 'ombCategory',
          valueCoding: {
            system: 'urn:oid:2.16.840.1.113883.6.238',
            code: p.ethnicity[1],
            display: p.ethnicity[0],
          },
        },
        { url: 'text', valueString: p.ethnicity[0] },
      ],
    },
    { url: `${US_CORE}/us-core-birthsex`, valueCode: p.sex },
  ];
  if (full) {
    extension.push(
      {
        url: 'http://hl7.org/fhir/StructureDefinition/patient-mothersMaidenName',
        valueString: nm(
          `${g.pick(['Jolanda', 'Ardith', 'Kizzy', 'Vada', 'Mirtha'])}${g.int(1, 999)} ${g.pick(['Koelpin', 'Haag', 'Dach', 'Sipes', 'Ruecker'])}${g.int(1, 999)}`,
          'synthea_full',
        ),
      },
      {
        url: 'http://hl7.org/fhir/StructureDefinition/patient-birthPlace',
        valueAddress: { city: phi('geo', p.birthplace, 'city'), state: 'Massachusetts', country: 'US' },
      },
      {
        url: 'http://synthetichealth.github.io/synthea/disability-adjusted-life-years',
        valueDecimal: g.f.number.float({ min: 0, max: 9, fractionDigits: 6 }),
      },
    );
  }
  return {
    resourceType: 'Patient',
    id: uuidSpan(p.id),
    meta: {
      profile: [`${US_CORE}/us-core-patient`],
      lastUpdated: full && g.chance(0.5) ? stamp(g) : undefined,
    },
    extension,
    identifier: identifiers,
    name: names,
    telecom: [{ system: 'phone', value: phi('phone', p.phone), use: 'home' }],
    gender: p.sex === 'F' ? 'female' : 'male',
    birthDate: day(p.dob),
    deceasedDateTime: p.dod ? dayTime(g, p.dod, 'offset') : undefined,
    address: [
      {
        extension: [
          {
            url: 'http://hl7.org/fhir/StructureDefinition/geolocation',
            extension: [
              { url: 'latitude', valueDecimal: Number(pl.lat) },
              { url: 'longitude', valueDecimal: Number(pl.lon) },
            ],
          },
        ],
        line: [phi('street_address', pl.line)],
        city: phi('geo', pl.town.city, 'city'),
        district: full && g.chance(0.5) ? phi('geo', pl.town.county, 'county') : undefined,
        state: 'MA',
        postalCode: phi('zip', pl.town.zip),
        country: 'US',
      },
    ],
    maritalStatus: p.marital
      ? {
          coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-MaritalStatus', code: p.marital }],
          text: p.marital,
        }
      : undefined,
    multipleBirthBoolean: false,
    communication: [
      {
        language: {
          coding: [{ system: 'urn:ietf:bcp:47', code: 'en-US', display: 'English (United States)' }],
          text: 'English (United States)',
        },
      },
    ],
  };
}

function encounterResource(g: Gen, id: string, pid: string, p: SynPatient, when: Date): JsonTree {
  const [c, d, cls] = g.pick(ENCOUNTER_TYPES);
  const doc = synClinician(g);
  return {
    resourceType: 'Encounter',
    id: uuidSpan(id),
    status: 'finished',
    class: {
      system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
      code: cls === 'wellness' ? 'AMB' : cls === 'emergency' ? 'EMER' : cls === 'inpatient' ? 'IMP' : 'AMB',
    },
    type: [snomed(c, d)],
    subject: { reference: urnRef(pid), display: t`${p.prefix ? `${p.prefix} ` : ''}${fullName(p)}` },
    participant: [
      {
        individual: {
          reference: t`Practitioner?identifier=http://hl7.org/fhir/sid/us-npi|${synNpi(g)}`,
          display: t`Dr. ${nm(`${doc.given} ${doc.family}`, 'synthea_full')}`,
        },
      },
    ],
    period: { start: dayTime(g, when, 'offset'), end: dayTime(g, when, 'offset') },
    serviceProvider: {
      reference: t`Organization?identifier=${SYNTHEA_SYSTEM}|${freshUuid(g)}`,
      display: org(g.pick(ORGANIZATIONS)),
    },
  };
}

function observationResource(g: Gen, pid: string, encId: string, when: Date): JsonTree {
  const l = lab(g);
  return {
    resourceType: 'Observation',
    id: freshUuid(g),
    status: 'final',
    category: [
      {
        coding: [
          { system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'laboratory' },
        ],
      },
    ],
    code: coding('http://loinc.org', l.code, l.display, 'LOINC'),
    subject: { reference: urnRef(pid) },
    encounter: { reference: urnRef(encId) },
    effectiveDateTime: dayTime(g, when, 'offset'),
    issued: stamp(g),
    valueQuantity: {
      value: Number(l.value),
      unit: l.unit,
      system: 'http://unitsofmeasure.org',
      code: l.unit,
    },
  };
}

const fhirPatientResource: Template = (g) => {
  const p = synPatient(g);
  const r = fhirPatient(g, p) as { [k: string]: JsonTree };
  return {
    ...r,
    text: {
      status: 'generated',
      div: t`<div xmlns="http://www.w3.org/1999/xhtml">Generated by <a href="https://github.com/synthetichealth/synthea">Synthea</a>.Version identifier: ${synthVersion(g)}</div>`,
    },
  };
};

const fhirTransactionBundle: Template = (g) => {
  const p = synPatient(g);
  const encId = g.f.string.uuid();
  const when = histDate(g);
  const [cc, cd] = pickCondition(g);
  const condId = g.f.string.uuid();
  const entries: JsonTree[] = [
    {
      fullUrl: urnRef(p.id),
      resource: fhirPatient(g, p, g.chance(0.5)),
      request: { method: 'POST', url: 'Patient' },
    },
    {
      fullUrl: urnRef(encId),
      resource: encounterResource(g, encId, p.id, p, when),
      request: { method: 'POST', url: 'Encounter' },
    },
    {
      fullUrl: urnRef(condId),
      resource: {
        resourceType: 'Condition',
        id: uuidSpan(condId),
        clinicalStatus: {
          coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }],
        },
        code: snomed(cc, cd),
        subject: { reference: urnRef(p.id) },
        encounter: { reference: urnRef(encId) },
        onsetDateTime: dayTime(g, when, 'offset'),
        recordedDate: dayTime(g, when, 'offset'),
      },
      request: { method: 'POST', url: 'Condition' },
    },
  ];
  for (let i = 0; i < g.int(1, 3); i++) {
    const oid = g.f.string.uuid();
    const o = observationResource(g, p.id, encId, when) as { [k: string]: JsonTree };
    entries.push({
      fullUrl: urnRef(oid),
      resource: { ...o, id: uuidSpan(oid) },
      request: { method: 'POST', url: 'Observation' },
    });
  }
  return {
    resourceType: 'Bundle',
    type: 'transaction',
    timestamp: g.chance(0.5) ? stamp(g) : undefined,
    entry: entries,
  };
};

const fhirMedicationRequest: Template = (g) => {
  const p = synPatient(g);
  const [rx, md] = g.pick(MEDICATIONS);
  const [cc, cd] = pickCondition(g);
  const doc = synClinician(g);
  const when = histDate(g);
  return {
    resourceType: 'MedicationRequest',
    id: freshUuid(g),
    meta: { profile: [`${US_CORE}/us-core-medicationrequest`] },
    status: g.pick(['active', 'stopped', 'completed']),
    intent: 'order',
    medicationCodeableConcept: coding(
      'http://www.nlm.nih.gov/research/umls/rxnorm',
      rx,
      keep('drug_dose', md),
      'RxNorm',
    ),
    subject: { reference: urnRef(p.id), display: fullName(p) },
    encounter: { reference: urnRef(g.f.string.uuid()) },
    authoredOn: dayTime(g, when, 'offset'),
    requester: {
      reference: t`Practitioner?identifier=http://hl7.org/fhir/sid/us-npi|${synNpi(g)}`,
      display: t`Dr. ${nm(`${doc.given} ${doc.family}`, 'synthea_full')}`,
    },
    reasonCode: [snomed(cc, cd)],
    dosageInstruction: [
      {
        sequence: 1,
        text: g.pick([
          'Take as directed',
          'Take 1 tablet by mouth daily',
          'Inhale 2 puffs every 4 hours as needed',
        ]),
        asNeededBoolean: g.chance(0.3),
        timing: { repeat: { frequency: 1, period: 1, periodUnit: 'd' } },
      },
    ],
    dispenseRequest: {
      validityPeriod: { start: day(when), end: day(addDays31(when, 365)) },
      numberOfRepeatsAllowed: g.int(0, 11),
    },
    note: g.chance(0.4)
      ? [{ text: t`Prescriber DEA ${deaValue(g, doc.family)}; pt phone ${phi('phone', p.phone)}.` }]
      : undefined,
  };
};

const fhirImmunizationSearchset: Template = (g) => {
  const p = synPatient(g, false);
  const entries = Array.from({ length: g.int(2, 5) }, (): JsonTree => {
    const id = g.f.string.uuid();
    const [cvx, name] = g.pick(VACCINES);
    return {
      fullUrl: t`https://fhir.sandbox.example.org/r4/Immunization/${uuidSpan(id)}`,
      resource: {
        resourceType: 'Immunization',
        id: uuidSpan(id),
        status: 'completed',
        vaccineCode: {
          coding: [{ system: 'http://hl7.org/fhir/sid/cvx', code: code(cvx, 'CVX'), display: name }],
          text: name,
        },
        patient: { reference: ref('Patient', p.id), display: nm(`${p.given} ${p.family}`, 'synthea_full') },
        occurrenceDateTime: dayTime(g, histDate(g), 'offset'),
        primarySource: true,
        location: { display: org(g.pick(ORGANIZATIONS)) },
        lotNumber: g.chance(0.4) ? `${g.letters(2)}${g.digits(4)}` : undefined,
      },
      search: { mode: 'match' },
    };
  });
  return {
    resourceType: 'Bundle',
    id: freshUuid(g),
    meta: { lastUpdated: stamp(g) },
    type: 'searchset',
    total: entries.length,
    link: [
      {
        relation: 'self',
        url: t`https://fhir.sandbox.example.org/r4/Immunization?patient=${uuidSpan(p.id)}`,
      },
    ],
    entry: entries,
  };
};

function claimItems(g: Gen): JsonTree[] {
  return Array.from({ length: g.int(1, 4) }, (_, i): JsonTree => {
    const [pc, pd] = g.pick(PROCEDURES);
    return {
      sequence: i + 1,
      productOrService: snomed(pc, pd),
      net: { value: g.int(50, 3000) + g.int(0, 99) / 100, currency: 'USD' },
    };
  });
}

const fhirClaim: Template = (g) => {
  const p = synPatient(g);
  const when = histDate(g);
  const payer = g.pick(PAYERS);
  return {
    resourceType: 'Claim',
    id: freshUuid(g),
    status: 'active',
    type: {
      coding: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/claim-type',
          code: g.pick(['institutional', 'professional', 'pharmacy']),
        },
      ],
    },
    use: 'claim',
    patient: { reference: urnRef(p.id), display: fullName(p) },
    billablePeriod: { start: dayTime(g, when, 'offset'), end: dayTime(g, when, 'offset') },
    created: createdStamp(g, when),
    provider: {
      reference: t`Organization?identifier=${SYNTHEA_SYSTEM}|${freshUuid(g)}`,
      display: org(g.pick(ORGANIZATIONS)),
    },
    priority: {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/processpriority', code: 'normal' }],
    },
    supportingInfo: g.chance(0.5)
      ? [
          {
            sequence: 1,
            category: { coding: [{ code: 'patientaccount' }] },
            valueString: phi('account', `${g.digits(10)}`, 'account'),
          },
        ]
      : undefined,
    insurance: [{ sequence: 1, focal: true, coverage: { display: org(payer) } }],
    item: claimItems(g),
    total: { value: g.int(100, 9000) + g.int(0, 99) / 100, currency: 'USD' },
  };
};

const fhirExplanationOfBenefit: Template = (g) => {
  const p = synPatient(g);
  const when = histDate(g);
  const doc = synClinician(g);
  const payer = g.pick(PAYERS);
  const covId = g.f.string.uuid();
  const accident = g.chance(0.5);
  const scene = synPlace(g);
  return {
    resourceType: 'ExplanationOfBenefit',
    id: freshUuid(g),
    contained: [
      {
        resourceType: 'Coverage',
        id: uuidSpan(covId),
        status: 'active',
        type: { text: payer },
        subscriberId: phi(
          'health_plan',
          g.pick([`${g.letters(3)}${g.digits(9)}`, `W${g.digits(9)}`, `${g.digits(9)}-0${g.int(1, 4)}`]),
          'member',
        ),
        beneficiary: { reference: urnRef(p.id) },
        payor: [{ display: org(payer) }],
      },
    ],
    identifier: [
      {
        system: 'https://bluebutton.cms.gov/resources/variables/clm_id',
        value: phi('other_id', `-${g.digits(11)}`, 'claim'),
      },
      {
        system: 'https://bluebutton.cms.gov/resources/identifier/claim-group',
        value: phi('other_id', g.digits(11), 'claim_group'),
      },
    ],
    status: 'active',
    type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/claim-type', code: 'professional' }] },
    use: 'claim',
    patient: { reference: urnRef(p.id) },
    billablePeriod: { start: dayTime(g, when, 'offset'), end: dayTime(g, when, 'offset') },
    created: createdStamp(g, when),
    insurer: { display: org(payer) },
    provider: { reference: urnRef(g.f.string.uuid()) },
    careTeam: [
      {
        sequence: 1,
        provider: {
          identifier: { system: 'http://hl7.org/fhir/sid/us-npi', value: npiValue(g) },
          display: nm(`${doc.given} ${doc.family}`, 'synthea_full'),
        },
        role: {
          coding: [
            {
              system: 'http://terminology.hl7.org/CodeSystem/claimcareteamrole',
              code: 'primary',
              display: 'Primary Care Practitioner',
            },
          ],
        },
      },
    ],
    accident: accident
      ? {
          date: day(when),
          type: {
            coding: [
              {
                system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
                code: 'MVA',
                display: 'Motor vehicle accident',
              },
            ],
          },
          locationAddress: {
            line: [phi('street_address', scene.line)],
            city: phi('geo', scene.town.city, 'city'),
            state: 'MA',
            postalCode: phi('zip', scene.town.zip),
          },
        }
      : undefined,
    supportingInfo: [
      {
        sequence: 1,
        category: { coding: [{ code: 'patientaccount' }] },
        valueString: phi(
          'account',
          g.pick([`PA${g.digits(8)}`, `${g.digits(4)}-${g.digits(3)}-${g.digits(3)}`]),
          'account',
        ),
      },
      ...(accident
        ? [{ sequence: 2, category: { coding: [{ code: 'vehicle' }] }, valueString: vinValue(g) }]
        : []),
    ],
    insurance: [{ focal: true, coverage: { reference: t`#${uuidSpan(covId)}` } }],
    item: claimItems(g),
    payment: { amount: { value: g.int(0, 5000) + g.int(0, 99) / 100, currency: 'USD' } },
  };
};

const fhirPractitionerOrganization: Template = (g) => {
  const doc = synClinician(g);
  const pl = synPlace(g);
  const o = g.pick(ORGANIZATIONS);
  const opl = synPlace(g);
  const email = `${doc.given}.${doc.family}@${g.pick(['example.com', 'clinic.example.org', 'synthetic-provider.example'])}`;
  return {
    resourceType: 'Bundle',
    type: 'collection',
    entry: [
      {
        resource: {
          resourceType: 'Practitioner',
          id: freshUuid(g),
          identifier: [{ system: 'http://hl7.org/fhir/sid/us-npi', value: npiValue(g) }],
          active: true,
          name: [{ family: nm(doc.family), given: [nm(doc.given)], prefix: ['Dr.'] }],
          telecom: [
            {
              system: 'email',
              value: phi('email', email),
              use: 'work',
              extension: [
                {
                  url: 'http://synthetichealth.github.io/synthea/utilization-encounters-extension',
                  valueInteger: g.int(1, 9000),
                },
              ],
            },
          ],
          address: [
            {
              line: [phi('street_address', pl.line)],
              city: phi('geo', pl.town.city, 'city'),
              state: 'MA',
              postalCode: phi('zip', pl.town.zip),
              country: 'US',
            },
          ],
          gender: doc.sex === 'F' ? 'female' : 'male',
        },
      },
      {
        resource: {
          resourceType: 'Organization',
          id: freshUuid(g),
          identifier: [{ system: SYNTHEA_SYSTEM, value: freshUuid(g) }],
          active: true,
          type: [
            {
              coding: [
                {
                  system: 'http://terminology.hl7.org/CodeSystem/organization-type',
                  code: 'prov',
                  display: 'Healthcare Provider',
                },
              ],
            },
          ],
          name: org(o),
          telecom: [
            { system: 'phone', value: phoneValue(g) },
            { system: 'fax', value: phoneValue(g, 'fax') },
          ],
          address: [
            {
              line: [phi('street_address', opl.line)],
              city: phi('geo', opl.town.city, 'city'),
              state: 'MA',
              postalCode: phi('zip', opl.town.zip),
              country: 'US',
            },
          ],
        },
      },
    ],
  };
};

const fhirDeviceImaging: Template = (g) => {
  const p = synPatient(g);
  const [dc, dd] = g.pick(DEVICES);
  const when = histDate(g);
  const gtin = `00${g.digits(12)}`;
  const lot = g.digits(11);
  const serial = g.digits(5);
  const udi = `(01)${gtin}(11)${g.int(10, 24)}${g.digits(4)}(17)${g.int(30, 45)}${g.digits(4)}(10)${lot}(21)${serial}`;
  const [mod, modName, bs, bsName] = g.pick(IMAGING);
  const study = `1.2.840.99999999.${g.int(1, 9)}.${g.digits(8)}.${g.digits(13)}`;
  return {
    resourceType: 'Bundle',
    type: 'collection',
    entry: [
      {
        resource: {
          resourceType: 'Device',
          id: freshUuid(g),
          udiCarrier: [{ deviceIdentifier: gtin, carrierHRF: phi('device', udi, 'udi') }],
          status: 'active',
          distinctIdentifier: lot,
          manufactureDate: `${isoDay(addDays31(when, -g.int(30, 400)))}T00:00:00-05:00`,
          expirationDate: `${isoDay(addDays31(when, g.int(400, 4000)))}T00:00:00-05:00`,
          lotNumber: lot,
          serialNumber: phi('device', serial, 'serial'),
          deviceName: [{ name: keep('device_name', dd), type: 'user-friendly-name' }],
          type: snomed(dc, keep('device_name', dd)),
          patient: { reference: urnRef(p.id) },
        },
      },
      {
        resource: {
          resourceType: 'ImagingStudy',
          id: freshUuid(g),
          identifier: [
            {
              use: 'official',
              system: 'urn:ietf:rfc:3986',
              value: phi('other_id', `urn:oid:${study}`, 'dicom_study'),
            },
          ],
          status: 'available',
          subject: { reference: urnRef(p.id) },
          started: dayTime(g, when, 'offset'),
          numberOfSeries: 1,
          numberOfInstances: 1,
          procedureCode: [snomed('399208008', 'Plain chest X-ray (procedure)')],
          series: [
            {
              uid: phi('other_id', `${study}.1`, 'dicom_series'),
              number: 1,
              modality: {
                system: 'http://dicom.nema.org/resources/ontology/DCM',
                code: mod,
                display: modName,
              },
              numberOfInstances: 1,
              bodySite: { system: 'http://snomed.info/sct', code: code(bs, 'SNOMED CT'), display: bsName },
              started: dayTime(g, when, 'offset'),
            },
          ],
        },
      },
    ],
  };
};

const fhirDocumentReference: Template = (g) => {
  const p = synPatient(g);
  const when = histDate(g);
  const doc = synClinician(g);
  const o = g.pick(ORGANIZATIONS);
  const [, cd] = pickCondition(g, g.chance(0.5));
  const l = lab(g);
  const note = t`${day(when)}

# Chief Complaint
No complaints.

# History of Present Illness
${nm(p.given)} is a ${ageSpan31(p)} year-old ${p.sex === 'F' ? 'female' : 'male'}. Patient has a history of ${cd}.

# Assessment and Plan
${l.display} ${keep('lab_value', `${l.value} ${l.unit}`)}.
`;
  return {
    resourceType: 'DocumentReference',
    id: freshUuid(g),
    meta: { lastUpdated: stamp(g) },
    status: 'superseded',
    type: {
      coding: [
        { system: 'http://loinc.org', code: code('34117-2', 'LOINC'), display: 'History and physical note' },
      ],
    },
    category: [
      {
        coding: [
          {
            system: 'http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category',
            code: 'clinical-note',
          },
        ],
      },
    ],
    subject: { reference: urnRef(p.id) },
    date: stamp(g),
    author: [{ display: t`Dr. ${nm(`${doc.given} ${doc.family}`, 'synthea_full')}` }, { display: org(o) }],
    custodian: { display: org(o) },
    content: [
      {
        attachment: {
          contentType: 'text/plain; charset=utf-8',
          url: phi('url', `https://ehr.sandbox.example.org/documents/${p.mrn}/${g.digits(6)}.txt`),
          title: 'Clinical note',
        },
        decoded: note,
        format: {
          system: 'http://ihe.net/fhir/ValueSet/IHE.FormatCode.codesystem',
          code: 'urn:ihe:iti:xds:2017:mimeTypeSufficient',
        },
      },
    ],
    context: {
      encounter: [{ reference: urnRef(g.f.string.uuid()) }],
      period: { start: dayTime(g, when, 'offset'), end: dayTime(g, when, 'offset') },
    },
  };
};

const fhirCarePlanProvenance: Template = (g) => {
  const p = synPatient(g);
  const when = histDate(g);
  const cpId = g.f.string.uuid();
  const doc = synClinician(g);
  const [cc, cd] = pickCondition(g, true);
  return {
    resourceType: 'Bundle',
    type: 'collection',
    entry: [
      {
        fullUrl: urnRef(cpId),
        resource: {
          resourceType: 'CarePlan',
          id: uuidSpan(cpId),
          text: {
            status: 'generated',
            div: t`<div xmlns="http://www.w3.org/1999/xhtml">Care Plan for ${cd}.<br/>Activities: <ul><li>${g.pick(['Diet education', 'Exercise therapy', 'Physical activity target light exercise'])}</li></ul><br/>Care plan is meant to treat ${cd}.</div>`,
          },
          status: 'active',
          intent: 'order',
          category: [
            snomed(
              g.pick(['698360004', '384758001', '736353004']),
              g.pick(['Self-care interventions', 'Patient education']),
            ),
          ],
          subject: { reference: urnRef(p.id), display: fullName(p) },
          period: { start: dayTime(g, when, 'offset') },
          addresses: [{ reference: urnRef(g.f.string.uuid()), display: cd }],
          activity: [
            {
              detail: {
                code: snomed(cc, cd),
                status: 'in-progress',
                location: { display: org(g.pick(ORGANIZATIONS)) },
              },
            },
          ],
        },
      },
      {
        resource: {
          resourceType: 'Provenance',
          id: freshUuid(g),
          target: [{ reference: urnRef(cpId) }, { reference: urnRef(p.id) }],
          recorded: stamp(g),
          agent: [
            {
              type: {
                coding: [
                  {
                    system: 'http://terminology.hl7.org/CodeSystem/provenance-participant-type',
                    code: 'author',
                  },
                ],
              },
              who: {
                reference: t`Practitioner?identifier=http://hl7.org/fhir/sid/us-npi|${synNpi(g)}`,
                display: t`Dr. ${nm(`${doc.given} ${doc.family}`, 'synthea_full')}`,
              },
              onBehalfOf: { display: org(g.pick(ORGANIZATIONS)) },
            },
          ],
        },
      },
    ],
  };
};

/** A tools/call result: the patient as a JSON text block and as structuredContent. */
const mcpPatientToolResult: Template = (g) => {
  const p = synPatient(g);
  const summary = {
    id: uuidSpan(p.id),
    name: fullName(p),
    birthDate: day(p.dob),
    age: ageSpan31(p),
    ssn: phi('ssn', p.ssn, 'synthea'),
    phone: phi('phone', p.phone),
    address: t`${phi('street_address', p.place.line)}, ${phi('geo', p.place.town.city, 'city')}, MA ${phi('zip', p.place.town.zip)}`,
    primaryPayer: org(g.pick(PAYERS)),
    activeConditions: [pickCondition(g)[1], pickCondition(g)[1]],
  };
  return {
    jsonrpc: '2.0',
    id: g.int(1, 500),
    result: {
      content: [{ type: 'text', text: jsonText(summary, g.pick([0, 2])) }],
      structuredContent: summary,
      isError: false,
    },
  };
};

/** A tools/call request naming a patient by Synthea demographics, with the gateway's envelope. */
const mcpPatientSearchRequest: Template = (g) => {
  const p = synPatient(g);
  const user = synClinician(g);
  return {
    jsonrpc: '2.0',
    id: `req-${g.digits(6)}`,
    method: 'tools/call',
    params: {
      name: g.pick(['fhir_patient_search', 'ehr.search_patients', 'find_patient']),
      arguments: {
        family: nm(p.family),
        given: nm(p.given),
        birthdate: day(p.dob),
        'address-postalcode': g.chance(0.5) ? phi('zip', p.place.town.zip) : undefined,
        identifier: g.chance(0.5)
          ? t`http://hl7.org/fhir/sid/us-ssn|${phi('ssn', p.ssn, 'synthea')}`
          : undefined,
        _count: 10,
      },
      _meta: {
        progressToken: freshUuid(g),
        'proctor/client': {
          ip: ipValue(g),
          user: phi('email', `${user.given.toLowerCase()}@sandbox.example.org`),
          protocolVersion: keep('version', '2025-06-18', 'mcp_protocol'),
        },
      },
    },
  };
};

/** resources/read of an ehr:// CSV resource, text/csv in the contents. */
const mcpResourceReadCsv: Template = (g) => {
  const pid = g.f.string.uuid();
  const rows = Array.from({ length: g.int(2, 4) }, () => {
    const [cc, cd] = pickCondition(g);
    const d = histDate(g);
    const cdText = typeof cd === 'string' ? cd : cd.value;
    return join(
      [
        day(d),
        '',
        uuidSpan(pid),
        freshUuid(g),
        code(cc, 'SNOMED CT'),
        cdText.includes(',') ? t`"${cd}"` : cd,
      ],
      ',',
    );
  });
  return {
    jsonrpc: '2.0',
    id: g.int(1, 900),
    result: {
      contents: [
        {
          uri: t`ehr://synthea/patients/${uuidSpan(pid)}/conditions.csv`,
          mimeType: 'text/csv',
          text: t`START,STOP,PATIENT,ENCOUNTER,CODE,DESCRIPTION\n${join(rows, '\n')}\n`,
        },
      ],
    },
  };
};

/** resources/read of a fhir:// Patient resource, the resource as a JSON text. */
const mcpResourceReadFhir: Template = (g) => {
  const p = synPatient(g);
  return {
    jsonrpc: '2.0',
    id: g.int(1, 900),
    result: {
      contents: [
        {
          uri: t`fhir://r4/Patient/${uuidSpan(p.id)}`,
          mimeType: 'application/fhir+json',
          text: jsonText(fhirPatient(g, p, g.chance(0.5)), g.pick([0, 2])),
        },
      ],
    },
  };
};

/** An identity-match tool result: biometric and photo references on file for the record. */
const mcpIdentityMatch: Template = (g) => {
  const p = synPatient(g);
  return {
    content: [
      {
        type: 'text',
        text: jsonText({
          match: {
            patientId: uuidSpan(p.id),
            score: g.f.number.float({ min: 0.8, max: 1, fractionDigits: 3 }),
            grade: 'certain',
          },
          candidate: {
            name: fullName(p),
            birthDate: day(p.dob),
            drivers: phi('license', p.drivers ?? `S999${g.digits(5)}`, 'driver'),
          },
          enrollment: {
            palmVeinTemplate: biometricValue(g),
            photo: photoFile(g, p.family.replace(/\d+$/, '')),
            portal: phi('url', `https://portal.sandbox.example.org/patient/${p.mrn}`),
            enrolledAt: stamp(g),
          },
        }),
      },
    ],
    _meta: { client: { ip: ipValue(g) }, engine: keep('version', g.pick(['1.4.2', '2.0.1', '0.9.7'])) },
  };
};

/** An export manifest: the run's population figures and the files an MCP server offers. */
const mcpExportManifest: Template = (g) => {
  const run = synPlace(g).town;
  return {
    jsonrpc: '2.0',
    id: g.int(1, 900),
    result: {
      structuredContent: {
        generator: 'synthea',
        version: synthVersion(g),
        fhirVersion: keep('version', '4.0.1'),
        referenceYear: keep('year', String(g.int(2019, 2025))),
        location: { state: 'Massachusetts', city: phi('geo', run.city, 'city') },
        summary: [statSpan(g), statSpan(g)],
        files: ['patients.csv', 'encounters.csv', 'conditions.csv', 'observations.csv', 'claims.csv'].map(
          (f) => ({ name: f, rows: g.int(100, 90000) }),
        ),
        sample: { name: fullName(synPatient(g)), ageYears: ageSpan31(synPatient(g, false)) },
        generatedAt: stamp(g),
      },
    },
  };
};

export const BLIND31_JSON_DOCS: Record<string, Template> = {
  b31_fhir_patient: fhirPatientResource,
  b31_fhir_transaction_bundle: fhirTransactionBundle,
  b31_fhir_medication_request: fhirMedicationRequest,
  b31_fhir_immunization_searchset: fhirImmunizationSearchset,
  b31_fhir_claim: fhirClaim,
  b31_fhir_explanation_of_benefit: fhirExplanationOfBenefit,
  b31_fhir_practitioner_organization: fhirPractitionerOrganization,
  b31_fhir_device_imaging: fhirDeviceImaging,
  b31_fhir_document_reference: fhirDocumentReference,
  b31_fhir_careplan_provenance: fhirCarePlanProvenance,
  b31_mcp_patient_tool_result: mcpPatientToolResult,
  b31_mcp_patient_search_request: mcpPatientSearchRequest,
  b31_mcp_resource_read_csv: mcpResourceReadCsv,
  b31_mcp_resource_read_fhir: mcpResourceReadFhir,
  b31_mcp_identity_match: mcpIdentityMatch,
  b31_mcp_export_manifest: mcpExportManifest,
};
