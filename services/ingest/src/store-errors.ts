/**
 * Which store failures mean "these rows can never be stored" (they go to the DLQ) and which
 * mean "the store cannot take anything right now" (the batch is retried and nothing is
 * committed). Only errors about the data itself count as the first kind: a missing table,
 * a read-only replica or a lost connection must pause ingest, never empty the batch into
 * the DLQ.
 */

/** ClickHouse error codes that describe a value it could not parse or fit. */
const ROW_ERROR_CODES = new Set([
  '6', // CANNOT_PARSE_TEXT
  '26', // CANNOT_PARSE_QUOTED_STRING
  '27', // CANNOT_PARSE_INPUT_ASSERTION_FAILED
  '38', // CANNOT_PARSE_DATE
  '41', // CANNOT_PARSE_DATETIME
  '53', // TYPE_MISMATCH
  '69', // ARGUMENT_OUT_OF_BOUND
  '70', // CANNOT_CONVERT_TYPE
  '72', // CANNOT_PARSE_NUMBER
  '117', // INCORRECT_DATA
  '131', // TOO_LARGE_STRING_SIZE
  '321', // VALUE_IS_OUT_OF_RANGE_OF_DATA_TYPE
]);

export function isRowRejection(err: unknown): boolean {
  const e = err as { code?: unknown; clickhouseCode?: unknown; retryable?: unknown } | null;
  if (e?.retryable === true) return false;
  if (e?.code === 'AUDIT_STORE_INVALID_INPUT') return true;
  return typeof e?.clickhouseCode === 'string' && ROW_ERROR_CODES.has(e.clickhouseCode);
}
