/**
 * The words of a name that a detector left beside the part it found: runs after every name
 * detector (names said again, a card's family name, a folder's pair) and extends each name found
 * over the next name-shaped word written the same way — the given name in capitals before a
 * family name in capitals ("REPORT ON ⟨IMOGEN⟩ PUGHSLEY"), the other word of a capitalized pair
 * ("⟨Alder⟩ Kowalczyk", "Ulises ⟨Villaseñor⟩"), the family name after a given name typed in lower
 * case ("by fenella ⟨bellweather⟩"), the particles before a family name ("⟨van der⟩ Heijde",
 * "⟨O'⟩Dowd") and the other half of a "Family, Given" pair ("⟨Fields⟩, Lance (NP)").
 *
 * A word is taken only where nothing says it is no name: no drug, device, eponym or form word,
 * no common English word (one that is also a known name is taken after a name and in a pair, not
 * before one), no word with an English or clinical ending, no town, no credential. Only the
 * added words are reported, so a keep string (an eponym, an organisation) that holds one vetoes
 * that word alone.
 */
import { isWhiteSpace } from '../char-codes';
import type { DetectedSpan } from '../types';
import type { Detector, ScanContext } from './detector';
import { COMMON, GIVEN, NEVER, nameDictionaries, SURNAME } from './dictionaries';
import { englishWord, flagsOf, wordEnding } from './name-evidence';
import { familyBeforeGiven, givenAfterFamily, type PairForm } from './pair-halves';
import { PAIR_FAMILY_PARTICLE, PARTICLES_BEFORE_NAME } from './surname-particles';

/** A word of letters, apostrophes and hyphens inside ("O'Dwyer", "Kerry-Ann", "Ha-eun"). */
const WORD = String.raw`\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*`;
/** The word right after a name: one blank, the word, then no letter. */
const WORD_AFTER = new RegExp(`^ (${WORD})(?![\\p{L}\\p{M}'’-])`, 'u');
/** The word right before a name: the word after no letter, dot or apostrophe, then one blank. */
const WORD_BEFORE = new RegExp(`(?<![\\p{L}\\p{M}'’.-])(${WORD}) $`, 'u');
/** Particles of a family name before it, capitalized ones too: "van der ", "de la ", "Te ", "St. ". */
const PARTICLES_BEFORE = new RegExp(`(?<![\\p{L}\\p{M}'’.-])${PARTICLES_BEFORE_NAME}`, 'u');
/** An initial before a capitalized name found: "Q. ⟨Te Rangi⟩". */
const INITIAL_BEFORE = /(?:^|[\s(])\p{Lu}\. $/u;
/** An initial after a family name in capitals, closing the line or before a comma: "MAGWAZA A, SACSSP". */
const INITIAL_AFTER = /^ \p{Lu}(?=,|[ \t]*(?:$|[\r\n]))/u;
/** Words that open a letter or name a role before a name, and are none of it ("Dear", "Hi", "Nurse"). */
const LEAD_WORDS = new Set(
  'dear hi hello hey dr doctor mr mrs ms miss mx sir madam nurse sister brother mum mom dad son daughter wife husband patient pt re attn cc per by from to for with and or the mother father aunt uncle carer'.split(
    ' ',
  ),
);
/** "O'" or "D'" joined to the family name found: "O'⟨Dowd⟩". */
const APOSTROPHE_PREFIX = /(?<![\p{L}\p{M}])[ODod]['’]$/u;
/**
 * What may follow the given name closing a "Family, Given" pair: the end, a line break, a bracket,
 * a slash, a quote, a semicolon, a column's gap, or a blank before what starts no capitalized word.
 */
const PAIR_CLOSE = /^(?:$|[\r\n)\]/"”;(]|[ \t]{2,}|\t|[.,](?:[ \t]|$|[\r\n])|[ \t]+(?!\p{Lu}\p{Ll}))/u;
/** ", Given" after a family name found. */
const GIVEN_AFTER = new RegExp(`^, (${WORD})`, 'u');
/** "Family, " before a given name found, after what starts a field or a clause, particles allowed. */
const FAMILY_BEFORE = new RegExp(
  `(?:^|[\\r\\n(\\[>:/]|[\\t ])((?:${PAIR_FAMILY_PARTICLE} )*${WORD}), $`,
  'u',
);
/** How a "Family, Given" pair is read here: a word each side, closed by `PAIR_CLOSE`. */
const PAIR: PairForm = {
  given: GIVEN_AFTER,
  givenClose: PAIR_CLOSE,
  family: FAMILY_BEFORE,
  close: PAIR_CLOSE,
  closeReach: 4,
  reach: 40,
};
/** Credentials and titles written in capitals beside names ("PUGHSLEY MD", "RN SMITH"). */
const CAPITAL_TITLES = new Set(
  'md do rn np pa phd dds dmd dpm lpn lvn cna crna pharmd rph rd rdn otr dpt slp mbbs mph msn bsn dnp fnp aprn cnm lcsw msw cgc ibclc cadc ladc lpc lmft nnp pct ot pt sw mr mrs ms mx dr prof sir jr sr ii iii iv esq nhs mrn dob'.split(
    ' ',
  ),
);
/** Days and months, names of the lists too ("May", "Tuesday"): after a name they date it. */
const CALENDAR =
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|tonight)$/i;
const CAPS = /^[\p{Lu}\p{M}'’-]+$/u;
const LOWER = /^[\p{Ll}\p{M}'’-]+$/u;
/**
 * Capitalized and then in lower case, a capital inside allowed before lower case ("O'Dwyer",
 * "McLeod", "DeShawn", "Kerry-Ann"). Each later part opens with its apostrophe, hyphen or
 * capital, so a word is split into parts one way only (a part that could open with a small
 * letter makes a long word that fails, "Aaaa…aQ", try every split of its letters).
 */
const TITLE = /^\p{Lu}(?:['’]\p{Lu})?[\p{Ll}\p{M}]+(?:(?:['’-]\p{Lu}?|\p{Lu})[\p{Ll}\p{M}]+)*$/u;
/** Two letters or more, and a vowel: no run of consonants that is an abbreviation ("DPT", "MRN"). */
const VOWEL = /[aeiouyàáâäãåèéêëìíîïòóôöõùúûüýāēīōūăąęıőűœæø]/;

type Shape = 'caps' | 'title' | 'lower';

function shapeOf(word: string): Shape | undefined {
  if (TITLE.test(word)) return 'title';
  if (CAPS.test(word)) return 'caps';
  if (LOWER.test(word)) return 'lower';
  return undefined;
}

/**
 * Whether `word` may be a name beside one found: no drug, eponym or form word, no credential, no
 * town that is no name, a vowel in it; a common or English word only where `commonNames` allows a
 * known name that is also a word ("May", "Hope", "Fields").
 */
function nameWord(word: string, commonNames: boolean): boolean {
  // A hyphenated word is a name's when one part is ("Kerry-Ann"): as a pair's half.
  if (word.includes('-')) return pairWord(word);
  const lower = word.toLowerCase();
  if (lower.length < 2 || !VOWEL.test(lower) || CAPITAL_TITLES.has(lower) || LEAD_WORDS.has(lower))
    return false;
  const flags = flagsOf(word);
  if ((flags & NEVER) !== 0) return false;
  const known = (flags & (GIVEN | SURNAME)) !== 0;
  if (!known && nameDictionaries().cities.has(lower)) return false;
  if ((flags & COMMON) !== 0 && !commonNames) return false;
  return !englishWord(word, flags);
}

/**
 * Whether `word` may be one half of a "Family, Given" pair: the pair's shape is evidence enough
 * for a family name that is a plural of a word ("Fields", "Banks"), not for a drug, a form word,
 * a common word that is no name or a word with a clinical or English ending.
 */
function pairWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (lower.length < 2 || !VOWEL.test(lower) || CAPITAL_TITLES.has(lower) || LEAD_WORDS.has(lower))
    return false;
  const flags = flagsOf(word);
  if ((flags & NEVER) !== 0) return false;
  if ((flags & (GIVEN | SURNAME)) !== 0) return true;
  if ((flags & COMMON) !== 0 || nameDictionaries().cities.has(lower)) return false;
  return !wordEnding(lower);
}

/** The first and last word of a name found, to read how it is written. */
function edgeWords(found: string): { first: string; last: string } | undefined {
  const words = found
    .split(/[\s,]+/)
    .map((w) => w.replace(/\.$/, ''))
    .filter((w) => /\p{L}/u.test(w));
  if (words.length === 0) return undefined;
  return { first: words[0] as string, last: words[words.length - 1] as string };
}

/** Reports `start`–`end` as a name, the blanks at its edges left out. */
function push(ctx: ScanContext, start: number, end: number): void {
  const text = ctx.text;
  let s = start;
  let e = end;
  while (s < e && isWhiteSpace(text.charCodeAt(s))) s++;
  while (e > s && isWhiteSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) ctx.out.push({ start: s, end: e, type: 'name', ruleId: 'name_tail' });
}

/** The end after the next word of the name, or `end` when the next word is no part of it. */
function wordAfter(text: string, end: number, shape: Shape | undefined, given: boolean): number {
  const m = WORD_AFTER.exec(text.slice(end, end + 40));
  if (!m) return end;
  const word = m[1] as string;
  const next = shapeOf(word);
  const close = text.slice(end + m[0].length, end + m[0].length + 4);
  // A family name typed in lower case after a given name closes the line ("its Garrett ⟨oyelaran⟩").
  const lowerAfterTitle = given && shape === 'title' && next === 'lower' && /^(?:$|[\r\n])/.test(close);
  if (shape !== next && !lowerAfterTitle) return end;
  // Two letters in capitals are a credential, three in lower case a state or a vital sign
  // ("testville ky", "feest map 51"): no name's.
  if ((next === 'caps' && word.length < 3) || (next === 'lower' && word.length < 4)) return end;
  if (/^['’]s\b/.test(close)) return end;
  return nameWord(word, !CALENDAR.test(word)) ? end + m[0].length : end;
}

/** Whether `at` opens the text or a sentence (after a full stop, a question or an exclamation mark). */
function sentenceOpens(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || text[i] === '.' || text[i] === '!' || text[i] === '?';
}

/** The start before the word of the name before `start`, or `start` when there is none. */
function wordBefore(text: string, start: number, shape: Shape | undefined): number {
  const slice = text.slice(Math.max(0, start - 40), start);
  const particles = PARTICLES_BEFORE.exec(slice);
  if (particles) return start - particles[0].length;
  if (shape === 'title' && INITIAL_BEFORE.test(slice)) return start - 3;
  if (APOSTROPHE_PREFIX.test(slice)) return start - 2;
  const m = WORD_BEFORE.exec(slice);
  if (!m) return start;
  const word = m[1] as string;
  if (shape !== shapeOf(word) || shape === 'lower') return start;
  if (shape === 'caps' && word.length < 3) return start;
  const wordStart = start - m[0].length;
  // A capital opening a text or a sentence says nothing: there only a known name is taken
  // ("Summarize ⟨Jane Doe⟩ chart" keeps its verb, "⟨Alder⟩ Kowalczyk" is a name).
  if (shape === 'title' && sentenceOpens(text, wordStart) && (flagsOf(word) & (GIVEN | SURNAME)) === 0)
    return start;
  // A word that is also a known name opens a name only at a field's or a line's start ("Cherry ⟨Mae⟩").
  const opening = /(?:^|[\r\n]|: )$/.test(slice.slice(0, slice.length - m[0].length));
  return nameWord(word, opening) ? wordStart : start;
}

/** The given name closing a "Family, Given" pair after a one-word family name found. */
function givenAfter(ctx: ScanContext, found: string, end: number): void {
  const word = givenAfterFamily(ctx.text, end, PAIR);
  if (word === undefined) return;
  const shape = shapeOf(found);
  const next = shapeOf(word);
  if (!shape || shape === 'lower' || !next || next === 'lower' || (shape === 'title' && next === 'caps'))
    return;
  if (pairWord(word)) push(ctx, end + 2, end + 2 + word.length);
}

/** The family name opening a "Family, Given" pair before a one-word given name found. */
function familyBefore(ctx: ScanContext, found: string, start: number, end: number): void {
  const family = familyBeforeGiven(ctx.text, start, end, PAIR);
  if (family === undefined) return;
  const last = family.slice(family.lastIndexOf(' ') + 1);
  const shape = shapeOf(found);
  const before = shapeOf(last);
  if (!shape || shape === 'lower' || !before || before === 'lower' || (shape === 'caps' && before !== 'caps'))
    return;
  if (pairWord(last)) push(ctx, start - 2 - family.length, start - 2);
}

/** Extends one name found (`start`–`end`) by up to two words each side. */
function extend(ctx: ScanContext, start: number, end: number): void {
  const text = ctx.text;
  const found = text.slice(start, end);
  const edges = edgeWords(found);
  if (!edges) return;
  // No word is taken beside an initial ("Colten R. ⟨CENSUS⟩"): the name ends or starts there.
  const last = edges.last.length > 1 ? shapeOf(edges.last) : undefined;
  const given = edges.first === edges.last && (flagsOf(edges.last) & (GIVEN | COMMON)) === GIVEN;
  let to = end;
  for (let i = 0; i < 2 && last; i++) {
    const next = wordAfter(text, to, last, given && i === 0);
    if (next === to) break;
    to = next;
  }
  // A title opens the name found ("Dr. A. Petrov"): nothing before it is the name's.
  const first =
    LEAD_WORDS.has(edges.first.toLowerCase()) || edges.first.length < 2 ? undefined : shapeOf(edges.first);
  let from = start;
  for (let i = 0; i < 2 && first; i++) {
    const prev = wordBefore(text, from, first);
    if (prev === from) break;
    from = prev;
  }
  if (last === 'caps' && to === end) {
    const initial = INITIAL_AFTER.exec(text.slice(end, end + 8));
    if (initial) to = end + initial[0].length;
  }
  push(ctx, end, to);
  push(ctx, from, start);
  if (!/[\s,]/.test(found)) {
    givenAfter(ctx, found, end);
    familyBefore(ctx, found, start, end);
  }
}

/**
 * An account's name is one word: no word beside it is part of it ("placed by tmercer will be"),
 * neither beside the account nor beside the same span found again by another detector.
 */
function accountSpans(out: readonly DetectedSpan[]): Set<string> {
  const keys = new Set<string>();
  for (const s of out) if (s.ruleId === 'cued_login') keys.add(`${s.start}:${s.end}`);
  return keys;
}

/** The name spans found so far, overlapping and touching ones joined, in order. */
function foundNames(out: readonly DetectedSpan[]): Array<[number, number]> {
  const accounts = accountSpans(out);
  const spans: Array<[number, number]> = [];
  for (const s of out)
    if (s.type === 'name' && (accounts.size === 0 || !accounts.has(`${s.start}:${s.end}`)))
      spans.push([s.start, s.end]);
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const joined: Array<[number, number]> = [];
  for (const [s, e] of spans) {
    const last = joined[joined.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else joined.push([s, e]);
  }
  return joined;
}

export const nameTails: Detector = {
  id: 'name_tail',
  types: ['name'],
  run(ctx) {
    if (ctx.skip?.has('name')) return;
    for (const [start, end] of foundNames(ctx.out)) extend(ctx, start, end);
  },
};
