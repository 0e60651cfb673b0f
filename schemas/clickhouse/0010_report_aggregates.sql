-- Pre-aggregated activity for the HIPAA control report and the activity-review charts, so a
-- report over a large store reads one row per day, tenant, connection, subject and kind of
-- event instead of scanning events. Maintained on insert by materialized views.
--
-- Counts are exact distinct counts of event identities (uniqExact over a hash of session and
-- seq), not sums: ingest is at-least-once, and an event stored twice before a merge must not
-- count twice here either.

CREATE TABLE IF NOT EXISTS {database}.daily_activity
(
    day          Date,
    tenant       LowCardinality(String),
    connection   LowCardinality(String),
    subject      String,
    type         LowCardinality(String),
    kind         LowCardinality(String),
    method       LowCardinality(String),
    tool_name    String,
    events       AggregateFunction(uniqExact, UInt64),
    masked       AggregateFunction(uniqExact, UInt64),
    quarantined  AggregateFunction(uniqExact, UInt64),
    sessions     AggregateFunction(uniqExact, String),
    first_time   SimpleAggregateFunction(min, DateTime64(6, 'UTC')),
    last_time    SimpleAggregateFunction(max, DateTime64(6, 'UTC'))
)
ENGINE = AggregatingMergeTree
PARTITION BY toYYYYMM(day)
ORDER BY (tenant, day, connection, subject, type, kind, method, tool_name)
TTL day + INTERVAL {retention_days} DAY DELETE;

CREATE MATERIALIZED VIEW IF NOT EXISTS {database}.daily_activity_mv TO {database}.daily_activity AS
SELECT
    toDate(time) AS day,
    tenant,
    toString(connection) AS connection,
    subject,
    toString(type) AS type,
    toString(kind) AS kind,
    method,
    tool_name,
    uniqExactState(cityHash64(session_id, seq)) AS events,
    uniqExactStateIf(cityHash64(session_id, seq), masked_count > 0) AS masked,
    uniqExactStateIf(cityHash64(session_id, seq), quarantined = 1) AS quarantined,
    uniqExactState(session_id) AS sessions,
    min(time) AS first_time,
    max(time) AS last_time
FROM {database}.events
GROUP BY day, tenant, connection, subject, type, kind, method, tool_name;

CREATE TABLE IF NOT EXISTS {database}.daily_masking
(
    day             Date,
    tenant          LowCardinality(String),
    identifier_type LowCardinality(String),
    rule_id         LowCardinality(String),
    strategy        LowCardinality(String),
    matches         AggregateFunction(uniqExact, UInt64)
)
ENGINE = AggregatingMergeTree
PARTITION BY toYYYYMM(day)
ORDER BY (tenant, day, identifier_type, rule_id, strategy)
TTL day + INTERVAL {retention_days} DAY DELETE;

CREATE MATERIALIZED VIEW IF NOT EXISTS {database}.daily_masking_mv TO {database}.daily_masking AS
SELECT
    toDate(time) AS day,
    tenant,
    toString(identifier_type) AS identifier_type,
    toString(rule_id) AS rule_id,
    toString(strategy) AS strategy,
    uniqExactState(cityHash64(session_id, seq, event_id, match_index)) AS matches
FROM {database}.masking_matches
GROUP BY day, tenant, identifier_type, rule_id, strategy;
