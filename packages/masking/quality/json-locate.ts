/**
 * Where each string value of a JSON text sits in that text, with a map from decoded offsets
 * to raw offsets (escapes make them differ). Lets the scorer place a span the engine reports
 * inside JSON embedded in a string (`$.result.content[1].text#$.patient.name`) back onto the
 * embedding string, where the labels are.
 */
import { pathKey } from './json-path';

export interface StringLocation {
  decoded: string;
  /** decodedToRaw[i] is the raw offset of decoded character i; one extra entry for the end. */
  decodedToRaw: number[];
}

/** Every string value of `text` by path key; undefined when `text` is not a JSON object or array. */
export function locateStrings(text: string): Map<string, StringLocation> | undefined {
  const out = new Map<string, StringLocation>();
  let i = 0;
  const ws = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const str = (): StringLocation => {
    if (text[i] !== '"') throw new Error('expected string');
    i++;
    let decoded = '';
    const decodedToRaw: number[] = [];
    while (text[i] !== '"') {
      if (i >= text.length) throw new Error('unterminated string');
      decodedToRaw.push(i);
      if (text[i] === '\\') {
        const esc = text[i + 1];
        if (esc === 'u') {
          decoded += String.fromCharCode(Number.parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
        } else {
          decoded +=
            ({ n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' } as Record<string, string>)[esc ?? ''] ?? esc;
          i += 2;
        }
      } else decoded += text[i++];
    }
    decodedToRaw.push(i);
    i++;
    return { decoded, decodedToRaw };
  };
  const value = (path: (string | number)[]): void => {
    ws();
    const c = text[i];
    if (c === '"') out.set(pathKey(path), str());
    else if (c === '{') {
      i++;
      ws();
      while (text[i] !== '}') {
        const key = str().decoded;
        ws();
        i++; // ':'
        value([...path, key]);
        ws();
        if (text[i] === ',') i++;
        ws();
      }
      i++;
    } else if (c === '[') {
      i++;
      ws();
      for (let n = 0; text[i] !== ']'; n++) {
        value([...path, n]);
        ws();
        if (text[i] === ',') i++;
        ws();
      }
      i++;
    } else {
      while (i < text.length && !',]} \t\n\r'.includes(text[i] as string)) i++;
    }
  };
  ws();
  if (text[i] !== '{' && text[i] !== '[') return undefined;
  try {
    JSON.parse(text);
    value([]);
  } catch {
    return undefined;
  }
  return out;
}
