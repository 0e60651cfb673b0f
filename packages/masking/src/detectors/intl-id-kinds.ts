/**
 * National identity and health insurance numbers of many countries by their published shapes
 * and check rules: Singapore NRIC/FIN, Spanish DNI and NIE, Turkish T.C. Kimlik, Korean RRN,
 * French NIR, Australian IHI and South African identity numbers. A value whose check holds is taken without a
 * label; a label before one of these shapes takes it whatever its check. The label-only kinds
 * (identifiers known by the words before them) come from `intl-id-labels.ts`.
 */
import { luhnValid } from '../checksums';
import type { IdKind } from './id-kind';
import { digitsOnly } from './id-kind';
import { INTL_LABELLED_KINDS } from './intl-id-labels';
import {
  dniValid,
  hkidValid,
  nirValid,
  nricValid,
  rrnValid,
  saIdValid,
  tcKimlikValid,
} from './national-checks';

const CHECKED_KINDS: IdKind[] = [
  {
    // Written in small letters as often ("s8036072z"): the check reads it in capitals.
    type: 'other_id',
    shape: /(?<![\w-])[STFGMstfgm]\d{7}[A-Za-z](?![\w-])/g,
    words: ['nric', 'fin', 'i/c', 'identity card'],
    labels: 'nric|fin|nric/fin|nric/fin no|nric no|i/c no|ic no|identity card',
    valid: nricValid,
    minDigits: 7,
    bare: (ctx) => ctx.longestDigitRun >= 7,
  },
  {
    // Hong Kong identity card: letters, six digits and a check character, perhaps bracketed ("K123456(3)").
    type: 'other_id',
    shape: /(?<![\w-])[A-Z]{1,2}\d{6} ?(?:\([0-9A]\)|[0-9A])(?![\w-])/g,
    words: ['hkid', 'hkic', 'hk id', 'identity card'],
    labels: 'hkid|hkic|hk id|hkid no|hong kong identity card|identity card',
    valid: hkidValid,
    minDigits: 6,
    bare: (ctx) => ctx.hasUpper && ctx.longestDigitRun >= 6,
  },
  {
    // An ISBT 128 donation identification number on a blood unit, as printed: the facility's
    // letter and four digits, the year's two, the serial's six ("W1234 24 567890").
    type: 'other_id',
    shape: /(?<![\w-])[A-Z]\d{4} \d{2} \d{6}(?![\w-]|[.,]\d)/g,
    words: ['unit', 'donation', 'din', 'isbt'],
    labels: 'unit|unit no|donation|donation no|din|isbt|isbt 128',
    valid: () => true,
    minDigits: 12,
    bare: (ctx) => ctx.hasUpper && ctx.longestDigitRun >= 6,
  },
  {
    // Ghana card (national identification): GHA, nine digits and a check digit.
    type: 'other_id',
    shape: /(?<![\w-])GHA-\d{9}-\d(?![\w-])/g,
    words: ['ghana', 'ghanacard'],
    labels: 'ghana card|ghana card no|ghanacard',
    valid: () => true,
    minDigits: 10,
    bare: (ctx) => ctx.includes('GHA-'),
  },
  {
    // UK National Insurance number: two letters, three pairs of digits and A to D; bare only in its printed groups ("QQ 12 34 56 C").
    type: 'other_id',
    shape: /(?<![\w-])[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![\w-])/g,
    words: ['ni', 'nino', 'national insurance'],
    labels: 'ni no|ni number|nino|national insurance|national insurance no|national insurance number',
    valid: (v) => /^[A-Z]{2} \d{2} \d{2} \d{2} [A-D]$/.test(v),
    minDigits: 6,
    bare: (ctx) => ctx.hasUpper && ctx.includes(' '),
  },
  {
    // DNI: eight digits and a letter; NIE: X, Y or Z, seven digits and a letter (mod 23).
    type: 'other_id',
    shape: /(?<![\w-])(?:[XYZ]-?\d{7}|\d{8})-?[A-Z](?![\w-])/g,
    words: ['dni', 'nie', 'nif', 'd.n.i', 'n.i.e'],
    labels: 'dni|nie|nif|d\\.n\\.i\\.|n\\.i\\.e\\.|n\\.i\\.f\\.|documento nacional de identidad',
    valid: dniValid,
    minDigits: 7,
    bare: (ctx) => ctx.hasUpper && ctx.longestDigitRun >= 7,
  },
  {
    type: 'other_id',
    shape: /(?<![\w.+-])[1-9]\d{10}(?![\w-]|[.,]\d)/g,
    words: ['kimlik', 'tckn', 't.c.'],
    labels:
      't\\.c\\. kimlik|t\\.c\\. kimlik no|tc kimlik|tc kimlik no|kimlik no|kimlik numarası|tckn|t\\.c\\. no',
    valid: (v) => tcKimlikValid(v),
    minDigits: 11,
    bare: (ctx) => ctx.longestDigitRun >= 11,
  },
  {
    // A birth date, then sex and century and six digits; the check holds for numbers issued before 2020.
    type: 'other_id',
    shape: /(?<![\w-])\d{6}-?[1-8]\d{6}(?![\w-])/g,
    words: ['rrn', 'resident registration', '주민등록'],
    labels: 'rrn|resident registration number|resident registration no|resident registration|주민등록번호',
    // Bare, only with its dash: thirteen digits run together are as often a time in milliseconds.
    valid: (v) => v.includes('-') && rrnValid(digitsOnly(v)),
    minDigits: 13,
    bare: (ctx) => ctx.longestDigitRun >= 6 && ctx.includes('-'),
  },
  {
    // French NIR: fifteen digits with the key that makes them a multiple of 97, whole or in groups.
    type: 'health_plan',
    shape: /(?<![\w.-])[123478] ?\d{2} ?\d{2} ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}(?![\w-]|[.,]\d)/g,
    words: [
      'sécurité sociale',
      'securite sociale',
      'nir',
      'insee',
      'carte vitale',
      'n° ss',
      'sécu',
      'immatriculation',
    ],
    labels:
      'sécurité sociale|securite sociale|n° de sécurité sociale|numéro de sécurité sociale|nir|n\\.i\\.r\\.|insee|numéro insee|carte vitale|n° ss|no ss|n° sécu|immatriculation',
    valid: nirValid,
    minDigits: 15,
    bare: (ctx) => ctx.longestDigitRun >= 13,
  },
  {
    // Australia's Individual Healthcare Identifier: sixteen digits from 800360, Luhn.
    type: 'mrn',
    shape: /(?<![\w.+-])8003 ?60\d{2} ?\d{4} ?\d{4}(?![\w-]|[.,]\d)/g,
    words: ['ihi', 'individual healthcare identifier'],
    labels: 'ihi|ihi no|ihi number|individual healthcare identifier',
    valid: (v) => luhnValid(digitsOnly(v)),
    minDigits: 16,
    bare: (ctx) => ctx.longestDigitRun >= 4 && ctx.mayInclude('8003'),
  },
  {
    // South African identity number: a birth date, seven digits, Luhn.
    type: 'other_id',
    shape: /(?<![\w.+-])\d{6} ?\d{4} ?[012]\d{2}(?![\w-]|[.,]\d)/g,
    words: ['id no', 'id number', 'identity number', 'sa id', 'rsa id'],
    labels: 'sa id|rsa id|id no|id number|identity number|identity no',
    // Thirteen digits run together from 1 are as often a time in milliseconds (1707036619000).
    valid: (v) => !/^1\d{12}$/.test(v) && saIdValid(digitsOnly(v)),
    minDigits: 13,
    bare: (ctx) => ctx.longestDigitRun >= 13,
  },
];

export const INTL_KINDS: readonly IdKind[] = [...CHECKED_KINDS, ...INTL_LABELLED_KINDS];
