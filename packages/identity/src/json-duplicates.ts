/**
 * Whether a JSON text repeats a member name within one object. RFC 7515 §4 and RFC 7519 §4
 * let a parser either refuse such a JOSE header or claims set or keep the last value; two
 * parsers that choose differently read two different tokens (the verifier one `sub`, a log
 * or an upstream another), so Proctor refuses them. Names are compared as decoded
 * (`"s\u0075b"` is `sub`). Linear in the text; the text must already be valid JSON.
 */
export function hasDuplicateKeys(json: string): boolean {
  const objects: (Set<string> | null)[] = [];
  let i = 0;
  while (i < json.length) {
    const ch = json[i];
    if (ch === '{') objects.push(new Set());
    else if (ch === '[') objects.push(null);
    else if (ch === '}' || ch === ']') objects.pop();
    else if (ch === '"') {
      const end = stringEnd(json, i);
      const keys = objects.at(-1);
      if (keys && nextSignificant(json, end) === ':') {
        const name = JSON.parse(json.slice(i, end)) as string;
        if (keys.has(name)) return true;
        keys.add(name);
      }
      i = end;
      continue;
    }
    i++;
  }
  return false;
}

/** The index just past the closing quote of the string starting at `start`. */
function stringEnd(json: string, start: number): number {
  let i = start + 1;
  while (i < json.length && json[i] !== '"') i += json[i] === '\\' ? 2 : 1;
  return i + 1;
}

function nextSignificant(json: string, from: number): string | undefined {
  let i = from;
  while (i < json.length && /\s/.test(json[i] as string)) i++;
  return json[i];
}
