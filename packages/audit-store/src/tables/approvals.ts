import { defineTable } from '../table-spec';

/** One step of an approval's life (from an approval event): ApprovalBody plus where and who. */
export interface ApprovalRow {
  eventId: string;
  sessionId: string;
  seq: number;
  time: number;
  tenant: string;
  subject: string;
  connection: string;
  action: string;
  approvalId: string;
  method: string;
  toolName: string;
  argsDigest: string;
  rule: string;
  ruleVersion: string;
  actor: string;
  actorGroups: string[];
  reason: string;
  expiresAt: number | null;
  validUntil: number | null;
  requiredApprovals: number;
  approvals: number;
}

export const APPROVALS = defineTable<ApprovalRow>('approvals', {
  eventId: ['event_id', 'string'],
  sessionId: ['session_id', 'string'],
  seq: ['seq', 'uint64'],
  time: ['time', 'time'],
  tenant: ['tenant', 'string'],
  subject: ['subject', 'string'],
  connection: ['connection', 'string'],
  action: ['action', 'string'],
  approvalId: ['approval_id', 'string'],
  method: ['method', 'string'],
  toolName: ['tool_name', 'string'],
  argsDigest: ['args_digest', 'string'],
  rule: ['rule', 'string'],
  ruleVersion: ['rule_version', 'string'],
  actor: ['actor', 'string'],
  actorGroups: ['actor_groups', 'strings'],
  reason: ['reason', 'string'],
  expiresAt: ['expires_at', 'nullableTime'],
  validUntil: ['valid_until', 'nullableTime'],
  requiredApprovals: ['required_approvals', 'uint32'],
  approvals: ['approvals', 'uint32'],
});
