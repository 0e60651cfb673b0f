export { createIngestPipeline, type IngestDeps, type IngestPipeline } from './pipeline';
export { type MaskedPayload, toStoredEvent } from './stored-event';
