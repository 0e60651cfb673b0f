-- Pre-aggregated tables for the HIPAA control report, so a report over ten million events
-- reads one small row per session and day instead of ten million event identities.
--
-- session_activity: one row per tenant, session, day, connection and subject, holding the
-- session's seq numbers of that day as bitmaps. A session's seqs are small dense integers, so
-- a bitmap is a few bytes, and a union of bitmaps is exact and idempotent: an event stored
-- twice before a merge sets the same bit twice and never counts twice. Totals are sums of
-- per-row cardinalities (an event belongs to exactly one row); sequence gaps and open
-- sessions merge a session's rows across days.
--
-- daily_issuers: which subjects started sessions through which identity issuer, per day.
--
-- Both are filled on insert by materialized views, and once from the events already stored
-- (the statements are idempotent, so rows inserted while the copy runs are not counted twice).

CREATE TABLE IF NOT EXISTS {database}.session_activity
(
    tenant            LowCardinality(String),
    session_id        String,
    day               Date,
    connection        LowCardinality(String),
    subject           String,
    event_seqs        AggregateFunction(groupBitmap, UInt64),
    frame_seqs        AggregateFunction(groupBitmap, UInt64),
    masked_frame_seqs AggregateFunction(groupBitmap, UInt64),
    quarantined_seqs  AggregateFunction(groupBitmap, UInt64),
    max_seq           SimpleAggregateFunction(max, UInt64),
    ended             SimpleAggregateFunction(max, UInt8)
)
ENGINE = AggregatingMergeTree
PARTITION BY toYYYYMM(day)
ORDER BY (tenant, session_id, day, connection, subject)
TTL day + INTERVAL {retention_days} DAY DELETE;

CREATE MATERIALIZED VIEW IF NOT EXISTS {database}.session_activity_mv TO {database}.session_activity AS
SELECT
    tenant,
    session_id,
    toDate(time) AS day,
    toString(connection) AS connection,
    subject,
    groupBitmapState(seq) AS event_seqs,
    groupBitmapStateIf(seq, type = 'frame') AS frame_seqs,
    groupBitmapStateIf(seq, type = 'frame' AND masked_count > 0) AS masked_frame_seqs,
    groupBitmapStateIf(seq, quarantined = 1) AS quarantined_seqs,
    max(seq) AS max_seq,
    max(type = 'session_ended') AS ended
FROM {database}.events
GROUP BY tenant, session_id, day, connection, subject;

INSERT INTO {database}.session_activity
SELECT
    tenant,
    session_id,
    toDate(time) AS day,
    toString(connection) AS connection,
    subject,
    groupBitmapState(seq) AS event_seqs,
    groupBitmapStateIf(seq, type = 'frame') AS frame_seqs,
    groupBitmapStateIf(seq, type = 'frame' AND masked_count > 0) AS masked_frame_seqs,
    groupBitmapStateIf(seq, quarantined = 1) AS quarantined_seqs,
    max(seq) AS max_seq,
    max(type = 'session_ended') AS ended
FROM {database}.events
GROUP BY tenant, session_id, day, connection, subject;

CREATE TABLE IF NOT EXISTS {database}.daily_issuers
(
    tenant   LowCardinality(String),
    day      Date,
    issuer   LowCardinality(String),
    subject  String
)
ENGINE = ReplacingMergeTree
PARTITION BY toYYYYMM(day)
ORDER BY (tenant, day, issuer, subject)
TTL day + INTERVAL {retention_days} DAY DELETE;

CREATE MATERIALIZED VIEW IF NOT EXISTS {database}.daily_issuers_mv TO {database}.daily_issuers AS
SELECT DISTINCT tenant, toDate(time) AS day, toString(issuer) AS issuer, subject
FROM {database}.events
WHERE type = 'session_started';

INSERT INTO {database}.daily_issuers
SELECT DISTINCT tenant, toDate(time) AS day, toString(issuer) AS issuer, subject
FROM {database}.events
WHERE type = 'session_started';
