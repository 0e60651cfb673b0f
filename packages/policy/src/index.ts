export {
  type ApprovalDecisionSource,
  type ApprovalOutcome,
  type ApprovalRequest,
  type HoldUpdates,
  ManualApprovalSource,
} from './approval-source';
export {
  type CompiledPolicy,
  type CompiledRule,
  type CompileOptions,
  compilePolicy,
  compilePolicyText,
  foldName,
  type PolicyRequest,
} from './compile';
export {
  decide,
  defaultFor,
  isTemplateVisible,
  isVisible,
  type ListedKind,
  type PolicyDecision,
  PROTOCOL_METHODS,
  recordModeOf,
  type Verdict,
} from './decide';
export { PolicyError } from './errors';
export { type PolicyChange, PolicyHolder, watchPolicyFile } from './policy-holder';
export { type PolicyAction, type PolicyDocument, type PolicyRule, policyDocumentSchema } from './schema';
export { normalizeUri, uriReadings } from './uri-readings';
