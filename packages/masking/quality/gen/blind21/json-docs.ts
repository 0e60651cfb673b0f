/**
 * JSON documents of blind split 21: an EHR notes API as MCP carries it (tool calls, results with
 * a text copy and structured content), with note text inside strings. SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { type Frag, type JsonTree, jsonText, keep, phi, type Span, t } from '../fragment';
import {
  biometricValue,
  email,
  ipValue,
  mbiValue,
  memberIdValue,
  npiValue,
  photoFile,
  serialValue,
  ssnValue,
  urlValue,
} from '../identifiers';
import { type Case, newCase } from './case';
import {
  accession,
  addDays,
  agePhrase,
  ageVal,
  careDate,
  clinic,
  code,
  dept,
  deviceName,
  dob,
  drName,
  dt,
  echo,
  eponym,
  finVal,
  hospital,
  lab,
  med,
  monthOnly,
  mrnVal,
  nm,
  payer,
  ptName,
  room,
  stat,
  tel,
  userId,
  vitals,
  type Who,
  year,
} from './kit';
import { DICTATION_SOFTWARE } from './vocab';

type Template = (g: Gen) => JsonTree;

const uuid = (g: Gen): Span => keep('uuid', g.f.string.uuid());

/** A time the notes system stamps on its own record: a keep timestamp. */
function stamp(g: Gen): Span {
  const d = new Date(Date.UTC(2025, g.int(0, 10), g.int(1, 28), g.int(0, 23), g.int(0, 59), g.int(0, 59)));
  return keep(
    'timestamp',
    g.pick([d.toISOString(), d.toISOString().replace('.000Z', 'Z'), String(d.getTime())]),
  );
}

const apiVersion = (g: Gen): Span =>
  keep(
    'version',
    g.pick([`v${g.int(1, 4)}.${g.int(0, 12)}.${g.int(0, 9)}`, `${g.int(2, 5)}.${g.int(0, 30)}`]),
  );

/** An MCP tools/call result: the record as text and as structured content. */
function result(g: Gen, record: JsonTree): JsonTree {
  const frame: { [k: string]: JsonTree } = {
    content: [{ type: 'text', text: jsonText(record, g.pick([0, 2])) }],
  };
  if (g.chance(0.6)) frame.structuredContent = record;
  frame.isError = false;
  return g.chance(0.5) ? { jsonrpc: '2.0', id: g.int(1, 999), result: frame } : frame;
}

function call(g: Gen, name: string, args: JsonTree): JsonTree {
  return { jsonrpc: '2.0', id: g.int(1, 999), method: 'tools/call', params: { name, arguments: args } };
}

function ptRef(g: Gen, p: Who): JsonTree {
  return g.pick([
    () => ({
      mrn: mrnVal(g),
      name: nm(`${p.last}, ${p.first}`, 'last_first'),
      birthDate: dt(g, p.dob, 'iso'),
    }),
    () => ({
      MRN: mrnVal(g),
      patientName: nm(`${p.first} ${p.last}`, 'full'),
      DOB: dob(g, p),
      ageYears: p.age > 89 ? phi('age', String(p.age)) : keep('age_under_90', String(p.age)),
    }),
    () => ({
      id: mrnVal(g),
      family: nm(p.last, 'last'),
      given: nm(p.first, 'first'),
      dob: dt(g, p.dob, 'mdy'),
    }),
  ])();
}

function authorRef(g: Gen, a: Who): JsonTree {
  return { display: nm(`${a.first} ${a.last}`, 'full'), userId: userId(g, a), npi: npiValue(g) };
}

function noteBody(g: Gen, c: Case): Frag {
  return g.pick([
    () =>
      t`Dear Dr. ${nm(c.pcp.last, 'dr_last')},\n\nI had the pleasure of seeing ${ptName(g, c.pt)} today in ${dept(g)} follow-up. ${agePhrase(g, c.pt)} with ${eponym(g)}; ${lab(g)}, ${stat(g)}. Continue ${med(g)}. ${c.pt.female ? 'She' : 'He'} was last admitted ${dt(g, c.admit, 'md')}–${dt(g, c.discharge, 'md')}.\n\nSincerely,\n${nm(`${c.consultant.first} ${c.consultant.last}`, 'full')}, MD`,
    () =>
      t`HOSPITAL COURSE: Admitted ${dt(g, c.admit, 'mdy')} to ${room(g)}. On ${dt(g, addDays(c.admit, 1), 'md')} ${lab(g)}; ${med(g)} started. ${c.relation} ${nm(c.relative.first, 'first')} (${tel(g)}) updated. D/c ${dt(g, c.discharge, 'mdy_short')} to ${c.home.town}.`,
    () =>
      t`S: ${nm(c.pt.first, 'first')} reports ${g.int(2, 6)} lb weight gain since ${monthOnly(c.admit)}. O: ${vitals(g)}, ${vitals(g)}, ${echo(g)}. A/P: ${code(g, 'ICD-10')}, ${med(g)}. RTC ${dt(g, addDays(c.discharge, 14), 'mon_day')}. -${nm(`${c.attending.first[0]}${c.attending.last[0]}`, 'initials')}`,
  ])();
}

const noteGet: Template = (g) => {
  const c = newCase(g);
  const record: JsonTree = {
    noteId: uuid(g),
    noteType: g.pick(['Discharge Summary', 'Progress Note', 'Consult Letter', 'Clinic Note']),
    status: 'final',
    patient: ptRef(g, c.pt),
    encounter: { fin: finVal(g), admitDate: dt(g, c.admit, 'iso'), facility: hospital(g), location: room(g) },
    serviceDate: dt(g, c.discharge, g.pick(['iso', 'mdy'])),
    author: authorRef(g, c.attending),
    text: noteBody(g, c),
    meta: { createdAt: stamp(g), lastUpdated: stamp(g), apiVersion: apiVersion(g) },
  };
  return result(g, record);
};

const notesSearchCall: Template = (g) => {
  const c = newCase(g);
  const from = careDate(g);
  return call(g, g.pick(['ehr_search_notes', 'notes.search', 'search_clinical_notes']), {
    patient_name: g.pick([
      () => nm(`${c.pt.first} ${c.pt.last}`, 'full'),
      () => nm(`${c.pt.last.toLowerCase()}, ${c.pt.first.toLowerCase()}`, 'lower_last_first'),
    ])(),
    dob: dob(g, c.pt),
    mrn: mrnVal(g),
    query: t`echo reports and ${eponym(g)} since ${monthOnly(from)} ${year(g, 2022, 2025)}, ordered by ${drName(g, c.consultant)}`,
    date_from: dt(g, from, 'iso'),
    date_to: dt(g, addDays(from, g.int(30, 400)), 'iso'),
    limit: g.int(5, 50),
  });
};

const notesSearchResult: Template = (g) => {
  const c = newCase(g);
  const hits = Array.from({ length: g.int(2, 4) }, () => {
    const d = careDate(g);
    return {
      id: uuid(g),
      title: g.pick(['Cardiology Clinic Note', 'Nephrology Consult', 'Endocrine F/U', 'ED Provider Note']),
      date: dt(g, d, g.pick(['iso', 'mdy'])),
      author: nm(`${c.consultant.last}, ${c.consultant.first}`, 'last_first'),
      snippet: t`…${c.pt.female ? 'Mrs.' : 'Mr.'} ${nm(c.pt.last, 'title_last')} seen ${dt(g, d, 'md')}; ${lab(g)}; ${med(g)}…`,
      score: keep('statistic', `relevance ${(g.int(40, 99) / 100).toFixed(2)}`),
    };
  });
  return result(g, { patient: ptRef(g, c.pt), total: hits.length, hits, searchedAt: stamp(g) });
};

const demographics: Template = (g) => {
  const c = newCase(g);
  const a = c.home;
  return result(g, {
    resourceType: 'PatientSummary',
    id: uuid(g),
    mrn: mrnVal(g),
    name: { last: nm(c.pt.last, 'last'), first: nm(c.pt.first, 'first'), middle: nm(c.pt.middle, 'middle') },
    birthDate: dt(g, c.pt.dob, 'iso'),
    age: ageVal(c.pt.age),
    ssn: ssnValue(g),
    address: { line: a.street, city: a.town, county: a.county, state: a.state, postalCode: a.zip },
    telecom: [
      { system: 'phone', use: 'home', value: tel(g) },
      { system: 'email', value: email(g, c.pt.first, c.pt.last) },
    ],
    coverage: { payer: payer(g), memberId: g.chance(0.5) ? mbiValue(g) : memberIdValue(g) },
    emergencyContact: {
      name: nm(`${c.relative.first} ${c.relative.last}`, 'full'),
      relationship: c.relation,
      phone: tel(g),
    },
    pcp: { name: nm(`${c.pcp.first} ${c.pcp.last}`, 'full'), npi: npiValue(g), clinic: clinic(g) },
    portalUrl: urlValue(g, c.pt.last),
    updatedAt: stamp(g),
  });
};

const encounters: Template = (g) => {
  const c = newCase(g);
  const rows = Array.from({ length: g.int(2, 4) }, () => {
    const adm = careDate(g);
    return {
      fin: finVal(g),
      class: g.pick(['inpatient', 'observation', 'emergency', 'outpatient']),
      admitted: dt(g, adm, g.pick(['iso', 'mdy'])),
      discharged: dt(g, addDays(adm, g.int(0, 9)), g.pick(['iso', 'mdy'])),
      facility: hospital(g),
      unit: room(g),
      attending: nm(`${c.attending.first} ${c.attending.last}`, 'full'),
      dx: code(g, 'ICD-10'),
    };
  });
  return result(g, {
    patient: ptRef(g, c.pt),
    encounters: rows,
    source: keep('version', `ehr-gateway ${g.int(1, 3)}.${g.int(0, 9)}.${g.int(0, 9)}`),
  });
};

const medications: Template = (g) => {
  const c = newCase(g);
  return result(g, {
    patient: ptRef(g, c.pt),
    medications: Array.from({ length: g.int(2, 5) }, () => ({
      med: med(g),
      startDate: dt(g, careDate(g), g.pick(['iso', 'mdy_short', 'month_year'])),
      prescriber: {
        name: nm(`${c.consultant.first[0]}. ${c.consultant.last}`, 'initial_last'),
        npi: npiValue(g),
      },
      status: g.pick(['active', 'on hold', 'discontinued']),
    })),
    reconciledBy: userId(g, c.attending),
    reconciledAt: stamp(g),
  });
};

const problems: Template = (g) => {
  const c = newCase(g);
  return result(g, {
    patient: ptRef(g, c.pt),
    problems: Array.from({ length: g.int(2, 5) }, () => ({
      display: eponym(g),
      icd10: code(g, 'ICD-10'),
      snomed: code(g, 'SNOMED'),
      onset: g.chance(0.5) ? dt(g, careDate(g), g.pick(['iso', 'month_year'])) : year(g),
      notedBy: nm(`${c.pcp.last}, ${c.pcp.first}`, 'last_first'),
    })),
  });
};

const auditTrail: Template = (g) => {
  const c = newCase(g);
  const u = c.nurse;
  return result(g, {
    noteId: uuid(g),
    patient: { mrn: mrnVal(g), name: nm(`${c.pt.last}, ${c.pt.first}`.toUpperCase(), 'upper_last_first') },
    events: Array.from({ length: g.int(2, 4) }, () => ({
      at: stamp(g),
      user: userId(g, g.pick([u, c.attending, c.typist])),
      action: g.pick(['VIEW', 'PRINT', 'SIGN', 'ADDENDUM']),
      clientIp: ipValue(g),
      workstation: `WS-${g.letters(3)}-${g.digits(3)}`,
      link: urlValue(g, c.pt.last),
      client: t`${g.pick(DICTATION_SOFTWARE)} ${apiVersion(g)}`,
    })),
    signature: { method: 'biometric', template: biometricValue(g), signedOn: dt(g, c.discharge, 'iso') },
  });
};

const attachments: Template = (g) => {
  const c = newCase(g);
  const d = careDate(g);
  return result(g, {
    patient: ptRef(g, c.pt),
    media: Array.from({ length: g.int(1, 3) }, () => ({
      id: uuid(g),
      fileName: photoFile(g, c.pt.last),
      caption: t`${g.pick(['wound R heel', 'sacral ulcer', 'AVF thrill site'])} ${dt(g, d, 'md')}`,
      takenBy: nm(`${c.nurse.first} ${c.nurse.last}`, 'full'),
      uploadedAt: stamp(g),
    })),
    devices: [
      {
        model: deviceName(g, 'cardiac'),
        serialNumber: serialValue(g),
        implanted: dt(g, addDays(d, -g.int(50, 900)), 'iso'),
      },
    ],
  });
};

const results: Template = (g) => {
  const c = newCase(g);
  const d = careDate(g);
  return result(g, {
    patient: ptRef(g, c.pt),
    orders: [
      {
        accession: accession(g),
        test: g.pick(['TTE complete', 'Renal function panel', 'Lipid panel', 'Thyroid panel']),
        loinc: code(g, 'LOINC'),
        collected: dt(g, d, g.pick(['iso', 'mdy'])),
        orderedBy: drName(g, c.pcp),
        values: [lab(g), lab(g), echo(g)],
        comment: t`Called to ${nm(`${c.nurse.first} ${c.nurse.last[0]}.`, 'first_initial')} RN on ${dt(g, d, 'md')}, ${vitals(g)}.`,
      },
    ],
    resultedAt: stamp(g),
  });
};

const createNoteCall: Template = (g) => {
  const c = newCase(g);
  const d = careDate(g);
  return call(g, g.pick(['ehr_create_note', 'notes.create', 'draft_clinic_letter']), {
    mrn: mrnVal(g),
    encounter: finVal(g),
    noteType: 'Letter',
    serviceDate: dt(g, d, 'iso'),
    body: t`Dear Dr. ${nm(c.pcp.last, 'dr_last')},\nThank you for referring ${ptName(g, c.pt)} (DOB ${dob(g, c.pt)}). ${agePhrase(g, c.pt)}, seen ${dt(g, d, 'md')}. ${lab(g)}. Started ${med(g)}; ${deviceName(g, 'cardiac')} placed, SN ${serialValue(g)}. Home: ${c.home.street}, ${c.home.town} ${c.home.state} ${c.home.zip}; ph ${tel(g)}; fax your office ${tel(g, 'fax')}.\n${nm(`${c.consultant.first} ${c.consultant.last}`, 'full')}, MD`,
    cc: [email(g, c.pcp.first, c.pcp.last)],
    requestedBy: { user: userId(g, c.consultant), ip: ipValue(g) },
  });
};

export const BLIND21_JSON_DOCS: Record<string, Template> = {
  b21NoteGet: noteGet,
  b21NotesSearchCall: notesSearchCall,
  b21NotesSearchResult: notesSearchResult,
  b21Demographics: demographics,
  b21Encounters: encounters,
  b21Medications: medications,
  b21Problems: problems,
  b21AuditTrail: auditTrail,
  b21Attachments: attachments,
  b21Results: results,
  b21CreateNoteCall: createNoteCall,
};
