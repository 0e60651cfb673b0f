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
import { dniValid, nirValid, nricValid, rrnValid, saIdValid, tcKimlikValid } from './national-checks';

const CHECKED_KINDS: IdKind[] = [
  {
    type: 'other_id',
    shape: /(?<![\w-])[STFGM]\d{7}[A-Z](?![\w-])/g,
    words: ['nric', 'fin', 'i/c', 'identity card'],
    labels: 'nric|fin|nric/fin|nric/fin no|nric no|i/c no|ic no|identity card',
    valid: nricValid,
    minDigits: 7,
    bare: (ctx) => ctx.hasUpper && ctx.longestDigitRun >= 7,
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
