#!/usr/bin/env node
// Runs an MCP client under test through a gateway started for the scenario server of the
// conformance suite's client scenarios: the runner appends the scenario server's URL to its
// --command; this starts a gateway (enforcer only) with one anonymous connection to that URL,
// runs the client command with the gateway's URL instead, then stops the gateway.
//
//   npx @modelcontextprotocol/conformance client --scenario tools_call \
//     --command "node <repo>/test/conformance/client-via-gateway.mjs <client command…>"
//
// The gateway's state and log go to a temporary directory, removed afterwards.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const serverUrl = args.pop();
if (!serverUrl || args.length === 0) {
  console.error('usage: client-via-gateway.mjs CLIENT_COMMAND… SERVER_URL');
  process.exit(2);
}
const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A port nothing listens on now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

function accepts(port) {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port }, () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

const port = await freePort();
const dir = mkdtempSync(join(tmpdir(), 'proctor-conformance-client-'));
const config = join(dir, 'proctor.yaml');
writeFileSync(
  config,
  `mode: production
tenant: conformance
gatewayId: conformance-client
enforcer:
  listen: { host: 127.0.0.1, port: ${port} }
  stateDir: ${join(dir, 'enforcer')}
  connections:
    - name: scenario
      anonymous: true
      upstream:
        url: ${serverUrl}
eventLog:
  durability: process
  local: { dir: ${join(dir, 'log')} }
`,
);
const gateway = spawn(process.execPath, [join(repo, 'bin', 'proctor.mjs'), 'enforcer', '--config', config], {
  cwd: repo,
  stdio: ['ignore', 'ignore', 'inherit'],
});
const stop = async () => {
  if (gateway.exitCode === null) {
    gateway.kill('SIGTERM');
    await new Promise((resolve) => gateway.once('exit', resolve));
  }
  rmSync(dir, { recursive: true, force: true });
};

let code = 1;
try {
  const deadline = Date.now() + 60_000;
  while (!(await accepts(port))) {
    if (gateway.exitCode !== null || Date.now() > deadline) throw new Error('the gateway did not start');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const [command, ...rest] = args;
  const client = spawn(command, [...rest, `http://127.0.0.1:${port}/mcp/scenario`], { stdio: 'inherit' });
  code = await new Promise((resolve) => client.once('exit', (c) => resolve(c ?? 1)));
} catch (err) {
  console.error(String(err));
} finally {
  await stop();
}
process.exit(code);
