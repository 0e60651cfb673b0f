export { toFhirAuditEvent } from './fhir-audit-event';
export { csvLines, ndjsonLines, presentRecord } from './formats';
export { EVENT_RECORDS, RECORD_KIND_NAMES, RECORD_KINDS, type RecordKind } from './record-kinds';
export { ExportQueryError, type RecordQuery, readAllRecords, readRecordPage } from './record-query';
