/**
 * require_grant: requests a `require_grant` rule matches pass only while the caller holds an
 * active access grant for the connection, checked on every request (so a revoked or expired
 * grant refuses the open session's very next call). The first request of a session under a
 * grant records the grant's use.
 */
import type { Grant, GrantService } from '@proctor/approvals';
import type { PolicyHolder } from '@proctor/policy';
import { GATEWAY_RPC } from '../errors';
import type { RequestStage } from '../stages';

export interface GrantStageOptions {
  holder: PolicyHolder;
  grants: Pick<GrantService, 'active' | 'recordUse'>;
  /** Sessions whose use of a grant is already recorded are remembered up to this many. */
  maxRemembered?: number;
}

export function createGrantStage(options: GrantStageOptions): RequestStage {
  const recorded = new Set<string>();
  const limit = options.maxRemembered ?? 10_000;
  return {
    name: 'grant',
    async onRequest(exchange, ctx) {
      const policy = options.holder.current();
      const rule = policy.rules.find(
        (r) =>
          r.action === 'require_grant' &&
          r.matches({
            identity: exchange.identity,
            connection: exchange.connection,
            method: exchange.method,
            toolName: exchange.toolName,
            resourceUri: exchange.resourceUri,
            promptName: exchange.promptName,
            arguments: exchange.arguments,
            era: exchange.era,
          }),
      );
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
      const key = `${grant.id} ${exchange.sessionId}`;
      if (!recorded.has(key)) {
        if (recorded.size >= limit) recorded.clear();
        recorded.add(key);
        await options.grants.recordUse(grant, exchange.sessionId);
      }
      return { action: 'allow' };
    },
  };
}
