/** JSON documents of blind split 28: note API results around narrative records. SYNTHETIC DATA ONLY. */
import type { Cast } from '../cast';
import type { Gen } from '../context';
import { type JsonTree, keep, phi, t } from '../fragment';
import {
  biometricValue,
  ipValue,
  memberIdValue,
  npiValue,
  photoFile,
  ssnValue,
  urlValue,
  vinValue,
} from '../identifiers';
import { systemTimestamp, uuid, version } from '../keep-vocab';
import { nameIn } from '../people';
import {
  acct28,
  addD,
  ageK,
  ageOf28,
  code,
  county,
  dev28,
  dname,
  dt,
  employer,
  epo,
  hhmm,
  labv,
  med,
  monthYear,
  mrn28,
  org,
  PAYERS,
  p28,
  pager,
  pname,
  proc,
  recordId,
  stat,
  street,
  tel,
  town,
  yr,
  zip,
} from './vocab';

type Template = (g: Gen, c: Cast) => JsonTree;

const noteResult: Template = (g, c) => {
  const pt = p28(g);
  const au = p28(g);
  return {
    id: uuid(g),
    apiVersion: version(g),
    retrievedAt: systemTimestamp(g),
    requester: {
      user: phi(
        'name',
        `${au.first[0]?.toLowerCase()}${au.last.toLowerCase().replace(/[^a-z]/g, '')}`,
        'login',
      ),
      ip: ipValue(g),
    },
    note: {
      type: 'Admission H&P',
      facility: org(g),
      encounter: acct28(g),
      patient: { display: pname(g, pt), mrn: mrn28(g), ageYears: ageOf28(g) },
      author: dname(g, au),
      serviceDate: dt(g, c.admit, false),
      text: t`${phi('name', pt.first, 'first')} was seen on ${dt(g, c.admit)}. Social: lives at ${street(g)}, ${town(g)} ${zip(g)} with ${g.pick(['his wife', 'her husband', 'a roommate'])} ${phi('name', p28(g).first, 'first')}; works at ${employer(g)}; smoked until ${yr(g)}. Family: sister ${phi('name', `${p28(g).first} ${pt.last}`, 'full')} with ${epo(g)}. Exam ${labv(g)}. Plan ${med(g)}, ${med(g)}; ${code(g)}.`,
    },
  };
};

const encounterList: Template = (g, c) => {
  const pt = p28(g);
  return {
    patient: {
      name: pname(g, pt),
      mrn: mrn28(g),
      ssn: ssnValue(g),
      insurance: { payer: org(g, PAYERS), memberId: memberIdValue(g) },
    },
    encounters: [
      { date: dt(g, addD(c.admit, -g.int(100, 400)), false), type: 'ED visit', site: org(g), dx: code(g) },
      {
        date: dt(g, c.admit, false),
        type: 'Inpatient',
        site: org(g),
        drg: proc(g),
        attending: dname(g, p28(g)),
      },
      { date: dt(g, addD(c.discharge, 14), false), type: 'Clinic', site: org(g), note: t`BP ok; ${labv(g)}` },
    ],
    generated: systemTimestamp(g),
    schemaVersion: version(g),
  };
};

const medListJson: Template = (g, c) => {
  const pt = p28(g);
  const pr = p28(g);
  return {
    reconciliationId: uuid(g),
    patient: pname(g, pt),
    dob: dt(g, new Date(Date.UTC(g.int(1930, 1999), g.int(0, 11), g.int(1, 28))), false),
    reconciledOn: dt(g, c.discharge, false),
    prescriber: {
      name: phi('name', `${pr.first} ${pr.last}`, 'full'),
      npi: npiValue(g),
      phone: tel(g),
      fax: tel(g, 'fax'),
    },
    medications: [med(g), med(g), med(g), med(g)],
    notes: t`Patient's ${g.pick(['son', 'daughter'])} ${phi('name', p28(g).first, 'first')} manages pillbox; ${dev28(g)} at home.`,
  };
};

const portalMessage: Template = (g, c) => {
  const pt = p28(g);
  return {
    messageId: uuid(g),
    sentAt: systemTimestamp(g),
    from: {
      name: pname(g, pt),
      email: phi(
        'email',
        `${pt.last.toLowerCase().replace(/[^a-z]/g, '')}.${g.digits(3)}@mailbox.example.org`,
      ),
    },
    to: dname(g, p28(g)),
    subject: 'Question about my discharge',
    body: t`Hi, this is ${phi('name', pt.first, 'first')}. Since I left on ${dt(g, c.discharge)} my ankles are swelling. I take ${med(g)}. My ${g.pick(['wife', 'husband', 'daughter'])} ${phi('name', p28(g).first, 'first')} can drive me in; call ${tel(g)}. I attached ${photoFile(g, pt.last)}.`,
    portalLink: urlValue(g, pt.last),
    clientIp: ipValue(g),
    appVersion: version(g),
  };
};

const transferRequest: Template = (g, c) => {
  const pt = p28(g);
  return {
    requestId: recordId(g),
    createdAt: systemTimestamp(g),
    from: { facility: org(g), town: town(g), callback: tel(g), physician: dname(g, p28(g)) },
    to: { facility: org(g), accepting: dname(g, p28(g)), pager: pager(g) },
    patient: { name: pname(g, pt), age: ageOf28(g), mrn: mrn28(g), county: county(g) },
    clinical: t`${code(g)} since ${dt(g, addD(c.admit, -1))}; ${labv(g)}; on ${med(g)}. ${epo(g)}. Echo ${monthYear(g, addD(c.admit, -90))}.`,
    transport: { unit: `Medic ${g.int(1, 30)}`, departed: hhmm(g), familyVehicle: vinValue(g) },
  };
};

const deviceCheck: Template = (g, c) => {
  const pt = p28(g);
  return {
    transmissionId: uuid(g),
    received: systemTimestamp(g),
    device: {
      model: dev28(g),
      serial: phi('device', `${g.letters(3)}${g.digits(6)}${g.letters(1)}`, 'serial'),
      firmware: version(g),
    },
    patient: {
      name: pname(g, pt),
      dob: dt(g, new Date(Date.UTC(g.int(1932, 1990), g.int(0, 11), g.int(1, 28))), false),
      clinic: org(g),
    },
    implantDate: dt(g, addD(c.admit, -g.int(200, 2000)), false),
    findings: t`${labv(g)}; AF burden 3%; ${epo(g)}. Reviewed by ${dname(g, p28(g))} on ${dt(g, c.discharge)}.`,
    enrollment: { verifiedBy: 'fingerprint', template: biometricValue(g), age: ageK(g, g.int(40, 89)) },
    siteStatistic: stat(g),
  };
};

const nursingFlowsheet: Template = (g, c) => {
  const pt = p28(g);
  const rn = p28(g);
  return {
    flowsheetId: uuid(g),
    patient: nameIn(g, c.pt, 'last_first'),
    roommateNote: t`Shares room with ${pname(g, pt)}`,
    rows: [
      { time: systemTimestamp(g), vital: labv(g), nurse: phi('name', `${rn.first} ${rn.last}`, 'full') },
      { time: systemTimestamp(g), score: keep('eponym', 'Conley fall scale'), value: '45' },
      {
        time: systemTimestamp(g),
        wound: photoFile(g, pt.last),
        cabinet: keep('device_name', 'Omnicell XT automated cabinet'),
        override: biometricValue(g),
      },
    ],
    shiftDate: dt(g, c.admit, false),
  };
};

export const BLIND28_JSON_DOCS: Record<string, Template> = {
  b28NoteResult: noteResult,
  b28EncounterList: encounterList,
  b28MedListJson: medListJson,
  b28PortalMessage: portalMessage,
  b28TransferRequest: transferRequest,
  b28DeviceCheck: deviceCheck,
  b28NursingFlowsheet: nursingFlowsheet,
};
