/**
 * The audit events of approvals and grants. Each request and each grant is its own audit unit
 * (`approval:<id>`, `grant:<id>`) with a gap-free sequence kept in the record itself, so the
 * trail of one request reads like a session; the held call's own session links to it through
 * the policy decision's approvalId.
 */
import type {
  AccessGrantAction,
  AccessGrantBody,
  ApprovalAction,
  ApprovalBody,
  Identity,
} from '@proctor/events';
import { approvalCount } from './decision-rules';
import { type ApprovalRequest, approvalUnit, type Grant, grantUnit } from './model';

export type AuditRecord = {
  sessionId: string;
  seq: number;
  identity: Identity;
  connection: string;
} & ({ type: 'approval'; body: ApprovalBody } | { type: 'access_grant'; body: AccessGrantBody });

/** Appends one record to the audit log; rejects when the log cannot take it. */
export type AuditSink = (record: AuditRecord) => Promise<void>;

const micros = (ms: number | null): number | null => (ms === null ? null : ms * 1000);

export function approvalRecord(
  request: ApprovalRequest,
  seq: number,
  action: ApprovalAction,
  detail: { actor?: Identity | null; reason?: string | null } = {},
): AuditRecord {
  return {
    sessionId: approvalUnit(request.id),
    seq,
    identity: request.requester,
    connection: request.connection,
    type: 'approval',
    body: {
      action,
      approvalId: request.id,
      method: request.method,
      toolName: request.toolName,
      argsDigest: request.argsDigest,
      rule: request.rule,
      ruleVersion: request.ruleVersion,
      actor: detail.actor?.subject ?? null,
      actorGroups: detail.actor ? [...detail.actor.groups] : [],
      reason: detail.reason ?? null,
      expiresAt: micros(request.expiresAt),
      validUntil: micros(request.validUntil),
      requiredApprovals: request.approvers.required,
      approvals: approvalCount(request),
    },
  };
}

export function grantRecord(
  grant: Grant,
  seq: number,
  action: AccessGrantAction,
  detail: { actor?: string | null; reason?: string | null } = {},
): AuditRecord {
  return {
    sessionId: grantUnit(grant.id),
    seq,
    identity: grant.grantee,
    connection: grant.connection,
    type: 'access_grant',
    body: {
      action,
      grantId: grant.id,
      scope: grant.scope,
      audience: null,
      issuedAt: micros(grant.issuedAt),
      expiresAt: micros(grant.expiresAt),
      reason: detail.reason ?? grant.reason,
      approvalId: grant.approvalId,
      actor: detail.actor ?? null,
      flaggedForReview: grant.breakGlass,
    },
  };
}
