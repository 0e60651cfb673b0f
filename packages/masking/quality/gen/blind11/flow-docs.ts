/**
 * MCP flows of blind split 11: tool-call arguments, resource reads and links, prompts, sampling,
 * elicitation answers and errors that quote their input. SYNTHETIC ONLY.
 */
import type { Gen } from '../context';
import { type JsonTree, jsonText, t } from '../fragment';
import { date, iso, plusDays, recent } from './dates';
import * as id from './ids';
import { age, call, jsonBlock, resource, result, rpcId, text } from './mcp';
import { clinician, clinicianSpan, nm, patient, person } from './people';
import { address, oneLine } from './places';
import * as v from './vocab';

type Template = (g: Gen) => JsonTree;

/** A natural-language query as a tool argument, names, dates and ids inside the sentence. */
const nlQueryCall: Template = (g) => {
  const p = patient(g);
  const d = recent(g);
  const q = g.pick([
    () =>
      t`find ${nm(g, p, ['lower_full', 'full', 'family_given'])} born ${date(g, p.dob, ['us_loose', 'sloppy_lower', 'long', 'us_yy'])} and show the last ${g.pick(['magnesium', 'lipase', 'D-dimer', 'NT-proBNP'])} results`,
    () =>
      t`pull the discharge summary for MRN ${id.mrn(g)} from ${date(g, d, ['sloppy_nocomma', 'weekday_long', 'us'])}`,
    () =>
      t`Did ${nm(g, p, ['given', 'nick_family'])} (${age(p)} y/o, ${g.pick(['pt of', 'seen by'])} ${clinician(g, person(g, 30, 70))}) ever get ${v.drugDose(g)}?`,
    () =>
      t`list claims for member ${id.member(g)} with service dates between ${date(g, d, ['us', 'iso'])} and ${date(g, plusDays(d, 30), ['us', 'iso'])}`,
    () =>
      t`whats the phone on file for ${nm(g, p, ['lower_full', 'full'])}? lives at ${oneLine(g, address(g))}`,
  ])();
  return call(g, g.pick(['ehr_search', 'ask_chart', 'query_records', 'chart.nl_query']), {
    query: q,
    limit: g.int(5, 50),
    includeNotes: g.chance(0.5),
  });
};

/** Structured filters as arguments, in several key casings and languages. */
const structuredFilterCall: Template = (g) => {
  const p = patient(g);
  const a = address(g);
  const from = recent(g);
  const style = g.int(0, 3);
  const filters: JsonTree =
    style === 0
      ? {
          lastName: nm(g, p, ['family']),
          firstName: nm(g, p, ['given']),
          dateOfBirth: iso(p.dob),
          zipCode: a.zip,
        }
      : style === 1
        ? {
            PT_LNAME: nm(g, p, ['family']),
            PT_FNAME: nm(g, p, ['given']),
            PT_DOB: date(g, p.dob, ['compact', 'us']),
            PT_SSN: id.ssn(g),
          }
        : style === 2
          ? {
              apellidos: nm(g, p, ['family']),
              nombre: nm(g, p, ['given']),
              fecha_nac: date(g, p.dob, ['dotted_eu', 'iso']),
              telefono: id.phone(g),
            }
          : {
              'name.family': nm(g, p, ['family']),
              'birthdate:ge': iso(p.dob),
              'address-city': a.city,
              identifier: t`urn:mrn|${id.mrn(g)}`,
            };
  return call(g, g.pick(['patients.search', 'find_patient', 'mpi_lookup']), {
    filters,
    dateRange: { from: iso(from), to: iso(plusDays(from, g.int(10, 200))) },
    sort: [{ field: 'lastVisit', dir: 'desc' }],
    apiVersion: v.version(g),
  });
};

/** resources/read of a chart summary in YAML, the patient id in the URI. */
const resourceReadYaml: Template = (g) => {
  const p = patient(g);
  const a = address(g);
  const mrn = id.mrn(g);
  const body = t`patient:
  name: ${nm(g, p, ['full', 'family_given'])}
  dob: ${iso(p.dob)}
  age: ${age(p)}
  mrn: "${mrn}"
  address:
    line1: ${a.line1}
    city: ${a.city}
    zip: "${a.zip}"
problems:
  - code: ${v.icd10(g)}
    desc: ${v.eponym(g)}
  - code: ${v.snomed(g)}
    desc: hypertension
meds:
  - ${v.drugDose(g, true)}
  - ${v.drugDose(g, true)}
generated: ${v.ts(g)}
schema: ${v.version(g)}
`;
  return resource(g, t`ehr://patients/${id.mrn(g)}/summary`, 'application/yaml', body);
};

/** A result whose content is resource links, ids and names in URIs and titles. */
const resourceLinks: Template = (g) => {
  const p = patient(g);
  const links = Array.from({ length: g.int(2, 4) }, () => {
    const d = recent(g);
    return {
      type: 'resource_link',
      uri: t`chart://encounters/${id.encounterId(g)}`,
      name: t`${g.pick(['Progress note', 'Op note', 'ED note', 'H&P'])} ${date(g, d, ['iso', 'us', 'd_mon_y'])}`,
      description: t`${nm(g, p, ['family_given', 'full'])} - ${v.eponym(g)}`,
      mimeType: 'text/plain',
    };
  });
  return result(g, [
    text(t`Found ${links.length} notes for ${nm(g, p, ['full', 'initial_family'])}:`),
    ...links,
  ]);
};

/** prompts/get: a templated prompt with patient context in the messages. */
const promptGet: Template = (g) => {
  const p = patient(g);
  const doc = person(g, 30, 70);
  const admit = recent(g);
  return {
    jsonrpc: '2.0',
    id: rpcId(g),
    result: {
      description: 'Draft a discharge letter',
      messages: [
        {
          role: 'user',
          content: {
            type: 'text',
            text: t`Write a discharge letter for ${nm(g, p, ['full', 'full_middle'])}, ${age(p)}, MRN ${id.mrn(g)}, admitted ${date(g, admit)} and discharged ${date(g, plusDays(admit, g.int(1, 9)))} under ${clinician(g, doc)}. Course notable for ${v.eponym(g)}; coded ${v.icd10(g)}. Discharge meds: ${v.drugDose(g, true)}; ${v.drugDose(g, true)}. Follow-up with ${clinician(g, person(g, 30, 70))} at ${v.org(g)}, phone ${id.phone(g)}.`,
          },
        },
        {
          role: 'user',
          content: {
            type: 'resource',
            resource: {
              uri: t`ehr://patients/${id.mrn(g)}/allergies`,
              mimeType: 'application/json',
              text: jsonText({
                allergies: [{ substance: v.drugName(g), reaction: 'hives', recorded: v.ts(g) }],
              }),
            },
          },
        },
      ],
    },
  };
};

/** sampling/createMessage from a server: patient context in the messages and system prompt. */
const samplingRequest: Template = (g) => {
  const p = patient(g);
  const rel = person(g);
  return {
    jsonrpc: '2.0',
    id: rpcId(g),
    method: 'sampling/createMessage',
    params: {
      systemPrompt: t`You summarise charts for ${v.org(g)}. Never reveal identifiers.`,
      messages: [
        {
          role: 'user',
          content: {
            type: 'text',
            text: t`Summarise: ${nm(g, p, ['full', 'family_given'])} (${g.pick(['DOB', 'born', 'd.o.b.'])} ${date(g, p.dob)}) lives with ${g.pick(['her', 'his'])} ${g.pick(['son', 'wife', 'caregiver'])} ${nm(g, rel, ['full', 'given'])} at ${oneLine(g, address(g))}. ${v.labValue(g)}, ${v.labValue(g)}, ${v.vital(g)}. ${v.eponym(g)} noted. Plan ${v.drugDose(g)}.`,
          },
        },
      ],
      modelPreferences: { hints: [{ name: 'summarizer-large' }], intelligencePriority: 0.6 },
      maxTokens: g.pick([400, 800, 1200]),
      metadata: { requestedAt: v.ts(g), traceId: v.uuid(g) },
    },
  };
};

/** An elicitation answer: identity verification with SSN, licence, vehicle and a fingerprint. */
const elicitationAnswer: Template = (g) => {
  const p = patient(g);
  const content: JsonTree = g.pick([
    () => ({
      fullName: nm(g, p, ['full', 'lower_full']),
      dob: date(g, p.dob, ['us', 'us_loose', 'iso']),
      ssn: id.ssn(g),
      zip: address(g).zip,
    }),
    () => ({
      name: nm(g, p, ['full']),
      dl_number: id.driversLicense(g),
      dl_state: 'OH',
      vin: id.vin(g),
      plate: id.plate(g),
    }),
    () => ({ callback: id.phone(g), email: id.email(g, p), bestTime: 'after 5', confirmDob: date(g, p.dob) }),
    () => ({ who: nm(g, p, ['full', 'given']), palmVeinId: id.biometric(g), passport: id.passport(g) }),
  ])();
  return { jsonrpc: '2.0', id: rpcId(g), result: { action: 'accept', content } };
};

/** An error whose `data` quotes the bad input back. */
const errorData: Template = (g) => {
  const p = patient(g);
  const bad = g.pick([
    () => ({
      field: 'dob',
      got: date(g, p.dob, ['sloppy_lower', 'us_yy', 'dotted_eu']),
      expected: 'YYYY-MM-DD',
    }),
    () => ({ field: 'ssn', got: id.ssn(g), reason: 'failed checksum lookup' }),
    () => ({
      field: 'memberId',
      got: id.member(g),
      reason: t`no coverage for ${nm(g, p, ['upper_family_given', 'full'])}`,
    }),
    () => ({ field: 'mrn', got: id.mrn(g), reason: 'merged into another record' }),
  ])();
  return {
    jsonrpc: '2.0',
    id: rpcId(g),
    error: {
      code: g.pick([-32602, -32000, -32603]),
      message: g.pick([
        t`Invalid params for ${nm(g, p, ['full', 'family_given'])}`,
        'Invalid params',
        'Upstream EHR error',
      ]),
      data: {
        ...bad,
        requestId: v.uuid(g),
        at: v.ts(g),
        upstream: g.chance(0.5) ? jsonText({ status: 422, detail: bad }) : null,
      },
    },
  };
};

/** Non-emergency transport booking: pickup address, vehicle, driver, rider. */
const transportBooking: Template = (g) => {
  const p = patient(g);
  const driver = person(g, 25, 65);
  const pick = address(g);
  const d = recent(g);
  return result(g, [
    jsonBlock(g, {
      rideId: v.uuid(g),
      rider: {
        name: nm(g, p, ['full', 'family_given']),
        phone: id.phone(g),
        mobility: g.pick(['wheelchair', 'ambulatory', 'stretcher']),
        age: age(p),
      },
      pickup: {
        line1: pick.line1,
        line2: pick.line2,
        city: pick.city,
        zip: pick.zip,
        when: t`${date(g, d, ['iso', 'us'])} 07:45`,
      },
      dropoff: { facility: v.org(g), desc: 'dialysis chair 4' },
      driver: { who: nm(g, driver, ['full', 'given_mi_family']), license: id.driversLicense(g) },
      vehicle: {
        vin: id.vin(g),
        plate: id.plate(g),
        model: g.pick(['Ford Transit 350', 'Toyota Sienna', 'Dodge Grand Caravan']),
        year: v.year(g),
      },
      bookedAt: v.ts(g),
    }),
  ]);
};

/** Implant registry entries: device serials and UDIs tied to the patient. */
const implantRegistry: Template = (g) => {
  const p = patient(g);
  const surgeon = person(g, 30, 70);
  const items = Array.from({ length: g.int(1, 3) }, () => ({
    device: v.deviceName(g),
    udi: id.udi(g),
    serial: id.deviceSerial(g),
    implanted: date(g, recent(g), ['iso', 'us', 'long']),
    by: clinicianSpan(g, surgeon),
    fw: v.version(g),
    remoteMonitor: g.chance(0.5) ? { imei: id.imei(g), lastTx: v.ts(g) } : null,
  }));
  return result(g, [
    jsonBlock(g, {
      registry: 'implants',
      pt: { nm: nm(g, p, ['family_given', 'caret']), mrn: id.mrn(g) },
      items,
    }),
  ]);
};

/** A tool result with a JSON string inside a JSON string (double-encoded payloads). */
const jsonInString: Template = (g) => {
  const p = patient(g);
  const inner = {
    pid: id.mrn(g),
    nm: nm(g, p, ['full', 'caret']),
    dob: iso(p.dob),
    acct: id.account(g),
    enc: id.encounterId(g),
  };
  return result(g, [
    jsonBlock(g, {
      event: 'ADT^A08',
      payload: jsonText(inner),
      receivedAt: v.ts(g),
      messageId: v.uuid(g),
      meta: { source: v.org(g), schema: v.version(g) },
    }),
  ]);
};

/** Arrays of arrays: a header row then value rows, as spreadsheet tools return them. */
const arraysOfArrays: Template = (g) => {
  const rows = Array.from({ length: g.int(3, 6) }, () => {
    const p = patient(g);
    return [
      nm(g, p, ['family', 'upper_family_given']),
      nm(g, p, ['given']),
      date(g, p.dob, ['us', 'iso']),
      id.mrn(g),
      id.phone(g),
      v.icd10(g),
      age(p),
    ];
  });
  return result(g, [
    jsonBlock(g, {
      sheet: 'Outreach list',
      values: [['Last', 'First', 'DOB', 'MRN', 'Phone', 'Dx', 'Age'], ...rows],
      range: 'A1:G40',
    }),
  ]);
};

export const FLOW_DOCS: Record<string, Template> = {
  b11_nl_query_call: nlQueryCall,
  b11_structured_filter_call: structuredFilterCall,
  b11_resource_read_yaml: resourceReadYaml,
  b11_resource_links: resourceLinks,
  b11_prompt_get: promptGet,
  b11_sampling_request: samplingRequest,
  b11_elicitation_answer: elicitationAnswer,
  b11_error_data: errorData,
  b11_transport_booking: transportBooking,
  b11_implant_registry: implantRegistry,
  b11_json_in_string: jsonInString,
  b11_arrays_of_arrays: arraysOfArrays,
};
