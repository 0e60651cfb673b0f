import { readFile } from 'node:fs/promises';
import { ProctorError } from '@proctor/errors';
import { parse as parseYaml } from 'yaml';
import type { ZodError } from 'zod';
import { configSchema, type ProctorConfig } from './schema';

export class ConfigError extends ProctorError<'CONFIG_INVALID'> {
  constructor(
    message: string,
    readonly fields: string[] = [],
  ) {
    super(message, { code: 'CONFIG_INVALID', httpStatus: 500, retryable: false });
  }
}

/** Well-known variables that swap an embedded part for the real component. */
const SHORTHANDS: Record<string, { path: string[]; also?: string[][]; list?: boolean }> = {
  KAFKA_BROKERS: { path: ['eventLog', 'kafka', 'brokers'], list: true },
  CLICKHOUSE_URL: { path: ['auditStore', 'clickhouse', 'url'] },
  CLICKHOUSE_USER: { path: ['auditStore', 'clickhouse', 'username'] },
  CLICKHOUSE_PASSWORD: { path: ['auditStore', 'clickhouse', 'password'] },
  REDIS_URL: {
    path: ['jobs', 'redisUrl'],
    also: [
      ['sessions', 'redisUrl'],
      ['approvals', 'redisUrl'],
    ],
  },
};

const PREFIX = 'PROCTOR_';

/**
 * Reads the YAML file (if any), applies environment overrides and validates. Every field
 * can be set from the environment: PROCTOR_ENFORCER__LISTEN__PORT=7411 sets
 * enforcer.listen.port (`__` nests, `_` inside a segment becomes camelCase); values are
 * read as YAML scalars, so numbers, booleans and [lists] work.
 */
export async function loadConfig(options: {
  file?: string;
  env?: Record<string, string | undefined>;
}): Promise<ProctorConfig> {
  let raw: unknown = {};
  if (options.file) {
    let text: string;
    try {
      text = await readFile(options.file, 'utf8');
    } catch (err) {
      throw new ConfigError(
        `cannot read config file ${options.file}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`,
      );
    }
    try {
      raw = parseYaml(text) ?? {};
    } catch (err) {
      throw new ConfigError(`config file ${options.file} is not valid YAML: ${(err as Error).message}`);
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      throw new ConfigError(`config file ${options.file} must hold a mapping at the top level`);
    }
  }
  const env = options.env ?? {};
  return parseConfig(applyEnv(raw as Record<string, unknown>, env), options.file, envSources(env));
}

/**
 * Validates a configuration. `sources` names the environment variable that set a field
 * (dotted path → variable), so an error about that field says where the value came from.
 */
export function parseConfig(
  raw: unknown,
  source = 'config',
  sources: ReadonlyMap<string, string> = new Map(),
): ProctorConfig {
  const result = configSchema.safeParse(raw);
  if (!result.success) throw toConfigError(result.error, source, sources);
  return result.data;
}

function toConfigError(error: ZodError, source: string, sources: ReadonlyMap<string, string>): ConfigError {
  const fields = error.issues.map((issue) => issue.path.join('.') || '(root)');
  const lines = error.issues.map((issue, i) => {
    const from = issueVariables(issue.path, 'keys' in issue ? issue.keys : [], sources);
    return `  ${fields[i]}: ${issue.message}${from.length ? ` (set by ${from.join(', ')})` : ''}`;
  });
  return new ConfigError(`invalid configuration in ${source}:\n${lines.join('\n')}`, fields);
}

/** The variables that set the field an issue is about, or one of the unknown keys it names. */
function issueVariables(
  path: readonly (string | number)[],
  unknownKeys: readonly string[],
  sources: ReadonlyMap<string, string>,
): string[] {
  const at = path.join('.');
  const fields = unknownKeys.length ? unknownKeys.map((k) => (at ? `${at}.${k}` : k)) : [at];
  const found = new Set<string>();
  for (const [field, variable] of sources) {
    if (fields.some((f) => field === f || field.startsWith(`${f}.`))) found.add(variable);
  }
  return [...found].sort();
}

/** Dotted config path → the environment variable that sets it (see `applyEnv`). */
export function envSources(env: Record<string, string | undefined>): Map<string, string> {
  const sources = new Map<string, string>();
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined || value === '') continue;
    const shorthand = SHORTHANDS[name];
    if (shorthand) {
      for (const path of [shorthand.path, ...(shorthand.also ?? [])]) sources.set(path.join('.'), name);
    } else if (name.startsWith(PREFIX)) {
      sources.set(envPath(name).join('.'), name);
    }
  }
  return sources;
}

function envPath(name: string): string[] {
  return name.slice(PREFIX.length).split('__').map(camelCase);
}

export function applyEnv(
  raw: Record<string, unknown>,
  env: Record<string, string | undefined>,
): Record<string, unknown> {
  const out = structuredClone(raw);
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined || value === '') continue;
    const shorthand = SHORTHANDS[name];
    if (shorthand) {
      const parsed = shorthand.list
        ? value
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : value;
      setPath(out, shorthand.path, parsed);
      for (const path of shorthand.also ?? []) setPath(out, path, parsed);
    } else if (name.startsWith(PREFIX)) {
      setPath(out, envPath(name), parseScalar(value));
    }
  }
  return out;
}

function camelCase(segment: string): string {
  return segment.toLowerCase().replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}

function parseScalar(value: string): unknown {
  try {
    return parseYaml(value);
  } catch {
    return value;
  }
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  let node = target;
  path.forEach((key, i) => {
    if (i === path.length - 1) {
      node[key] = value;
      return;
    }
    const next = node[key];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) node[key] = {};
    node = node[key] as Record<string, unknown>;
  });
}
