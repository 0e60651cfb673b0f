/**
 * A name an agent or a tool searched for, quoted as its argument: a call of a person search
 * written in a plan or a log (`search_patients("jane doe")`, `members.lookup(name='DOE, JANE')`),
 * or a result said for it ("I found two charts for "jane doe"", "Found 3 passages for "jane doe
 * last admission""), or the query of a search's request or result written as JSON (`{"query":
 * "anticoag plan jane doe", "top_k": 5}`). The quote may hold the topic searched with the name; the name is the run
 * of two or more words none of which is a common, clinical or drug word. Where the cue says
 * only that something was searched (passages, hits, results), a word of the run must be a
 * known name, be written as only a name is or have its capital, or the run be "Last, First".
 */
import type { ScanContext } from './detector';
import { ENGLISH_ENDING } from './key-values';
import { knownName, plainWord } from './name-runs';

/**
 * A quote opening a call's argument (the function's name in group 1), after "<noun> for" (the
 * noun in group 2) or "searched for", or a search's query written as JSON (`"query": "…"`).
 */
const CUE =
  /(?:\b([A-Za-z_][\w.]{2,60})\(\s*(?:[A-Za-z_]\w{0,20}\s*[=:]\s*)?|\b(\p{L}{3,12})[ \t]+(?:found[ \t]+|matching[ \t]+)?for[ \t]+|"(?:query|q|search|search_?query|query_?text)"[ \t]*:[ \t]*)(["'“‘])/gu;
/** A function's name that says it looks a person up. */
const PERSON_CALL = /patient|person|people|member|subscriber|chart|name|contact|client|mpi|demograph/i;
/** Nouns whose "for" names a person: records found for someone. */
const PERSON_NOUNS =
  /^(?:charts?|records?|patients?|members?|matches|match|candidates?|people|persons?|entries|results|hits|passages|documents|notes|chunks|searche[sd]|search|searching|looked|lookup)$/i;
/** Of those, the nouns that are a person's records: any run of name words after them is a name. */
const RECORD_NOUNS = /^(?:charts?|records?|patients?|members?|matches|match|candidates?|people|persons?)$/i;
const CLOSING: Readonly<Record<string, string>> = { '"': '"', "'": "'", '“': '”', '‘': '’' };
/** A word of a name as typed in a search: letters, an apostrophe or a hyphen inside, a comma after. */
const TOKEN = /^(\p{L}[\p{L}\p{M}'’.-]*)(,?)$/u;
const INITIAL = /^\p{L}\.?$/u;
/** Written as only a name is: a letter beyond ASCII, an apostrophe inside, a capital inside. */
const NAME_SHAPED = /[^\0-\x7f]|\p{L}['’]\p{L}|\p{Ll}\p{Lu}/u;
/** A word with its capital and then lower case: "Quillan" (not an acronym, not a word typed in lower case). */
const CAPITALISED = /^\p{Lu}\p{Ll}/u;

/** A word that may be a name's: no common, clinical or drug word, no English ending unless a known name ends so. */
function nameWord(word: string): boolean {
  return !plainWord(word) && (knownName(word) || !ENGLISH_ENDING.test(word.toLowerCase()));
}

/** A known name, a word written as only a name is, or a capitalised word where a search is typed. */
function nameEvidence(word: string): boolean {
  return knownName(word) || NAME_SHAPED.test(word) || CAPITALISED.test(word);
}

/** The end of a quote opened at `open` (its text starts after it), or -1 past 80 characters or a line's end. */
function quoteEnd(text: string, open: number): number {
  const close = CLOSING[text.charAt(open)] ?? '"';
  for (let i = open + 1; i < text.length && i <= open + 81; i++) {
    const c = text.charAt(i);
    if (c === '\n') return -1;
    // An apostrophe between letters is the name's own ("d'Amore").
    if (c === close && !(close === "'" && /\p{L}/u.test(text.charAt(i + 1)))) return i;
  }
  return -1;
}

/** The first run of two or more name words in text[from, to): [start, end, its words]. */
function nameRun(text: string, from: number, to: number): [number, number, string[]] | undefined {
  const re = /\S+/g;
  const inner = text.slice(from, to);
  let start = -1;
  let end = -1;
  let words: string[] = [];
  const close = (): [number, number, string[]] | undefined =>
    words.filter((w) => !INITIAL.test(w)).length >= 2 ? [from + start, from + end, words] : undefined;
  for (let m = re.exec(inner); m !== null; m = re.exec(inner)) {
    const t = TOKEN.exec(m[0]);
    const word = t?.[1];
    const isName = word !== undefined && (INITIAL.test(word) || nameWord(word));
    if (isName) {
      if (start < 0) start = m.index;
      end = m.index + word.length;
      words.push(word);
      continue;
    }
    const run = close();
    if (run) return run;
    start = -1;
    words = [];
  }
  return close();
}

export function searchedNames(ctx: ScanContext): void {
  if (!(ctx.includes('(') || ctx.includes('for ') || ctx.includes('"q') || ctx.includes('"search'))) return;
  const text = ctx.text;
  CUE.lastIndex = 0;
  for (let m = CUE.exec(text); m !== null; m = CUE.exec(text)) {
    const call = m[1];
    const noun = m[2];
    if (call !== undefined ? !PERSON_CALL.test(call) : noun !== undefined && !PERSON_NOUNS.test(noun))
      continue;
    const open = m.index + m[0].length - 1;
    const end = quoteEnd(text, open);
    if (end < 0) continue;
    const run = nameRun(text, open + 1, end);
    if (!run) continue;
    const [start, stop, words] = run;
    const records = call !== undefined || RECORD_NOUNS.test(noun ?? '');
    if (records || text.slice(start, stop).includes(',') || words.some(nameEvidence))
      if (!ctx.skip?.has('name')) ctx.out.push({ start, end: stop, type: 'name', ruleId: 'searched_name' });
    CUE.lastIndex = end + 1;
  }
}
