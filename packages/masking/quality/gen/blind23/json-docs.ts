/**
 * JSON documents of blind split 23: patient searches, lab results, booking calls, provider
 * calendars, claims and remittance, intake key/value forms, chat exports, reminder jobs, implant
 * and audit records, as MCP tools/call arguments, results (text and structured content) and
 * resource contents, in camelCase, snake_case, abbreviated and columnar shapes.
 * SYNTHETIC DATA ONLY: every person, place and number is generated.
 */
import type { Gen } from '../context';
import { type JsonTree, jsonText, keep, phi, t } from '../fragment';
import {
  accountValue,
  biometricValue,
  deaValue,
  driversLicenseValue,
  email,
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
  ssn,
  ssnValue,
  stateLicenseValue,
  udiValue,
  urlValue,
  vinValue,
} from '../identifiers';
import { uuid } from '../keep-vocab';
import {
  accession,
  ageOf,
  carc,
  careDate,
  claimNo,
  code,
  confirmNo,
  cpt,
  dateIn,
  deviceName,
  drug,
  drugOnly,
  eponym,
  firstOnly,
  full,
  handle,
  icd,
  initials,
  lab,
  labText,
  lastFirst,
  lastOnly,
  loinc,
  org,
  patient,
  payer,
  place,
  plusDays,
  stamp,
  stat,
  version,
  vitals,
  who,
  year,
} from './vocab';

type Template = (g: Gen) => JsonTree;

const rpc = (g: Gen): number => g.int(1, 999);
const result = (g: Gen, structured: JsonTree, text: string): JsonTree => ({
  jsonrpc: '2.0',
  id: rpc(g),
  result: { content: [{ type: 'text', text }], structuredContent: structured, isError: false },
});
const call = (g: Gen, name: string, args: JsonTree): JsonTree => ({
  jsonrpc: '2.0',
  id: rpc(g),
  method: 'tools/call',
  params: { name, arguments: args },
});

export const BLIND23_JSON_DOCS: Record<string, Template> = {
  patientSearchResult: (g) => {
    const hits = g.some([0, 1, 2], 1, 3).map(() => {
      const p = patient(g);
      const a = place(g);
      return {
        patientId: uuid(g),
        mrn: mrnValue(g),
        displayName: lastFirst(p),
        givenName: firstOnly(p),
        familyName: lastOnly(p),
        birthDate: dateIn(g, p.dob, 'iso'),
        ageYears: ageOf(p),
        homeAddress: { line1: a.street, city: a.city, county: a.county, state: a.state, postalCode: a.zip },
        mobilePhone: phoneValue(g),
        lastVisit: dateIn(g, careDate(g), 'iso'),
      };
    });
    return result(
      g,
      { total: hits.length, patients: hits, searchedAt: stamp(g) },
      `${hits.length} patient(s) found`,
    );
  },

  labPanelResult: (g) => {
    const p = patient(g);
    const ord = who(g, 35, 70);
    const tech = who(g, 24, 60);
    return result(
      g,
      {
        report: {
          accessionNumber: accession(g),
          status: 'final',
          performingLab: keep('organization', 'NorthStar Reference Laboratories'),
          subject: { name: full(p), dob: dateIn(g, p.dob, g.pick(['iso', 'mdy'])), mrn: mrnValue(g) },
          specimen: {
            type: 'whole blood',
            collected: dateIn(g, careDate(g), 'iso'),
            tubeBarcode: phi('other_id', `T${g.digits(10)}`, 'tube'),
          },
          orderingProvider: { name: t`${full(ord)} MD`, npi: npiValue(g) },
          resultedBy: initials(tech),
          observations: g.some([0, 1, 2, 3], 2, 4).map(() => {
            const l = lab(g);
            return {
              code: loinc(g),
              display: l.name,
              value: keep('lab_value', l.result),
              unit: l.unit,
              referenceRange: l.range,
            };
          }),
          issued: stamp(g),
        },
      },
      'Lab report retrieved.',
    );
  },

  bookAppointmentCall: (g) => {
    const p = patient(g);
    const d = careDate(g);
    return call(g, 'schedule_book_appointment', {
      patient_name: full(p),
      date_of_birth: dateIn(g, p.dob, g.pick(['iso', 'mdy'])),
      phone_number: phoneValue(g),
      email: email(g, p.first, p.last),
      provider: t`Dr. ${lastOnly(who(g, 35, 70))}`,
      location: org(g),
      slot_start: dateIn(g, d, 'iso'),
      visit_type: g.pick(['new patient', 'follow-up', 'annual wellness']),
      reason: t`f/u ${icd(g)}, needs ${cpt(g)}`,
      insurance_member_id: memberIdValue(g),
      notes: t`prefers afternoons, ${g.pick(['daughter', 'son'])} ${full(who(g))} will bring ${p.female ? 'her' : 'him'}`,
    });
  },

  providerCalendarColumnar: (g) => {
    const doc = who(g, 35, 70);
    const day = careDate(g);
    const rows = g.some([0, 1, 2, 3, 4], 3, 5).map((_, i) => {
      const p = patient(g);
      return [
        `${8 + i}:${g.pick(['00', '20', '40'])}`,
        lastFirst(p),
        mrnValue(g),
        dateIn(g, p.dob, 'mdy'),
        code(g),
        g.pick(['booked', 'arrived', 'no-show']),
      ];
    });
    return {
      provider: t`${full(doc)}, ${g.pick(['MD', 'DO', 'NP'])}`,
      npi: npiValue(g),
      date: dateIn(g, day, 'iso'),
      utilization: stat(g),
      columns: ['time', 'pt', 'mrn', 'dob', 'dx', 'status'],
      rows,
    };
  },

  professionalClaimJson: (g) => {
    const p = patient(g);
    const a = place(g);
    const dos = careDate(g);
    return {
      claimId: claimNo(g),
      claimType: 'professional',
      payer: payer(g),
      subscriber: {
        memberId: memberIdValue(g),
        name: { first: firstOnly(p), last: lastOnly(p), middleInitial: p.middle[0] as string },
        dob: dateIn(g, p.dob, 'iso'),
        ssn: ssnValue(g),
        address: { street: a.street, city: a.city, state: a.state, zip: a.zip },
      },
      billingProvider: { org: org(g), npi: npiValue(g), taxonomy: '207Q00000X' },
      renderingProvider: { name: lastFirst(who(g, 35, 70)), npi: npiValue(g) },
      diagnoses: [icd(g), icd(g)],
      lines: g
        .some([0, 1, 2], 1, 3)
        .map(() => ({ cpt: cpt(g), dos: dateIn(g, dos, 'iso'), units: 1, charge: g.int(40, 900) })),
      patientAccount: accountValue(g),
      submittedAt: stamp(g),
    };
  },

  remittanceAdvice: (g) => {
    const claims = g.some([0, 1, 2], 1, 3).map(() => {
      const p = patient(g);
      return {
        clp_claim_id: claimNo(g),
        pt_nm: phi('name', `${p.last.toUpperCase()}*${p.first.toUpperCase()}`, 'segment_last_first'),
        pt_acct: accountValue(g),
        svc_dt: dateIn(g, careDate(g), 'compact'),
        adj: [{ grp_rsn: carc(g), amt: g.int(5, 400) }],
        proc: cpt(g),
        paid: g.int(0, 900),
      };
    });
    return result(
      g,
      {
        era: {
          trace: phi('other_id', `${g.digits(10)}`, 'eft_trace'),
          payer: payer(g),
          payee_npi: npiValue(g),
          pay_dt: dateIn(g, careDate(g), 'iso'),
          claims,
        },
      },
      'ERA parsed',
    );
  },

  intakeKeyValue: (g) => {
    const p = patient(g);
    const a = place(g);
    const ec = who(g);
    const fields: [string, JsonTree][] = [
      ['Patient Name', full(p)],
      ['DOB', dateIn(g, p.dob, 'mdy')],
      ['Age', ageOf(p)],
      ['Street', a.street],
      ['City/State/ZIP', t`${a.city}, ${a.state} ${a.zip}`],
      ['Cell', phoneValue(g)],
      ['Email', email(g, p.first, p.last)],
      ['SSN (last 4 ok)', g.chance(0.5) ? ssnValue(g) : t`${ssn(g)}`],
      ["Driver's License", driversLicenseValue(g)],
      ['Emergency Contact', t`${full(ec)} (${g.pick(['sister', 'son', 'friend'])}) ${phoneValue(g)}`],
      ['Current Meds', t`${drug(g)}; ${drug(g)}`],
      ['Allergies', g.pick(['NKDA', 'PCN - hives', 'sulfa'])],
      ['Insurance', t`${payer(g)} / ${memberIdValue(g)}`],
    ];
    return {
      formId: uuid(g),
      formVersion: version(g),
      submitted: stamp(g),
      answers: fields.map(([key, value]) => ({ key, value })),
    };
  },

  abbrevKeyPatientRecord: (g) => {
    const p = patient(g);
    const a = place(g);
    return {
      pt: {
        nm: lastFirst(p),
        dob: dateIn(g, p.dob, 'compact'),
        sx: p.female ? 'F' : 'M',
        mrn: mrnValue(g),
        ph: phoneValue(g),
      },
      adr: { ln1: a.street, cty: a.city, st: a.state, zp: a.zip, cnty: a.county },
      ins: { mbi: mbiValue(g), grp: `GRP-${g.int(1000, 9999)}` },
      veh: { plt: plateValue(g), vin: vinValue(g) },
      enc: { adm: dateIn(g, careDate(g), 'iso'), dx: icd(g), att: initials(who(g, 35, 70)) },
      upd: stamp(g),
    };
  },

  jsonInsideTextResult: (g) => {
    const p = patient(g);
    const inner = jsonText({
      encounterId: uuid(g),
      patientName: full(p),
      dob: dateIn(g, p.dob, 'iso'),
      mrn: mrnValue(g),
      chiefComplaint: t`chest pain, ${eponym(g)} low`,
      vitals: [vitals(g), vitals(g)],
      orders: [drug(g), labText(g)],
      attending: t`Dr. ${lastOnly(who(g, 35, 70))}`,
    });
    return { jsonrpc: '2.0', id: rpc(g), result: { content: [{ type: 'text', text: inner }] } };
  },

  resourceNoteContents: (g) => {
    const p = patient(g);
    const id = g.digits(7);
    const seen = careDate(g);
    return {
      jsonrpc: '2.0',
      id: rpc(g),
      result: {
        contents: [
          {
            uri: phi('url', `ehr://notes/${id}`, 'resource_uri'),
            mimeType: 'text/plain',
            text: t`Phone note ${dateIn(g, seen, 'mdy')}: ${lastFirst(p)} (${ageOf(p)}) called re ${drugOnly(g)} side effects. Spoke w/ ${g.pick(['wife', 'son'])} ${firstOnly(who(g))}. ${labText(g)}. Plan: hold, recheck ${dateIn(g, plusDays(seen, 7), 'mon_d')}. -${full(who(g, 25, 60))} RN`,
          },
        ],
      },
    };
  },

  staffChatExport: (g) => {
    const p = patient(g);
    const u1 = who(g, 25, 60);
    const u2 = who(g, 25, 60);
    const [h1, h2] = [handle(u1, g), handle(u2, g)];
    return {
      channel: 'pharmacy-questions',
      exportedAt: stamp(g),
      messages: [
        {
          user: h1,
          ts: stamp(g),
          text: t`${lastOnly(p)} in bed ${g.int(1, 30)} — ok to give ${drug(g)} w/ ${labText(g)}?`,
        },
        {
          user: h2,
          ts: stamp(g),
          text: t`yes. also pls fix DOB in chart, pt says ${dateIn(g, p.dob, g.pick(['mdy_short', 'long']))} not what we have`,
        },
        {
          user: h1,
          ts: stamp(g),
          text: t`done. photo of med list: ${photoFile(g, p.last)}`,
          files: [{ name: photoFile(g, p.last) }],
        },
      ],
    };
  },

  reminderJobStatus: (g) => {
    const recips = g.some([0, 1, 2, 3], 2, 4).map(() => {
      const p = patient(g);
      return {
        to: phoneValue(g),
        first_name: firstOnly(p),
        appt_date: dateIn(g, careDate(g), g.pick(['iso', 'mdy'])),
        confirmation: confirmNo(g),
        status: g.pick(['delivered', 'failed', 'confirmed']),
        portal_link: urlValue(g, p.last),
      };
    });
    return result(
      g,
      { job: uuid(g), template_version: version(g), summary: stat(g), recipients: recips },
      'Reminder batch status',
    );
  },

  implantRegistryEntry: (g) => {
    const p = patient(g);
    const surgeon = who(g, 35, 68);
    return call(g, 'registry_submit_implant', {
      patient: { name: full(p), dob: dateIn(g, p.dob, 'iso'), mrn: mrnValue(g) },
      device: {
        model: deviceName(g),
        udi: udiValue(g),
        serialNumber: serialValue(g),
        implanted: dateIn(g, careDate(g), 'iso'),
      },
      surgeon: { name: full(surgeon), licenseNumber: stateLicenseValue(g), dea: deaValue(g, surgeon.last) },
      facility: org(g),
      indication: icd(g),
      firmware: version(g),
    });
  },

  accessAuditLog: (g) => {
    const events = g.some([0, 1, 2], 2, 3).map(() => {
      const u = who(g, 24, 64);
      return {
        event_id: uuid(g),
        at: stamp(g),
        actor: {
          username: handle(u, g),
          employee_id: phi('other_id', `E${g.digits(6)}`, 'employee'),
          src_ip: ipValue(g),
        },
        action: g.pick(['chart.open', 'report.print', 'demographics.update']),
        patient_mrn: mrnValue(g),
        auth: { method: 'fingerprint', template_ref: biometricValue(g) },
        client: version(g),
      };
    });
    return { source: 'ehr-audit', events };
  },

  guarantorEncounter: (g) => {
    const p = patient(g);
    const gu = who(g, 25, 70);
    const a = place(g);
    return result(
      g,
      {
        encounter: {
          id: uuid(g),
          admitDate: dateIn(g, careDate(g), 'iso'),
          hospitalAccount: accountValue(g),
          patient: { name: full(p), age: ageOf(p), mrn: mrnValue(g) },
          guarantor: {
            name: full(gu),
            relationship: g.pick(['spouse', 'parent', 'self']),
            ssn: ssnValue(g),
            employer: org(g),
            address: t`${a.street}${a.unit}, ${a.city}, ${a.state} ${a.zip}`,
            phone: phoneValue(g),
            workFax: phoneValue(g, 'fax'),
          },
          coverage: [{ payer: payer(g), memberId: memberIdValue(g), effective: year(g) }],
          otherIds: [otherIdValue(g)],
          problems: [icd(g), eponym(g)],
        },
      },
      'Encounter loaded',
    );
  },
};
