import { existsSync } from 'node:fs';
import { loadConfig, type ProctorConfig } from '@proctor/config';

/**
 * Variables named like configuration overrides that belong to the command line itself: the API
 * commands' bearer token is not a configuration field, and must not be read as one.
 */
const CLI_VARIABLES = ['PROCTOR_TOKEN'];

/** `--config FILE`, else ./proctor.yaml when present, else defaults; always with env overrides. */
export function loadCliConfig(
  file: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ProctorConfig> {
  const chosen = file ?? (existsSync('proctor.yaml') ? 'proctor.yaml' : undefined);
  const overrides = Object.fromEntries(Object.entries(env).filter(([name]) => !CLI_VARIABLES.includes(name)));
  return loadConfig({ ...(chosen !== undefined && { file: chosen }), env: overrides });
}
