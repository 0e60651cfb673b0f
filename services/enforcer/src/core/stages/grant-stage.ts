/**
 * require_grant: requests a `require_grant` rule matches pass only while the caller holds an
 * active access grant for the connection, checked on every request (so a revoked or expired
 * grant refuses the open session's very next call). The first request of a session under a
 * grant records the grant's use and binds the session to the grant: when the grant is revoked
 * or runs out, the sessions bound to it on this gateway end at once (their open streams get a
 * clear error first), not only at their next request. A resource such a rule covers, embedded
 * in an answer or linked from it (a tool's result, a prompt's messages), is withheld from a
 * caller without a grant as a read of it would be refused (see onResponse).
 */
import type { Grant, GrantService } from '@proctor/approvals';
import type { Identity } from '@proctor/events';
import type { CompiledPolicy, CompiledRule, PolicyHolder } from '@proctor/policy';
import { GATEWAY_RPC } from '../errors';
import type { OutboundMessage, RequestStage, ResponseStage, StageContext } from '../stages';
import { readOf, withholdEmbedded } from './embedded-resources';
import { hideEvent } from './policy-response-stage';
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

export interface GrantStage extends RequestStage, ResponseStage {
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

  const activeGrant = async (identity: Identity, connection: string): Promise<Grant | null> => {
    try {
      return await options.grants.active(identity, connection);
    } catch {
      return null;
    }
  };

  return {
    name: 'grant',
    endGrant,
    onResponse: (outbound, ctx) => withheldWithoutGrant(outbound, ctx, options.holder.current(), activeGrant),
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
      const grant = await activeGrant(exchange.identity, exchange.connection);
      const reason = grant === null ? noGrant(exchange.connection) : `access grant ${grant.id}`;
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

function noGrant(connection: string): string {
  return `no active access grant for connection ${connection}: request one (proctor access request)`;
}

/** The require_grant rules of a policy, found once per version. */
const grantRulesOf = new WeakMap<CompiledPolicy, CompiledRule[]>();

/**
 * An answer's embedded resources and resource links that a require_grant rule covers (as a read
 * of their URI by the caller) are replaced by the withheld marker, the hiding recorded, unless
 * the caller holds an active grant for the connection. The grant is looked up only when the
 * answer carries such a resource.
 */
async function withheldWithoutGrant(
  outbound: OutboundMessage,
  ctx: StageContext,
  policy: CompiledPolicy,
  activeGrant: (identity: Identity, connection: string) => Promise<Grant | null>,
): Promise<Record<string, unknown>> {
  const message = outbound.message;
  const result = message.result;
  if (outbound.kind !== 'response' || typeof result !== 'object' || result === null || Array.isArray(result))
    return message;
  let rules = grantRulesOf.get(policy);
  if (rules === undefined) {
    rules = policy.rules.filter((rule) => rule.action === 'require_grant');
    grantRulesOf.set(policy, rules);
  }
  if (rules.length === 0) return message;
  const { identity, connection } = outbound;
  const ruleFor = (uri: string) =>
    (rules as CompiledRule[]).find((rule) => rule.matches(readOf({ identity, connection, era: null }, uri)))
      ?.id ?? null;
  const outcome = withholdEmbedded(result as Record<string, unknown>, ruleFor);
  if (outcome === null || outcome.withheld === 0) return message;
  if ((await activeGrant(identity, connection)) !== null) return message;
  await ctx.emit([
    hideEvent(
      policy,
      outcome.rule,
      `${outcome.withheld} of ${outcome.seen} embedded resources withheld: ${noGrant(connection)}`,
      outbound.request?.method ?? null,
    ),
  ]);
  return { ...message, result: outcome.result };
}
