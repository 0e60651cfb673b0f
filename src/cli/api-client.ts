/**
 * The HTTP client of the commands that talk to a running Proctor API (`approvals`, `access`):
 * where the API is (`--url`, else the exporter's address from the config), and the caller's
 * bearer token (`--token-command`, `--token`, or PROCTOR_TOKEN). Errors from the API are shown
 * as the API words them; a refused token is refreshed once through the token command.
 */
import type { ProctorConfig } from '@proctor/config';
import { commandToken, staticToken, type TokenSource } from './connect-token';

export const API_OPTIONS = {
  url: { type: 'string' },
  token: { type: 'string' },
  'token-command': { type: 'string' },
  json: { type: 'boolean' },
} as const;

export const API_OPTIONS_HELP = `  --url URL              the Proctor API (default: the exporter's address in the config)
  --token-command CMD    prints your bearer token (run again if the API refuses it)
  --token TOKEN          a bearer token (or set PROCTOR_TOKEN)
  --json                 print the API's JSON answer
  -c, --config FILE      configuration file`;

export class ApiCallError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'ApiCallError';
  }
}

export interface ApiClient {
  call(method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown>;
  /** GETs a body as it streams (exports, bundles): the response, once its status is OK. */
  stream(path: string): Promise<Response>;
}

export function apiClient(
  config: ProctorConfig,
  values: { url?: string; token?: string; 'token-command'?: string },
  env: NodeJS.ProcessEnv = process.env,
): ApiClient {
  const base = (values.url ?? defaultUrl(config)).replace(/\/$/, '');
  const tokens: TokenSource | null = values['token-command']
    ? commandToken(values['token-command'])
    : values.token
      ? staticToken(values.token)
      : env.PROCTOR_TOKEN
        ? staticToken(env.PROCTOR_TOKEN)
        : null;
  if (tokens === null) {
    throw new ApiCallError('a token is required: --token-command CMD, --token TOKEN or PROCTOR_TOKEN', 2);
  }
  const send = async (method: string, path: string, body: unknown, token: string) => {
    try {
      return await fetch(`${base}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(30_000),
      });
    } catch {
      throw new ApiCallError(`cannot reach the Proctor API at ${base}`, 1);
    }
  };
  const authorised = async (method: string, path: string, body: unknown) => {
    const response = await send(method, path, body, await tokens.current());
    const refreshed = response.status === 401 ? tokens.refresh() : null;
    return refreshed ? send(method, path, body, await refreshed) : response;
  };
  return {
    async stream(path) {
      const response = await authorised('GET', path, undefined);
      if (!response.ok) throw await apiError(response);
      return response;
    },
    async call(method, path, body) {
      const response = await authorised(method, path, body);
      if (!response.ok) throw await apiError(response);
      const text = await response.text();
      return parseJson(text);
    },
  };
}

function parseJson(text: string): unknown {
  try {
    return text === '' ? null : JSON.parse(text);
  } catch {
    return null;
  }
}

async function apiError(response: Response): Promise<ApiCallError> {
  const parsed = parseJson(await response.text());
  const error = (parsed as { error?: { message?: unknown; code?: unknown } } | null)?.error;
  const message = typeof error?.message === 'string' ? error.message : `HTTP ${response.status}`;
  const code = typeof error?.code === 'string' ? ` [${error.code}]` : '';
  return new ApiCallError(`${message}${code}`, response.status);
}

function defaultUrl(config: ProctorConfig): string {
  const { host, port } = config.exporter.listen;
  const shown = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  return `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}`;
}

/** Whole seconds from "90", "90s", "15m", "1h", "2d". */
export function parseDuration(text: string): number | null {
  const match = /^(\d+)\s*([smhd]?)$/.exec(text.trim());
  if (!match?.[1]) return null;
  const unit = { '': 1, s: 1, m: 60, h: 3600, d: 86_400 }[match[2] ?? ''] ?? 1;
  const seconds = Number(match[1]) * unit;
  return Number.isSafeInteger(seconds) && seconds > 0 ? seconds : null;
}

/**
 * Text for a terminal: an answer holds what clients sent (tool names, a CI subject naming a
 * branch, reasons), so control characters (escape sequences that clear the screen, rewrite a
 * line or set a link; a carriage return; bidirectional overrides) are shown as `\u{…}` instead.
 */
export function terminalText(text: string): string {
  let shown = '';
  for (const c of text) {
    const code = c.codePointAt(0) ?? 0;
    shown += actsOnTerminal(code) ? `\\u{${code.toString(16)}}` : c;
  }
  return shown;
}

/** C0 (but the line feed) and C1 controls, DEL, and the bidirectional marks and overrides. */
function actsOnTerminal(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x0a) ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x061c ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/** Prints an API answer: as JSON with --json, else as the command's one-line text. */
export function printer(json: boolean | undefined): (result: unknown, text: () => string) => void {
  return (result, text) => {
    process.stdout.write(json ? `${JSON.stringify(result, null, 2)}\n` : `${terminalText(text())}\n`);
  };
}

/** The exit status for a refused API call, after saying why; other errors are thrown on. */
export function apiFailure(command: string, err: unknown): number {
  if (!(err instanceof ApiCallError)) throw err;
  process.stderr.write(`proctor ${command}: ${terminalText(err.message)}\n`);
  return err.status === 2 ? 2 : 1;
}
