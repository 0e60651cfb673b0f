-- Masking matches stored one row per event instead of one row per match: the matches of an
-- event are parallel arrays (the i-th element of each array is the i-th match, match_index
-- i - 1). An event has several matches (≈7 in mixed MCP traffic), and every per-match row
-- repeated the event's identity, time and tenant: one row per event halves what ingest sends
-- and what ClickHouse parses, sorts and writes for them.
--
-- masking_match_sets: written by ingest from this migration on. Keyed, deduplicated, retained
-- and held like every per-session table (see 0002).
--
-- masking_matches (0002) is kept as it is, with its rows and its daily view: nothing is copied
-- or dropped, so a rolling upgrade loses nothing (an ingest of an earlier version still writes
-- there, and its rows are still counted in daily_masking). Its retention and legal holds
-- still apply.
--
-- masking_match_rows: one row per match from both tables, with the columns masking_matches
-- has (match_index included): what readers query. It is a plain view (no FINAL): readers
-- drop copies an unmerged ReplacingMergeTree still holds with LIMIT 1 BY the row identity
-- (session_id, seq, event_id, match_index).
--
-- Rule ids, identifier types and strategies are few distinct values, yet plain strings: in
-- arrays, LowCardinality cost about a third more CPU per insert of this table, and compression
-- already stores repeated values in a few bytes.
--
-- daily_masking is fed from the new table too, with the same distinct identity per match
-- (cityHash64(session_id, seq, event_id, match_index) with match_index a UInt32), so a match
-- counts once whichever table holds it.

CREATE TABLE IF NOT EXISTS {database}.masking_match_sets
(
    event_id         String,
    session_id       String,
    seq              UInt64,
    time             DateTime64(6, 'UTC'),
    tenant           LowCardinality(String),
    json_paths       Array(String),
    span_starts      Array(Int32),
    span_ends        Array(Int32),
    rule_ids         Array(String),
    identifier_types Array(String),
    strategies       Array(String),
    pseudonyms       Array(String),
    match_counts     Array(UInt32),
    legal_hold       UInt8 DEFAULT 0
)
ENGINE = ReplacingMergeTree
PARTITION BY toYYYYMM(time)
ORDER BY (session_id, seq, event_id)
TTL toDateTime(time) + INTERVAL {retention_days} DAY DELETE WHERE legal_hold = 0
SETTINGS non_replicated_deduplication_window = 10000;

CREATE MATERIALIZED VIEW IF NOT EXISTS {database}.daily_masking_sets_mv TO {database}.daily_masking AS
SELECT
    toDate(time) AS day,
    tenant,
    toString(identifier_type) AS identifier_type,
    toString(rule_id) AS rule_id,
    toString(strategy) AS strategy,
    uniqExactState(cityHash64(session_id, seq, event_id, toUInt32(match_number - 1))) AS matches
FROM {database}.masking_match_sets
ARRAY JOIN
    identifier_types AS identifier_type,
    rule_ids AS rule_id,
    strategies AS strategy,
    arrayEnumerate(identifier_types) AS match_number
GROUP BY day, tenant, identifier_type, rule_id, strategy;

CREATE VIEW IF NOT EXISTS {database}.masking_match_rows AS
SELECT
    event_id, session_id, seq, time, tenant,
    toUInt32(match_number - 1) AS match_index,
    json_path, span_start, span_end, rule_id, identifier_type, strategy, pseudonym, match_count,
    legal_hold
FROM {database}.masking_match_sets
ARRAY JOIN
    json_paths AS json_path,
    span_starts AS span_start,
    span_ends AS span_end,
    rule_ids AS rule_id,
    identifier_types AS identifier_type,
    strategies AS strategy,
    pseudonyms AS pseudonym,
    match_counts AS match_count,
    arrayEnumerate(json_paths) AS match_number
UNION ALL
SELECT
    event_id, session_id, seq, time, tenant,
    match_index,
    json_path, span_start, span_end, rule_id, identifier_type, strategy, pseudonym, match_count,
    legal_hold
FROM {database}.masking_matches;
