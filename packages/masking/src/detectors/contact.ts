/** E-mail, web addresses, IP addresses, telephone and fax numbers. */
import { isIPv6 } from 'node:net';
import { digitCount } from '../char-codes';
import { before, type Detector, type ScanContext, type ScanOptions, scan } from './detector';
import { hasDottedDigits, hasHexColons } from './gates';
import { providerNpiAt } from './provider-npis';
import { urlParts } from './url-parts';

/**
 * A domain's label: letters, digits and hyphens, accented Latin letters among them as an
 * internationalized domain writes them ("müller-praxis.de", RFC 5890); the last label is ASCII.
 */
const DOMAIN_LABEL = String.raw`[A-Za-z0-9\u00C0-\u024F](?:[A-Za-z0-9\u00C0-\u024F-]{0,61}[A-Za-z0-9\u00C0-\u024F])?`;
/** An address's domain after its '@'. */
const DOMAIN = String.raw`${DOMAIN_LABEL}(?:\.${DOMAIN_LABEL})*\.[A-Za-z]{2,24}(?![\w\u00C0-\u024F-])`;
/**
 * The local part may hold accented letters (RFC 6531): "małgorzata.nowak@…"; the domain may be
 * an address literal in brackets (RFC 5321): "jdoe@[192.0.2.7]", "jdoe@[IPv6:2001:db8::1]".
 */
const EMAIL_RE = new RegExp(
  String.raw`(?<![\w.%+\u00C0-\u024F-])[A-Za-z0-9._%+\u00C0-\u024F-]{1,64}@(?:${DOMAIN}|\[(?:\d{1,3}(?:\.\d{1,3}){3}|IPv6:[0-9A-Fa-f:.]{2,45})\])`,
  'g',
);

/** A quoted local part (RFC 5321): `"jane doe"@example.org`, blanks and all, its quotes included. */
const QUOTED_EMAIL_RE = new RegExp(`"[^"\\\\\r\n]{1,62}"@${DOMAIN}`, 'y');

/** The end of a quoted address whose closing quote is right before the '@' at `at`. */
function quotedEmailEnd(text: string, at: number): [number, number] | undefined {
  if (text.charCodeAt(at - 1) !== 0x22) return undefined;
  const open = text.lastIndexOf('"', at - 2);
  if (open < 0 || at - open > 64) return undefined;
  QUOTED_EMAIL_RE.lastIndex = open;
  return QUOTED_EMAIL_RE.test(text) ? [open, QUOTED_EMAIL_RE.lastIndex] : undefined;
}

/** A UUID before the '@': a generated identifier, never a mailbox. */
const UUID_LOCAL = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}@/i;
/** Header lines whose `id@host` values identify a message, a MIME part or a calendar entry (RFC 5322, 2392, 5545). */
const MESSAGE_ID_LINE = /^(?:message-id|in-reply-to|references|content-id|resent-message-id|uid)\s*:/i;

/** Whether an address-shaped value is a message, part or entry identifier rather than a mailbox. */
function isMessageId(text: string, start: number, value: string): boolean {
  if (UUID_LOCAL.test(value)) return true;
  const line = Math.max(text.lastIndexOf('\n', start - 1), text.lastIndexOf('\r', start - 1)) + 1;
  return start - line <= 400 && MESSAGE_ID_LINE.test(text.slice(line, line + 20));
}

export const email: Detector = {
  id: 'email',
  types: ['email'],
  run(ctx) {
    if (!ctx.hasAt) return;
    const text = ctx.text;
    // Only the neighbourhood of each '@' can hold an address.
    let from = 0;
    for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
      if (at < from) continue;
      const quoted = quotedEmailEnd(text, at);
      if (quoted !== undefined) {
        if (!ctx.skip?.has('email'))
          ctx.out.push({ start: quoted[0], end: quoted[1], type: 'email', ruleId: 'email' });
        from = quoted[1];
        continue;
      }
      const start = Math.max(from, at - 64);
      const window = text.slice(start, at + 256);
      EMAIL_RE.lastIndex = 0;
      const m = EMAIL_RE.exec(window);
      if (m && start + m.index <= at) {
        const end = start + m.index + m[0].length;
        if (!ctx.skip?.has('email') && !isMessageId(text, start + m.index, m[0]))
          ctx.out.push({ start: start + m.index, end, type: 'email', ruleId: 'email' });
        from = end;
      }
    }
  },
};

const URL_RE = /\b(?:(?:https?|ftp):\/\/|www\.)[^\s"'<>`{}|\\^[\]]+/gi;
const WWW_GATE = /www\./i;
/** Standards and terminology hosts: their URLs name code systems, never a person. */
const KEEP_HOSTS =
  /^(?:(?:https?|ftp):\/\/)?(?:www\.)?(?:[\w-]+\.)*(?:hl7\.org|loinc\.org|snomed\.info|nlm\.nih\.gov|who\.int|cdc\.gov|cms\.gov|fda\.gov|ama-assn\.org|w3\.org|json-schema\.org|schema\.org|modelcontextprotocol\.io|ietf\.org|iso\.org|unitsofmeasure\.org|fhir\.org|hl7\.org\/fhir)(?:[/:?#]|$)/i;

export const url: Detector = {
  id: 'url',
  types: ['url'],
  run(ctx) {
    const t = ctx.text;
    if (!ctx.includes('://') && !ctx.test(WWW_GATE)) return;
    URL_RE.lastIndex = 0;
    for (let m = URL_RE.exec(t); m !== null; m = URL_RE.exec(t)) {
      let value = m[0];
      // Sentence punctuation after a URL is not part of it.
      value = value.replace(/[.,;:!?)]+$/, '');
      if (KEEP_HOSTS.test(value) || ctx.skip?.has('url')) continue;
      for (const [start, end] of urlParts(m.index, value))
        ctx.out.push({ start, end, type: 'url', ruleId: 'url' });
    }
  },
};

/** 0 to 255, or written with three digits as zero-padded displays write it (`192.168.001.010`). */
const OCTET = '(?:25[0-5]|2[0-4]\\d|[01]\\d\\d|[1-9]?\\d)';
const IPV4_RE = new RegExp(`(?<![\\w.])${OCTET}(?:\\.${OCTET}){3}(?![\\w]|\\.\\d)`, 'g');
const IPV6_CANDIDATE_RE =
  /(?<![\w:.])(?=[0-9A-Fa-f]{0,4}:)[0-9A-Fa-f:]{2,39}(?:\d{1,3}(?:\.\d{1,3}){3})?(?![\w:]|\.\d)/g;

/**
 * A last part of 0 names a network, never a machine's address: a four-part number ending in it is
 * a release ("GATK 4.4.0.0", "safety database 4.2.0.0") unless a prefix's length or a port follows.
 */
function networkOrRelease(v: string, end: number, text: string): boolean {
  return v.endsWith('.0') && !/^[/:]\d/.test(text.slice(end, end + 2));
}

const IPV4_OPTIONS: ScanOptions = {
  // Four-part version numbers are not addresses ("schema_version: 12.4.0.118", "Versions: syngo 12.4.0.118").
  accept: (v, m, text) =>
    !networkOrRelease(v, m.index + m[0].length, text) &&
    !/(?:(?:^|[\W_])(?:v|ver|release|build|rev|schema|system|app|firmware|fw|sdk|api|client|server|software|template|platform|pipeline|iwrs|irt|edc|ctms|lims)\b|versions?)\.?:?\s*(?:(?!ip\b|addr|host|from\b|at\b)[a-z][\w-]{1,15}\s+)?$/.test(
      before(text, m.index, 32),
    ),
};
const IPV6_OPTIONS: ScanOptions = {
  accept: (v) => v.length > 2 && /[0-9a-f]/i.test(v.replace(/:/g, '')) && isIPv6(v),
};

export const ip: Detector = {
  id: 'ip',
  types: ['ip'],
  run(ctx) {
    if (ctx.digits >= 4 && ctx.passes(hasDottedDigits)) scan(ctx, IPV4_RE, 'ip', 'ip', IPV4_OPTIONS);
    if (ctx.passes(hasHexColons)) scan(ctx, IPV6_CANDIDATE_RE, 'ip', 'ip', IPV6_OPTIONS);
  },
};

/** Words that introduce a number to ring, the hospital's wireless handsets (Vocera, Spectralink, Ascom) among them. */
const PHONE_WORDS =
  '(?:phone|ph|tel|telephone|mobile|cell|cellphone|fax|faxed|facsimile|pager|pgr|beeper|bpr|call|callback|call back|cb|text|sms|whatsapp|contact|home|work|direct|office|desk|landline|daytime|evening|reached at|reach (?:him|her|them|me|us)? ?at|dial|page|vocera|spectra|spectralink|ascom)';
/** An extension after the number, its word in any case and after a comma: "x12", ", ext. 2183", " Ext. 9588". */
const EXTENSION = '(?:,?\\s?(?:x|X|[Ee]xt\\.?|EXT\\.?|[Ee]xtension|EXTENSION)\\s?\\d{1,6}(?!\\d))?';
const US_PHONE_RE = new RegExp(
  `(?<![\\w+])(?:\\+?1[-. ]?)?(?:\\(\\d{3}\\)[-. /]?|\\d{3}[-. /])\\d{3}[-. ]?\\d{4}${EXTENSION}(?![\\d-]|\\.\\d)`,
  'g',
);
const US_PHONE_PAREN_COMPACT_RE = /(?<![\w+])(?:\+?1[-. ]?)?\(\d{3}\)\d{7}(?!\d)/g;
const E164_RE = new RegExp(
  `(?<![\\w+])\\+\\d{1,3}(?:[-. ]?\\(?\\d{1,5}\\)?){1,6}(?!\\d)${EXTENSION}(?!\\d)`,
  'g',
);
/** The international prefix written 00 or 011 instead of +: "0044 161 496 0000", "011 52 55 1234 5678". */
const INTL_00_RE = /(?<![\w+.-])(?:00|011[-. ])[1-9]\d{0,2}(?:[-. ]\(?\d{1,5}\)?){2,6}(?![\d-]|\.\d)/g;
/**
 * Ten bare digits in the North American shape (area code and exchange not starting with 0 or
 * 1) are a phone number after a word that introduces one: "reached on", "at", "contact:", or
 * right after a person's relation "(sister), ".
 */
const BARE_NANP_RE =
  /(?:\b(?:at|on|to|via|from|number|contact|reached|reach|call|text|no\.?|it['’]?s|[PF]:?|[CHMW]:|#)|[)\]@]|#(?=\s+is\b))(?:\s+is)?,?\s+((?:\+?1[-. ]?)?[2-9]\d{2}[2-9]\d{6})(?![\w-]|\.\d)/dgi;
/**
 * The same shape alone in brackets, an extension perhaps after it ("Landlord Ann Roe (17902087686)",
 * "brother Bo Roe (5550104417,,8424)"), or before the line it is ("18975563616 (work)").
 */
const BARE_NANP_BRACKETED_RE =
  /(?:\(\s*((?:\+?1[-. ]?)?[2-9]\d{2}[2-9]\d{6})(?=(?:,,\d{1,6}|[ \t]*(?:x|ext\.?)[ \t]*\d{1,6})?\s*\))|(?<![\w+.-])((?:\+?1[-. ]?)?[2-9]\d{2}[2-9]\d{6})[ \t]*\((?:work|home|cell|mobile|mob|office|landline|daytime|evenings?)\))/dgi;
/**
 * The same shape alone in a column of a roster or table: two spaces, a tab or a bar on either
 * side ("Frost, Imani   23yo   8262482715   added 8/17"). A date and hour written as digits is no number to ring.
 */
const BARE_NANP_CELL_RE = /(?:^| {2}|\t|\|)[ \t]*([2-9]\d{2}[2-9]\d{6})(?= {2}|[ \t]*(?:\t|\||$))/dgm;
const DIGIT_DATE_HOUR = /^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])$/;
/** "Caregiver: Ann Roe, 9806519030", "Quill Pharmacy, 5550104417": the same shape after a person to reach or a pharmacy and their name, on one line. */
const BARE_NANP_AFTER_PERSON_RE =
  /\b(?:caregiver|carer|contact|emergency|next of kin|nok|spouse|wife|husband|partner|daughter|son|mother|father|mom|mum|dad|guardian|sister|brother|friend|neighbou?r|proxy|poa|pharmacy|drug|drugs)\b[^\n\d]{0,48}?,\s*((?:\+?1[-. ]?)?[2-9]\d{2}[2-9]\d{6})(?![\w-]|\.\d)/dgi;
/**
 * National numbers of the UK, Ireland, Australia and others, in the groups they are written in:
 * "01991 879292", "0161 496 0000", "01 234 5678", "020 7946 0000", "0412 345 678", "0244 123 456",
 * "(02) 9876 5432".
 */
const NATIONAL_RE =
  /(?<![\w+.-])(?:0\d{4} \d{6}|0\d{3} \d{3} \d{4}|0[1-9] \d{3} \d{4}|0[1-9]\d \d{4} \d{4}|0[1-9]\d{2} \d{3} \d{3}|\(0[2378]\) ?\d{4} \d{4}|0[2378] \d{4} \d{4})(?![\d-]|\.\d)/g;
/** Codes written like numbers after their system's name: "NDC 0093-5692-39", "LOINC 2345-7". */
/** A code system's name before the number, not the end of a hyphenated name ("Su-bin 1-843-…"). */
const CODE_LABEL_BEFORE =
  /(?<![\w-])(?:ndc|loinc|cpt|hcpcs|icd(?:-?10|-?9)?(?:-cm)?|snomed(?: ct)?|upc|gtin|lot|bin|pcn)\s*[:#]?\s*$/i;
function notACode(_v: string, m: RegExpExecArray, text: string): boolean {
  return !CODE_LABEL_BEFORE.test(before(text, m.index, 16));
}
/**
 * A bare run of digits is a phone number only right after a word that says so. A stop and a
 * blank end it: "by phone 568-905-4607. 549 licensed beds" is a number, then a sentence.
 */
const CONTEXT_PHONE_RE = new RegExp(
  `\\b${PHONE_WORDS}\\b[^\\d\\n]{0,16}?(?<![A-Za-z])((?:\\+|00)?\\d(?:[\\d \\t()-]|\\.(?![ \\t])){5,18}\\d)(?![\\w-])`,
  'gid',
);

/**
 * A North American number after a phone word, broken over lines between its groups ("phone
 * 555⏎014⏎2231", "cell: 555-⏎014-⏎2231"): three, three and four digits, a line break between
 * two of them at least (a number on one line is read by the forms above).
 */
const BROKEN_PHONE_RE = new RegExp(
  `\\b${PHONE_WORDS}\\b[^\\d\\n]{0,16}?(\\(?\\d{3}\\)?(?:[-. ]?\\r?\\n[ \\t]*|[-. ])\\d{3}(?:[-. ]?\\r?\\n[ \\t]*|[-. ])\\d{4})(?![\\w-]|[.-]\\d)`,
  'gid',
);
const BROKEN_PHONE_OPTIONS: ScanOptions = {
  group: 1,
  typeOf: (m, text) => contextType(m, text),
  accept: (value) => value.includes('\n'),
};

/** A fax word in the same line before the number, with no phone word after it. */
const FAX_BEFORE = /\b(?:fax|facsimile)(?![^\n]*\b(?:phone|tel|cell|mobile|call|text|contact)\b)[^\n]*$/i;

function phoneOrFax(m: RegExpExecArray, text: string): 'phone' | 'fax' {
  return FAX_BEFORE.test(before(text, m.index, 64)) ? 'fax' : 'phone';
}

const PHONE_OPTIONS: ScanOptions = { typeOf: phoneOrFax, accept: notACode };
const EXTENSION_TAIL = /,?\s?(?:x|ext\.?|extension)\s?\d+$/i;
const E164_OPTIONS: ScanOptions = {
  typeOf: phoneOrFax,
  accept: (v, m, text) => {
    const n = digitCount(v.replace(EXTENSION_TAIL, ''));
    return n >= 8 && n <= 15 && notACode(v, m, text);
  },
};
/**
 * A drug's NDC in its labeler-product-package groups (4-4-2, 5-3-2, 5-4-1, 5-4-2): "0093-2335-99"
 * opens with 00 as a call abroad does, but no number dialled abroad is grouped so.
 */
const NDC_SHAPE = /^(?:\d{4}-\d{4}-\d{2}|\d{5}-\d{3,4}-\d{1,2})$/;
const INTL_00_OPTIONS: ScanOptions = {
  ...E164_OPTIONS,
  accept: (v, m, text) => !NDC_SHAPE.test(v) && (E164_OPTIONS.accept?.(v, m, text) ?? true),
};
/** "2024-10-06 16", "20251223115551": a date, or a date and time written as digits. */
const DATE_LIKE =
  /^(?:\d{4}-\d{2}-\d{2}\b|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$|(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?$)/;
/** A number after a fax word is a fax number; otherwise as its line says. */
function contextType(m: RegExpExecArray, text: string): 'phone' | 'fax' {
  return /fax|facsimile/i.test(m[0]) ? 'fax' : phoneOrFax(m, text);
}
const CONTEXT_PHONE_OPTIONS: ScanOptions = {
  group: 1,
  typeOf: contextType,
  accept: (v, m, text) => {
    const n = digitCount(v);
    // A date, a time stamp or a dose after "call" is not a phone number.
    if (n < 7 || n > 15 || DATE_LIKE.test(v)) return false;
    const end = m.index + m[0].length;
    return text.charCodeAt(end) !== 0x3a && text.charCodeAt(end) !== 0x2b;
  },
};
/**
 * A local number without its area code, "562-3468", after a word that introduces a number
 * ("reachable at", "call", "ph"); the exchange never starts with 0 or 1.
 */
const LOCAL_PHONE_RE =
  /\b(?:at|on|call|phone|ph|tel|cell|mobile|number|reach(?:ed|able)?(?: at| on)?|text|contact)\s*[:#]?\s*([2-9]\d{2}[-.]\d{4})(?![\w-]|[.,]\d)/dgi;
const LOCAL_PHONE_GATE = /(?:^|[^\d.,/-])[2-9]\d{2}[-.]\d{4}(?!\d)/;
/** What follows a count or a dose, never a number to ring ("son, 250-1000 mg"). */
const NOT_A_LOCAL_NUMBER_AFTER =
  '(?![\\w-]|[.,]\\d|[ \\t]*(?:(?:mg|mcg|g|kg|ml|l|units?|iu|x|times|days?|hours?|hrs?|mins?|cc)\\b|%))';
/**
 * A local number after a person to reach or a pharmacy, perhaps their name between, on one line
 * ("nephew, 555-0176", "emergency contact Ann Roe 555-0108", "Per mother Ann Roe (555-0132)",
 * "Fenwick Compounding Pharmacy, 555-0141"), or after the words that say where a caller rings from
 * or which number is best ("keeps calling from 555-0190", "best # is 555-0194").
 */
const LOCAL_AFTER_PARTY_RE = new RegExp(
  `(?:\\b(?:caregiver|carer|contact|emergency|next of kin|nok|spouse|wife|husband|partner|daughter|son|mother|father|mom|mum|dad|guardian|sister|brother|niece|nephew|aunt|uncle|grandmother|grandfather|grandson|granddaughter|friend|neighbou?r|proxy|poa|pharmacy|drug|drugs)\\b[^\\n\\d]{0,48}?(?:,[ \\t]*|[ \\t]+\\(|[ \\t]+)|\\b(?:calling|called|calls|texting|texted|texts) from[ \\t]+|\\b(?:best|phone|cell|home|work|contact|callback|call back|cb|ph|tel)[ \\t]*#[ \\t]*(?:is[ \\t]+)?)([2-9]\\d{2}[-.]\\d{4})${NOT_A_LOCAL_NUMBER_AFTER}`,
  'dgi',
);
/** The same after a line's phone letter: "H: 555-0137", "W: 555-0193" (home, work, cell, mobile). */
const LOCAL_AFTER_LETTER_RE = new RegExp(
  `(?<![\\w.])[HWCM]:[ \\t]*([2-9]\\d{2}[-.]\\d{4})${NOT_A_LOCAL_NUMBER_AFTER}`,
  'dg',
);
const LOCAL_OPTIONS: ScanOptions = { group: 1, typeOf: phoneOrFax };
/** A blank alone before the number: after a name or a pharmacy's name ("Ann Roe 555-0108"), not a verb ("ran from 200-1000"). */
const NAMED_BEFORE_BLANK = /(?:^|[^\p{L}])\p{Lu}[\p{L}'’.-]*[ \t]+$/u;
/** A comma, a bracket, a number's mark or a caller's "from" right before the number. */
const CUE_BEFORE_NUMBER =
  /(?:[,(]|#[ \t]*(?:is[ \t]+)?|\b(?:calling|called|calls|texting|texted|texts) from[ \t]+)[ \t]*$/i;
const LOCAL_AFTER_PARTY_OPTIONS: ScanOptions = {
  ...LOCAL_OPTIONS,
  accept: (v, m) => {
    const head = m[0].slice(0, m[0].length - v.length);
    return CUE_BEFORE_NUMBER.test(head) || NAMED_BEFORE_BLANK.test(head);
  },
};
/** A trunk code in brackets and the local number: "(064) 378789", "(01) 874 1234", as Ireland and others write it. */
const BRACKETED_TRUNK_RE = /(?<![\w+])\(0\d{1,3}\) ?\d{3,4}[ -]?\d{3,4}(?![\d-]|\.\d)/g;
/** "P 5551234567 F 5551234568": a letterhead's phone and fax letters. */
const BARE_NANP_OPTIONS: ScanOptions = {
  group: 1,
  typeOf: (m, text) => (/^F\b/.test(m[0]) ? 'fax' : phoneOrFax(m, text)),
  accept: (v) => !DIGIT_DATE_HOUR.test(v),
};
const BARE_NANP_SECOND: ScanOptions = { ...BARE_NANP_OPTIONS, group: 2 };
/** A cell of a care-team row may hold the clinician's NPI instead ("dr roe | 1234567893 | pager …"): that is the NPI detector's. */
const BARE_NANP_CELL_OPTIONS: ScanOptions = {
  ...BARE_NANP_OPTIONS,
  accept: (v, m, text) => !DIGIT_DATE_HOUR.test(v) && !providerNpiAt(v, m.indices?.[1]?.[0] ?? m.index, text),
};
const CONTEXT_PHONE_GATE = new RegExp(`\\b${PHONE_WORDS}\\b`, 'i');
/**
 * A number spelled in the letters of a keypad after a word that introduces one: "call
 * 1-800-FLOWERS", "text 888-555-HELP", "ph (800) GO-FEDEX". Its area code is digits; the rest
 * is seven or eight keys, three capitals in a row among them.
 */
const VANITY_PHONE_RE = new RegExp(
  `\\b${PHONE_WORDS}\\b[^\\d\\n]{0,16}?((?:\\+?1[-. ]?)?(?:\\([2-9](?!11)\\d{2}\\)|[2-9](?!11)\\d{2})[-. ]?([\\dA-Z]{2,5}(?:[-.]?[\\dA-Z]{1,5}){0,3}))(?![\\w-])`,
  'gid',
);
const KEYS = /[\dA-Z]/g;
const VANITY_OPTIONS: ScanOptions = {
  group: 1,
  typeOf: phoneOrFax,
  accept: (_v, m) => {
    const keys = m[2] ?? '';
    const count = keys.match(KEYS)?.length ?? 0;
    return (count === 7 || count === 8) && /[A-Z]{3}/.test(keys) && !/[a-z]/.test(keys);
  },
};

export const phone: Detector = {
  id: 'phone',
  types: ['phone', 'fax'],
  run(ctx: ScanContext) {
    // Whether a phone word is in the text: asked by two forms, searched for once.
    let cued: boolean | undefined;
    const phoneWord = () => {
      cued ??= ctx.test(CONTEXT_PHONE_GATE);
      return cued;
    };
    // A number in keypad letters has three digits at least: its area code.
    if (ctx.digits >= 3 && ctx.hasUpper && ctx.longestDigitRun >= 3 && phoneWord())
      scan(ctx, VANITY_PHONE_RE, 'phone', 'phone', VANITY_OPTIONS);
    if (ctx.digits < 7) return;
    // Digit runs each form needs: four at the end of a US number, seven after "(555)", ten bare.
    const run = ctx.longestDigitRun;
    if (ctx.digits >= 10 && run >= 4) {
      scan(ctx, US_PHONE_RE, 'phone', 'phone', PHONE_OPTIONS);
      if (run >= 7 && ctx.includes('('))
        scan(ctx, US_PHONE_PAREN_COMPACT_RE, 'phone', 'phone', PHONE_OPTIONS);
    }
    if (ctx.includes('+')) scan(ctx, E164_RE, 'phone', 'phone', E164_OPTIONS);
    if (ctx.digits >= 10) {
      if (ctx.includes('00') || ctx.includes('011')) scan(ctx, INTL_00_RE, 'phone', 'phone', INTL_00_OPTIONS);
      if (run >= 10) {
        scan(ctx, BARE_NANP_RE, 'phone', 'phone', BARE_NANP_OPTIONS);
        if (ctx.includes(',')) scan(ctx, BARE_NANP_AFTER_PERSON_RE, 'phone', 'phone', BARE_NANP_OPTIONS);
        if (ctx.includes('(')) {
          scan(ctx, BARE_NANP_BRACKETED_RE, 'phone', 'phone', BARE_NANP_OPTIONS);
          scan(ctx, BARE_NANP_BRACKETED_RE, 'phone', 'phone', BARE_NANP_SECOND);
        }
        if (ctx.includes('  ') || ctx.includes('\t') || ctx.includes('|'))
          scan(ctx, BARE_NANP_CELL_RE, 'phone', 'phone', BARE_NANP_CELL_OPTIONS);
      }
    }
    if (phoneWord()) scan(ctx, CONTEXT_PHONE_RE, 'phone', 'phone', CONTEXT_PHONE_OPTIONS);
    if (ctx.includes('\n') && phoneWord()) scan(ctx, BROKEN_PHONE_RE, 'phone', 'phone', BROKEN_PHONE_OPTIONS);
    if (run >= 4 && ctx.test(LOCAL_PHONE_GATE)) {
      scan(ctx, LOCAL_PHONE_RE, 'phone', 'phone', LOCAL_OPTIONS);
      scan(ctx, LOCAL_AFTER_PARTY_RE, 'phone', 'phone', LOCAL_AFTER_PARTY_OPTIONS);
      if (ctx.includes(':')) scan(ctx, LOCAL_AFTER_LETTER_RE, 'phone', 'phone', LOCAL_OPTIONS);
    }
    if (run >= 3 && ctx.includes('(0')) scan(ctx, BRACKETED_TRUNK_RE, 'phone', 'phone', PHONE_OPTIONS);
    // Every national number opens with 0 after a space, a bracket or the text's start.
    if (run >= 3 && (ctx.includes(' 0') || ctx.includes('(0') || ctx.text.charCodeAt(0) === 0x30))
      scan(ctx, NATIONAL_RE, 'phone', 'phone', PHONE_OPTIONS);
  },
};
