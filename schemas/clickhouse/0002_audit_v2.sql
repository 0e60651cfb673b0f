-- Audit-event schema version 2, the hash chain, the session summary and one table per kind of
-- audit record a compliance team queries (StoredEvent and the row types in
-- packages/audit-store/src/tables/). Placeholders as in 0001.
--
-- Retention: every per-session table expires rows {retention_days} after their time, except
-- rows of sessions under legal hold (legal_hold = 1, set by the store's setLegalHold). Rows
-- are deleted individually (ttl_only_drop_parts = 0) because a held session's rows share
-- parts with rows that may go.
--
-- Deduplication: ingest is at-least-once and a redelivered event is inserted again only if a
-- crash hit between the store and the offset commit. Every table is a ReplacingMergeTree whose
-- key holds the event identity (session_id, seq, event_id), so copies collapse; readers use
-- FINAL. Inserts carry a token derived from the identities of their rows (never from source
-- offsets: a replaced log reuses offsets for new events).

ALTER TABLE {database}.events
    ADD COLUMN IF NOT EXISTS gateway_epoch Nullable(UInt64) AFTER gateway_id,
    ADD COLUMN IF NOT EXISTS stream_seq Nullable(UInt64) AFTER gateway_epoch,
    ADD COLUMN IF NOT EXISTS era LowCardinality(String) AFTER seq,
    ADD COLUMN IF NOT EXISTS protocol_version LowCardinality(String) AFTER era,
    ADD COLUMN IF NOT EXISTS trace_id String AFTER protocol_version,
    ADD COLUMN IF NOT EXISTS resource_uri String AFTER tool_name,
    ADD COLUMN IF NOT EXISTS prompt_name String AFTER resource_uri,
    ADD COLUMN IF NOT EXISTS round Nullable(UInt32) AFTER prompt_name,
    ADD COLUMN IF NOT EXISTS sse_stream_id String AFTER round,
    ADD COLUMN IF NOT EXISTS sse_event_id String AFTER sse_stream_id,
    ADD COLUMN IF NOT EXISTS quarantined UInt8 AFTER masked_rules,
    ADD COLUMN IF NOT EXISTS prev_hash String AFTER detail,
    ADD COLUMN IF NOT EXISTS hash String AFTER prev_hash,
    ADD COLUMN IF NOT EXISTS legal_hold UInt8 DEFAULT 0;

ALTER TABLE {database}.events MODIFY SETTING ttl_only_drop_parts = 0;

ALTER TABLE {database}.events MODIFY TTL toDateTime(time) + INTERVAL {retention_days} DAY DELETE WHERE legal_hold = 0;

-- Session summary, maintained on insert: listing sessions reads this, never events. Every
-- aggregate is idempotent (min, max, argMin, bitmaps of seq), so an event stored twice
-- before a merge does not count twice.
CREATE TABLE IF NOT EXISTS {database}.sessions
(
    session_id     String,
    tenant         AggregateFunction(argMin, String, UInt64),
    connection     AggregateFunction(argMin, String, UInt64),
    subject        AggregateFunction(argMin, String, UInt64),
    gateway_id     AggregateFunction(argMin, String, UInt64),
    era            AggregateFunction(argMin, String, UInt64),
    trace_id       AggregateFunction(argMin, String, UInt64),
    first_time     SimpleAggregateFunction(min, DateTime64(6, 'UTC')),
    last_time      SimpleAggregateFunction(max, DateTime64(6, 'UTC')),
    max_seq        SimpleAggregateFunction(max, UInt64),
    event_seqs     AggregateFunction(groupBitmap, UInt64),
    frame_seqs     AggregateFunction(groupBitmap, UInt64),
    masked_seqs    AggregateFunction(groupBitmap, UInt64),
    ended          SimpleAggregateFunction(max, UInt8),
    quarantined    SimpleAggregateFunction(max, UInt8),
    legal_hold     SimpleAggregateFunction(max, UInt8)
)
ENGINE = AggregatingMergeTree
ORDER BY session_id
TTL toDateTime(last_time) + INTERVAL {retention_days} DAY DELETE WHERE legal_hold = 0;

CREATE MATERIALIZED VIEW IF NOT EXISTS {database}.sessions_mv TO {database}.sessions AS
SELECT
    session_id,
    argMinState(tenant, seq) AS tenant,
    argMinState(toString(connection), seq) AS connection,
    argMinState(subject, seq) AS subject,
    argMinState(toString(gateway_id), seq) AS gateway_id,
    argMinState(toString(era), seq) AS era,
    argMinState(trace_id, seq) AS trace_id,
    min(time) AS first_time,
    max(time) AS last_time,
    max(seq) AS max_seq,
    groupBitmapState(seq) AS event_seqs,
    groupBitmapStateIf(seq, type = 'frame') AS frame_seqs,
    groupBitmapStateIf(seq, masked_count > 0) AS masked_seqs,
    max(type = 'session_ended') AS ended,
    max(quarantined) AS quarantined,
    max(legal_hold) AS legal_hold
FROM {database}.events
GROUP BY session_id;

-- One row per masking match (or, from an engine that only counts, per rule with its count):
-- where in the event, which rule, which identifier type, which strategy; never the clear value.
CREATE TABLE IF NOT EXISTS {database}.masking_matches
(
    event_id     String,
    session_id   String,
    seq          UInt64,
    time         DateTime64(6, 'UTC'),
    tenant       LowCardinality(String),
    match_index  UInt32,
    json_path    String,
    span_start   Int32,
    span_end     Int32,
    rule_id      LowCardinality(String),
    identifier_type LowCardinality(String),
    strategy     LowCardinality(String),
    pseudonym    String,
    match_count  UInt32,
    legal_hold   UInt8 DEFAULT 0
)
ENGINE = ReplacingMergeTree
PARTITION BY toYYYYMM(time)
ORDER BY (session_id, seq, event_id, match_index)
TTL toDateTime(time) + INTERVAL {retention_days} DAY DELETE WHERE legal_hold = 0
SETTINGS non_replicated_deduplication_window = 10000;

-- Masking rules that threw or ran past their budget (the payload was quarantined), whether
-- ingest met them or the enforcer reported them as rule_error events.
CREATE TABLE IF NOT EXISTS {database}.rule_errors
(
    event_id     String,
    session_id   String,
    seq          UInt64,
    time         DateTime64(6, 'UTC'),
    tenant       LowCardinality(String),
    error_index  UInt32,
    rule_id      LowCardinality(String),
    stage        LowCardinality(String),
    error        String,
    frame_seq    Nullable(UInt64),
    legal_hold   UInt8 DEFAULT 0
)
ENGINE = ReplacingMergeTree
PARTITION BY toYYYYMM(time)
ORDER BY (session_id, seq, event_id, error_index)
TTL toDateTime(time) + INTERVAL {retention_days} DAY DELETE WHERE legal_hold = 0
SETTINGS non_replicated_deduplication_window = 10000;

CREATE TABLE IF NOT EXISTS {database}.policy_decisions
(
    event_id     String,
    session_id   String,
    seq          UInt64,
    time         DateTime64(6, 'UTC'),
    tenant       LowCardinality(String),
    subject      String,
    connection   LowCardinality(String),
    decision     LowCardinality(String),
    rule         String,
    reason       String,
    method       String,
    tool_name    String,
    resource_uri String,
    prompt_name  String,
    frame_seq    Nullable(UInt64),
    rule_version String,
    approval_id  String,
    legal_hold   UInt8 DEFAULT 0,
    INDEX idx_subject subject TYPE bloom_filter(0.01) GRANULARITY 4
)
ENGINE = ReplacingMergeTree
PARTITION BY toYYYYMM(time)
ORDER BY (session_id, seq, event_id)
TTL toDateTime(time) + INTERVAL {retention_days} DAY DELETE WHERE legal_hold = 0
SETTINGS non_replicated_deduplication_window = 10000;

CREATE TABLE IF NOT EXISTS {database}.auth_failures
(
    event_id     String,
    session_id   String,
    seq          UInt64,
    time         DateTime64(6, 'UTC'),
    tenant       LowCardinality(String),
    gateway_id   LowCardinality(String),
    connection   LowCardinality(String),
    source_ip    String,
    user_agent   String,
    reason       String,
    http_status  UInt16,
    claimed_issuer  String,
    claimed_subject String,
    legal_hold   UInt8 DEFAULT 0
)
ENGINE = ReplacingMergeTree
PARTITION BY toYYYYMM(time)
ORDER BY (time, session_id, seq, event_id)
TTL toDateTime(time) + INTERVAL {retention_days} DAY DELETE WHERE legal_hold = 0
SETTINGS non_replicated_deduplication_window = 10000;

CREATE TABLE IF NOT EXISTS {database}.approvals
(
    event_id     String,
    session_id   String,
    seq          UInt64,
    time         DateTime64(6, 'UTC'),
    tenant       LowCardinality(String),
    subject      String,
    connection   LowCardinality(String),
    action       LowCardinality(String),
    approval_id  String,
    method       String,
    tool_name    String,
    args_digest  String,
    rule         String,
    rule_version String,
    actor        String,
    actor_groups Array(String),
    reason       String,
    expires_at   Nullable(DateTime64(6, 'UTC')),
    valid_until  Nullable(DateTime64(6, 'UTC')),
    required_approvals UInt32,
    approvals    UInt32,
    legal_hold   UInt8 DEFAULT 0,
    INDEX idx_approval approval_id TYPE bloom_filter(0.01) GRANULARITY 4
)
ENGINE = ReplacingMergeTree
PARTITION BY toYYYYMM(time)
ORDER BY (session_id, seq, event_id)
TTL toDateTime(time) + INTERVAL {retention_days} DAY DELETE WHERE legal_hold = 0
SETTINGS non_replicated_deduplication_window = 10000;

CREATE TABLE IF NOT EXISTS {database}.access_grants
(
    event_id     String,
    session_id   String,
    seq          UInt64,
    time         DateTime64(6, 'UTC'),
    tenant       LowCardinality(String),
    subject      String,
    connection   LowCardinality(String),
    action       LowCardinality(String),
    grant_id     String,
    scope        String,
    audience     String,
    issued_at    Nullable(DateTime64(6, 'UTC')),
    expires_at   Nullable(DateTime64(6, 'UTC')),
    reason       String,
    approval_id  String,
    actor        String,
    flagged_for_review UInt8,
    legal_hold   UInt8 DEFAULT 0,
    INDEX idx_grant grant_id TYPE bloom_filter(0.01) GRANULARITY 4
)
ENGINE = ReplacingMergeTree
PARTITION BY toYYYYMM(time)
ORDER BY (session_id, seq, event_id)
TTL toDateTime(time) + INTERVAL {retention_days} DAY DELETE WHERE legal_hold = 0
SETTINGS non_replicated_deduplication_window = 10000;

-- Signed checkpoints (compact JWS, Ed25519): kept as long as anything they vouch for, and
-- never under TTL so that a held session stays verifiable.
CREATE TABLE IF NOT EXISTS {database}.checkpoints
(
    checkpoint_id String,
    issued_at    DateTime64(6, 'UTC'),
    issuer       LowCardinality(String),
    scope        LowCardinality(String),
    key_id       LowCardinality(String),
    event_count  UInt32,
    session_ids  Array(String),
    jws          String CODEC(ZSTD(3))
)
ENGINE = ReplacingMergeTree
ORDER BY (issued_at, checkpoint_id);

-- Legal holds placed and lifted: the latest row per session wins.
CREATE TABLE IF NOT EXISTS {database}.legal_holds
(
    session_id   String,
    held         UInt8,
    reason       String,
    actor        String,
    time         DateTime64(6, 'UTC')
)
ENGINE = ReplacingMergeTree(time)
ORDER BY session_id;
