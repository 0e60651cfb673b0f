/**
 * Finds where any of a set of words stands again as a whole word, in any case: what an
 * expression of the words as alternatives, `(?<![\p{L}\p{M}'’\d-])(?:w1|w2|…)(?![\p{L}\p{M}\d]|-\p{L})`
 * with the flags `giu`, finds, in one pass over the text whatever the number or the length of
 * the words. (Such an expression is tried word after word at every letter, so it costs the
 * text's length times the number of words, and a word of thousands of letters overflows the
 * expression compiler's stack.)
 *
 * Every word starts with a letter and holds letters, marks, apostrophes and hyphens, so a match
 * lies inside one run of those characters and starts where the run does (anywhere else a letter,
 * a mark, an apostrophe or a hyphen stands before it); it ends where the run does (when no digit
 * follows), or before an apostrophe, or before a hyphen not followed by a letter. Each run is
 * looked up at those ends, as far as the longest word reaches; where several words fit, the
 * first given wins, as the first alternative that matches does.
 */

/** Words longer than this are no names (a run of thousands of letters and hyphens): never looked for. */
export const MAX_REPEAT_WORD = 64;

/** A run of the characters a word is made of. */
const RUN = /[\p{L}\p{M}'’-]+/gu;
const LETTER = /^\p{L}/u;

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export class RepeatWords {
  /** Each word (in lower case) and its rank among the words given. */
  private readonly rank = new Map<string, number>();
  private readonly lengths = new Set<number>();
  private longest = 0;

  constructor(words: Iterable<string>) {
    for (const w of words) {
      if (w.length === 0 || w.length > MAX_REPEAT_WORD || this.rank.has(w)) continue;
      this.rank.set(w, this.rank.size);
      this.lengths.add(w.length);
      if (w.length > this.longest) this.longest = w.length;
    }
  }

  get size(): number {
    return this.rank.size;
  }

  /** The places where a word stands, left to right, with the word found (in lower case). */
  find(text: string): Array<{ start: number; end: number; word: string }> {
    const out: Array<{ start: number; end: number; word: string }> = [];
    if (this.rank.size === 0) return out;
    RUN.lastIndex = 0;
    for (let m = RUN.exec(text); m !== null; m = RUN.exec(text)) {
      const start = m.index;
      const runEnd = start + m[0].length;
      if (start > 0 && isAsciiDigit(text.charCodeAt(start - 1))) continue;
      if (!LETTER.test(m[0])) continue;
      let best: string | undefined;
      let bestEnd = start;
      let bestRank = Number.POSITIVE_INFINITY;
      const reach = Math.min(runEnd, start + this.longest);
      for (let end = start + 1; end <= reach; end++) {
        if (!this.lengths.has(end - start) || !this.endsWord(text, end, runEnd)) continue;
        const word = text.slice(start, end).toLowerCase();
        const r = this.rank.get(word);
        if (r !== undefined && r < bestRank) {
          best = word;
          bestEnd = end;
          bestRank = r;
        }
      }
      if (best !== undefined) out.push({ start, end: bestEnd, word: best });
    }
    return out;
  }

  /** Whether a word may end at `end` of a run ending at `runEnd`: no letter, mark, digit or hyphenated letter next. */
  private endsWord(text: string, end: number, runEnd: number): boolean {
    const c = text.charCodeAt(end);
    if (end === runEnd) return !isAsciiDigit(c);
    // Inside the run: an apostrophe, or a hyphen before no letter.
    if (c === 0x27 || c === 0x2019) return true;
    if (c !== 0x2d) return false;
    return !LETTER.test(text.slice(end + 1, end + 3));
  }
}

/**
 * Whether a place lies inside one of `spans` (an organisation's name), asked for places in the
 * order they stand: one pass over the spans for all the questions.
 */
export class InsideSpans {
  private readonly spans: readonly [number, number][];
  private next = 0;
  private reach = -1;

  constructor(spans: readonly [number, number][]) {
    this.spans = spans.slice().sort((a, b) => a[0] - b[0]);
  }

  /** Whether a span holds `start`–`end`; `start` never smaller than the one asked before. */
  holds(start: number, end: number): boolean {
    while (this.next < this.spans.length && (this.spans[this.next] as [number, number])[0] <= start) {
      const e = (this.spans[this.next] as [number, number])[1];
      if (e > this.reach) this.reach = e;
      this.next++;
    }
    return this.reach >= end;
  }
}
