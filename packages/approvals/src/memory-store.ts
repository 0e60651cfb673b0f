import { ApprovalError } from './errors';
import type { ApprovalRequest, Grant } from './model';
import type { ApprovalStore, GrantFilter, RequestFilter, StandingApproval } from './store-port';

/** The store of one process (the embedded default). Values are copied in and out, as Redis would. */
export function createMemoryApprovalStore(): ApprovalStore {
  const requests = new Map<string, ApprovalRequest>();
  const grants = new Map<string, Grant>();
  const standing = new Map<string, StandingApproval>();
  const copy = <T>(value: T): T => structuredClone(value);

  return {
    async createRequest(request) {
      requests.set(request.id, copy(request));
    },
    async getRequest(id) {
      const found = requests.get(id);
      return found ? copy(found) : null;
    },
    async listRequests(filter: RequestFilter) {
      return [...requests.values()]
        .filter((r) => r.tenant === filter.tenant && (!filter.states || filter.states.includes(r.state)))
        .sort((a, b) => b.createdAt - a.createdAt)
        .slice(0, filter.limit ?? 100)
        .map(copy);
    },
    async updateRequest(id, change) {
      const current = requests.get(id);
      if (!current) throw new ApprovalError('APPROVAL_NOT_FOUND', `no approval ${id}`);
      const next = change(copy(current));
      requests.set(id, copy(next));
      return copy(next);
    },
    async putStanding(key, value) {
      standing.set(key, { ...value });
    },
    async getStanding(key, now) {
      const found = standing.get(key);
      if (!found || found.until <= now) return null;
      return { ...found };
    },
    async createGrant(grant) {
      grants.set(grant.id, copy(grant));
    },
    async getGrant(id) {
      const found = grants.get(id);
      return found ? copy(found) : null;
    },
    async listGrants(filter: GrantFilter) {
      return [...grants.values()]
        .filter(
          (g) =>
            g.tenant === filter.tenant &&
            (filter.subject === undefined || g.grantee.subject === filter.subject) &&
            (filter.connection === undefined || g.connection === filter.connection),
        )
        .sort((a, b) => b.issuedAt - a.issuedAt)
        .slice(0, filter.limit ?? 100)
        .map(copy);
    },
    async updateGrant(id, change) {
      const current = grants.get(id);
      if (!current) throw new ApprovalError('GRANT_NOT_FOUND', `no grant ${id}`);
      const next = change(copy(current));
      grants.set(id, copy(next));
      return copy(next);
    },
    async close() {},
  };
}
