-- The checkpoints table is sorted by (issued_at, checkpoint_id), yet every reader asks by
-- scope: ingest reads a scope's newest checkpoints before each one it signs, and `proctor
-- verify --store` walks each scope's chain in order of its numbers. Both used to read the
-- whole table.
--
-- scope_seq: the checkpoint's number in its scope's chain, read from the signed statement
-- itself (the JWS payload's scopeSeq; -1 for version 1 checkpoints, which have none), so it
-- cannot disagree with what was signed and needs nothing from the writer. MATERIALIZE
-- COLUMN computes it for checkpoints stored before this migration.
--
-- checkpoints_by_scope: a copy of the checkpoints sorted by (scope, scope_seq, issued_at,
-- checkpoint_id), which a read filtered by scope, or paged through in chain order, reads in
-- order. Checkpoints are small and few (one per partition every everySeconds): the copy costs
-- little. deduplicate_merge_projection_mode = 'rebuild' keeps the copy in step with merges
-- that drop duplicate rows, as for events_by_time.

ALTER TABLE {database}.checkpoints MODIFY SETTING deduplicate_merge_projection_mode = 'rebuild';

ALTER TABLE {database}.checkpoints ADD COLUMN IF NOT EXISTS scope_seq Int64
    MATERIALIZED ifNull(JSONExtract(tryBase64URLDecode(splitByChar('.', jws)[2]), 'scopeSeq', 'Nullable(Int64)'), -1);

ALTER TABLE {database}.checkpoints MATERIALIZE COLUMN scope_seq;

ALTER TABLE {database}.checkpoints ADD PROJECTION IF NOT EXISTS checkpoints_by_scope
(
    SELECT checkpoint_id, issued_at, issuer, scope, key_id, event_count, session_ids, jws, scope_seq
    ORDER BY scope, scope_seq, issued_at, checkpoint_id
);

ALTER TABLE {database}.checkpoints MATERIALIZE PROJECTION checkpoints_by_scope;
