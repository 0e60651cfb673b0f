/**
 * The per-kind rows (masking matches, rule errors, policy decisions, auth failures,
 * approvals, access grants) of one redacted event.
 */
import type { AuditRows } from '@proctor/audit-store';
import type { AuditEvent } from '@proctor/events';
import type { RedactedEvent } from './redact-event';

export type EventRecords = Omit<AuditRows, 'events'>;

export function auditRecordsOf({ event, matches, ruleErrors }: RedactedEvent): EventRecords {
  const where = {
    eventId: event.eventId,
    sessionId: event.sessionId,
    seq: event.seq,
    time: event.time,
    tenant: event.tenant,
  };
  const frameSeq = event.type === 'frame' ? event.seq : null;
  const records: EventRecords = {
    // Literals rather than spreads of `where`: an event has several matches, ingest many events.
    maskingMatches: matches.map((m, matchIndex) => ({
      eventId: where.eventId,
      sessionId: where.sessionId,
      seq: where.seq,
      time: where.time,
      tenant: where.tenant,
      matchIndex,
      jsonPath: m.jsonPath,
      spanStart: m.start,
      spanEnd: m.end,
      ruleId: m.ruleId,
      identifierType: m.type,
      strategy: m.strategy,
      pseudonym: m.pseudonym ?? '',
      matchCount: m.count,
    })),
    ruleErrors: ruleErrors.map((e, errorIndex) => ({
      ...where,
      errorIndex,
      ruleId: e.ruleId,
      stage: 'ingest',
      error: e.error,
      frameSeq,
    })),
  };
  const who = { subject: event.identity.subject, connection: event.connection };
  const kind = kindRecord(event, where, who);
  if (kind?.ruleErrors) {
    // A rule_error event's own row comes first; errors met masking its fields follow it.
    const own = records.ruleErrors ?? [];
    kind.ruleErrors = [...kind.ruleErrors, ...own.map((e, i) => ({ ...e, errorIndex: i + 1 }))];
  }
  return { ...records, ...kind };
}

type Where = { eventId: string; sessionId: string; seq: number; time: number; tenant: string };
type Who = { subject: string; connection: string };

function kindRecord(event: AuditEvent, where: Where, who: Who): EventRecords | undefined {
  switch (event.type) {
    case 'policy_decision': {
      const b = event.body;
      return {
        policyDecisions: [
          {
            ...where,
            ...who,
            decision: b.decision,
            rule: b.rule ?? '',
            reason: b.reason ?? '',
            method: b.method ?? '',
            toolName: b.toolName ?? '',
            resourceUri: b.resourceUri ?? '',
            promptName: b.promptName ?? '',
            frameSeq: b.frameSeq,
            ruleVersion: b.ruleVersion ?? '',
            approvalId: b.approvalId ?? '',
          },
        ],
      };
    }
    case 'auth_failure': {
      const b = event.body;
      return {
        authFailures: [
          {
            ...where,
            gatewayId: event.gatewayId,
            connection: event.connection,
            sourceIp: event.sourceIp ?? '',
            userAgent: event.userAgent ?? '',
            reason: b.reason,
            httpStatus: b.httpStatus,
            claimedIssuer: b.claimedIssuer ?? '',
            claimedSubject: b.claimedSubject ?? '',
          },
        ],
      };
    }
    case 'approval': {
      const b = event.body;
      return {
        approvals: [
          {
            ...where,
            ...who,
            action: b.action,
            approvalId: b.approvalId,
            method: b.method ?? '',
            toolName: b.toolName ?? '',
            argsDigest: b.argsDigest ?? '',
            rule: b.rule ?? '',
            ruleVersion: b.ruleVersion ?? '',
            actor: b.actor ?? '',
            actorGroups: b.actorGroups,
            reason: b.reason ?? '',
            expiresAt: b.expiresAt,
            validUntil: b.validUntil,
            requiredApprovals: b.requiredApprovals,
            approvals: b.approvals,
          },
        ],
      };
    }
    case 'access_grant': {
      const b = event.body;
      return {
        accessGrants: [
          {
            ...where,
            ...who,
            action: b.action,
            grantId: b.grantId ?? '',
            scope: b.scope ?? '',
            audience: b.audience ?? '',
            issuedAt: b.issuedAt,
            expiresAt: b.expiresAt,
            reason: b.reason ?? '',
            approvalId: b.approvalId ?? '',
            actor: b.actor ?? '',
            flaggedForReview: b.flaggedForReview,
          },
        ],
      };
    }
    case 'rule_error': {
      // Reported by the enforcer's inline masking: recorded beside the session like ingest's own.
      const b = event.body;
      return {
        ruleErrors: [
          { ...where, errorIndex: 0, ruleId: b.ruleId, stage: b.stage, error: b.error, frameSeq: b.frameSeq },
        ],
      };
    }
    default:
      return undefined;
  }
}
