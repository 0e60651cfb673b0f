import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import {
  API_OPTIONS,
  API_OPTIONS_HELP,
  type ApiClient,
  apiClient,
  apiFailure,
  terminalText,
} from './api-client';
import { COMMON_OPTIONS } from './args';
import { loadCliConfig } from './config-file';

const USAGE = `proctor export records KIND [filters] [--format ndjson|csv|json] [--out FILE]
proctor export log (--session ID | --trace ID) [--format json|ndjson|csv|fhir] [--out FILE]
proctor export report --from TIME --to TIME [--controls a,b] [--format json|csv|html] [--out FILE]
proctor export bundle (--session ID | --trace ID) --out FILE

  Audit exports from the Proctor API (the exporter), as the caller's token allows.
  KIND: events, masking-matches, policy-decisions, approvals, access-grants, auth-failures, rule-errors.
  Filters: --session, --subject, --connection, --tool, --trace, --from, --to (ISO-8601),
  --decision (policy-decisions: block, require_approval, …), --action (approvals, access-grants).
  'log' with --format fhir writes FHIR R4 AuditEvent NDJSON. 'bundle' builds a signed replay
  bundle as a job (with a progress bar on a terminal) and saves it; check it with
  'proctor verify FILE --keys KEYS' (GET /v1/keys gives the published keys).

  --out FILE             write here instead of standard output
${API_OPTIONS_HELP}
`;

const FILTERS = [
  'session',
  'subject',
  'connection',
  'tool',
  'trace',
  'from',
  'to',
  'decision',
  'action',
] as const;

export async function runExport(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      ...COMMON_OPTIONS,
      ...API_OPTIONS,
      ...Object.fromEntries(FILTERS.map((f) => [f, { type: 'string' }])),
      format: { type: 'string' },
      controls: { type: 'string' },
      out: { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
  const [what, kind] = positionals;
  if (values.help || what === undefined) {
    process.stdout.write(USAGE);
    return values.help ? 0 : 2;
  }
  const usage = (message: string) => {
    process.stderr.write(`proctor export: ${message}\n\n${USAGE}`);
    return 2;
  };
  const v = values as Record<string, string | boolean | undefined>;
  const text = (name: string) => (typeof v[name] === 'string' ? (v[name] as string) : undefined);
  const query = (names: readonly string[], extra: Record<string, string | undefined> = {}) => {
    const params = new URLSearchParams();
    for (const name of names) if (text(name) !== undefined) params.set(name, text(name) as string);
    for (const [name, value] of Object.entries(extra)) if (value !== undefined) params.set(name, value);
    return params.size > 0 ? `?${params}` : '';
  };
  const config = await loadCliConfig(text('config'));
  const api = apiClient(config, values);
  try {
    switch (what) {
      case 'records': {
        if (kind === undefined) return usage('records needs a KIND');
        const format = text('format') ?? 'ndjson';
        return save(api, `/v1/records/${encodeURIComponent(kind)}${query(FILTERS, { format })}`, text('out'));
      }
      case 'log': {
        const id = text('session') ?? text('trace');
        if (id === undefined || (text('session') !== undefined && text('trace') !== undefined))
          return usage('log needs --session ID or --trace ID');
        const path = text('session') !== undefined ? 'sessions' : 'traces';
        return save(
          api,
          `/v1/${path}/${encodeURIComponent(id)}/log${query([], { format: text('format') ?? 'ndjson' })}`,
          text('out'),
        );
      }
      case 'report': {
        if (text('from') === undefined || text('to') === undefined)
          return usage('report needs --from and --to');
        return save(
          api,
          `/v1/reports/hipaa${query(['from', 'to', 'controls'], { format: text('format') ?? 'json' })}`,
          text('out'),
        );
      }
      case 'bundle':
        return await bundle(api, text('session'), text('trace'), text('out'), usage);
      default:
        return usage(`unknown export "${what}"`);
    }
  } catch (err) {
    return apiFailure(`export ${what}`, err);
  }
}

async function save(api: ApiClient, path: string, out: string | undefined): Promise<number> {
  const response = await api.stream(path);
  if (!response.body) return 0;
  const body = Readable.fromWeb(response.body as never);
  if (out !== undefined) await pipeline(body, createWriteStream(out));
  // On a terminal, what clients sent (a tool name, a user agent) must not act on it; a file or
  // a pipe gets the exact bytes.
  else if (process.stdout.isTTY === true) await pipeline(Readable.from(terminalChunks(body)), process.stdout);
  else await pipeline(body, process.stdout);
  return 0;
}

/** An export's text for a terminal: CRLF line ends as line feeds, other controls shown (terminalText). */
async function* terminalChunks(body: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  let held = '';
  for await (const chunk of body) {
    const text = held + decoder.decode(chunk, { stream: true });
    held = text.endsWith('\r') ? '\r' : '';
    yield terminalText(text.slice(0, text.length - held.length).replaceAll('\r\n', '\n'));
  }
  yield terminalText(`${held}${decoder.decode()}`.replaceAll('\r\n', '\n'));
}

async function bundle(
  api: ApiClient,
  session: string | undefined,
  trace: string | undefined,
  out: string | undefined,
  usage: (message: string) => number,
): Promise<number> {
  if ((session === undefined) === (trace === undefined))
    return usage('bundle needs --session ID or --trace ID');
  if (out === undefined) return usage('bundle needs --out FILE');
  const queued = (await api.call(
    'POST',
    '/v1/bundles',
    session !== undefined ? { sessionId: session } : { traceId: trace },
  )) as { jobId: string };
  const tty = process.stderr.isTTY === true;
  for (;;) {
    const job = (await api.call('GET', `/v1/jobs/${encodeURIComponent(queued.jobId)}`)) as {
      state: string;
      progress: number;
      error: { message: string } | null;
    };
    if (tty) process.stderr.write(`\r${bar(job.progress)} ${job.state.padEnd(9)}`);
    if (job.state === 'completed') break;
    if (job.state === 'failed') {
      if (tty) process.stderr.write('\n');
      process.stderr.write(
        `proctor export bundle: the bundle job failed: ${job.error?.message ?? 'unknown reason'}\n`,
      );
      return 1;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  if (tty) process.stderr.write('\n');
  await save(api, `/v1/bundles/${encodeURIComponent(queued.jobId)}`, out);
  process.stderr.write(`saved ${out}\n`);
  return 0;
}

function bar(percent: number): string {
  const filled = Math.round(percent / 5);
  return `[${'#'.repeat(filled)}${'.'.repeat(20 - filled)}] ${String(percent).padStart(3)}%`;
}
