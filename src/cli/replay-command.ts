import { parseArgs } from 'node:util';
import { readBundle, verifyBundleFile } from '@proctor/exporter/bundle';
import { recordedSessions, replayAgainst, serveReplay } from '@proctor/exporter/replay';
import { COMMON_OPTIONS } from './args';
import { describeReport, readKeys } from './bundle-report';

const USAGE = `proctor replay BUNDLE --serve PORT [--host HOST] [--keys JWKS_FILE | --no-verify]
proctor replay BUNDLE --against URL [--json] [--keys JWKS_FILE | --no-verify]

  The bundle is verified first, as 'proctor verify' does (hash chains, signed checkpoints,
  gateway-stream positions, manifest, session ends); one that does not verify is not replayed.

  --serve      runs a sandbox MCP server (the era the session was recorded in) that answers
               the recorded requests with the recorded, masked answers: re-run the session
               with any MCP client at http://HOST:PORT/mcp. Ctrl-C stops it.
  --against    re-sends the recorded client requests to a sandbox MCP server at URL and
               reports, frame by frame, where its answers differ.
  --keys FILE  the published checkpoint keys (GET /v1/keys); without it the bundle's own keys
               are used, with a warning
  --no-verify  replays without verifying (a warning says so on stderr): for looking into a
               bundle that failed verification, never as evidence

  Exit status: 0 replayed (--against: every answer the same); 1 --against found answers
  that differ, or the file could not be read as a bundle; 2 usage errors; 3 the bundle does
  not verify and was not replayed.
`;

/** The exit status of a bundle that does not verify. */
export const REFUSED = 3;

export async function runReplay(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      ...COMMON_OPTIONS,
      serve: { type: 'string' },
      host: { type: 'string' },
      against: { type: 'string' },
      json: { type: 'boolean' },
      keys: { type: 'string' },
      'no-verify': { type: 'boolean' },
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
  if (values.keys !== undefined && values['no-verify'])
    return usage('--keys and --no-verify exclude each other');
  const file = positionals[0] as string;
  if (values['no-verify']) {
    process.stderr.write(
      `proctor replay: WARNING: --no-verify: ${file} was NOT verified. What is replayed may not be what was recorded; nothing it shows is evidence.\n`,
    );
  } else if (!(await verified(file, values.keys))) return REFUSED;
  const sessions = recordedSessions((await readBundle(file)).events);

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

/** Verifies the bundle; says on stderr why it will not be replayed when it does not verify. */
async function verified(file: string, keysFile: string | undefined): Promise<boolean> {
  const publishedKeys = keysFile === undefined ? undefined : await readKeys(keysFile);
  const report = await verifyBundleFile(file, { publishedKeys });
  if (report.ok) {
    for (const warning of report.warnings) process.stderr.write(`proctor replay: warning: ${warning}\n`);
    return true;
  }
  process.stderr.write(
    `proctor replay: refusing to replay ${file}: it does not verify (--no-verify replays it anyway, as untrusted)\n${describeReport(report, file)}`,
  );
  return false;
}
