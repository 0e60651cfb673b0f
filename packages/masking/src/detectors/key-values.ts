/**
 * Values named by a field label in text, as forms, headers, YAML and XML write them:
 * "City: Brackmoor", "Mother's maiden name: Quell", "postal_code: 02139",
 * "<family>Quenby</family>", `<birthTime value="19410723"/>`. The label is read as a JSON key
 * is (field rules: case-, style- and abbreviation-insensitive), so the value is an identifier
 * whatever it looks like. A person's name must look like one ("Patient: stable" stays).
 */
import { bareNumberType, bareNumberUnder } from '../bare-numbers';
import { isWhiteSpace } from '../char-codes';
import { type FieldRule, ruleHolds } from '../field-rules';
import { PHI_TYPES, type PhiType } from '../types';
import { isCallArgument } from './call-arguments';
import type { Detector, ScanContext } from './detector';
import { COMMON, GIVEN, NEVER, nameDictionaries, SURNAME } from './dictionaries';
import { healthKitDescriptions } from './healthkit';
import { describedTextRule, isPlanKey, planNumberRule } from './json-shapes';
import { isFormLabelWord } from './label-words';
import { isOrganisationName } from './organisations';
import { fhirTokenAlone, queryFields, queryIdentifiers } from './query-strings';
import { looksLikeName } from './standalone-names';
import { isSystemUuid } from './uuid';

/** A label: letters, spaces and a little punctuation, starting with a letter (no digits). */
const LABEL_BODY = /^[A-Za-z][A-Za-z'’ _/.()-]{0,38}$/;
const MAX_LABEL = 40;
const SEPARATORS = [':', '='];

/** '.' or ';' ending the sentence before a label. */
function sentenceEnd(c: number): boolean {
  return c === 0x2e || c === 0x3b;
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** "- GP: …", "* Next of kin: …", "• DOB: …": a list item's bullet at its line's start before the label at `start`. */
function listBullet(text: string, start: number): boolean {
  if (start < 2 || text.charCodeAt(start - 1) !== 0x20) return false;
  const b = text.charCodeAt(start - 2);
  if (b !== 0x2d && b !== 0x2a && b !== 0x2022) return false;
  let k = start - 3;
  while (k >= 0 && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09)) k--;
  return k < 0 || text.charCodeAt(k) === 0x0a;
}

/**
 * Where a label ends before its dot leader, as terminal printouts pad labels to one column
 * ("SSN........: …", "ADM DT/TM..: …"): two dots at least (one is an abbreviation's, "Addr.:").
 */
function beforeDotLeader(text: string, end: number): number {
  let k = end;
  while (k > 0 && text.charCodeAt(k - 1) === 0x2e) k--;
  if (end - k < 2) return end;
  // "Patient .......... ": the blanks between the label and its dots.
  while (k > 0 && (text.charCodeAt(k - 1) === 0x20 || text.charCodeAt(k - 1) === 0x09)) k--;
  return k;
}

/** A dot leader of four dots or more, then blanks and the value: "Guarantor .......... Ann Roe". */
const DOT_LEADER = /(?<!\.)\.{4,}[ \t]+(?=[^\s.:])/g;

/**
 * Whether a key of an object literal written as text starts at `start`: after its opening brace
 * ("{ssn: '…'", "{ dob: …") or after a comma and a blank with that brace earlier on the line
 * and not closed ("{ssn: '…', lastName: `…`}"), as code, logs and JSON5 write records.
 */
function objectKeyStart(text: string, start: number): boolean {
  const c = text.charCodeAt(start - 1);
  if (c === 0x7b) return true;
  if (c !== 0x20) return false;
  const b = text.charCodeAt(start - 2);
  if (b === 0x7b) return true;
  if (b !== 0x2c) return false;
  const floor = Math.max(0, start - 200);
  for (let k = start - 3; k >= floor; k--) {
    const d = text.charCodeAt(k);
    if (d === 0x7b) return true;
    if (d === 0x7d || d === 0x0a) return false;
  }
  return false;
}

/**
 * The label ending before the colon or equals sign at `sep`, when it starts a line or follows
 * a wide gap, a tab or a bar: "DOB: …", "  Home Phone = …", "| Zip: …". Driven by the
 * separators, so a text costs a scan for ':' and '=' and a few characters around each.
 */
/** Where a label ends before the bracketed qualifier closing at `end` (up to 60 characters on its line), or `end`. */
function beforeQualifier(text: string, end: number): number {
  const floor = Math.max(0, end - 62);
  for (let k = end - 2; k > floor; k--) {
    const c = text.charCodeAt(k);
    if (c === 0x0a || c === 0x29 || c === 0x3a) return end;
    if (c !== 0x28) continue;
    let e = k;
    while (e > 0 && text.charCodeAt(e - 1) === 0x20) e--;
    return e < k && isLetter(text.charCodeAt(e - 1)) ? e : end;
  }
  return end;
}

/** Whether the label before the separator at `sep` ends in a closing bracket ("Key (mrn)="). */
function closesBracket(text: string, sep: number): boolean {
  let end = sep;
  while (end > 0 && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x09)) end--;
  return text.charCodeAt(end - 1) === 0x29;
}

function labelBefore(text: string, sep: number, qualifier = true): string | undefined {
  let end = sep;
  while (end > 0 && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x09)) end--;
  end = beforeDotLeader(text, end);
  // "Driver license (TX): …", "Participant ID (if enrolled at university): …": a bracketed
  // qualifier after the label says which or when; the label is the words before it.
  if (qualifier && text.charCodeAt(end - 1) === 0x29) end = beforeQualifier(text, end);
  const last = text.charCodeAt(end - 1);
  if (!(isLetter(last) || last === 0x29)) return undefined;
  let start = end - 1;
  const floor = Math.max(0, end - MAX_LABEL);
  while (start > floor) {
    const c = text.charCodeAt(start - 1);
    if (c === 0x0a || c === 0x0d || c === 0x09 || c === 0x7c) break;
    if (c === 0x20 && (text.charCodeAt(start - 2) === 0x20 || listBullet(text, start))) break;
    // "… 159 mg/dL. Family: …": a label opening a sentence in a dense note.
    if (c === 0x20 && sentenceEnd(text.charCodeAt(start - 2)) && isUpper(text.charCodeAt(start))) break;
    // "dob=07/01/1966; city=Lowell": fields of one line set apart by semicolons.
    if (c === 0x20 && text.charCodeAt(start - 2) === 0x3b) break;
    if (objectKeyStart(text, start)) break;
    start--;
  }
  if (start > 0) {
    const c = text.charCodeAt(start - 1);
    const gap =
      listBullet(text, start) ||
      c === 0x0a ||
      c === 0x0d ||
      c === 0x09 ||
      c === 0x7c ||
      (c === 0x20 && text.charCodeAt(start - 2) === 0x20) ||
      (c === 0x20 && sentenceEnd(text.charCodeAt(start - 2)) && isUpper(text.charCodeAt(start))) ||
      (c === 0x20 && text.charCodeAt(start - 2) === 0x3b) ||
      objectKeyStart(text, start);
    if (!gap) return undefined;
  }
  while (start < end && text.charCodeAt(start) === 0x20) start++;
  const label = text.slice(start, end);
  return LABEL_BODY.test(label) ? label : undefined;
}

/** Where a value ends: end of line, a wide gap, a tab, a bar, the next "Label:" or a closing tag. */
const VALUE_END = /\n|\t| {2,}| \| |;\s|<\/|<[a-z]/;
const MAX_VALUE = 80;
/**
 * A person's name as a form writes it: capitalized words, particles between them ("Ferrer i
 * Puig", "Mac an tSaoir", "van ’t Hof"), or parts joined by '^' as DICOM and HL7 write them
 * ("TER HORST^GURPREET").
 */
const PERSON_NAME =
  /^[\p{Lu}][\p{L}\p{M}'’.-]*(?:(?:,?\s+|\^{1,2})(?:[\p{Lu}][\p{L}\p{M}'’.-]*|\p{Ll}{1,2}\p{Lu}[\p{L}\p{M}'’-]*|de|del|della|da|dos|das|do|du|van|von|der|den|ten|ter|la|le|di|bin|bint|ibn|al|el|y|i|e|an|['’]t))*\^*$/u;
/**
 * A name typed in lower case ("osvaldo thistlewood", "mei-ling o'dwyer"): two or three words of
 * small letters, one of them a name of the lists ("Name: osvaldo thistlewood"): common and
 * clinical words do not count ("Patient: stable overnight"), nor words no list knows, which are
 * as often a drug's ("Infant: caffeine citrate 5 mg/kg").
 */
const LOWER_NAME = /^\p{Ll}[\p{Ll}\p{M}'’-]+(?:[ \t]\p{Ll}[\p{Ll}\p{M}'’-]+){1,2}$/u;
/** Lower-case particles opening a family name, before its first capital. */
const LEADING_PARTICLES =
  /^(?:(?:de|del|della|da|dos|das|do|du|van|von|der|den|ten|ter|la|le|di|bin|bint|ibn|al|el|y)\s+)+(?=\p{Lu})/u;
const NAME_LABEL = /name|patient|insured|subscriber|guarantor|member|contact|guardian|spouse|mother|father/i;
/** Types a label decides (a URL, an IP address or a photo name is found by its own shape). */
const LABEL_TYPES: ReadonlySet<PhiType> = new Set(
  PHI_TYPES.filter((t) => t !== 'url' && t !== 'ip' && t !== 'photo'),
);

/** A label OCR broke inside one word ("Pat ient", "Guaran tor"): two pieces of letters, one blank between. */
const BROKEN_LABEL = /^[A-Za-z]{2,8} [A-Za-z]{2,8}$/;

function ruleForLabel(ctx: ScanContext, label: string, siblings: readonly string[]): FieldRule | undefined {
  const trimmed = label.trim();
  let rule = ctx.fields.ruleFor(trimmed, undefined, siblings);
  // "Pat ient:": read the label as the one word its pieces make when they are no label apart.
  if (!rule && BROKEN_LABEL.test(trimmed))
    rule = ctx.fields.ruleFor(trimmed.replace(' ', ''), undefined, siblings);
  if (rule || !NAME_LABEL.test(label)) return rule;
  // "Name:", "Patient Name:", "Name of deceased:" in a text: a form about a person.
  return /(?:^|[\s_-])name(?:\s+of(?:\s+(?:the|a))?\s+[A-Za-z]+)?$/i.test(label.trim())
    ? { type: 'name', ruleId: 'field:name' }
    : undefined;
}

/** Values that say there is nothing: "n/a", "none", "unknown". */
const NOTHING = /^(?:n\/?a|none|null|nil|unknown|unk|not applicable|not available|declined|tbd|-+)$/i;

/**
 * Labels that name a person outright ("Patient:", "Pt:", "Caller:", "Emergency contact:"): after
 * one, two or three lower-case words no list knows are the person's name ("Patient: jozefina
 * whitlock"), as they are not after a label of another kind ("Infant: caffeine citrate").
 */
const PERSON_LABEL = /(?:^|[\s_-])(?:name|patient|pt|caller|guarantor|contact|subscriber|insured|family)$/i;

/**
 * Whether `value` can be what the rule says (a label names a field, not always a value); `label`,
 * where known, lets a person's label take a name of words no list knows.
 */
function plausible(rule: FieldRule, value: string, label?: string): boolean {
  if (!/[\p{L}\p{N}]/u.test(value) || NOTHING.test(value) || !ruleHolds(rule, value)) return false;
  const type = rule.type;
  switch (type) {
    case 'name': {
      // "de la Rosa", "van der Berg, Ann": a family name may open with its particles.
      const name = value.replace(LEADING_PARTICLES, '');
      if (value.length > 60) return false;
      if (LOWER_NAME.test(value))
        return looksLikeName(
          value.split(/\s+/),
          false,
          false,
          label !== undefined && PERSON_LABEL.test(label.trim()),
        );
      return PERSON_NAME.test(name) && !onlyWords(name);
    }
    case 'age':
      return Number.parseInt(value, 10) >= 90;
    case 'date':
    case 'phone':
    case 'fax':
    case 'zip':
    case 'ssn':
      return /\d/.test(value);
    case 'mrn':
    case 'health_plan':
    case 'account':
    case 'license':
    case 'vehicle':
    case 'device':
    case 'other_id':
      if (isSystemUuid(type, value)) return false;
      // Words between spaces are a phrase; digit groups ("3809 47645 8") are one number.
      return /\d/.test(value) && (!/\s\S+\s/.test(value) || /^\d+(?: \d+)+$/.test(value));
    default:
      return true;
  }
}

/** Endings of English words that are rarely a name's. */
export const ENGLISH_ENDING = /(?:ing|ed|ly|tion|sion|ment|ness|ous|ive|able|ible|ful|less|ity)$/;

/** Every word a common or clinical word and none a known name: "Improving", "Full Code". */
function onlyWords(value: string): boolean {
  const d = nameDictionaries();
  for (const w of value.toLowerCase().split(/[\s,.]+/)) {
    if (w.length === 0) continue;
    const f = d.flags.get(w) ?? 0;
    if (f & (GIVEN | SURNAME) || !(f & (COMMON | NEVER) || ENGLISH_ENDING.test(w))) return false;
  }
  return true;
}

/** Inside a value of these types a comma or bracket ends it ("SSN: 900-12-3456, born …"). */
const SHORT_VALUE_END = /[,;)]|\s\(|\.\s/;
const DATE_VALUE_END = /,(?! \d{4}\b)|[;)]|\s\(|\.\s/;

/** A name opening with a title of address. */
const TITLED = /^(?:Dr|Prof|Mr|Mrs|Ms|Mx|Miss|Sr|Fr|Rev)\.?\s/;

/** A word after a blank in `rest`, with what follows it. */
const LATER_WORD = /\s+([\p{L}.]+)/gu;

/** Where the first form label word after the value's first word stands ("Age", "DOB", "Sex"), or its length. */
function formLabelAt(rest: string): number {
  LATER_WORD.lastIndex = 0;
  for (let m = LATER_WORD.exec(rest); m !== null; m = LATER_WORD.exec(rest))
    if (isFormLabelWord(m[1] as string)) return m.index;
  return rest.length;
}

/** A verb after a name's words, never one of them: "… called x2", "… phoned re meds", "… is aware". */
const VERB_AFTER_NAME =
  /(?<=\S)[ \t]+(?:called|phoned|rang|texted|emailed|visited|visits|wants|wanted|requests|requested|asks|asked|states|stated|says|said|updated|notified|is|was|has|had|will|would)(?![\p{L}\p{M}'’-])/u;

/**
 * Where the value of a YAML block scalar whose indicator is at `at` starts ('|' or '>', a
 * chomping sign, an indentation digit, the line's end, then the first indented line's text),
 * or -1 when the mark is no such indicator.
 */
function blockScalarValue(text: string, at: number): number {
  let k = at + 1;
  if (text.charCodeAt(k) === 0x2d || text.charCodeAt(k) === 0x2b) k++;
  if (text.charCodeAt(k) >= 0x31 && text.charCodeAt(k) <= 0x39) k++;
  while (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09) k++;
  if (text.charCodeAt(k) === 0x0d) k++;
  if (text.charCodeAt(k) !== 0x0a) return -1;
  const indent = ++k;
  while (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09) k++;
  return k > indent && k < text.length && !isWhiteSpace(text.charCodeAt(k)) ? k : -1;
}

/** A quote a value is written in: ', " or a backtick. */
function isQuote(c: number): boolean {
  return c === 0x27 || c === 0x22 || c === 0x60;
}

function valueEnd(text: string, start: number, type: PhiType): number {
  const limit = Math.min(text.length, start + MAX_VALUE);
  let rest = text.slice(start, limit);
  const stop = VALUE_END.exec(rest);
  if (stop) rest = rest.slice(0, stop.index);
  // "{ssn: '900123456'}": a quoted value ends with its closing quote.
  if (isQuote(rest.charCodeAt(0))) {
    const close = rest.indexOf(rest.charAt(0), 1);
    if (close > 1) rest = rest.slice(0, close + 1);
  }
  // "Family: Anneliese Quell 559.628.5470": a number after a name starts something else.
  if (type === 'name') {
    // "Family: halvard whitlock called x2": what the person did or is starts the sentence's rest.
    const verb = VERB_AFTER_NAME.exec(rest);
    if (verb) rest = rest.slice(0, verb.index);
    // "Prepared by: Ann Roe, supervisor": a role or a credential in lower case after the name.
    const role = /,\s+\p{Ll}/u.exec(rest);
    if (role) rest = rest.slice(0, role.index);
    // "REPORTER: Dr M. Ashdown, Cedars-Sinai": after a title the name is not "Last, First"; its workplace follows.
    if (TITLED.test(rest) && rest.includes(',')) rest = rest.slice(0, rest.indexOf(','));
    const number = /\s[+(]?\d/.exec(rest);
    // Two words at least before it: "PATIENT: I'm 92, …" is a sentence, not a name.
    if (number && rest.slice(0, number.index).trim().includes(' ')) rest = rest.slice(0, number.index);
    // "Patient: John Smith Age 45 y/o": a form's next label ends the name.
    rest = rest.slice(0, formLabelAt(rest));
  }
  if (type !== 'name' && type !== 'street_address') {
    const short = (type === 'date' ? DATE_VALUE_END : SHORT_VALUE_END).exec(rest);
    if (short) rest = rest.slice(0, short.index);
    // "MRN:00412 DOB:1950-01-02": a word after a space starts something else (digit groups stay).
    const word = /\s(?=[^\d\s])/.exec(rest);
    if (word && type !== 'date' && type !== 'geo') rest = rest.slice(0, word.index);
  }
  let end = start + rest.length;
  // Sentence punctuation and an opening bracket end a value: "DOB: 1/2/1950 (age 74)."
  const paren = rest.indexOf(' (');
  if (paren >= 0 && start + paren < end) end = start + paren;
  // "First: Dageluo _", "First: Ulfynnette:": a form's blank line or a stray mark OCR read after a name;
  // "{lastName: Quellwood}": the brace closing a record written as text.
  const trailing = type === 'name' ? /[\s.,;_|:~}]/ : /[\s.,;}]/;
  while (end > start && trailing.test(text[end - 1] as string)) end--;
  return end;
}

function labelledLines(ctx: ScanContext): void {
  if (ctx.includes('=')) {
    queryIdentifiers(ctx);
    if (ctx.includes('?')) queryFields(ctx, plausible);
  }
  const text = ctx.text;
  const labels: { label: string; at: number; whole?: string }[] = [];
  const blocks: { label: string; at: number }[] = [];
  for (const sep of SEPARATORS) {
    for (let i = text.indexOf(sep); i >= 0; i = text.indexOf(sep, i + 1)) {
      let at = i + 1;
      while (at < text.length && (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x09)) at++;
      // "ssn: >⏎  900123456", "note: |-⏎  …": a YAML block scalar, its value on the indented line below.
      if (sep === ':' && (text.charCodeAt(at) === 0x7c || text.charCodeAt(at) === 0x3e)) {
        const value = blockScalarValue(text, at);
        const label = value < 0 ? undefined : labelBefore(text, i);
        if (label !== undefined) labels.push({ label, at: value });
        if (value >= 0) continue;
      }
      const next = text.charCodeAt(at);
      if (next === 0x0a || next === 0x0d) {
        // "ADDR:⏎      NO. 62, JALAN TUN RAZAK⏎      59267 AMPANG": the value on the indented lines below.
        const label = labelBefore(text, i);
        if (label !== undefined) blocks.push({ label, at });
        continue;
      }
      // "https://", a value-less label at the end of a line, "==".
      if (at >= text.length || next === 0x2f || next === 0x3d) continue;
      const label = labelBefore(text, i);
      // "Key (mrn)=(…)": a bracket closing the label may hold the field's own name, as a database's
      // constraint message writes it; the whole label is read when the words before it say nothing.
      const whole = label !== undefined && closesBracket(text, i) ? labelBefore(text, i, false) : undefined;
      // "- get_patient(mrn=…)": a call's keyword argument, read with the call's other arguments.
      if (label !== undefined && !(sep === '=' && isCallArgument(label))) labels.push({ label, at, whole });
    }
  }
  if (ctx.includes('....')) dotLeaderLabels(text, labels);
  for (const { label, at } of blocks) indentedBlock(ctx, label, at);
  if (labels.length === 0) return;
  const siblings = labels.map((l) => l.label);
  for (const { label, at, whole } of labels) {
    if (label.includes('/') && pairedValues(ctx, label, at)) continue;
    let rule = ruleForLabel(ctx, label, siblings);
    let named = label;
    if (!rule && whole) {
      rule = ruleForLabel(ctx, whole, siblings);
      named = whole;
    }
    if (!rule) planNumberAfterPayer(ctx, label, at);
    if (!rule || !LABEL_TYPES.has(rule.type) || ctx.skip?.has(rule.type)) continue;
    let start = at;
    let end = valueEnd(text, at, rule.type);
    // "lastName: 'Quellwood'": the value inside its quotes.
    if (end - at > 2 && isQuote(text.charCodeAt(at)) && text.charCodeAt(end - 1) === text.charCodeAt(at)) {
      start++;
      end--;
    }
    if (end <= start || !plausible(rule, text.slice(start, end), named)) continue;
    ctx.out.push({ start, end, type: rule.type, ruleId: 'labelled_value' });
  }
}

/**
 * Labels padded to one column with a dot leader and no colon, as printed face sheets write them
 * ("Emergency contact .......... Ann Roe, sister"): each label and where its value starts.
 */
function dotLeaderLabels(text: string, labels: { label: string; at: number }[]): void {
  DOT_LEADER.lastIndex = 0;
  for (let m = DOT_LEADER.exec(text); m !== null; m = DOT_LEADER.exec(text)) {
    const dots = m.index + m[0].trimEnd().length;
    const label = labelBefore(text, dots);
    if (label !== undefined) labels.push({ label, at: m.index + m[0].length });
  }
}

/** A value's parts set apart by a slash with blanks around it ("14-JUN-1929 / 96"). */
const PAIR_SEPARATOR = / \/ /g;

/**
 * "DOB/AGE : 14-JUN-1929 / 96", "HT/WT: 170 cm / 82 kg": a label naming two fields over a value
 * of as many parts, each part typed by its own field. Whether the label was read so.
 */
function pairedValues(ctx: ScanContext, label: string, at: number): boolean {
  const names = label.split('/').map((n) => n.trim());
  if (names.length < 2 || names.length > 3 || names.some((n) => n.length === 0)) return false;
  const line = ctx.text.slice(at, valueEnd(ctx.text, at, 'street_address'));
  const parts = line.split(PAIR_SEPARATOR);
  if (parts.length !== names.length) return false;
  let offset = at;
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k] as string;
    const rule = ruleForLabel(ctx, names[k] as string, names);
    const end = offset + part.trimEnd().length;
    if (rule && LABEL_TYPES.has(rule.type) && !ctx.skip?.has(rule.type) && plausible(rule, part.trim()))
      ctx.out.push({ start: offset, end, type: rule.type, ruleId: 'labelled_value' });
    offset += part.length + 3;
  }
  return true;
}

/**
 * A member number under an insurance label: after the payer's name ("INS: Gila River Health
 * #MBV14697024"), or alone, opening the value ("Ins: CD8187974  SSN …").
 */
const NUMBER_AFTER_PAYER = /#\s?([A-Za-z0-9][A-Za-z0-9-]{4,19})\b/;
const NUMBER_ALONE = /^[ \t]*([A-Za-z0-9][A-Za-z0-9-]{4,19})(?=[ \t]{2}|[ \t]*$)/;

function planNumberAfterPayer(ctx: ScanContext, label: string, at: number): void {
  if (!isPlanKey(expandedLabel(label)) || ctx.skip?.has('health_plan')) return;
  const value = ctx.text.slice(at, valueEnd(ctx.text, at, 'street_address'));
  const m = NUMBER_AFTER_PAYER.exec(value) ?? NUMBER_ALONE.exec(value);
  const number = m?.[1];
  if (!m || number === undefined || !planNumberRule('plan', number)) return;
  const start = at + m.index + m[0].length - number.length;
  ctx.out.push({ start, end: start + number.length, type: 'health_plan', ruleId: 'labelled_value' });
}

/** "INS", "Ins." as the payer's label. */
function expandedLabel(label: string): string {
  return label.trim().replace(/\.$/, '');
}

/** A Slack link (`<url|label>`) into a person's chart: the URL names a patient, a chart, a visit or an encounter. */
const CHART_LINK = /<(https?:\/\/[^\s|<>]{1,300})\|([^<>|\n]{2,60})>/g;
const CHART_PATH =
  /\/(?:patients?|charts?|visits?|encounters?|mychart|members?)\/|[?&](?:pid|mrn|patient(?:_?id)?|chart)=/i;
const NAME_RULE: FieldRule = { type: 'name', ruleId: 'field:name' };

/** `<https://ehr.example/patients/0041/summary|ROE, ANN>`: a chart link's label is the person's name when it looks like one. */
function chartLinkLabels(ctx: ScanContext): void {
  if (ctx.skip?.has('name')) return;
  for (const m of ctx.text.matchAll(CHART_LINK)) {
    const label = (m[2] as string).trim();
    if (!CHART_PATH.test(m[1] as string) || !plausible(NAME_RULE, label)) continue;
    const start = (m.index ?? 0) + 1 + (m[1] as string).length + 1 + (m[2] as string).indexOf(label);
    ctx.out.push({ start, end: start + label.length, type: 'name', ruleId: 'labelled_value' });
  }
}

/**
 * A logfmt pair: a key, '=', a value quoted (with blanks; its quotes escaped when the line is
 * itself a JSON string: `name=\"ROE, ANN\"`) or bare (up to a blank). The match starts at the
 * '=' and reads its key in a look-behind (a line's start or a blank before it), so the search
 * goes from one '=' to the next instead of trying a key at every character.
 */
const LOGFMT_PAIR =
  /=(?<=(?:^|[ \t])([A-Za-z_][\w.-]{0,39})=)(?:"([^"\n]{0,80})"|'([^'\n]{0,80})'|\\"([^"\\\n]{0,80})\\"|([^\s"'=\\]{1,80}))(?=[ \t"]|\\"|$)/gm;

const BIOMETRIC_EVENT =
  /\b(?:palm|vein|fingerprint|finger|iris|retina|face|facial|voiceprint|biometric|identity[ \t]+(?:match|matched|verification|verified))\b/i;

/**
 * Log lines in logfmt (`level=info msg="duplicate" name='ROE, ANN' dob=… mrn=…`): with three
 * pairs at least on a line, or two of which one is quoted (`lookup hit name="Ann Roe" dob=…`),
 * each key is read as a label, a quoted value whole.
 */
function logfmtPairs(ctx: ScanContext): void {
  const text = ctx.text;
  // Two '=' at least before the expression runs.
  if (text.indexOf('=', text.indexOf('=') + 1) < 0) return;
  const pairs = [...text.matchAll(LOGFMT_PAIR)];
  if (pairs.length < 2 || (pairs.length < 3 && !pairs.some((m) => m[5] === undefined))) return;
  const keys = pairs.map((m) => m[1] as string);
  // A line about a biometric match or enrolment: its generic keys (template, id) are the person's biometric.
  const parent = BIOMETRIC_EVENT.test(text) ? 'biometric' : undefined;
  for (const m of pairs) {
    const value = m[2] ?? m[3] ?? m[4] ?? m[5];
    if (value === undefined || value.length === 0) continue;
    // A request's UUID on such a line is the system's (`id=<uuid>`), no one's template.
    const rule =
      ruleForLabel(ctx, m[1] as string, keys) ??
      (parent && !isSystemUuid('other_id', value)
        ? ctx.fields.ruleFor(m[1] as string, parent, keys)
        : undefined);
    const quote = m[5] !== undefined ? 0 : m[4] !== undefined ? 2 : 1;
    const start = (m.index ?? 0) + 1 + quote;
    const type = labelledType(ctx, m[1] as string, rule, value, keys);
    if (type) ctx.out.push({ start, end: start + value.length, type, ruleId: 'labelled_value' });
  }
}

/** Up to three lines indented under a label: an address printed as a block. */
const INDENTED_LINES = /^(?:\r?\n[ \t]+[^\s][^\n]{0,78})+/;
/** A line of a nested record ("  chart_ref: …" in YAML), not a line of an address. */
const KEYED_LINE = /^[ \t]*[\w .-]{1,40}:(?:\s|$)/m;

function indentedBlock(ctx: ScanContext, label: string, at: number): void {
  const rule = ruleForLabel(ctx, label, []);
  if (rule?.type !== 'street_address' || ctx.skip?.has(rule.type)) return;
  const block = INDENTED_LINES.exec(ctx.text.slice(at, at + 256));
  if (!block || KEYED_LINE.test(block[0])) return;
  let offset = at;
  for (const line of block[0].split('\n').slice(1, 4)) {
    offset = ctx.text.indexOf(line, offset);
    const start = offset + (line.length - line.trimStart().length);
    const end = offset + line.trimEnd().length;
    if (end > start && /[\p{L}\p{N}]/u.test(ctx.text.slice(start, end)))
      ctx.out.push({ start, end, type: rule.type, ruleId: 'labelled_value' });
    offset += line.length;
  }
}

/**
 * JSON written as text (a tool's answer in `content[].text`, a test's diff in a log):
 * `"dob": "1941-07-23"`, `"plan":"W260846074"`, `"age": 94,`, `{ "ssn" : … }`, and the same
 * record as Python prints a dict (`{'ssn': '…', 'name': "O'Dwyer"}`). The key is read as a
 * label is; "plan", "insurance" and "coverage", which also name care plans and yes/no answers,
 * only when the value is shaped like a number. A value is a string or a JSON number's digits.
 */
const QUOTED_PAIR_RE =
  /(["'])([A-Za-z][\w .-]{0,38})\1\s*:\s*(?:"([^"\\\n]{1,80})"|'([^'\\\n]{1,80})'|(\d{2,20})(?![\w.]))/dg;
/** What a quoted key before its colon ends with, a blank between or not. */
const QUOTED_KEY_ENDS = ['":', '" :', "':", "' :"];

/** The key of the object a pair at `keyAt` is in: `"patient":{"id":"…"` → "patient". */
function parentKeyBefore(text: string, keyAt: number): string | undefined {
  const from = Math.max(0, keyAt - 240);
  const open = text.lastIndexOf('{', keyAt);
  if (open < from || text.lastIndexOf('}', keyAt) > open) return undefined;
  return /"([A-Za-z][\w-]{0,38})"\s*:\s*$/.exec(text.slice(Math.max(0, open - 48), open))?.[1];
}

function parentRule(ctx: ScanContext, key: string, keyAt: number, siblings: string[]): FieldRule | undefined {
  const parent = parentKeyBefore(ctx.text, keyAt);
  return parent === undefined ? undefined : ctx.fields.ruleFor(key, parent, siblings);
}

/** `"system":"…/sid/mrn","value":"…"`: a value described by the pair right before it. */
const DESCRIBED_VALUE_KEY = /^value(?:string|code|identifier)?$/i;
const DESCRIPTOR_GAP = /^"\s*,\s*$/;

/** A key and an array of a few strings: FHIR's `"given":["Tamsin","Delva"]`, `"prefix":["Dr"]`. */
const QUOTED_ARRAY_RE =
  /"([A-Za-z][\w .-]{0,38})"\s*:\s*\[\s*("[^"\\\n]{1,80}"(?:\s*,\s*"[^"\\\n]{1,80}"){0,5})\s*\]/dg;
const ARRAY_ITEM_RE = /"([^"\\\n]{1,80})"/dg;

/** Adds each string of a key's array to `pairs`, as that key's value. */
function arrayPairs(text: string, pairs: { key: string; keyAt: number; start: number; end: number }[]): void {
  QUOTED_ARRAY_RE.lastIndex = 0;
  for (let m = QUOTED_ARRAY_RE.exec(text); m !== null; m = QUOTED_ARRAY_RE.exec(text)) {
    const items = m[2] as string;
    const from = m.indices?.[2]?.[0] ?? 0;
    ARRAY_ITEM_RE.lastIndex = 0;
    for (let item = ARRAY_ITEM_RE.exec(items); item !== null; item = ARRAY_ITEM_RE.exec(items)) {
      const span = item.indices?.[1];
      if (span)
        pairs.push({ key: m[1] as string, keyAt: m.index, start: from + span[0], end: from + span[1] });
    }
  }
}

function quotedPairs(ctx: ScanContext): void {
  const text = ctx.text;
  const pairs: { key: string; keyAt: number; start: number; end: number }[] = [];
  const re = QUOTED_PAIR_RE;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const span = m.indices?.[3] ?? m.indices?.[4] ?? m.indices?.[5];
    if (span) pairs.push({ key: m[2] as string, keyAt: m.index, start: span[0], end: span[1] });
  }
  if (ctx.includes('":[') || ctx.includes('": [')) {
    arrayPairs(text, pairs);
    pairs.sort((a, b) => a.start - b.start);
  }
  const siblings = pairs.map((p) => p.key);
  for (let k = 0; k < pairs.length; k++) {
    const { key, keyAt, start, end } = pairs[k] as (typeof pairs)[number];
    const value = text.slice(start, end);
    const previous = pairs[k - 1];
    const rule =
      ctx.fields.ruleFor(key, undefined, siblings) ??
      planNumberRule(key, value) ??
      (previous && DESCRIBED_VALUE_KEY.test(key) && DESCRIPTOR_GAP.test(text.slice(previous.end, keyAt))
        ? describedTextRule(ctx.fields, previous.key, text.slice(previous.start, previous.end))
        : undefined) ??
      (key === 'id' || key === 'identifier' ? parentRule(ctx, key, keyAt, siblings) : undefined);
    const type = labelledType(ctx, key, rule, value, siblings);
    if (type) ctx.out.push({ start, end, type, ruleId: 'labelled_value' });
  }
}

/**
 * The type of a key's value: its rule's, when the value can be what the rule says; else a
 * person's number by its shape under a key that says nothing ("args.arg1=X3160080") or under a
 * person's role ("patient": "5897977": the person's number, not their name).
 */
function labelledType(
  ctx: ScanContext,
  key: string,
  rule: FieldRule | undefined,
  value: string,
  siblings: readonly string[],
): PhiType | undefined {
  if (rule && LABEL_TYPES.has(rule.type) && !ctx.skip?.has(rule.type) && plausible(rule, value))
    return rule.type;
  const type =
    rule?.type === 'name' ? bareNumberType(value) : rule ? undefined : bareNumberUnder(key, value, siblings);
  return type && !ctx.skip?.has(type) ? type : undefined;
}

/** `<given>Quenby</given>`, `<birthTime value="19410723"/>`, `<postalCode>02139</postalCode>`. */
const XML_ELEMENT_RE = /<([A-Za-z][\w.:-]{0,40})((?:\s+[\w:.-]+="[^"<>]{0,200}")*)\s*(\/?)>/g;
const XML_VALUE_ATTR = /\s(?:extension|value)="([^"<>]{1,200})"/d;

function xmlElements(ctx: ScanContext): void {
  const text = ctx.text;
  const re = XML_ELEMENT_RE;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const tag = m[1] as string;
    const local = tag.slice(tag.indexOf(':') + 1);
    const rule =
      ctx.fields.ruleFor(local, undefined, []) ??
      xmlPeriodRule(ctx, text, local, m.index) ??
      xmlNameRule(local) ??
      (local === 'name' ? xmlPersonNameRule(ctx, text, m.index) : undefined) ??
      (local === 'display' ? xmlDisplayRule(ctx, text, m.index) : undefined) ??
      xmlIdRule(text, m) ??
      (local === 'value' ? xmlDescribedRule(ctx, m.index) : undefined);
    if (m[2]) namedAttributes(ctx, m);
    if (!rule || ctx.skip?.has(rule.type)) continue;
    const attrs = m[2] as string;
    const attr = attrs ? XML_VALUE_ATTR.exec(attrs) : null;
    if (attr?.indices?.[1]) {
      const at = m.index + 1 + tag.length + (attr.indices[1][0] as number);
      const value = attr[1] as string;
      if (plausible(rule, value))
        ctx.out.push({ start: at, end: at + value.length, type: rule.type, ruleId: 'xml_field' });
      continue;
    }
    if (m[3] === '/') continue;
    const start = m.index + m[0].length;
    const close = text.indexOf('<', start);
    if (close < 0 || close - start > MAX_VALUE) continue;
    let s = start;
    let e = close;
    while (s < e && isWhiteSpace(text.charCodeAt(s))) s++;
    while (e > s && isWhiteSpace(text.charCodeAt(e - 1))) e--;
    if (e > s && plausible(rule, text.slice(s, e)))
      ctx.out.push({ start: s, end: e, type: rule.type, ruleId: 'xml_field' });
  }
}

/**
 * An HTML row or definition naming its value: `<th>Name</th><td>Roe, Ann</td>`, `<dt>City</dt>
 * <dd>Lowell</dd>`, or a row's first data cell as its label (`<tr><td>SSN</td><td>…`). The
 * header cell is read as a label is; the value is the data cell's text up to its first tag.
 */
const HTML_PAIR_RE =
  /(?:<(th|dt)\b[^<>]{0,80}>|<tr\b[^<>]{0,80}>\s*<td\b[^<>]{0,80}>)\s*([A-Za-z][^<>]{0,40}?)\s*:?\s*<\/(?:th|dt|td)>\s*<(?:td|dd)\b[^<>]{0,80}>\s*([^<>\s][^<>]{0,119})/gi;

const ROW_END = /^\s*<\/td>\s*<\/tr>/i;

function htmlPairs(ctx: ScanContext): void {
  const text = ctx.text;
  HTML_PAIR_RE.lastIndex = 0;
  for (let m = HTML_PAIR_RE.exec(text); m !== null; m = HTML_PAIR_RE.exec(text)) {
    // A data cell is a label only in a row of two cells: a row of more is a table's header or data.
    if (m[1] === undefined && !ROW_END.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40)))
      continue;
    const rule = ruleForLabel(ctx, m[2] as string, []);
    if (!rule || !LABEL_TYPES.has(rule.type) || ctx.skip?.has(rule.type)) continue;
    const start = m.index + m[0].length - (m[3] as string).length;
    // Up to the cell's first tag, and where a value of its type ends ("07/21/1964 (61 yrs)").
    const end = valueEnd(text, start, rule.type);
    if (end > start && plausible(rule, text.slice(start, end)))
      ctx.out.push({ start, end, type: rule.type, ruleId: 'labelled_value' });
  }
}

/**
 * A heading over a list or a table of a person's fields (`<h3>Ann Roe</h3><dl><dt>DOB</dt>…`,
 * `<caption>ROE, ANN</caption><tr><th>MRN</th>`): the heading is that person's name when the
 * first field names an identifier of a person and the heading reads as a name.
 */
const HEADING_OVER_FIELDS =
  /<(h[1-6]|caption|legend|strong|b)\b[^<>]{0,80}>\s*([^<>\s][^<>]{0,78}?)\s*<\/\1>\s*(?:<\/?(?:div|dl|table|thead|tbody|tr|ul|p)\b[^<>]{0,80}>\s*){0,4}<(?:dt|th|li|td|b|strong)\b[^<>]{0,80}>\s*([A-Za-z][^<>]{0,40}?)\s*:?\s*</gi;
/** What the first field must be: a person's birth date, record number, age, sex or contact. */
const PERSON_FIELD_TYPES: ReadonlySet<PhiType> = new Set([
  'date',
  'mrn',
  'age',
  'ssn',
  'phone',
  'email',
  'health_plan',
]);

function headingsOverFields(ctx: ScanContext): void {
  if (ctx.skip?.has('name')) return;
  const text = ctx.text;
  HEADING_OVER_FIELDS.lastIndex = 0;
  for (let m = HEADING_OVER_FIELDS.exec(text); m !== null; m = HEADING_OVER_FIELDS.exec(text)) {
    const label = m[3] as string;
    const rule = ruleForLabel(ctx, label, []);
    const personField =
      rule && PERSON_FIELD_TYPES.has(rule.type) && (rule.type !== 'date' || /birth|dob|born/i.test(label));
    if (!personField && !/^(?:sex|gender)$/i.test(label)) continue;
    const heading = m[2] as string;
    if (!plausible(NAME_RULE, heading) || isOrganisationName(heading)) continue;
    const start = m.index + m[0].indexOf(heading, (m[1] as string).length + 1);
    ctx.out.push({ start, end: start + heading.length, type: 'name', ruleId: 'labelled_value' });
  }
}

/** An attribute and its quoted value: `ssn="900123456"`. */
const XML_ATTR_RE = /\s([A-Za-z][\w.-]{0,38})="([^"<>]{1,80})"/dg;
/** Attributes of markup that say how an element is drawn or linked, never what a record holds. */
const MARKUP_ATTRS: ReadonlySet<string> = new Set([
  'id',
  'class',
  'style',
  'type',
  'href',
  'src',
  'rel',
  'role',
  'lang',
  'for',
  'key',
  'value',
  'extension',
  'code',
  'system',
  'xmlns',
]);

/**
 * `<patient ssn="900123456" />`, `<contact phone="…">`: an attribute whose name is a field's is
 * read as that field's label, however many attributes the element has.
 */
function namedAttributes(ctx: ScanContext, m: RegExpExecArray): void {
  const attrs = m[2] as string;
  const from = m.index + 1 + (m[1] as string).length;
  XML_ATTR_RE.lastIndex = 0;
  for (let a = XML_ATTR_RE.exec(attrs); a !== null; a = XML_ATTR_RE.exec(attrs)) {
    const name = a[1] as string;
    if (MARKUP_ATTRS.has(name.toLowerCase()) || name.includes(':')) continue;
    const rule = ctx.fields.ruleFor(name, undefined, []);
    const value = a[2] as string;
    if (!rule || !LABEL_TYPES.has(rule.type) || ctx.skip?.has(rule.type) || !plausible(rule, value)) continue;
    const at = from + (a.indices?.[2]?.[0] as number);
    ctx.out.push({ start: at, end: at + value.length, type: rule.type, ruleId: 'xml_field' });
  }
}

/**
 * CDA `<id root="…" extension="…"/>`: the extension is the identifier within the root's
 * namespace — a patient's record number under patientRole, some other identifier elsewhere.
 */
function xmlIdRule(text: string, m: RegExpExecArray): FieldRule | undefined {
  if (m[1] !== 'id' || !(m[2] as string).includes('extension=')) return undefined;
  const context = text.slice(Math.max(0, m.index - 120), m.index);
  return /patient/i.test(context)
    ? { type: 'mrn', ruleId: 'field:mrn' }
    : { type: 'other_id', ruleId: 'field:other_id' };
}

/** `<system value="…/sid/us-npi"/>` or a `<type>` coded `MR` right before a FHIR XML `<value …/>`. */
const XML_SYSTEM_BEFORE = /<system value="([^"<>]{1,200})"\s*\/>\s*$/;
const XML_TYPE_BEFORE =
  /<type>(?:(?!<\/type>)[\s\S]){0,400}?<code value="([^"<>]{1,20})"(?:(?!<\/type>)[\s\S]){0,400}<\/type>\s*$/;

function xmlDescribedRule(ctx: ScanContext, at: number): FieldRule | undefined {
  const before = ctx.text.slice(Math.max(0, at - 600), at);
  const system = XML_SYSTEM_BEFORE.exec(before);
  if (system) return describedTextRule(ctx.fields, 'system', system[1] as string);
  const type = /<\/type>\s*$/.test(before) ? XML_TYPE_BEFORE.exec(before) : null;
  return type ? describedTextRule(ctx.fields, 'type', type[1] as string) : undefined;
}

/** The element a child opening at `at` sits in, past self-closed siblings: `<period>⏎<start …/>⏎<end`. */
const XML_PARENT_BEFORE =
  /<([A-Za-z][\w.:-]{0,40})(?:\s+[\w:.-]+="[^"<>]{0,200}")*\s*>\s*(?:<[A-Za-z][^<>]{0,240}\/>\s*){0,4}$/;

/** FHIR XML `<period><start value="…"/><end value="…"/></period>`: a clinical period's times are dates. */
function xmlPeriodRule(ctx: ScanContext, text: string, local: string, at: number): FieldRule | undefined {
  if (local !== 'start' && local !== 'end') return undefined;
  const parent = XML_PARENT_BEFORE.exec(text.slice(Math.max(0, at - 600), at))?.[1];
  return parent === undefined
    ? undefined
    : ctx.fields.ruleFor(local, parent.slice(parent.indexOf(':') + 1), []);
}

/** CDA and FHIR XML name parts. */
/** The element opening just before `at` ("<assignedPerson>" before "<name>"). */
const ENCLOSING_TAG = /<([A-Za-z][\w:.-]*)(?:\s[^<>]*)?>\s*$/;

/** `<assignedPerson><name>Roe, Ann</name>`: a name element's text is a person's inside a person's element. */
function xmlPersonNameRule(ctx: ScanContext, text: string, at: number): FieldRule | undefined {
  const parent = ENCLOSING_TAG.exec(text.slice(Math.max(0, at - 64), at))?.[1];
  return parent === undefined
    ? undefined
    : ctx.fields.ruleFor('name', parent.slice(parent.indexOf(':') + 1), []);
}

/** Self-closing elements between a person's element and its display: `<reference value="Patient/…"/>`. */
const SELF_CLOSING_TAGS = /<[A-Za-z][^<>]*\/>\s*/g;

/**
 * `<patient><reference value="Patient/…"/><display value="Ann Roe"/></patient>`: a FHIR
 * reference's display inside a person's element (a coding's display stays: a code's text).
 */
function xmlDisplayRule(ctx: ScanContext, text: string, at: number): FieldRule | undefined {
  const before = text.slice(Math.max(0, at - 200), at).replace(SELF_CLOSING_TAGS, '');
  const parent = ENCLOSING_TAG.exec(before)?.[1];
  return parent === undefined
    ? undefined
    : ctx.fields.ruleFor('display', parent.slice(parent.indexOf(':') + 1), []);
}

function xmlNameRule(tag: string): FieldRule | undefined {
  return tag === 'given' || tag === 'family' || tag === 'prefix' || tag === 'suffix'
    ? { type: 'name', ruleId: 'field:name' }
    : undefined;
}

/**
 * A printed form's line: labels, then a wide gap, then their values, several fields joined by
 * " / " on both sides ("City / State / ZIP    Lowell / NM / 08572", "Patient Name (Last, First,
 * MI)  ROE, ANN L"). No colon; the gap of two or more blanks separates label and value.
 */
const FORM_LINE_RE = /^[ \t]*([A-Za-z][A-Za-z'’ #,./()-]{1,60}?)[ \t]{2,}(\S[^\n\r]{0,100}?)[ \t]*$/gm;
const FORM_SPLIT = /[ \t]+\/[ \t]+/;

function formLines(ctx: ScanContext): void {
  const text = ctx.text;
  FORM_LINE_RE.lastIndex = 0;
  for (let m = FORM_LINE_RE.exec(text); m !== null; m = FORM_LINE_RE.exec(text)) {
    const valueText = m[2] as string;
    markFields(
      ctx,
      m[1] as string,
      valueText,
      m.index + m[0].length - valueText.length - (m[0].length - m[0].trimEnd().length),
    );
  }
}

/** The labels of a form's label text: "Patient Name (Last, First, MI) / DL #" → ["Patient Name", "DL"]. */
function formLabels(labelText: string): string[] {
  return labelText.split(FORM_SPLIT).map((l) => l.replace(/\s*\([^)]*\)|\s*#$/g, '').trim());
}

/**
 * Marks each value of `valueText` (at `at`) that its label names, fields paired by position
 * ("City / State / ZIP" over "Lowell / NM / 08572"); nothing when the counts differ. Returns
 * whether the counts matched.
 */
function markFields(ctx: ScanContext, labelText: string, valueText: string, at: number): boolean {
  const labels = formLabels(labelText);
  const values = valueText.split(FORM_SPLIT);
  if (labels.length !== values.length || values.some((v) => v.includes('  '))) return false;
  const text = ctx.text;
  for (let k = 0; k < labels.length; k++) {
    const value = values[k] as string;
    const rule = ruleForLabel(ctx, labels[k] as string, labels);
    if (rule && LABEL_TYPES.has(rule.type) && !ctx.skip?.has(rule.type) && plausible(rule, value))
      ctx.out.push({ start: at, end: at + value.length, type: rule.type, ruleId: 'labelled_value' });
    at += value.length;
    const sep = FORM_SPLIT.exec(text.slice(at, at + 8));
    if (sep) at += sep[0].length;
  }
  return true;
}

/**
 * A case sheet's line of fields each written "Label value", set apart by wide gaps and no
 * colon ("Surname QUENBY   Given Tamsin   DOB 11/10/1955   Age 70"): with two fields at least
 * whose first words a field rule knows, a name field's value is the name.
 */
const GAP = /[ \t]*\t[ \t]*| {2,}/;

function gappedFields(ctx: ScanContext): void {
  if (ctx.skip?.has('name')) return;
  const text = ctx.text;
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (line.length <= 200 && line.includes('  ')) gappedLine(ctx, line, lineStart);
    lineStart = lineEnd + 1;
  }
}

function gappedLine(ctx: ScanContext, line: string, at: number): void {
  const names: { start: number; end: number }[] = [];
  let labelled = 0;
  let offset = 0;
  const segments = line.split(GAP);
  if (segments.length < 2 || segments.length > 12) return;
  for (const segment of segments) {
    const start = line.indexOf(segment, offset);
    offset = start + segment.length;
    if (!isUpper(segment.charCodeAt(0))) continue;
    const words = segment.split(' ');
    for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
      const label = words.slice(0, n).join(' ');
      if (!LABEL_BODY.test(label)) continue;
      const rule = ruleForLabel(ctx, label.replace(/[.#]$/, ''), []);
      if (!rule) continue;
      labelled++;
      const value = words.slice(n).join(' ');
      if (rule.type === 'name' && plausible(rule, value))
        names.push({ start: at + start + label.length + 1, end: at + start + segment.length });
      break;
    }
  }
  if (labelled < 2) return;
  for (const { start, end } of names) ctx.out.push({ start, end, type: 'name', ruleId: 'labelled_value' });
}

/** A line that can be a form's labels alone: letters, blanks and a little punctuation. */
const LABEL_LINE = /^[A-Za-z][A-Za-z'’ #,./()-]{1,62}$/;
/** A sentence, not a field's value: a full stop inside or at the end. */
const PROSE = /\.\s|\.$/;

/** A line that is itself a label ("Date of Birth (MM/DD/YYYY)" under "Home Phone"), not a value. */
function isLabelLine(ctx: ScanContext, line: string): boolean {
  return LABEL_LINE.test(line) && ruleForLabel(ctx, formLabels(line)[0] as string, []) !== undefined;
}

/**
 * A form's fields joined by " / " on one line with one blank between the labels and the values
 * ("Insurance / Member ID Keystone Health / NBJ541634627"): the middle part opens with the last
 * label, which must name an identifier.
 */
function slashFormLine(ctx: ScanContext, lineStart: number, line: string): void {
  const parts = line.split(FORM_SPLIT);
  if (parts.length < 3 || parts.length % 2 === 0 || parts.length > 9) return;
  const k = (parts.length + 1) / 2;
  const middle = parts[k - 1] as string;
  if (!parts.slice(0, k - 1).every((p) => LABEL_LINE.test(p))) return;
  const words = middle.split(' ');
  for (let n = Math.min(4, words.length - 1); n >= 1; n--) {
    const label = words.slice(0, n).join(' ');
    const rule = ruleForLabel(ctx, label.replace(/\s*#$/, ''), []);
    if (rule === undefined) continue;
    const labelText = `${parts.slice(0, k - 1).join(' / ')} / ${label}`;
    const valueText = line.slice(line.indexOf(middle) + label.length + 1);
    markFields(ctx, labelText, valueText, lineStart + line.length - valueText.length);
    return;
  }
}

/** Each line holding " / " once: fields joined on one line with one blank before the values. */
function slashFormLines(ctx: ScanContext): void {
  const text = ctx.text;
  let done = -1;
  for (let at = text.indexOf(' / '); at >= 0; at = text.indexOf(' / ', at + 3)) {
    if (at < done) continue;
    const lineStart = text.lastIndexOf('\n', at) + 1;
    let lineEnd = text.indexOf('\n', at);
    if (lineEnd < 0) lineEnd = text.length;
    done = lineEnd;
    const line = text.slice(lineStart, lineEnd).trimEnd();
    if (line.length <= 160 && !line.includes('  ') && isLetter(line.charCodeAt(0)))
      slashFormLine(ctx, lineStart, line);
  }
}

/**
 * A form printed to text with each label line over its value line (PDF text extraction):
 * "Insurance / Member ID⏎Harborline Advantage / T51-48979-87", "Home Phone⏎+1 596 973 9171".
 * Lines are found by their breaks; only a line that is all labels, one at least naming an
 * identifier, is read.
 */
function stackedFormLines(ctx: ScanContext): void {
  const text = ctx.text;
  let lineStart = 0;
  for (let nl = text.indexOf('\n'); nl >= 0; lineStart = nl + 1, nl = text.indexOf('\n', lineStart)) {
    if (nl - lineStart < 2 || nl - lineStart > 64 || !isLetter(text.charCodeAt(lineStart))) continue;
    const labelText = text.slice(lineStart, nl).trimEnd();
    if (!LABEL_LINE.test(labelText)) continue;
    let valueStart = nl + 1;
    while (text.charCodeAt(valueStart) === 0x20 || text.charCodeAt(valueStart) === 0x09) valueStart++;
    let valueEndAt = text.indexOf('\n', valueStart);
    if (valueEndAt < 0) valueEndAt = text.length;
    const valueText = text.slice(valueStart, valueEndAt).trimEnd();
    if (valueText.length === 0 || valueText.length > 100 || PROSE.test(valueText)) continue;
    if (FORM_SPLIT.test(labelText)) {
      markFields(ctx, labelText, valueText, valueStart);
      continue;
    }
    // One label over one value: the value ends where a value of its type ends ("10/13/1969    Age 56").
    // A label of a few words, not a delimited header ("mrn,name,dob").
    const label = formLabels(labelText)[0] as string;
    if (label.includes(',') || label.split(' ').length > 5) continue;
    const rule = ruleForLabel(ctx, label, []);
    if (!rule || !LABEL_TYPES.has(rule.type) || ctx.skip?.has(rule.type) || isLabelLine(ctx, valueText))
      continue;
    const end = Math.min(valueEnd(text, valueStart, rule.type), valueStart + valueText.length);
    if (end > valueStart && plausible(rule, text.slice(valueStart, end)))
      ctx.out.push({ start: valueStart, end, type: rule.type, ruleId: 'labelled_value' });
  }
}

/**
 * A page's accessibility snapshot, as a browser tool returns it: a form control's role, its
 * accessible name and its value (`- textbox "SSN (last step)" [value="495739418"]`, `- combobox
 * "Sex" [ref=e12]: Female`). The name is read as a label is, a note in brackets dropped.
 */
const ARIA_FIELD_RE =
  /^[ \t]*- (?:textbox|combobox|spinbutton|searchbox) "([^"\n]{1,60})"(?: \[[\w-]+=[^\]\n]{0,40}\])*?(?: \[value="([^"\n]{1,80})"\]|: ([^\n]{1,80}))/dgm;

function ariaFields(ctx: ScanContext): void {
  const text = ctx.text;
  const re = ARIA_FIELD_RE;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const span = m.indices?.[2] ?? m.indices?.[3];
    const label = (m[1] as string).replace(/\s*\([^)]*\)/g, '');
    const rule = span && label.length > 0 ? ruleForLabel(ctx, label, []) : undefined;
    if (!span || !rule || !LABEL_TYPES.has(rule.type) || ctx.skip?.has(rule.type)) continue;
    const value = text.slice(span[0], span[1]).trimEnd();
    if (plausible(rule, value))
      ctx.out.push({
        start: span[0],
        end: span[0] + value.length,
        type: rule.type,
        ruleId: 'labelled_value',
      });
  }
}

export const labelledValues: Detector = {
  id: 'labelled_values',
  types: [...LABEL_TYPES],
  run(ctx) {
    if (ctx.text.length >= 4 && (ctx.includes(':') || ctx.includes('=') || ctx.includes('....')))
      labelledLines(ctx);
    if (ctx.hasUpper && ctx.includes('  ')) {
      formLines(ctx);
      gappedFields(ctx);
    }
    if (ctx.hasUpper && ctx.includes('\n')) stackedFormLines(ctx);
    if (ctx.hasUpper && ctx.includes(' / ')) slashFormLines(ctx);
    if (QUOTED_KEY_ENDS.some((end) => ctx.includes(end))) quotedPairs(ctx);
    if (ctx.includes('box "')) ariaFields(ctx);
    if (ctx.includes('<<HK')) healthKitDescriptions(ctx);
    if (ctx.includes('=') && ctx.includes(' ')) logfmtPairs(ctx);
    if (ctx.text.length <= 300 && ctx.includes('|')) fhirTokenAlone(ctx);
    if (ctx.includes('<http') && ctx.includes('|')) chartLinkLabels(ctx);
    if (ctx.includes('<') && (ctx.includes('</') || ctx.includes('/>'))) {
      xmlElements(ctx);
      if (ctx.includes('</t') || ctx.includes('</d')) htmlPairs(ctx);
      if (ctx.hasUpper && ctx.includes('</')) headingsOverFields(ctx);
    }
  },
};
