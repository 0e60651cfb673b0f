/** Test helpers: synthetic identities and an approval/grant world on a given store and bus. */
import type { Identity } from '@proctor/events';
import { Redis } from 'ioredis';
import type { ApprovalService, HeldCall } from './approval-service';
import type { AuditRecord } from './audit-records';
import type { ArgumentsDigest } from './canonical-digest';
import type { ClearViewChannel } from './clear-view';
import type { DecisionBus } from './decision-bus';
import type { GrantService } from './grant-service';
import type { ApprovalRequest, ApproverSpec } from './model';
import type { ApprovalStore } from './store-port';
import { createApprovalWorkflow } from './workflow';

export function person(subject: string, groups: string[] = []): Identity {
  return { subject, issuer: 'https://idp.example.com', groups, ci: null };
}

export function ciJob(repository: string, runId: string, groups: string[] = [], job = 'build'): Identity {
  return {
    subject: `repo:${repository}:run:${runId}:job:${job}`,
    issuer: 'https://ci.example.com',
    groups,
    ci: {
      provider: 'github-actions',
      repository,
      ref: 'refs/heads/main',
      workflow: 'deploy',
      runId,
      actor: 'bot',
    },
  };
}

export const APPROVERS: ApproverSpec = {
  groups: ['approvers'],
  subjects: [],
  required: 1,
  clearGroups: [],
  reasonRequired: false,
  maxStandingMs: 3_600_000,
};

/** A tools/call held for approval by dev@example.com (override any part). */
export function heldCall(overrides: Partial<HeldCall> = {}): HeldCall {
  return {
    requester: person('dev@example.com', ['engineers']),
    connection: 'ehr',
    sessionId: 'session-1',
    method: 'tools/call',
    toolName: 'delete_record',
    arguments: { recordId: 'R-1', hard: true },
    maskedArguments: { recordId: '[ID]', hard: true },
    rule: 'risky-writes',
    ruleVersion: 'rules-v1',
    approvers: APPROVERS,
    ttlMs: 60_000,
    heldBy: 'gw-1',
    ...overrides,
  };
}

/** The request raised for the call (throws if a standing approval passed it instead). */
export async function raisedRequest(w: World, call: HeldCall = heldCall()): Promise<ApprovalRequest> {
  const result = await w.approvals.raise(call);
  if (result.kind !== 'raised') throw new Error('expected a new request');
  return result.request;
}

export interface World {
  approvals: ApprovalService;
  grants: GrantService;
  records: AuditRecord[];
  clock: { now: number };
}

export function world(
  store: ApprovalStore,
  bus: DecisionBus,
  options: {
    pollMs?: number;
    onRequested?: (request: ApprovalRequest) => Promise<void>;
    clearView?: ClearViewChannel;
    argumentsDigest?: ArgumentsDigest;
  } = {},
): World {
  const records: AuditRecord[] = [];
  const clock = { now: Date.UTC(2026, 0, 5, 9) };
  const audit = async (record: AuditRecord) => {
    records.push(record);
  };
  const { approvals, grants } = createApprovalWorkflow({
    store,
    bus,
    audit,
    tenant: 'tenant-a',
    now: () => clock.now,
    pollMs: options.pollMs ?? 50,
    onRequested: options.onRequested,
    ...(options.clearView && { clearView: options.clearView }),
    ...(options.argumentsDigest && { argumentsDigest: options.argumentsDigest }),
    grantable: new Map([
      ['ehr', { approvers: APPROVERS, maxDurationMs: 8 * 3_600_000, requestTtlMs: 600_000 }],
    ]),
    connections: new Set(['ehr', 'billing']),
    breakGlass: { groups: ['emergency'], maxDurationMs: 3_600_000 },
  });
  return { approvals, grants, records, clock };
}

/** Redis connections a test opens; `quitAll` closes every one. */
export function redisConnections(url: string): { connect(): Redis; quitAll(): Promise<void> } {
  const open: Redis[] = [];
  return {
    connect() {
      const redis = new Redis(url, { maxRetriesPerRequest: 2 });
      open.push(redis);
      return redis;
    },
    async quitAll() {
      await Promise.all(open.splice(0).map((c) => c.quit().catch(() => undefined)));
    },
  };
}
