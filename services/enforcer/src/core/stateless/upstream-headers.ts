/**
 * Client request headers a stateless request carries on to the upstream: the content
 * negotiation headers and the revision's mirrored headers (`Mcp-Method`, `Mcp-Name`, and every
 * `Mcp-Param-*`, which an intermediary that does not know the tool must forward untouched).
 * Never the client's credentials, cookies or session headers.
 */
const FORWARDED = new Set([
  'accept',
  'mcp-method',
  'mcp-name',
  'user-agent',
  'traceparent',
  'tracestate',
  'baggage',
]);

export function forwardedRequestHeaders(
  headers: Record<string, string | string[] | undefined>,
): Record<string, string> {
  const out: Record<string, string> = { 'content-type': 'application/json' };
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (value === undefined || !(FORWARDED.has(lower) || lower.startsWith('mcp-param-'))) continue;
    out[lower] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}
