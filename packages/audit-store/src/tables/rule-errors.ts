import { defineTable } from '../table-spec';

/** A masking rule that failed: the payload it was applied to was quarantined. */
export interface RuleErrorRow {
  eventId: string;
  sessionId: string;
  seq: number;
  time: number;
  tenant: string;
  errorIndex: number;
  ruleId: string;
  /** 'ingest' (met while storing) or 'inline' (reported by the enforcer). */
  stage: string;
  /** A payload-free description (e.g. `budget_exceeded`, `threw`). */
  error: string;
  /** The frame whose payload was quarantined, when known. */
  frameSeq: number | null;
}

export const RULE_ERRORS = defineTable<RuleErrorRow>('rule_errors', {
  eventId: ['event_id', 'string'],
  sessionId: ['session_id', 'string'],
  seq: ['seq', 'uint64'],
  time: ['time', 'time'],
  tenant: ['tenant', 'string'],
  errorIndex: ['error_index', 'uint32'],
  ruleId: ['rule_id', 'string'],
  stage: ['stage', 'string'],
  error: ['error', 'string'],
  frameSeq: ['frame_seq', 'nullableUint64'],
});
