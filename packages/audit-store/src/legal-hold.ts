import { RETAINED_TABLES } from './migrations';

/**
 * One mutation per retained table, setting the legal_hold flag of the sessions' rows (the TTL
 * skips held rows); the report's aggregates hold counts, not records, and have no hold. Mutations rewrite parts, which is acceptable for holds: they are rare
 * and placed by people, not by traffic.
 */
export function legalHoldStatements(database: string): string[] {
  return RETAINED_TABLES.filter(({ area }) => area !== 'reportAggregates').map(
    ({ table }) =>
      `ALTER TABLE ${database}.${table} UPDATE legal_hold = {held:UInt8} WHERE session_id IN {sessionIds:Array(String)}`,
  );
}
