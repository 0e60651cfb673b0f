import { parseArgs } from 'node:util';
import { readBundle } from '@proctor/exporter/bundle';
import { recordedSessions, replayAgainst, serveReplay } from '@proctor/exporter/replay';
import { COMMON_OPTIONS } from './args';

const USAGE = `proctor replay BUNDLE --serve PORT [--host HOST]
proctor replay BUNDLE --against URL [--json]

  --serve    runs a sandbox MCP server (the era the session was recorded in) that answers
             the recorded requests with the recorded, masked answers: re-run the session
             with any MCP client at http://HOST:PORT/mcp. Ctrl-C stops it.
  --against  re-sends the recorded client requests to a sandbox MCP server at URL and
             reports, frame by frame, where its answers differ. Exit status 1 if any do.
`;

export async function runReplay(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      ...COMMON_OPTIONS,
      serve: { type: 'string' },
      host: { type: 'string' },
      against: { type: 'string' },
      json: { type: 'boolean' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const usage = (message: string) => {
    process.stderr.write(`proctor replay: ${message}\n\n${USAGE}`);
    return 2;
  };
  if (positionals.length !== 1) return usage('give one bundle file');
  if ((values.serve === undefined) === (values.against === undefined))
    return usage('give either --serve PORT or --against URL');
  const sessions = recordedSessions((await readBundle(positionals[0] as string)).events);

  if (values.against !== undefined) {
    if (!/^https?:\/\//.test(values.against)) return usage('--against needs an http(s) URL');
    const report = await replayAgainst(sessions, values.against);
    if (values.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else {
      for (const f of report.frames) {
        const detail = f.differences.length ? `  at ${f.differences.join(', ')}` : '';
        process.stdout.write(`${f.sessionId} seq ${f.seq} ${f.method}: ${f.outcome}${detail}\n`);
      }
      process.stdout.write(`${report.compared} compared, ${report.different} different\n`);
    }
    return report.ok ? 0 : 1;
  }

  const port = Number(values.serve);
  if (!Number.isInteger(port) || port < 0 || port > 65535) return usage('--serve needs a port number');
  const server = await serveReplay(sessions, { port, host: values.host ?? '127.0.0.1' });
  process.stdout.write(`replaying ${sessions.length} recorded session(s) at ${server.url}\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
  return 0;
}
