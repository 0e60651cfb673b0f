/**
 * Opens the approval workflow from the config: the store and decision bus (this process's
 * memory, or Redis shared by every gateway and the API when approvals.redisUrl is set), the
 * approval and grant services, and the approver notifier. Every approval and grant state
 * change is recorded as an audit event on the raw topic, in its own audit unit.
 */
import {
  ApprovalService,
  type ApprovalStore,
  ApproverNotifier,
  type ArgumentsDigest,
  type AuditRecord,
  argumentsDigester,
  type ClearViewChannel,
  createMemoryApprovalStore,
  createMemoryClearViewChannel,
  createMemoryDecisionBus,
  createRedisApprovalStore,
  createRedisClearViewChannel,
  createRedisDecisionBus,
  type DecisionBus,
  type GrantPolicy,
  GrantService,
  HeldArguments,
  sharedArgumentsDigestSecret,
} from '@proctor/approvals';
import type { ProctorConfig } from '@proctor/config';
import type { EnforcerApp, Stages } from '@proctor/enforcer';
import {
  type BoundGrant,
  createApprovalWorkflowSource,
  createGrantStage,
  type GrantStage,
} from '@proctor/enforcer/approvals';
import type { EventLogProducer } from '@proctor/event-log';
import { type AuditEvent, newEventId, nowMicros } from '@proctor/events';
import { createBullmqJobQueue, createInProcessJobQueue, type JobQueue } from '@proctor/jobs';
import type { Logger } from '@proctor/logger';
import { maskJsonText } from '@proctor/masking';
import type { ApprovalDecisionSource, PolicyHolder } from '@proctor/policy';
import { Redis } from 'ioredis';
import { payloadEncoder } from './enforcer-security';
import { topicsOf } from './event-log';

export interface OpenApprovals {
  store: ApprovalStore;
  bus: DecisionBus;
  /** Where the API asks the gateway holding a call for its clear arguments. */
  clearView: ClearViewChannel;
  approvals: ApprovalService;
  grants: GrantService;
  notifier: ApproverNotifier;
  jobs: JobQueue;
  /** The keyed digest held calls are bound by (the configured secret, else one shared through Redis). */
  argumentsDigest: ArgumentsDigest;
  close(): Promise<void>;
}

export async function openApprovals(
  config: ProctorConfig,
  logger: Logger,
  producer: EventLogProducer,
): Promise<OpenApprovals> {
  const settings = config.approvals;
  const raw = topicsOf(config).raw;
  // Tool names, methods and reasons are client text: sealed like the gateway's events.
  const encode = await payloadEncoder(config);
  const audit = async (record: AuditRecord) => {
    const event = {
      ...record,
      eventId: newEventId(),
      time: nowMicros(),
      tenant: config.tenant,
      gatewayId: config.gatewayId,
      sourceIp: null,
      userAgent: null,
    } as AuditEvent;
    await producer.append(raw, [{ key: record.sessionId, value: encode(event) }]);
  };
  const redisParts = settings.redisUrl ? await openRedis(settings.redisUrl, settings.keyPrefix) : null;
  const store = redisParts?.store ?? createMemoryApprovalStore();
  const argumentsDigest = argumentsDigester(
    config.keys.argumentsDigestSecret ?? (await redisParts?.sharedDigestSecret()),
  );
  const bus = redisParts?.bus ?? createMemoryDecisionBus();
  const clearView = redisParts?.clearView ?? createMemoryClearViewChannel();
  const jobs = settings.redisUrl
    ? await createBullmqJobQueue({
        redisUrl: settings.redisUrl,
        prefix: `${settings.keyPrefix}:jobs`,
        logger,
      })
    : createInProcessJobQueue();
  const notifier = new ApproverNotifier({
    jobs,
    store,
    audit,
    webhooks: settings.webhooks,
    publicUrl: settings.publicUrl ?? null,
  });
  let grants: GrantService | undefined;
  const approvals = new ApprovalService({
    store,
    bus,
    clearView,
    audit,
    tenant: config.tenant,
    argumentsDigest,
    ...(settings.webhooks.length > 0 && { onRequested: (request) => notifier.enqueue(request) }),
    onGrantApproved: async (request) => {
      await grants?.issueFor(request);
    },
  });
  grants = new GrantService(
    {
      store,
      bus,
      audit,
      tenant: config.tenant,
      grantable: grantPolicies(config),
      connections: new Set(config.enforcer.connections.map((c) => c.name)),
      breakGlass: settings.breakGlass
        ? { groups: settings.breakGlass.groups, maxDurationMs: settings.breakGlass.maxDurationSeconds * 1000 }
        : null,
    },
    approvals,
  );
  return {
    store,
    bus,
    clearView,
    approvals,
    grants,
    notifier,
    jobs,
    argumentsDigest,
    async close() {
      approvals.close();
      await jobs.close();
      await clearView.close();
      await bus.close();
      await redisParts?.close();
    },
  };
}

function grantPolicies(config: ProctorConfig): Map<string, GrantPolicy> {
  return new Map(
    config.approvals.grants.map((g) => [
      g.connection,
      {
        approvers: {
          groups: g.approverGroups,
          subjects: g.approverSubjects,
          required: g.requiredApprovals,
          clearGroups: [],
          reasonRequired: g.reasonRequired,
          maxStandingMs: 0,
        },
        maxDurationMs: g.maxDurationSeconds * 1000,
        requestTtlMs: g.requestTtlSeconds * 1000,
      },
    ]),
  );
}

async function openRedis(url: string, prefix: string) {
  const redis = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const subscriber = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const bus = await createRedisDecisionBus({ publisher: redis, subscriber, prefix });
  const clearView = await createRedisClearViewChannel({ publisher: redis, subscriber, prefix });
  return {
    store: createRedisApprovalStore({ redis, prefix }),
    bus,
    clearView,
    sharedDigestSecret: () => sharedArgumentsDigestSecret(redis, prefix),
    async close() {
      subscriber.disconnect();
      redis.disconnect();
    },
  };
}

export interface GatewayApprovals {
  /** The policy stage's decision source; holds fail closed until `open` ran. */
  source: ApprovalDecisionSource;
  /** Grant look-ups for the require_grant stage; no grant is active until `open` ran. */
  grants: Pick<GrantService, 'active' | 'recordUse'>;
  /** The require_grant stage (one per gateway): it ends the sessions of a grant that ended. */
  grantStage(holder: PolicyHolder): GrantStage;
  /** The access grant a session works under on this gateway (upstream credentials are scoped to it). */
  grantOf(sessionId: string): BoundGrant | null;
  /**
   * Opens the workflow, marks the requests a previous run of this gateway held as interrupted,
   * and follows grant revocations and expiries decided anywhere (the decision bus).
   */
  open(logger: Logger, producer: EventLogProducer): Promise<OpenApprovals>;
  /** The built gateway: sessions bound to a grant that ended are ended through it. */
  attach(enforcer: Pick<EnforcerApp, 'endSessionsForAccess'>): void;
}

/** The enforcer's side: the source is needed before the event log is open, the workflow after. */
export function gatewayApprovals(config: ProctorConfig): GatewayApprovals {
  let source: ApprovalDecisionSource | null = null;
  let digest: ArgumentsDigest | null = null;
  let grants: GrantService | null = null;
  let stage: GrantStage | null = null;
  let gateway: Pick<EnforcerApp, 'endSessionsForAccess'> | null = null;
  const lookups: GatewayApprovals['grants'] = {
    async active(identity, connection) {
      return grants === null ? null : grants.active(identity, connection);
    },
    async recordUse(grant, sessionId) {
      await grants?.recordUse(grant, sessionId);
    },
  };
  return {
    grants: lookups,
    grantStage(holder) {
      stage?.close();
      stage = createGrantStage({
        holder,
        grants: lookups,
        endSessions: () => {
          const target = gateway;
          if (target === null) return null;
          return async (ids, message) => {
            await target.endSessionsForAccess(ids, message);
          };
        },
      });
      return stage;
    },
    attach(enforcer) {
      gateway = enforcer;
    },
    grantOf: (sessionId) => stage?.grantOf(sessionId) ?? null,
    source: {
      // Before the workflow is open (holds fail closed then) the configured secret, or this process's key.
      argumentsDigest: (args) => (digest ?? argumentsDigester(config.keys.argumentsDigestSecret))(args),
      await(request, signal, updates) {
        if (source === null) {
          return Promise.resolve({
            approved: false,
            actor: null,
            reason: 'the approval workflow is not open yet',
          });
        }
        return source.await(request, signal, updates);
      },
    },
    async open(logger, producer) {
      const opened = await openApprovals(config, logger, producer);
      const interrupted = await opened.approvals.interruptHeldBy(config.gatewayId);
      if (interrupted > 0)
        logger.warn({ interrupted }, 'approval requests held by the previous run marked interrupted');
      grants = opened.grants;
      digest = opened.argumentsDigest;
      // Clear arguments of held calls stay in this process's memory, answered to the API on ask.
      const heldArguments = new HeldArguments();
      const stopServing = await opened.clearView.serve(config.gatewayId, heldArguments.lookup);
      source = createApprovalWorkflowSource({
        approvals: opened.approvals,
        gatewayId: config.gatewayId,
        holdMs: config.approvals.holdSeconds * 1000,
        maskArguments: (args) => JSON.parse(maskJsonText(JSON.stringify(args)).text) as unknown,
        holdClear: (id, args) => heldArguments.hold(id, args),
      });
      const unfollow = opened.approvals.onChange((message) => {
        if (message.kind !== 'grant' || message.state === 'granted') return;
        void stage
          ?.endGrant(message.id, message.state)
          .catch((err: unknown) => logger.error({ err }, 'could not end the sessions of an ended grant'));
      });
      return {
        ...opened,
        async close() {
          unfollow();
          stage?.close();
          await stopServing();
          await opened.close();
        },
      };
    },
  };
}

/** The enforcer's stages: the require_grant check first (no grant, no hold), then the policy's; on answers, the policy's, then require_grant's on embedded resources. */
export function withGrantStage(
  security: { stages?: Stages; holder?: PolicyHolder },
  held: Pick<GatewayApprovals, 'grantStage'>,
): Stages | undefined {
  if (!security.stages || !security.holder) return security.stages;
  const grants = held.grantStage(security.holder);
  return {
    request: [grants, ...security.stages.request],
    response: [...security.stages.response, grants],
  };
}
