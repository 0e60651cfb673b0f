export const HELDOUT_TEXT_DOCS = {};
