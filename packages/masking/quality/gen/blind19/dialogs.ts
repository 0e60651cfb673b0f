/**
 * Sampling and elicitation: a server asking the client's model to write about a patient, the
 * model's answer, and forms put to the user with the user's answers.
 */
import { ageSpan, type Cast, sexWord } from '../cast';
import type { Gen } from '../context';
import { type JsonTree, join, t } from '../fragment';
import { email, memberIdValue, mrnValue, phoneValue } from '../identifiers';
import { clinicianName } from '../people';
import { samplingRequest, samplingResult } from './mcp';
import { codes, drug, eponym, lab, labTrend, org, vitals } from './vocab';
import { dayMonth, fullName, typedDate, typedName } from './who';

function context(g: Gen, c: Cast) {
  return t`Patient: ${fullName(c.pt)}
DOB: ${typedDate(g, c.pt.dob, 'us')}   MRN: ${mrnValue(g)}
Encounter: ${typedDate(g, c.admit, 'iso')} - ${typedDate(g, c.discharge, 'iso')}, ${org(g)}
Problems: ${eponym(g, 'condition')}; ${join(codes(g, 'ICD-10', 2), '; ')}
Meds: ${drug(g, true)}; ${drug(g, true)}
Labs: ${lab(g)}, ${lab(g)}, ${vitals(g)}
Contact: ${c.relation} ${fullName(c.relative)} ${phoneValue(g)}`;
}

const sampling = (g: Gen, c: Cast): JsonTree =>
  samplingRequest(
    g,
    g.pick([
      t`You are a discharge-summary assistant for ${org(g)}. Write plainly, 6th-grade reading level.`,
      'You summarize chart context for clinicians. Never invent values. Cite the encounter date.',
      t`You draft patient letters signed by ${clinicianName(g, c.attending)}.`,
    ]),
    [
      { role: 'user', text: context(g, c) },
      {
        role: 'user',
        text: g.pick([
          t`Summarize the stay for ${typedName(g, c.pt)} in 5 bullets for the PCP.`,
          t`Draft a letter to ${fullName(c.pt)} explaining the follow-up on ${dayMonth(g, c.discharge)}.`,
          t`The patient is a ${ageSpan(g, c)}-year-old ${sexWord(c)}. What should the hand-off mention?`,
        ]),
      },
    ],
  );

const samplingReply = (g: Gen, c: Cast): JsonTree =>
  samplingResult(
    g,
    t`- ${fullName(c.pt)}, ${ageSpan(g, c)}, admitted ${typedDate(g, c.admit)} to ${org(g)} with ${eponym(g, 'condition')}.
- Treated with ${drug(g, true)}; ${join(labTrend(g, 2), ' improved to ')} by ${dayMonth(g, c.discharge)}.
- Discharged home to ${c.addr.city} with ${c.relation} ${typedName(g, c.relative)}.
- Follow up with ${clinicianName(g, c.consultant)} in 1-2 weeks; recheck ${lab(g)}.
- Questions: call ${phoneValue(g)}.`,
    g.pick(['claude-sonnet-4-5', 'claude-haiku-4-5', 'gpt-4o-2024-11-20']),
  );

function prop(type: string, title: string, extra: { [key: string]: JsonTree } = {}): JsonTree {
  return { type, title, ...extra };
}

const elicitRequest = (g: Gen, c: Cast): JsonTree => ({
  jsonrpc: '2.0',
  id: g.int(2, 4800),
  method: 'elicitation/create',
  params: {
    message: g.pick([
      t`Before I book, confirm the patient: ${fullName(c.pt)}, DOB ${typedDate(g, c.pt.dob)}, phone ${phoneValue(g)}?`,
      t`I found two charts for "${typedName(g, c.pt)}". Which date of birth is right?`,
      t`${org(g, 'payer')} needs a callback number and the member ID for ${fullName(c.pt)}.`,
    ]),
    requestedSchema: {
      type: 'object',
      properties: {
        confirm: prop('boolean', 'This is the right patient', { default: true }),
        date_of_birth: prop('string', 'Date of birth', {
          format: 'date',
          default: typedDate(g, c.pt.dob, 'iso'),
        }),
        callback_phone: prop('string', 'Best number to reach you', { default: phoneValue(g) }),
        preferred_location: prop('string', 'Location', { enum: [org(g), org(g)] }),
      },
      required: ['confirm', 'date_of_birth'],
    },
  },
});

const elicitAnswer = (g: Gen, c: Cast): JsonTree => ({
  jsonrpc: '2.0',
  id: g.int(2, 4800),
  result: {
    action: 'accept',
    content: {
      patient_name: typedName(g, c.pt),
      date_of_birth: typedDate(g, c.pt.dob),
      callback_phone: phoneValue(g),
      email: email(g, c.pt.first, c.pt.last),
      address: t`${c.addr.street}, ${c.addr.city}, ${c.addr.state} ${c.addr.zip}`,
      insurance_member_id: memberIdValue(g),
      preferred_pharmacy: org(g, 'pharmacy'),
      notes: g.pick([
        t`my ${c.relation} ${typedName(g, c.relative)} will drive me`,
        t`can't do mornings, call ${typedName(g, c.relative)} if no answer`,
        '',
      ]),
      consent_to_text: g.chance(0.7),
    },
  },
});

export const DIALOG_JSON_DOCS = {
  'blind19-sampling-request': sampling,
  'blind19-sampling-reply': samplingReply,
  'blind19-elicit-request': elicitRequest,
  'blind19-elicit-answer': elicitAnswer,
};
