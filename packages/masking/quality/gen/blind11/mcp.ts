/** MCP message envelopes of blind split 11: tool calls and results, resources, prompts, sampling. */
import type { Gen } from '../context';
import { type Frag, type JsonTree, jsonText, phi, type Span } from '../fragment';
import { ageOf, type Person } from './people';
import { ageKeep } from './vocab';

export function rpcId(g: Gen): number | string {
  return g.chance(0.6) ? g.int(1, 400) : `req-${g.f.string.alphanumeric(8).toLowerCase()}`;
}

export function call(g: Gen, name: string, args: JsonTree): JsonTree {
  return { jsonrpc: '2.0', id: rpcId(g), method: 'tools/call', params: { name, arguments: args } };
}

export function text(body: Frag | string): JsonTree {
  return { type: 'text', text: body };
}

/** A JSON payload serialized into a text content block, as most servers return it. */
export function jsonBlock(g: Gen, tree: JsonTree): JsonTree {
  return text(jsonText(tree, g.chance(0.5) ? 2 : 0));
}

export function result(g: Gen, content: JsonTree[], structured?: JsonTree): JsonTree {
  return {
    jsonrpc: '2.0',
    id: rpcId(g),
    result: { content, structuredContent: structured, isError: g.chance(0.3) ? false : undefined },
  };
}

export function resource(g: Gen, uri: Frag | string, mimeType: string, body: Frag | string): JsonTree {
  return { jsonrpc: '2.0', id: rpcId(g), result: { contents: [{ uri, mimeType, text: body }] } };
}

/** The person's age: PHI over 89, a keep string otherwise. */
export function age(p: Person): Span {
  const a = ageOf(p);
  return a > 89 ? phi('age', String(a)) : ageKeep(a);
}
