/**
 * A person's number written under a key that says nothing of it: a tool's positional arguments
 * ("arg1", "p2"), a search's "q", a generic "value" or "input", what an error echoes back of a
 * request ("received", "got"), in a frame's JSON or a log's `args.arg1=…`. With no label to read,
 * a lone identifier-shaped token is what such tokens are there: one token of figures and hyphens,
 * perhaps after a prefix of up to four letters and before a letter, six figures at least
 * ("969-11-85", "X3160080", "PA14415773"). A date run together or written with hyphens and a
 * clock's reading in milliseconds stay.
 */
import type { PhiType } from './types';

/** Keys that say nothing of their value (the last segment of a dotted key: "args.arg1" → "arg1"). */
const BLANK_KEY =
  /^(?:arg(?:ument)?s?_?\d{0,2}|param_?\d{1,2}|p\d|a\d|v\d?|val|value|input|q|query|term|received|got|given|actual|provided)$/i;
const BARE_NUMBER = /^(?=(?:\D*\d){6})[A-Za-z]{0,4}[-#]?\d[\d-]{4,18}\d[A-Za-z]?$/;
/** A calendar date run together or written with hyphens ("20240312", "2024-03-12"): no record's number. */
const DATE_LIKE = /^(?:19|20)\d\d-?(?:0[1-9]|1[0-2])-?(?:0[1-9]|[12]\d|3[01])$/;
/**
 * A clock's reading in milliseconds since 1970, as logs and APIs stamp an event ("received":
 * "1746381633451", September 2001 to May 2033): a time, no record's number.
 */
const EPOCH_MILLIS = /^1\d{12}$/;
/** A social security number's shape: nine figures, perhaps grouped 3-2-4. */
const SSN_SHAPE = /^(?:\d{9}|\d{3}-\d{2}-\d{4})$/;

/** Whether `key` (or its last dotted segment) says nothing of its value. */
export function isBlankKey(key: string): boolean {
  const dot = key.lastIndexOf('.');
  return BLANK_KEY.test(dot < 0 ? key : key.slice(dot + 1));
}

/** The type of a person's number `value` is by its shape alone (nine figures an SSN), if it is one. */
export function bareNumberType(value: string): PhiType | undefined {
  if (
    value.length < 6 ||
    value.length > 24 ||
    !BARE_NUMBER.test(value) ||
    DATE_LIKE.test(value) ||
    EPOCH_MILLIS.test(value)
  )
    return undefined;
  return SSN_SHAPE.test(value) ? 'ssn' : 'mrn';
}

/**
 * Neighbours that make a value a code or a quantity ("system", "unit"), not a person's number, or
 * that say what it is (a DICOM attribute's "vr", its value representation, types its "Value").
 */
const CODED_SIBLINGS = new Set(['system', 'code', 'coding', 'unit', 'units', 'codeSystem', 'display', 'vr']);

/**
 * The type of a person's number a value under a key that says nothing is by its shape, unless a
 * neighbour's key says it is a code or a quantity.
 */
export function bareNumberUnder(
  key: string,
  value: string,
  siblings: readonly string[] | undefined,
): PhiType | undefined {
  if (!isBlankKey(key) || siblings?.some((s) => CODED_SIBLINGS.has(s))) return undefined;
  return bareNumberType(value);
}
