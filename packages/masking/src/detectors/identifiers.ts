/** Identifiers recognized by their shape and check digits, wherever they appear. */
import { deaValid, digitsOf, luhnValid, vinValid } from '../checksums';
import type { Detector } from './detector';
import { scan } from './detector';

// 900-12-3456, 900.12.3456, 900 12 3456, 900–12–3456 (dashes are normalized): the same separator
// twice. The lookbehind lets a glued label through (`ssn900-12-3456`) but not a longer number.
const SSN_RE = /(?<![\d-]|\d[.-])(?!000|666)\d{3}([-. ])(?!00)\d{2}\1(?!0000)\d{4}(?![\d-]|\.\d)/g;
/** Nine bare digits are an SSN only after a label (glued or not). */
const SSN_LABELLED_RE =
  /(?:\bssn|\bss#|\bsocial security(?: (?:number|no\.?|#))?|\bsoc\.? ?sec\.?(?: ?(?:no\.?|#))?|\bsocial)\s*(?:#|no\.?|number)?\s*(?:is|was|:|=|-)?\s*((?!000|666)\d{3}[-. ]?\d{2}[-. ]?\d{4})(?![\d-])/dgi;

export const ssn: Detector = {
  id: 'ssn',
  types: ['ssn'],
  run(ctx) {
    if (!ctx.hasDigit) return;
    scan(ctx, SSN_RE, 'ssn', 'ssn');
    if (/s(?:sn|s#|ocial|oc)/i.test(ctx.text)) scan(ctx, SSN_LABELLED_RE, 'ssn', 'ssn', { group: 1 });
  },
};

// Medicare Beneficiary Identifier: C A AN N A AN N A A N N (no S, L, O, I, B, Z), dashes optional.
const MBI_LETTER = '[AC-HJKMNP-RT-Y]';
const MBI_ALNUM = '[AC-HJKMNP-RT-Y0-9]';
const MBI_RE = new RegExp(
  `(?<![A-Za-z0-9])[1-9]${MBI_LETTER}${MBI_ALNUM}\\d-?${MBI_LETTER}${MBI_ALNUM}\\d-?${MBI_LETTER}{2}\\d{2}(?![A-Za-z0-9])`,
  'g',
);

export const mbi: Detector = {
  id: 'medicare_mbi',
  types: ['health_plan'],
  run(ctx) {
    if (ctx.hasDigit && ctx.hasUpper) scan(ctx, MBI_RE, 'health_plan', 'medicare_mbi');
  },
};

const DEA_RE = /(?<![A-Za-z0-9])[ABCDEFGHJKLMPRSTUX][A-Z9]\d{7}(?![A-Za-z0-9])/g;

export const dea: Detector = {
  id: 'dea',
  types: ['license'],
  run(ctx) {
    if (ctx.hasDigit && ctx.hasUpper) scan(ctx, DEA_RE, 'license', 'dea', { accept: deaValid });
  },
};

const VIN_RE =
  /(?<![A-Za-z0-9])(?=[A-HJ-NPR-Z0-9]*[A-Z])(?=[A-HJ-NPR-Z0-9]*\d)[A-HJ-NPR-Z0-9]{17}(?![A-Za-z0-9])/g;

export const vin: Detector = {
  id: 'vin',
  types: ['vehicle'],
  run(ctx) {
    if (ctx.hasDigit && ctx.hasUpper && ctx.text.length >= 17)
      scan(ctx, VIN_RE, 'vehicle', 'vin', { accept: vinValid });
  },
};

// Card numbers in groups of four (Luhn-checked); bare digit runs only after a card word.
const CARD_GROUPED_RE = /(?<![\d-])\d{4}([ -])\d{4}\1\d{4}\1\d{1,7}(?![\d-])/g;
const CARD_LABELLED_RE =
  /\b(?:card|credit card|debit card|visa|mastercard|amex|american express|discover|cc|pan)\b[^\d\n]{0,16}?(\d{13,19})(?!\d)/dgi;

export const paymentCard: Detector = {
  id: 'payment_card',
  types: ['account'],
  run(ctx) {
    if (!ctx.hasDigit) return;
    const luhn = (v: string) => luhnValid(digitsOf(v));
    scan(ctx, CARD_GROUPED_RE, 'account', 'payment_card', { accept: luhn });
    scan(ctx, CARD_LABELLED_RE, 'account', 'payment_card', { group: 1, accept: luhn });
  },
};

// GS1 UDI in human-readable form: (01) device identifier and production identifiers.
const UDI_RE = /\(01\)\d{14}(?:\((?:10|11|17|21|30|240|241|422|7003)\)[A-Za-z0-9-]{1,20})*/g;
const MAC_RE = /(?<![\w:-])[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}(?![\w:-])/g;

export const deviceIds: Detector = {
  id: 'device_udi',
  types: ['device'],
  run(ctx) {
    if (!ctx.hasDigit) return;
    if (ctx.text.includes('(01)')) scan(ctx, UDI_RE, 'device', 'device_udi');
    if (ctx.text.includes(':') || ctx.text.includes('-')) scan(ctx, MAC_RE, 'device', 'device_mac');
  },
};

// Photo files: an image file whose name says it is a picture of someone.
const PHOTO_FILE_RE =
  /\b[\w-]*(?:photo|img|image|pic|picture|headshot|face|portrait|selfie|mugshot|snapshot)[\w-]*\.(?:jpe?g|png|gif|heic|heif|bmp|tiff?|webp)\b/gi;

export const photoFile: Detector = {
  id: 'photo_file',
  types: ['photo'],
  run(ctx) {
    if (ctx.text.includes('.')) scan(ctx, PHOTO_FILE_RE, 'photo', 'photo_file');
  },
};
