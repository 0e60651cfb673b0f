/** MCP frames as they cross the wire: JSON-RPC requests and results around the payloads. */
import type { Gen } from '../context';
import { type Frag, type JsonTree, jsonText, type Piece, t } from '../fragment';

type Fields = { readonly [key: string]: JsonTree | undefined };

function envelope(g: Gen): { jsonrpc: string; id: number } {
  return { jsonrpc: '2.0', id: g.int(2, 4800) };
}

/** A `tools/call` request an agent sends. */
export function toolCall(g: Gen, name: string, args: Fields): JsonTree {
  const meta = g.chance(0.25) ? { progressToken: `pt-${g.digits(6)}` } : undefined;
  return { ...envelope(g), method: 'tools/call', params: { name, arguments: args, _meta: meta } };
}

/** A `tools/call` result with text content. */
export function toolText(g: Gen, text: Frag | string, isError = false): JsonTree {
  return { ...envelope(g), result: { content: [{ type: 'text', text }], isError } };
}

/**
 * A result with `structuredContent` and, as the spec asks for compatibility, the same object
 * serialized in a text block.
 */
export function toolStructured(g: Gen, structured: Fields): JsonTree {
  const indent = g.pick([0, 0, 2]);
  return {
    ...envelope(g),
    result: {
      content: [{ type: 'text', text: jsonText(structured, indent) }],
      structuredContent: structured,
    },
  };
}

/** A `resources/read` result. */
export function resourceRead(g: Gen, uri: Piece, mimeType: string, text: Frag): JsonTree {
  return { ...envelope(g), result: { contents: [{ uri: t`${uri}`, mimeType, text }] } };
}

export interface SamplingMessage {
  role: 'user' | 'assistant';
  text: Frag | string;
}

/** A `sampling/createMessage` request a server sends to the client's model. */
export function samplingRequest(g: Gen, systemPrompt: Frag | string, messages: SamplingMessage[]): JsonTree {
  return {
    ...envelope(g),
    method: 'sampling/createMessage',
    params: {
      messages: messages.map((m) => ({ role: m.role, content: { type: 'text', text: m.text } })),
      systemPrompt,
      modelPreferences: {
        hints: [{ name: g.pick(['claude-sonnet', 'claude-haiku', 'gpt-4o', 'gemini']) }],
        intelligencePriority: g.pick([0.3, 0.5, 0.8]),
        speedPriority: g.pick([0.2, 0.5, 0.7]),
      },
      includeContext: g.pick(['none', 'thisServer']),
      maxTokens: g.pick([400, 800, 1024, 2000]),
      temperature: g.pick([0, 0.2, 0.3]),
    },
  };
}

/** The client's answer to a sampling request. */
export function samplingResult(g: Gen, text: Frag, model: string): JsonTree {
  return {
    ...envelope(g),
    result: { role: 'assistant', content: { type: 'text', text }, model, stopReason: 'endTurn' },
  };
}

/** A serialized frame, as a proxy log or a transcript of the wire shows it. */
export function onWire(frame: JsonTree): Frag {
  return jsonText(frame);
}
