/**
 * One search of a text for the labels of many kinds at once: which kinds' label expressions
 * may match in it. Each alternative of a kind's labels opens with literal characters ("policy"
 * of "policy holder", "crm-" of "crm-[a-z]{2}", each of "card", "visa" … of
 * "(?:card|visa|…)[ \t]+ending"); every match of the alternative holds them, so a text without
 * any of a kind's words cannot hold its label. All the words are looked for by one
 * case-insensitive expression, as the labels are matched (without `u`, no character beyond
 * ASCII matches an ASCII letter), instead of an expression per kind.
 */
import type { TextLookup } from './detector';

/** What an alternative of a label expression needs in a text. */
export interface LabelWord {
  /**
   * Characters every match of the alternative holds: its longest run of ASCII characters, lower
   * case; undefined when it has no run of two.
   */
  word: string | undefined;
  /** The word opens the alternative: the expression's lookbehind holds where it starts. */
  atStart: boolean;
  /** The alternative needs a character beyond ASCII ("sécu", "記号"): only a text with one can hold it. */
  wide: boolean;
}

/** Shorter runs are not looked for. */
const SHORTEST_WORD = 2;

/** Splits an expression's source at its top-level `|`. */
export function topLevelAlternatives(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      parts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(source.slice(from));
  return parts;
}

/** The index of the `)` closing the group opened at `open`, or -1. */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Characters that end the literal opening of an alternative. */
const STOPS = new Set(['(', ')', '[', ']', '|', '.', '^', '$', '+']);
/** Quantifiers: the character before one may be absent or repeated, so it is not part of the literal. */
const QUANTIFIERS = new Set(['?', '*', '{']);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The literal characters an alternative opens with (escaped punctuation read as itself). */
function leadingLiteral(alternative: string): string {
  let out = '';
  for (let i = 0; i < alternative.length; i++) {
    const ch = alternative[i] as string;
    if (ch === '\\') {
      const next = alternative[i + 1];
      if (next === undefined || LETTER_OR_DIGIT.test(next)) break;
      out += next;
      i++;
    } else if (QUANTIFIERS.has(ch)) return out.slice(0, -1);
    // "+" repeats the last character: it stays, once.
    else if (STOPS.has(ch)) break;
    else out += ch;
  }
  return out;
}

/** The longest run of ASCII characters of a literal, and whether it has other characters. */
function asciiWord(literal: string): LabelWord {
  const out: LabelWord = { word: undefined, atStart: false, wide: false };
  let from = 0;
  for (let i = 0; i <= literal.length; i++) {
    if (i < literal.length && literal.charCodeAt(i) < 128) continue;
    if (i < literal.length) out.wide = true;
    if (i - from >= SHORTEST_WORD && i - from > (out.word?.length ?? 0)) {
      out.word = literal.slice(from, i).toLowerCase();
      out.atStart = from === 0;
    }
    from = i + 1;
  }
  return out;
}

/**
 * What each alternative of a label expression needs, or undefined when one needs nothing to
 * look for (it opens with an optional group or a class, or with one ASCII character and no other).
 */
export function labelWords(source: string): LabelWord[] | undefined {
  const out: LabelWord[] = [];
  for (const alternative of topLevelAlternatives(source)) {
    if (alternative.startsWith('(?:')) {
      const end = groupEnd(alternative, 0);
      if (end < 0 || QUANTIFIERS.has(alternative[end + 1] as string)) return undefined;
      const inner = labelWords(alternative.slice(3, end));
      if (inner === undefined) return undefined;
      out.push(...inner);
      continue;
    }
    const word = asciiWord(leadingLiteral(alternative));
    if (word.word === undefined && !word.wide) return undefined;
    out.push(word);
  }
  return out;
}

/** The kinds a word may be the label of: in any text, and only in a text with a character beyond ASCII. */
interface Kinds {
  any: number[];
  wide: number[];
}

const WIDE = /[^\0-\x7f]/;

function escapeWord(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * The label words of several kinds (numbered 0…n-1), found with one expression. `possible`
 * answers for every kind, and says no only for a kind whose label expression cannot match.
 */
export class LabelGate {
  private readonly found: Uint8Array;
  private readonly foundIfWide: Uint8Array;
  /** Kinds with an alternative that needs no word: always possible. */
  private readonly always: Uint8Array;
  /** Kinds with an alternative that needs a character beyond ASCII and no word. */
  private readonly alwaysIfWide: Uint8Array;
  /**
   * For each word, the kinds of every word it begins or that begins it: where the expression
   * reports one word, any other word found at the same place is one of those.
   */
  private readonly kindsAt = new Map<string, Kinds>();
  private readonly re: RegExp;

  /** `labels`: each kind's label expression source (case-insensitive, after `(?<![\w])`). */
  constructor(labels: readonly string[]) {
    const n = labels.length;
    this.found = new Uint8Array(n);
    this.foundIfWide = new Uint8Array(n);
    this.always = new Uint8Array(n);
    this.alwaysIfWide = new Uint8Array(n);
    const byWord = new Map<string, Kinds & { atStart: boolean }>();
    labels.forEach((source, kind) => {
      const words = labelWords(source);
      if (words === undefined) {
        this.always[kind] = 1;
        return;
      }
      for (const { word, atStart, wide } of words) {
        if (word === undefined) {
          this.alwaysIfWide[kind] = 1;
          continue;
        }
        const entry = byWord.get(word) ?? { any: [], wide: [], atStart: true };
        const list = wide ? entry.wide : entry.any;
        if (!list.includes(kind)) list.push(kind);
        entry.atStart &&= atStart;
        byWord.set(word, entry);
      }
    });
    for (const word of byWord.keys()) {
      const kinds: Kinds = { any: [], wide: [] };
      for (const [other, entry] of byWord)
        if (word.startsWith(other) || other.startsWith(word)) {
          kinds.any.push(...entry.any);
          kinds.wide.push(...entry.wide);
        }
      this.kindsAt.set(word, kinds);
    }
    const alternatives = (atStart: boolean) =>
      [...byWord]
        .filter(([, e]) => e.atStart === atStart)
        .map(([w]) => w)
        .sort((a, b) => b.length - a.length)
        .map(escapeWord)
        .join('|');
    // Words that open their labels only after a character that is no word character, as the labels do.
    this.re = new RegExp(
      `(?<![\\w])(?:${alternatives(true) || '(?!)'})|${alternatives(false) || '(?!)'}`,
      'gi',
    );
  }

  /**
   * The kinds whose label may be in the context's text (1) or cannot be (0): every kind is
   * possible when the context's gates are open.
   */
  possible(ctx: { passes(check: (text: string, lookup: TextLookup) => boolean): boolean }): Uint8Array {
    this.found.fill(1);
    ctx.passes(this.scan);
    return this.found;
  }

  /** Marks the kinds whose words are in the text, looking again one character after each word found. */
  private readonly scan = (text: string): boolean => {
    const found = this.found;
    const foundIfWide = this.foundIfWide;
    found.set(this.always);
    foundIfWide.set(this.alwaysIfWide);
    const re = this.re;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const kinds = this.kindsAt.get(m[0].toLowerCase());
      if (kinds !== undefined) {
        for (const k of kinds.any) found[k] = 1;
        for (const k of kinds.wide) foundIfWide[k] = 1;
      }
      re.lastIndex = m.index + 1;
    }
    if (WIDE.test(text))
      for (let k = 0; k < found.length; k++) found[k] = (found[k] as number) | (foundIfWide[k] as number);
    return true;
  };
}
