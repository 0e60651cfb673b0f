/**
 * Agent tooling of blind split 15: browser-automation snapshots of a patient portal, memory
 * stores and scratchpads, sampling and elicitation payloads, JSON Patch tool calls and
 * audit-trail reads. SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { addDays } from '../dates';
import { type Frag, type JsonTree, join, jsonText, t } from '../fragment';
import {
  account,
  biometricId,
  clientIp,
  driversLicense,
  email,
  employeeId,
  memberId,
  mrn,
  phone,
  photoRef,
  plate,
  portalUrl,
  rxNumber,
  ssn,
  vin,
} from './ids';
import {
  deviceName,
  doseSpan,
  drugPick,
  hospital,
  labPick,
  labValue,
  payer,
  pharmacy,
  sysTime,
  uuid,
  version,
  yearSpan,
} from './keeps';
import { resourceRead, toolCall, toolResult } from './mcp';
import {
  addr,
  ageOf,
  anyName,
  dt,
  familyOnly,
  full,
  givenOnly,
  lastFirst,
  lower,
  oneLine,
  patient,
  staff,
  streetLine,
  visit,
  zipSpan,
} from './who';

/** A Playwright-style accessibility snapshot of the portal's profile page, and its form values. */
export function portalSnapshot(g: Gen): JsonTree {
  const p = patient(g);
  const a = addr(g);
  const url = portalUrl(g);
  const tree = join(
    [
      t`- Page URL: ${url}`,
      '- Page Title: My Health | Profile',
      t`- banner: "Welcome, ${full(p)}"`,
      t`- img "Profile photo" [src=/media/${photoRef(g, p)}]`,
      t`- textbox "Legal name" [value="${lastFirst(p)}"]`,
      t`- textbox "Date of birth" [value="${dt(p.dob, 'us')}"]`,
      t`- textbox "Street" [value="${streetLine(a)}"]`,
      t`- textbox "ZIP" [value="${zipSpan(g, a)}"]`,
      t`- textbox "Mobile" [value="${phone(g)}"]`,
      t`- textbox "SSN (last step)" [value="${ssn(g, g.pick(['space', 'dash', 'none'] as const))}"]`,
      t`- text: "Member ID ${memberId(g)} · ${payer(g)}"`,
      t`- text: "Parking validation: plate ${plate(g)}"`,
      t`- text: "Next appt ${dt(addDays(visit(g), 45), 'monDay')} with Dr. ${familyOnly(staff(g))}"`,
      t`- button "Sign in with Face ID" [data-template="${biometricId(g)}"]`,
      t`- contentinfo: "© ${yearSpan(g)} ${hospital(g)} · MyHealth ${version(g, ['v8.3.2', 'v9.0.1', '2025.2'])}"`,
    ],
    '\n',
  );
  return toolResult([tree], {
    url,
    fields: { dob: dt(p.dob, 'iso'), zip: zipSpan(g, a), email: email(g, p) },
  });
}

/** An agent's long-term memory entries about a patient it schedules for. */
export function agentMemory(g: Gen): JsonTree {
  const p = patient(g);
  const kin = staff(g);
  const d = visit(g);
  const drug = drugPick(g);
  const memories = [
    {
      id: uuid(g),
      created_at: sysTime(g),
      key: 'patient/preferences',
      value: t`${givenOnly(p)} prefers ${g.pick(['Spanish', 'Tagalog', 'Somali', 'Haitian Creole'])}; ${g.pick(['daughter', 'son', 'niece'])} ${full(kin)} (${phone(g)}) handles appts.`,
    },
    {
      id: uuid(g),
      created_at: sysTime(g),
      key: 'patient/transport',
      value: t`drives a ${yearSpan(g)} Corolla, VIN ${vin(g)}; needs ride when on ${doseSpan(drug)} (drowsy).`,
    },
    {
      id: uuid(g),
      created_at: sysTime(g),
      key: 'patient/ids',
      value: t`MRN ${mrn(g)}, DL ${driversLicense(g)}, pharmacy ${pharmacy(g)} ${rxNumber(g)}`,
    },
    {
      id: uuid(g),
      created_at: sysTime(g),
      key: 'scratchpad',
      value: t`called ${lower(p)} ${dt(d, 'monDay')} re: ${deviceName(g)} alerts; voice id ${biometricId(g)} matched. SSN#${ssn(g, 'glued')} on intake form.`,
    },
  ];
  return toolResult([jsonText({ namespace: `agents/scheduler/${uuid(g).value}`, memories }, 2)], {
    memories,
  });
}

/** A sampling request: the server asks the client's model to summarise an intake transcript. */
export function samplingSummary(g: Gen): JsonTree {
  const p = patient(g);
  const a = addr(g);
  const l = labPick(g);
  const transcript: Frag = join(
    [
      t`agent: can I have your full name and date of birth?`,
      t`caller: ${lower(p)}, ${dt(p.dob, g.pick(['usShort', 'long', 'slashNoPad'] as const))}`,
      t`agent: and your address?`,
      t`caller: ${oneLine(g, a)}`,
      t`caller: my ssn is ${ssn(g, g.pick(['endash', 'dot', 'space'] as const))} if you need it`,
      t`agent: thanks. I see your ${l[1]} was ${labValue(l)}. You are ${ageOf(p)}?`,
    ],
    '\n',
  );
  return {
    jsonrpc: '2.0',
    id: g.int(1, 900),
    method: 'sampling/createMessage',
    params: {
      messages: [
        {
          role: 'user',
          content: {
            type: 'text',
            text: t`Summarise for the chart; keep identifiers out.\n---\n${transcript}`,
          },
        },
      ],
      systemPrompt: 'You are a clinical documentation assistant.',
      modelPreferences: { intelligencePriority: 0.8, speedPriority: 0.3 },
      maxTokens: 600,
    },
  };
}

/** An elicitation answer: the user filled in the form the server requested. */
export function elicitationAnswer(g: Gen): JsonTree {
  const p = patient(g);
  const a = addr(g);
  const wide = g.chance(0.35);
  return {
    jsonrpc: '2.0',
    id: g.int(1, 900),
    result: {
      action: 'accept',
      content: {
        fullName: anyName(g, p),
        dateOfBirth: dt(p.dob, g.pick(['iso', 'us'] as const)),
        memberId: memberId(g),
        ssn: ssn(g, wide ? 'fullwidth' : 'dot'),
        phone: phone(g),
        email: email(g, p),
        address: oneLine(g, a),
        consent: true,
      },
    },
  };
}

/** A JSON Patch tool call against a chart, with the audit note the agent attached. */
export function jsonPatchCall(g: Gen): JsonTree {
  const p = patient(g);
  const a = addr(g);
  const clerk = staff(g);
  return toolCall(g.int(2, 900), 'patch_patient', {
    id: uuid(g),
    ifMatch: `W/"${g.int(2, 30)}"`,
    patch: [
      { op: 'test', path: '/name/0/family', value: familyOnly(p) },
      { op: 'replace', path: '/telecom/0/value', value: phone(g) },
      { op: 'add', path: '/telecom/-', value: { system: 'fax', value: phone(g, 'fax') } },
      { op: 'replace', path: '/address/0/line/0', value: streetLine(a) },
      { op: 'replace', path: '/address/0/postalCode', value: zipSpan(g, a) },
      { op: 'remove', path: '/identifier/2' },
    ],
    reason: t`Address change requested by ${full(p)} at front desk ${dt(visit(g), 'us')}; verified by ${full(clerk)} (${employeeId(g)}).`,
  });
}

/** An audit trail read as CSV through a resource. */
export function auditTrailCsv(g: Gen): JsonTree {
  const rows = [0, 1, 2, 3].map(() => {
    const user = staff(g);
    const p = patient(g);
    return t`${sysTime(g)},"${lastFirst(user)}",${clientIp(g)},${g.pick(['VIEW', 'PRINT', 'EXPORT', 'BREAK_GLASS'])},${mrn(g)},"${lastFirst(p)}",${account(g)},${g.pick(['treatment', 'billing', 'QA review'])}`;
  });
  return resourceRead(
    `audit://ehr/access?from=${g.int(1, 28)}`,
    'text/csv',
    join(['event_time,user,client_ip,action,patient_mrn,patient_name,har,reason', ...rows], '\n'),
  );
}

export const AGENT_TEMPLATES = {
  portalSnapshot,
  agentMemory,
  samplingSummary,
  elicitationAnswer,
  jsonPatchCall,
  auditTrailCsv,
};
