/**
 * Json documents of blind split 30: EHR, payer and scheduling API records in several key
 * conventions, and the MCP messages that carry them (tool calls, tool results with text and
 * structuredContent, resource reads, prompt arguments, errors quoting input). SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { type JsonTree, join, jsonText, keep, phi, t } from '../fragment';
import {
  deaValue,
  driversLicenseValue,
  npiValue,
  plateValue,
  ssnValue,
  udiValue,
  vinValue,
} from '../identifiers';
import type { Person } from '../people';
import {
  accession,
  acct,
  addr,
  addrLine,
  ageIn,
  ageOf,
  b30Person,
  bioRef,
  claimNo,
  code,
  cptCode,
  dev,
  doc,
  drug,
  drugOnly,
  dt,
  dtNoYear,
  dtTime,
  epo,
  epoDx,
  epoScore,
  groupNo,
  icd,
  ipB30,
  lab,
  labRow,
  loincCode,
  mail,
  memberB30,
  mrnB30,
  nm,
  org,
  patient,
  photoRef,
  plusDays,
  portalUrl,
  referralNo,
  relWord,
  rxNo,
  serialB30,
  stat,
  sysTs,
  systemStamp,
  tel,
  uid,
  ver,
  visitDate,
  vitalB30,
  yr,
} from './vocab';

type Template = (g: Gen) => JsonTree;

const given = (p: Person) => phi('name', p.first, 'first');
const family = (p: Person) => phi('name', p.last, 'last');
const ageField = (p: Person): JsonTree => (ageIn(p) > 89 ? phi('age', String(ageIn(p))) : ageIn(p));

/** An MCP tool result: the same record as a text block and as structuredContent. */
function toolResult(g: Gen, record: JsonTree, structured: JsonTree): JsonTree {
  return {
    jsonrpc: '2.0',
    id: g.int(1, 9999),
    result: {
      content: [{ type: 'text', text: jsonText(record, g.pick([0, 2])) }],
      structuredContent: structured,
      isError: false,
    },
  };
}

const camelPatient: Template = (g) => {
  const p = patient(g);
  const a = addr(g);
  const rel = b30Person(g);
  return {
    resourceType: 'Patient',
    id: uid(g),
    meta: { lastUpdated: sysTs(g), versionId: ver(g) },
    identifier: [
      { system: 'urn:oid:2.16.840.1.113883.19.5', value: mrnB30(g), type: 'MR' },
      { system: 'http://hl7.org/fhir/sid/us-ssn', value: ssnValue(g) },
      { system: 'urn:dl', value: driversLicenseValue(g) },
    ],
    name: [{ use: 'official', family: family(p), given: [given(p), phi('name', p.middle, 'middle')] }],
    birthDate: dt(g, p.dob, 'iso'),
    gender: p.sex,
    telecom: [
      { system: 'phone', use: 'mobile', value: tel(g) },
      { system: 'email', value: mail(g, p) },
    ],
    address: [
      {
        line: a.unit ? [a.street, a.unit] : [a.street],
        city: a.city,
        district: a.county,
        state: a.state,
        postalCode: a.zip,
      },
    ],
    contact: [{ relationship: 'NOK', name: { text: nm(g, rel) }, telecom: [{ value: tel(g) }] }],
    generalPractitioner: [{ display: doc(g, b30Person(g, 30, 70)) }],
    managingOrganization: { display: org(g) },
    photo: [{ title: photoRef(g, p) }],
  };
};

const snakeEncounter: Template = (g) => {
  const p = patient(g);
  const d = visitDate(g);
  return {
    encounter_id: uid(g),
    patient: {
      patient_name: nm(g, p),
      date_of_birth: dt(g, p.dob),
      age_years: ageField(p),
      mrn: mrnB30(g),
      account_number: acct(g),
    },
    admit_datetime: dtTime(g, d),
    discharge_date: dt(g, plusDays(d, g.int(1, 8)), 'iso'),
    attending_provider: { name: doc(g, b30Person(g, 30, 70)), npi: npiValue(g) },
    facility: org(g),
    diagnoses: [
      { code: icd(g), rank: 1, description: epoDx(g) },
      { code: icd(g), rank: 2 },
    ],
    procedures: [{ cpt: cptCode(g), performed_on: dt(g, plusDays(d, 1)) }],
    vitals: [vitalB30(g), vitalB30(g)],
    notes: t`${ageOf(p)} yo seen by ${doc(g, b30Person(g, 30, 70))}; ${drug(g)} started; family (${nm(g, b30Person(g))}) updated at ${tel(g)}.`,
    source_system_version: ver(g),
  };
};

const abbrevFlat: Template = (g) => {
  const p = patient(g);
  const a = addr(g);
  return {
    pt_nm: phi('name', `${p.last.toUpperCase()}^${p.first.toUpperCase()}^${p.middle[0]}`, 'hl7'),
    pt_fnm: given(p),
    dob: dt(g, p.dob, g.pick(['compact', 'us', 'dmy_upper'])),
    sx: p.sex === 'female' ? 'F' : 'M',
    mrn_no: mrnB30(g),
    ss_no: ssnValue(g),
    addr1: a.street,
    addr2: a.unit ?? '',
    cty: a.city,
    st: a.state,
    zip: a.zip,
    ph1: tel(g),
    ph2: tel(g),
    fx: tel(g, 'fax'),
    ins_mbr: memberB30(g),
    ins_grp: groupNo(g),
    pcp_nm: doc(g, b30Person(g, 30, 70)),
    pcp_npi: npiValue(g),
    dx1: icd(g),
    rx1: drug(g),
    lst_upd: sysTs(g),
    veh_vin: g.chance(0.7) ? vinValue(g) : null,
  };
};

const mcpToolResult: Template = (g) => {
  const p = patient(g);
  const d = visitDate(g);
  const record = {
    patientName: nm(g, p),
    dob: dt(g, p.dob, 'iso'),
    mrn: mrnB30(g),
    visits: [
      { date: dt(g, d, 'iso'), provider: doc(g, b30Person(g, 30, 70)), dx: icd(g) },
      {
        date: dt(g, plusDays(d, -g.int(20, 200)), 'iso'),
        provider: doc(g, b30Person(g, 30, 70)),
        dx: icd(g),
      },
    ],
    phone: tel(g),
    labs: [lab(g), lab(g)],
  };
  return toolResult(g, record, {
    patient: { name: nm(g, p), birthDate: dt(g, p.dob, 'iso'), age: ageField(p) },
    summary: t`${drug(g)}; ${epo(g)}; seen ${dtNoYear(g, d)}`,
    device: { model: dev(g), serial: serialB30(g) },
  });
};

const resourceRead: Template = (g) => {
  const p = patient(g);
  const d = visitDate(g);
  return {
    jsonrpc: '2.0',
    id: g.int(1, 999),
    result: {
      contents: [
        {
          uri: t`ehr://notes/${uid(g)}`,
          mimeType: 'text/plain',
          text: t`${g.pick(['Clinic note', 'CONSULT', 'Office visit'])} — ${nm(g, p)} — ${dt(g, d)}
${ageOf(p)} y.o. with ${epoDx(g)} here for f/u. ${vitalB30(g)}. ${lab(g)}.
Lives at ${addrLine(g, addr(g))} with ${g.pick(['spouse', 'daughter', 'roommate'])} ${nm(g, b30Person(g))}.
Plan: ${drug(g)}; return ${dtNoYear(g, plusDays(d, 30))}. ${doc(g, b30Person(g, 30, 70))}`,
        },
        {
          uri: t`ehr://patients/${mrnB30(g)}/photo`,
          mimeType: 'application/json',
          text: jsonText({
            file: photoRef(g, p),
            takenOn: dt(g, d, 'iso'),
            by: doc(g, b30Person(g, 30, 70)),
          }),
        },
      ],
    },
  };
};

const toolCallArgs: Template = (g) => {
  const p = patient(g);
  const rel = b30Person(g);
  const d = visitDate(g);
  return {
    jsonrpc: '2.0',
    id: g.int(1, 9999),
    method: 'tools/call',
    params: {
      name: g.pick(['schedule_appointment', 'book_visit', 'create_referral']),
      arguments: {
        patient: g.chance(0.5) ? nm(g, p) : { first: given(p), last: family(p) },
        birth_date: dt(g, p.dob),
        phone: tel(g),
        email: mail(g, p),
        slot: dtTime(g, d),
        provider: doc(g, b30Person(g, 30, 70)),
        location: org(g),
        reason: t`f/u ${icd(g)}, ${epoDx(g)}; on ${drug(g)}`,
        referral: referralNo(g),
        notes: t`pt ${g.pick(['needs interpreter', 'uses wheelchair', 'hard of hearing'])}; ${relWord(g, rel)} ${given(rel)} will attend, call ${tel(g)}`,
      },
      _meta: { progressToken: uid(g) },
    },
  };
};

const promptGet: Template = (g) => {
  const p = patient(g);
  return {
    jsonrpc: '2.0',
    id: g.int(1, 999),
    method: 'prompts/get',
    params: {
      name: g.pick(['summarize_chart', 'draft_patient_letter', 'prior_auth_appeal']),
      arguments: {
        patientName: nm(g, p),
        dob: dt(g, p.dob),
        memberId: memberB30(g),
        claim: claimNo(g),
        address: addrLine(g, addr(g)),
        context: t`Denied ${cptCode(g)} for ${icd(g)} on ${dt(g, visitDate(g))}. Treating: ${doc(g, b30Person(g, 30, 70))} NPI ${npiValue(g)}. Since ${yr(g)} on ${drugOnly(g)}.`,
      },
    },
  };
};

const errorData: Template = (g) => {
  const p = patient(g);
  return {
    jsonrpc: '2.0',
    id: g.int(1, 9999),
    error: {
      code: g.pick([-32602, -32000, -32603]),
      message: t`No unique match for "${nm(g, p)}" born ${dt(g, p.dob)}`,
      data: {
        input: jsonText({ name: nm(g, p), dob: dt(g, p.dob, 'iso'), ssn: ssnValue(g), zip: addr(g).zip }),
        candidates: [
          { mrn: mrnB30(g), name: nm(g, p), phone: tel(g) },
          { mrn: mrnB30(g), name: nm(g, b30Person(g)), phone: tel(g) },
        ],
        traceId: uid(g),
        at: sysTs(g),
        clientIp: ipB30(g),
      },
    },
  };
};

const eligibility: Template = (g) => {
  const sub = patient(g);
  const dep = { ...b30Person(g, 2, 30), last: sub.last };
  const a = addr(g);
  const d = visitDate(g);
  return {
    transactionId: uid(g),
    payer: { name: org(g, 'payer'), payerId: `${g.digits(5)}` },
    subscriber: {
      memberId: memberB30(g),
      groupNumber: groupNo(g),
      firstName: given(sub),
      lastName: family(sub),
      dateOfBirth: dt(g, sub.dob, 'compact'),
      ssn: ssnValue(g),
      address: { address1: a.street, city: a.city, state: a.state, postalCode: a.zip },
    },
    dependents: [
      {
        firstName: given(dep),
        lastName: family(dep),
        dateOfBirth: dt(g, dep.dob, 'compact'),
        relationship: g.pick(['child', 'spouse']),
        age: ageOf(dep),
      },
    ],
    planStatus: [
      {
        statusCode: '1',
        status: 'Active Coverage',
        planDetails: t`Eff ${dt(g, plusDays(d, -g.int(30, 800)))}; copay $${g.int(10, 60)}; ${cptCode(g)} requires PA`,
      },
    ],
    benefitsInformation: [
      { code: 'C', amount: g.int(250, 6000), timePeriod: 'calendar year', note: stat(g) },
    ],
    pcp: { name: doc(g, b30Person(g, 30, 70)), npi: npiValue(g), phone: tel(g) },
  };
};

const appointmentList: Template = (g) => {
  const n = g.int(2, 4);
  return {
    clinic: org(g),
    generatedAt: sysTs(g),
    appointments: Array.from({ length: n }, () => {
      const p = patient(g);
      const d = visitDate(g);
      return {
        apptId: `A-${g.digits(7)}`,
        start: dtTime(g, d),
        patient: {
          display: nm(g, p),
          mrn: mrnB30(g),
          phone: tel(g),
          email: g.chance(0.5) ? mail(g, p) : null,
        },
        provider: doc(g, b30Person(g, 30, 70)),
        visitType: g.pick(['NEW', 'FU', 'TELE']),
        telehealthUrl: g.chance(0.5) ? portalUrl(g, p) : null,
        reminder: t`Hi ${given(p)}, see you ${dtNoYear(g, d)}. Bring your ${dev(g)}.`,
        transport: g.chance(0.3) ? { vendor: org(g, 'service'), plate: plateValue(g) } : null,
      };
    }),
  };
};

const labResults: Template = (g) => {
  const p = patient(g);
  const d = visitDate(g);
  return toolResult(
    g,
    {
      patient: { nm: nm(g, p), mrn: mrnB30(g), dob: dt(g, p.dob) },
      specimen: { accession: accession(g), collected: dtTime(g, d) },
      results: [0, 1, 2].map(() => {
        const r = labRow(g);
        return {
          loinc: loincCode(g),
          display: keep('lab_value', `${r.name} ${r.value}${r.unit ? ` ${r.unit}` : ''}`),
          flag: r.flag,
        };
      }),
      performer: doc(g, b30Person(g, 30, 70)),
      lab: org(g, 'lab'),
    },
    {
      observations: [0, 1].map(() => {
        const r = labRow(g);
        return { code: loincCode(g), value: Number(r.value), unit: r.unit, issued: sysTs(g) };
      }),
      orderedBy: { name: doc(g, b30Person(g, 30, 70)), dea: deaValue(g, b30Person(g).last) },
    },
  );
};

const deviceAudit: Template = (g) => {
  const p = patient(g);
  const d = visitDate(g);
  return {
    events: [
      {
        ts: sysTs(g),
        actor: {
          user: nm(g, b30Person(g)),
          ip: ipB30(g),
          authn: { method: g.pick(['biometric', 'badge+bio', 'webauthn-bio']), templateId: bioRef(g) },
        },
        action: 'device.implant.register',
        patientRef: { mrn: mrnB30(g), name: nm(g, p) },
        device: { model: dev(g), udi: udiValue(g), serial: serialB30(g) },
        implantDate: dt(g, d),
        surgeon: doc(g, b30Person(g, 30, 70)),
      },
      {
        ts: sysTs(g),
        actor: { user: nm(g, b30Person(g)), ip: ipB30(g) },
        action: 'chart.view',
        target: portalUrl(g, p),
        code: code(g).code,
      },
    ],
    schemaVersion: ver(g),
  };
};

const pharmacyClaim: Template = (g) => {
  const p = patient(g);
  const presc = b30Person(g, 30, 70);
  const d = visitDate(g);
  return {
    RxClaim: {
      RxNumber: rxNo(g),
      FillDate: dt(g, d, 'compact'),
      Patient: {
        Name: { Last: family(p), First: given(p) },
        DOB: dt(g, p.dob, 'compact'),
        CardholderID: memberB30(g),
        Phone: tel(g),
      },
      Prescriber: { Name: doc(g, presc), NPI: npiValue(g), DEA: deaValue(g, presc.last) },
      Product: { Description: drug(g), DaysSupply: g.int(7, 90) },
      Pharmacy: { Name: org(g, 'pharmacy'), Fax: tel(g, 'fax') },
      Response: {
        Status: g.pick(['P', 'R']),
        Message: t`${drugOnly(g)} interaction, ${epoScore(g)} on file; prior fill ${dtNoYear(g, plusDays(d, -30))}`,
      },
      ClaimRef: claimNo(g),
    },
  };
};

const columnarRows: Template = (g) => {
  const n = g.int(2, 4);
  return {
    tool: 'sql_query',
    query: 'select pt_name, dob, mrn, phone, last_visit, dx from panel where pcp_id = $1 limit 50',
    columns: ['pt_name', 'dob', 'mrn', 'phone', 'last_visit', 'dx', 'age'],
    rows: Array.from({ length: n }, () => {
      const p = patient(g);
      return [
        nm(g, p),
        dt(g, p.dob, 'iso'),
        mrnB30(g),
        tel(g),
        dt(g, visitDate(g), 'iso'),
        icd(g),
        ageField(p),
      ];
    }),
    rowCount: n,
    elapsedMs: g.int(3, 900),
    executedAt: sysTs(g),
    server: { host: ipB30(g), version: ver(g) },
  };
};

const csvToolResult: Template = (g) => {
  const n = g.int(2, 4);
  const people = Array.from({ length: n }, () => patient(g));
  const payer = org(g, 'payer');
  const csvRows = people.map(
    (p) =>
      t`${family(p)},${given(p)},${dt(g, p.dob, g.pick(['us', 'iso']))},${memberB30(g)},${cptCode(g)},${g.pick(['approved', 'denied', 'pended'])}`,
  );
  return {
    jsonrpc: '2.0',
    id: g.int(1, 9999),
    result: {
      content: [
        { type: 'text', text: t`last_name,first_name,dob,member_id,cpt,status\n${join(csvRows, '\n')}` },
        {
          type: 'text',
          text: t`**${n} prior-auth requests** from ${payer}; oldest submitted ${dt(g, visitDate(g))} by ${doc(g, b30Person(g, 30, 70))}. ${stat(g)}.`,
        },
      ],
      structuredContent: { total: n, payer, generatedAt: sysTs(g), requestId: uid(g) },
    },
  };
};

const referralRecord: Template = (g) => {
  const p = patient(g);
  const ref = b30Person(g, 30, 70);
  const a = addr(g);
  return {
    refId: referralNo(g),
    refSts: g.pick(['RCVD', 'SCHED', 'PEND_AUTH']),
    ptNm: nm(g, p),
    ptDOB: dt(g, p.dob, g.pick(['us', 'compact', 'iso'])),
    ptPh: tel(g),
    ptAddr: { ln1: a.street, ln2: a.unit ?? null, cty: a.city, st: a.state, zip5: a.zip },
    refProv: { nm: doc(g, ref), npi: npiValue(g), fax: tel(g, 'fax'), ph: tel(g) },
    toSpec: g.pick(['CARD', 'ORTHO', 'GI', 'DERM', 'NEURO']),
    dxCodes: [icd(g), icd(g)],
    reason: t`eval ${epoDx(g)}; failed ${drugOnly(g)}; ${lab(g)} on ${dtNoYear(g, visitDate(g))}`,
    attachments: [
      { kind: 'fax', pages: g.int(1, 12), recvd: systemStamp(g, visitDate(g)), from: tel(g, 'fax') },
      { kind: 'image', file: photoRef(g, p) },
    ],
    ins: { payer: org(g, 'payer'), mbrId: memberB30(g) },
  };
};

export const BLIND30_JSON_DOCS: Record<string, Template> = {
  b30CamelPatient: camelPatient,
  b30SnakeEncounter: snakeEncounter,
  b30AbbrevFlat: abbrevFlat,
  b30McpToolResult: mcpToolResult,
  b30ResourceRead: resourceRead,
  b30ToolCallArgs: toolCallArgs,
  b30PromptGet: promptGet,
  b30ErrorData: errorData,
  b30Eligibility: eligibility,
  b30AppointmentList: appointmentList,
  b30LabResults: labResults,
  b30DeviceAudit: deviceAudit,
  b30PharmacyClaim: pharmacyClaim,
  b30ColumnarRows: columnarRows,
  b30CsvToolResult: csvToolResult,
  b30ReferralRecord: referralRecord,
};
