/**
 * The parts of a web address that are masked as a URL. A random UUID in its path or query
 * (`/bulk/<uuid>/Patient.ndjson`, `?_jobId=<uuid>`) is a system's key for a job, a file or a
 * resource, kept like every other UUID; an organisation's name searched for is kept too; the
 * address around them is still masked.
 */

const UUID_IN = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![0-9a-z-])/gi;
const ALNUM = /[\p{L}\p{N}]/u;

/**
 * A FHIR search on an organisation's name (`service-provider:Organization.name=Mercy`,
 * `organization.name=…`): the value names a hospital or a practice, not the person.
 */
const ORGANISATION_NAME_IN = /[?&][\w.:-]*organi[sz]ation[\w.:-]*\.name(?::\w+)?=([^&#\s]+)/gi;

/** `[start, end)` of the kept values in `value`: UUIDs and organisations' names. */
function keptValues(value: string): [number, number][] {
  const kept: [number, number][] = [];
  // A UUID has 32 hex digits and four dashes: an address shorter than one holds none.
  if (value.length >= 36 && value.indexOf('-') >= 0) {
    UUID_IN.lastIndex = 0;
    for (let m = UUID_IN.exec(value); m !== null; m = UUID_IN.exec(value)) {
      // Only a whole path segment or query value: "/<uuid>", "=<uuid>", ":<uuid>".
      const prev = value.charCodeAt(m.index - 1);
      if (prev === 0x2f || prev === 0x3d || prev === 0x3a) kept.push([m.index, m.index + m[0].length]);
    }
  }
  if (value.length > 20 && /organi[sz]ation/i.test(value)) {
    ORGANISATION_NAME_IN.lastIndex = 0;
    for (let m = ORGANISATION_NAME_IN.exec(value); m !== null; m = ORGANISATION_NAME_IN.exec(value)) {
      const end = m.index + m[0].length;
      kept.push([end - (m[1] as string).length, end]);
    }
    kept.sort((a, b) => a[0] - b[0]);
  }
  return kept;
}

/** `[start, end)` ranges of the address `value` found at `start`, around the UUIDs and organisations' names it holds. */
export function urlParts(start: number, value: string): [number, number][] {
  const kept = keptValues(value);
  if (kept.length === 0) return [[start, start + value.length]];
  const parts: [number, number][] = [];
  let from = 0;
  for (const [s, e] of kept) {
    pushPart(parts, value, start, from, s);
    from = Math.max(from, e);
  }
  pushPart(parts, value, start, from, value.length);
  return parts;
}

function pushPart(parts: [number, number][], value: string, start: number, from: number, to: number): void {
  if (to > from && ALNUM.test(value.slice(from, to))) parts.push([start + from, start + to]);
}
