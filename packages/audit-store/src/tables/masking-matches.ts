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

/**
 * Every masking match of one event, as the parallel arrays stored in `masking_match_sets`
 * (migration 0014): the i-th element of each array is the match with matchIndex i. One row per
 * event instead of one per match, so the event's identity, time and tenant are sent once.
 */
export interface MaskingMatchSetRow {
  eventId: string;
  sessionId: string;
  seq: number;
  time: number;
  tenant: string;
  jsonPaths: string[];
  spanStarts: number[];
  spanEnds: number[];
  ruleIds: string[];
  identifierTypes: string[];
  strategies: string[];
  pseudonyms: string[];
  matchCounts: number[];
}

type MatchArrays = Omit<MaskingMatchSetRow, 'eventId' | 'sessionId' | 'seq' | 'time' | 'tenant'>;
const ARRAY_FIELDS: readonly (keyof MatchArrays)[] = [
  'jsonPaths',
  'spanStarts',
  'spanEnds',
  'ruleIds',
  'identifierTypes',
  'strategies',
  'pseudonyms',
  'matchCounts',
];

/** Arrays of different lengths would make every read of masking_match_rows fail: refused at insert. */
function sameLengths(row: MaskingMatchSetRow): string | undefined {
  const length = row.jsonPaths.length;
  const other = ARRAY_FIELDS.find((field) => row[field].length !== length);
  return other === undefined ? undefined : `${other} has ${row[other].length} elements, jsonPaths ${length}`;
}

/** What ingest writes: one row per event with matches. */
export const MASKING_MATCH_SETS = defineTable<MaskingMatchSetRow>(
  'masking_match_sets',
  {
    eventId: ['event_id', 'string'],
    sessionId: ['session_id', 'string'],
    seq: ['seq', 'uint64'],
    time: ['time', 'time'],
    tenant: ['tenant', 'string'],
    jsonPaths: ['json_paths', 'strings'],
    spanStarts: ['span_starts', 'int32s'],
    spanEnds: ['span_ends', 'int32s'],
    ruleIds: ['rule_ids', 'strings'],
    identifierTypes: ['identifier_types', 'strings'],
    strategies: ['strategies', 'strings'],
    pseudonyms: ['pseudonyms', 'strings'],
    matchCounts: ['match_counts', 'uint32s'],
  },
  { check: sameLengths },
);

/**
 * What readers query: one row per match, from the view `masking_match_rows` over the sets and
 * the per-match table of earlier versions (`masking_matches`, kept with its rows). A view has
 * no FINAL: readers drop unmerged copies with LIMIT 1 BY (session_id, seq, event_id, match_index).
 */
export const MASKING_MATCHES = defineTable<MaskingMatchRow>('masking_match_rows', {
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

/** The per-match rows of a set, in match order (what the view gives back for it). */
export function matchRowsOf(set: MaskingMatchSetRow): MaskingMatchRow[] {
  return set.jsonPaths.map((jsonPath, matchIndex) => ({
    eventId: set.eventId,
    sessionId: set.sessionId,
    seq: set.seq,
    time: set.time,
    tenant: set.tenant,
    matchIndex,
    jsonPath,
    spanStart: set.spanStarts[matchIndex] ?? -1,
    spanEnd: set.spanEnds[matchIndex] ?? -1,
    ruleId: set.ruleIds[matchIndex] ?? '',
    identifierType: set.identifierTypes[matchIndex] ?? '',
    strategy: set.strategies[matchIndex] ?? '',
    pseudonym: set.pseudonyms[matchIndex] ?? '',
    matchCount: set.matchCounts[matchIndex] ?? 0,
  }));
}
