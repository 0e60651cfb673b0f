/** JSON paths as segment arrays: a map key for them, and the value a path leads to. */

/** A JSON path as a map key: segments as strings joined by NUL (which no key here contains). */
export function pathKey(segments: readonly (string | number)[]): string {
  return segments.map(String).join('\u0000');
}

/** The value at `path` under `root`, or undefined when the path leads nowhere. */
export function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let node = root;
  for (const seg of path)
    node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[seg] : undefined;
  return node;
}

/** The string at `path`; throws when there is none (a label must point into a string). */
export function stringAt(root: unknown, path: readonly (string | number)[]): string {
  const node = valueAt(root, path);
  if (typeof node !== 'string') throw new Error(`path ${path.join('.')} does not hold a string`);
  return node;
}
