/**
 * Json documents of blind split 37: records as an EHR MCP server returns them (tool results
 * with JSON text blocks, structured content and tool-call arguments), every Safe Harbor
 * identifier type in about equal measure. SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { type JsonTree, jsonText, keep, phi, t } from '../fragment';
import { RELATIONS, V } from './vocab';

type Template = (g: Gen) => JsonTree;

function result(g: Gen, v: V, body: JsonTree, pretty = g.chance(0.5)): JsonTree {
  return {
    jsonrpc: '2.0',
    id: g.int(1, 9999),
    result: {
      content: [{ type: 'text', text: jsonText(body, pretty ? 2 : 0) }],
      isError: false,
      _meta: { requestedAt: v.ts(), server: 'ehr-gateway', serverVersion: v.version() },
    },
  };
}

function b37jPatientSearch(g: Gen): JsonTree {
  const v = new V(g);
  const hits: JsonTree[] = [];
  for (let i = 0; i < g.int(1, 3); i++) {
    const p = v.person();
    hits.push({
      id: v.uuid(),
      name: p.lastFirst(),
      mrn: v.mrn(),
      birthDate: v.date(v.birth(g.chance(0.3)), 'iso'),
      phone: phi('phone', `${g.int(2, 9)}${g.digits(2)}-${g.int(2, 9)}${g.digits(2)}-${g.digits(4)}`),
      address: { line: v.street(), city: v.town(), state: v.state(), postalCode: v.zip() },
      lastUpdated: v.ts(),
    });
  }
  return result(g, v, { total: hits.length, patients: hits });
}

function b37jDemographics(g: Gen): JsonTree {
  const v = new V(g);
  const p = v.person();
  const ec = v.person();
  const old = g.chance(0.35);
  const [dl, st] = v.driverLicense();
  return result(g, v, {
    resourceType: 'Patient',
    id: v.uuid(),
    identifier: [
      { system: 'urn:mrn', value: v.mrn() },
      { system: 'http://hl7.org/fhir/sid/us-ssn', value: v.ssnBare() },
      { system: `urn:dl:${st.toLowerCase()}`, value: dl },
    ],
    name: [{ family: p.lastOnly(), given: [p.firstOnly()] }],
    birthDate: v.date(v.birth(old), 'iso'),
    age: old ? phi('age', String(g.int(90, 104))) : keep('age_under_90', String(g.int(18, 89))),
    telecom: [
      { system: 'phone', use: 'mobile', value: v.phone(undefined, false) },
      { system: 'email', value: v.email(p) },
      { system: 'fax', value: v.phone('fax', false) },
    ],
    address: [{ line: [v.street()], city: v.town(), district: v.county(), state: st, postalCode: v.zip() }],
    contact: [{ relationship: g.pick(RELATIONS), name: ec.full(), telecom: v.phone() }],
    photo: [{ title: v.photoFile(p), note: t`full-face photograph on file ${v.photoId()}` }],
    meta: { lastUpdated: v.ts(), versionId: v.version() },
  });
}

function b37jCoverage(g: Gen): JsonTree {
  const v = new V(g);
  const p = v.person();
  const sub = v.person();
  return result(g, v, {
    resourceType: 'Coverage',
    payor: v.org(),
    beneficiary: p.full(),
    subscriber: sub.lastFirst(),
    subscriberId: v.member(),
    group: v.group(),
    medicareMbi: g.chance(0.5) ? v.mbi() : undefined,
    period: { start: v.date(v.recent(), 'iso'), end: v.date(v.recent(), 'iso') },
    payorPhone: v.phone(),
    relationship: g.pick(['self', 'spouse', 'child']),
    note: t`Verified by ${v.person().full()} on ${v.date(v.recent())}; claim ${v.claim()} pending.`,
  });
}

function b37jEncounterNote(g: Gen): JsonTree {
  const v = new V(g);
  const p = v.person();
  const md = v.person();
  const d = v.recent();
  return result(g, v, {
    encounterId: v.account(),
    patient: { name: p.full(), mrn: v.mrn() },
    provider: { name: md.full(), npi: v.npi(), dea: v.dea(md.last) },
    date: v.date(d, 'iso'),
    note: t`${p.firstOnly()} is a ${g.chance(0.4) ? v.oldAge() : v.youngAge()} seen ${v.date(d)} for ${v.eponym()}. ${v.lab()}. Continue ${v.drug()}. Lives at ${v.address()}; ${g.pick(RELATIONS)} ${v.person().full()} (${v.phone()}) helps at home.`,
    diagnoses: [v.code(), v.code()],
    signedAt: v.ts(d),
  });
}

function b37jDeviceRegistry(g: Gen): JsonTree {
  const v = new V(g);
  const p = v.person();
  const d = v.recent();
  return result(g, v, {
    registry: 'implants',
    entries: [
      {
        patient: p.any(),
        mrn: v.mrn(),
        device: v.deviceName(),
        udi: v.udi(),
        serialNumber: v.serial(),
        implantDate: v.date(d),
        surgeon: { name: v.person().full(), npi: v.npi() },
        homeMonitor: { mac: v.mac(), lastIp: v.ip(), firmware: v.version() },
        code: v.code(),
      },
    ],
    siteVolume: v.stat(),
  });
}

function b37jTelehealthLog(g: Gen): JsonTree {
  const v = new V(g);
  const p = v.person();
  const clin = v.person();
  const d = v.recent();
  return result(g, v, {
    sessionId: v.uuid(),
    start: v.ts(d),
    participants: [
      {
        role: 'patient',
        name: p.full(),
        ip: v.ip(),
        joinUrl: v.url(p),
        location: { city: v.town(), county: v.county() },
      },
      { role: 'clinician', name: clin.full(), ip: v.ip(), license: v.stateLicense() },
    ],
    identityCheck: { voiceprintId: v.biometric(), photoRef: v.photoId() },
    callback: v.phone(),
    summary: t`Visit with ${p.any()} on ${v.date(d)}: ${v.code()}, start ${v.drug()}.`,
  });
}

function b37jVehicleParking(g: Gen): JsonTree {
  const v = new V(g);
  const p = v.person();
  const st = v.state();
  return result(g, v, {
    permitId: v.caseNo(),
    holder: p.lastFirst(),
    mrn: v.mrn(),
    vehicle: { vin: v.vin(), plate: v.plate(), plateState: st, year: g.int(2008, 2025) },
    validFrom: v.date(v.recent(), 'iso'),
    validTo: v.date(v.recent()),
    phone: v.phone(),
    email: v.email(p),
  });
}

function b37jRoi(g: Gen): JsonTree {
  const v = new V(g);
  const p = v.person();
  const req = v.person();
  const d = v.recent();
  return result(g, v, {
    requestId: v.caseNo(),
    patient: { name: p.full(), dob: v.date(v.birth()), ssn: v.ssnBare(), mrn: v.mrn() },
    requester: { name: req.full(), address: v.address(), fax: v.phone('fax', false), email: v.email(req) },
    received: v.date(d),
    items: ['progress notes', 'imaging', 'photographs'],
    photos: [v.photoFile(p), v.photoFile(p)],
    statusUpdated: v.ts(d),
  });
}

function b37jPortalAccount(g: Gen): JsonTree {
  const v = new V(g);
  const p = v.person();
  const proxy = v.person();
  return result(g, v, {
    accountId: v.account(),
    username: v.email(p),
    profileUrl: v.url(p),
    mobile: v.phone(undefined, false),
    lastLogins: [
      { at: v.ts(), ip: v.ip() },
      { at: v.ts(), ip: v.ip() },
    ],
    proxies: [{ name: proxy.full(), relation: g.pick(RELATIONS), since: v.date(v.recent()) }],
    biometricLogin: { enrolled: true, templateId: v.biometric() },
    employer: { name: v.org(), employeeId: v.employee() },
    student: g.chance(0.5) ? { studentId: v.student() } : undefined,
  });
}

/** A tools/call request whose arguments carry identifiers (not a text block). */
function b37jToolCall(g: Gen): JsonTree {
  const v = new V(g);
  const p = v.person();
  const [dl] = v.driverLicense();
  return {
    jsonrpc: '2.0',
    id: g.int(1, 9999),
    method: 'tools/call',
    params: {
      name: g.pick(['create_dme_order', 'submit_prior_auth', 'register_patient']),
      arguments: {
        patientName: p.any(),
        dateOfBirth: v.date(v.birth()),
        ssn: v.ssnBare(),
        memberId: v.member(),
        driverLicense: dl,
        item: v.deviceName(),
        hcpcs: v.code(),
        shipTo: v.address(),
        notes: t`Call ${p.firstOnly()} at ${v.phone()} before delivery; gate code near ${v.town()}. Current ${v.drug()}; ${v.lab()}.`,
        vehicleForPickup: g.chance(0.5) ? v.plate() : v.vin(),
      },
    },
  };
}

/** Structured content plus a free-text summary block (text not JSON). */
function b37jClaimStatus(g: Gen): JsonTree {
  const v = new V(g);
  const p = v.person();
  const d = v.recent();
  return {
    jsonrpc: '2.0',
    id: g.int(1, 9999),
    result: {
      content: [
        {
          type: 'text',
          text: t`Claim ${v.claim()} for ${p.full()} (member ${v.member()}) was ${g.pick(['paid', 'denied', 'pended'])} on ${v.date(d)}.`,
        },
      ],
      structuredContent: {
        claimId: v.claim(),
        patientAccount: v.account(),
        serviceDate: v.date(d, 'iso'),
        billingProvider: { org: v.org(), npi: v.npi() },
        lines: [{ code: v.code(), units: g.int(1, 4) }],
        payerStat: v.stat(),
      },
    },
  };
}

export const BLIND37_JSON_DOCS: Record<string, Template> = {
  b37jPatientSearch,
  b37jDemographics,
  b37jCoverage,
  b37jEncounterNote,
  b37jDeviceRegistry,
  b37jTelehealthLog,
  b37jVehicleParking,
  b37jRoi,
  b37jPortalAccount,
  b37jToolCall,
  b37jClaimStatus,
};
