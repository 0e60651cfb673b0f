/** Json documents of blind split 34: MCP tool calls, results and records. SYNTHETIC DATA ONLY. */
import type { Gen } from '../context';
import { type JsonTree, jsonText, keep, phi, t } from '../fragment';
import { deaValue, npiValue, ssn, ssnValue, udiValue, vinValue } from '../identifiers';
import {
  acct34,
  addr,
  ageKeep,
  bio34,
  birth,
  CLINICS,
  cpt,
  deviceName,
  drug,
  dt,
  EMPLOYERS,
  email34,
  eponym,
  fullName,
  handle,
  icd,
  inmate,
  ip34,
  isoD,
  LABS,
  lab,
  loinc,
  member34,
  mrn34,
  nameAny,
  ndc,
  nick,
  org,
  PAYERS,
  PHARMACIES,
  passport,
  person,
  phone34,
  photo34,
  plus,
  recent,
  rxnorm,
  serial34,
  snomed,
  stamp,
  statistic,
  url34,
  uuid,
  version,
  year,
  zip34,
} from './vocab';

type Template = (g: Gen) => JsonTree;

const old = (g: Gen): number => (g.chance(0.3) ? g.int(90, 102) : g.int(18, 89));
const rpc = (g: Gen, result: JsonTree): JsonTree => ({ jsonrpc: '2.0', id: g.int(1, 9999), result });
const call = (g: Gen, name: string, args: JsonTree): JsonTree => ({
  jsonrpc: '2.0',
  id: g.int(1, 9999),
  method: 'tools/call',
  params: { name, arguments: args },
});

export const BLIND34_JSON_DOCS: Record<string, Template> = {
  b34SearchPatientsCall: (g) => {
    const p = person(g);
    const age = old(g);
    return call(g, g.pick(['ehr.search_patients', 'patient_lookup', 'searchPatients']), {
      query: g.pick([
        () => t`${phi('name', `${p.last}, ${p.first}`)} dob ${dt(g, birth(g, age))}`,
        () =>
          t`${phi('name', `${p.first} ${p.last}`.toLowerCase())} ${phi('geo', addr(g).city.toLowerCase())}`,
        () => t`pt ${phi('name', nick(p))} ${phi('name', p.last)} phone ${phone34(g)}`,
      ])(),
      filters: {
        birthDate: isoD(birth(g, age)),
        postalCode: zip34(g),
        facility: org(g, CLINICS),
        includeInactive: g.chance(0.5),
      },
      limit: g.pick([5, 10, 25]),
      requestedBy: handle(g, person(g)),
    });
  },

  b34SearchPatientsResult: (g) => {
    const matches = Array.from({ length: g.int(1, 3) }, () => {
      const p = person(g);
      const a = addr(g);
      const age = old(g);
      return {
        patientId: uuid(g),
        mrn: mrn34(g),
        name: phi('name', fullName(p)),
        dob: isoD(birth(g, age)),
        age: ageKeep(age),
        city: phi('geo', a.city),
        zip: a.zip,
        score: Number((g.int(60, 99) / 100).toFixed(2)),
      };
    });
    return rpc(g, {
      content: [{ type: 'text', text: jsonText({ matches }) }],
      structuredContent: { matches, total: matches.length, engineVersion: version(g) },
      isError: false,
    });
  },

  b34ReadChartResult: (g) => {
    const p = person(g);
    const a = addr(g);
    const rel = person(g);
    const age = old(g);
    const encounters = Array.from({ length: g.int(1, 3) }, () => {
      const d = recent(g);
      return {
        encounterId: uuid(g),
        type: g.pick(['office', 'telehealth', 'urgent']),
        date: isoD(d),
        provider: { name: phi('name', fullName(person(g))), npi: npiValue(g) },
        dx: [icd(g), icd(g)],
        note: t`${g.pick(['Seen for', 'F/u'])} ${eponym(g)}; ${lab(g)}; started ${drug(g)}. Next visit ${dt(g, plus(d, 30))}.`,
        billingAccount: acct34(g),
      };
    });
    return rpc(g, {
      content: [
        { type: 'text', text: t`Chart for ${phi('name', fullName(p))} (${encounters.length} encounters)` },
      ],
      structuredContent: {
        patient: {
          id: uuid(g),
          mrn: mrn34(g),
          name: { given: phi('name', p.first), family: phi('name', p.last), preferred: phi('name', nick(p)) },
          birthDate: isoD(birth(g, age)),
          ageYears: ageKeep(age),
          address: {
            line1: phi('street_address', a.street),
            city: phi('geo', a.city),
            state: a.state,
            zip: a.zip,
          },
          telecom: [
            { system: 'phone', use: 'mobile', value: phone34(g) },
            { system: 'email', value: email34(g, p) },
          ],
          contacts: [
            {
              relationship: g.pick(['daughter', 'spouse', 'POA']),
              name: phi('name', fullName(rel)),
              phone: phone34(g),
            },
          ],
        },
        encounters,
        lastUpdated: stamp(g),
      },
    });
  },

  b34WriteNoteCall: (g) => {
    const p = person(g);
    const d = recent(g);
    return call(g, 'write_clinical_note', {
      patient_id: uuid(g),
      mrn: mrn34(g),
      note_type: g.pick(['progress', 'procedure', 'telephone']),
      service_date: isoD(d),
      author: phi('name', fullName(person(g))),
      body: t`${g.pick(['Called', 'Spoke with'])} ${phi('name', fullName(p))} re ${eponym(g)}. ${p.sex === 'f' ? 'She' : 'He'} reports flare since ${dt(g, plus(d, -g.int(2, 14)), 'mon_day')}. ${lab(g)}. Increase ${drug(g)}. Pt's ${g.pick(['son', 'wife', 'caregiver'])} ${phi('name', person(g).first)} will pick up at ${org(g, PHARMACIES)}. Callback ${phone34(g)}.`,
      codes: { icd10: [icd(g)], cpt: [cpt(g)] },
    });
  },

  b34ScheduleExport: (g) => {
    const appts = Array.from({ length: g.int(2, 5) }, () => {
      const p = person(g);
      const d = recent(g);
      return {
        appt_id: g.int(100000, 999999),
        patient_name: nameAny(g, p),
        mrn: mrn34(g),
        dob: dt(g, birth(g, old(g)), g.pick(['us', 'iso'])),
        appt_date: dt(g, d, g.pick(['us', 'iso', 'dash'])),
        appt_time: `${g.int(7, 16)}:${g.pick(['00', '20', '40'])}`,
        provider: phi('name', `${person(g).last}, ${person(g).first}`),
        location: org(g, CLINICS),
        room: `Exam ${g.int(1, 12)}`,
        cell_phone: phone34(g),
        reason: g.pick([
          'HD chair change',
          'stent removal',
          'DOT physical',
          'mole check',
          'gout f/u',
          'hearing aid fitting',
        ]),
        cpt: cpt(g),
      };
    });
    return rpc(g, {
      content: [],
      structuredContent: { appointments: appts, exported_at: stamp(g), page: 1 },
    });
  },

  b34ResourceReadSummary: (g) => {
    const p = person(g);
    const id = g.f.string.uuid();
    const age = old(g);
    const doc = {
      resourceType: 'PatientSummary',
      subject: { display: phi('name', fullName(p)), mrn: mrn34(g) },
      age: ageKeep(age),
      problems: [
        { code: icd(g), text: eponym(g) },
        { code: snomed(g), text: 'chronic kidney disease stage 5D' },
      ],
      medications: [{ text: drug(g), rxnorm: rxnorm(g) }],
      careTeam: [phi('name', fullName(person(g))), phi('name', fullName(person(g)))],
      insurer: org(g, PAYERS),
      generated: stamp(g),
    };
    return rpc(g, {
      contents: [
        {
          uri: t`ehr://patients/${keep('uuid', id)}/summary`,
          mimeType: 'application/json',
          text: jsonText(doc, g.pick([0, 2])),
        },
      ],
    });
  },

  b34ClaimPascal: (g) => {
    const p = person(g);
    const sub = g.chance(0.5) ? p : person(g);
    const a = addr(g);
    const d = recent(g);
    return {
      ClaimId: uuid(g),
      Payer: org(g, PAYERS),
      Subscriber: {
        Name: phi('name', `${sub.last}, ${sub.first}`),
        MemberId: member34(g),
        GroupNumber: `GRP-${g.digits(5)}`,
        SSN: ssnValue(g),
        Employer: org(g, EMPLOYERS),
      },
      Patient: {
        Name: phi('name', fullName(p)),
        BirthDate: dt(g, birth(g, old(g)), 'us'),
        Address: {
          Street: phi('street_address', a.street),
          City: phi('geo', a.city),
          State: a.state,
          Zip: a.zip,
        },
        AccountNumber: acct34(g),
      },
      BillingProvider: { Org: org(g, CLINICS), NPI: npiValue(g) },
      ServiceLines: Array.from({ length: g.int(1, 3) }, (_, i) => ({
        Line: i + 1,
        ServiceDate: dt(g, plus(d, i), 'iso'),
        Cpt: cpt(g),
        Dx: icd(g),
        Ndc: g.chance(0.4) ? ndc(g) : undefined,
        Charge: g.int(80, 4200),
      })),
      ReceivedAt: stamp(g),
    };
  },

  b34SummarizeResult: (g) => {
    const p = person(g);
    const d = recent(g);
    const age = old(g);
    const text = t`Summary: ${phi('name', fullName(p))}, ${ageKeep(age)}, admitted ${dt(g, d)} to ${org(g, CLINICS)} with ${eponym(g)}. Treated with ${drug(g)}; ${lab(g)}. Discharged ${dt(g, plus(d, g.int(2, 8)))} to home with ${g.pick(['daughter', 'son', 'wife'])} ${phi('name', person(g).first)}. Follow-up with Dr. ${phi('name', person(g).last)}.`;
    return rpc(g, {
      content: [{ type: 'text', text }],
      structuredContent: {
        summary: text,
        patientAge: ageKeep(age),
        keyCodes: [icd(g), loinc(g)],
        model: { name: 'summarizer', version: version(g) },
        statistics: statistic(g),
      },
    });
  },

  b34KebabContactCard: (g) => {
    const p = person(g);
    const a = addr(g);
    return {
      'record-id': uuid(g),
      'patient-name': phi('name', fullName(p)),
      'date-of-birth': dt(g, birth(g, old(g)), g.pick(['us', 'iso', 'long'])),
      'home-address': {
        'street-line': phi('street_address', a.street),
        city: phi('geo', a.city),
        county: phi('geo', a.county),
        state: a.state,
        'postal-code': a.zip,
      },
      'emergency-contacts': Array.from({ length: g.int(1, 3) }, () => {
        const r = person(g);
        return {
          name: phi('name', fullName(r)),
          relation: g.pick(['daughter', 'son', 'neighbor', 'brother-in-law', 'guardian']),
          'phone-mobile': phone34(g),
          'phone-work': g.chance(0.4) ? phone34(g) : undefined,
          email: g.chance(0.5) ? email34(g, r) : undefined,
        };
      }),
      'preferred-pharmacy': { name: org(g, PHARMACIES), fax: phone34(g, 'fax') },
      'last-updated': stamp(g),
    };
  },

  b34AbbrevLabFeed: (g) => {
    const p = person(g);
    const d = recent(g);
    return {
      msg_typ: 'ORU',
      pt: {
        nm: phi('name', `${p.last.toUpperCase()}^${p.first.toUpperCase()}`),
        dob: phi('date', birth(g, old(g)).toISOString().slice(0, 10).replaceAll('-', ''), 'compact'),
        mrn: mrn34(g),
        sx: p.sex.toUpperCase(),
        ph: phone34(g),
      },
      ord_dr: { nm: phi('name', `${person(g).last}, ${person(g).first[0]}`), npi: npiValue(g) },
      perf_lab: org(g, LABS),
      coll_dt: isoD(d),
      res: Array.from({ length: g.int(2, 4) }, () => ({
        loinc: loinc(g),
        txt: lab(g),
        flg: g.pick(['H', 'L', 'N', '']),
      })),
      rcvd_ts: stamp(g),
      lis_ver: version(g),
    };
  },

  b34FhirPatient: (g) => {
    const p = person(g);
    const a = addr(g);
    return {
      resourceType: 'Patient',
      id: uuid(g),
      meta: { lastUpdated: stamp(g), versionId: String(g.int(1, 30)) },
      identifier: [
        { system: 'urn:oid:2.16.840.1.113883.4.1', value: ssnValue(g) },
        { type: { text: 'MRN' }, value: mrn34(g) },
        { type: { text: 'Medicaid' }, value: member34(g) },
        { type: { text: 'Passport' }, value: passport(g) },
      ],
      name: [
        {
          family: phi('name', p.last),
          given: [phi('name', p.first)],
          suffix: p.suffix ? [p.suffix] : undefined,
        },
      ],
      telecom: [
        { system: 'phone', value: phone34(g) },
        { system: 'email', value: email34(g, p) },
      ],
      birthDate: isoD(birth(g, old(g))),
      deceasedDateTime: g.chance(0.15) ? isoD(recent(g)) : undefined,
      address: [
        {
          line: [phi('street_address', a.street)],
          city: phi('geo', a.city),
          district: phi('geo', a.county),
          state: a.state,
          postalCode: a.zip,
        },
      ],
      photo: [{ contentType: 'image/jpeg', url: photo34(g, p) }],
      managingOrganization: { display: org(g, CLINICS) },
    };
  },

  b34AuditLogList: (g) => {
    const events = Array.from({ length: g.int(2, 5) }, () => {
      const u = person(g);
      return {
        ts: stamp(g),
        user: handle(g, u),
        display_name: phi('name', fullName(u)),
        src_ip: ip34(g),
        action: g.pick(['chart.read', 'note.write', 'rx.send', 'export.csv']),
        patient_mrn: mrn34(g),
        session: uuid(g),
      };
    });
    return rpc(g, {
      content: [{ type: 'text', text: jsonText({ events }, 2) }],
      structuredContent: { events, gateway: version(g) },
    });
  },

  b34PriorAuthSubmit: (g) => {
    const p = person(g);
    const doc = person(g);
    return call(g, 'submit_prior_auth', {
      Member: {
        FullName: phi('name', fullName(p)),
        DOB: dt(g, birth(g, old(g)), 'us'),
        MemberID: member34(g),
      },
      Prescriber: {
        Name: phi('name', fullName(doc)),
        NPI: npiValue(g),
        DEA: deaValue(g, doc.last),
        Fax: phone34(g, 'fax'),
      },
      Medication: { Item: drug(g), NDC: ndc(g), RxCUI: rxnorm(g) },
      Diagnosis: [icd(g)],
      Justification: t`Failed ${drug(g)} (${year(g)}). ${eponym(g)}. ${lab(g)} on ${dt(g, recent(g))}.`,
      Payer: org(g, PAYERS),
      Attachments: [{ name: photo34(g, p), kind: 'clinical photo' }],
    });
  },

  b34DeviceRegistry: (g) => {
    const p = person(g);
    const d = recent(g);
    return {
      registry: 'implant',
      patient: { mrn: mrn34(g), name: nameAny(g, p), dob: isoD(birth(g, old(g))) },
      implant: {
        model: deviceName(g),
        udi: udiValue(g),
        serialNumber: serial34(g),
        paired_phone_imei: phi('device', `${g.digits(2)}${g.digits(6)}${g.digits(6)}${g.digits(1)}`, 'imei'),
        bt_mac: phi(
          'device',
          Array.from({ length: 6 }, () =>
            g.f.string.hexadecimal({ length: 2, casing: 'upper', prefix: '' }),
          ).join(':'),
          'mac',
        ),
        firmware: version(g),
        implanted_on: isoD(d),
        implanting_surgeon: phi('name', fullName(person(g))),
        site: org(g, CLINICS),
      },
      remote_monitoring: { portal: url34(g, p), last_transmission: stamp(g), last_ip: ip34(g) },
    };
  },

  b34ReminderBatch: (g) => {
    const msgs = Array.from({ length: g.int(2, 4) }, () => {
      const p = person(g);
      const d = recent(g);
      return {
        to: phone34(g),
        body: t`Hi ${phi('name', g.chance(0.5) ? p.first : nick(p))}, reminder: ${g.pick(['dialysis chair change', 'your visit', 'stent removal'])} on ${dt(g, d, g.pick(['mon_day', 'us_short', 'long']))} at ${g.int(7, 16)}:${g.pick(['00', '30'])} with Dr. ${phi('name', person(g).last)}, ${org(g, CLINICS)}. Reply C to confirm.`,
        status: g.pick(['queued', 'sent', 'delivered']),
        sentAt: stamp(g),
      };
    });
    return call(g, 'send_sms_batch', { campaign: `reminders-${g.int(1, 99)}`, messages: msgs });
  },

  b34CorrectionalTransfer: (g) => {
    const p = person(g);
    const d = recent(g);
    return rpc(g, {
      content: [
        {
          type: 'text',
          text: jsonText({
            inmateName: phi('name', `${p.last}, ${p.first}`),
            docNumber: inmate(g),
            dob: isoD(birth(g, g.int(19, 72))),
            transferDate: isoD(d),
            vehicleVin: vinValue(g),
            officer: phi('name', `${person(g).first} ${person(g).last}`),
            meds: [drug(g)],
          }),
        },
      ],
      structuredContent: {
        biometricRef: bio34(g),
        medicalHold: g.chance(0.3),
        receivingFacility: org(g, ['Harborline Correctional Health Services']),
        ssn: g.chance(0.5) ? t`${ssn(g, true)}` : ssnValue(g),
      },
    });
  },
};
