/**
 * Text documents of blind split 5: structured text as MCP tools return it — X12 transactions,
 * DICOM header dumps, C-CDA fragments, CSV/TSV exports, SQL result tables, YAML/INI records, an
 * integration engine's log and an agent's tool-call transcript. SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { type Frag, jsonText, t } from '../fragment';
import { configRecord, engineLog, flatExport, sqlResult } from './exports';
import { account, birthDate, date, memberId, mrn, oldAge, serviceDate, ssn } from './ids';
import { ccdaFragment, dicomHeader, x12Transaction } from './interchange';
import { familyComma, familyName, fullName, givenName, person } from './people';
import { address, addressLine, phone, zip } from './places';
import { drug, drugDose, eponym, organization, systemTime, uuid, year, youngAge } from './vocab';

type Template = (g: Gen) => Frag;

/** An agent's tool calls by name and birth date, the errors that quote them, sampling and elicitation. */
function agentTranscript(g: Gen): Frag {
  const p = person(g);
  const dob = birthDate(g);
  const a = address(g);
  const m = drug(g);
  const misspelt = g.chance(0.5) ? fullName(p, 'upper') : familyComma(p, 'as-is', ' ');
  const args = jsonText(
    g.pick([
      { name: fullName(p), dob: date(dob, 'iso') },
      { family: familyName(p), given: givenName(p), birthDate: date(dob, 'iso'), postalCode: zip(a) },
      { query: t`${fullName(p, 'lower')} ${date(dob, 'us')}`, limit: 5 },
    ]),
  );
  const age = g.chance(0.4) ? t`${oldAge(g)}-year-old` : t`${youngAge(g)} y/o`;
  return t`[${systemTime(g, 'iso-ms')}] → tools/call ${g.pick(['search_patients', 'ehr.patient.lookup', 'findMember'])} ${args}
[${systemTime(g, 'iso-ms')}] ← isError: true — no patient found for '${misspelt}' born ${date(dob, g.pick(['us', 'long', 'dmon'] as const))}
[${systemTime(g, 'iso-ms')}] → tools/call search_patients ${jsonText({ mrn: mrn(g), includeCoverage: true })}
[${systemTime(g, 'iso-ms')}] ← 1 match: ${familyComma(p)} (member ${memberId(g)}), ${addressLine(a)}, tel ${phone(g, a.country)}
[${systemTime(g, 'iso-ms')}] → sampling/createMessage: "Summarise the ${year(g)} chart of ${fullName(p)}, a ${age} seen on ${date(serviceDate(g), 'long')} for ${eponym(g)}; current ${drugDose(m)} ${m.sig}."
[${systemTime(g, 'iso-ms')}] ← elicitation/create "Confirm the guarantor before billing" → accept ${jsonText({ guarantorName: fullName(person(g)), guarantorSsn: ssn(g), accountNo: account(g) })}
[${systemTime(g, 'iso-ms')}] request ${uuid(g)} closed; billed to ${organization(g, 'payer')}`;
}

export const BLIND5_TEXT_DOCS: Record<string, Template> = {
  x12Transaction,
  dicomHeader,
  ccdaFragment,
  flatExport,
  sqlResult,
  configRecord,
  engineLog,
  agentTranscript,
};
