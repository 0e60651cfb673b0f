-- Exports read events in time order, filtered by subject, connection, tool, trace or CI claims,
-- none of which lead the events sort key (session_id, seq, event_id): without help, every page
-- of an export sorts the whole table. This projection keeps a copy of the events sorted by
-- time, so a page reads its rows in order and stops at its limit. It roughly doubles the
-- events table on disk (the price of exports at a constant cost per page); a deployment that
-- never exports by filter can drop it (ALTER TABLE audit.events DROP PROJECTION
-- events_by_time) and exports still work, slower.
--
-- deduplicate_merge_projection_mode = 'rebuild': a ReplacingMergeTree merge that drops a
-- duplicate rebuilds the projection of the merged part, so the projection never shows a row
-- the table no longer has. MATERIALIZE fills it for parts written before this migration (a
-- background mutation).

ALTER TABLE {database}.events MODIFY SETTING deduplicate_merge_projection_mode = 'rebuild';

ALTER TABLE {database}.events ADD PROJECTION IF NOT EXISTS events_by_time
(
    SELECT *
    ORDER BY time, session_id, seq, event_id
);

ALTER TABLE {database}.events MATERIALIZE PROJECTION events_by_time;
