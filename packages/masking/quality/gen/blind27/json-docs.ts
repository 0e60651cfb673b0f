/** Json documents of blind split 27: MCP tools/call arguments and results. SYNTHETIC DATA ONLY. */
import type { Cast } from '../cast';
import type { Gen } from '../context';
import { addDays } from '../dates';
import { type JsonTree, jsonText, keep, phi, t } from '../fragment';
import {
  accountValue,
  biometricValue,
  deaValue,
  driversLicenseValue,
  ipValue,
  mbiValue,
  memberIdValue,
  mrnValue,
  npiValue,
  otherIdValue,
  phoneValue,
  photoFile,
  plateValue,
  serialValue,
  ssnValue,
  udiValue,
  urlValue,
  vinValue,
} from '../identifiers';
import { protocolVersion, systemTimestamp, uuid, version } from '../keep-vocab';
import {
  accession,
  addr,
  ageOf27,
  claimNo,
  clock,
  cptCode,
  dev,
  doc,
  drug,
  dt,
  emailOf,
  epo,
  future,
  groupNo,
  hosp,
  icd,
  isoD,
  lab,
  labOrg,
  labRow,
  loincCode,
  nm,
  own,
  patient,
  payer,
  pharmacy,
  rx,
  snomedCode,
  staffEmail,
  stat,
  town,
  usD,
  vendor,
  vitals,
  who,
  year,
} from './vocab';

type Template = (g: Gen, c: Cast) => JsonTree;

const rpc = (g: Gen, result: JsonTree): JsonTree => ({
  jsonrpc: '2.0',
  id: g.int(1, 9999),
  result,
});

export const BLIND27_JSON_DOCS: Record<string, Template> = {
  b27_json_patient_get: (g, c) => {
    const p = patient(g, c);
    const a = addr(g, c);
    return rpc(g, {
      structuredContent: {
        patient: {
          id: uuid(g),
          name: {
            family: phi('name', p.last, 'family'),
            given: [phi('name', p.first, 'given'), phi('name', p.middle, 'given')],
          },
          birthDate: isoD(p.dob),
          age: ageOf27(p),
          gender: p.sex,
          identifiers: [
            { system: 'MRN', value: mrnValue(g) },
            { system: 'SSN', value: ssnValue(g) },
            { system: 'plan', value: g.chance(0.5) ? mbiValue(g) : memberIdValue(g), payer: payer(g) },
            { system: 'DL', value: driversLicenseValue(g), state: a.state },
          ],
          telecom: [
            { use: 'mobile', value: phoneValue(g) },
            { use: 'email', value: emailOf(g, p) },
          ],
          address: { line: [a.street], city: a.city, state: a.state, postalCode: a.zip },
          contacts: [
            {
              relationship: c.relation,
              name: nm(g, c.relative, g.pick(['full', 'last_first'])),
              phone: phoneValue(g),
            },
          ],
          generalPractitioner: doc(g, who(g, c.attending)),
          managingOrganization: hosp(g),
        },
        meta: { lastUpdated: systemTimestamp(g), source: t`${vendor(g)} FHIR ${version(g)}` },
      },
    });
  },

  b27_json_encounter_list: (g, c) => {
    const p = patient(g, c);
    const encounters = Array.from({ length: g.int(2, 4) }, () => {
      const start = addDays(c.admit, -g.int(0, 400));
      return {
        encounterId: phi('other_id', `ENC${g.digits(9)}`, 'encounter'),
        class: g.pick(['AMB', 'IMP', 'EMER']),
        period: { start: isoD(start), end: isoD(addDays(start, g.int(0, 5))) },
        location: hosp(g),
        attending: doc(g, own(g)),
        diagnoses: [
          { code: icd(g), system: 'ICD-10-CM' },
          { code: snomedCode(g), system: 'SNOMED' },
        ],
        reason: t`${epo(g)}; ${lab(g)}`,
      };
    });
    return rpc(g, {
      content: [{ type: 'text', text: t`Found ${encounters.length} encounters for ${nm(g, p, 'full')}` }],
      structuredContent: {
        patientMrn: mrnValue(g),
        dob: usD(p.dob),
        encounters,
        fetchedAt: systemTimestamp(g),
      },
    });
  },

  b27_json_appointments: (g, c) => {
    const appts = Array.from({ length: g.int(3, 5) }, () => {
      const p = g.chance(0.7) ? own(g) : c.pt;
      const when = future(g);
      return {
        appointmentId: g.chance(0.5) ? uuid(g) : phi('other_id', `A-${g.digits(8)}`, 'appointment'),
        start: t`${isoD(when)}T${String(g.int(8, 16)).padStart(2, '0')}:${g.pick(['00', '30'])}:00-05:00`,
        patient: {
          display: nm(g, p, g.pick(['full', 'last_first', 'upper'])),
          dob: dt(g, p.dob),
          phone: phoneValue(g),
        },
        provider: doc(g, own(g)),
        visitType: g.pick(['New patient', 'Follow-up', 'Procedure', 'Annual wellness']),
        reminder: t`Hi ${nm(g, p, 'first')}, see you ${dt(g, when, 'mon_day')} at ${clock(g)}.`,
        status: g.pick(['booked', 'arrived', 'noshow', 'cancelled']),
      };
    });
    return rpc(g, {
      structuredContent: {
        clinic: hosp(g),
        date: isoD(future(g)),
        appointments: appts,
        utilization: stat(g),
      },
    });
  },

  b27_json_tools_call_args: (g, c) => {
    const p = patient(g, c);
    return {
      jsonrpc: '2.0',
      id: g.int(1, 500),
      method: 'tools/call',
      params: {
        name: g.pick(['ehr.search_patients', 'scheduler.book', 'notes.create']),
        arguments: {
          query: t`${nm(g, p, g.pick(['full', 'last_first']))} DOB ${dt(g, p.dob)}`,
          ssn: ssnValue(g),
          phone: phoneValue(g),
          zip: c.addr.zip,
          note: t`Pt says ${p.sex === 'female' ? 'her' : 'his'} ${c.relation} ${nm(g, c.relative, 'first')} will drive; ${rx(g)} refill needed. ${lab(g)}.`,
          requestedBy: staffEmail(g, who(g, c.attending)),
        },
        _meta: {
          progressToken: uuid(g),
          protocolVersion: protocolVersion(g),
          client: t`proctor-cli ${version(g)}`,
        },
      },
    };
  },

  b27_json_claim_status: (g, c) => {
    const p = patient(g, c);
    const dos = c.admit;
    return rpc(g, {
      structuredContent: {
        payer: payer(g),
        claim: {
          claimNumber: claimNo(g),
          status: g.pick(['PAID', 'DENIED', 'PENDED']),
          subscriber: {
            name: nm(g, g.chance(0.5) ? p : c.relative, 'upper'),
            memberId: memberIdValue(g),
            group: groupNo(g),
          },
          patient: {
            name: nm(g, p, 'last_first'),
            dob: dt(g, p.dob, g.pick(['compact', 'us', 'iso'])),
            accountNumber: accountValue(g),
          },
          renderingProvider: { name: doc(g, who(g, c.attending)), npi: npiValue(g) },
          lines: [
            {
              cpt: cptCode(g),
              icd: [icd(g), icd(g)],
              serviceDate: isoD(dos),
              billed: g.int(100, 900),
              allowed: g.int(40, 300),
            },
            {
              cpt: cptCode(g),
              icd: [icd(g)],
              serviceDate: isoD(dos),
              billed: g.int(20, 200),
              allowed: g.int(10, 90),
            },
          ],
          remark: t`CARC 16 — missing info; resubmit by ${dt(g, addDays(dos, 90))}. Denial stats: ${stat(g)}.`,
        },
        checkedAt: systemTimestamp(g),
      },
    });
  },

  b27_json_lab_results: (g, c) => {
    const p = patient(g, c);
    const obs = Array.from({ length: g.int(3, 6) }, () => {
      const [name, value, range] = labRow(g);
      return {
        code: loincCode(g),
        display: name,
        value,
        referenceRange: range,
        flag: g.pick(['H', 'L', 'N', 'HH']),
      };
    });
    return rpc(g, {
      content: [
        {
          type: 'text',
          text: t`Results for ${nm(g, p, 'full')} (${ageOf27(p)} y), collected ${dt(g, c.admit)}: ${lab(g)}`,
        },
      ],
      structuredContent: {
        accession: accession(g),
        performingLab: labOrg(g),
        patient: { mrn: mrnValue(g), name: nm(g, p, 'hl7'), birthDate: isoD(p.dob) },
        orderedBy: { name: doc(g, who(g, c.attending)), npi: npiValue(g) },
        collected: t`${isoD(c.admit)}T07:42:00Z`,
        observations: obs,
      },
    });
  },

  b27_json_textblock_discharge: (g, c) => {
    const p = patient(g, c);
    const a = addr(g, c);
    const inner: JsonTree = {
      patient: nm(g, p, g.pick(['full', 'upper'])),
      mrn: mrnValue(g),
      admitted: isoD(c.admit),
      discharged: isoD(c.discharge),
      age: ageOf27(p),
      address: t`${a.street}, ${a.city}, ${a.state} ${a.zip}`,
      followUp: { with: doc(g, own(g)), on: dt(g, future(g)), phone: phoneValue(g) },
      medications: [rx(g), rx(g), rx(g)],
      diagnoses: [icd(g), icd(g)],
      summary: t`${epo(g)} treated; ${lab(g)} at discharge. Caregiver ${nm(g, c.relative, 'full')}.`,
    };
    return rpc(g, {
      content: [{ type: 'text', text: jsonText(inner, g.chance(0.5) ? 2 : 0) }],
      isError: false,
      _meta: { traceId: uuid(g), server: t`ehr-mcp ${version(g)}` },
    });
  },

  b27_json_device_registry: (g, c) => {
    const p = patient(g, c);
    const surgeon = who(g, c.attending);
    return rpc(g, {
      structuredContent: {
        registry: g.pick(['NCDR ICD Registry', 'TVT Registry', 'AJRR']),
        record: {
          patient: { name: nm(g, p, 'last_first'), dob: usD(p.dob), mrn: mrnValue(g), zip: addr(g, c).zip },
          implant: { model: dev(g), udi: udiValue(g), serial: serialValue(g), implantDate: isoD(c.admit) },
          implanter: { name: doc(g, surgeon), npi: npiValue(g) },
          facility: hosp(g),
          remoteMonitoring: {
            transmitterId: phi('device', `TX${g.digits(8)}`, 'transmitter'),
            lastTransmission: systemTimestamp(g),
            portal: urlValue(g, p.last),
          },
          indications: [icd(g), epo(g)],
          outcomeNote: t`${stat(g)}; recalled lead? no. Since ${year(g)}.`,
        },
      },
    });
  },

  b27_json_portal_audit: (g, c) => {
    const events = Array.from({ length: g.int(2, 4) }, () => {
      const u = g.chance(0.5) ? c.pt : own(g);
      return {
        at: systemTimestamp(g),
        user: emailOf(g, u),
        display: nm(g, u, 'full'),
        ip: ipValue(g),
        action: g.pick(['login', 'view_result', 'download_ccd', 'message_send', 'upload_photo']),
        resource: urlValue(g, u.last),
        userAgent: t`Mozilla/5.0 MyHealth/${version(g)}`,
        upload: g.chance(0.4) ? photoFile(g, u.last) : null,
      };
    });
    return rpc(g, {
      structuredContent: { tenant: hosp(g), events, retention: keep('year', String(g.int(2026, 2032))) },
    });
  },

  b27_json_referral: (g, c) => {
    const p = patient(g, c);
    const from = who(g, c.attending);
    const to = own(g);
    return {
      jsonrpc: '2.0',
      id: uuid(g),
      method: 'tools/call',
      params: {
        name: 'referrals.send',
        arguments: {
          to: { name: doc(g, to), fax: phoneValue(g, 'fax'), npi: npiValue(g), org: hosp(g) },
          from: {
            name: doc(g, from),
            phone: phoneValue(g),
            email: staffEmail(g, from),
            license: t`${g.pick(['OH', 'TX', 'WA'])} ${phi('license', `${g.letters(2)}.${g.digits(6)}`, 'state')}`,
          },
          patient: {
            name: nm(g, p, 'full'),
            dob: dt(g, p.dob),
            ssn: ssnValue(g),
            insurance: { payer: payer(g), member: memberIdValue(g) },
          },
          reason: t`${icd(g)} — ${epo(g)}; failed ${rx(g)}. Sx since ${year(g)}; lives in ${town(g)}.`,
          urgency: g.pick(['routine', 'urgent']),
          attachments: [t`${accession(g)}.pdf`, photoFile(g, p.last)],
        },
      },
    };
  },

  b27_json_rx_history: (g, c) => {
    const p = patient(g, c);
    const fills = Array.from({ length: g.int(2, 4) }, () => {
      const prescriber = own(g);
      return {
        drug: rx(g),
        filled: isoD(addDays(c.admit, -g.int(0, 300))),
        daysSupply: g.pick([30, 90]),
        prescriber: { name: doc(g, prescriber), dea: deaValue(g, prescriber.last), npi: npiValue(g) },
        pharmacy: pharmacy(g),
        rxNumber: phi('other_id', g.digits(7), 'rx_number'),
      };
    });
    return rpc(g, {
      structuredContent: {
        source: t`${vendor(g)} medication history ${version(g)}`,
        patient: {
          name: nm(g, p, 'last_first'),
          dob: isoD(p.dob),
          zip: addr(g, c).zip,
          phone: phoneValue(g),
        },
        fills,
        alerts: [t`${drug(g)} + ${drug(g)}: ${epo(g)} risk`],
      },
    });
  },

  b27_json_intake_form: (g, c) => {
    const p = patient(g, c);
    const a = addr(g, c);
    const employer = own(g);
    return rpc(g, {
      structuredContent: {
        formId: uuid(g),
        submitted: systemTimestamp(g),
        answers: {
          legalName: nm(g, p, 'full'),
          preferredName: phi('name', (p as { nick?: string }).nick ?? p.first, 'first'),
          dateOfBirth: dt(g, p.dob),
          homeAddress: t`${a.street}, ${a.city}, ${a.state} ${a.zip}`,
          cell: phoneValue(g),
          emergencyContact: t`${nm(g, c.relative, 'full')} (${c.relation}) ${phoneValue(g)}`,
          employer: t`${g.pick(['Kettleby Foods', 'Northwind Logistics', 'Granite County Schools'])}, supervisor ${nm(g, employer, 'full')}, employee ID ${otherIdValue(g)}`,
          parkingPermit: { plate: plateValue(g), vin: vinValue(g) },
          photoId: photoFile(g, p.last),
          kioskFingerprint: biometricValue(g),
          allergies: t`${drug(g)} (hives), latex`,
          currentMeds: [rx(g), rx(g)],
          conditions: t`${icd(g)}; diagnosed ${year(g)}; ${vitals(g)}`,
          smokingQuitAge: keep('age_under_90', String(g.int(18, 60))),
        },
        deviceUsed: { kiosk: phi('device', `KSK-${g.digits(5)}`, 'kiosk'), ip: ipValue(g) },
      },
    });
  },
};
