import { z } from 'zod';

/** Kafka topics carry a version suffix: a breaking change is a new topic, not an edit. */
export const DEFAULT_TOPICS = {
  raw: 'proctor.audit.raw.v1',
  redacted: 'proctor.audit.redacted.v1',
  dlq: 'proctor.audit.dlq.v1',
} as const;

/** HIPAA 164.316(b)(2): six years, counting the leap days. */
export const SIX_YEARS_DAYS = 2192;

const listen = (port: number) =>
  z
    .object({
      host: z.string().min(1).default('127.0.0.1'),
      port: z.number().int().min(0).max(65535).default(port),
    })
    .strict()
    .default({});

const connectionName = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-_]{0,62}$/, 'lower-case letters, digits, "-" and "_", at most 63 characters');

const connection = z
  .object({
    name: connectionName,
    upstream: z
      .object({
        url: z.string().url(),
        /** Headers added to every upstream request (e.g. the upstream's own credentials). */
        headers: z.record(z.string()).default({}),
        /** Read timeout: from sending a request to the response headers, and between chunks of a JSON body. */
        timeoutMs: z.number().int().positive().default(30_000),
        /** Time to open the TCP/TLS connection to the upstream. */
        connectTimeoutMs: z.number().int().positive().default(5_000),
      })
      .strict(),
  })
  .strict();

const issuer = z
  .object({
    issuer: z.string().min(1),
    jwksUrl: z.string().url(),
    audience: z.union([z.string(), z.array(z.string())]).optional(),
    groupsClaim: z.string().optional(),
  })
  .strict();

const topics = z
  .object({
    raw: z.string().default(DEFAULT_TOPICS.raw),
    redacted: z.string().default(DEFAULT_TOPICS.redacted),
    dlq: z.string().default(DEFAULT_TOPICS.dlq),
  })
  .strict()
  .default({});

export const configSchema = z
  .object({
    /** 'development' is for the quickstart only: it allows the development token issuer. */
    mode: z.enum(['production', 'development']).default('production'),
    tenant: z.string().min(1).default('default'),
    gatewayId: z.string().min(1).default('gateway-1'),
    log: z
      .object({
        level: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
      })
      .strict()
      .default({}),
    identity: z
      .object({
        issuers: z.array(issuer).default([]),
        /** Audience the development issuer puts into its tokens and the gateway requires. */
        audience: z.string().default('proctor'),
        devIssuer: z
          .object({
            enabled: z.boolean().default(false),
            keyFile: z.string().default('./data/dev-issuer/key.json'),
          })
          .strict()
          .default({}),
      })
      .strict()
      .default({}),
    enforcer: z
      .object({
        listen: listen(7410),
        /** Largest accepted request body (bytes). */
        maxBodyBytes: z
          .number()
          .int()
          .positive()
          .default(4 * 1024 * 1024),
        /** Deepest accepted JSON nesting in a frame. */
        maxJsonDepth: z.number().int().positive().default(64),
        /** A session with no traffic for this long is ended (recorded as idle_timeout). */
        sessionIdleMinutes: z.number().positive().default(60),
        connections: z.array(connection).default([]),
        // --- gateway core: edge security, limits, streams, shutdown ---
        /** Host names (optionally name:port) the gateway answers to; empty: loopback names when bound to loopback, else any. */
        allowedHosts: z.array(z.string().min(1)).default([]),
        /** Browser origins (scheme://host[:port]) allowed to call; any other Origin gets 403. */
        allowedOrigins: z.array(z.string().min(1)).default([]),
        /** Most messages in one JSON-RPC batch (2025-03-26 clients only). */
        maxBatchSize: z.number().int().positive().default(100),
        /** Largest accepted request head (all headers), bytes. */
        maxHeaderBytes: z
          .number()
          .int()
          .min(1024)
          .default(16 * 1024),
        /** Open sessions one identity may hold at once. */
        maxSessionsPerIdentity: z.number().int().positive().default(100),
        /** Requests per second per identity (token bucket); perSecond 0 turns it off. */
        rateLimit: z
          .object({
            perSecond: z.number().min(0).default(0),
            burst: z.number().int().positive().default(200),
          })
          .strict()
          .default({}),
        sse: z
          .object({
            /** How long a stream whose client went away waits for a Last-Event-ID resumption before the gateway cancels upstream. */
            resumeGraceMs: z.number().int().min(0).default(30_000),
            /** Bytes of sent events kept for resumption, over all streams. */
            replayBufferBytes: z
              .number()
              .int()
              .positive()
              .default(64 * 1024 * 1024),
          })
          .strict()
          .default({}),
        /** Graceful shutdown: how long in-flight exchanges may take to finish before they are cut. */
        shutdownDeadlineMs: z.number().int().min(0).default(10_000),
        /** Where the gateway keeps its start count (gatewayEpoch). */
        stateDir: z.string().min(1).default('./data/enforcer'),
        // --- end gateway core ---
      })
      .strict()
      .default({}),
    exporter: z
      .object({
        listen: listen(7420),
        auth: z
          .object({ requiredGroups: z.array(z.string()).default(['auditors']) })
          .strict()
          .default({}),
      })
      .strict()
      .default({}),
    eventLog: z
      .object({
        kafka: z
          .object({
            brokers: z.array(z.string().min(1)).min(1),
            clientId: z.string().default('proctor'),
            topics,
            connectTimeoutMs: z.number().int().positive().default(5_000),
          })
          .strict()
          .optional(),
        local: z
          .object({ dir: z.string().default('./data/log'), topics })
          .strict()
          .default({}),
        // --- durability and spool ---
        /**
         * When an append to the local log or the spool counts as done: `process` once written to
         * the OS (survives a kill -9 of the gateway), `fsync` once fdatasync returned (survives
         * power loss). Concurrent appends share one write (and one fdatasync).
         */
        durability: z.enum(['process', 'fsync']).default('fsync'),
        /** Segment size of the local log and the spool; consumed (or shipped) segments are deleted. */
        segmentBytes: z
          .number()
          .int()
          .min(64 * 1024)
          .default(64 * 1024 * 1024),
        /** With Kafka configured: the local write-ahead buffer appends go to before Kafka. */
        spool: z
          .object({
            /** false: append to Kafka directly (every call then waits for Kafka's acks). */
            enabled: z.boolean().default(true),
            dir: z.string().min(1).default('./data/spool'),
            /** Most bytes waiting for Kafka; beyond it calls fail closed. */
            maxBytes: z
              .number()
              .int()
              .min(1024 * 1024)
              .default(1024 * 1024 * 1024),
          })
          .strict()
          .default({}),
        // --- end durability and spool ---
      })
      .strict()
      .default({}),
    auditStore: z
      .object({
        clickhouse: z
          .object({
            url: z.string().url(),
            username: z.string().optional(),
            password: z.string().optional(),
          })
          .strict()
          .optional(),
        chdb: z
          .object({ path: z.string().default('./data/chdb') })
          .strict()
          .default({}),
        database: z
          .string()
          .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'a ClickHouse identifier')
          .default('audit'),
        retentionDays: z.number().int().positive().default(SIX_YEARS_DAYS),
      })
      .strict()
      .default({}),
    ingest: z
      .object({
        groupId: z.string().default('proctor-ingest'),
        maxBatchRecords: z.number().int().positive().default(5_000),
        /** Signed integrity checkpoints (Ed25519) over the stored hash chains. */
        checkpoints: z
          .object({
            /** Private JWK (`proctor keys checkpoint generate`); created on first start when missing. */
            keyFile: z.string().default('./data/keys/checkpoint-signing.json'),
            everyEvents: z.number().int().positive().default(1_000),
            everySeconds: z.number().positive().default(10),
            topic: z.string().default('proctor.audit.checkpoints.v1'),
          })
          .strict()
          .default({}),
        /** Also produce each redacted event as OCSF API Activity JSON to this topic (off when unset). */
        ocsfTopic: z.string().min(1).optional(),
      })
      .strict()
      .default({}),
    jobs: z
      .object({
        redisUrl: z.string().url().optional(),
        prefix: z.string().default('proctor'),
      })
      .strict()
      .default({}),
    demo: z
      .object({
        enabled: z.boolean().default(false),
        host: z.string().default('127.0.0.1'),
        port: z.number().int().min(0).max(65535).default(7430),
      })
      .strict()
      .default({}),
  })
  .strict()
  .superRefine((config, ctx) => {
    if (config.identity.devIssuer.enabled && config.mode !== 'development') {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['identity', 'devIssuer', 'enabled'],
        message: 'the development issuer can only be enabled with mode: development (never in production)',
      });
    }
    const names = new Set<string>();
    config.enforcer.connections.forEach((c, i) => {
      if (names.has(c.name)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['enforcer', 'connections', i, 'name'],
          message: `duplicate connection name "${c.name}"`,
        });
      }
      names.add(c.name);
    });
    if (config.mode === 'development' && config.identity.devIssuer.enabled) {
      for (const key of ['enforcer', 'exporter'] as const) {
        if (!isLoopback(config[key].listen.host)) {
          ctx.addIssue({
            code: z.ZodIssueCode.custom,
            path: [key, 'listen', 'host'],
            message: 'with the development issuer enabled, listen only on a loopback address',
          });
        }
      }
    }
  });

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}

export type ProctorConfig = z.infer<typeof configSchema>;
export type ConnectionConfig = ProctorConfig['enforcer']['connections'][number];
