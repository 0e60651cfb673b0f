import type { TaskOriginStore } from '../../sessions/task-origins';
import type { RequestStage, Stages } from '../stages';
import type { PolicyLedger } from './policy-ledger';

/** The ledger behind each policy request stage (stages are passed around as plain lists). */
const ledgers = new WeakMap<RequestStage, PolicyLedger>();

export function registerLedger(stage: RequestStage, ledger: PolicyLedger): RequestStage {
  ledgers.set(stage, ledger);
  return stage;
}

/**
 * Gives the policy stages among `stages` the task origins of a session store shared with other
 * gateways: a task created through one is then decided as its tool call on every other.
 */
export function shareTaskOrigins(stages: Stages, store: TaskOriginStore): void {
  for (const stage of stages.request) ledgers.get(stage)?.shareTaskOrigins(store);
}
