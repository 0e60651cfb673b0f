export { canonicalJson, type JsonValue } from './canonical-json';
export { CHAIN_GENESIS, type ChainHead, chainHash, chainHashOfForm, linkEvents } from './chain';
export {
  CHAINED_FIELDS,
  type ChainedEvent,
  type ChainLink,
  canonicalEventForm,
  type StoredChainEvent,
} from './chained-event';
export {
  buildCheckpoint,
  CHECKPOINT_GENESIS,
  CHECKPOINT_TYPE,
  type CheckpointKeyPair,
  type CheckpointLink,
  type CheckpointSigner,
  type CheckpointStatement,
  type CheckpointStatementV1,
  type CheckpointStatementV2,
  checkpointDigest,
  checkpointKeyId,
  createCheckpointSigner,
  generateCheckpointKey,
  type NewCheckpoint,
  publicCheckpointJwk,
  readCheckpointStatement,
  type SessionHead,
  type StreamHead,
  verifyCheckpoint,
} from './checkpoint';
export {
  CheckpointChainFollower,
  type CheckpointChainOptions,
  chainOrder,
  checkCheckpointChains,
  type VerifiedCheckpoint,
} from './checkpoint-chain';
export { IntegrityError, type IntegrityErrorCode } from './errors';
export {
  loadOrCreateCheckpointKey,
  publishedCheckpointKeys,
  type RetiredCheckpointKey,
  readCheckpointKeyFile,
  readRetiredCheckpointKeys,
  refuseRetiredSigner,
  writeCheckpointKeyFile,
} from './key-file';
export { SessionChainFollower } from './session-chain';
export {
  type IntegrityProblem,
  type IntegrityProblemKind,
  streamGap,
  TrailFollower,
  type VerifyOptions,
  type VerifyReport,
  verifyAuditTrail,
  verifyCheckpoints,
  verifySessionChain,
} from './verify';
