/**
 * A fax's "to" and "from": a fax sent by a tool (`send_fax({"to": "9116085596", "from":
 * "4802094423", "cover_sheet": …})`, `{"to": …, "media_url": …}`) names its recipient and sender
 * by their fax numbers. The keys beside them (a cover sheet, pages, the document sent) make the
 * message a fax; only a string shaped like a number to dial holds the rule, so a range's bounds
 * ("from": "2024-01-01") and an e-mail address stay with the other detectors.
 */
import type { FieldRule } from '../field-rules';

/**
 * A North American number (area code and exchange), bare or written with its separators and
 * country code, or a local one (exchange and line, "555-0116"), or an international one in E.164
 * form; an extension may follow ("x22", "ext. 4", ",,6854").
 */
const DIALABLE =
  /^(?:(?:\+?1[ .-]?)?(?:\([2-9]\d{2}\)|[2-9]\d{2})[ .-]?\d{3}[ .-]?\d{4}|[2-9]\d{2}[ .-]\d{4}|\+[1-9]\d{7,14})(?:(?:[ ]?(?:x|ext\.?)[ ]?|,,)\d{1,6})?$/i;

/** The number a fax is sent to or from. */
export const FAX_PARTY_RULE: FieldRule = {
  type: 'fax',
  ruleId: 'field:fax',
  leafOnly: true,
  shape: DIALABLE,
};

/** Keys of a fax's own parts: its cover sheet, its pages, the document or media it carries. */
const FAX_PART = /fax|cover|pages|attachment|media/;

/**
 * Whether the keys beside a message's "to" and "from" make it a fax (read in lower case without
 * separators, so the field rules can ask without a cycle between the two modules).
 */
export function isFaxMessage(siblings: readonly string[]): boolean {
  return siblings.some((s) => FAX_PART.test(s.toLowerCase().replace(/[^a-z]/g, '')));
}
