import { z } from 'zod';

/** Kafka topics carry a version suffix: a breaking change is a new topic, not an edit. */
export const DEFAULT_TOPICS = {
  raw: 'proctor.audit.raw.v1',
  redacted: 'proctor.audit.redacted.v1',
  dlq: 'proctor.audit.dlq.v1',
} as const;

/** HIPAA 164.316(b)(2): six years, counting the leap days. */
export const SIX_YEARS_DAYS = 2192;

/**
 * Refused requests (401, 403, malformed bodies) per source address: `burst` at once, then
 * `perSecond`. Past them, the audit API answers an address 429 with Retry-After, and the gateway
 * answers as before but records only the first refusal of each period (`too_many_refusals`).
 * perSecond 0 turns the limit off.
 */
const refusalLimit = z
  .object({
    perSecond: z.number().finite().min(0).default(1),
    burst: z.number().int().min(1).max(1_000_000).default(100),
  })
  .strict()
  .default({});

const listen = (port: number) =>
  z
    .object({
      host: z.string().min(1).default('127.0.0.1'),
      port: z.number().int().min(0).max(65535).default(port),
    })
    .strict()
    .default({});

// --- identity, upstream credentials, keys and policy ---

/** Signing algorithms an issuer may use: asymmetric only (never `none`, never HMAC). */
export const ASYMMETRIC_JWS_ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
  'Ed25519',
] as const;

/** Claim names for a CI provider without built-in mapping (`ciProvider: generic`). */
const ciClaimNames = z
  .object({
    repository: z.string().min(1).optional(),
    ref: z.string().min(1).optional(),
    refType: z.string().min(1).optional(),
    sha: z.string().min(1).optional(),
    workflow: z.string().min(1).optional(),
    job: z.string().min(1).optional(),
    environment: z.string().min(1).optional(),
    runId: z.string().min(1).optional(),
    actor: z.string().min(1).optional(),
  })
  .strict();

const issuer = z
  .object({
    issuer: z.string().url(),
    /** The key set; when absent it is found through `<issuer>/.well-known/openid-configuration`. */
    jwksUrl: z.string().url().optional(),
    /** Required: a token issued for another service must not be accepted here (MCP authorization, RFC 8707). */
    audience: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
    /** Accepted signing algorithms (default: every asymmetric one). */
    algorithms: z.array(z.enum(ASYMMETRIC_JWS_ALGORITHMS)).min(1).optional(),
    /** Claim (or dotted path, e.g. realm_access.roles) holding groups or roles; default `groups`. */
    groupsClaim: z.string().min(1).optional(),
    /** Maps claim values to Proctor groups: `{ "okta-phi-readers": ["clinical-readers"] }`; unmapped values are kept. */
    groupMap: z.record(z.array(z.string().min(1))).optional(),
    /** CI issuers: github-actions and gitlab.com are recognised by URL; self-hosted GitLab says gitlab-ci. */
    ciProvider: z.enum(['github-actions', 'gitlab-ci', 'generic']).optional(),
    /** For `ciProvider: generic`: which claim holds each CI field. */
    ciClaims: ciClaimNames.optional(),
    /** Overrides identity.clockToleranceSec for this issuer. */
    clockToleranceSec: z.number().int().min(0).max(300).optional(),
    /** Overrides identity.maxTokenLifetimeSec for this issuer. */
    maxTokenLifetimeSec: z.number().int().positive().optional(),
    /** Audiences a token may name beside the required one (e.g. Auth0's userinfo); any other is refused. */
    extraAudiences: z.array(z.string().min(1)).optional(),
    /** Accepted `typ` header values, e.g. [at+jwt] (RFC 9068 access tokens only); default: none, JWT, at+jwt. */
    tokenTypes: z.array(z.string().min(1)).min(1).optional(),
    /** Client ids (`azp` or `client_id`) whose tokens are accepted; any when unset. */
    clients: z.array(z.string().min(1)).min(1).optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.ciProvider === 'generic' && value.ciClaims === undefined) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['ciClaims'],
        message: 'ciProvider generic needs ciClaims naming the claims to read',
      });
    }
  });

const credentials = z.union([
  z.object({ type: z.literal('none') }).strict(),
  z
    .object({
      type: z.literal('bearer'),
      token: z.string().min(1).optional(),
      tokenEnv: z.string().min(1).optional(),
    })
    .strict()
    .refine((v) => (v.token === undefined) !== (v.tokenEnv === undefined), {
      message: 'give exactly one of token or tokenEnv',
    }),
  z
    .object({
      type: z.literal('header'),
      name: z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'an HTTP header name'),
      value: z.string().min(1).optional(),
      valueEnv: z.string().min(1).optional(),
    })
    .strict()
    .refine((v) => (v.value === undefined) !== (v.valueEnv === undefined), {
      message: 'give exactly one of value or valueEnv',
    }),
  z
    .object({
      type: z.literal('mint'),
      /** `aud` of minted tokens; default: the upstream URL's origin. One token per audit session (stateful) or exchange (stateless). */
      audience: z.string().min(1).optional(),
      ttlSeconds: z.number().int().min(30).max(3600).default(300),
      scope: z.string().min(1).optional(),
    })
    .strict(),
  z
    .object({
      type: z.literal('token-exchange'),
      tokenEndpoint: z.string().url(),
      clientId: z.string().min(1),
      clientSecretEnv: z.string().min(1).optional(),
      audience: z.string().min(1).optional(),
      resource: z.string().url().optional(),
      scope: z.string().min(1).optional(),
    })
    .strict(),
]);

const publicKeyRef = z
  .object({
    keyId: z.string().min(1).optional(),
    publicKeyFile: z.string().min(1).optional(),
    publicJwk: z.record(z.unknown()).optional(),
  })
  .strict()
  .refine((v) => (v.publicKeyFile === undefined) !== (v.publicJwk === undefined), {
    message: 'give exactly one of publicKeyFile or publicJwk',
  })
  .refine((v) => v.publicJwk === undefined || v.keyId !== undefined, { message: 'publicJwk needs a keyId' });

const payloadKeys = z
  .object({
    /** Ingest public keys the gateway seals payloads to (first, or currentKeyId, for new sessions). */
    recipients: z.array(publicKeyRef).default([]),
    currentKeyId: z.string().min(1).optional(),
    /** Ingest private keys, current and retired (to read older events). */
    privateKeys: z
      .array(
        z
          .object({
            privateKeyFile: z.string().min(1).optional(),
            /** Environment variable holding `{ "keyId", "privateJwk" }` JSON. */
            privateKeyEnv: z.string().min(1).optional(),
          })
          .strict()
          .refine((v) => (v.privateKeyFile === undefined) !== (v.privateKeyEnv === undefined), {
            message: 'give exactly one of privateKeyFile or privateKeyEnv',
          }),
      )
      .default([]),
  })
  .strict()
  .default({});

const connectionName = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-_]{0,62}$/, 'lower-case letters, digits, "-" and "_", at most 63 characters');

// --- stdio upstreams ---
/** A stdio MCP server: started per session (stateful clients) or kept as a small pool (stateless clients). */
const stdioUpstream = z
  .object({
    command: z.string().min(1),
    args: z.array(z.string()).default([]),
    /** Variables the server gets, beside PATH, HOME, LANG, LC_ALL, TZ, TMPDIR, SHELL and USER from the gateway. */
    env: z.record(z.string()).default({}),
    /** Names of further gateway variables passed through unchanged (e.g. the server's API key). */
    inheritEnv: z
      .array(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'an environment variable name'))
      .default([]),
    /** Working directory (default: the gateway's). */
    cwd: z.string().min(1).optional(),
    /** Processes kept for requests without a session (stateless clients); 0: sessions only. */
    poolSize: z.number().int().min(0).max(64).default(2),
    /** How long a pooled process may take to answer the gateway's initialize. */
    startTimeoutMs: z.number().int().positive().default(30_000),
    /** Longest line accepted on the server's stdout or stderr (bytes). */
    maxLineBytes: z
      .number()
      .int()
      .min(1024)
      .default(16 * 1024 * 1024),
    /** Time between SIGTERM and SIGKILL to the server's process group when it is stopped. */
    killGraceMs: z.number().int().min(0).default(2_000),
  })
  .strict();

function exactlyOneUpstream(
  upstream: { url?: string | undefined; stdio?: unknown },
  ctx: z.RefinementCtx,
): void {
  if ((upstream.url === undefined) === (upstream.stdio === undefined)) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: upstream.url === undefined ? ['url'] : ['stdio'],
      message: 'set exactly one of url (a Streamable HTTP server) and stdio (a command the gateway starts)',
    });
  }
}
// --- end stdio upstreams ---

const connection = z
  .object({
    name: connectionName,
    upstream: z
      .object({
        /** A Streamable HTTP MCP server (either era). Exactly one of `url` and `stdio`. */
        url: z.string().url().optional(),
        /** A stdio MCP server the gateway spawns. */
        stdio: stdioUpstream.optional(),
        /** Headers added to every upstream request (e.g. the upstream's own credentials). */
        headers: z.record(z.string()).default({}),
        /** Read timeout: from sending a request to the response headers, and between chunks of a JSON body. */
        timeoutMs: z.number().int().positive().default(30_000),
        /** Time to open the TCP/TLS connection to the upstream. */
        connectTimeoutMs: z.number().int().positive().default(5_000),
        /** Largest message the gateway reads from this upstream (a JSON body, an SSE event, a line); beyond it: -31022. */
        maxMessageBytes: z
          .number()
          .int()
          .min(1024)
          .default(64 * 1024 * 1024),
      })
      .strict()
      .superRefine(exactlyOneUpstream),
    /** How the gateway authenticates to this upstream (the client's token is never forwarded). */
    credentials: credentials.default({ type: 'none' }),
    /** Let callers without a token through, recorded as anonymous. Only where a connection says so. */
    anonymous: z.boolean().default(false),
    /**
     * The audience tokens for this connection must carry (e.g. its own URL, as MCP clients ask
     * for with RFC 8707 resource indicators), instead of the issuer's: a token obtained for one
     * connection is refused at another.
     */
    audience: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
    /**
     * The upstream's MCP protocol era: `auto` asks it (server/discover) once; `stateful`
     * (2024-11-05 … 2025-11-25) or `stateless` (2026-07-28) fix it. Clients of the other era
     * are bridged where the mapping loses nothing.
     */
    era: z.enum(['auto', 'stateful', 'stateless']).default('auto'),
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
        /** Clock skew allowed on exp, nbf and iat. */
        clockToleranceSec: z.number().int().min(0).max(300).default(30),
        /** Longest accepted token lifetime (exp − iat, or exp − now without iat). */
        maxTokenLifetimeSec: z
          .number()
          .int()
          .positive()
          .default(24 * 3600),
        /** Least time between two key-set fetches of one issuer (an unknown kid triggers one). */
        jwksCooldownSec: z.number().int().min(0).default(30),
        /** The gateway's external base URL, for resource_metadata in 401 challenges (default: from the request). */
        publicUrl: z.string().url().optional(),
        /** Authorization servers named in the protected resource metadata (default: the non-CI issuers). */
        authorizationServers: z.array(z.string().url()).optional(),
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
        /** Longest a client may take to send a whole request, head and body (a slow-sending client gets 408). */
        requestTimeoutMs: z.number().int().min(1000).default(30_000),
        /** Open sessions one identity may hold at once. */
        maxSessionsPerIdentity: z.number().int().positive().default(100),
        /** GET (listening) streams one stateful session may hold open at once. */
        maxListeningStreamsPerSession: z.number().int().positive().default(4),
        /** Refusals per source address recorded (see refusalLimit); 100 at once, then 1 a second. */
        refusals: refusalLimit,
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
        /** Stateless era (2026-07-28): the requestState the gateway seals around multi-round-trip exchanges. */
        stateless: z
          .object({
            /**
             * HMAC secrets (at least 32 characters): the first seals, every one opens, so keys
             * rotate without breaking exchanges in flight. Every gateway behind one load balancer
             * needs the same keys; empty: a random key per process (a single gateway only).
             */
            requestStateKeys: z.array(z.string().min(32)).default([]),
            /** How long a client may take to answer an input request and retry. */
            requestStateTtlSeconds: z.number().int().positive().default(600),
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
    keys: z
      .object({
        /** Payload encryption (raw topic and spool): sealed to ingest's key when recipients are set. */
        payload: payloadKeys,
        /**
         * Secret (at least 32 characters) keying the digest of a held call's arguments in approval
         * requests and events (HMAC-SHA256), so a short value cannot be found by trying every one.
         * Every gateway and the approval API need the same; absent: a random key per process.
         */
        argumentsDigestSecret: z.string().min(32).optional(),
        /** The gateway's own signing key, for upstream tokens it mints (published at /.well-known/jwks.json). */
        gatewaySigning: z
          .object({
            keyFile: z.string().default('./data/gateway-signing/key.json'),
            issuer: z.string().min(1).default('urn:proctor:gateway'),
          })
          .strict()
          .default({}),
      })
      .strict()
      .default({}),
    policy: z
      .object({
        /** YAML policy file; watched and hot-reloaded (a bad version keeps the old rules). */
        file: z.string().min(1).optional(),
        /** Policy given inline instead of a file (validated by the policy engine at boot). */
        inline: z.record(z.unknown()).optional(),
        watch: z.boolean().default(true),
      })
      .strict()
      .default({}),
    exporter: z
      .object({
        listen: listen(7420),
        auth: z
          .object({
            requiredGroups: z.array(z.string()).default(['auditors']),
            /**
             * The audience tokens for the audit API must carry, instead of each issuer's (which
             * the gateway accepts too). Required with a configured issuer (the exporter does not
             * start without it); set to the issuers' audience, gateway tokens are taken as well.
             */
            audience: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
            /** Refused requests (401, 403) per source address before 429 (see refusalLimit). */
            refusals: refusalLimit,
          })
          .strict()
          .default({}),
        /**
         * Which tenants' records a caller may read, by group: tenant → groups. Empty: every
         * authorised caller reads the deployment's own tenant only.
         */
        tenantGroups: z.record(z.array(z.string().min(1)).min(1)).default({}),
        /** Where finished replay bundles are kept. */
        bundleDir: z.string().default('./data/bundles'),
        /** Bytes of payload one replay bundle may hold (built in memory); a bigger one fails BUNDLE_TOO_LARGE. */
        bundleMaxBytes: z
          .number()
          .int()
          .positive()
          .default(256 * 1024 * 1024),
        /** For the report's transmission-security control: clients reach Proctor over TLS (a terminator in front counts). */
        tlsTerminated: z.boolean().default(false),
      })
      .strict()
      .default({}),
    // --- approvals and access grants ---
    approvals: z
      .object({
        /** Redis shared by gateways and the API (REDIS_URL sets it too); absent: this process's memory. */
        redisUrl: z.string().url().optional(),
        keyPrefix: z
          .string()
          .regex(/^[A-Za-z0-9:_.-]{1,100}$/)
          .default('proctor:approvals'),
        /** How long a held call waits before the client gets an error telling it to retry once approved. */
        holdSeconds: z.number().int().positive().max(86_400).default(120),
        /** Where approvers decide (links in notifications), e.g. https://proctor.example.com. */
        publicUrl: z.string().url().optional(),
        webhooks: z
          .array(
            z
              .object({
                url: z.string().url(),
                format: z.enum(['slack', 'generic']).default('generic'),
                headers: z.record(z.string()).default({}),
              })
              .strict(),
          )
          .default([]),
        /** Groups that read every request and grant. */
        auditorGroups: z.array(z.string()).default(['auditors']),
        /** Connections that take time-boxed access requests, and who approves them. */
        grants: z
          .array(
            z
              .object({
                connection: z.string().min(1),
                approverGroups: z.array(z.string().min(1)).default([]),
                approverSubjects: z.array(z.string().min(1)).default([]),
                requiredApprovals: z.number().int().positive().max(10).default(1),
                reasonRequired: z.boolean().default(true),
                maxDurationSeconds: z
                  .number()
                  .int()
                  .positive()
                  .default(8 * 3600),
                requestTtlSeconds: z.number().int().positive().default(3600),
              })
              .strict(),
          )
          .default([]),
        breakGlass: z
          .object({
            groups: z.array(z.string().min(1)).min(1),
            maxDurationSeconds: z.number().int().positive().max(86_400).default(3600),
          })
          .strict()
          .optional(),
      })
      .strict()
      .default({}),
    // --- end approvals ---
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
            /** Default `./data/spool/<gatewayId>`: one spool per gateway, never shared. */
            dir: z.string().min(1).optional(),
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
        /** Per-area retention in days, overriding retentionDays (each area's tables: see README). */
        retention: z
          .object({
            events: z.number().int().positive().optional(),
            maskingMatches: z.number().int().positive().optional(),
            ruleErrors: z.number().int().positive().optional(),
            policyDecisions: z.number().int().positive().optional(),
            authFailures: z.number().int().positive().optional(),
            approvals: z.number().int().positive().optional(),
            accessGrants: z.number().int().positive().optional(),
            reportAggregates: z.number().int().positive().optional(),
          })
          .strict()
          .default({}),
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
            /**
             * Keys that signed before a rotation: their public JWK files, with the period each
             * signed if known. Published and trusted for verification; never used to sign.
             */
            retiredKeys: z
              .array(
                z
                  .object({
                    file: z.string().min(1),
                    signedFrom: z.string().datetime({ offset: true }).optional(),
                    signedUntil: z.string().datetime({ offset: true }).optional(),
                  })
                  .strict(),
              )
              .default([]),
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
    // --- session store ---
    sessions: z
      .object({
        /** Redis shared by several gateways (REDIS_URL sets it too); absent: this process's memory. */
        redisUrl: z.string().url().optional(),
        /** Prefix of every session key: one per deployment sharing a Redis. */
        keyPrefix: z
          .string()
          .regex(/^[A-Za-z0-9:_.-]{1,100}$/, 'letters, digits and : _ . - (at most 100)')
          .default('proctor:sessions'),
      })
      .strict()
      .default({}),
    // --- end session store ---
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
    if (config.policy.file !== undefined && config.policy.inline !== undefined) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['policy', 'inline'],
        message: 'give the policy either as a file or inline, not both',
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
    config.approvals.grants.forEach((g, i) => {
      if (!names.has(g.connection)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['approvals', 'grants', i, 'connection'],
          message: `no connection named "${g.connection}" in enforcer.connections`,
        });
      }
      if (g.approverGroups.length === 0 && g.approverSubjects.length === 0) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['approvals', 'grants', i, 'approverGroups'],
          message: 'name at least one approver group or subject',
        });
      }
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
