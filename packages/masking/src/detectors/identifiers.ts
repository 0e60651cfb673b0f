/** Identifiers recognized by their shape and check digits, wherever they appear. */

import { isHex } from '../char-codes';
import { deaValid, digitsOf, luhnValid, medicareAuValid, nhiValid, ppsValid, vinValid } from '../checksums';
import { bareCardNumber, CARD_CONTEXT_GATE, CARD_LABEL, CARD_LABEL_GATE } from './card-networks';
import { type Detector, type ScanContext, type ScanOptions, scan } from './detector';
import { hasImageExtension } from './gates';

// 900-12-3456, 900.12.3456, 900 12 3456, 900–12–3456 (dashes are normalized): the same separator
// twice. The lookbehind lets a glued label through (`ssn900-12-3456`) but not a longer number.
const SSN_RE = /(?<![\d-]|\d[.-])(?!000|666)\d{3}([-. ])(?!00)\d{2}\1(?!0000)\d{4}(?![\d-]|\.\d)/g;
/**
 * Nine bare digits are an SSN only after a label (glued or not, or the path segment before
 * them: "/patients/ssn/900123456"); after one, so are the nine
 * digits grouped by other marks ("900/12/3456", "900_12_3456", "(900) 12 3456"), spaced one by
 * one ("9 0 0 1 2 3 4 5 6") or broken over a line ("900-12-⏎3456").
 */
const SSN_LABELLED_RE =
  /(?:\bssn|\bss#|\bsocial security(?: (?:number|no\.?|#))?|\bsoc\.? ?sec\.?(?: ?(?:no\.?|#))?|\bsocial)\s*(?:#|no\.?|number)?\s*(?:is|was|:|=|-|\/|on file:?|on record:?)?\s*((?!000|666)(?:\d{3}|\(\d{3}\))(?:[-. /_]|[-/]?\r?\n[ \t]*)?\d{2}(?:[-. /_]|[-/]?\r?\n[ \t]*)?\d{4}|\d(?:[ .,/_-]\d){8})(?![\d-])/dgi;

const SSN_LABEL_GATE = /s(?:sn|s#|ocial|oc)/i;
const GROUP_1: ScanOptions = { group: 1 };
const SPACED_DIGITS = /\d[ .,/_-]\d[ .,/_-]\d[ .,/_-]\d/;

export const ssn: Detector = {
  id: 'ssn',
  types: ['ssn'],
  run(ctx) {
    if (ctx.digits < 9) return;
    // Every form but the nine digits spaced one by one has four digits in a row.
    if (ctx.longestDigitRun >= 4) scan(ctx, SSN_RE, 'ssn', 'ssn');
    if ((ctx.longestDigitRun >= 4 || ctx.test(SPACED_DIGITS)) && ctx.test(SSN_LABEL_GATE))
      scan(ctx, SSN_LABELLED_RE, 'ssn', 'ssn', GROUP_1);
  },
};

// Medicare Beneficiary Identifier: C A AN N A AN N A A N N (no S, L, O, I, B, Z), dashes optional.
const MBI_LETTER = '[AC-HJKMNP-RT-Y]';
const MBI_ALNUM = '[AC-HJKMNP-RT-Y0-9]';
const MBI_RE = new RegExp(
  `(?<![A-Za-z0-9])[1-9]${MBI_LETTER}${MBI_ALNUM}\\d-?${MBI_LETTER}${MBI_ALNUM}\\d-?${MBI_LETTER}{2}\\d{2}(?![A-Za-z0-9])`,
  'g',
);

const MBI_GATE = /\d-?[A-Z]{2}\d\d/;

// National health numbers whose check character tells them from other codes of their shape.
/** Australian Medicare, grouped as on the card: "2123 45670 1" (the person's number may follow). */
const MEDICARE_AU_RE = /(?<![\w-])[2-6]\d{3} \d{5} \d(?:[ /-]?[1-9])?(?![\w-]|\.\d)/g;
/**
 * Its ten digits run together, with the person's number after a slash as the card prints it
 * ("2123456701/1"): ten digits alone may be a phone or a code, the slash and one digit are the card's.
 */
const MEDICARE_AU_IRN_RE = /(?<![\w/-])[2-6]\d{9}\/[1-9](?![\w/-]|\.\d)/g;
/** New Zealand NHI: "ZZZ0016", "ZZZ00AC". */
const NHI_RE = /(?<![\w-])[A-HJ-NP-Z]{3}(?:\d{4}|\d{2}[A-HJ-NP-Z]{2})(?![\w-])/g;
const NHI_GATE = /[A-Z]{3}\d\d/;
/** Irish PPS number: "1234567T", "1234567FA". */
const PPS_RE = /(?<![\w-])\d{7}[A-W][A-IW]?(?![\w-])/g;
const PPS_GATE = /\d{7}[A-W]/;
const MEDICARE_AU_OPTIONS: ScanOptions = { accept: medicareAuValid };
const NHI_OPTIONS: ScanOptions = { accept: nhiValid };
const PPS_OPTIONS: ScanOptions = { accept: ppsValid };

/** Health plan numbers with a format of their own: the US MBI, and national numbers with a check character. */
export const mbi: Detector = {
  id: 'medicare_mbi',
  types: ['health_plan'],
  run(ctx) {
    if (ctx.digits < 2) return;
    if (ctx.hasUpper && ctx.test(NHI_GATE)) scan(ctx, NHI_RE, 'health_plan', 'nz_nhi', NHI_OPTIONS);
    if (ctx.digits < 5) return;
    if (ctx.hasUpper && ctx.test(MBI_GATE)) scan(ctx, MBI_RE, 'health_plan', 'medicare_mbi');
    if (ctx.longestDigitRun >= 7 && ctx.hasUpper && ctx.test(PPS_GATE))
      scan(ctx, PPS_RE, 'health_plan', 'ie_pps', PPS_OPTIONS);
    if (ctx.digits >= 10 && ctx.longestDigitRun >= 5)
      scan(ctx, MEDICARE_AU_RE, 'health_plan', 'au_medicare', MEDICARE_AU_OPTIONS);
    if (ctx.longestDigitRun >= 10 && ctx.includes('/'))
      scan(ctx, MEDICARE_AU_IRN_RE, 'health_plan', 'au_medicare', MEDICARE_AU_OPTIONS);
  },
};

const DEA_RE = /(?<![A-Za-z0-9])[ABCDEFGHJKLMPRSTUX][A-Z9]\d{7}(?![A-Za-z0-9])/g;

const DEA_GATE = /[A-Z][A-Z9]\d{7}/;
const DEA_OPTIONS: ScanOptions = { accept: deaValid };

export const dea: Detector = {
  id: 'dea',
  types: ['license'],
  run(ctx) {
    if (ctx.longestDigitRun >= 7 && ctx.hasUpper && ctx.test(DEA_GATE))
      scan(ctx, DEA_RE, 'license', 'dea', DEA_OPTIONS);
  },
};

const VIN_RE =
  /(?<![A-Za-z0-9])(?=[A-HJ-NPR-Z0-9]*[A-Z])(?=[A-HJ-NPR-Z0-9]*\d)[A-HJ-NPR-Z0-9]{17}(?![A-Za-z0-9])/g;

/** A VIN character: a digit or a capital other than I, O and Q. */
function vinChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90 && c !== 73 && c !== 79 && c !== 81);
}

/**
 * Seventeen VIN characters in a row. Such a run covers one of every 17th position, so only
 * those are probed; most texts are lower-case words and fail at the first character looked at.
 */
function hasVinRun(text: string): boolean {
  for (let i = 16; i < text.length; i += 17) {
    if (!vinChar(text.charCodeAt(i))) continue;
    let start = i;
    while (start > 0 && vinChar(text.charCodeAt(start - 1))) start--;
    let end = i + 1;
    while (end < text.length && vinChar(text.charCodeAt(end))) end++;
    if (end - start >= 17) return true;
  }
  return false;
}
const VIN_OPTIONS: ScanOptions = { accept: vinValid };

export const vin: Detector = {
  id: 'vin',
  types: ['vehicle'],
  run(ctx) {
    if (ctx.digits >= 1 && ctx.hasUpper && ctx.text.length >= 17 && ctx.passes(hasVinRun))
      scan(ctx, VIN_RE, 'vehicle', 'vin', VIN_OPTIONS);
  },
};

// Card numbers in groups of four (Luhn-checked); bare digit runs only where the text speaks of a card.
/** Four groups of digits; a hex letter right after the last is a UUID's or a hash's, not a card's. */
const CARD_GROUPED_RE = /(?<![\d-])\d{4}([ -])\d{4}\1\d{4}\1\d{1,7}(?![\da-fA-F-])/g;
const CARD_LABELLED_RE = new RegExp(`\\b(?:${CARD_LABEL})\\b[^\\d\\n]{0,16}?(\\d{13,19})(?!\\d)`, 'dgi');

const luhn = (v: string) => luhnValid(digitsOf(v));
const LUHN_OPTIONS: ScanOptions = { accept: luhn };
const LUHN_GROUP_OPTIONS: ScanOptions = { group: 1, accept: luhn };
/** A run of 12 to 19 figures alone: a card number when a network issues its shape and the text speaks of a card. */
const CARD_BARE_RE = /(?<![\w.+-])\d{12,19}(?![\w+-]|\.\d)/g;
const CARD_BARE_OPTIONS: ScanOptions = {
  accept: (v, m, text) => bareCardNumber(text, m.index, m.index + v.length),
};

export const paymentCard: Detector = {
  id: 'payment_card',
  types: ['account'],
  run(ctx) {
    if (ctx.digits < 13 || ctx.longestDigitRun < 4) return;
    scan(ctx, CARD_GROUPED_RE, 'account', 'payment_card', LUHN_OPTIONS);
    if (ctx.longestDigitRun >= 13 && ctx.test(CARD_LABEL_GATE))
      scan(ctx, CARD_LABELLED_RE, 'account', 'payment_card', LUHN_GROUP_OPTIONS);
    if (ctx.longestDigitRun >= 12 && ctx.test(CARD_CONTEXT_GATE))
      scan(ctx, CARD_BARE_RE, 'account', 'payment_card', CARD_BARE_OPTIONS);
  },
};

// GS1 UDI in human-readable form: (01) device identifier and production identifiers.
const UDI_RE = /\(01\)\d{14}(?:\((?:10|11|17|21|30|240|241|422|7003)\)[A-Za-z0-9-]{1,20})*/g;
/** A serial number under its GS1 application identifier without the (01) before it: "(21)5071045248". */
const GS1_SERIAL_RE =
  /(?<![\w)])\(21\)[A-Za-z0-9-]{4,20}(?:\((?:10|11|17|30|240|241|422|7003)\)[A-Za-z0-9-]{1,20})*(?![\w(])/g;
const GS1_SERIAL_OPTIONS: ScanOptions = { accept: (v) => digitsOf(v).length >= 5 };
const MAC_RE = /(?<![\w:-])[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}(?![\w:-])/g;

/** HIBC: '+', a labeler code opening with a letter, product and unit; then '/$$' and lot or expiry data. */
const HIBC_RE = /(?<![\w+])\+[A-Z][A-Z0-9]{4,22}(?:\/\$\$?\+?[A-Z0-9]{4,30})?(?![\w$/])/g;
const HIBC_OPTIONS: ScanOptions = { accept: (v) => digitsOf(v).length >= 3 };
const HIBC_GATE = /\+[A-Z][A-Z0-9]{4}/;
/** Whether `n` ASCII hex digits stand at `from` (none before the text's start or past its end). */
function hexRun(text: string, from: number, n: number): boolean {
  for (let i = from; i < from + n; i++) if (!isHex(text.charCodeAt(i))) return false;
  return true;
}

/** A colon or a hyphen. */
function isMacSeparator(c: number): boolean {
  return c === 0x3a || c === 0x2d;
}

/**
 * `/[0-9A-Fa-f]{2}[:-][0-9A-Fa-f]{2}[:-][0-9A-Fa-f]{2}/` read from the separators (a note's
 * hyphens and colons are few; the expression tries its hex digits at every letter).
 */
function hasMacPairs(text: string): boolean {
  for (const sep of [':', '-']) {
    for (let p = text.indexOf(sep, 2); p >= 0; p = text.indexOf(sep, p + 1)) {
      if (
        isMacSeparator(text.charCodeAt(p + 3)) &&
        hexRun(text, p - 2, 2) &&
        hexRun(text, p + 1, 2) &&
        hexRun(text, p + 4, 2)
      )
        return true;
    }
  }
  return false;
}
/**
 * A MAC address as Cisco writes it, three dotted groups of four hex digits ("ece6.9de0.0b1e",
 * "001A.2B3C.4D5E"), a hex letter in it at least: "2024.0101.1200" (a stamp) and version
 * numbers stay.
 */
const DOTTED_MAC_RE = /(?<![\w.:-])[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}(?![\w:-]|\.\w)/g;
/** `/[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\./` read from the text's dots. */
function hasDottedHexQuads(text: string): boolean {
  for (let p = text.indexOf('.', 4); p >= 0; p = text.indexOf('.', p + 1)) {
    if (text.charCodeAt(p + 5) === 0x2e && hexRun(text, p - 4, 4) && hexRun(text, p + 1, 4)) return true;
  }
  return false;
}
const DOTTED_MAC_OPTIONS: ScanOptions = { accept: (v) => /[A-Fa-f]/.test(v) };

export const deviceIds: Detector = {
  id: 'device_udi',
  types: ['device'],
  run(ctx) {
    if (ctx.digits < 2) return;
    if (ctx.includes('(01)')) scan(ctx, UDI_RE, 'device', 'device_udi');
    if (ctx.includes('(21)')) scan(ctx, GS1_SERIAL_RE, 'device', 'device_udi', GS1_SERIAL_OPTIONS);
    if (ctx.includes('+') && ctx.test(HIBC_GATE)) scan(ctx, HIBC_RE, 'device', 'device_udi', HIBC_OPTIONS);
    if (ctx.passes(hasMacPairs)) scan(ctx, MAC_RE, 'device', 'device_mac');
    if (ctx.includes('.') && ctx.passes(hasDottedHexQuads))
      scan(ctx, DOTTED_MAC_RE, 'device', 'device_mac', DOTTED_MAC_OPTIONS);
  },
};

// Image files: in clinical traffic a picture attached to a record is of the patient (a wound,
// a face, a lesion), so every image file name is treated as a photo reference, with the
// folders of a relative path before it ("derm/20977133/collins-lesion.png": a folder is often
// the patient's or the case's number); a path opening with a year's folder ("2024/ct/…") keeps
// the year and its folders, and a URL's path is the URL detector's. The folders are the photo's
// only when one of them holds a figure: folders of words ("referrals/baker_orvenna/…") are left
// to the detectors that read names in paths.
const PHOTO_FILE_RE =
  /(?:(?<![\w.:/\\-])((?:(?!(?:19|20)\d\d\/)[\w-][\w.-]*\/){1,6})|(?<![\w.-]))[\w-][\w.-]*\.(?:jpe?g|png|gif|heic|heif|bmp|tiff?|webp|dcm)\b/gi;

/**
 * Media carried in a text as a base64 `data:` URI: a picture (or a scan, a PDF) is redacted as
 * a photo, a recording as a voiceprint — as the MCP walk treats image, audio and blob content.
 */
const DATA_URI_RE =
  /data:(?!audio\/)[\w.+-]+\/[\w.+-]+(?:;[\w.+-]+=[\w.+-]+)*;base64,[A-Za-z0-9+/\r\n]{8,}={0,2}/g;
const AUDIO_DATA_URI_RE = /data:audio\/[\w.+-]+(?:;[\w.+-]+=[\w.+-]+)*;base64,[A-Za-z0-9+/\r\n]{8,}={0,2}/g;

/** Each image file's name, with its folders (group 1) when one of them holds a figure. */
function photoFiles(ctx: ScanContext): void {
  const { text } = ctx;
  PHOTO_FILE_RE.lastIndex = 0;
  for (let m = PHOTO_FILE_RE.exec(text); m !== null; m = PHOTO_FILE_RE.exec(text)) {
    const folders = m[1] ?? '';
    const start = /\d/.test(folders) ? m.index : m.index + folders.length;
    ctx.out.push({ start, end: m.index + m[0].length, type: 'photo', ruleId: 'photo_file' });
  }
}

export const photoFile: Detector = {
  id: 'photo_file',
  types: ['photo', 'biometric'],
  run(ctx) {
    if (ctx.passes(hasImageExtension) && !ctx.skip?.has('photo')) photoFiles(ctx);
    if (ctx.includes(';base64,')) {
      scan(ctx, DATA_URI_RE, 'photo', 'binary_media');
      scan(ctx, AUDIO_DATA_URI_RE, 'biometric', 'binary_media');
    }
  },
};
