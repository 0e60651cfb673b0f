/**
 * Payment card numbers told by their network: an issuer prefix (IIN) and a length each network
 * issues, and the Luhn check digit. A bare run of digits is read as a card only where its text
 * speaks of a card (a network's or a card's word before it, an expiry or a security code after
 * it): random figures pass the Luhn check one time in ten, a network's shape far less often.
 */
import { luhnValid } from '../checksums';

interface Network {
  /** Issuer prefixes: exact digits, or inclusive ranges of equal-length prefixes ("2221-2720"). */
  prefixes: readonly string[];
  lengths: readonly number[];
}

const NETWORKS: readonly Network[] = [
  { prefixes: ['4'], lengths: [13, 16, 19] }, // Visa
  { prefixes: ['51-55', '2221-2720'], lengths: [16] }, // Mastercard
  { prefixes: ['34', '37'], lengths: [15] }, // American Express
  { prefixes: ['6011', '644-649', '65'], lengths: [16, 17, 18, 19] }, // Discover
  { prefixes: ['3528-3589'], lengths: [16, 17, 18, 19] }, // JCB
  { prefixes: ['300-305', '36', '38', '39'], lengths: [14, 15, 16, 17, 18, 19] }, // Diners Club, Carte Blanche
  {
    prefixes: ['5018', '5020', '5038', '5893', '6304', '6759', '6761-6763'],
    lengths: [12, 13, 14, 15, 16, 17, 18, 19],
  }, // Maestro
  { prefixes: ['62'], lengths: [16, 17, 18, 19] }, // UnionPay
];

function prefixMatches(digits: string, prefix: string): boolean {
  const dash = prefix.indexOf('-');
  if (dash < 0) return digits.startsWith(prefix);
  const low = prefix.slice(0, dash);
  const head = Number(digits.slice(0, low.length));
  return head >= Number(low) && head <= Number(prefix.slice(dash + 1));
}

/** Whether `digits` (figures only) is a card number some network issues, its Luhn digit right. */
export function cardNumberValid(digits: string): boolean {
  return (
    NETWORKS.some(
      (n) => n.lengths.includes(digits.length) && n.prefixes.some((p) => prefixMatches(digits, p)),
    ) && luhnValid(digits)
  );
}

/** Networks whose names label a card number written after them ("VISA 4111 …", "amex: …"). */
const LABEL_NETWORKS = 'visa|mastercard|amex|american express|discover';
/** Networks named less often: their names mark only a number of their own shape as a card. */
const OTHER_NETWORKS = 'maestro|jcb|diners|carte blanche|unionpay';
/** A card's word or a network's name labelling the number after it: "credit card", "VISA", "cc". */
export const CARD_LABEL = `card|credit card|debit card|${LABEL_NETWORKS}|cc|pan`;
/** A cheap test that a text may hold a `CARD_LABEL`. */
export const CARD_LABEL_GATE = new RegExp(`card|${LABEL_NETWORKS}|\\bcc\\b|\\bpan\\b`, 'i');
/** A card's or a network's word in the text before a number ("my Maestro", "VISA 13 digit\nName\n"). */
const CARD_WORD_BEFORE = new RegExp(
  `\\b(?:card|credit|debit|${LABEL_NETWORKS}|master card|${OTHER_NETWORKS}|cc|pan)\\b`,
  'i',
);
/** An expiry ("09/32", "exp 04/27") or a security code's word right after a number. */
const CARD_TAIL_AFTER =
  /^[ \t,;]{0,3}(?:(?:exp(?:iry|ires|iration)?\.?:?[ \t]*)?(?:0[1-9]|1[0-2])[/-](?:\d{2}|20\d{2})(?!\d)|[^\n]{0,24}\b(?:cvv|cvc|cvv2|cid|csc|security code)\b)/i;
/** How far before a number a card's word is looked for: a cardholder's name line between them. */
const CONTEXT_BEFORE = 80;
/**
 * A cheap test that a text may hold a bare card number's context, every word `CARD_WORD_BEFORE`
 * and `CARD_TAIL_AFTER` take: a card's or a network's word, a security code's, an expiry's "exp"
 * or figures around a slash or a dash ("credit 4111 …", "… security code 123").
 */
export const CARD_CONTEXT_GATE = new RegExp(
  `card|credit|debit|${LABEL_NETWORKS}|master|${OTHER_NETWORKS}|\\bcc\\b|\\bpan\\b|cvv|cvc|\\bcid\\b|csc|security code|\\bexp|\\d[/-]\\d\\d`,
  'i',
);

/**
 * Whether the bare run of digits at `start`..`end` of `text` is a card number: a network's shape,
 * its Luhn digit right, and a card's word before it or an expiry or a security code after it.
 */
export function bareCardNumber(text: string, start: number, end: number): boolean {
  if (!cardNumberValid(text.slice(start, end))) return false;
  return (
    CARD_TAIL_AFTER.test(text.slice(end, end + 40)) ||
    CARD_WORD_BEFORE.test(text.slice(Math.max(0, start - CONTEXT_BEFORE), start))
  );
}
