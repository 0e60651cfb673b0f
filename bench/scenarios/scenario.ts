import type { McpClient } from '../mcp-client';

/** One kind of call, made the same way against every target. */
export interface Scenario {
  name: string;
  description: string;
  /** One call; resolves when the answer is complete and checked, throws a CallFailure otherwise. */
  call(client: McpClient): Promise<void>;
}
