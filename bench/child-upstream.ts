/** Child process: the benchmark's minimal upstream MCP server (see minimal-upstream.ts). */
import { runChild } from './child-lifecycle';
import { startMinimalUpstream } from './minimal-upstream';

await runChild(async () => {
  const upstream = await startMinimalUpstream({ host: '127.0.0.1', port: 0 });
  return { ready: { url: upstream.url }, stop: () => upstream.close() };
});
