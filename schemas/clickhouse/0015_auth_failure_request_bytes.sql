-- A refused malformed body (`invalid_request:*`) is recorded with its size (`requestBytes` of
-- the auth_failure event), never its content: the store keeps that size beside the refusal so
-- an auditor can tell a probe of a few bytes from a flood of large bodies. Null for every other
-- refusal (a bad token has no body worth measuring) and for rows stored before this migration.

ALTER TABLE {database}.auth_failures ADD COLUMN IF NOT EXISTS request_bytes Nullable(UInt64) AFTER claimed_subject;
