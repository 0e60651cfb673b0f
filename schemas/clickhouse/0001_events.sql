-- Redacted audit events, one row per event (StoredEvent in packages/audit-store/src/port.ts).
-- Placeholders substituted by the migration runner after validation:
--   {database}        database name (an identifier; production default `audit`)
--   {retention_days}  retention in days (default 2192 = six years, HIPAA 164.316(b)(2));
--                     the runner re-applies it with MODIFY TTL when the configured value changes.
--
-- Why this shape:
-- * ReplacingMergeTree ORDER BY (session_id, seq, event_id): ingest is at-least-once, so a
--   redelivered event lands again with the same key and collapses on merge; readers use FINAL
--   to hide duplicates not merged yet. The key also makes "events of one session in seq order"
--   (the replay and bundle path) a contiguous range read. event_id stays in the key so two
--   different events claiming one seq (a broken chain) both survive for `proctor verify`.
-- * non_replicated_deduplication_window: a retried batch carrying the same
--   insert_deduplication_token (derived from the source offsets) is dropped at insert time.
-- * PARTITION BY month + ttl_only_drop_parts: retention drops whole expired parts instead of
--   rewriting them; every copy of an event has the same time, so duplicates share a partition.
-- * materialize_ttl_recalculate_only: a retention change recomputes the parts' TTL info
--   without rewriting their columns.
CREATE TABLE IF NOT EXISTS {database}.events
(
    event_id        String,
    type            LowCardinality(String),
    time            DateTime64(6, 'UTC'),
    tenant          LowCardinality(String),
    gateway_id      LowCardinality(String),
    session_id      String,
    seq             UInt64,
    subject         String,
    issuer          LowCardinality(String),
    groups          Array(String),
    ci              Map(String, String),
    source_ip       String,
    user_agent      String,
    connection      LowCardinality(String),
    direction       LowCardinality(String),
    kind            LowCardinality(String),
    method          LowCardinality(String),
    jsonrpc_id      String,
    tool_name       LowCardinality(String),
    payload         String CODEC(ZSTD(3)),
    size            UInt32,
    payload_sha256  String,
    masked_count    UInt32,
    masked_rules    Array(LowCardinality(String)),
    detail          String CODEC(ZSTD(3)),
    ingested_at     DateTime64(3, 'UTC') DEFAULT now64(3),

    -- Session listings filter by subject or tenant, which are not in the sorting key.
    INDEX idx_subject subject TYPE bloom_filter(0.01) GRANULARITY 4,
    INDEX idx_tenant tenant TYPE set(1000) GRANULARITY 4
)
ENGINE = ReplacingMergeTree
PARTITION BY toYYYYMM(time)
ORDER BY (session_id, seq, event_id)
TTL toDateTime(time) + INTERVAL {retention_days} DAY
SETTINGS
    non_replicated_deduplication_window = 10000,
    ttl_only_drop_parts = 1,
    materialize_ttl_recalculate_only = 1;
