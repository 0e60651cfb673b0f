import { isUsageError, usageFailure } from './args';
import { runConnect } from './connect-command';

/**
 * The entry of `proctor connect` alone. Desktop apps and IDEs start it every time they open,
 * so it loads only the bridge, not every other command's dependencies (about a quarter of the CPU).
 */
export async function run(argv: string[]): Promise<number> {
  try {
    return await runConnect(argv.slice(1));
  } catch (err) {
    if (isUsageError(err)) return usageFailure('connect', err);
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`proctor connect: ${message}\n`);
    return 1;
  }
}
