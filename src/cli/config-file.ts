import { existsSync } from 'node:fs';
import { loadConfig, type ProctorConfig } from '@proctor/config';

/** `--config FILE`, else ./proctor.yaml when present, else defaults; always with env overrides. */
export function loadCliConfig(file: string | undefined): Promise<ProctorConfig> {
  const chosen = file ?? (existsSync('proctor.yaml') ? 'proctor.yaml' : undefined);
  return loadConfig({ ...(chosen !== undefined && { file: chosen }), env: process.env });
}
