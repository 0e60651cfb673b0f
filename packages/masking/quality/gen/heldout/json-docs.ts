export const HELDOUT_JSON_DOCS = {};
