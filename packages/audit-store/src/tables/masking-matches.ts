import { defineTable } from '../table-spec';

/** One masking match: where, which rule, which identifier type, which strategy; never the clear value. */
export interface MaskingMatchRow {
  eventId: string;
  sessionId: string;
  seq: number;
  time: number;
  tenant: string;
  /** Position of the match within its event (part of the row's identity). */
  matchIndex: number;
  /** JSON path inside the stored event: `$.payload…` for the frame, `$.envelope.userAgent` etc. */
  jsonPath: string;
  /** Character span in the string at jsonPath; -1 when the engine did not report one. */
  spanStart: number;
  spanEnd: number;
  ruleId: string;
  identifierType: string;
  strategy: string;
  /** Keyed pseudonym the value was replaced with, when the strategy makes one. */
  pseudonym: string;
  /** 1 per reported span; an engine that only counts reports one row per rule with its count. */
  matchCount: number;
}

export const MASKING_MATCHES = defineTable<MaskingMatchRow>('masking_matches', {
  eventId: ['event_id', 'string'],
  sessionId: ['session_id', 'string'],
  seq: ['seq', 'uint64'],
  time: ['time', 'time'],
  tenant: ['tenant', 'string'],
  matchIndex: ['match_index', 'uint32'],
  jsonPath: ['json_path', 'string'],
  spanStart: ['span_start', 'int32'],
  spanEnd: ['span_end', 'int32'],
  ruleId: ['rule_id', 'string'],
  identifierType: ['identifier_type', 'string'],
  strategy: ['strategy', 'string'],
  pseudonym: ['pseudonym', 'string'],
  matchCount: ['match_count', 'uint32'],
});
