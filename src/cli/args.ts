import { parseArgs } from 'node:util';

/** Parses options shared by every command, plus the command's own. */
export function parseCommandArgs<T extends Parameters<typeof parseArgs>[0]['options']>(args: string[], options: T) {
  return parseArgs({
    args,
    options: { config: { type: 'string', short: 'c' }, help: { type: 'boolean', short: 'h' }, ...options },
    strict: true,
    allowPositionals: false,
  });
}
