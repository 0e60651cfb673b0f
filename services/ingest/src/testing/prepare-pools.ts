/** Prepare pools for a test file: each test's pools are closed after it (their workers stopped). */
import { afterEach } from 'vitest';
import { createPreparePool, type PreparePool, type PreparePoolOptions } from '../prepare-pool';

export function usePreparePools(): (options: PreparePoolOptions) => PreparePool {
  const pools: PreparePool[] = [];
  afterEach(async () => {
    await Promise.all(pools.splice(0).map((pool) => pool.close()));
  });
  return (options) => {
    const pool = createPreparePool(options);
    pools.push(pool);
    return pool;
  };
}
