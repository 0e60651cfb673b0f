import { parseArgs } from 'node:util';
import { startBridge } from './connect-bridge';
import { gatewayFetch } from './connect-fetch';
import { commandToken, staticToken, type TokenSource } from './connect-token';

const USAGE = `proctor connect --gateway URL --connection NAME [--token-command CMD | --token TOKEN]
  A stdio MCP server for local clients (desktop apps, IDEs) that relays every message to a
  Proctor gateway over Streamable HTTP, as the user: configure it as the client's MCP server
  command. stdout carries only MCP; diagnostics go to stderr.

  --gateway URL          the gateway's base URL, e.g. https://proctor.example.org
  --connection NAME      the gateway connection (its endpoint is <gateway>/mcp/<NAME>)
  --token-command CMD    prints the user's bearer token; run at start and again on HTTP 401
  --token TOKEN          a fixed bearer token (prefer --token-command: argv is visible to
                         other local users, and a fixed token cannot be refreshed)
`;

export async function runConnect(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      help: { type: 'boolean', short: 'h' },
      gateway: { type: 'string' },
      connection: { type: 'string' },
      'token-command': { type: 'string' },
      token: { type: 'string' },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const usageError = (message: string) => {
    process.stderr.write(`proctor connect: ${message}\n\n${USAGE}`);
    return 2;
  };
  const endpoint = endpointOf(values.gateway, values.connection);
  if (typeof endpoint === 'string') return usageError(endpoint);
  const tokenCommand = values['token-command'];
  if (tokenCommand !== undefined && values.token !== undefined) {
    return usageError('give either --token-command or --token, not both');
  }
  const tokens: TokenSource | null = tokenCommand
    ? commandToken(tokenCommand)
    : values.token
      ? staticToken(values.token)
      : null;
  if (tokens === null) return usageError('a token is required: --token-command CMD or --token TOKEN');
  // Fail at start, with the reason, rather than on the client's first request.
  await tokens.current();

  const warn = (message: string) => process.stderr.write(`proctor connect: ${message}\n`);
  const bridge = await startBridge({
    endpoint,
    fetch: gatewayFetch(tokens),
    stdin: process.stdin,
    stdout: process.stdout,
    warn,
  });
  const stop = () => void bridge.close();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await bridge.closed;
  return 0;
}

function endpointOf(gateway: string | undefined, connection: string | undefined): URL | string {
  if (!gateway) return '--gateway URL is required';
  if (!connection) return '--connection NAME is required';
  let base: URL;
  try {
    base = new URL(gateway.endsWith('/') ? gateway : `${gateway}/`);
  } catch {
    return `--gateway is not a URL: ${gateway}`;
  }
  if (base.protocol !== 'https:' && base.protocol !== 'http:') return '--gateway must be an http(s) URL';
  if (!/^[a-z0-9][a-z0-9-_]{0,62}$/.test(connection))
    return `--connection is not a connection name: ${connection}`;
  return new URL(`mcp/${connection}`, base);
}
