import type { ApprovalDecisionSource, PolicyHolder } from '@proctor/policy';
import type { Stages } from '../stages';
import { PolicyLedger } from './policy-ledger';
import { createPolicyResponseStage } from './policy-response-stage';
import { createPolicyStage } from './policy-stage';
import { registerLedger } from './policy-task-origins';

/** The policy's request stage (decide, deny, hold) and response stage (hide, mask), sharing one ledger. */
export function createPolicyStages(options: {
  holder: PolicyHolder;
  approvals?: ApprovalDecisionSource;
}): Stages {
  const ledger = new PolicyLedger();
  return {
    request: [registerLedger(createPolicyStage({ ...options, ledger }), ledger)],
    response: [createPolicyResponseStage({ holder: options.holder, ledger })],
  };
}

export { recordingEncoder } from '../record-mode';
export { GATEWAY_IDENTITY, recordPolicyChange } from './policy-config-change';
