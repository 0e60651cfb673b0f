/**
 * Identifiers known by the labels of many countries and languages: the label words a record,
 * a health plan, a licensing council or a registry prints before its number ("UHID", "NHC",
 * "ABHA", "PhilHealth", "NSS", "CIP", "EHIC", "HPCSA", "MCR", "Céd. Prof.", "RPPS", "UNOS
 * ID", "SIN", "OHIP", "HPI", "MCRN", "AHPRA"), and the shape each number takes. Nothing here is taken without its label.
 */
import type { IdKind } from './id-kind';
import { REFERENCE } from './id-kind';

/** Health insurers and schemes whose name is printed before the member's number ("GEMS no. 028620074"). */
const SCHEMES = [
  'gems',
  'bonitas',
  'discovery',
  'discovery health',
  'momentum',
  'medshield',
  'bestmed',
  'fedhealth',
  'polmed',
  'bankmed',
  'profmed',
  'keyhealth',
  'sha',
  'shif',
  'nhif',
  'nhis',
  'hmo',
  'mgen',
  'mutuelle',
  'aok',
  'barmer',
  'imss',
  'issste',
  'sss',
  'gsis',
  'pag-ibig',
  'nfz',
  'sgk',
  'hmo card',
];

/** "Medical aid: Momentum Health no. 633134258": the scheme's name, whatever it is, between the label and the number. */
const SCHEME_LABEL = `(?:medical aid|medical scheme|health insurer|insurer)[ \\t]*:?(?:[ \\t]+[a-z][\\w&'-]*){0,3}`;

/** A document's number: groups of three digits parted by spaces, or a reference. */
const ID_DOCUMENT = new RegExp(
  `(?<![\\w/-])\\d{3}(?: \\d{3}){2,3}(?![\\w-]|[.,/]\\d)|${REFERENCE.source}`,
  'g',
);

const NUMBER_WORD = '[ \\t]*(?:no\\.?|nr\\.?|number|#|member no\\.?|membership no\\.?)';

export const INTL_LABELLED_KINDS: IdKind[] = [
  {
    // India's ABHA (Ayushman Bharat Health Account) number: fourteen digits, 2-4-4-4.
    type: 'health_plan',
    shape: /(?<![\w-])\d{2}-?\d{4}-?\d{4}-?\d{4}(?![\w-])/g,
    words: ['abha', 'health id', 'ayushman'],
    labels: 'abha|abha no|abha number|abha id|health id|ayushman bharat|ayushman bharat health account',
    minDigits: 14,
  },
  {
    // PhilHealth identification number: twelve digits, 2-9-1.
    type: 'health_plan',
    shape: /(?<![\w-])\d{2}-?\d{9}-?\d(?![\w-])/g,
    words: ['philhealth', 'PhilHealth', 'phic'],
    labels: 'philhealth|philhealth id|philhealth pin|phic|pin',
    minDigits: 12,
  },
  {
    // Mexican social security (IMSS) number: eleven digits, often 2-2-2-4-1.
    type: 'health_plan',
    shape: /(?<![\w-])\d{2} ?\d{2} ?\d{2} ?\d{4} ?\d(?![\w-]|[.,]\d)/g,
    words: ['nss', 'n.s.s', 'afiliaci', 'seguridad social'],
    labels:
      'nss|n\\.s\\.s\\.|no\\. de afiliación|número de afiliación|numero de afiliacion|número de seguridad social|numero de seguridad social|seguridad social',
    minDigits: 11,
  },
  {
    // A member's number after the name of the scheme or insurer that issued it.
    type: 'health_plan',
    shape: REFERENCE,
    words: [...SCHEMES, 'medical aid', 'medical scheme', 'insurer'],
    labels: [...SCHEMES.map((s) => s.replace(/-/g, '\\-')), SCHEME_LABEL]
      .map((s) => s + NUMBER_WORD)
      .join('|'),
    minDigits: 6,
    valueDigits: 6,
  },
  {
    // "insurance 7Z8NX86RM82", "CIP EFKB4688337354", "EHIC card no. 8052…": a plan's or card's number.
    type: 'health_plan',
    shape: REFERENCE,
    words: [
      'insurance',
      'insurer',
      'cip',
      'tarjeta sanitaria',
      'ehic',
      'european health',
      'carte européenne',
    ],
    labels:
      "insurance|insurance id|insurer|insurer id|cip|cip-sns|cip sns|cip autonómico|tarjeta sanitaria|tarjeta sanitaria individual|tarjeta sanitaria europea|ehic|ehic card|european health insurance card|carte européenne d'assurance maladie",
    minDigits: 6,
    valueDigits: 6,
  },
  {
    // A Japanese health insurance card's symbol and number (記号 and 番号), the number perhaps after it.
    type: 'health_plan',
    shape: /(?<![\w-])\d{1,10}(?:[ \t]+(?:[Nn][Oo]\.?|number|番号)[ \t]*:?[ \t]*\d{1,10})?(?![\w-])/g,
    words: ['symbol', '記号'],
    labels:
      '(?:health )?insurance card[ \\t]*:?[ \\t]*symbol|insured card[ \\t]*:?[ \\t]*symbol|保険証[ \\t]*記号|記号',
    minDigits: 3,
  },
  {
    // Hospital and clinic record numbers under local labels: India's UHID, Spain's NHC, France's IPP.
    type: 'mrn',
    shape: REFERENCE,
    words: ['uhid', 'nhc', 'n.h.c', 'historia', 'ipp', 'opd', 'ipd', 'op no', 'ip no', 'cr no'],
    labels:
      'uhid|uhid no|uh id|nhc|n\\.h\\.c\\.|nº hc|n\\.º hc|nº historia|número de historia|número de historia clínica|numero de historia|numero de historia clinica|historia clínica|historia clinica|ipp|n° ipp|numéro ipp|op no|opd no|ip no|ipd no|cr no',
    minDigits: 5,
    valueDigits: 5,
  },
  {
    // Singapore Medical Council registration (MCR): a letter, five digits and a letter.
    type: 'license',
    shape: /(?<![\w-])[A-Z]?\d{5,6}[A-Z](?![\w-])/g,
    words: ['mcr', 'smc'],
    labels: 'mcr|mcr no|smc|smc no|smc reg|smc reg no|smc registration|smc registration no',
    minDigits: 5,
  },
  {
    // Health Professions Council of South Africa: "MP 0123456", "PS0123456".
    type: 'license',
    shape: /(?<![\w-])[A-Z]{2,3} ?\d{5,7}(?![\w-])/g,
    words: ['hpcsa'],
    labels: 'hpcsa|hpcsa no|hpcsa reg|hpcsa registration',
    minDigits: 5,
  },
  {
    // Mexico's cédula profesional, Spain's colegiado number, France's RPPS and ADELI numbers.
    type: 'license',
    shape: /(?<![\w/-])(?:\d{2}\/\d{4,6}|\d{5,11})(?![\w/-]|[.,]\d)/g,
    words: ['céd', 'cédula', 'cedula', 'ced.', 'col.', 'colegiad', 'rpps', 'adeli'],
    labels:
      'céd\\. prof\\.|ced\\. prof\\.|céd\\. profesional|cédula profesional|cedula profesional|cédula|cedula|col\\.|nº col\\.|n\\.º col\\.|núm\\. col\\.|colegiado|colegiada|nº de colegiado|número de colegiado|rpps|n° rpps|adeli|n° adeli',
    minDigits: 5,
  },
  {
    // A licence number after its holder's credential: "lic. LCSW 46714", "License: RN 482113".
    type: 'license',
    shape: /(?<![\w-])[A-Z]{2,6}[ -]?\d{4,9}(?![\w-]|[.,]\d)/g,
    words: ['lic', 'licen'],
    labels: 'lic\\.|lic|license|licence|license no\\.?|licence no\\.?|lic\\. no\\.?|lic #',
    minDigits: 4,
  },
  {
    // An identity document shown in person: "picked up with ID U538-5129-8465", "with ID 140 731 882".
    type: 'license',
    shape: ID_DOCUMENT,
    // "ID" as people write it: the stems are looked for in lower case and in capitals only.
    words: [
      'with id',
      'with ID',
      'photo id',
      'photo ID',
      'id presented',
      'ID presented',
      'id shown',
      'ID shown',
      'showed ID',
      'presented ID',
      'government ID',
      'govt ID',
      'gov ID',
    ],
    labels:
      'with id|with photo id|photo id|showed id|shown id|presented id|id presented|id shown|government id|govt id|gov id',
    minDigits: 6,
    valueDigits: 6,
  },
  {
    // Transplant registry and medical certificate numbers, tickets and safety reports.
    type: 'other_id',
    shape: REFERENCE,
    words: [
      'unos',
      'optn',
      'mc no',
      'MC no',
      'MC #',
      'mc number',
      'MC number',
      'certificate',
      'ticket',
      'report',
      'datix',
    ],
    labels:
      'unos|unos id|unos no|optn id|mc[ \\t]*(?:no\\.?|number|#)|medical certificate[ \\t]*(?:no\\.?|number|#)|certificate[ \\t]*(?:no\\.?|number|#)|sick note[ \\t]*(?:no\\.?|#)|ticket|ticket no|ticket #|event report|safety event report|adverse event report|occurrence report|variance report|datix|report[ \\t]*(?:#|no\\.?|number)',
    minDigits: 4,
    valueDigits: 4,
  },
  {
    // The last four digits of a payment card or an account: "my card ending 4821", "Visa ending in 0093",
    // "the card on file ending in 8776".
    type: 'account',
    shape: /(?<![\w-])\d{4}(?![\w-]|[.,/]\d)/g,
    words: ['ending', 'ends in', 'last four', 'last 4'],
    labels:
      '(?:card|visa|mastercard|amex|discover|maestro|jcb|debit|credit|account|acct)[ \\t]+(?:on file[ \\t]+)?(?:number[ \\t]+)?(?:ending in|ending with|ends in|ends with|ending)|last (?:four|4)(?: digits)?(?: of (?:the |my |your |his |her )?(?:card|account))?',
    minDigits: 4,
  },
  {
    // Canada's social insurance number, nine digits, 3-3-3 ("SIN (for ODSP only): 330-712-886"), and
    // a social security number after a dotted or shortened label ("S.S.N. 498266110", "Soc. Sec. #").
    type: 'ssn',
    shape: /(?<![\w-])\d{3}[ -]?\d{3}[ -]?\d{3}(?![\w-]|[.,]\d)/g,
    words: ['sin', 's.i.n', 'social insurance', "d'assurance sociale", 's.s.n', 'soc. sec', 'soc sec'],
    labels:
      "sin|s\\.i\\.n\\.|social insurance|social insurance number|social insurance no\\.?|numéro d'assurance sociale|s\\.s\\.n\\.?|soc\\.? sec\\.?",
    minDigits: 9,
  },
  {
    // A Canadian provincial health number, ten digits 4-3-3, Ontario's with its two-letter version
    // code, which belongs to it: "OHIP: 7331 289 061WM", "Health no.: 1873 619 066 SL".
    type: 'health_plan',
    shape: /(?<![\w-])\d{4}[ -]?\d{3}[ -]?\d{3}(?:[ -]?[A-Z]{2})?(?![\w-])/g,
    words: ['ohip', 'health card', 'health no', 'health number', 'hcn', 'ontario health'],
    labels:
      'ohip|ohip no\\.?|ohip number|ontario health|ontario health card|health card|health card no\\.?|health card number|health no\\.?|health number|hcn',
    minDigits: 10,
  },
  {
    // New Zealand's Health Practitioner Index common person number: six letters and digits, two digits first.
    type: 'license',
    shape: /(?<![\w-])\d{2}[A-Z0-9]{4}(?![\w-])/g,
    words: ['hpi', 'cpn'],
    labels: 'hpi|hpi cpn|hpi-cpn|hpi no\\.?|cpn',
    minDigits: 2,
  },
  {
    // Medical council and college registrations: Ireland's IMC (MCRN), Ontario's CPSO, BC's CPSBC,
    // Alberta's CPSA, Australia's AHPRA ("MED0001234567"), the Medical and Dental Councils of
    // Nigeria (MDCN) and Ghana (MDC).
    type: 'license',
    shape: /(?<![\w-])(?:[A-Z]{3}\d{10}|\d{4,7})(?![\w-]|[.,]\d)/g,
    words: ['mcrn', 'imc', 'medical council', 'cpso', 'cpsbc', 'cpsa', 'ahpra', 'mdcn', 'mdc'],
    labels:
      'mdcn|mdcn no\\.?|mdc|mdc no\\.?|mcrn|imc|imc no\\.?|imc reg\\.?|imc registration|medical council|medical council no\\.?|medical council number|medical council registration|cpso|cpso no\\.?|cpsbc|cpsa|ahpra|ahpra no\\.?|ahpra registration',
    minDigits: 4,
  },
  {
    // Nigeria's national identification number: eleven digits.
    type: 'other_id',
    shape: /(?<![\w-])\d{11}(?![\w-]|[.,]\d)/g,
    words: ['nin', 'national identification', 'national identity'],
    labels: 'nin|nin no|national identification number|national identity number',
    minDigits: 11,
  },
];
