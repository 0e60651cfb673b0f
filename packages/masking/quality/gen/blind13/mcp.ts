/** How MCP carries what a general-purpose server returns: text blocks, structuredContent, resources, call arguments. */
import type { Gen } from '../context';
import { type Frag, type JsonTree, jsonText } from '../fragment';

const rpc = (g: Gen, result: JsonTree): JsonTree => ({ jsonrpc: '2.0', id: g.int(1, 9999), result });

/** A tools/call result whose one text block holds the payload as JSON (compact or indented). */
export function textBlock(g: Gen, payload: JsonTree): JsonTree {
  return rpc(g, { content: [{ type: 'text', text: jsonText(payload, g.pick([0, 0, 2])) }], isError: false });
}

/** A result with the payload as structuredContent and a short text block beside it. */
export function structured(g: Gen, payload: JsonTree, summary: string | Frag): JsonTree {
  return rpc(g, { content: [{ type: 'text', text: summary }], structuredContent: payload });
}

/** resources/read contents holding the payload as JSON text. */
export function resource(g: Gen, uri: string, payload: JsonTree): JsonTree {
  return rpc(g, {
    contents: [{ uri, mimeType: 'application/json', text: jsonText(payload, g.pick([0, 2])) }],
  });
}

/** resources/read contents holding plain text of another type. */
export function textResource(g: Gen, uri: string, mimeType: string, text: Frag): JsonTree {
  return rpc(g, { contents: [{ uri, mimeType, text }] });
}

/** A tools/call request whose arguments carry the data. */
export function callArgs(g: Gen, name: string, args: JsonTree): JsonTree {
  return { jsonrpc: '2.0', id: g.int(1, 9999), method: 'tools/call', params: { name, arguments: args } };
}

/** One of the result shapes, as a server of that kind would pick. */
export function anyResult(g: Gen, payload: JsonTree, summary: string | Frag, uri: string): JsonTree {
  const r = g.int(0, 9);
  if (r < 5) return textBlock(g, payload);
  if (r < 8) return structured(g, payload, summary);
  return resource(g, uri, payload);
}
