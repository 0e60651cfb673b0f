import { vi } from 'vitest';

/**
 * Runs a CLI command in-process for a test, capturing what it prints; a thrown error counts
 * as exit 1 with its message on stderr, as `proctor` itself reports it.
 */
export async function runCaptured(
  command: (args: string[]) => Promise<number>,
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  const captured = { stdout: '', stderr: '' };
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    captured.stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    captured.stderr += String(chunk);
    return true;
  });
  try {
    const code = await command(args).catch((e: Error) => {
      captured.stderr += e.message;
      return 1;
    });
    return { code, ...captured };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}
