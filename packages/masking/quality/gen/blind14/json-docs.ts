/**
 * JSON documents of blind split 14: MCP frames wrapping its free text (tool results with text
 * and structuredContent, tool-call arguments, resource reads, prompts) and a safety report as
 * JSON inside a text block. SYNTHETIC DATA ONLY; labeling conventions as in text-docs.ts.
 */
import type { Gen } from '../context';
import { type JsonTree, jsonText, phi, t } from '../fragment';
import { agentRecordSummary } from './agent';
import { dateIn, fullDateIn, plusDays, recent } from './dates';
import { hkid, hospitalNo, nhsNumber, nric, saId } from './ids';
import { ageOf, code, drugDose, eponym, lab, org, timestamp, uuid, version } from './keeps';
import { ukGpReferralLetter } from './letters';
import { nameAs, patient, patientInitials, staff } from './people';
import { addressIn, addressText, emailFor, phoneIn } from './places';
import { inMdtTumourBoard, zaWardHandover } from './wards';

type Template = (g: Gen) => JsonTree;

function rpcId(g: Gen): number {
  return g.int(1, 9999);
}

export function mcpRecordSummaryResult(g: Gen): JsonTree {
  const p = patient(g, 'za', 0.2);
  const seen = recent(g);
  return {
    jsonrpc: '2.0',
    id: rpcId(g),
    result: {
      content: [{ type: 'text', text: agentRecordSummary(g) }],
      structuredContent: {
        patient: {
          display: nameAs(g, p, g.pick(['full', 'caps_full'])),
          idNumber: saId(g, p.dob, p.sex),
          folder: hospitalNo(g, 'za'),
          birthDate: dateIn(g, 'za', p.dob, 'iso'),
          ageYears: ageOf(p.age),
          cell: phoneIn(g, 'za'),
          address: addressText(g, 'za', addressIn(g, 'za'), ', '),
        },
        encounters: [
          {
            date: dateIn(g, 'za', seen, 'iso'),
            facility: org(g, 'za'),
            dx: code(g, 'ICD-10'),
            note: t`${lab(g)}; ${drugDose(g)}`,
          },
          {
            date: dateIn(g, 'za', plusDays(seen, 30), 'iso'),
            facility: org(g, 'za'),
            dx: code(g, 'SNOMED CT'),
          },
        ],
        generatedAt: timestamp(g),
        traceId: uuid(g),
      },
      isError: false,
    },
  };
}

export function mcpSendReferralCall(g: Gen): JsonTree {
  const p = patient(g, 'uk', 0.2);
  const consultant = staff(g, 'uk');
  return {
    jsonrpc: '2.0',
    id: rpcId(g),
    method: 'tools/call',
    params: {
      name: 'docman_send_letter',
      arguments: {
        to: emailFor(g, consultant.given, consultant.family),
        subject: t`Referral: ${nameAs(g, p, 'family_caps_first')} NHS ${nhsNumber(g)}`,
        body: ukGpReferralLetter(g),
        priority: g.pick(['routine', 'urgent', '2WW']),
      },
    },
  };
}

export function mcpHandoverResource(g: Gen): JsonTree {
  const d = recent(g);
  return {
    jsonrpc: '2.0',
    id: rpcId(g),
    result: {
      contents: [
        {
          uri: t`ehr://wards/F3/handover/${dateIn(g, 'za', d, 'iso')}`,
          mimeType: 'text/plain',
          text: zaWardHandover(g),
        },
      ],
    },
  };
}

export function mcpMdtPrompt(g: Gen): JsonTree {
  return {
    jsonrpc: '2.0',
    id: rpcId(g),
    result: {
      description: 'Summarise tumour board decisions for the oncology nurse navigator',
      messages: [
        {
          role: 'user',
          content: {
            type: 'text',
            text: t`Summarise these minutes as a task list per patient:\n\n${inMdtTumourBoard(g)}`,
          },
        },
      ],
    },
  };
}

export function mcpAdverseEventJsonText(g: Gen): JsonTree {
  const region = g.pick(['sg', 'hk'] as const);
  const p = patient(g, region, 0.2);
  const rep = staff(g, region);
  const onset = recent(g);
  const report = {
    reportId: uuid(g),
    schemaVersion: version(g),
    receivedAt: timestamp(g),
    patient: {
      initials: phi('name', patientInitials(p), 'initials'),
      identifier: region === 'sg' ? nric(g, p.dob.getUTCFullYear()) : hkid(g),
      birthDate: fullDateIn(g, region, p.dob),
      age: ageOf(p.age),
    },
    reaction: {
      onset: dateIn(g, region, onset),
      term: eponym(g),
      meddra: code(g, 'MedDRA'),
      narrative: t`Started ${drugDose(g)}; ${lab(g)} on ${dateIn(g, region, plusDays(onset, 2))}. Seen at ${org(g, region)}.`,
    },
    reporter: {
      name: nameAs(g, rep, 'full'),
      phone: phoneIn(g, region),
      email: emailFor(g, rep.given, rep.family),
    },
  };
  return {
    jsonrpc: '2.0',
    id: rpcId(g),
    result: { content: [{ type: 'text', text: jsonText(report, 2) }], isError: false },
  };
}

export const BLIND14_JSON_DOCS: Record<string, Template> = {
  mcpRecordSummaryResult,
  mcpSendReferralCall,
  mcpHandoverResource,
  mcpMdtPrompt,
  mcpAdverseEventJsonText,
};
