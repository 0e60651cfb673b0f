/**
 * JSON documents of the second blind split: FHIR R4 resources (Patient, Encounter with
 * Observations, ExplanationOfBenefit, MedicationDispense), MCP tool results of EHR tools (text
 * blocks holding JSON or notes, structured content), a chat log and an audit event, in key
 * styles a third party would use. SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { type JsonTree, jsonText, keep, phi, t } from '../fragment';
import {
  accountNo,
  address,
  agePhrase,
  anyAge,
  birthDate,
  clinician,
  code,
  dateSpan,
  dea,
  deviceName,
  drug,
  emailOf,
  eponym,
  family,
  given,
  ipv4,
  lab,
  memberId,
  mrn,
  nameSpan,
  npi,
  oldAge,
  org,
  otherId,
  patientUrl,
  person,
  serial,
  serviceDate,
  ssn,
  stat,
  systemTimestamp,
  usPhone,
  uuid,
  version,
  vin,
  type Ymd,
} from './values';

type Template = (g: Gen) => JsonTree;

const iso = (x: Ymd): string => `${x.y}-${String(x.m).padStart(2, '0')}-${String(x.d).padStart(2, '0')}`;

function fhirPatient(g: Gen): JsonTree {
  const p = person(g);
  const a = address(
    g,
    g.weighted([
      ['US', 3],
      ['CA', 1],
      ['AU', 1],
    ] as const),
  );
  return {
    resourceType: 'Patient',
    id: phi('other_id', `pt-${g.digits(7)}`, 'fhir_id'),
    meta: { versionId: '3', lastUpdated: systemTimestamp(g), source: uuid(g) },
    identifier: [
      {
        use: 'usual',
        type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'MR' }] },
        system: 'urn:oid:2.16.840.1.113883.3.72',
        value: mrn(g),
      },
      { system: 'http://hl7.org/fhir/sid/us-ssn', value: ssn(g) },
    ],
    name: [
      {
        use: 'official',
        family: phi('name', p.family, 'fhir_family'),
        given: [phi('name', p.given, 'fhir_given')],
        prefix: [p.sex === 'F' ? 'Ms.' : 'Mr.'],
      },
    ],
    telecom: [
      { system: 'phone', value: usPhone(g), use: 'mobile' },
      { system: 'email', value: emailOf(g, p) },
    ],
    gender: p.sex === 'F' ? 'female' : 'male',
    birthDate: phi('date', iso(birthDate(g)), 'iso'),
    address: [
      { line: [a.street], city: a.city, state: a.region, postalCode: a.postcode, country: a.country },
    ],
    contact: [
      {
        relationship: [{ text: 'daughter' }],
        name: { text: nameSpan(g, person(g), 'full') },
        telecom: [{ system: 'phone', value: usPhone(g) }],
      },
    ],
    generalPractitioner: [{ reference: `Practitioner/${g.digits(6)}`, display: clinician(g) }],
    managingOrganization: { display: org(g) },
  };
}

function fhirEncounterBundle(g: Gen): JsonTree {
  const p = person(g);
  const pid = g.digits(7);
  const start = serviceDate(g);
  const obs = (): JsonTree => ({
    resource: {
      resourceType: 'Observation',
      id: uuid(g),
      status: 'final',
      code: {
        coding: [
          {
            system: 'http://loinc.org',
            code: keep('clinical_code', g.pick(['8302-2', '2028-9', '1975-2', '2532-0', '2703-7'])),
          },
        ],
        text: lab(g),
      },
      subject: { reference: t`Patient/${phi('other_id', pid, 'fhir_ref')}`, display: nameSpan(g, p, 'full') },
      effectiveDateTime: phi(
        'date',
        `${iso(start)}T${String(g.int(0, 23)).padStart(2, '0')}:15:00-05:00`,
        'iso_time',
      ),
      issued: `${iso(start)}T${String(g.int(0, 23)).padStart(2, '0')}:40:00Z`,
      performer: [{ display: clinician(g) }],
      note: [{ text: t`Repeat in AM per ${clinician(g)}; ${stat(g)} on unit.` }],
    },
  });
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    total: 3,
    entry: [
      {
        resource: {
          resourceType: 'Encounter',
          id: uuid(g),
          status: 'finished',
          class: { code: 'IMP' },
          subject: {
            reference: t`Patient/${phi('other_id', pid, 'fhir_ref')}`,
            display: nameSpan(g, p, g.pick(['full', 'LAST_first'])),
          },
          period: {
            start: phi('date', iso(start), 'iso'),
            end: phi('date', iso({ ...start, d: Math.min(28, start.d + 3) }), 'iso'),
          },
          reasonCode: [{ text: t`${eponym(g)} (${code(g)})` }],
          serviceProvider: { display: org(g) },
          hospitalization: {
            dischargeDisposition: {
              text: t`Home with ${g.pick(['wife', 'son', 'niece'])} ${nameSpan(g, person(g), 'given')}`,
            },
          },
        },
      },
      obs(),
      obs(),
    ],
  };
}

function mcpChartResult(g: Gen): JsonTree {
  const p = person(g);
  const note = t`${nameSpan(g, p, 'full')} is ${agePhrase(g, anyAge(g))} seen ${dateSpan(g, serviceDate(g))} for ${eponym(g)}. Taking ${drug(g)}. ${lab(g)}. Lives at ${address(g, 'US').line}. Follow up with ${clinician(g)}.`;
  const record = {
    patient: {
      displayName: nameSpan(g, p, g.pick(['full', 'LAST_first'])),
      birth_dt: phi('date', iso(birthDate(g)), 'iso'),
      mrNumber: mrn(g),
    },
    encounter: {
      id: uuid(g),
      admitted: phi('date', iso(serviceDate(g)), 'iso'),
      unit: '5 East',
      attending: clinician(g),
    },
    problems: [t`${eponym(g)}`, t`CKD stage 4 (${code(g)})`],
    generatedAt: systemTimestamp(g),
  };
  return {
    jsonrpc: '2.0',
    id: g.int(1, 999),
    result: {
      content: [
        { type: 'text', text: g.chance(0.5) ? jsonText(record, g.pick([0, 2])) : note },
        { type: 'resource_link', uri: patientUrl(g), name: 'chart', mimeType: 'text/html' },
      ],
      structuredContent: record,
      isError: false,
    },
  };
}

function ehrSearch(g: Gen): JsonTree {
  const rows = Array.from({ length: g.int(2, 4) }, () => {
    const p = person(g);
    const a = address(g, 'US');
    return {
      FullName: nameSpan(g, p, g.pick(['full', 'last_first', 'upper'])),
      BirthDt: phi('date', `${g.int(1, 12)}/${g.int(1, 28)}/${g.int(1930, 2005)}`, 'mdy_slash'),
      HomeAddr: a.street,
      Town: a.city,
      Zip5: a.postcode,
      ContactNo: usPhone(g),
      Guarantor: nameSpan(g, person(g), 'full'),
      AcctNbr: accountNo(g),
      InsMemberNo: memberId(g),
      LastVisitReason: t`${eponym(g)}; ${drug(g)}`,
      Age:
        anyAge(g) > 89 ? phi('age', String(oldAge(g)), 'age') : keep('age_under_90', String(g.int(20, 89))),
    };
  });
  return {
    content: [
      {
        type: 'text',
        text: jsonText(
          { query: 'last_name startswith', results: rows, took_ms: g.int(3, 90), api: version(g) },
          2,
        ),
      },
    ],
    structuredContent: { count: rows.length, results: rows },
  };
}

function fhirEob(g: Gen): JsonTree {
  const p = person(g);
  const prov = person(g);
  const dos = serviceDate(g);
  return {
    resourceType: 'ExplanationOfBenefit',
    id: uuid(g),
    status: 'active',
    patient: {
      reference: t`Patient/${phi('other_id', g.digits(6), 'fhir_ref')}`,
      display: nameSpan(g, p, 'full'),
    },
    insurer: { display: org(g) },
    provider: {
      display: t`${nameSpan(g, prov, 'full')} MD`,
      identifier: { system: 'http://hl7.org/fhir/sid/us-npi', value: npi(g) },
    },
    insurance: [{ focal: true, coverage: { display: t`Member ${memberId(g)}` } }],
    billablePeriod: { start: phi('date', iso(dos), 'iso'), end: phi('date', iso(dos), 'iso') },
    item: [
      {
        sequence: 1,
        productOrService: {
          coding: [
            {
              system: 'http://www.ama-assn.org/go/cpt',
              code: keep('clinical_code', g.pick(['99215', '85610', '93010', '97116'])),
            },
          ],
        },
        net: { value: g.int(40, 900), currency: 'USD' },
      },
    ],
    payment: { date: phi('date', iso(serviceDate(g)), 'iso'), amount: { value: g.int(10, 800) } },
    extension: [{ url: 'http://example.org/fhir/claim-number', valueString: otherId(g, 'C') }],
  };
}

function chatLog(g: Gen): JsonTree {
  const p = person(g);
  const kid = person(g);
  return {
    conversation_id: uuid(g),
    started: systemTimestamp(g),
    messages: [
      { role: 'assistant', content: t`Welcome to ${org(g)} virtual front desk. What's your name?` },
      { role: 'user', content: nameSpan(g, p, g.pick(['lower', 'full', 'upper'])) },
      { role: 'assistant', content: 'And your date of birth?' },
      {
        role: 'user',
        content: t`${dateSpan(g, birthDate(g), g.pick(['mdy_short', 'mdy_slash', 'month_d_y', 'dmy_dot']))}`,
      },
      {
        role: 'user',
        content: t`also booking for my son ${nameSpan(g, kid, g.pick(['given_lower', 'given', 'lower']))}, he has ${eponym(g)}`,
      },
      {
        role: 'assistant',
        content: t`Booked with ${clinician(g)} on ${dateSpan(g, serviceDate(g), g.pick(['month_ordinal', 'mon_d_y']))}. We'll text ${usPhone(g)}.`,
      },
      {
        role: 'user',
        content: t`my grandma is ${phi('age', String(oldAge(g)), 'age')} can she get the ${eponym(g)} check too`,
      },
    ],
    client: { ip: ipv4(g), app: version(g) },
  };
}

function medDispense(g: Gen): JsonTree {
  const p = person(g);
  const prescriber = person(g);
  return {
    resourceType: 'MedicationDispense',
    id: uuid(g),
    status: 'completed',
    medicationCodeableConcept: { text: drug(g) },
    subject: {
      display: nameSpan(g, p, g.pick(['full', 'LAST_first'])),
      reference: t`Patient/${phi('other_id', g.digits(8), 'fhir_ref')}`,
    },
    performer: [{ actor: { display: t`${nameSpan(g, person(g), 'full')}, RPh` } }],
    authorizingPrescription: [
      { display: t`Rx ${otherId(g, '')} by ${nameSpan(g, prescriber, 'full')} DEA ${dea(g, prescriber)}` },
    ],
    whenHandedOver: phi('date', `${iso(serviceDate(g))}T14:22:00Z`, 'iso_time'),
    note: [
      {
        text: t`Patient's ${g.pick(['husband', 'daughter'])} ${nameSpan(g, person(g), 'full')} picked up; ID checked. Call ${usPhone(g)} with questions.`,
      },
    ],
    dosageInstruction: [{ text: drug(g) }],
  };
}

function auditEvent(g: Gen): JsonTree {
  const user = person(g);
  const p = person(g);
  return {
    event_id: uuid(g),
    ts: systemTimestamp(g),
    actor: { user: nameSpan(g, user, g.pick(['full', 'lower'])), role: 'clinician', src_ip: ipv4(g) },
    action: 'chart.view',
    target: { patient: nameSpan(g, p, 'full'), mrn: mrn(g), url: patientUrl(g) },
    device: { model: deviceName(g), serial: serial(g), vehicle_vin: vin(g) },
    app: { version: version(g), build_year: g.int(2019, 2025) },
    detail: t`${family(user)} viewed ${given(p)}'s chart (${code(g)}) from ${org(g)}`,
  };
}

export const BLIND2_JSON_DOCS: Record<string, Template> = {
  b2FhirPatient: fhirPatient,
  b2FhirEncounterBundle: fhirEncounterBundle,
  b2McpChartResult: mcpChartResult,
  b2EhrSearch: ehrSearch,
  b2FhirEob: fhirEob,
  b2ChatLog: chatLog,
  b2MedDispense: medDispense,
  b2AuditEvent: auditEvent,
};
