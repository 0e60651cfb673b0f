/** Options every command takes; spread into each command's own `parseArgs` options. */
export const COMMON_OPTIONS = {
  config: { type: 'string', short: 'c' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** An unknown option, a missing option value or a stray argument, as node:util parseArgs reports them. */
export function isUsageError(err: unknown): err is Error {
  const code = (err as { code?: unknown } | null)?.code;
  return err instanceof Error && typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}

/** Says what was wrong with the command line (without parseArgs' advice about '-' arguments): exit status 2. */
export function usageFailure(command: string, err: Error): number {
  const [message = err.message] = err.message.split('. To specify a positional argument');
  process.stderr.write(
    `proctor ${command}: ${message.replace(/^Unknown option/, 'unknown option')} (see 'proctor ${command} --help')\n`,
  );
  return 2;
}
