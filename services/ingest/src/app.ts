export { auditRecordsOf, type EventRecords } from './audit-records';
export { type LinkedBatch, type LinkItem, type LinkOutcome, linkBatch } from './chain-linker';
export { type Checkpointer, type CheckpointerOptions, createCheckpointer } from './checkpointer';
export { ClientFieldMemo } from './client-field-memo';
export { CLIENT_BODY_FIELDS, CLIENT_ENVELOPE_FIELDS } from './client-fields';
export {
  defaultFrameMasker,
  type FrameMasker,
  type FrameMaskResult,
  type MaskMatch,
  QUARANTINED_TEXT,
  type RuleFailure,
} from './frame-masker';
export { createIngestService, type IngestServiceOptions } from './ingest-service';
export { toOcsfApiActivity } from './ocsf';
export type { PayloadOpener } from './payload-opener';
export { createIngestPipeline, type IngestDeps, type IngestPipeline, type IngestTopics } from './pipeline';
export { createPreparePool, defaultPrepareWorkers, type PreparePool } from './prepare-pool';
export { MASKED_ENCODING, type RedactedEvent, redactEvent } from './redact-event';
export { toChainedEvent } from './stored-event';
