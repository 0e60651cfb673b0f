/**
 * A JSON path subset for argument rules: `$`, `.name`, `['name']`, `[index]` and the
 * wildcards `.*` / `[*]`. Evaluation returns every value the path reaches.
 */

type Segment = { kind: 'key'; key: string } | { kind: 'index'; index: number } | { kind: 'any' };

const SEGMENT =
  /^(?:\.([A-Za-z_$][\w$-]*)|\.\*|\[\*\]|\[(\d{1,6})\]|\['((?:[^'\\]|\\.)*)'\]|\["((?:[^"\\]|\\.)*)"\])/;

export function parseJsonPath(path: string): Segment[] {
  if (!path.startsWith('$')) throw new Error('a JSON path starts with $');
  const segments: Segment[] = [];
  let rest = path.slice(1);
  while (rest.length > 0) {
    const m = SEGMENT.exec(rest);
    if (!m) throw new Error(`cannot read the JSON path at "${rest.slice(0, 20)}"`);
    const [whole, dotted, index, single, double] = m;
    if (dotted !== undefined) segments.push({ kind: 'key', key: dotted });
    else if (index !== undefined) segments.push({ kind: 'index', index: Number(index) });
    else if (single !== undefined) segments.push({ kind: 'key', key: single.replace(/\\(.)/g, '$1') });
    else if (double !== undefined) segments.push({ kind: 'key', key: double.replace(/\\(.)/g, '$1') });
    else segments.push({ kind: 'any' });
    rest = rest.slice(whole.length);
  }
  return segments;
}

/**
 * Every value the path reaches. With `fold`, a key segment reaches every key that folds like
 * it (`MRN`, `ｍｒｎ` for `.mrn`): how a server matching keys leniently — Go's encoding/json
 * ignores case — reads the arguments.
 */
export function evaluateJsonPath(
  segments: readonly Segment[],
  root: unknown,
  fold?: (key: string) => string,
): unknown[] {
  let nodes: unknown[] = [root];
  for (const segment of segments) {
    const next: unknown[] = [];
    for (const node of nodes) {
      if (typeof node !== 'object' || node === null) continue;
      if (segment.kind === 'any') {
        next.push(...(Array.isArray(node) ? node : Object.values(node)));
      } else if (segment.kind === 'index') {
        if (Array.isArray(node) && segment.index < node.length) next.push(node[segment.index]);
      } else if (!Array.isArray(node)) {
        pushKey(next, node as Record<string, unknown>, segment.key, fold);
      }
    }
    nodes = next;
  }
  return nodes;
}

function pushKey(
  out: unknown[],
  node: Record<string, unknown>,
  key: string,
  fold: ((key: string) => string) | undefined,
): void {
  if (fold === undefined) {
    if (Object.hasOwn(node, key)) out.push(node[key]);
    return;
  }
  const folded = fold(key);
  for (const name in node) if (Object.hasOwn(node, name) && fold(name) === folded) out.push(node[name]);
}

/** What a pattern is tested against: strings as they are, other values as JSON text. */
export function textOf(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
}

/**
 * Every string, number and boolean inside a value (the value itself when it is one), as text;
 * a string that holds a JSON array, object or string also gives the texts inside it, to one
 * level of such nesting (`"[\"VIP-1\"]"`, `"\"VIP-1\""`): what a server that decodes its
 * arguments would read.
 */
export function textsWithin(value: unknown, out: string[] = [], nested = 1): string[] {
  if (typeof value === 'object' && value !== null) {
    for (const item of Array.isArray(value) ? value : Object.values(value)) textsWithin(item, out, nested);
  } else if (value !== undefined && value !== null) {
    out.push(String(value));
    if (nested > 0 && typeof value === 'string' && /^\s*[[{"]/.test(value)) {
      const inner = parsedOrUndefined(value);
      if (typeof inner === 'object' || typeof inner === 'string') textsWithin(inner, out, nested - 1);
    }
  }
  return out;
}

function parsedOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
