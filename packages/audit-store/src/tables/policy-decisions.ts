import { defineTable } from '../table-spec';

/** One policy decision (from a policy_decision event); client-supplied names are masked. */
export interface PolicyDecisionRow {
  eventId: string;
  sessionId: string;
  seq: number;
  time: number;
  tenant: string;
  subject: string;
  connection: string;
  decision: string;
  rule: string;
  reason: string;
  method: string;
  toolName: string;
  resourceUri: string;
  promptName: string;
  frameSeq: number | null;
  ruleVersion: string;
  approvalId: string;
}

export const POLICY_DECISIONS = defineTable<PolicyDecisionRow>('policy_decisions', {
  eventId: ['event_id', 'string'],
  sessionId: ['session_id', 'string'],
  seq: ['seq', 'uint64'],
  time: ['time', 'time'],
  tenant: ['tenant', 'string'],
  subject: ['subject', 'string'],
  connection: ['connection', 'string'],
  decision: ['decision', 'string'],
  rule: ['rule', 'string'],
  reason: ['reason', 'string'],
  method: ['method', 'string'],
  toolName: ['tool_name', 'string'],
  resourceUri: ['resource_uri', 'string'],
  promptName: ['prompt_name', 'string'],
  frameSeq: ['frame_seq', 'nullableUint64'],
  ruleVersion: ['rule_version', 'string'],
  approvalId: ['approval_id', 'string'],
});
