/**
 * JSON documents of blind split 6: MCP tool results whose content blocks carry letters,
 * transcripts and Markdown summaries, some as JSON serialized into a text block, and a claims
 * system's record. SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { type JsonTree, jsonText, phi, t } from '../fragment';
import { autoClaim } from './claims';
import { birth, date, formatDate, recent, spokenDate, timestamp } from './dates';
import {
  account,
  claimNo,
  email,
  ipv4,
  nhsNumber,
  phone,
  plate,
  policyNo,
  spokenPhone,
  ssn,
  vin,
} from './ids';
import { gpReferral, patient } from './letters';
import { markdownSummary } from './markdown';
import { person, relative, staff } from './people';
import { address } from './places';
import { age, full, given } from './spans';
import { code, drug, eponym, lab, org, payer, uuid, version } from './vocab';

type Template = (g: Gen) => JsonTree;

/** A letter-fetching tool's result: the letter as text and its metadata as JSON in a second block. */
function letterToolResult(g: Gen): JsonTree {
  const pt = patient(g, 'UK');
  const home = address(g, 'UK');
  const meta = {
    documentId: uuid(g),
    patient: {
      name: full(pt.p),
      nhsNumber: nhsNumber(g),
      dateOfBirth: phi('date', formatDate(pt.dob, 'iso')),
      age: age(pt.age),
      address: {
        line1: phi('street_address', home.street),
        town: phi('geo', home.town),
        county: phi('geo', home.region),
        postcode: phi('zip', home.postcode),
      },
      phone: phone(g, 'UK'),
    },
    author: full(staff(g)),
    created: timestamp(g),
    codes: [code(g), code(g)],
    system: t`LetterGen ${version(g)}`,
  };
  return {
    content: [
      { type: 'text', text: gpReferral(g) },
      { type: 'text', text: jsonText(meta, g.pick([0, 2])) },
    ],
    isError: false,
  };
}

/** A call-transcription tool's result: turns and the caller as JSON text. */
function transcriptToolResult(g: Gen): JsonTree {
  const caller = person(g);
  const agent = staff(g);
  const dob = birth(g);
  const body = {
    callId: uuid(g),
    startedAt: timestamp(g),
    engine: t`TriageVoice ${version(g)}`,
    caller: { name: full(caller), callbackNumber: spokenPhone(g), ani: phone(g, 'US') },
    turns: [
      { speaker: 'agent', text: t`thanks for calling this is ${given(agent)} who am I speaking with` },
      { speaker: 'caller', text: t`it's ${full(caller)} my birthday is ${spokenDate(g, dob)}` },
      {
        speaker: 'caller',
        text: t`I'm taking ${drug(g)[0]} and my ${g.pick(['wife', 'husband', 'daughter'])} ${given(relative(g, caller))} says I look yellow`,
      },
      {
        speaker: 'agent',
        text: t`okay and your last ${lab(g)} was on ${date(g, recent(g), ['us', 'usLong'])}`,
      },
    ],
    summary: t`Caller ${full(caller)} reports symptoms; possible ${eponym(g)}.`,
  };
  return {
    content: [{ type: 'text', text: jsonText(body, g.pick([0, 2])) }],
    structuredContent: { callId: uuid(g), durationSeconds: g.int(40, 900), redactionApplied: false },
    isError: false,
  };
}

/** A claims system's record with the narrative as free text. */
function claimRecord(g: Gen): JsonTree {
  const c = person(g);
  const home = address(g, 'US');
  return {
    claim_id: claimNo(g),
    policy_number: policyNo(g),
    line_of_business: g.pick(['AUTO_PIP', 'WORKERS_COMP']),
    claimant: {
      full_name: full(c),
      ssn: ssn(g),
      dob: phi('date', formatDate(birth(g), g.pick(['iso', 'us'] as const))),
      email: email(g, c.first, c.last),
      address: {
        street: phi('street_address', home.street),
        city: phi('geo', home.town),
        state: home.region,
        zip: phi('zip', home.postcode),
      },
      bank_account: account(g),
    },
    vehicle: { vin: vin(g), plate: plate(g, 'US'), year: g.int(2005, 2024) },
    carrier: payer(g),
    narrative: autoClaim(g),
    audit: { created_at: timestamp(g), created_from: ipv4(g), request_id: uuid(g) },
  };
}

/** A summarising tool's result: Markdown in a text block. */
function summaryToolResult(g: Gen): JsonTree {
  return {
    content: [{ type: 'text', text: markdownSummary(g) }],
    _meta: {
      model: t`summarizer ${version(g)}`,
      generatedAt: timestamp(g),
      traceId: uuid(g),
      source: org(g),
    },
    isError: false,
  };
}

export const BLIND6_JSON_DOCS: Record<string, Template> = {
  letterToolResult,
  transcriptToolResult,
  claimRecord,
  summaryToolResult,
};
