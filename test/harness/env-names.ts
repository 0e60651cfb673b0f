// No runtime import of 'vitest' here: global-setup.ts uses this module, and vitest's runtime
// API is not available in the global setup's context.
declare module 'vitest' {
  export interface ProvidedContext {
    kafkaBrokers: string;
    redisUrl: string;
    testTempRoot: string;
  }
}

/** Environment variables the global setup exports to test workers (and reads to reuse servers). */
export const HARNESS_ENV = {
  kafkaBrokers: 'KAFKA_BROKERS',
  redisUrl: 'REDIS_URL',
  testTempRoot: 'HARNESS_TEMP_ROOT',
} as const;
