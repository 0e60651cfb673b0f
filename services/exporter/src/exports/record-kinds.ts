/**
 * The audit records a compliance team exports, one entry per ClickHouse table: which columns
 * identify a row (its order and cursor), and which filters the table can answer. Columns and
 * mappers come from the audit store's table specs.
 */
import {
  ACCESS_GRANTS,
  APPROVALS,
  AUTH_FAILURES,
  EVENTS,
  MASKING_MATCHES,
  POLICY_DECISIONS,
  RULE_ERRORS,
  type TableSpec,
} from '@proctor/audit-store';

export interface RecordKind {
  name: string;
  spec: TableSpec<object>;
  /** Columns after `time` that make a row's position unique (the keyset cursor). */
  keyColumns: string[];
  /** Filter name → column, for the filters this table has. */
  filters: Partial<Record<FilterName, string>>;
  /** The table has a projection sorted by (time, key) (events, migration 0012): pages read it in order. */
  timeOrdered?: boolean;
  /** SQL for the bytes a row carries, where rows can be large (events: payloads up to megabytes). */
  rowBytes?: string;
}

export type FilterName = 'session' | 'subject' | 'connection' | 'tool' | 'trace' | 'decision' | 'action';

const spec = <T extends object>(table: TableSpec<T>) => table as unknown as TableSpec<object>;

export const EVENT_RECORDS: RecordKind = {
  name: 'events',
  spec: spec(EVENTS),
  keyColumns: ['session_id', 'seq', 'event_id'],
  filters: {
    session: 'session_id',
    subject: 'subject',
    connection: 'connection',
    tool: 'tool_name',
    trace: 'trace_id',
  },
  timeOrdered: true,
  rowBytes: 'length(payload) + length(detail)',
};

export const RECORD_KINDS: Record<string, RecordKind> = {
  events: EVENT_RECORDS,
  // One row per match, read from the view masking_match_rows: the match sets ingest writes
  // (one row per event) and the per-match rows of versions before migration 0014.
  'masking-matches': {
    name: 'masking-matches',
    spec: spec(MASKING_MATCHES),
    keyColumns: ['session_id', 'seq', 'event_id', 'match_index'],
    filters: { session: 'session_id' },
  },
  'policy-decisions': {
    name: 'policy-decisions',
    spec: spec(POLICY_DECISIONS),
    keyColumns: ['session_id', 'seq', 'event_id'],
    filters: {
      session: 'session_id',
      subject: 'subject',
      connection: 'connection',
      tool: 'tool_name',
      decision: 'decision',
    },
  },
  approvals: {
    name: 'approvals',
    spec: spec(APPROVALS),
    keyColumns: ['session_id', 'seq', 'event_id'],
    filters: {
      session: 'session_id',
      subject: 'subject',
      connection: 'connection',
      tool: 'tool_name',
      action: 'action',
    },
  },
  'access-grants': {
    name: 'access-grants',
    spec: spec(ACCESS_GRANTS),
    keyColumns: ['session_id', 'seq', 'event_id'],
    filters: { session: 'session_id', subject: 'subject', connection: 'connection', action: 'action' },
  },
  'auth-failures': {
    name: 'auth-failures',
    spec: spec(AUTH_FAILURES),
    keyColumns: ['session_id', 'seq', 'event_id'],
    filters: { connection: 'connection' },
  },
  'rule-errors': {
    name: 'rule-errors',
    spec: spec(RULE_ERRORS),
    keyColumns: ['session_id', 'seq', 'event_id', 'error_index'],
    filters: { session: 'session_id' },
  },
};

export const RECORD_KIND_NAMES = Object.keys(RECORD_KINDS);
