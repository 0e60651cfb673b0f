/**
 * Where approval requests, standing approvals and grants live: in memory for one process (the
 * embedded default), in Redis when several gateways and the API share them. Updates are
 * atomic read-modify-write: `update` re-runs `change` on the fresh value when another writer
 * won, and a `change` that throws leaves the record as it was.
 */
import type { ApprovalRequest, ApprovalState, Grant } from './model';

export interface RequestFilter {
  tenant: string;
  states?: readonly ApprovalState[];
  /** Newest first; default 100. */
  limit?: number;
}

export interface GrantFilter {
  tenant: string;
  subject?: string;
  connection?: string;
  limit?: number;
}

export interface StandingApproval {
  approvalId: string;
  until: number;
}

export interface ApprovalStore {
  createRequest(request: ApprovalRequest): Promise<void>;
  getRequest(id: string): Promise<ApprovalRequest | null>;
  listRequests(filter: RequestFilter): Promise<ApprovalRequest[]>;
  /** Throws ApprovalError APPROVAL_NOT_FOUND for an unknown id. */
  updateRequest(id: string, change: (current: ApprovalRequest) => ApprovalRequest): Promise<ApprovalRequest>;

  /** Identical calls approved for a time: keyed by tenant, requester, connection, tool, digests, rule and policy version. */
  putStanding(key: string, standing: StandingApproval, now: number): Promise<void>;
  getStanding(key: string, now: number): Promise<StandingApproval | null>;

  createGrant(grant: Grant): Promise<void>;
  getGrant(id: string): Promise<Grant | null>;
  listGrants(filter: GrantFilter): Promise<Grant[]>;
  /** Throws ApprovalError GRANT_NOT_FOUND for an unknown id. */
  updateGrant(id: string, change: (current: Grant) => Grant): Promise<Grant>;

  close(): Promise<void>;
}

export function standingKey(parts: {
  tenant: string;
  subject: string;
  issuer: string;
  connection: string;
  toolName: string | null;
  argsDigest: string;
  targetDigest: string;
  /** The rule and policy version that held the call: a changed policy needs a new approval. */
  rule: string;
  ruleVersion: string;
}): string {
  return [
    parts.tenant,
    parts.issuer,
    parts.subject,
    parts.connection,
    parts.toolName ?? '',
    parts.argsDigest,
    parts.targetDigest,
    parts.rule,
    parts.ruleVersion,
  ]
    .map((p) => encodeURIComponent(p))
    .join('|');
}
