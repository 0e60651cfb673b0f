/**
 * JSON documents of blind split 5, as MCP servers and the APIs behind them return them: EHR and
 * payer records in many key conventions, FHIR Bundles, MCP tool results with structuredContent
 * and a text block repeating it, resource links and embedded resources, GraphQL responses,
 * search results, and JSON-RPC tool calls, sampling requests and elicitation answers.
 * SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { type JsonTree, jsonText, phi, t } from '../fragment';
import { fhirAdminBundle, fhirClinicalBundle, humanName, subject } from './fhir';
import { birthDate, date, email, memberId, mrn, oldAge, serviceDate, serviceDateTime, ssn, url } from './ids';
import { familyComma, familyName, fullName, givenName, person } from './people';
import { address, addressLine, city, fax, phone, street, zip } from './places';
import { ehrPatientRecord, identityVerification, payerEligibility } from './records';
import {
  cpt,
  drug,
  drugDose,
  eponym,
  icd10,
  lab,
  labValue,
  loinc,
  organization,
  systemTime,
  uuid,
  version,
  youngAge,
} from './vocab';

type Template = (g: Gen) => JsonTree;

function mcpStructuredResult(g: Gen): JsonTree {
  const s = subject(g);
  const a = address(g);
  const r = lab(g);
  const m = drug(g);
  const pid = phi('other_id', s.id, 'fhir-id');
  const payload: JsonTree = {
    patient: {
      name: fullName(s.p),
      dob: date(birthDate(g), g.pick(['iso', 'us'] as const)),
      mrn: mrn(g),
      phone: phone(g, a.country),
      address: addressLine(a),
      age: g.chance(0.25) ? oldAge(g) : youngAge(g),
    },
    lastVisit: {
      date: date(serviceDate(g), 'iso'),
      provider: t`Dr. ${fullName(person(g))}`,
      dx: icd10(g),
      cpt: cpt(g),
    },
    medications: [drugDose(m)],
    labs: [{ loinc: loinc(r), result: labValue(r) }],
    _meta: { requestId: uuid(g), generatedAt: systemTime(g, 'iso-ms'), server: t`ehr-mcp ${version(g)}` },
  };
  const content: JsonTree[] = [{ type: 'text', text: jsonText(payload, g.chance(0.5) ? 0 : 2) }];
  if (g.chance(0.6))
    content.push({
      type: 'resource_link',
      uri: t`ehr://patients/${pid}/summary`,
      name: t`Summary for ${fullName(s.p)}`,
      mimeType: 'application/json',
    });
  if (g.chance(0.5))
    content.push({
      type: 'resource',
      resource: {
        uri: t`ehr://patients/${pid}/notes/${uuid(g)}`,
        mimeType: 'text/plain',
        text: t`Note for ${familyComma(s.p, 'upper')} (${mrn(g)}): ${eponym(g)}, on ${drugDose(drug(g))}. Daughter ${fullName(person(g))} reachable at ${phone(g)}.`,
      },
    });
  return {
    jsonrpc: '2.0',
    id: g.int(1, 999),
    result: { content, structuredContent: payload, isError: false },
  };
}

function graphqlPatientQuery(g: Gen): JsonTree {
  const p = person(g);
  const dob = birthDate(g);
  const withError = g.chance(0.5);
  const data: JsonTree = {
    patient: {
      id: phi('other_id', `UGF0aWVudDo${g.digits(6)}`, 'graphql-id'),
      name: humanName(p),
      birthDate: date(dob, 'iso'),
      telecom: [
        { system: 'PHONE', value: phone(g) },
        { system: 'EMAIL', value: email(g, p.given, p.family || 'pt') },
      ],
      appointments: {
        edges: Array.from({ length: g.int(1, 3) }, () => ({
          node: {
            id: uuid(g),
            start: serviceDateTime(g),
            provider: { displayName: t`${fullName(person(g))}, NP` },
            location: { name: organization(g) },
          },
        })),
        pageInfo: { hasNextPage: false },
      },
    },
  };
  return {
    data,
    errors: withError
      ? [
          {
            message: t`Cannot return null for non-nullable field Patient.ssn (patient '${fullName(p)}', DOB ${date(dob, 'us')})`,
            path: ['patient', 'ssn'],
            extensions: { code: 'INTERNAL_SERVER_ERROR', traceId: uuid(g) },
          },
        ]
      : undefined,
    extensions: { cost: { requested: g.int(10, 90) }, served: systemTime(g, 'iso-z'), schema: version(g) },
  };
}

function searchResults(g: Gen): JsonTree {
  const p = person(g);
  const dob = birthDate(g);
  const results = Array.from({ length: g.int(2, 4) }, () => {
    const q = g.chance(0.6) ? p : person(g);
    const a = address(g);
    const id = mrn(g);
    return {
      title: t`${familyComma(q, 'upper')} — ${organization(g)}`,
      snippet: t`…<em>${givenName(q)}</em> ${familyName(q)}, born ${date(birthDate(g), 'dmon')}, lives at ${street(a)}, ${city(a)} ${zip(a)}; MRN ${id}…`,
      url: url(g, id.value),
      score: Number(g.f.number.float({ min: 0.3, max: 1 }).toFixed(3)),
      lastModified: systemTime(g, 'iso-z'),
    };
  });
  return {
    query: t`${fullName(p, 'lower')} dob:${date(dob, 'iso')}`,
    took_ms: g.int(3, 400),
    total: results.length,
    results,
    suggestions: [t`${familyName(p)} ${date(dob, 'd8')}`],
  };
}

function jsonRpcExchange(g: Gen): JsonTree {
  const p = person(g);
  const a = address(g);
  const dob = birthDate(g);
  const m = drug(g);
  const call = {
    jsonrpc: '2.0',
    id: g.int(1, 500),
    method: 'tools/call',
    params: {
      name: g.pick(['patient_search', 'eligibility_check', 'schedule_visit']),
      arguments: g.pick<JsonTree>([
        { lastName: familyName(p), firstName: givenName(p), dob: date(dob, 'iso'), zip: zip(a) },
        { member_id: memberId(g), dob: date(dob, 'd8'), ssn: ssn(g, 'ssn-dot') },
        { patient: fullName(p), when: serviceDateTime(g), reason: eponym(g) },
      ]),
      _meta: { progressToken: uuid(g) },
    },
  };
  const sampling = {
    jsonrpc: '2.0',
    id: g.int(501, 900),
    method: 'sampling/createMessage',
    params: {
      systemPrompt: 'You write discharge instructions in plain language.',
      messages: [
        {
          role: 'user',
          content: {
            type: 'text',
            text: t`Write instructions for ${fullName(p)} (DOB ${date(dob, 'us')}), discharged ${date(serviceDate(g), 'long')} on ${drugDose(m)} ${m.sig}; follow-up fax ${fax(g)}.`,
          },
        },
      ],
      maxTokens: 800,
    },
  };
  const elicitation = {
    jsonrpc: '2.0',
    id: g.int(901, 1200),
    result: {
      action: 'accept',
      content: {
        fullName: fullName(p, 'as-is', true),
        dateOfBirth: date(dob, g.pick(['us', 'iso'] as const)),
        phone: phone(g, a.country),
        homeAddress: addressLine(a),
        email: email(g, p.given, p.family || 'pt'),
        preferredPharmacy: organization(g, 'pharmacy'),
      },
    },
  };
  return g.pick([
    [call, sampling, elicitation],
    [call, elicitation],
    [sampling, call],
  ]);
}

export const BLIND5_JSON_DOCS: Record<string, Template> = {
  ehrPatientRecord,
  payerEligibility,
  identityVerification,
  fhirClinicalBundle,
  fhirAdminBundle,
  mcpStructuredResult,
  graphqlPatientQuery,
  searchResults,
  jsonRpcExchange,
};
