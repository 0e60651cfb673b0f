/** Child process: the demo EHR MCP server, the upstream of the benchmark. */
import { startDemoEhr } from '@proctor/demo-ehr';
import { runChild } from './child-lifecycle';

await runChild(async () => {
  const demo = await startDemoEhr({ host: '127.0.0.1', port: 0 });
  return { ready: { url: demo.url }, stop: () => demo.close() };
});
