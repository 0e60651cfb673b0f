import { createHash } from 'node:crypto';
import { unwatchFile, watchFile } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { type CompiledPolicy, type CompileOptions, compilePolicyText } from './compile';
import { PolicyError } from './errors';

export interface PolicyChange {
  /** SHA-256 of the new policy text (what a config_change event records). */
  hash: string;
  accepted: boolean;
  /** The compiled rules' version when accepted. */
  version: string | null;
  /** Why the new text was refused (names paths and rules, never request data). */
  error: string | null;
}

/**
 * Holds the rules in force. A reload compiles the new text first and swaps only when it is
 * valid: a bad policy keeps the old rules. Callers read `current()` once per request, so a
 * call in flight finishes under the rules it started with.
 */
export class PolicyHolder {
  private policy: CompiledPolicy;

  constructor(
    initial: CompiledPolicy,
    private readonly options: CompileOptions & { onChange?: (change: PolicyChange) => void } = {},
  ) {
    this.policy = initial;
  }

  current(): CompiledPolicy {
    return this.policy;
  }

  reloadText(text: string): PolicyChange {
    const hash = createHash('sha256').update(text).digest('hex');
    let change: PolicyChange;
    try {
      const next = compilePolicyText(text, this.options);
      this.policy = next;
      change = { hash, accepted: true, version: next.version, error: null };
    } catch (err) {
      const error =
        err instanceof PolicyError ? err.message : `policy could not be loaded: ${(err as Error).message}`;
      change = { hash, accepted: false, version: null, error };
    }
    this.options.onChange?.(change);
    return change;
  }
}

/**
 * Reloads the holder whenever the file changes (polled: it survives editors that replace the
 * file and file systems without change events). Returns a function that stops watching.
 */
export function watchPolicyFile(path: string, holder: PolicyHolder, intervalMs = 1000): () => void {
  let lastText: string | null = null;
  let reading = Promise.resolve();
  const check = () => {
    reading = reading.then(async () => {
      const text = await settledText(path);
      if (text === null || text === lastText) return;
      lastText = text;
      holder.reloadText(text);
    });
  };
  void readFile(path, 'utf8').then(
    (text) => {
      lastText = text;
    },
    () => undefined,
  );
  watchFile(path, { interval: intervalMs, persistent: false }, check);
  return () => unwatchFile(path, check);
}

/** The file's text once two reads a moment apart agree: a file being written is not loaded half-done. */
async function settledText(path: string): Promise<string | null> {
  let previous = await readFile(path, 'utf8').catch(() => null);
  for (let attempt = 0; attempt < 20; attempt++) {
    await new Promise((r) => setTimeout(r, 25));
    const text = await readFile(path, 'utf8').catch(() => null);
    if (text === previous) return text;
    previous = text;
  }
  return previous;
}
