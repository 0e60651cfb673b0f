/** Dev split: JSON records (camelCase and snake_case, nested, arrays) and MCP tool results. */
import { ageSpan, type Cast } from '../cast';
import type { Gen } from '../context';
import { formatDate, isoDate, recentDate } from '../dates';
import { type JsonTree, jsonText, phi, t } from '../fragment';
import * as id from '../identifiers';
import * as k from '../keep-vocab';
import { clinicianName, nameIn, person } from '../people';
import { addressLine } from '../places';
import { hpiNote } from './text-docs';

export function patientCamel(g: Gen, c: Cast): JsonTree {
  return {
    patientId: id.mrnValue(g),
    name: { first: phi('name', c.pt.first, 'first'), last: phi('name', c.pt.last, 'last') },
    dateOfBirth: isoDate(c.pt.dob),
    age: ageSpan(g, c),
    sex: c.pt.sex,
    contact: {
      phone: id.phoneValue(g),
      email: id.email(g, c.pt.first, c.pt.last),
      address: {
        line1: c.addr.street,
        city: c.addr.city,
        county: c.addr.county,
        state: c.addr.state,
        postalCode: c.addr.zip,
      },
    },
    emergencyContacts: [
      { name: nameIn(g, c.relative, 'full'), relationship: c.relation, phone: id.phoneValue(g) },
    ],
    insurance: g.chance(0.5)
      ? { mbi: id.mbiValue(g) }
      : { memberId: id.memberIdValue(g), planName: 'Acme Health PPO' },
    problems: [{ code: k.icd10(g), display: k.eponym(g), onsetYear: k.yearAlone(g) }],
    medications: [{ text: k.drugDose(g) }, { text: k.drugDose(g) }],
    meta: {
      createdAt: k.systemTimestamp(g),
      schemaVersion: g.chance(0.3) ? k.protocolVersion(g) : k.version(g),
      requestId: k.uuid(g),
    },
  };
}

export function patientSnake(g: Gen, c: Cast): JsonTree {
  return {
    patient_name: nameIn(g, c.pt, g.pick(['last_first', 'upper_last_first', 'full'])),
    dob: formatDate(g, c.pt.dob),
    ssn: id.ssnValue(g),
    mrn: id.mrnValue(g),
    home_address: addressLine(g, c.addr),
    primary_care: {
      provider_name: t`${clinicianName(g, c.attending)}`,
      npi: id.npiValue(g),
      dea_number: id.deaValue(g, c.attending.last),
      office_fax: id.phoneValue(g, 'fax'),
    },
    labs: Array.from({ length: g.int(1, 3) }, () => ({ loinc: k.loinc(g), result: k.labValue(g) })),
    notes: t`Pt seen ${formatDate(g, c.admit)}, on ${k.drugDose(g)}. ${k.eponym(g)} stable.`,
    updated_at: k.systemTimestamp(g),
  };
}

export function schedule(g: Gen, c: Cast): JsonTree {
  return {
    clinic: 'Internal Medicine East',
    provider: t`${clinicianName(g, c.attending)}`,
    appointments: Array.from({ length: g.int(2, 5) }, () => {
      const p = person(g);
      return {
        appointmentId: g.f.string.uuid(),
        patientName: nameIn(g, p, g.pick(['full', 'last_first'])),
        patientDob: formatDate(g, p.dob),
        date: isoDate(recentDate(g)),
        time: `${g.int(8, 16)}:${g.pick(['00', '30'])}`,
        reason: g.chance(0.5) ? k.eponym(g) : t`med check: ${k.drugDose(g)}`,
        callbackNumber: id.phoneValue(g),
      };
    }),
    generatedAt: k.systemTimestamp(g),
    correlationId: k.uuid(g),
    stats: { utilization: k.statistic(g) },
  };
}

export function claim(g: Gen, c: Cast): JsonTree {
  return {
    claimId: g.f.string.uuid(),
    requestId: k.uuid(g),
    formType: 'CMS-1500',
    patient: {
      name: nameIn(g, c.pt, 'upper_last_first'),
      birthDate: formatDate(g, c.pt.dob, 'us'),
      address: { street: c.addr.street, city: c.addr.city, zip: c.addr.zip, state: c.addr.state },
      accountNumber: id.accountValue(g),
    },
    insured: {
      id: g.chance(0.5) ? id.mbiValue(g) : id.memberIdValue(g),
      name: nameIn(g, c.relative, 'upper_last_first'),
    },
    diagnosisCodes: [k.icd10(g), k.icd10(g)],
    serviceLines: Array.from({ length: g.int(1, 3) }, () => ({
      dateOfService: formatDate(g, c.admit, 'us'),
      cpt: k.cpt(g),
      charge: g.int(80, 900),
      renderingNpi: id.npiValue(g),
    })),
    billingProvider: { npi: id.npiValue(g), taxonomy: '207Q00000X' },
    submittedAt: k.systemTimestamp(g),
  };
}

export function accessLog(g: Gen, c: Cast): JsonTree {
  return {
    events: Array.from({ length: g.int(2, 4) }, () => ({
      ts: k.systemTimestamp(g),
      user: id.email(g, c.attending.first, c.attending.last),
      sourceIp: id.ipValue(g),
      action: g.pick(['chart.open', 'note.sign', 'order.create']),
      patientMrn: id.mrnValue(g),
      traceId: k.uuid(g),
    })),
    devices: [
      {
        model: k.deviceName(g),
        serialNumber: id.serialValue(g),
        udi: id.udiValue(g),
        implantDate: isoDate(c.admit),
      },
    ],
    vehicle: { plate: id.plateValue(g), vin: id.vinValue(g), owner: nameIn(g, c.pt, 'full') },
    // When a patient was photographed is neither clearly PHI nor clearly system metadata: unlabeled.
    photos: [{ fileName: id.photoFile(g, c.pt.last), takenAt: k.systemTimestamp(g).value }],
    identity: g.chance(0.5)
      ? { biometricTemplateId: id.biometricValue(g) }
      : { passportOrEmployeeId: id.otherIdValue(g) },
    portalUrl: id.urlValue(g, c.pt.last),
  };
}

/** A JSON-RPC response to tools/call: prose and JSON text blocks plus structuredContent. */
export function mcpToolResult(g: Gen, c: Cast): JsonTree {
  const record = patientCamel(g, c);
  return {
    jsonrpc: '2.0',
    id: g.int(1, 999),
    result: {
      content: [
        { type: 'text', text: hpiNote(g, c) },
        { type: 'text', text: jsonText(record, g.chance(0.5) ? 2 : 0) },
      ],
      structuredContent: { patient: patientSnake(g, c), protocolVersion: k.protocolVersion(g) },
      isError: false,
    },
  };
}

/** prompts/get: a prompt template filled with a patient's details. */
export function mcpPromptGet(g: Gen, c: Cast): JsonTree {
  return {
    jsonrpc: '2.0',
    id: g.int(1, 999),
    result: {
      description: 'Discharge instructions',
      messages: [
        {
          role: 'user',
          content: {
            type: 'text',
            text: t`Write discharge instructions for ${nameIn(g, c.pt, 'full')} (DOB ${formatDate(g, c.pt.dob)}), discharged ${formatDate(g, c.discharge)} on ${k.drugDose(g)}. Caregiver: ${nameIn(g, c.relative, 'full')}, ${id.phoneValue(g)}.`,
          },
        },
      ],
    },
  };
}

/** A JSON-RPC error whose message and data carry the identifiers the lookup was for. */
export function mcpErrorResponse(g: Gen, c: Cast): JsonTree {
  return {
    jsonrpc: '2.0',
    id: g.int(1, 999),
    error: {
      code: -32602,
      message: t`No chart matches ${nameIn(g, c.pt, g.pick(['full', 'last_first']))}, DOB ${formatDate(g, c.pt.dob)}`,
      data: {
        mrn: id.mrnValue(g),
        searchedAt: k.systemTimestamp(g),
        hint: t`try ${id.mrn(g)} or ${id.ssn(g)}`,
      },
    },
  };
}

export const DEV_JSON_DOCS = {
  mcpPromptGet,
  mcpErrorResponse,
  patientCamel,
  patientSnake,
  schedule,
  claim,
  accessLog,
  mcpToolResult,
};
