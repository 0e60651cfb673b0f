export {
  ApprovalService,
  type ApprovalServiceDeps,
  type DecideInput,
  type HeldCall,
  type RaiseResult,
  type WaitResult,
} from './approval-service';
export { type AuditRecord, type AuditSink, approvalRecord, grantRecord } from './audit-records';
export {
  type ArgumentsDigest,
  argumentsDigester,
  canonicalJson,
  sharedArgumentsDigestSecret,
} from './canonical-digest';
export {
  type ClearAnswer,
  type ClearViewChannel,
  createMemoryClearViewChannel,
  createRedisClearViewChannel,
  HeldArguments,
  type HeldLookup,
  type RedisClearViewOptions,
} from './clear-view';
export {
  type BusMessage,
  createMemoryDecisionBus,
  createRedisDecisionBus,
  type DecisionBus,
} from './decision-bus';
export { applyVote, mayApprove, mayReadClear } from './decision-rules';
export { ApprovalError, type ApprovalErrorCode, ApprovalStoreUnavailableError } from './errors';
export {
  type BreakGlassPolicy,
  type GrantAsk,
  type GrantPolicy,
  GrantService,
  type GrantServiceDeps,
} from './grant-service';
export { type ApprovalRoutesDeps, grantView, registerApprovalRoutes, view } from './http-routes';
export { createMemoryApprovalStore } from './memory-store';
export * from './model';
export { ApproverNotifier, genericMessage, notifyApproversJob, slackMessage, type Webhook } from './notifier';
export { createRedisApprovalStore, type RedisApprovalStoreOptions } from './redis-store';
export type { ApprovalStore, GrantFilter, RequestFilter, StandingApproval } from './store-port';
export { createApprovalWorkflow, type WorkflowDeps } from './workflow';
