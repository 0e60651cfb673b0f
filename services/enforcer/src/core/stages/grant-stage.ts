/**
 * require_grant: requests a `require_grant` rule matches pass only while the caller holds an
 * active access grant for the connection, checked on every request (so a revoked or expired
 * grant refuses the open session's very next call). The first request of a session under a
 * grant records the grant's use and binds the session to the grant: when the grant is revoked
 * or runs out, the sessions bound to it on this gateway end at once (their open streams get a
 * clear error first), not only at their next request.
 */
import type { Grant, GrantService } from '@proctor/approvals';
import type { PolicyHolder } from '@proctor/policy';
import { GATEWAY_RPC } from '../errors';
import type { RequestStage } from '../stages';
import { policyRequestOf } from './policy-stage';

/** Ends these sessions of this gateway, answering what they still wait for with `message`. */
export type EndSessions = (sessionIds: readonly string[], message: string) => Promise<void>;

export interface GrantStageOptions {
  holder: PolicyHolder;
  grants: Pick<GrantService, 'active' | 'recordUse'>;
  /** How sessions bound to an ended grant are ended; null until the gateway is built. */
  endSessions: () => EndSessions | null;
  /** Sessions bound to grants are remembered up to this many grants. */
  maxRemembered?: number;
  now?: () => number;
}

/** The grant a session is bound to, as the credentials issued under it see it. */
export interface BoundGrant {
  grantId: string;
  approvalId: string | null;
  /** ms since the epoch */
  expiresAt: number;
}

export interface GrantStage extends RequestStage {
  /** The grant this session works under on this gateway, if any. */
  grantOf(sessionId: string): BoundGrant | null;
  /** The grant was revoked or ran out: the sessions bound to it end now. */
  endGrant(grantId: string, why: 'revoked' | 'expired'): Promise<void>;
  /** Stops the expiry timers. */
  close(): void;
}

interface Bound {
  grant: BoundGrant;
  connection: string;
  sessions: Set<string>;
  timer: NodeJS.Timeout;
}

/** setTimeout's longest delay; a grant running longer is re-checked when it fires. */
const MAX_DELAY_MS = 2_147_483_647;

export function createGrantStage(options: GrantStageOptions): GrantStage {
  const bound = new Map<string, Bound>();
  /** Session → the grant it is bound to. */
  const sessionGrant = new Map<string, string>();
  const forget = (grantId: string) => {
    const entry = bound.get(grantId);
    if (!entry) return;
    clearTimeout(entry.timer);
    bound.delete(grantId);
    for (const sessionId of entry.sessions) {
      if (sessionGrant.get(sessionId) === grantId) sessionGrant.delete(sessionId);
    }
  };
  const limit = options.maxRemembered ?? 10_000;
  const now = options.now ?? Date.now;

  const endGrant = async (grantId: string, why: 'revoked' | 'expired') => {
    const entry = bound.get(grantId);
    if (!entry) return;
    forget(grantId);
    const end = options.endSessions();
    if (end === null) return;
    const message = `access grant ${grantId} ${why}: access to connection ${entry.connection} ended; request a new grant (proctor access request)`;
    await end([...entry.sessions], message);
  };

  const bind = async (grant: Grant, sessionId: string) => {
    let entry = bound.get(grant.id);
    if (entry?.sessions.has(sessionId)) return;
    if (!entry) {
      if (bound.size >= limit) {
        const [oldest] = bound.keys();
        if (oldest !== undefined) forget(oldest);
      }
      const timer = setTimeout(
        () => void endGrant(grant.id, 'expired'),
        Math.min(Math.max(grant.expiresAt - now(), 0), MAX_DELAY_MS),
      );
      timer.unref();
      entry = {
        grant: { grantId: grant.id, approvalId: grant.approvalId, expiresAt: grant.expiresAt },
        connection: grant.connection,
        sessions: new Set(),
        timer,
      };
      bound.set(grant.id, entry);
    }
    entry.sessions.add(sessionId);
    sessionGrant.set(sessionId, grant.id);
    await options.grants.recordUse(grant, sessionId);
  };

  return {
    name: 'grant',
    endGrant,
    grantOf(sessionId) {
      const grantId = sessionGrant.get(sessionId);
      return grantId === undefined ? null : (bound.get(grantId)?.grant ?? null);
    },
    close() {
      for (const entry of bound.values()) clearTimeout(entry.timer);
      bound.clear();
      sessionGrant.clear();
    },
    async onRequest(exchange, ctx) {
      const policy = options.holder.current();
      const request = policyRequestOf(exchange);
      const rule = policy.rules.find((r) => r.action === 'require_grant' && r.matches(request));
      if (rule === undefined) return { action: 'allow' };
      let grant: Grant | null;
      try {
        grant = await options.grants.active(exchange.identity, exchange.connection);
      } catch {
        grant = null;
      }
      const reason =
        grant === null
          ? `no active access grant for connection ${exchange.connection}: request one (proctor access request)`
          : `access grant ${grant.id}`;
      await ctx.emit([
        {
          type: 'policy_decision',
          body: {
            decision: grant === null ? 'block' : 'allow',
            rule: rule.id,
            reason,
            method: exchange.method,
            toolName: exchange.toolName,
            frameSeq: null,
            ruleVersion: policy.version,
            resourceUri: exchange.resourceUri,
            promptName: exchange.promptName,
            approvalId: grant?.approvalId ?? null,
          },
        },
      ]);
      if (grant === null) {
        return {
          action: 'deny',
          code: GATEWAY_RPC.DENIED,
          message: `denied by policy rule ${rule.id}: ${reason}`,
          data: { rule: rule.id, ruleVersion: policy.version, connection: exchange.connection },
        };
      }
      await bind(grant, exchange.sessionId);
      return { action: 'allow' };
    },
  };
}
