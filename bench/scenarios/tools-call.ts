import { CallFailure, type McpClient } from '../mcp-client';
import type { Scenario } from './scenario';

/** tools/call of the upstream's benchmark_payload tool, answering exactly `size` bytes of text. */
export function toolsCallScenario(size: number, name: string): Scenario {
  const params = { name: 'benchmark_payload', arguments: { size } };
  return {
    name,
    description: `tools/call benchmark_payload {size: ${size}} (a ${formatBytes(size)} text result)`,
    async call(client: McpClient): Promise<void> {
      const result = (await client.request('tools/call', params)) as {
        isError?: unknown;
        content?: Array<{ type?: unknown; text?: unknown }>;
      };
      if (result?.isError === true) throw new CallFailure('tools/call: tool reported an error');
      const text = result?.content?.[0]?.text;
      // Checks the size only: a relay that truncated or rewrote the result would show up here.
      if (typeof text !== 'string' || text.length !== size) {
        throw new CallFailure(`tools/call: result is not ${size} bytes of text`);
      }
    },
  };
}

function formatBytes(size: number): string {
  return size % 1024 === 0 ? `${size / 1024} KB` : `${size} B`;
}
