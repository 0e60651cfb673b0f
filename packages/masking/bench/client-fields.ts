/**
 * Synthetic client fields as ingest masks them beside each frame's payload: one small JSON
 * object per event holding the user agent, the method, the JSON-RPC id and the tool name
 * (four short strings), in the `{ envelope, body }` shape ingest builds. Ingest pays the fixed
 * cost of a masking call for these on every event, so it is measured per call.
 */

const USER_AGENTS = [
  'claude-ai/0.1.0 (external, claude-desktop)',
  'python-httpx/0.27.2',
  'mcp-inspector/0.16.1',
  'node',
  'Cursor/1.4.2 (darwin arm64)',
];
const METHODS = ['tools/call', 'resources/read', 'prompts/get', 'tools/list', 'notifications/progress'];
const TOOLS = [
  'lookup_patient',
  'get_lab_results',
  'search_encounters',
  'list_medications',
  'schedule_visit',
];

export function clientFieldTexts(count: number): string[] {
  return Array.from({ length: count }, (_, i) =>
    JSON.stringify({
      envelope: { userAgent: USER_AGENTS[i % USER_AGENTS.length] },
      body: {
        method: METHODS[i % METHODS.length],
        jsonrpcId: String(i + 1),
        toolName: TOOLS[i % TOOLS.length],
      },
    }),
  );
}
