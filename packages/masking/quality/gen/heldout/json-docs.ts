/** Held-out split: FHIR-like, tabular, GraphQL, PascalCase and MCP shapes the dev split lacks. */
import { ageSpan, type Cast } from '../cast';
import type { Gen } from '../context';
import { formatDate, isoDate, recentDate } from '../dates';
import { type JsonTree, jsonText, phi, t } from '../fragment';
import * as id from '../identifiers';
import * as k from '../keep-vocab';
import { clinicianName, nameIn, person } from '../people';
import { addressLine } from '../places';
import { agentSession, soapNote } from './text-docs';

export function fhirPatient(g: Gen, c: Cast): JsonTree {
  return {
    resourceType: 'Patient',
    id: g.f.string.uuid(),
    meta: { lastUpdated: k.systemTimestamp(g), versionId: String(g.int(1, 9)) },
    identifier: [
      { type: { text: 'MRN' }, system: 'urn:oid:1.2.36.146.595.217.0.1', value: id.mrnValue(g) },
      { system: 'http://hl7.org/fhir/sid/us-ssn', value: id.ssnValue(g) },
      { system: 'http://hl7.org/fhir/sid/us-mbi', value: id.mbiValue(g) },
    ],
    name: [
      {
        use: 'official',
        family: phi('name', c.pt.last, 'family'),
        given: [phi('name', c.pt.first, 'given'), phi('name', c.pt.middle, 'given')],
      },
    ],
    telecom: [
      { system: 'phone', value: id.phoneValue(g), use: 'home' },
      { system: 'fax', value: id.phoneValue(g, 'fax') },
      { system: 'email', value: id.email(g, c.pt.first, c.pt.last) },
    ],
    gender: c.pt.sex,
    birthDate: isoDate(c.pt.dob),
    address: [
      {
        line: [c.addr.street],
        city: c.addr.city,
        district: c.addr.county,
        state: c.addr.state,
        postalCode: c.addr.zip,
      },
    ],
    contact: [
      {
        relationship: [{ text: c.relation }],
        name: { text: nameIn(g, c.relative, 'full') },
        telecom: [{ system: 'phone', value: id.phoneValue(g) }],
      },
    ],
    generalPractitioner: [{ display: t`${clinicianName(g, c.attending)}` }],
    extension: [{ url: 'http://example.org/fhir/age', valueString: ageSpan(g, c) }],
  };
}

export function tabularResult(g: Gen): JsonTree {
  const rows = Array.from({ length: g.int(2, 6) }, () => {
    const p = person(g, g.chance(0.2) ? { minAge: 90, maxAge: 101 } : {});
    return [
      id.mrnValue(g),
      nameIn(g, p, g.pick(['last_first', 'upper_last_first', 'full'])),
      formatDate(g, p.dob),
      id.phoneValue(g),
      k.icd10(g),
      k.snomed(g),
    ];
  });
  return {
    columns: ['MRN', 'Patient', 'Birth date', 'Phone', 'Dx', 'SNOMED'],
    rows,
    rowCount: rows.length,
    queryId: k.uuid(g),
    elapsedMs: g.int(3, 90),
  };
}

export function graphqlResponse(g: Gen, c: Cast): JsonTree {
  return {
    data: {
      patientSearch: {
        edges: [c.pt, c.relative].map((p) => ({
          node: {
            fullName: nameIn(g, p, 'full'),
            birthDate: formatDate(g, p.dob),
            homePhone: id.phoneValue(g),
            memberNumber: id.memberIdValue(g),
            residence: addressLine(g, c.addr),
            pcp: { displayName: t`${clinicianName(g, c.attending)}`, npiNumber: id.npiValue(g) },
            conditions: [{ snomed: k.snomed(g), label: k.eponym(g) }],
          },
        })),
      },
    },
    extensions: { traceId: k.uuid(g), cost: { requested: g.int(10, 90) } },
  };
}

export function pharmacyFill(g: Gen, c: Cast): JsonTree {
  return {
    RxNumber: phi('other_id', `RX${g.digits(7)}`, 'rx'),
    PatientName: nameIn(g, c.pt, g.pick(['upper_last_first', 'last_first'])),
    PatientDOB: formatDate(g, c.pt.dob),
    Drug: k.drugDose(g),
    Prescriber: {
      Name: t`${clinicianName(g, c.attending)}`,
      DEA: id.deaValue(g, c.attending.last),
      NPI: id.npiValue(g),
    },
    FilledOn: formatDate(g, recentDate(g)),
    Quantity: g.int(14, 90),
    Pickup: {
      Plate: id.plateValue(g),
      IdChecked: id.driversLicenseValue(g),
      By: nameIn(g, c.relative, 'full'),
    },
    DeliveryAddress: addressLine(g, c.addr),
    Sig: t`Take ${k.drugDose(g)} with food; recheck ${k.labValue(g)}.`,
    SystemVersion: k.version(g),
  };
}

export function deviceTelemetry(g: Gen, c: Cast): JsonTree {
  return {
    device_serial: id.serialValue(g),
    udi_string: id.udiValue(g),
    model_name: k.deviceName(g),
    firmware: k.version(g),
    paired_from: id.ipValue(g),
    owner_contact: id.email(g, c.pt.first, c.pt.last),
    alert_sms: id.phoneValue(g),
    enrolled_voiceprint: id.biometricValue(g),
    // A reading's time on a patient's device is ambiguous (clinical date or system time): unlabeled.
    readings: Array.from({ length: g.int(2, 4) }, () => ({
      at: k.systemTimestamp(g).value,
      value: k.labValue(g),
    })),
    car_link: { vin: id.vinValue(g) },
    profile_photo: id.photoFile(g, c.pt.last),
  };
}

const MCP_RESOURCE_PREFIX = 'ehr://patients/';

export function mcpResourceRead(g: Gen, c: Cast): JsonTree {
  const mrn = id.mrnValue(g);
  return {
    jsonrpc: '2.0',
    id: `req-${g.int(1, 9999)}`,
    result: {
      contents: [
        { uri: t`${MCP_RESOURCE_PREFIX}${mrn}/notes/latest`, mimeType: 'text/plain', text: soapNote(g, c) },
      ],
    },
  };
}

export function mcpToolResultEmbedded(g: Gen, c: Cast): JsonTree {
  return {
    jsonrpc: '2.0',
    id: g.int(1000, 99_999),
    result: {
      content: [
        {
          type: 'text',
          text: t`Found ${nameIn(g, c.pt, 'full')} (${id.mrn(g)}), seen ${formatDate(g, c.admit)}.`,
        },
        {
          type: 'resource',
          resource: {
            uri: `ehr://fhir/Patient/${g.f.string.uuid()}`,
            mimeType: 'application/fhir+json',
            text: jsonText(fhirPatient(g, c), g.chance(0.5) ? 2 : 0),
          },
        },
      ],
      structuredContent: { results: tabularResult(g), nextCursor: k.uuid(g) },
      _meta: { requestedAt: k.systemTimestamp(g), serverVersion: k.version(g) },
    },
  };
}

export function mcpSamplingRequest(g: Gen, c: Cast): JsonTree {
  return {
    jsonrpc: '2.0',
    id: g.int(1, 500),
    method: 'sampling/createMessage',
    params: {
      messages: [{ role: 'user', content: { type: 'text', text: agentSession(g, c) } }],
      systemPrompt: 'Summarize for the care team.',
      maxTokens: 400,
      _meta: { protocolVersion: k.protocolVersion(g) },
    },
  };
}

export function mcpElicitationResult(g: Gen, c: Cast): JsonTree {
  return {
    jsonrpc: '2.0',
    id: g.int(1, 500),
    result: {
      action: 'accept',
      content: {
        patient_full_name: nameIn(g, c.pt, 'full'),
        DateOfBirth: formatDate(g, c.pt.dob),
        callback: id.phoneValue(g),
        insuranceMemberNo: g.chance(0.5) ? id.mbiValue(g) : id.memberIdValue(g),
        billingAcct: id.accountValue(g),
        homepage: id.urlValue(g, c.pt.last),
        notes: t`Prefers mornings; on ${k.drugDose(g)}.`,
      },
    },
  };
}

/** A stateless-era tools/call retried with the answers to its input-required round. */
export function mcpToolCallWithInputs(g: Gen, c: Cast): JsonTree {
  return {
    jsonrpc: '2.0',
    id: `call-${g.int(1, 9999)}`,
    method: 'tools/call',
    params: {
      name: 'ehr.update_contact',
      arguments: {
        patient: nameIn(g, c.pt, 'full'),
        birth_date: isoDate(c.pt.dob),
        new_phone: id.phoneValue(g),
      },
      inputResponses: {
        confirm_identity: {
          action: 'accept',
          content: { caller_name: nameIn(g, c.relative, 'first'), zip: id.zipValue(g), relation: c.relation },
        },
      },
      requestState: g.f.string.alphanumeric(24),
      _meta: {
        protocolVersion: k.protocolVersion(g),
        traceparent: `00-${g.f.string.hexadecimal({ length: 32, casing: 'lower', prefix: '' })}-${g.f.string.hexadecimal({ length: 16, casing: 'lower', prefix: '' })}-01`,
      },
    },
  };
}

export const HELDOUT_JSON_DOCS = {
  mcpToolCallWithInputs,
  fhirPatient,
  tabularResult,
  graphqlResponse,
  pharmacyFill,
  deviceTelemetry,
  mcpResourceRead,
  mcpToolResultEmbedded,
  mcpSamplingRequest,
  mcpElicitationResult,
};
