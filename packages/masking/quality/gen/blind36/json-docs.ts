/**
 * Json documents of blind split 36: MCP frames of both protocol eras as a gateway in front of
 * clinical MCP servers sees them (tool calls and results, resources, prompts, sampling,
 * elicitation, notifications, stateless rounds, batches). SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { compactDate, formatDate, isoDate } from '../dates';
import { type Frag, type JsonTree, jsonText, keep, phi, render, type Span, t } from '../fragment';
import {
  accountValue,
  biometricValue,
  deaValue,
  driversLicenseValue,
  email,
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
import {
  ageSpan,
  anyDate,
  CLIENTS,
  code,
  deviceName,
  dob,
  drug,
  eponym,
  ip,
  lab,
  nameSpan,
  oneLineAddress,
  org,
  type Person,
  PROTOCOLS,
  person,
  place,
  stamp,
  statistic,
  traceparent,
  uuid,
  visit,
} from './vocab';

type Template = (g: Gen) => JsonTree;

const rpcId = (g: Gen): JsonTree => (g.chance(0.6) ? g.int(1, 4000) : keep('uuid', uuid(g)));
const ver = (g: Gen): Span => keep('version', g.pick(PROTOCOLS));
const ts = (g: Gen): Span => keep('timestamp', stamp(g));
const faxOr = (g: Gen): Span => phoneValue(g, 'fax');
const maybe = <T>(g: Gen, p: number, v: () => T): T | undefined => (g.chance(p) ? v() : undefined);

/** The same embedded-JSON text block in compact or indented form. */
const block = (g: Gen, tree: JsonTree): Frag => jsonText(tree, g.chance(0.5) ? 0 : 2);

const textBlock = (text: JsonTree): JsonTree => ({ type: 'text', text });

function meta2026(g: Gen): JsonTree {
  const [name, version] = g.pick(CLIENTS);
  return {
    'io.modelcontextprotocol/protocolVersion': keep('version', '2026-07-28'),
    'io.modelcontextprotocol/clientInfo': { name, version: keep('version', version) },
    traceparent: maybe(g, 0.7, () => traceparent(g)),
    progressToken: maybe(g, 0.4, () => keep('uuid', uuid(g))),
  };
}

function patientFacts(g: Gen, p: Person): { [key: string]: JsonTree | undefined } {
  const pl = place(g);
  const birth = dob(g);
  return {
    [g.pick(['mrn', 'MRN', 'patientId', 'medical_record_number'])]: mrnValue(g),
    [g.pick(['name', 'patientName', 'display'])]: nameSpan(g, p),
    [g.pick(['dob', 'birthDate', 'date_of_birth'])]: g.chance(0.6) ? isoDate(birth) : formatDate(g, birth),
    age: ageSpan(g),
    [g.pick(['phone', 'mobile', 'telecom'])]: phoneValue(g),
    address: g.chance(0.5)
      ? oneLineAddress(g, pl)
      : { line: pl.street, city: pl.town, district: pl.county, state: pl.abbr, postalCode: pl.zip },
    email: maybe(g, 0.5, () => email(g, p.first, p.last)),
    [g.pick(['memberId', 'insurance_id', 'plan_member'])]: g.chance(0.5) ? memberIdValue(g) : mbiValue(g),
    pcp: maybe(g, 0.5, () => t`${nameSpan(g, person(g))}, ${org(g)}`),
  };
}

// 1. tools/call of a patient lookup tool, identifiers under misleading keys.
const b36PatientLookupCall: Template = (g) => {
  const p = person(g);
  const key = g.pick(['q', 'value', 'arg0', 'query', 'text']);
  return {
    jsonrpc: '2.0',
    id: rpcId(g),
    method: 'tools/call',
    params: {
      name: g.pick(['patient_lookup', 'ehr.search_patients', 'find_patient', 'pt-search']),
      arguments: {
        [key]: g.chance(0.5) ? nameSpan(g, p) : t`${nameSpan(g, p)} ${anyDate(g, dob(g))}`,
        arg1: maybe(g, 0.6, () => mrnValue(g)),
        dob: maybe(g, 0.4, () => anyDate(g, dob(g))),
        zip: maybe(g, 0.4, () => place(g).zip),
        ssn: maybe(g, 0.2, () => ssnValue(g)),
        limit: g.int(1, 25),
      },
      _meta: g.chance(0.5) ? { progressToken: keep('uuid', uuid(g)) } : undefined,
    },
  };
};

// 2. CallToolResult: text JSON block and structuredContent with the same facts.
const b36LookupResult: Template = (g) => {
  const p = person(g);
  const facts = patientFacts(g, p);
  return {
    jsonrpc: '2.0',
    id: rpcId(g),
    result: {
      content: [textBlock(block(g, facts))],
      structuredContent: { patients: [facts], total: 1, searchedAt: ts(g) },
      isError: false,
    },
  };
};

// 3. Note writer: free text with everything a chart note carries.
const b36NoteWriterCall: Template = (g) => {
  const p = person(g);
  const doc = person(g);
  const seen = visit(g);
  const note = t`${g.pick(['Pt', 'Patient', 'Seen:'])} ${nameSpan(g, p)} (${ageSpan(g)} y) seen ${anyDate(g, seen)} for ${eponym(g)}. ${g.chance(0.5) ? t`Labs: ${lab(g)}, ${lab(g)}. ` : ''}Plan: start ${drug(g)}; continue ${drug(g)}. Dx ${code(g)}.${g.chance(0.4) ? t` Wound photo ${photoFile(g, p.last)} attached.` : ''}${g.chance(0.35) ? t` ${ssn(g, true)} confirmed at intake.` : ''} — ${nameSpan(g, doc)}, ${g.pick(['MD', 'NP', 'PA-C', 'DO'])}`;
  return {
    jsonrpc: '2.0',
    id: rpcId(g),
    method: 'tools/call',
    params: {
      name: g.pick(['write_progress_note', 'notes.create', 'draft_note']),
      arguments: {
        patient: g.chance(0.5) ? mrnValue(g) : { mrn: mrnValue(g), display: nameSpan(g, p) },
        encounterDate: isoDate(seen),
        author: { name: nameSpan(g, doc), npi: npiValue(g) },
        [g.pick(['text', 'body', 'noteText', 'arg0'])]: note,
        device: maybe(g, 0.4, () => t`${deviceName(g)} S/N ${serialValue(g)}`),
      },
    },
  };
};

// 4. Scheduler, with non-emergency medical transport.
const b36SchedulerCall: Template = (g) => {
  const p = person(g);
  const pl = place(g);
  const when = visit(g);
  return {
    jsonrpc: '2.0',
    id: rpcId(g),
    method: 'tools/call',
    params: {
      name: g.pick(['schedule_appointment', 'scheduler.book', 'book_visit']),
      arguments: {
        patient_name: nameSpan(g, p),
        mrn: mrnValue(g),
        slot: t`${isoDate(when)}T${String(g.int(7, 16)).padStart(2, '0')}:${g.pick(['00', '15', '30', '45'])}`,
        clinic: org(g),
        reason: t`follow-up ${eponym(g)}`,
        callback: phoneValue(g),
        transport: {
          pickup: oneLineAddress(g, pl),
          vehicle_vin: vinValue(g),
          plate: maybe(g, 0.6, () => plateValue(g)),
          driver: maybe(g, 0.5, () => nameSpan(g, person(g))),
          driver_license: maybe(g, 0.4, () => driversLicenseValue(g)),
        },
      },
    },
  };
};

// 5. Claims submission tool.
const b36ClaimsCall: Template = (g) => {
  const p = person(g);
  const doc = person(g);
  const svc = visit(g);
  return {
    jsonrpc: '2.0',
    id: rpcId(g),
    method: 'tools/call',
    params: {
      name: g.pick(['submit_claim', 'claims.837p', 'rcm_submit']),
      arguments: {
        subscriber: {
          name: nameSpan(g, p),
          memberId: memberIdValue(g),
          ssn: maybe(g, 0.4, () => ssnValue(g)),
          dob: compactDate(dob(g)),
        },
        payer: org(g),
        billing: { npi: npiValue(g), name: nameSpan(g, doc), taxonomy: '207R00000X' },
        accountNumber: accountValue(g),
        claimId: otherIdValue(g),
        serviceDate: g.chance(0.5) ? compactDate(svc) : isoDate(svc),
        lines: [
          { code: code(g), units: g.int(1, 3), charge: `${g.int(80, 900)}.00` },
          { code: code(g), units: 1, charge: `${g.int(20, 300)}.00` },
        ],
      },
    },
  };
};

// 6. Secure messaging tool.
const b36MessagingCall: Template = (g) => {
  const p = person(g);
  const rel = person(g);
  return {
    jsonrpc: '2.0',
    id: rpcId(g),
    method: 'tools/call',
    params: {
      name: g.pick(['send_secure_message', 'sms.send', 'portal_message']),
      arguments: {
        to: g.chance(0.5) ? phoneValue(g) : email(g, p.first, p.last),
        cc: maybe(g, 0.3, () => faxOr(g)),
        body: t`Hi ${phi('name', p.first)}, this is ${org(g)}. Your ${g.pick(['daughter', 'son', 'husband', 'wife', 'caregiver'])} ${nameSpan(g, rel)} asked us to confirm ${anyDate(g, visit(g))}. Results: ${lab(g)}. Questions: ${phoneValue(g)}.`,
        portalLink: maybe(g, 0.5, () => urlValue(g, p.last)),
      },
    },
  };
};

// 7. Pharmacy e-prescribing tool.
const b36PharmacyCall: Template = (g) => {
  const p = person(g);
  const doc = person(g);
  const pl = place(g);
  return {
    jsonrpc: '2.0',
    id: rpcId(g),
    method: 'tools/call',
    params: {
      name: g.pick(['erx.send', 'pharmacy_refill', 'send_prescription']),
      arguments: {
        patient: { name: nameSpan(g, p), dob: anyDate(g, dob(g)), address: oneLineAddress(g, pl) },
        medication: drug(g),
        sig: 'take as directed',
        prescriber: {
          name: nameSpan(g, doc),
          npi: npiValue(g),
          dea: deaValue(g, doc.last),
          stateLicense: maybe(g, 0.5, () => stateLicenseValue(g)),
        },
        pharmacy: { name: org(g), fax: phoneValue(g, 'fax'), phone: phoneValue(g) },
      },
    },
  };
};

// 8. CallToolResult with several content blocks.
const b36MultiBlockResult: Template = (g) => {
  const p = person(g);
  const m = mrnValue(g);
  const seen = visit(g);
  const blocks: JsonTree[] = [
    textBlock(t`Found chart for ${nameSpan(g, p)} (MRN ${m}), last visit ${anyDate(g, seen)}.`),
    {
      type: 'resource',
      resource: {
        uri: t`ehr://patients/${mrnValue(g)}/summary`,
        mimeType: 'application/json',
        text: block(g, {
          patient: nameSpan(g, p),
          problems: [{ code: code(g), text: eponym(g) }],
          meds: [drug(g), drug(g)],
          labs: [lab(g)],
          implant: maybe(g, 0.5, () => ({ model: deviceName(g), udi: udiValue(g) })),
        }),
      },
    },
    {
      type: 'resource_link',
      uri: g.chance(0.5) ? urlValue(g, p.last) : t`file:///exports/${photoFile(g, p.last)}`,
      name: t`${g.pick(['Chart export', 'Photo', 'Discharge summary'])} - ${nameSpan(g, p)}`,
      description: t`Generated ${ts(g)} for ${nameSpan(g, p)}`,
      mimeType: g.pick(['application/pdf', 'image/jpeg', 'text/markdown']),
    },
  ];
  return { jsonrpc: '2.0', id: rpcId(g), result: { content: blocks } };
};

// 9. isError result quoting the input.
const b36IsErrorResult: Template = (g) => {
  const p = person(g);
  const bad = g.pick([
    () => t`No patient matches name="${nameSpan(g, p)}" dob="${anyDate(g, dob(g))}"`,
    () => t`Member ${memberIdValue(g)} not eligible on ${anyDate(g, visit(g))}`,
    () => t`Invalid DEA ${deaValue(g, p.last)} for prescriber ${nameSpan(g, p)}`,
    () => t`Address "${oneLineAddress(g, place(g))}" failed validation`,
  ])();
  return {
    jsonrpc: '2.0',
    id: rpcId(g),
    result: { content: [textBlock(bad)], isError: true },
  };
};

// 10. JSON-RPC error with the offending argument in error.data.
const b36RpcError: Template = (g) => {
  const p = person(g);
  return {
    jsonrpc: '2.0',
    id: rpcId(g),
    error: {
      code: g.pick([-32602, -32603, -32002]),
      message: g.pick(['Invalid params', 'Internal error', 'Resource not found']),
      data: {
        argument: g.pick(['patient_ssn', 'mrn', 'arg0', 'value']),
        received: g.pick([
          () => ssnValue(g),
          () => mrnValue(g),
          () => nameSpan(g, p),
          () => accountValue(g),
        ])(),
        detail: maybe(g, 0.6, () => t`lookup of ${nameSpan(g, p)} at ${org(g)} failed`),
        uri: maybe(g, 0.4, () => t`ehr://patients/${mrnValue(g)}`),
        at: ts(g),
      },
    },
  };
};

// 11. resources/read contents of several mime types.
const b36ResourcesRead: Template = (g) => {
  const p = person(g);
  const m = mrnValue(g);
  const kind = g.pick(['markdown', 'csv', 'json', 'plain']);
  const text =
    kind === 'markdown'
      ? t`# ${nameSpan(g, p)}\n\n- DOB: ${anyDate(g, dob(g))}\n- MRN: ${mrnValue(g)}\n- Dx: ${eponym(g)} (${code(g)})\n- Meds: ${drug(g)}\n`
      : kind === 'csv'
        ? t`mrn,name,dob,phone\n${mrnValue(g)},"${nameSpan(g, p)}",${isoDate(dob(g))},${phoneValue(g)}\n${mrnValue(g)},"${nameSpan(g, person(g))}",${isoDate(dob(g))},${phoneValue(g)}\n`
        : kind === 'json'
          ? block(g, {
              resourceType: 'Patient',
              name: nameSpan(g, p),
              birthDate: isoDate(dob(g)),
              identifier: m,
            })
          : t`${nameSpan(g, p)} ${ssn(g, true)}; census note: ${keep('statistic', statistic(g))}`;
  return {
    jsonrpc: '2.0',
    id: rpcId(g),
    result: {
      contents: [
        {
          uri: t`ehr://patients/${mrnValue(g)}/${kind === 'csv' ? 'roster.csv' : 'chart'}`,
          mimeType: {
            markdown: 'text/markdown',
            csv: 'text/csv',
            json: 'application/json',
            plain: 'text/plain',
          }[kind] as string,
          text,
        },
      ],
    },
  };
};

// 12. resources/list and resources/templates/list.
const b36ResourcesList: Template = (g) => {
  const items: JsonTree[] = [];
  for (let i = 0, n = g.int(2, 4); i < n; i++) {
    const p = person(g);
    items.push({
      uri: t`ehr://patients/${mrnValue(g)}/chart`,
      name: t`${nameSpan(g, p)} chart`,
      description: t`Chart of ${nameSpan(g, p)}, born ${anyDate(g, dob(g))}, ${org(g)}`,
      mimeType: 'application/json',
    });
  }
  const templates = g.chance(0.5)
    ? {
        resourceTemplates: [
          {
            uriTemplate: 'ehr://patients/{mrn}/chart',
            name: 'patient-chart',
            description: t`Chart by MRN, e.g. ${mrnValue(g)}`,
          },
        ],
      }
    : undefined;
  return { jsonrpc: '2.0', id: rpcId(g), result: { resources: items, ...templates } };
};

// 13. prompts/get messages with an embedded resource.
const b36PromptsGet: Template = (g) => {
  const p = person(g);
  return {
    jsonrpc: '2.0',
    id: rpcId(g),
    result: {
      description: 'Summarize a discharge',
      messages: [
        {
          role: 'user',
          content: {
            type: 'text',
            text: t`Summarize the stay of ${nameSpan(g, p)} (${mrnValue(g)}), admitted ${anyDate(g, visit(g))}.`,
          },
        },
        {
          role: 'user',
          content: {
            type: 'resource',
            resource: {
              uri: t`ehr://patients/${mrnValue(g)}/discharge`,
              mimeType: 'text/plain',
              text: t`${nameSpan(g, p)}, ${ageSpan(g)} y/o, ${eponym(g)}. Discharged on ${drug(g)}. Follow-up with ${nameSpan(g, person(g))} at ${org(g)}, ${phoneValue(g)}.`,
            },
          },
        },
        {
          role: 'assistant',
          content: {
            type: 'text',
            text: t`Understood. I will summarize the chart of ${phi('name', p.first)}.`,
          },
        },
      ],
    },
  };
};

// 14. completion/complete request and result with patient names.
const b36Completion: Template = (g) => {
  const p = person(g);
  if (g.chance(0.5))
    return {
      jsonrpc: '2.0',
      id: rpcId(g),
      method: 'completion/complete',
      params: {
        ref: { type: 'ref/prompt', name: 'patient_summary' },
        argument: { name: 'patient', value: phi('name', p.last.slice(0, Math.max(3, p.last.length - 2))) },
        context: maybe(g, 0.5, () => ({ arguments: { clinic: org(g), mrn: mrnValue(g) } })),
      },
    };
  const values: JsonTree[] = [];
  for (let i = 0, n = g.int(2, 5); i < n; i++)
    values.push(g.chance(0.5) ? nameSpan(g, person(g)) : t`${nameSpan(g, person(g))} (${isoDate(dob(g))})`);
  return {
    jsonrpc: '2.0',
    id: rpcId(g),
    result: { completion: { values, total: values.length + g.int(0, 30), hasMore: g.chance(0.5) } },
  };
};

// 15. sampling/createMessage request quoting a chart.
const b36SamplingRequest: Template = (g) => {
  const p = person(g);
  return {
    jsonrpc: '2.0',
    id: rpcId(g),
    method: 'sampling/createMessage',
    params: {
      systemPrompt: t`You are a clinical summarizer for ${org(g)}. Never reveal the patient's SSN (${ssnValue(g)}).`,
      messages: [
        {
          role: 'user',
          content: {
            type: 'text',
            text: t`Chart excerpt: ${nameSpan(g, p)}, DOB ${anyDate(g, dob(g))}, lives at ${oneLineAddress(g, place(g))}. Hx ${eponym(g)}, on ${drug(g)}. Last ${lab(g)}. Pump: ${deviceName(g)}.`,
          },
        },
      ],
      maxTokens: g.pick([256, 512, 1024]),
      modelPreferences: {
        hints: [{ name: g.pick(['claude-sonnet', 'small-summarizer']) }],
        intelligencePriority: 0.7,
      },
    },
  };
};

// 16. sampling/createMessage result.
const b36SamplingResult: Template = (g) => {
  const p = person(g);
  return {
    jsonrpc: '2.0',
    id: rpcId(g),
    result: {
      role: 'assistant',
      content: {
        type: 'text',
        text: t`${nameSpan(g, p)} is a ${ageSpan(g)}-year-old with ${eponym(g)} (${code(g)}) seen on ${anyDate(g, visit(g))}; ${lab(g)}. Continue ${drug(g)}. Contact daughter ${nameSpan(g, person(g))} at ${phoneValue(g)}.`,
      },
      model: g.pick(['claude-sonnet-4-5', 'gpt-4.1-mini']),
      stopReason: 'endTurn',
    },
  };
};

// 17. elicitation/create with defaults and enum titles.
const b36ElicitationRequest: Template = (g) => {
  const p = person(g);
  const a = person(g);
  const b = person(g);
  return {
    jsonrpc: '2.0',
    id: rpcId(g),
    method: 'elicitation/create',
    params: {
      message: t`Confirm the patient before writing to the chart of ${nameSpan(g, p)} (MRN ${mrnValue(g)}).`,
      requestedSchema: {
        type: 'object',
        properties: {
          patient: {
            type: 'string',
            title: 'Patient',
            oneOf: [
              { const: keep('uuid', uuid(g)), title: t`${nameSpan(g, a)} (${isoDate(dob(g))})` },
              { const: keep('uuid', uuid(g)), title: t`${nameSpan(g, b)} (${isoDate(dob(g))})` },
            ],
          },
          callback: { type: 'string', title: 'Callback number', default: phoneValue(g) },
          email: { type: 'string', format: 'email', default: email(g, p.first, p.last) },
          address: { type: 'string', default: oneLineAddress(g, place(g)) },
        },
        required: ['patient'],
      },
    },
  };
};

// 18. elicitation result: the form's values.
const b36ElicitationAnswer: Template = (g) => {
  const p = person(g);
  const pl = place(g);
  return {
    jsonrpc: '2.0',
    id: rpcId(g),
    result: {
      action: g.pick(['accept', 'accept', 'accept', 'decline']),
      content: {
        fullName: nameSpan(g, p),
        dateOfBirth: isoDate(dob(g)),
        street: pl.street,
        city: pl.town,
        zip: pl.zip,
        [g.pick(['plan', 'insurance', 'value'])]: g.chance(0.5) ? memberIdValue(g) : mbiValue(g),
        driversLicense: maybe(g, 0.5, () => driversLicenseValue(g)),
        consent: true,
      },
    },
  };
};

// 19. notifications/message with structured log data.
const b36LogNotification: Template = (g) => {
  const p = person(g);
  return {
    jsonrpc: '2.0',
    method: 'notifications/message',
    params: {
      level: g.pick(['info', 'debug', 'warning', 'error']),
      logger: g.pick(['ehr-bridge', 'fhir-client', 'audit']),
      data: g.chance(0.3)
        ? t`lookup mrn=${mrnValue(g)} name=${nameSpan(g, p)} from ${ip(g)}`
        : {
            event: g.pick(['patient.read', 'note.write', 'claim.submit']),
            user: { name: nameSpan(g, person(g)), employeeId: otherIdValue(g) },
            client_ip: ip(g),
            patient: { mrn: mrnValue(g), name: nameSpan(g, p) },
            device: maybe(g, 0.4, () => ({ model: deviceName(g), serial: serialValue(g) })),
            biometric: maybe(g, 0.4, () => ({ method: 'palm vein', template: biometricValue(g) })),
            metrics: keep('statistic', statistic(g)),
            at: ts(g),
          },
    },
  };
};

// 20. notifications/progress.
const b36Progress: Template = (g) => {
  const p = person(g);
  const total = g.int(5, 400);
  return {
    jsonrpc: '2.0',
    method: 'notifications/progress',
    params: {
      progressToken: g.chance(0.5) ? keep('uuid', uuid(g)) : g.int(1, 99),
      progress: g.int(1, total),
      total,
      message: g.pick([
        () => t`Indexed chart of ${nameSpan(g, p)} (${mrnValue(g)})`,
        () => t`Fetched labs for ${nameSpan(g, p)}: ${lab(g)}`,
        () => t`Reconciling ${nameSpan(g, p)}, DOB ${anyDate(g, dob(g))}`,
        () => t`Indexed ${keep('statistic', statistic(g))}`,
      ])(),
    },
  };
};

// 21. 2026-07-28 stateless request with _meta.
const b36StatelessCall: Template = (g) => {
  const p = person(g);
  return {
    jsonrpc: '2.0',
    id: rpcId(g),
    method: 'tools/call',
    params: {
      _meta: meta2026(g),
      name: g.pick(['verify_identity', 'identity.match', 'patient_verify']),
      arguments: {
        name: nameSpan(g, p),
        dob: anyDate(g, dob(g)),
        biometric: { kind: g.pick(['fingerprint', 'palm vein', 'face']), template: biometricValue(g) },
        photo: maybe(g, 0.6, () => photoFile(g, p.last)),
        licence: maybe(g, 0.5, () => driversLicenseValue(g)),
      },
    },
  };
};

function stateBlob(g: Gen, p: Person): JsonTree {
  const inner = {
    step: g.int(1, 3),
    patient: nameSpan(g, p),
    mrn: mrnValue(g),
    dob: isoDate(dob(g)),
    pending: g.pick(['consent', 'identity', 'payer']),
  };
  // Opaque base64 of the same state: the label convention leaves encoded text unlabeled.
  if (g.chance(0.3)) return Buffer.from(render(jsonText(inner)).text).toString('base64');
  return block(g, inner);
}

// 22. InputRequiredResult: the server asks for input and hands back state.
const b36InputRequired: Template = (g) => {
  const p = person(g);
  return {
    jsonrpc: '2.0',
    id: rpcId(g),
    result: {
      _meta: { 'io.modelcontextprotocol/protocolVersion': keep('version', '2026-07-28') },
      resultType: 'input_required',
      inputRequests: [
        {
          id: keep('uuid', uuid(g)),
          method: 'elicitation/create',
          params: {
            message: t`Which ${phi('name', `${p.first} ${p.last}`)} did you mean? One born ${anyDate(g, dob(g))} lives in ${place(g).town}.`,
            requestedSchema: {
              type: 'object',
              properties: { mrn: { type: 'string', default: mrnValue(g) } },
            },
          },
        },
      ],
      requestState: stateBlob(g, p),
    },
  };
};

// 23. The retried request with inputResponses and the state.
const b36InputResponses: Template = (g) => {
  const p = person(g);
  return {
    jsonrpc: '2.0',
    id: rpcId(g),
    method: 'tools/call',
    params: {
      _meta: meta2026(g),
      name: 'patient_lookup',
      arguments: { q: nameSpan(g, p) },
      inputResponses: [
        {
          id: keep('uuid', uuid(g)),
          result: {
            action: 'accept',
            content: { mrn: mrnValue(g), phone: phoneValue(g), county: place(g).county },
          },
        },
      ],
      requestState: stateBlob(g, p),
    },
  };
};

// 24. Tasks: a long-running chart export.
const b36TaskResult: Template = (g) => {
  const p = person(g);
  const done = g.chance(0.6);
  return {
    jsonrpc: '2.0',
    id: rpcId(g),
    result: done
      ? {
          content: [
            textBlock(
              block(g, {
                export: nameSpan(g, p),
                mrn: mrnValue(g),
                account: accountValue(g),
                visits: [isoDate(visit(g)), isoDate(visit(g))],
                file: urlValue(g, p.last),
              }),
            ),
          ],
          _meta: { 'io.modelcontextprotocol/related-task': { taskId: keep('uuid', uuid(g)) } },
        }
      : {
          task: {
            taskId: keep('uuid', uuid(g)),
            status: g.pick(['working', 'input_required']),
            statusMessage: t`Exporting chart of ${nameSpan(g, p)} since ${keep('year', String(g.int(2012, 2024)))}`,
            createdAt: ts(g),
            ttl: 3_600_000,
            pollInterval: 2000,
          },
        },
  };
};

// 25. A batch of the 2025-03-26 revision.
const b36Batch: Template = (g) => {
  const p = person(g);
  const msgs: JsonTree[] = [
    {
      jsonrpc: '2.0',
      id: g.int(1, 99),
      method: 'initialize',
      params: {
        protocolVersion: keep('version', '2025-03-26'),
        capabilities: { sampling: {} },
        clientInfo: { name: g.pick(CLIENTS)[0], version: keep('version', g.pick(CLIENTS)[1]) },
      },
    },
    {
      jsonrpc: '2.0',
      id: g.int(100, 199),
      method: 'tools/call',
      params: {
        name: 'claims_status',
        arguments: { member: memberIdValue(g), claim: otherIdValue(g), patient: nameSpan(g, p) },
      },
    },
    {
      jsonrpc: '2.0',
      id: g.int(200, 299),
      method: 'tools/call',
      params: {
        name: 'device_registry',
        arguments: { serial: serialValue(g), model: deviceName(g), fax: phoneValue(g, 'fax') },
      },
    },
  ];
  if (g.chance(0.5))
    msgs.push({
      jsonrpc: '2.0',
      method: 'notifications/message',
      params: { level: 'info', data: t`queued ${nameSpan(g, p)} ${ssn(g, true)}` },
    });
  return msgs;
};

// 26. initialize result with server instructions that leak a sample patient.
const b36InitializeResult: Template = (g) => {
  const p = person(g);
  return {
    jsonrpc: '2.0',
    id: g.int(0, 3),
    result: {
      protocolVersion: ver(g),
      serverInfo: {
        name: 'clinic-ehr-mcp',
        version: keep('version', `${g.int(0, 4)}.${g.int(0, 20)}.${g.int(0, 9)}`),
      },
      capabilities: { tools: { listChanged: true }, resources: { subscribe: true } },
      instructions: t`Tools of ${org(g)} (${keep('statistic', statistic(g))}). Test patient: ${nameSpan(g, p)}, MRN ${mrnValue(g)}, DOB ${anyDate(g, dob(g))}. Support: ${email(g, p.first, p.last)}; on-call ${phoneValue(g)}. EHR live since ${keep('year', String(g.int(2009, 2023)))}.`,
    },
  };
};

// 27. tools/list whose examples carry a patient.
const b36ToolsList: Template = (g) => {
  const p = person(g);
  return {
    jsonrpc: '2.0',
    id: rpcId(g),
    result: {
      tools: [
        {
          name: 'patient_lookup',
          description: t`Find a patient. Example: "${nameSpan(g, p)}" or MRN ${mrnValue(g)}.`,
          inputSchema: {
            type: 'object',
            properties: { q: { type: 'string', examples: [nameSpan(g, person(g)), mrnValue(g)] } },
          },
        },
        {
          name: 'rx_history',
          description: t`Dispense history from ${org(g)}, e.g. ${drug(g)}.`,
          inputSchema: {
            type: 'object',
            properties: { dea: { type: 'string', default: deaValue(g, p.last) } },
          },
        },
      ],
    },
  };
};

export const BLIND36_JSON_DOCS: Record<string, Template> = {
  b36PatientLookupCall,
  b36LookupResult,
  b36NoteWriterCall,
  b36SchedulerCall,
  b36ClaimsCall,
  b36MessagingCall,
  b36PharmacyCall,
  b36MultiBlockResult,
  b36IsErrorResult,
  b36RpcError,
  b36ResourcesRead,
  b36ResourcesList,
  b36PromptsGet,
  b36Completion,
  b36SamplingRequest,
  b36SamplingResult,
  b36ElicitationRequest,
  b36ElicitationAnswer,
  b36LogNotification,
  b36Progress,
  b36StatelessCall,
  b36InputRequired,
  b36InputResponses,
  b36TaskResult,
  b36Batch,
  b36InitializeResult,
  b36ToolsList,
};
