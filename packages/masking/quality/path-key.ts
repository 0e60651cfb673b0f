/** A JSON path as a map key: segments as strings joined by NUL (which no key here contains). */
export function pathKey(segments: readonly (string | number)[]): string {
  return segments.map(String).join('\u0000');
}
