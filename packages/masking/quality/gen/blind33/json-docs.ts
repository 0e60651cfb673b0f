/**
 * Json documents of blind split 33: what EHR-facing MCP tools receive and return (tools/call
 * arguments, results with text blocks and structuredContent, resources/read of patient documents,
 * patient search, scheduling, orders, labs, medications, claims, coverage, care teams, messages),
 * in the key conventions such systems use. SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { type JsonTree, jsonText, keep, phi, t } from '../fragment';
import {
  deaValue,
  driversLicenseValue,
  ipValue,
  npiValue,
  phoneValue,
  plateValue,
  serialValue,
  ssnValue,
  udiValue,
  vinValue,
} from '../identifiers';
import { uuid, version } from '../keep-vocab';
import {
  addr33,
  ageS,
  code,
  dev,
  doc33,
  drug,
  dt,
  epo,
  handle,
  ids,
  lab,
  mail,
  md,
  nm,
  org,
  p33,
  plus,
  SIGS,
  stamp,
  stat,
  when,
} from './vocab';

type Template = (g: Gen) => JsonTree;

/** A JSON-RPC envelope around a result. */
const reply = (g: Gen, result: JsonTree): JsonTree => ({
  jsonrpc: '2.0',
  id: g.chance(0.5) ? g.int(1, 4000) : `req-${g.digits(5)}`,
  result,
});

function toolsCallSearch(g: Gen): JsonTree {
  const pt = p33(g);
  return {
    jsonrpc: '2.0',
    id: g.int(1, 900),
    method: 'tools/call',
    params: {
      name: g.pick(['ehr.search_patients', 'find_patient', 'patient_lookup']),
      arguments: {
        query: t`${g.pick(['find', 'look up', 'pull chart for'])} ${nm(g, pt, 'full')} born ${dt(g, pt.dob)} ${g.pick(['in', 'from'])} ${addr33(g).city}`,
        include_inactive: g.chance(0.3),
        limit: g.pick([5, 10, 25]),
      },
      _meta: { progressToken: uuid(g), clientVersion: version(g) },
    },
  };
}

function searchResults(g: Gen): JsonTree {
  const rows = Array.from({ length: g.int(2, 4) }, () => {
    const p = p33(g);
    const a = addr33(g);
    return {
      mrn: ids.mrn(g),
      name: nm(g, p, 'lf'),
      dob: dt(g, p.dob, 'iso'),
      sex: p.sex,
      zip: a.zip,
      city: a.city,
      phone: phoneValue(g),
      lastVisit: dt(g, when(g), 'iso'),
    };
  });
  return reply(g, {
    content: [{ type: 'text', text: jsonText({ total: rows.length, patients: rows }, g.pick([0, 2])) }],
    structuredContent: { total: rows.length, patients: rows },
    isError: false,
  });
}

function encounterNote(g: Gen): JsonTree {
  const pt = p33(g);
  const d = when(g);
  const author = doc33(g);
  return reply(g, {
    content: [
      {
        type: 'text',
        text: t`Encounter ${ids.fin(g)} — ${nm(g, pt, 'full')} (${ageS(pt)}${pt.sex})\nSeen ${dt(g, d)} by ${nm(g, author, 'full')}, NP.\nAssessment: ${code.icd(g)}; ${lab(g)}.\nPlan: ${drug(g)} ${g.pick(SIGS)}. RTC ${md(g, plus(d, 14))}.\nPt cell ${phoneValue(g)}.`,
      },
    ],
    structuredContent: {
      encounter_id: ids.fin(g),
      patient_mrn: ids.mrn(g),
      author_npi: npiValue(g),
      facility: org.hosp(g),
      signed_at: stamp(g),
    },
  });
}

function medicationList(g: Gen): JsonTree {
  const rx = doc33(g);
  const prescriber = { name: nm(g, rx, 'full'), npi: npiValue(g), dea: deaValue(g, rx.last) };
  const meds = Array.from({ length: g.int(2, 4) }, () => ({
    medication: drug(g),
    sig: g.pick(SIGS),
    ndc: keep(
      'clinical_code',
      `${g.pick(['0378', '68180', '0093', '16729'])}-${g.digits(4)}-${g.digits(2)}`,
      'NDC',
    ),
    prescriber,
    pharmacy: org.pharm(g),
    lastFilled: dt(g, when(g), 'iso'),
  }));
  const pt = p33(g);
  const mrn = ids.mrn(g);
  return reply(g, {
    content: [{ type: 'text', text: jsonText({ patient: nm(g, pt, 'lf'), MRN: mrn, meds }, 2) }],
    structuredContent: { patientId: mrn, medications: meds },
  });
}

function labResults(g: Gen): JsonTree {
  const pt = p33(g);
  const d = when(g);
  const mrn = ids.mrn(g);
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    entry: Array.from({ length: g.int(2, 3) }, () => ({
      resource: {
        resourceType: 'Observation',
        id: uuid(g),
        code: { coding: [{ system: 'http://loinc.org', code: code.loinc(g) }] },
        subject: { reference: t`Patient/${mrn}`, display: nm(g, pt, 'full') },
        effectiveDateTime: dt(g, d, 'iso'),
        valueString: lab(g),
        performer: [{ display: org.lab(g) }, { display: nm(g, doc33(g), 'full') }],
        identifier: [{ system: 'urn:accession', value: ids.accession(g) }],
        meta: { lastUpdated: stamp(g) },
      },
    })),
  };
}

function resourceRead(g: Gen): JsonTree {
  const pt = p33(g);
  const m = ids.mrn(g);
  const a = when(g);
  return reply(g, {
    contents: [
      {
        uri: t`ehr://patients/${phi('mrn', m.value)}/documents/${ids.order(g)}`,
        mimeType: 'text/plain',
        text: t`DISCHARGE INSTRUCTIONS\n${nm(g, pt, 'LF')}  MRN ${m}\nAdmit ${dt(g, a)}  D/C ${dt(g, plus(a, g.int(2, 6)))}\nTake ${drug(g)} ${g.pick(SIGS)}. Watch for ${epo(g)} signs.\nHome: ${addr33(g).street}\nQuestions: nurse line ${phoneValue(g)}; your nurse was ${nm(g, doc33(g), 'il')}.`,
      },
    ],
  });
}

function scheduling(g: Gen): JsonTree {
  const pt = p33(g);
  const prov = doc33(g);
  const d = when(g);
  const appt = {
    AppointmentID: ids.order(g),
    PatientName: nm(g, pt, 'full'),
    PatientDOB: dt(g, pt.dob, 'us'),
    HomePhone: phoneValue(g),
    Email: mail(g, pt),
    Provider: t`${nm(g, prov, 'lf')}, MD`,
    ProviderNPI: npiValue(g),
    StartDate: dt(g, d, 'us'),
    StartTime: `${g.int(8, 16)}:${g.pick(['00', '15', '30', '45'])}`,
    VisitType: g.pick(['NEW PT', 'F/U 20', 'TELEHEALTH', 'POST-OP']),
    Reason: t`${code.icd(g)} f/u, bring ${dev(g)} readings`,
    Location: org.hosp(g),
  };
  return reply(g, {
    content: [{ type: 'text', text: jsonText({ Appointment: appt }, g.pick([0, 2])) }],
    structuredContent: { Appointment: appt },
  });
}

function orderCreate(g: Gen): JsonTree {
  const pt = p33(g);
  const by = doc33(g);
  return {
    method: 'tools/call',
    params: {
      name: 'orders.create',
      arguments: {
        patient_mrn: ids.mrn(g),
        patient_name: nm(g, pt, 'LF'),
        encounter_csn: ids.fin(g),
        order_type: g.pick(['lab', 'imaging', 'medication']),
        order_code: g.chance(0.5) ? code.cpt(g) : code.loinc(g),
        medication: drug(g),
        diagnosis_codes: [code.icd(g), code.icd(g)],
        priority: g.pick(['STAT', 'routine', 'ASAP']),
        ordering_provider: { display: nm(g, by, 'full'), npi: npiValue(g), user: handle(g, by) },
        scheduled_for: dt(g, when(g), 'iso'),
        comment: t`pt ${g.pick(['prefers AM', 'needs interpreter', 'call wife'])} ${phoneValue(g)}`,
      },
    },
  };
}

function claim837(g: Gen): JsonTree {
  const pt = p33(g);
  const bill = doc33(g);
  const dos = when(g);
  const a = addr33(g);
  const claim = {
    claimId: ids.claim(g),
    payer: org.payer(g),
    subscriber: {
      name: nm(g, pt, 'hl7'),
      memberId: ids.member(g),
      groupNumber: ids.group(g),
      dob: dt(g, pt.dob, 'compact'),
      address: { line1: a.street, city: a.city, state: a.state, postalCode: a.zip },
    },
    patientAccountNumber: ids.fin(g),
    billingProvider: { name: nm(g, bill, 'full'), npi: npiValue(g), taxonomy: '207R00000X' },
    serviceLines: [
      {
        cpt: code.cpt(g),
        icd10: code.icd(g),
        dateOfService: dt(g, dos, 'compact'),
        charge: `${g.int(90, 4800)}.00`,
      },
      {
        cpt: code.cpt(g),
        icd10: code.icd(g),
        dateOfService: dt(g, plus(dos, 1), 'compact'),
        charge: `${g.int(90, 900)}.00`,
      },
    ],
    submittedAt: stamp(g),
  };
  return reply(g, {
    content: [{ type: 'text', text: jsonText(claim, g.pick([0, 2])) }],
    structuredContent: claim,
  });
}

function eligibility(g: Gen): JsonTree {
  const pt = p33(g);
  return reply(g, {
    structuredContent: {
      coverage: {
        status: 'active',
        payor: org.payer(g),
        subscriber_id: ids.member(g),
        medicare_mbi: phi(
          'health_plan',
          `${g.int(1, 9)}${g.letters(2, 'ACDEFGHJKMNPQRTUVWXY')}${g.digits(1)}-${g.letters(2, 'ACDEFGHJKMNPQRTUVWXY')}${g.digits(1)}-${g.letters(2, 'ACDEFGHJKMNPQRTUVWXY')}${g.digits(2)}`,
          'mbi',
        ),
        beneficiary: {
          first_name: phi('name', pt.first),
          last_name: phi('name', pt.last),
          birth_date: dt(g, pt.dob, 'iso'),
          age: ageS(pt),
        },
        ssn: ssnValue(g),
        period: { start: dt(g, when(g), 'iso'), end: null },
        copay: `$${g.int(0, 75)}`,
      },
      checked_at: stamp(g),
      vendor: org.vendor(g),
    },
  });
}

function careTeam(g: Gen): JsonTree {
  const pt = p33(g);
  const members = Array.from({ length: g.int(2, 4) }, () => {
    const m = doc33(g);
    return {
      role: g.pick(['PCP', 'Attending', 'Case Manager', 'Primary RN', 'Dietitian']),
      name: nm(g, m, g.pick(['full', 'lf'] as const)),
      phone: phoneValue(g),
      pager: g.chance(0.5) ? phoneValue(g) : null,
      email: mail(g, m),
      license: g.chance(0.5) ? npiValue(g) : null,
    };
  });
  const mrn = ids.mrn(g);
  return reply(g, {
    content: [
      {
        type: 'text',
        text: t`Care team for ${nm(g, pt, 'full')} (MRN ${mrn}): ${members.length} members.`,
      },
    ],
    structuredContent: { patient: { id: mrn, name: nm(g, pt, 'lf') }, careTeam: members },
  });
}

function messageThread(g: Gen): JsonTree {
  const pt = p33(g);
  const a = doc33(g);
  const b = doc33(g);
  return reply(g, {
    content: [
      {
        type: 'text',
        text: jsonText(
          {
            thread_id: uuid(g),
            subject: t`${nm(g, pt, 'il')} - ${g.pick(['abnormal K', 'needs PT eval', 'family meeting'])}`,
            messages: [
              {
                from: handle(g, a),
                sent: stamp(g),
                body: t`${lab(g)} for ${nm(g, pt, 'full')} rm ${g.int(200, 699)}, repleting w ${drug(g)}`,
              },
              {
                from: handle(g, b),
                sent: stamp(g),
                body: t`ok. family (${nm(g, p33(g), 'full')}) coming ${md(g, when(g))}, cb ${phoneValue(g)}`,
              },
            ],
          },
          g.pick([0, 2]),
        ),
      },
    ],
  });
}

function identityAudit(g: Gen): JsonTree {
  const pt = p33(g);
  const staff = doc33(g);
  return {
    event: 'patient.identity.verified',
    ts: stamp(g),
    actor: { user: handle(g, staff), ip: ipValue(g), workstation_ip: ipValue(g) },
    patient: {
      mrn: ids.mrn(g),
      fullName: nm(g, pt, 'full'),
      drivers_license: driversLicenseValue(g),
      photo: phi('photo', `pt_photos/${g.digits(8)}_front.jpg`),
      biometric: {
        type: 'fingerprint',
        templateRef: phi('biometric', `FP${g.digits(3)}-${g.letters(4)}-${g.digits(4)}`),
      },
    },
    kiosk: { device_serial: serialValue(g), model: dev(g) },
    app_version: version(g),
  };
}

function transportBooking(g: Gen): JsonTree {
  const pt = p33(g);
  const a = addr33(g);
  const d = when(g);
  return {
    tool: 'transport.book_ride',
    input: {
      member: { name: nm(g, pt, 'full'), memberNumber: ids.member(g), phone: phoneValue(g) },
      pickup: {
        address: t`${a.street}, ${a.city}, ${a.state} ${a.zip}`,
        date: dt(g, d, 'us'),
        time: `${g.int(6, 11)}:${g.pick(['00', '30'])}`,
      },
      dropoff: org.hosp(g),
      mobility: g.pick(['ambulatory', 'wheelchair', 'stretcher']),
    },
    output: {
      confirmation: ids.ticket(g),
      driver: nm(g, p33(g), 'full'),
      vehicle: { vin: vinValue(g), plate: plateValue(g) },
      trackingUrl: phi(
        'url',
        `https://rides.example.com/track/${g.digits(6)}?m=${pt.last.toLowerCase().replace(/[^a-z]/g, '')}`,
      ),
    },
  };
}

function deviceRegistry(g: Gen): JsonTree {
  const pt = p33(g);
  return reply(g, {
    structuredContent: {
      implants: [
        {
          device: dev(g),
          udi: udiValue(g),
          serialNumber: serialValue(g),
          implantDate: dt(g, when(g), 'iso'),
          implantingPhysician: nm(g, doc33(g), 'lf'),
          eponymousFinding: epo(g),
        },
      ],
      patient: {
        mrn: ids.mrn(g),
        name: nm(g, pt, 'full'),
        portal: phi('url', `https://portal.harrowgate.example/patients/${g.digits(7)}`),
      },
      remoteMonitoring: { lastTransmission: stamp(g), gatewayIp: ipValue(g) },
      census: stat(g),
    },
  });
}

export const BLIND33_JSON_DOCS: Record<string, Template> = {
  b33_tools_call_patient_search: toolsCallSearch,
  b33_patient_search_results: searchResults,
  b33_encounter_note_result: encounterNote,
  b33_medication_list_result: medicationList,
  b33_fhir_lab_bundle: labResults,
  b33_resources_read_instructions: resourceRead,
  b33_appointment_result: scheduling,
  b33_orders_create_call: orderCreate,
  b33_claim_result: claim837,
  b33_eligibility_result: eligibility,
  b33_care_team_result: careTeam,
  b33_message_thread_result: messageThread,
  b33_identity_audit_event: identityAudit,
  b33_transport_booking: transportBooking,
  b33_implant_registry_result: deviceRegistry,
};
