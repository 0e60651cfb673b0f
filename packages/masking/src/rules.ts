/**
 * Masking rules: what counts as PHI and what replaces it. A rule is data (patterns and a
 * token), so the engine can compile all of them into one pass; the full rule catalogue
 * (names, MRNs, dates of birth, addresses, dictionaries) builds on the same shape.
 */

export interface MaskingRule {
  /** Stable id: reported in match counts and in the replacement token. */
  id: string;
  /**
   * Searched in every string value and object key. Source and flags other than `i` are
   * ignored (the engine compiles all rules into one case-insensitive global expression);
   * use non-capturing groups.
   */
  patterns: RegExp[];
  /** Defaults to `[REDACTED:<id>]`. */
  replacement?: string;
  /**
   * Values that are this kind of data only because of the key they sit under (a bare
   * 10-digit number is a phone number under "phone" and a timestamp elsewhere): when a
   * string value's key matches `key` and the whole value matches `value`, it is masked.
   */
  keyed?: { key: RegExp; value: RegExp };
  /** Last word on a pattern match; return false to leave it. */
  accept?: (match: string) => boolean;
}

// The lookbehinds anchor each pattern at a token boundary: they keep numbers inside longer
// ids unmasked, and keep the search linear (a match can only start where a token starts).

const EMAIL: MaskingRule = {
  id: 'email',
  patterns: [
    /(?<![a-z0-9._%+-])[a-z0-9._%+-]{1,64}@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.[a-z]{2,24}(?![a-z0-9-])/,
  ],
};

const US_SSN: MaskingRule = {
  id: 'us_ssn',
  patterns: [/(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-])/, /(?<![\w-])\d{3} \d{2} \d{4}(?![\w-])/],
  keyed: { key: /ssn|social.?security/i, value: /^\s*\d{9}\s*$/ },
};

const PHONE: MaskingRule = {
  id: 'phone',
  patterns: [
    // (555) 010-1234, +1 (555) 010-1234
    /(?<![\w+])(?:\+?1[ .-]?)?\(\d{3}\) ?\d{3}[ .-]\d{4}(?!\d)/,
    // 555-010-1234, 555.010.1234, 555 010 1234, +1 555 010 1234, 1-555-010-1234
    /(?<![\w+.-])(?:\+?1[ .-])?\d{3}-\d{3}-\d{4}(?![\w-])/,
    /(?<![\w+.-])(?:\+?1[ .-])?\d{3}\.\d{3}\.\d{4}(?![\w.-])/,
    /(?<![\w+.-])(?:\+?1 )?\d{3} \d{3} \d{4}(?![\w.-])/,
    // E.164: +15550101234
    /(?<![\w+])\+1\d{10}(?!\d)/,
    // 5550101234 right after a word that says it is a phone number. The word is checked by
    // a lookbehind after the digits: checked first, it would run at every position.
    /(?<![\d+])(?:\+?1)?\d{10}(?!\d)(?<=\b(?:phone|tel|telephone|mobile|cell|fax|call|sms|text)\b[^\d\n]{0,12}(?:\+?1)?\d{10})/,
  ],
  keyed: {
    key: /phone|mobile|fax|^(?:tel|cell)(?:[_-]?(?:number|no))?$/i,
    value: /^\s*(?:\+?1[ .-]?)?\d{10}\s*$/,
  },
};

export const DEFAULT_RULES: readonly MaskingRule[] = [EMAIL, US_SSN, PHONE];
