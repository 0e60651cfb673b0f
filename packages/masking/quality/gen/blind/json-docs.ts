/**
 * Blind split: MCP messages from FHIR and EHR servers in shapes the other splits lack —
 * searchset bundles of Patient, Encounter and Observation with names as text only or with
 * prefixes, references that carry a patient id, and tool arguments in other key styles.
 */
import type { Cast } from '../cast';
import type { Gen } from '../context';
import { recentDate } from '../dates';
import { type JsonTree, jsonText, phi, t } from '../fragment';
import { person } from '../people';
import * as k from './keep';
import { clinician, nameOf } from './people';
import * as p from './phi';
import { edTriage, telehealthTranscript } from './text-docs';

function patientResource(g: Gen, c: Cast, pid: string): JsonTree {
  const a = p.blindAddress(g);
  const nameShape = g.pick([
    () => [{ text: nameOf(g, c.pt, ['full', 'first_middle_last']) }],
    () => [
      {
        use: 'usual',
        prefix: [c.pt.sex === 'female' ? 'Mrs.' : 'Mr.'],
        family: phi('name', c.pt.last, 'family'),
        given: [phi('name', c.pt.first, 'given')],
        suffix: g.chance(0.3) ? ['Jr.'] : undefined,
      },
    ],
  ])();
  return {
    resourceType: 'Patient',
    id: phi('other_id', pid, 'fhir_id'),
    identifier: [
      {
        type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'MR' }] },
        value: p.mrn(g),
      },
      { type: { coding: [{ code: 'MC' }] }, value: p.mbi(g) },
    ],
    name: nameShape,
    birthDate: phi('date', c.pt.dob.toISOString().slice(0, 10), 'iso'),
    telecom: [{ system: 'phone', use: 'mobile', value: p.phone(g) }],
    address: g.chance(0.5)
      ? [{ text: a.line }]
      : [
          {
            line: [a.street],
            city: a.city,
            state: a.region || undefined,
            postalCode: a.postal,
            country: a.form === 'uk' ? 'GB' : a.form === 'canada' ? 'CA' : 'US',
          },
        ],
    photo: g.chance(0.5) ? [{ contentType: 'image/jpeg', title: p.photo(g, c.pt) }] : undefined,
    communication: [{ language: { text: g.pick(['English', 'Swedish', 'Turkish', 'Yoruba']) } }],
  };
}

function encounterResource(g: Gen, c: Cast, pid: string): JsonTree {
  const start = recentDate(g);
  return {
    resourceType: 'Encounter',
    id: k.uuid(g),
    status: 'finished',
    subject: {
      reference: t`Patient/${phi('other_id', pid, 'fhir_id')}`,
      display: nameOf(g, c.pt, ['full', 'last_first']),
    },
    period: { start: phi('date', start.toISOString().slice(0, 10), 'iso') },
    participant: [{ individual: { display: t`${clinician(g, c.attending)}` } }],
    reasonCode: [
      { coding: [{ system: 'http://snomed.info/sct', code: k.code(g, 'SNOMED CT') }], text: k.eponym(g) },
    ],
    meta: { lastUpdated: k.timestamp(g), versionId: String(g.int(1, 30)) },
  };
}

function observationResource(g: Gen, pid: string): JsonTree {
  return {
    resourceType: 'Observation',
    id: k.uuid(g),
    code: { coding: [{ system: 'http://loinc.org', code: k.code(g, 'LOINC') }] },
    subject: { reference: t`Patient/${phi('other_id', pid, 'fhir_id')}` },
    valueString: k.panelRow(g),
    note: [{ text: t`Result called to ${clinician(g, person(g))}.` }],
  };
}

export function fhirSearchResult(g: Gen, c: Cast): JsonTree {
  const pid = g.digits(g.int(6, 9));
  const bundle = {
    resourceType: 'Bundle',
    type: 'searchset',
    total: 3,
    entry: [
      {
        fullUrl: t`https://fhir.example.org/R4/Patient/${phi('other_id', pid, 'fhir_id')}`,
        resource: patientResource(g, c, pid),
      },
      { resource: encounterResource(g, c, pid) },
      { resource: observationResource(g, pid) },
    ],
  };
  const asText = g.chance(0.5);
  return {
    jsonrpc: '2.0',
    id: g.int(1, 9999),
    result: {
      content: [
        {
          type: 'text',
          text: asText ? jsonText(bundle, g.pick([0, 2])) : t`Found 1 patient (${k.statistic(g)}).`,
        },
      ],
      structuredContent: asText ? { total: 1 } : bundle,
      isError: false,
    },
  };
}

export function ehrToolCall(g: Gen, c: Cast): JsonTree {
  const a = p.blindAddress(g);
  return {
    jsonrpc: '2.0',
    id: `t-${g.int(1, 99_999)}`,
    method: 'tools/call',
    params: {
      name: 'ehr.register_patient',
      arguments: {
        PatientGivenName: phi('name', c.pt.first, 'given'),
        'patient-surname': phi('name', c.pt.last, 'family'),
        DOB_text: p.date(g, c.pt.dob),
        addressLine1: a.street,
        Town: a.city,
        PostCode: a.postal,
        contactNumber: p.phone(g),
        emergencyContact: {
          fullName: nameOf(g, c.relative, ['full']),
          relationship: c.relation,
          phoneNumber: p.phone(g),
        },
        coverage: { medicareNumber: p.mbi(g), planMemberId: p.memberId(g) },
        reasonForVisit: t`${k.eponym(g)}; on ${k.dose(g)}`,
        diagnosisCode: k.code(g, 'ICD-10'),
      },
      _meta: { protocolVersion: k.protocolRevision(g), 'io.example/requestedAt': k.timestamp(g) },
    },
  };
}

export function transcriptResource(g: Gen, c: Cast): JsonTree {
  return {
    jsonrpc: '2.0',
    id: g.int(1, 999),
    result: {
      contents: [
        {
          uri: t`visits://transcripts/${phi('other_id', g.digits(8), 'visit_id')}`,
          mimeType: 'text/plain',
          text: g.chance(0.5) ? telehealthTranscript(g, c) : edTriage(g, c),
        },
      ],
    },
  };
}

export const BLIND_JSON_DOCS = { fhirSearchResult, ehrToolCall, transcriptResource };
