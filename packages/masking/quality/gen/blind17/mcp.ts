/** MCP frames around blind split 17's payloads: tool results, structured content and tool calls. */
import type { Gen } from '../context';
import { Frag, type JsonTree, jsonText } from '../fragment';

/** A tools/call result whose text block holds `body` (JSON serialized, or text as is). */
export function toolResult(g: Gen, body: JsonTree | Frag, structured?: JsonTree): JsonTree {
  const text = body instanceof Frag ? body : jsonText(body, g.pick([0, 2]));
  return {
    jsonrpc: '2.0',
    id: g.int(2, 900),
    result: {
      content: [{ type: 'text', text }],
      structuredContent: structured,
      isError: false,
    },
  };
}

/** A result carrying only structured content, with a short text summary. */
export function structuredResult(g: Gen, summary: Frag | string, structured: JsonTree): JsonTree {
  return {
    jsonrpc: '2.0',
    id: g.int(2, 900),
    result: { content: [{ type: 'text', text: summary }], structuredContent: structured },
  };
}

/** A tools/call request an agent sends. */
export function toolCall(g: Gen, name: string, args: JsonTree): JsonTree {
  return { jsonrpc: '2.0', id: g.int(2, 900), method: 'tools/call', params: { name, arguments: args } };
}
