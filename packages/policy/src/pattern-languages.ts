/**
 * Reasoning about the sets of strings patterns stand for, so a resource template can be judged
 * by every URI it expands to. Both kinds of pattern become token lists: a literal character,
 * `one` (any single character: a glob's `?`) or `any` (any run, also empty: a glob's `*`, and
 * every expression of an RFC 6570 template — a variable may be undefined, expand to the empty
 * string, or, with `+` and `#`, carry reserved characters, so `any` is the only safe
 * over-approximation). Over-approximating a template's URIs keeps both questions sound:
 * "could a rule match one of them?" may say yes too often, never no wrongly, and "does a rule
 * match all of them?" may say no too often, never yes wrongly.
 */

export type Token = string | typeof ONE | typeof ANY;
export const ONE = Symbol('one');
export const ANY = Symbol('any');

/** A policy glob (`*`, `?`, every other character literal) as tokens. */
export function globTokens(glob: string): Token[] {
  return [...glob].map((ch) => (ch === '*' ? ANY : ch === '?' ? ONE : ch));
}

/**
 * An RFC 6570 URI template as tokens: literal text as it is, each `{…}` expression as `any`.
 * Null when the template is malformed (an unclosed or stray brace): nothing can be said of it.
 */
export function templateTokens(template: string): Token[] | null {
  const tokens: Token[] = [];
  let inExpression = false;
  for (const ch of template) {
    if (ch === '{') {
      if (inExpression) return null;
      inExpression = true;
      if (tokens.at(-1) !== ANY) tokens.push(ANY);
    } else if (ch === '}') {
      if (!inExpression) return null;
      inExpression = false;
    } else if (!inExpression) {
      tokens.push(ch);
    }
  }
  return inExpression ? null : tokens;
}

/** Whether some string matches both patterns. Null when the search ran out of budget. */
export function overlaps(a: readonly Token[], b: readonly Token[]): boolean | null {
  return explore(a, b, (aDone, bDone) => aDone && bDone);
}

/** Whether every string `inner` matches also matches `outer`. Null when the search ran out of budget. */
export function covers(outer: readonly Token[], inner: readonly Token[]): boolean | null {
  const escaped = explore(inner, outer, (innerDone, outerDone) => innerDone && !outerDone);
  return escaped === null ? null : !escaped;
}

const MAX_STATES = 20_000;

/**
 * Runs both patterns' automata side by side (each determinised on the fly) over an alphabet of
 * every literal they name plus one character neither does — all characters neither names
 * behave alike — and reports whether a pair of states with `found(aAccepts, bAccepts)` is reachable.
 */
function explore(
  a: readonly Token[],
  b: readonly Token[],
  found: (aAccepts: boolean, bAccepts: boolean) => boolean,
): boolean | null {
  const alphabet = new Set<string>();
  for (const t of [...a, ...b]) if (typeof t === 'string') alphabet.add(t);
  const other = freshCharacter(alphabet);
  const letters = [...alphabet, other];
  const start: [number[], number[]] = [closure(a, [0]), closure(b, [0])];
  const seen = new Set<string>([key(start)]);
  const queue = [start];
  while (queue.length > 0) {
    const [sa, sb] = queue.shift() as [number[], number[]];
    if (found(sa.includes(a.length), sb.includes(b.length))) return true;
    for (const ch of letters) {
      const next: [number[], number[]] = [step(a, sa, ch), step(b, sb, ch)];
      if (next[0].length === 0) continue;
      const k = key(next);
      if (seen.has(k)) continue;
      if (seen.size >= MAX_STATES) return null;
      seen.add(k);
      queue.push(next);
    }
  }
  return false;
}

function key([sa, sb]: [number[], number[]]): string {
  return `${sa.join(',')}|${sb.join(',')}`;
}

/** The positions reachable without reading a character: `any` may match nothing. */
function closure(tokens: readonly Token[], positions: readonly number[]): number[] {
  const out = new Set<number>();
  for (let p of positions) {
    out.add(p);
    while (tokens[p] === ANY) out.add(++p);
  }
  return [...out].sort((x, y) => x - y);
}

function step(tokens: readonly Token[], positions: readonly number[], ch: string): number[] {
  const next: number[] = [];
  for (const p of positions) {
    const t = tokens[p];
    if (t === ANY) next.push(p);
    else if (t === ONE || t === ch) next.push(p + 1);
  }
  return closure(tokens, next);
}

function freshCharacter(used: ReadonlySet<string>): string {
  for (let code = 0xe000; ; code++) {
    const ch = String.fromCharCode(code);
    if (!used.has(ch)) return ch;
  }
}
