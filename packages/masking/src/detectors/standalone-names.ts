/**
 * Names with no sentence around them: a chat turn that is only a name ("[user] thi lan tran"),
 * a list item ("- SHIRLEY BLEVINS"), a table cell ("| Woldemariam, Genet |"), a signature line
 * ("Uchenna C."), a JSON value that is a name and nothing else — and lower-case names right
 * after the words that introduce a person in speech ("this is nnamdi okonkwo", "my wife wei").
 * The words must look like a name: dictionary names, or words no English, clinical, drug or
 * eponym list knows, never a common word that is no name ("Hospital Course", "Tinel sign").
 */
import type { DetectedSpan } from '../types';
import type { ScanContext } from './detector';
import { COMMON, GIVEN, NEVER, nameDictionaries, SURNAME } from './dictionaries';
import { organisationSpans } from './organisations';
import { SENTENCE_WORDS } from './sentence-words';
import { LOWER_CASE_PARTICLES } from './surname-particles';

const MAX_SEGMENT = 64;
/** A list marker or a chat speaker tag before the segment: "- ", "3. ", "[user] ", "Caller: ". */
const PREFIX =
  /^(?:[-*•·]\s+|\d{1,3}[.)]\s+|\[[^\]\n]{1,24}\]\s*|(?:user|caller|client|customer|guest|visitor|me|human)\s*[:>]\s*)/i;
/** First characters of a prefix (with 0x20 set): list marks, digits, "[" and the speaker words' letters. */
const PREFIX_FIRST = new Set([...'-*•·[0123456789ucgvmh'].map((c) => c.charCodeAt(0) | 0x20));

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/** Anything a bare name never holds. */
const NOT_A_NAME = /[\d@/:=#_()[\]{}<>"$%+*;!?\t\n]/;
/** The same, as a table over ASCII codes. */
const NOT_NAME_CHARS = new Uint8Array(128);
for (const c of '0123456789@/:=#_()[]{}<>"$%+*;!?\t\n') NOT_NAME_CHARS[c.charCodeAt(0)] = 1;
const WORD = /^\p{L}[\p{L}\p{M}'’-]*\.?$/u;
/** English verb, adverb and noun endings, rare in names: "resting", "worried", "kindly". */
const ENGLISH_ENDING = /(?:ed|ing|ly|tion|sion|ment|ness|ous|ive|ize|ise|able|ible|ful|less|ity|ance|ence)$/;
/**
 * Endings of clinical terms and drug names no list holds: "hyperkalemia", "lisinopril", "-ectomy";
 * an antiviral's "-vir" after a vowel ("tenofovir"), not a Punjabi name's ("Rajvir", "Jasvir").
 */
export const CLINICAL_ENDING =
  /(?:emia|aemia|itis|osis|ectomy|otomy|ostomy|plasty|pathy|algia|oma|uria|penia|cytosis|ase|pril|sartan|olol|statin|mab|nib|[aeiou]vir|azole|cillin|mycin|floxacin|azepam|oxetine|idine|amine|gram|scopy|graphy)$/;

type Case = 'lower' | 'title' | 'caps';

/** A capital inside a name comes after these: McAllister, MacLeod, O'Neil, DeShawn, LaToya. */
const INNER_CAPITAL =
  /^(?:\p{Lu}|Mc|Mac|O['’]|D['’]|De|Di|Da|Du|La|Le|Van|Von|St|Fitz|Al-|El-)\p{Lu}?[\p{Ll}\p{M}'’]*(?:-\p{Lu}?[\p{Ll}\p{M}'’]*)*$/u;

function caseOf(word: string): Case | undefined {
  if (word === word.toLowerCase()) return 'lower';
  if (word.length > 1 && word === word.toUpperCase()) return 'caps';
  const first = word.charAt(0);
  if (first === first.toLowerCase()) return undefined;
  // "LifeVest", "SenTiva": a capital inside a word makes a product, not a name.
  return INNER_CAPITAL.test(word) ? 'title' : undefined;
}

/**
 * Whether `words` (a whole segment, comma removed) read as a person's name: two to four words
 * (particles aside) in one case — or a last name in capitals before a first in title case —
 * none a common word that is no name, and at least one a name no common word shares, or every
 * one unknown to every list; "Siobhan A." with an initial. `loose` (a whole value, a chat turn,
 * a line alone) also takes names that are all common words ("Mark Price") in title case or
 * capitals, and unknown words in lower case.
 */
export function looksLikeName(
  words: readonly string[],
  loose: boolean,
  comma = false,
  turn = false,
): boolean {
  const dict = nameDictionaries();
  const cases = new Set<Case>();
  let parts = 0;
  let strong = 0;
  let unknown = 0;
  let initials = 0;
  let weak = 0;
  for (const raw of words) {
    const lc = raw.toLowerCase();
    if (LOWER_CASE_PARTICLES.has(lc) && parts > 0) continue;
    if (!WORD.test(raw)) return false;
    if (raw.endsWith('.')) {
      // Only an initial ends with a full stop: "Uchenna C.".
      if (raw.length !== 2 || caseOf(raw.charAt(0)) !== 'title') return false;
      initials++;
      parts++;
      continue;
    }
    if (raw.length === 1) return false;
    const c = caseOf(raw);
    // "Watchman FLX": a short run of capitals after a word in title case is a model code.
    if (c === undefined || (c === 'caps' && cases.has('title') && raw.length <= 3)) return false;
    cases.add(c);
    const f = nameFlags(dict.flags, lc);
    const name = (f & (GIVEN | SURNAME)) !== 0;
    if (f & NEVER && !name) return false;
    if (f & COMMON && !name) return false;
    // A clinical ending marks only a word of six letters or more: "Uzoma" is a name, "lipoma" a finding.
    if (!name && (ENGLISH_ENDING.test(lc) || (lc.length > 5 && CLINICAL_ENDING.test(lc)))) return false;
    if (name && !(f & COMMON)) strong++;
    if (name && f & COMMON) weak++;
    if (f === 0) unknown++;
    parts++;
  }
  if (parts < 2 || parts > 4 || initials > 1 || initials === parts) return false;
  if (cases.has('lower') && cases.size > 1) return false;
  if (cases.has('title') && cases.has('caps') && initials > 0) return false;
  // "Uchenna C.", "Will J.": a given name (or an unknown word) and an initial.
  if (initials === 1) return strong + weak >= 1 || (unknown >= 1 && !cases.has('lower'));
  if (strong >= 1) return true;
  const lower = cases.has('lower');
  // Words no list knows: a name when every word is one ("Sione Tupou"); in lower case only as a
  // chat turn ("[user] selamawit tuilagi"), not as a value ("gzip deflate").
  if (unknown === parts) return !lower || turn;
  // A name that is also a common word beside an unknown one: "grace ogunleye", "Hope Tupou".
  if (weak >= 1 && unknown >= 1) return true;
  // Only names that are also common words ("Mark Price", "Grace Hill"); "Hill, Bill" with its comma.
  return (loose || comma) && !lower && unknown === 0;
}

function nameFlags(flags: Map<string, number>, lc: string): number {
  const f = flags.get(lc);
  if (f !== undefined || !lc.includes('-')) return f ?? 0;
  // "Dong-hyun", "Ruiz-Tagle": by their parts.
  let out = 0;
  for (const p of lc.split('-')) if (p) out |= flags.get(p) ?? 0;
  return out & (GIVEN | SURNAME) ? out & ~COMMON : out;
}

function push(ctx: ScanContext, start: number, end: number): void {
  ctx.out.push({ start, end, type: 'name', ruleId: 'person_name' });
}

/** One segment [start, end) of the text: a name when it is nothing but one. */
function segment(ctx: ScanContext, start: number, end: number, loose: boolean): void {
  const text = ctx.text;
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && (isBlank(text.charCodeAt(end - 1)) || text.charCodeAt(end - 1) === 0x2c)) end--;
  if (end - start < 3) return;
  const m = PREFIX_FIRST.has(text.charCodeAt(start) | 0x20)
    ? PREFIX.exec(text.slice(start, Math.min(end, start + 28)))
    : null;
  if (m) start += m[0].length;
  if (end - start < 3 || end - start > MAX_SEGMENT) return;
  // One pass: no character a bare name never holds, two to about six words, one comma at most.
  let spaces = 0;
  let commas = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) spaces++;
    else if (c === 0x2c) commas++;
    else if (c < 0x80 && NOT_NAME_CHARS[c] === 1) return;
  }
  if ((spaces === 0 && commas === 0) || spaces > 6 || commas > 1) return;
  // A chat turn that is only a name is as telling as a whole value.
  const turn = m !== null && m[0].charAt(0) !== '-' && !/^\d/.test(m[0]);
  const value = text.slice(start, end);
  const words = value.replace(',', ' ').split(/\s+/);
  // "Medicare Advantage", "Kaiser Permanente NW": an organisation's name, not a person's.
  if (looksLikeName(words, loose || turn, commas > 0, turn) && organisationSpans(value).length === 0)
    push(ctx, start, end);
}

/** "aoife huang - refill …": lower-case words opening a line or value before " - ", read as a name. */
const LOWER_LEAD = /^[ \t]*(\p{Ll}[\p{Ll}\p{M}'’-]*(?:[ \t]+\p{Ll}[\p{Ll}\p{M}'’-]*){1,3})[ \t]+-[ \t]/u;

function leadBeforeDash(ctx: ScanContext, start: number, end: number): void {
  const m = LOWER_LEAD.exec(ctx.text.slice(start, Math.min(end, start + MAX_SEGMENT)));
  if (!m) return;
  const lead = m[1] as string;
  // A subject line's addressee, like a chat turn's: unknown lower-case words count.
  const words = lead.split(/[ \t]+/);
  const after = ctx.text.slice(start + m[0].length, start + m[0].length + 24);
  if (looksLikeName(words, true, false, true) || requestSubject(words, after)) {
    const at = start + m[0].indexOf(lead);
    push(ctx, at, at + lead.length);
  }
}

/** What a request's subject says after the person it is about: "… - refill …", "… - appt change". */
const REQUEST_AFTER =
  /^(?:refill|rx|prescription|medication|meds?|appointment|appt|reschedul\w*|cancel\w*|call ?back|billing|bill|invoice|question|results?|labs?|prior auth\w*|referral|records?|message|follow[- ]?up|complaint|test results?|paperwork|forms?)\b/i;

/**
 * "guy snow - refill …", "wing-yee le gall - appt change": before a request, a subject opens
 * with the person it is about, whatever the words ("snow" and "wing" are common words too);
 * the first word must be a given name, a word no list knows, or a hyphenated one.
 */
function requestSubject(words: readonly string[], after: string): boolean {
  if (words.length < 2 || words.length > 4 || !REQUEST_AFTER.test(after)) return false;
  const flags = nameDictionaries().flags;
  for (const w of words) {
    if (SENTENCE_WORDS.has(w) || (nameFlags(flags, w) & NEVER) !== 0) return false;
    if (!LOWER_CASE_PARTICLES.has(w) && (ENGLISH_ENDING.test(w) || CLINICAL_ENDING.test(w))) return false;
  }
  const first = words[0] as string;
  const f = flags.get(first) ?? 0;
  return (f & GIVEN) !== 0 || f === 0 || first.includes('-');
}

/** Bare names in lines, list items, table cells and whole values. */
function bareNames(ctx: ScanContext): void {
  const text = ctx.text;
  if (ctx.includes(' - ')) leadBeforeDash(ctx, 0, text.length);
  if (text.length <= MAX_SEGMENT + 30 && !text.includes('\n')) {
    // A whole value: in a table or with tabs, its cells; else itself.
    if (!text.includes('|') && !text.includes('\t')) {
      segment(ctx, 0, text.length, true);
      return;
    }
  }
  const cells = ctx.includes('|') || ctx.includes('\t');
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (lineEnd - lineStart >= 3) line(ctx, lineStart, lineEnd, cells);
    lineStart = lineEnd + 1;
  }
}

function line(ctx: ScanContext, start: number, end: number, cells: boolean): void {
  const text = ctx.text;
  // Within this line only: a bar makes cells, else a tab does.
  let sep = '';
  if (cells) {
    for (let i = start; i < end && sep !== '|'; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x7c) sep = '|';
      else if (c === 0x09) sep = '\t';
    }
  }
  if (!sep) {
    if (end - start <= MAX_SEGMENT + 28) segment(ctx, start, end, false);
    return;
  }
  let cell = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text[i] === sep) {
      segment(ctx, cell, i, false);
      cell = i + 1;
    }
  }
}

/** Words that introduce a person in speech, before a lower-case name. */
const INTRO =
  /\b(?:this is|my name is|name is|name's|name\?[ \t]*(?:[Aa][ \t]*[:>-])?|(?:hi|hey|hiya|hello|yeah|yes|morning|evening|there)[ \t,]+(?:its|it's|it’s|it is)|my (?:wife|husband|son|daughter|mom|mum|mother|dad|father|sister|brother|partner|spouse|niece|nephew|granddaughter|grandson|grandma|grandmother|nan|nana|gran|grandpa|grandfather|aunt|uncle|cousin|friend|neighbou?r|caregiver|carer|guardian|fianc[ée]e?|boyfriend|girlfriend|roommate|stepdaughter|stepson|son-in-law|daughter-in-law))[ \t]+(\p{Ll}[\p{Ll}\p{M}'’-]+(?:[ \t]+(?:(?:van der|van den|op den|de la|van|von|de|da|del|dela|di|dos|le|la|lo|bin|binti|al|el|ap|ter|mac|ó|ní)[ \t]+)?\p{Ll}[\p{Ll}\p{M}'’-]+){0,2})/gu;

const INTRO_WORD = /\p{Ll}[\p{Ll}\p{M}'’-]*/gu;
/** A speaker giving their own name: after it a common word that is also a name is the name. */
const SELF_INTRO = /name|it['’]?s|it is|this is/;
const ITS_INTRO = /it['’]?s|it is/;
/** "my grandson otieno bell at 861-9362": a number to reach the person right after the name. */
const NUMBER_AFTER = /[ \t]+(?:at|on)[ \t]+[\d(+]/;
/** What a caller says right after giving a name that no list knows. */
const CALLER_CUE = /(?<=[ \t,])(?:dob|d\.o\.b|date of birth|born|thats|that's|spelled|spelt|calling)\b/i;

/** "this is nnamdi okonkwo", "my wife wei at …": the words after the intro that read as a name. */
function introducedNames(ctx: ScanContext): void {
  const text = ctx.text;
  const dict = nameDictionaries();
  INTRO.lastIndex = 0;
  for (let m = INTRO.exec(text); m !== null; m = INTRO.exec(text)) {
    const group = m[1] as string;
    const base = m.index + m[0].length - group.length;
    // "hi its herb lo bianco thats …", "name is will gates dob …": what a caller says after their
    // name marks where it ends, and every word before that is the name, common words too.
    const intro = text.slice(m.index, base);
    // "my carer ivy bondarenko at 459-0256": a number to reach the person bounds the name too.
    const ahead = text.slice(base, base + 48);
    const cue = (SELF_INTRO.test(intro) ? CALLER_CUE.exec(ahead) : null) ?? NUMBER_AFTER.exec(ahead);
    // The cue must close the words taken as the name, not come in a later sentence.
    const cueAt = cue && cue.index <= group.length + 2 ? base + cue.index : -1;
    let taken = 0;
    let end = base;
    INTRO_WORD.lastIndex = 0;
    for (let w = INTRO_WORD.exec(group); w !== null; w = INTRO_WORD.exec(group)) {
      const word = w[0];
      if (cueAt >= 0 && base + w.index >= cueAt) break;
      const f = nameFlags(dict.flags, word);
      // "its will venkataraman dob …": before the cue a given name opens the name, "will" too.
      if (SENTENCE_WORDS.has(word) && !(cueAt >= 0 && taken === 0 && f & GIVEN)) break;
      if (LOWER_CASE_PARTICLES.has(word) && taken > 0) continue;
      // "my son has", "this is about": a common word or a clinical one ends the name.
      const known = (f & (GIVEN | SURNAME)) !== 0;
      // "my grandson otieno bell": after a first name, a common word that is also a surname is one.
      const lastName = taken > 0 && (f & SURNAME) !== 0;
      if (f & NEVER || (f & COMMON && cueAt < 0 && !lastName)) break;
      if (!known && cueAt < 0 && (word.length < 3 || ENGLISH_ENDING.test(word) || CLINICAL_ENDING.test(word)))
        break;
      // "hi its …" with nothing after: only a given name opens it ("its fine thanks" is no name).
      if (taken === 0 && cueAt < 0 && ITS_INTRO.test(intro) && (f & GIVEN) === 0) break;
      taken++;
      end = base + w.index + word.length;
    }
    if (taken > 0) push(ctx, base, end);
  }
}

/**
 * A value with no digit, capital or '@' (one the engine otherwise skips) that is a lower-case
 * name and nothing else: "haruto watanabe", "grace ogunleye".
 */
export function lowerCaseName(text: string): DetectedSpan[] {
  if (text.length < 5 || text.length > MAX_SEGMENT) return [];
  const space = text.indexOf(' ');
  if (space <= 0 || NOT_A_NAME.test(text) || text.includes('\n')) return [];
  const value = text.trim();
  const at = text.indexOf(value);
  const comma = value.indexOf(',');
  if (!looksLikeName(value.replace(',', ' ').split(/\s+/), true, comma >= 0)) return [];
  return [{ start: at, end: at + value.length, type: 'name', ruleId: 'person_name' }];
}

/** Bare and introduced names; runs on every text, lower-case ones too. */
export function standaloneNames(ctx: ScanContext): void {
  if (ctx.text.length >= 3) bareNames(ctx);
  if (
    ctx.includes(' is ') ||
    ctx.includes('my ') ||
    ctx.includes("name's") ||
    ctx.includes('name?') ||
    ctx.includes('its ') ||
    ctx.includes('it’s ') ||
    ctx.includes("it's ")
  )
    introducedNames(ctx);
}
