/**
 * National health, insurance and identity numbers by their issuers' shapes and check rules —
 * Québec RAMQ, Brazilian CPF and CNS, Italian codice fiscale and tessera sanitaria, German
 * KVNR, Irish GMS numbers, Brazilian CRM licences, TRICARE/CHAMPVA numbers — and the
 * reference numbers people quote after a label (insurance policies, police reports, trial
 * subjects, service and booking numbers, gate codes). A value of a checked kind is taken when
 * its check holds or its label stands before it; an unchecked kind needs its label. Each
 * kind runs only when one of its label words may be in the text or, for a checked kind
 * without one, when the text holds digits enough.
 */

import { digitCount } from '../char-codes';
import type { Detector, ScanContext } from './detector';
import { before } from './detector';
import { digitsOnly, type IdKind, REFERENCE } from './id-kind';
import { INTL_KINDS } from './intl-id-kinds';
import { LabelGate } from './label-gate';
import {
  cnsValid,
  codiceFiscaleValid,
  cpfValid,
  kvnrValid,
  ramqValid,
  tesseraValid,
} from './national-checks';

/** What may stand between a label and its value: "No.", "nº", "#", "(RAMQ)", ":" … */
/**
 * What may stand between a label and its value: a bracket, a number word ("no.", "number",
 * "ref"), and after a number word "is" or "was" ("your participant number is OSP-422-2141").
 */
const TAIL = String.raw`(?:\s*\([^)\n]{1,16}\))?[ \t]*(?:(?:no|nr|n[º°o]|num|number|numero|número|nummer|#|id|ref|reference)\b\.?[ \t]*(?:(?:is|was)[ \t]+)?)?[:#.=]?[ \t]*`;

/** A kind's expressions: its labels anywhere (for a value after them), before a value, and its shape just after a label. */
interface Compiled {
  /**
   * The kind's short label words as `SHORT_WORDS_RE` looks for them (undefined when it has none):
   * where this finds none, that search finds none of the kind's either.
   */
  short: RegExp | undefined;
  stems: readonly string[];
  upperStems: readonly string[];
  labelScan: RegExp;
  labelEnd: RegExp;
  shapeAt: RegExp;
}
/** The alternatives of a label expression, longer first: "crime reference" is tried before "crime ref". */
function longestFirst(labels: string): string {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < labels.length; i++) {
    const ch = labels[i];
    if (ch === '\\') i++;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      parts.push(labels.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(labels.slice(from));
  return parts.sort((a, b) => b.length - a.length).join('|');
}

/** Words this long or shorter are looked for whole: their character pairs are in most texts. */
const SHORT_WORD = 4;

const compiled = new WeakMap<IdKind, Compiled>();
function compile(kind: IdKind): Compiled {
  let c = compiled.get(kind);
  if (c === undefined) {
    const head = String.raw`(?<![\w])(?:${longestFirst(kind.labels)})${TAIL}`;
    const stems = kind.words.filter((w) => w.length > SHORT_WORD).map((w) => w.slice(1));
    c = {
      short: shortWordsExpression(
        kind.words.filter((w) => w.length <= SHORT_WORD),
        'iu',
      ),
      stems,
      upperStems: stems.map((w) => w.toUpperCase()),
      labelScan: new RegExp(head, 'gi'),
      labelEnd: new RegExp(`${head}$`),
      shapeAt: new RegExp(kind.shape.source, 'y'),
    };
    compiled.set(kind, c);
  }
  return c;
}

const YEAR_PAIR = /^[A-Z]{4} ?(?:19|20)\d\d ?(?:19|20)\d\d$/;

const LOCAL_KINDS: IdKind[] = [
  {
    type: 'health_plan',
    shape: /(?<![\w-])[A-Z]{4}[ -]?\d{4}[ -]?\d{4}(?![\w-])/g,
    words: ['ramq', 'nam:', 'nam (', 'assurance maladie', 'carte soleil', 'health card', 'health insurance'],
    labels:
      "ramq|nam|no d'assurance maladie|numéro d'assurance maladie|assurance maladie|carte soleil|carte d'assurance maladie|health card|health insurance",
    // Without its label: printed whole or in fours, never a span of two years ("USMC 2001-2012").
    valid: (v) => !v.includes('-') && !YEAR_PAIR.test(v) && ramqValid(v),
    minDigits: 8,
    bare: (ctx) => ctx.hasUpper && ctx.longestDigitRun >= 4,
  },
  {
    // Formatted CPF (123.456.789-09): the check suffices; eleven bare digits need the label too.
    type: 'other_id',
    shape: /(?<![\w.-])\d{3}\.?\d{3}\.?\d{3}-?\d{2}(?![\w-]|[.,]\d)/g,
    words: ['cpf'],
    labels: 'cpf|cadastro de pessoas físicas',
    valid: (v) => /^\d{3}\.\d{3}\.\d{3}-\d{2}$/.test(v) && cpfValid(digitsOnly(v)),
    minDigits: 11,
    bare: (ctx) => ctx.includes('.') && ctx.includes('-'),
  },
  {
    type: 'health_plan',
    shape: /(?<![\w.-])[12789]\d{2}[ .]?\d{4}[ .]?\d{4}[ .]?\d{4}(?![\w-]|[.,]\d)/g,
    words: ['cns', 'sus', 'saúde', 'saude'],
    labels: 'cns|cartão sus|cartao sus|cartão nacional de saúde|cartao nacional de saude|cartão do sus|sus',
    valid: (v) => cnsValid(digitsOnly(v)),
    minDigits: 15,
    bare: (ctx) => ctx.longestDigitRun >= 3,
  },
  {
    type: 'other_id',
    shape:
      /(?<![\w-])[A-Z]{6}[\dLMNPQRSTUV]{2}[ABCDEHLMPRST][\dLMNPQRSTUV]{2}[A-Z][\dLMNPQRSTUV]{3}[A-Z](?![\w-])/g,
    words: ['c.f', 'cf', 'fiscale', 'fisc'],
    labels: 'c\\.f\\.|cf|codice fiscale|cod\\. fisc\\.|cod\\.fisc\\.',
    valid: codiceFiscaleValid,
    minDigits: 7,
    bare: (ctx) => ctx.hasUpper,
  },
  {
    type: 'health_plan',
    shape: /(?<![\w.-])80380[ ]?\d{5}[ ]?\d{5}[ ]?\d{5}(?![\w-]|[.,]\d)/g,
    words: ['tessera', 'team', 'ts'],
    labels: 'tessera sanitaria|tessera|team|ts|n\\. tessera',
    valid: (v) => tesseraValid(digitsOnly(v)),
    minDigits: 20,
    bare: (ctx) => ctx.includes('80380'),
  },
  {
    // Letter and nine digits: one in ten such numbers passes the check, so a bare one needs a
    // text that speaks of German health insurance.
    type: 'health_plan',
    shape: /(?<![\w-])[A-Z]\d{9}(?![\w-])/g,
    words: ['versich', 'kvnr', 'kranken', 'egk'],
    labels:
      'versichertennr\\.?|versichertennummer|versicherten-nr\\.?|vers\\.-nr\\.?|kvnr|krankenversichertennummer|krankenversicherungsnummer|egk-nr\\.?|egk',
    valid: kvnrValid,
    minDigits: 9,
    bare: (ctx) => ctx.mayInclude('ersicher') || ctx.mayInclude('rankenkasse') || ctx.mayInclude('KVNR'),
  },
  {
    // Irish GMS (medical card) number: six to eight digits and a letter or two.
    type: 'health_plan',
    shape: /(?<![\w-])\d{6,8}[A-Z]{1,2}(?![\w-])/g,
    words: ['gms', 'medical card', 'gp visit card'],
    labels: 'gms|gms card|gms no\\.?|medical card|gp visit card',
    minDigits: 6,
  },
  {
    type: 'health_plan',
    shape: REFERENCE,
    words: ['tricare', 'champva'],
    labels: 'tricare|champva|tricare/champva|tricare prime|tricare select',
    minDigits: 5,
    valueDigits: 5,
  },
  {
    // Brazilian council registrations: "CRM PR 781793", "CRM-SP 123456", "COREN 123456".
    type: 'license',
    shape: /(?<![\w-])(?:[A-Z]{2}[ -/])?\d{4,7}(?:[ -/][A-Z]{2})?(?![\w-])/g,
    words: ['crm', 'coren', 'cro'],
    labels: 'crm|coren|cro|crm-[a-z]{2}|crm/[a-z]{2}|coren-[a-z]{2}',
    minDigits: 4,
  },
  {
    type: 'account',
    shape: REFERENCE,
    words: ['polic', 'apólice', 'apolice', 'póliza', 'polizza', 'versicherungsschein'],
    labels:
      "policy|insurance policy|policy holder|apólice|apolice|póliza|poliza|polizza|versicherungsschein|versicherungsscheinnummer|police d'assurance",
    minDigits: 4,
    valueDigits: 4,
  },
  {
    type: 'other_id',
    shape: REFERENCE,
    words: ['police', 'crime', 'incident report', 'occurrence number', 'boletim'],
    labels:
      'police report|police ref|police reference|police case|police incident|incident report|crime report|crime ref|crime reference|crime number|occurrence number|boletim de ocorrência|boletim de ocorrencia',
    minDigits: 4,
    valueDigits: 4,
  },
  {
    // A claim's, an ambulance call-out's or an incident's own number, named with its number word
    // ("Claim reference CLM89822051", "ambulance ref AMB-2207", "incident no. 24-118830"); a sum
    // claimed ("claim 2500 GBP") has no number word.
    type: 'other_id',
    shape: REFERENCE,
    words: ['claim', 'ambulance', 'incident'],
    labels:
      'claim[ \\t]+(?=ref|no|num|id|#)|insurance claim[ \\t]+(?=ref|no|num|id|#)|ambulance[ \\t]+(?=ref|no|num|id|#)|ambulance call[ \\t]+(?=ref|no|num|id|#)|incident[ \\t]+(?=ref|no|num|id|#)',
    minDigits: 4,
    valueDigits: 4,
  },
  {
    type: 'other_id',
    shape: REFERENCE,
    words: ['subject', 'participant', 'screening', 'randomi', 'enrol'],
    labels:
      'subject|trial subject|study subject|participant|study participant|screening|randomisation|randomization|enrolment|enrollment',
    minDigits: 3,
    valueDigits: 3,
  },
  {
    type: 'other_id',
    shape: REFERENCE,
    words: ['service n', 'service #', 'booking', 'inmate', 'military'],
    // "Service: CPT 85025" is a billed service: "service" labels a number only with "no." or "number".
    labels: 'service[ \\t]*(?:no\\.?|number|nr\\.?|#)|military service number|booking|inmate|military id',
    minDigits: 5,
    valueDigits: 5,
  },
  {
    type: 'other_id',
    shape: /(?<![\w-])\d{3,8}[#*]?(?![\w-]|[.,/:]\d)/g,
    words: [
      'gate code',
      'door code',
      'entry code',
      'access code',
      'alarm code',
      'buzzer code',
      'key safe',
      'keysafe',
      'lockbox',
      'lock box',
      'key box',
    ],
    labels:
      'gate code|door code|entry code|access code|alarm code|buzzer code|key safe|key safe code|keysafe|keysafe code|lockbox|lock box|lockbox code|key box code',
    minDigits: 3,
  },
];

const KINDS: readonly IdKind[] = [...LOCAL_KINDS, ...INTL_KINDS];
/** Every kind's label words, looked for at once before any kind's own expressions run. */
const LABELS = new LabelGate(KINDS.map((k) => k.labels));

/** A year, a span of years or a date: what a reference label's value is not ("report 2024"). */
const DATE_OR_YEAR = /^(?:(?:19|20)\d\d(?:-\d{2,4})?|\d{1,4}[-/]\d{1,2}[-/]\d{1,4})$/;

/** The letters a reference may open with ("USMC 1991" is a year after a service's name). */
const LETTERS_BEFORE = /^[A-Z]{1,4}[ -]/;

/** A code system's name before a code ("CPT 99213", "NDC 0002-8215-01"): a code, not a reference. */
const CODE_SYSTEM = /^(?:CPT|NDC|ICD|HCPCS|LOINC|DRG|REV|ATC|SNOMED|MBS|OPCS|ACHI)[ -]/;

/**
 * Whether a label word of the kind may be in the text: each word less its first letter (which
 * may be a capital), in lower case or in capitals.
 */
function mayHoldLabel(ctx: ScanContext, c: Compiled): boolean {
  for (const stem of c.stems) if (ctx.mayInclude(stem)) return true;
  if (ctx.hasUpper) for (const stem of c.upperStems) if (ctx.mayInclude(stem)) return true;
  return false;
}

/**
 * Short label words ("fin", "nin", "lic", "cip"): their letters and pairs are in most texts and
 * inside longer words ("final", "morning", "public"), so all of them are looked for at once,
 * each a word of its own, and a kind runs only when one of its own is found.
 */
const SHORT_KINDS = new Map<string, IdKind[]>();
for (const kind of KINDS)
  for (const w of kind.words)
    if (w.length <= SHORT_WORD) {
      const list = SHORT_KINDS.get(w) ?? [];
      list.push(kind);
      SHORT_KINDS.set(w, list);
    }
/** Short words, each a word of its own, longer first. */
function shortWordsExpression(words: readonly string[], flags: string): RegExp | undefined {
  if (words.length === 0) return undefined;
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${[...words]
      .sort((a, b) => b.length - a.length)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
      .join('|')})(?![\\p{L}])`,
    flags,
  );
}
const SHORT_WORDS_RE = shortWordsExpression([...SHORT_KINDS.keys()], 'giu') as RegExp;

function kindsWithShortWords(text: string): Set<IdKind> {
  const found = new Set<IdKind>();
  SHORT_WORDS_RE.lastIndex = 0;
  for (let m = SHORT_WORDS_RE.exec(text); m !== null; m = SHORT_WORDS_RE.exec(text))
    for (const kind of SHORT_KINDS.get(m[0].toLowerCase()) ?? []) found.add(kind);
  return found;
}

function acceptable(kind: IdKind, value: string): boolean {
  return (
    kind.valueDigits === undefined ||
    (digitCount(value) >= kind.valueDigits &&
      !DATE_OR_YEAR.test(value.replace(LETTERS_BEFORE, '')) &&
      !CODE_SYSTEM.test(value))
  );
}

function push(ctx: ScanContext, kind: IdKind, start: number, end: number): void {
  if (!ctx.skip?.has(kind.type)) ctx.out.push({ start, end, type: kind.type, ruleId: 'national_id' });
}

/** Each label of the kind, and a value of its shape right after it. */
function labelledValues(ctx: ScanContext, kind: IdKind, c: Compiled): void {
  const { text } = ctx;
  c.labelScan.lastIndex = 0;
  for (let m = c.labelScan.exec(text); m !== null; m = c.labelScan.exec(text)) {
    if (m[0].length === 0) {
      c.labelScan.lastIndex++;
      continue;
    }
    c.shapeAt.lastIndex = m.index + m[0].length;
    const v = c.shapeAt.exec(text);
    if (v !== null && acceptable(kind, v[0])) push(ctx, kind, v.index, v.index + v[0].length);
  }
}

/** Values of a checked kind's shape anywhere whose check holds (or whose label stands before them). */
function checkedValues(ctx: ScanContext, kind: IdKind, c: Compiled): void {
  const { text } = ctx;
  const re = kind.shape;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (kind.valid?.(m[0]) && !c.labelEnd.test(before(text, m.index, 48)))
      push(ctx, kind, m.index, m.index + m[0].length);
  }
}

export const nationalIds: Detector = {
  id: 'national_id',
  types: ['health_plan', 'other_id', 'license', 'account', 'ssn', 'mrn'],
  run(ctx: ScanContext) {
    if (ctx.digits < 3 || !ctx.hasSpace) return;
    const possible = LABELS.possible(ctx);
    let short: Set<IdKind> | undefined;
    const shortKinds = (): Set<IdKind> => {
      if (short === undefined) short = kindsWithShortWords(ctx.text);
      return short;
    };
    for (let i = 0; i < KINDS.length; i++) {
      const kind = KINDS[i] as IdKind;
      if (ctx.digits < kind.minDigits) continue;
      const c = compile(kind);
      if (
        possible[i] === 1 &&
        (mayHoldLabel(ctx, c) || (c.short?.test(ctx.text) === true && shortKinds().has(kind)))
      )
        labelledValues(ctx, kind, c);
      if (kind.valid !== undefined && (kind.bare?.(ctx) ?? true)) checkedValues(ctx, kind, c);
    }
  },
};
