/** MCP frames around blind split 20's records. SYNTHETIC DATA ONLY. */
import type { Gen } from '../context';
import { type Frag, type JsonTree, jsonText } from '../fragment';

/** A tools/call request carrying `args`. */
export function toolCall(g: Gen, name: string, args: JsonTree): JsonTree {
  return { jsonrpc: '2.0', id: g.int(1, 9999), method: 'tools/call', params: { name, arguments: args } };
}

/** A tool result: the record as structured content and its JSON copy in a text block. */
export function toolResult(g: Gen, record: JsonTree, structured = g.chance(0.6)): JsonTree {
  return {
    jsonrpc: '2.0',
    id: g.int(1, 9999),
    result: {
      content: [{ type: 'text', text: jsonText(record, g.pick([0, 2])) }],
      structuredContent: structured ? record : undefined,
      isError: false,
    },
  };
}

/** A tool result whose only content is text (a printout, a CSV, a letter). */
export function textResult(g: Gen, text: Frag): JsonTree {
  return {
    jsonrpc: '2.0',
    id: g.int(1, 9999),
    result: { content: [{ type: 'text', text }], isError: false },
  };
}

/** A resources/read result. */
export function resource(g: Gen, uri: string, mimeType: string, text: Frag | JsonTree): JsonTree {
  return { jsonrpc: '2.0', id: g.int(1, 9999), result: { contents: [{ uri, mimeType, text }] } };
}
