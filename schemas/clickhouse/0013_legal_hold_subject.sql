-- Legal holds placed for a subject (every stored session of one person or service account)
-- record that subject beside each held session, so a hold can be listed and released by it.

ALTER TABLE {database}.legal_holds ADD COLUMN IF NOT EXISTS subject String DEFAULT '' AFTER session_id;
