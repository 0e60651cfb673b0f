/** How MCP carries the split's payloads: tool results, resource reads, tool calls, sampling, elicitation. SYNTHETIC DATA ONLY. */
import type { JsonTree } from '../fragment';

/** A tools/call result: text blocks, and structured content when the server declares an output schema. */
export function toolResult(text: readonly JsonTree[], structured?: JsonTree): JsonTree {
  const content = text.map((block) => ({ type: 'text', text: block }));
  return structured === undefined
    ? { content, isError: false }
    : { content, structuredContent: structured, isError: false };
}

export function resourceRead(uri: string, mimeType: string, text: JsonTree): JsonTree {
  return { contents: [{ uri, mimeType, text }] };
}

export function toolCall(id: number, name: string, args: JsonTree): JsonTree {
  return { jsonrpc: '2.0', id, method: 'tools/call', params: { name, arguments: args } };
}
