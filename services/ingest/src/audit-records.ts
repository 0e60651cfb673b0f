/**
 * The per-kind rows (masking matches, rule errors, policy decisions, auth failures,
 * approvals, access grants) of one redacted event.
 */
import type { AuditRows, MaskingMatchSetRow } from '@proctor/audit-store';
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
    maskingMatchSets: matches.length === 0 ? [] : [matchSetOf(where, matches)],
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

/** The event's matches as one row of parallel arrays (masking_match_sets), in match order. */
function matchSetOf(where: Where, matches: RedactedEvent['matches']): MaskingMatchSetRow {
  const n = matches.length;
  const set: MaskingMatchSetRow = {
    eventId: where.eventId,
    sessionId: where.sessionId,
    seq: where.seq,
    time: where.time,
    tenant: where.tenant,
    jsonPaths: new Array<string>(n),
    spanStarts: new Array<number>(n),
    spanEnds: new Array<number>(n),
    ruleIds: new Array<string>(n),
    identifierTypes: new Array<string>(n),
    strategies: new Array<string>(n),
    pseudonyms: new Array<string>(n),
    matchCounts: new Array<number>(n),
  };
  for (let i = 0; i < n; i++) {
    const m = matches[i] as RedactedEvent['matches'][number];
    set.jsonPaths[i] = m.jsonPath;
    set.spanStarts[i] = m.start;
    set.spanEnds[i] = m.end;
    set.ruleIds[i] = m.ruleId;
    set.identifierTypes[i] = m.type;
    set.strategies[i] = m.strategy;
    set.pseudonyms[i] = m.pseudonym ?? '';
    set.matchCounts[i] = m.count;
  }
  return set;
}
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
            requestBytes: b.requestBytes ?? null,
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
