/**
 * JSON documents of blind split 22: EDC, biobank, genomics, registry, public health and pharmacy
 * records as MCP tool results, structured content and tool arguments. SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { type JsonTree, jsonText, keep, phi, t } from '../fragment';
import {
  biometricValue,
  deaValue,
  driversLicenseValue,
  ipValue,
  npiValue,
  phoneValue,
  serialValue,
  ssnValue,
  stateLicenseValue,
  zipValue,
} from '../identifiers';
import {
  accession,
  addr22,
  age22,
  asciiLetters,
  caseNumber,
  claimNumber,
  code22,
  condition22,
  device22,
  drug22,
  drugName22,
  dt,
  eponym22,
  iisId,
  lab22,
  memberId22,
  nm,
  org22,
  partialDate,
  person22,
  pharmacyAccount,
  plusDays,
  protocolNo,
  recordId,
  rxNumber,
  specimenId,
  stat22,
  studyDate,
  subject22,
  subjectId,
  ts22,
  version22,
  year22,
} from './vocab';

type Template = (g: Gen) => JsonTree;

/** An MCP tools/call result: a text block carrying the JSON, and the same as structured content. */
function toolResult(g: Gen, data: JsonTree): JsonTree {
  return {
    content: [{ type: 'text', text: jsonText(data, g.pick([0, 2])) }],
    structuredContent: data,
    isError: false,
  };
}

function toolCall(g: Gen, name: string, args: JsonTree): JsonTree {
  return { jsonrpc: '2.0', id: g.int(1, 900), method: 'tools/call', params: { name, arguments: args } };
}

function emailOf(g: Gen, first: string, last: string): JsonTree {
  const local = `${first[0]}${last}`
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]/g, '');
  return phi(
    'email',
    `${local}${g.int(1, 99)}@${g.pick(['mail.example.com', 'inbox.example.net', 'participants.example.org'])}`,
  );
}

const redcapExport: Template = (g) => {
  const records: JsonTree[] = [];
  for (let i = 0; i < g.int(2, 4); i++) {
    const s = subject22(g);
    const v = studyDate(g);
    records.push({
      record_id: recordId(g),
      redcap_event_name: g.pick(['screening_arm_1', 'baseline_arm_1', 'week_12_arm_1']),
      subj_init: nm(g, s, 'initials3'),
      dob: dt(g, s.dob, 'iso'),
      age_scr: age22(s),
      visit_dt: dt(g, v, 'iso'),
      ae_yn: String(g.int(0, 1)),
      ae_term: g.pick(['nausea', 'headache', 'rash', 'ALT increased']),
      ae_meddra: code22(g, 'MedDRA'),
      ae_onset: g.chance(0.3) ? partialDate(g, v) : dt(g, plusDays(v, 2), 'iso'),
      conmed_1: drug22(g),
      lab_note: lab22(g),
      ph_mobile: phoneValue(g),
      demographics_complete: '2',
      form_1_timestamp: ts22(g),
    });
  }
  return toolResult(g, { project_id: g.int(1000, 9999), records });
};

const edcColumnar: Template = (g) => {
  const rows: JsonTree[] = [];
  for (let i = 0; i < g.int(2, 4); i++) {
    const s = subject22(g);
    const v = studyDate(g);
    rows.push([
      subjectId(g),
      nm(g, s, g.pick(['initials3', 'last_first'])),
      dt(g, s.dob, 'edc'),
      g.pick(['V2', 'V3', 'C2D1', 'EOT']),
      dt(g, v, 'edc'),
      lab22(g),
      drug22(g),
      zipValue(g),
    ]);
  }
  return {
    study: protocolNo(g),
    export_version: version22(g),
    generated_at: ts22(g),
    columns: ['SUBJID', 'SUBJINIT', 'BRTHDTC', 'VISIT', 'SVSTDTC', 'LBORRES', 'EXTRT', 'ZIP'],
    rows,
  };
};

const deviationTool: Template = (g) => {
  const lines: JsonTree[] = [];
  for (let i = 0; i < g.int(2, 3); i++) {
    const s = subject22(g);
    const d = studyDate(g);
    const crc = person22(g, 22, 60);
    const row = {
      pd_id: `PD-${g.digits(4)}`,
      subject: subjectId(g),
      initials: nm(g, s, 'initials3'),
      occurred: dt(g, d, g.pick(['iso', 'us'])),
      category: g.pick(['window', 'consent', 'IP']),
      reported_by: nm(g, crc, g.pick(['full', 'last_first'])),
      note: t`${drugName22(g)} taken ${dt(g, plusDays(d, 1), 'us_short')}; ${lab22(g)}`,
    };
    lines.push(row);
  }
  return {
    content: [
      { type: 'text', text: jsonText({ deviations: lines }, 2) },
      { type: 'text', text: t`Summary: ${stat22(g, 'trial')} per ${org22(g, 'sponsor')} QA ${version22(g)}` },
    ],
    structuredContent: { deviations: lines, protocol: protocolNo(g) },
  };
};

const biobankManifest: Template = (g) => {
  const items: JsonTree[] = [];
  for (let i = 0; i < g.int(2, 5); i++) {
    const s = subject22(g);
    items.push({
      specimenId: specimenId(g),
      parentSpecimen: g.chance(0.4) ? specimenId(g) : null,
      participantId: subjectId(g),
      donorDOB: dt(g, s.dob, g.pick(['iso', 'us'])),
      donorAge: age22(s),
      collected: dt(g, studyDate(g), g.pick(['iso', 'us'])),
      type: g.pick(['EDTA plasma', 'serum', 'buffy coat', 'FFPE block', 'DNA']),
      freezer: device22(g, 'freezer'),
      rack: `R${g.int(1, 12)}-S${g.int(1, 9)}`,
      uuid: keep('uuid', g.f.string.uuid()),
    });
  }
  const shipper = person22(g, 22, 60);
  return toolResult(g, {
    manifestId: keep('uuid', g.f.string.uuid()),
    biobank: org22(g, 'lab'),
    shipper: {
      name: nm(g, shipper, 'full'),
      phone: phoneValue(g),
      email: emailOf(g, shipper.first, shipper.last),
    },
    courierTracking: phi('other_id', `${g.digits(12)}`, 'tracking'),
    shippedAt: ts22(g),
    items,
  });
};

const sequencingRunCall: Template = (g) => {
  const samples: JsonTree[] = [];
  for (let i = 0; i < g.int(2, 4); i++) {
    const s = person22(g);
    const lastSlug = asciiLetters(s.last);
    samples.push({
      sample_id: specimenId(g),
      sample_name: t`${phi('name', lastSlug, 'sample_name_last')}-${phi('name', asciiLetters(s.first), 'sample_name_first')}`,
      accession: accession(g),
      index: g.pick(['ATCACG', 'CGATGT', 'TTAGGC', 'TGACCA']),
      project: g.pick(['Germline_WGS', 'Tumor_Panel']),
    });
  }
  return toolCall(g, 'submit_sequencing_run', {
    instrument: device22(g, 'sequencer'),
    pipeline: version22(g),
    operator: nm(g, person22(g, 25, 60), g.pick(['full', 'initial_last'])),
    samples,
    note: t`rerun of ${accession(g)} per ${eponym22(g, 'genomics')} QC; target ${stat22(g, 'genomics')}`,
  });
};

const caseReport: Template = (g) => {
  const s = subject22(g);
  const a = addr22(g);
  const coll = studyDate(g);
  const prov = person22(g, 30, 70);
  const [condition, code] = condition22(g);
  return toolResult(g, {
    resourceType: 'CaseReport',
    id: keep('uuid', g.f.string.uuid()),
    condition: { code, display: condition },
    patient: {
      name: [{ family: phi('name', s.last, 'family'), given: [phi('name', s.first, 'given')] }],
      birthDate: dt(g, s.dob, 'iso'),
      age: age22(s),
      ssn: ssnValue(g),
      telecom: [{ system: 'phone', value: phoneValue(g) }],
      address: { line: [a.street], city: a.city, district: a.county, state: a.state, postalCode: a.zip },
    },
    lab: {
      accession: accession(g),
      collected: dt(g, coll, 'iso'),
      result: lab22(g),
      performer: org22(g, 'lab'),
    },
    reporter: { name: nm(g, prov, 'full'), npi: npiValue(g), fax: phoneValue(g, 'fax') },
    sentAt: ts22(g),
  });
};

const contactTraceCall: Template = (g) => {
  const c = person22(g);
  const idx = subject22(g);
  const ex = studyDate(g);
  return toolCall(g, 'add_contact', {
    caseId: caseNumber(g),
    request: t`add ${nm(g, c, g.pick(['full', 'lower']))} as a household contact of ${nm(g, idx, g.pick(['full', 'first_only']))}, last exposure ${dt(g, ex, g.pick(['us_short', 'long']))}, cell ${phoneValue(g)}, email ${phi(
      'email',
      `${c.first
        .toLowerCase()
        .normalize('NFD')
        .replace(/[^a-z]/g, '')}${g.int(10, 99)}@mail.example.com`,
    )}`,
    contact: {
      first_name: phi('name', c.first, 'first_only'),
      last_name: phi('name', c.last, 'last_only'),
      dob: dt(g, c.dob, 'us'),
      zip: zipValue(g),
      quarantine_end: dt(g, plusDays(ex, 14), 'iso'),
    },
    vaccine: code22(g, 'CVX'),
  });
};

const iisResult: Template = (g) => {
  const s = person22(g, 0, 17);
  const mom = person22(g, 20, 45);
  const history: JsonTree[] = [];
  for (let i = 0; i < g.int(2, 4); i++) {
    history.push({
      cvx: code22(g, 'CVX'),
      date: dt(g, studyDate(g), 'compact'),
      provider: org22(g, 'hospital'),
    });
  }
  return toolResult(g, {
    iisId: iisId(g),
    patient: {
      PatientName: nm(g, s, 'caret'),
      MotherMaidenName: phi('name', mom.last, 'maiden'),
      BirthDate: dt(g, s.dob, 'compact'),
      Phone: phoneValue(g),
      Zip: zipValue(g),
    },
    history,
    forecast: [{ series: 'MMR', dose: 2, due: dt(g, studyDate(g), 'iso') }],
    registryVersion: version22(g, 'hl7'),
  });
};

const pdmpApi: Template = (g) => {
  const s = subject22(g);
  const a = addr22(g);
  const rx: JsonTree[] = [];
  for (let i = 0; i < g.int(2, 4); i++) {
    const doc = person22(g, 30, 70);
    rx.push({
      filled: dt(g, studyDate(g), 'iso'),
      rxNumber: rxNumber(g),
      drug: drug22(g),
      mme: keep('lab_value', `${g.int(10, 120)} MME/day`),
      prescriber: { name: nm(g, doc, 'upper_last_first'), dea: deaValue(g, doc.last), npi: npiValue(g) },
      pharmacy: org22(g, 'pharmacy'),
      payment: g.pick(['commercial', 'medicaid', 'cash']),
    });
  }
  return toolResult(g, {
    patient: {
      lastName: phi('name', s.last, 'last_only'),
      firstName: phi('name', s.first, 'first_only'),
      dob: dt(g, s.dob, 'iso'),
      address: t`${a.street}, ${a.city}, ${a.state} ${a.zip}`,
    },
    prescriptions: rx,
    riskScores: { narx: String(g.int(100, 900)), stat: stat22(g, 'adherence') },
    generatedAt: ts22(g),
  });
};

const pbmClaim: Template = (g) => {
  const s = subject22(g);
  return {
    TransactionHeader: {
      BIN: `610${g.digits(3)}`,
      PCN: g.pick(['ADV', 'MEDDPRIME', 'RX01']),
      Version: 'D.0',
    },
    Insurance: { CardholderID: memberId22(g), PersonCode: '01', GroupID: g.pick(['RXGRP1', 'HCR77']) },
    Patient: {
      FirstName: phi('name', s.first.toUpperCase(), 'first_only'),
      LastName: phi('name', s.last.toUpperCase(), 'last_only'),
      DateOfBirth: dt(g, s.dob, 'compact'),
      ZipCode: zipValue(g),
    },
    Claim: {
      PrescriptionReferenceNumber: rxNumber(g),
      ProductServiceID: code22(g, 'NDC'),
      Drug: drug22(g),
      DateOfService: dt(g, studyDate(g), 'compact'),
      PrescriberID: npiValue(g),
    },
    Response: {
      AuthorizationNumber: claimNumber(g),
      Status: g.pick(['P', 'R']),
      Message: t`${g.pick(['Paid', 'Rejected 75 PA required'])}; ${stat22(g, 'adherence')}; plan ${org22(g, 'payer')}`,
      PatientPayAmount: `${g.int(0, 250)}.${g.digits(2)}`,
    },
  };
};

const specialtyIntake: Template = (g) => {
  const s = subject22(g);
  const cg = person22(g);
  const a = addr22(g);
  return toolCall(g, 'create_intake', {
    patient_name: nm(g, s, g.pick(['full', 'last_first'])),
    date_of_birth: dt(g, s.dob, g.pick(['us', 'iso'])),
    ssn_last_or_full: ssnValue(g),
    ship_to: { line1: a.street, city: a.city, state: a.state, zip: a.zip },
    caregiver: { name: nm(g, cg, 'full'), phone: phoneValue(g), email: emailOf(g, cg.first, cg.last) },
    insurance: { member_id: memberId22(g), payer: org22(g, 'payer') },
    pharmacy_account: pharmacyAccount(g),
    therapy: drug22(g),
    baseline_lab: lab22(g),
    dx_code: code22(g, 'ICD-10-CM'),
    id_verification: { drivers_license: driversLicenseValue(g), face_match_template: biometricValue(g) },
    attachments: [
      phi('photo', `ins_card_front_${s.last.toLowerCase().replace(/[^a-z]/g, '')}.jpg`, 'ins_card'),
      phi('photo', `IMG_${g.digits(4)}.HEIC`, 'camera'),
    ],
    referral_received: ts22(g),
  });
};

const dispensingLog: Template = (g) => {
  const rows: JsonTree[] = [];
  for (let i = 0; i < g.int(3, 5); i++) {
    const s = subject22(g);
    const rn = person22(g, 22, 60);
    rows.push([
      ts22(g),
      device22(g, 'pharmacy'),
      nm(g, s, g.pick(['upper_last_first', 'caret'])),
      phi('mrn', g.digits(8)),
      rxNumber(g),
      drug22(g),
      nm(g, rn, g.pick(['initials3', 'initial_last'])),
      g.pick(['REMOVE', 'RETURN', 'WASTE']),
    ]);
  }
  return toolResult(g, {
    fields: ['ts', 'cabinet', 'patient', 'mrn', 'order', 'item', 'user', 'action'],
    data: rows,
    facility: org22(g, 'hospital'),
  });
};

const naaccrAbstract: Template = (g) => {
  const s = subject22(g);
  const a = addr22(g);
  const dx = studyDate(g);
  return toolResult(g, {
    '2230': phi('name', s.last.toUpperCase(), 'last_only'),
    '2240': phi('name', s.first.toUpperCase(), 'first_only'),
    '2320': ssnValue(g),
    '240': dt(g, s.dob, 'compact'),
    '230': age22(s),
    '2330': a.street,
    '70': a.city,
    '90': a.county,
    '100': zipValue(g),
    '390': dt(g, dx, 'compact'),
    '522': code22(g, 'ICD-O-3'),
    '2300': phi('mrn', g.digits(8)),
    '550': caseNumber(g),
    '1750': dt(g, plusDays(dx, g.int(60, 400)), 'compact'),
    treatment: drug22(g),
    staging_note: t`${eponym22(g, 'staging')} ${g.int(1, 4)}; AJCC ${year22(g)}`,
    reportingFacility: org22(g, 'hospital'),
  });
};

const saeCase: Template = (g) => {
  const s = subject22(g);
  const onset = studyDate(g);
  const rep = person22(g, 30, 65);
  return toolResult(g, {
    caseId: keep('uuid', g.f.string.uuid()),
    receiptDate: dt(g, plusDays(onset, 2), 'iso'),
    subject: {
      id: subjectId(g),
      initials: nm(g, s, 'initials3'),
      age: age22(s),
      birthDate: partialDate(g, s.dob),
    },
    events: [
      {
        term: g.pick(['Pneumonitis', 'Hepatotoxicity', 'QT prolongation']),
        meddra: code22(g, 'MedDRA'),
        onset: dt(g, onset, 'edc'),
        seriousness: ['hospitalization'],
      },
    ],
    suspect: drug22(g),
    device: { name: device22(g, 'implant'), serial: serialValue(g) },
    narrative: t`${nm(g, s, g.pick(['full', 'last_first']))} (subject ${subjectId(g)}) developed ${lab22(g)} on ${dt(g, onset, 'long')} after ${drugName22(g)}; seen at ${org22(g, 'hospital')}. Reporter ${nm(g, rep, 'full')} ${phoneValue(g)}. Photo ${phi('photo', `sae_${g.digits(6)}.png`, 'sae_photo')}.`,
    reporter: { license: stateLicenseValue(g), npi: npiValue(g) },
    updatedAt: ts22(g),
  });
};

const wearableSync: Template = (g) => {
  const s = subject22(g);
  return toolResult(g, {
    participant: subjectId(g),
    device: { model: device22(g, 'wearable'), serialNumber: serialValue(g), firmware: version22(g) },
    lastSync: ts22(g),
    clientIp: ipValue(g),
    portalLink: phi(
      'url',
      `https://epro.example.com/p/${g.digits(6)}?who=${s.first
        .toLowerCase()
        .normalize('NFD')
        .replace(/[^a-z]/g, '')}`,
      'epro',
    ),
    summary: t`${keep('statistic', `${g.int(40, 99)}% wear-time adherence`)}; ${lab22(g)}; enrolled ${dt(g, studyDate(g), 'us')} by ${nm(g, person22(g, 22, 60), 'initial_last')}`,
    homeZip: zipValue(g),
  });
};

const econsentAudit: Template = (g) => {
  const rows: JsonTree[] = [];
  for (let i = 0; i < g.int(2, 4); i++) {
    const s = subject22(g);
    rows.push({
      participant: nm(g, s, g.pick(['full', 'lower'])),
      subject_id: subjectId(g),
      event: g.pick(['viewed', 'signed', 'quiz_passed']),
      signed_on: dt(g, studyDate(g), g.pick(['iso', 'us'])),
      at: ts22(g),
      ip: ipValue(g),
      ua: `Mozilla/5.0 (${g.pick(['iPhone', 'Windows NT 10.0', 'Android 14'])})`,
      icf_version: version22(g),
      link: phi('url', `https://consent.example.org/sign/${g.f.string.alphanumeric(10)}`, 'econsent'),
      signature_template: biometricValue(g),
    });
  }
  return {
    resource: {
      uri: `econsent://audit/${protocolNo(g)}`,
      mimeType: 'application/json',
      text: jsonText({ rows }),
    },
  };
};

export const BLIND22_JSON_DOCS: Record<string, Template> = {
  b22RedcapExport: redcapExport,
  b22EdcColumnar: edcColumnar,
  b22DeviationTool: deviationTool,
  b22BiobankManifest: biobankManifest,
  b22SequencingRunCall: sequencingRunCall,
  b22CaseReport: caseReport,
  b22ContactTraceCall: contactTraceCall,
  b22IisResult: iisResult,
  b22PdmpApi: pdmpApi,
  b22PbmClaim: pbmClaim,
  b22SpecialtyIntake: specialtyIntake,
  b22DispensingLog: dispensingLog,
  b22NaaccrAbstract: naaccrAbstract,
  b22SaeCase: saeCase,
  b22WearableSync: wearableSync,
  b22EconsentAudit: econsentAudit,
};
