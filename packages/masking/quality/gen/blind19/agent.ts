/**
 * What an agent writes and keeps while it works on a patient: tool arguments in natural
 * language, its scratchpad and plan, memory entries and LLM-written hand-offs.
 */
import { ageSpan, type Cast, pronoun } from '../cast';
import type { Gen } from '../context';
import { type Frag, type JsonTree, join, t } from '../fragment';
import { mrnValue, phoneValue, ssn } from '../identifiers';
import { systemTimestamp, uuid } from '../keep-vocab';
import { clinicianName, nameIn, person } from '../people';
import { onWire, toolCall, toolStructured } from './mcp';
import { code, drug, eponym, lab, labTrend, org, vitals } from './vocab';
import { dayMonth, firstName, fullName, shifted, typedDate, typedName } from './who';

const SITES = ['main campus', 'north clinic', 'the infusion center', 'downtown', 'peds wing', 'the ED'];

function lookupQuery(g: Gen, c: Cast): Frag {
  const who = typedName(g, c.pt);
  const dob = typedDate(g, c.pt.dob);
  return g.pick([
    () => t`look up ${who} dob ${dob} at the ${g.pick(SITES)}`,
    () =>
      t`find patient ${who} (DOB ${dob}) and pull the last 3 ${g.pick(['A1c', 'INR', 'lipase', 'BNP'])} results`,
    () => t`${who} ${dob} - anything scheduled after ${dayMonth(g, c.admit)}?`,
    () =>
      t`search for ${who}, born ${dob}, MRN ${mrnValue(g)}, seen by ${clinicianName(g, c.attending)} on ${typedDate(g, c.admit)}`,
    () =>
      t`patient ${who} age ${ageSpan(g, c)} from ${c.addr.city} - check whether ${org(g, 'payer')} still covers ${pronoun(c).toLowerCase() === 'she' ? 'her' : 'him'}`,
    () => t`${who} dob ${dob} ${phoneValue(g)} wants refill of ${drug(g)}`,
  ])();
}

const lookupArgs = (g: Gen, c: Cast): JsonTree =>
  toolCall(g, g.pick(['ehr_search_patients', 'lookup_patient', 'chart.find', 'patient_search']), {
    query: lookupQuery(g, c),
    facility: g.chance(0.5) ? org(g) : undefined,
    max_results: g.pick([1, 3, 5, 10]),
    include: g.some(['demographics', 'encounters', 'labs', 'meds', 'coverage'], 1, 3),
  });

function scratchpad(g: Gen, c: Cast): Frag {
  const twin = person(g, { minAge: 20, maxAge: 88 });
  const mrn1 = mrnValue(g);
  const asked = typedName(g, c.pt);
  const match = (p: typeof c.pt, mrn: Frag | ReturnType<typeof mrnValue>): Frag =>
    t`  - ${nameIn(g, p, g.pick(['last_first', 'upper_last_first'] as const))}  DOB ${typedDate(g, p.dob, 'us')}  MRN ${mrn}`;
  const open = g.pick(['<thinking>', 'Thought:', '## scratchpad', '[reasoning]']);
  const close = open === '<thinking>' ? '</thinking>' : '';
  return t`${open}
The user wants ${firstName(c.pt)}'s follow-up moved. search_patients("${asked}") returned 2 matches:
${match(c.pt, mrn1)}
${match(twin, mrnValue(g))}
The first matches the DOB the user typed (${typedDate(g, c.pt.dob, 'us_2digit')}). Last visit ${typedDate(g, c.admit)} with ${clinicianName(g, c.attending)}; ${lab(g)}, ${vitals(g)}.
${g.chance(0.4) ? t`Registration shows ${ssn(g)} - do not repeat it to the user.\n` : ''}${close}
Plan:
1. get_patient(mrn="${mrn1}")
2. scheduling.find_slots(provider="${fullName(c.consultant)}", after="${typedDate(g, c.discharge, 'iso')}")
3. if nothing before ${dayMonth(g, shifted(c.discharge, 14))}, ask user about ${org(g)} instead
4. text ${c.relation} ${fullName(c.relative)} at ${phoneValue(g)} with the new time
`;
}

function memoryTexts(g: Gen, c: Cast): Frag[] {
  const builders = [
    () =>
      t`User is care coordinator ${fullName(c.attending)} at ${org(g)}; prefers bullet summaries, no emojis.`,
    () =>
      t`${fullName(c.pt)} (MRN ${mrnValue(g)}) - ${c.relation} ${fullName(c.relative)} is the contact, ${phoneValue(g)}. Do not call before 10am.`,
    () =>
      t`${typedName(g, c.pt)} moved to ${c.addr.street}, ${c.addr.city} ${c.addr.state} ${c.addr.zip} on ${typedDate(g, c.admit)}; update mail-order address.`,
    () =>
      t`pt ${typedName(g, c.pt)} dob ${typedDate(g, c.pt.dob)} on ${drug(g, true)}; hx of ${eponym(g, 'condition')} (${code(g, 'ICD-10')}).`,
    () =>
      t`${phoneValue(g)} is the after-hours line for ${clinicianName(g, c.consultant)}; ask for ${firstName(c.relative)} at the desk.`,
  ];
  return g.some(builders, 2, 4).map((build) => build());
}

const memoryEntries = (g: Gen, c: Cast): JsonTree =>
  toolStructured(g, {
    memories: memoryTexts(g, c).map((content) => ({
      id: uuid(g),
      scope: g.pick(['user', 'project', 'patient']),
      content,
      created_at: systemTimestamp(g),
      relevance: Number(g.f.number.float({ min: 0.5, max: 0.99 }).toFixed(3)),
    })),
    total: g.int(4, 60),
  });

function handoff(g: Gen, c: Cast): Frag {
  const sex = c.pt.sex === 'female' ? 'F' : 'M';
  return t`## Handoff - ${fullName(c.pt)} (${ageSpan(g, c)}${sex}), MRN ${mrnValue(g)}

**Admitted:** ${typedDate(g, c.admit)} to ${org(g)} for ${g.pick(['CAP', 'CHF exacerbation', 'AKI', 'pancreatitis', 'syncope'])} (${code(g, 'ICD-10')})
**Attending:** ${clinicianName(g, c.attending)}  |  **Consult:** ${clinicianName(g, c.consultant)}

### Course
- ${join(labTrend(g, 2), ' on admission, now ')}; ${vitals(g)}
- started ${drug(g, true)}; home ${drug(g)} held
- ${eponym(g, 'finding')} noted on exam ${dayMonth(g, shifted(c.admit, 1))}

### To do
- [ ] repeat ${lab(g)} ${dayMonth(g, c.discharge)} AM
- [ ] call ${c.relation} ${typedName(g, c.relative)} (${phoneValue(g)}) re: discharge ${typedDate(g, c.discharge)}
- [ ] ${g.pick(['PT/OT eval', 'wound care consult', 'SW for transport', 'home O2 qualification'])}

_Generated by assistant from chart data, verify before acting._
`;
}

/** A note an agent files, as the gateway sees the request on the wire. */
const wireNoteAppend = (g: Gen, c: Cast): Frag =>
  onWire(
    toolCall(g, g.pick(['ehr.append_note', 'notes_create', 'chart_addendum']), {
      patient_mrn: mrnValue(g),
      author: fullName(c.attending),
      note_type: g.pick(['telephone encounter', 'care coordination', 'addendum']),
      text: t`Spoke with ${c.relation} ${typedName(g, c.relative)} ${dayMonth(g, c.discharge)}. ${firstName(c.pt)} taking ${drug(g, true)}; ${lab(g)}. Callback ${phoneValue(g)}.`,
      encounter_date: typedDate(g, c.discharge, 'iso'),
    }),
  );

export const AGENT_TEXT_DOCS = {
  'blind19-wire-note-append': wireNoteAppend,
  'blind19-agent-scratchpad': scratchpad,
  'blind19-llm-handoff': handoff,
};

export const AGENT_JSON_DOCS = {
  'blind19-nl-lookup-args': lookupArgs,
  'blind19-memory-entries': memoryEntries,
};
