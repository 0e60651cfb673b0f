/**
 * What a person's login looks like, wherever a system writes one: one word ("jworthy",
 * "agarcia"), or up to three joined by a dot or an underscore ("anna.lee", "LEE.A", "a_lee"),
 * letters first; an account may end in a few figures ("a_lee2"). What tells a login from a word
 * is the place it stands in (a login key, "by" in a header, a work log's author column), which
 * each reader judges; the system's own accounts are never a person's.
 */

/** One part of a login: a letter, then letters, apostrophes or hyphens ("o'neil", "lee-ann", "josé"). */
const PART = String.raw`\p{L}[\p{L}\p{M}'’-]{0,40}`;

/** A login's expression (for the `u` flag): one part, or up to three joined by a dot or an underscore. */
export const LOGIN = `${PART}(?:[._]${PART}){0,2}`;

/** A login that may end in a few figures ("a_lee2", "jworthy01"), as accounts are numbered. */
export const NUMBERED_LOGIN = String.raw`${LOGIN}\d{0,4}`;

/** A login of a person's names joined by a dot: "sachiko.odhiambo", "j.doe". */
export const DOTTED_LOGIN = String.raw`${PART}\.${PART}`;

/** Accounts of a system itself (in lower case): a job, a service, an interface, nobody. */
export const SYSTEM_ACCOUNTS: ReadonlySet<string> = new Set(
  'system admin administrator root batch service interface auto cron api unknown none null n/a'.split(' '),
);
