/**
 * The ways a server might read a resource URI. Rules match URIs as text, and a client could
 * write one resource many ways — `EHR://Patients/VIP-1`, `ehr://patients/%56IP-1`,
 * `ehr://patients/public/../VIP-1` — so a request is decided under each reading and the most
 * restrictive decision stands: a deny rule cannot be slipped past by spelling, and an allow
 * rule never grants a URI that reads as one it does not allow. Rules' resource globs are
 * normalised the same way when they compile.
 *
 * Readings: RFC 3986 §6.2.2 syntax-based normalisation (scheme and host in lower case,
 * percent-encoded unreserved characters decoded, hex digits in upper case, dot segments
 * removed); the fully percent-decoded form, normalised again, with `\` read as `/` (what
 * a server that decodes before resolving paths sees); and both again of the URI as a WHATWG
 * URL parser reads it — the official MCP SDKs look a `resources/read` up by
 * `new URL(uri).href`, which drops leading and trailing spaces and control characters and
 * every tab and newline (` ehr://patients/VIP-1`, `ehr://patients/VIP-\t1`), a default port,
 * and `localhost` in a `file:` URI, and adds the `//` a `file:/x` lacks. Last, the decoded
 * readings' paths as a file system resolves them: a run of slashes as one (`/data//secret`,
 * `file:////data`), and a segment's trailing dots and spaces dropped (`secret./`, as Windows
 * opens it). And each reading without the user name, port and trailing dots of its host
 * (`ehr://nurse@patients:8443/VIP-1`, `ehr://patients./VIP-1`), as a server routing on the
 * URL's host name and path reads it: only ever one more reading, so a deny holds for it and an
 * allow still needs the URI as written.
 */

const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;
const UNRESERVED = /[A-Za-z0-9\-._~]/;

let last: { uri: string; readings: readonly string[] } = { uri: '', readings: [''] };

/** The readings of a URI (one, when they agree). Remembers the last URI: every rule of a request asks. */
export function uriReadings(uri: string): readonly string[] {
  if (last.uri === uri) return last.readings;
  const parsed = whatwgHref(uri);
  const decoded = [
    decodedReading(uri),
    ...(parsed === null || parsed === uri ? [] : [decodedReading(parsed)]),
  ];
  const spelt = [
    normalizeUri(uri),
    ...(parsed === null || parsed === uri ? [] : [normalizeUri(parsed)]),
    ...decoded,
    ...decoded.map(fileSystemReading),
  ];
  const readings = [...new Set([...spelt, ...spelt.map(hostReading)])];
  last = { uri, readings };
  return readings;
}

/** RFC 3986 §6.2.2 normalisation; text that is not a URI with a scheme comes back unchanged but for dot segments. */
export function normalizeUri(uri: string): string {
  const encoded = uri.replace(/%([0-9A-Fa-f]{2})/g, (whole, hex: string) => {
    const ch = String.fromCharCode(Number.parseInt(hex, 16));
    return UNRESERVED.test(ch) ? ch : whole.toUpperCase();
  });
  const scheme = SCHEME.exec(encoded);
  if (scheme === null) return removeDotSegments(encoded);
  let rest = encoded.slice(scheme[0].length);
  let authority = '';
  if (rest.startsWith('//')) {
    const end = rest.slice(2).search(/[/?#]/);
    authority = end === -1 ? rest : rest.slice(0, end + 2);
    rest = end === -1 ? '' : rest.slice(end + 2);
  }
  const at = authority.lastIndexOf('@');
  const host = authority.slice(at + 1).toLowerCase();
  const tail = rest.search(/[?#]/);
  const path = tail === -1 ? rest : rest.slice(0, tail);
  const suffix = tail === -1 ? '' : rest.slice(tail);
  return `${scheme[1]?.toLowerCase()}:${authority.slice(0, at + 1)}${host}${removeDotSegments(path)}${suffix}`;
}

/** The fully percent-decoded form, normalised, with `\` read as `/`. */
function decodedReading(uri: string): string {
  return normalizeUri(decodeAll(uri).replaceAll('\\', '/'));
}

/**
 * A normalised URI's path as a file system resolves it: each segment without trailing dots
 * or spaces (but `.` and `..`, already resolved), then every run of slashes as one.
 */
function fileSystemReading(uri: string): string {
  const scheme = SCHEME.exec(uri);
  let start = scheme === null ? 0 : scheme[0].length;
  if (uri.startsWith('//', start)) {
    const end = uri.slice(start + 2).search(/[/?#]/);
    if (end === -1) return uri;
    start += 2 + end;
  }
  const rest = uri.slice(start);
  const tail = rest.search(/[?#]/);
  const path = tail === -1 ? rest : rest.slice(0, tail);
  const resolved = path
    .split('/')
    .map((segment) => segment.replace(/(?<=[^. ])[. ]+$/, ''))
    .join('/')
    .replace(/\/{2,}/g, '/');
  return resolved === path ? uri : `${uri.slice(0, start)}${resolved}${tail === -1 ? '' : rest.slice(tail)}`;
}

/**
 * A URI's authority reduced to its host name: the user name and password, the port and the
 * host's trailing dots dropped (`ehr://nurse@patients.:8443/x` is `ehr://patients/x`).
 */
function hostReading(uri: string): string {
  const scheme = SCHEME.exec(uri);
  if (scheme === null || !uri.startsWith('//', scheme[0].length)) return uri;
  const start = scheme[0].length + 2;
  const end = uri.slice(start).search(/[/?#]/);
  const authority = end === -1 ? uri.slice(start) : uri.slice(start, start + end);
  const host = authority
    .slice(authority.lastIndexOf('@') + 1)
    .replace(/:\d*$/, '')
    .replace(/\.+$/, '');
  if (host === authority) return uri;
  return `${uri.slice(0, start)}${host}${end === -1 ? '' : uri.slice(start + end)}`;
}

/** The URI as a WHATWG URL parser serialises it (what `new URL(uri).href` gives); null when it does not parse. */
function whatwgHref(uri: string): string | null {
  try {
    return new URL(uri).href;
  } catch {
    return null;
  }
}

/** Decodes every valid percent-encoded UTF-8 sequence, leaving invalid ones as they are. */
export function decodeAll(uri: string): string {
  return uri.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

/** RFC 3986 §5.2.4. */
export function removeDotSegments(path: string): string {
  if (!path.includes('.')) return path;
  const absolute = path.startsWith('/');
  const segments = (absolute ? path.slice(1) : path).split('/');
  const out: string[] = [];
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    if (segment === '.' || segment === '..') {
      if (segment === '..') out.pop();
      if (last) out.push('');
    } else {
      out.push(segment);
    }
  });
  return `${absolute ? '/' : ''}${out.join('/')}`;
}
