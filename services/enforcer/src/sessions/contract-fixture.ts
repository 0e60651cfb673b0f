import { afterEach } from 'vitest';

/**
 * A contract suite's fixture, opened anew by each test that asks for it and closed after that
 * test, whether it passed or not. Call inside the suite's `describe`.
 */
export function freshEachTest<T extends { close(): Promise<void> }>(
  open: () => Promise<T>,
): () => Promise<T> {
  let current: T | undefined;
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  return async () => {
    current = await open();
    return current;
  };
}
