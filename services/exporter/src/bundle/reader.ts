/**
 * Reads a bundle file line by line with limits, so that a file that is not a bundle, a cut
 * one, or an oversized one gets a clear error naming the line, never a crash or an endless
 * read.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { ProctorError } from '@proctor/errors';
import type { StoredChainEvent } from '@proctor/integrity';
import type { JWK } from 'jose';
import { z } from 'zod';
import { BUNDLE_KIND, BUNDLE_VERSION, type Bundle, type BundleManifest, type StreamEntry } from './format';

export class BundleFormatError extends ProctorError<
  'BUNDLE_INVALID' | 'BUNDLE_TRUNCATED' | 'BUNDLE_TOO_LARGE'
> {
  constructor(code: 'BUNDLE_INVALID' | 'BUNDLE_TRUNCATED' | 'BUNDLE_TOO_LARGE', message: string) {
    super(message, { code, httpStatus: 400, retryable: false });
  }
}

export interface ReadLimits {
  /** Largest file accepted (default 2 GiB). */
  maxBytes?: number;
  /** Longest line accepted (default 64 MiB: one frame of up to the gateway's body limit, masked). */
  maxLineBytes?: number;
}

const text = z.string();
const nullableInt = z.number().int().nonnegative().nullable();
const eventLine = z
  .object({
    kind: z.literal('event'),
    eventId: text,
    type: text,
    time: z.number().int(),
    tenant: text,
    gatewayId: text,
    gatewayEpoch: nullableInt,
    streamSeq: nullableInt,
    sessionId: text.min(1),
    seq: z.number().int().nonnegative(),
    era: text,
    protocolVersion: text,
    traceId: text,
    subject: text,
    issuer: text,
    groups: z.array(text),
    ci: z.record(text),
    sourceIp: text,
    userAgent: text,
    connection: text,
    direction: text,
    frameKind: text,
    method: text,
    jsonrpcId: text,
    toolName: text,
    resourceUri: text,
    promptName: text,
    round: nullableInt,
    sseStreamId: text,
    sseEventId: text,
    payload: text,
    size: z.number().int().nonnegative(),
    payloadSha256: text,
    maskedCount: z.number().int().nonnegative(),
    maskedRules: z.array(text),
    quarantined: z.boolean(),
    detail: text,
    prevHash: z.string().regex(/^[0-9a-f]{64}$/),
    hash: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();
const manifest = z
  .object({
    sessions: z.array(text.min(1)).min(1),
    tenant: text,
    subject: text,
    issuer: text,
    connection: text,
    era: text,
    protocolVersion: text,
    traceId: text,
    timeRange: z.object({ from: text, to: text }),
    counts: z.object({
      events: z.number().int(),
      frames: z.number().int(),
      byType: z.record(z.number().int()),
    }),
    schemaFingerprints: z.array(text),
    streamRanges: z.array(
      z.object({ gatewayId: text, epoch: z.number().int(), from: z.number().int(), to: z.number().int() }),
    ),
    createdAt: text,
    createdBy: text,
  })
  .strict();
const streamEntry = z.tuple([text, z.number().int(), z.number().int(), text, z.number().int()]);

/** One line of a bundle, checked against its schema. */
export type BundleRecord =
  | { kind: 'manifest'; manifest: BundleManifest }
  | { kind: 'event'; event: StoredChainEvent }
  | { kind: 'stream'; entries: StreamEntry[] }
  | { kind: 'checkpoint'; jws: string }
  | { kind: 'key'; jwk: JWK }
  /** Last, once the end line matched every line before it. */
  | { kind: 'end'; lines: number; sha256: string };

/** Reads the whole bundle into memory (for building and tests; `verifyBundleFile` streams). */
export async function readBundle(file: string, limits: ReadLimits = {}): Promise<Bundle> {
  const bundle: Partial<Bundle> & Omit<Bundle, 'manifest'> = {
    events: [],
    stream: [],
    checkpoints: [],
    keys: [],
  };
  for await (const record of bundleRecords(file, limits)) {
    if (record.kind === 'manifest') bundle.manifest = record.manifest;
    else if (record.kind === 'event') bundle.events.push(record.event);
    else if (record.kind === 'stream') for (const entry of record.entries) bundle.stream.push(entry);
    else if (record.kind === 'checkpoint') bundle.checkpoints.push(record.jws);
    else if (record.kind === 'key') bundle.keys.push(record.jwk);
  }
  return bundle as Bundle;
}

/**
 * The bundle's records, line by line, in file order: one line in memory at a time. Throws
 * BundleFormatError at the first line that is not what a bundle holds there, and at the end
 * when the end line is missing or does not match the lines before it.
 */
export async function* bundleRecords(file: string, limits: ReadLimits = {}): AsyncGenerator<BundleRecord> {
  const maxBytes = limits.maxBytes ?? 2 * 1024 ** 3;
  const maxLine = limits.maxLineBytes ?? 64 * 1024 ** 2;
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch {
    throw new BundleFormatError('BUNDLE_INVALID', `cannot read ${file}`);
  }
  if (size > maxBytes)
    throw new BundleFormatError(
      'BUNDLE_TOO_LARGE',
      `the file is ${size} bytes, over the ${maxBytes}-byte limit`,
    );
  if (size === 0) throw new BundleFormatError('BUNDLE_INVALID', 'the file is empty: not a Proctor bundle');

  const lines = createInterface({
    input: createReadStream(file, { encoding: 'utf8' }),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  const hash = createHash('sha256');
  let number = 0;
  let ended = false;
  for await (const line of lines) {
    number++;
    if (ended) throw new BundleFormatError('BUNDLE_INVALID', `line ${number}: content after the end line`);
    if (line.length > maxLine)
      throw new BundleFormatError('BUNDLE_TOO_LARGE', `line ${number} is longer than ${maxLine} bytes`);
    const record = parseLine(line, number);
    if (record.kind === 'end') {
      const sha256 = hash.digest('hex');
      if (record.lines !== number - 1 || record.sha256 !== sha256) {
        throw new BundleFormatError(
          'BUNDLE_INVALID',
          `the end line does not match the ${number - 1} lines before it: the file was altered or damaged`,
        );
      }
      ended = true;
      yield record;
      continue;
    }
    hash.update(`${line}\n`);
    yield record;
  }
  if (number === 0) throw new BundleFormatError('BUNDLE_INVALID', 'not a Proctor bundle');
  if (!ended)
    throw new BundleFormatError(
      'BUNDLE_TRUNCATED',
      `the bundle ends after line ${number} without its end line: it was cut`,
    );
}

function parseLine(line: string, number: number): BundleRecord {
  let record: { kind?: unknown } & Record<string, unknown>;
  try {
    record = JSON.parse(line) as typeof record;
  } catch {
    throw new BundleFormatError(
      'BUNDLE_INVALID',
      number === 1 ? 'not a Proctor bundle (line 1 is not JSON)' : `line ${number} is not JSON`,
    );
  }
  if (typeof record !== 'object' || record === null) {
    throw new BundleFormatError('BUNDLE_INVALID', `line ${number} is not a JSON object`);
  }
  if (number === 1) {
    if (record.kind !== BUNDLE_KIND)
      throw new BundleFormatError('BUNDLE_INVALID', 'not a Proctor bundle (no bundle header on line 1)');
    if (record.version !== BUNDLE_VERSION) {
      throw new BundleFormatError(
        'BUNDLE_INVALID',
        `bundle version ${String(record.version)} is not supported (this build reads ${BUNDLE_VERSION})`,
      );
    }
    return {
      kind: 'manifest',
      manifest: parse(manifest, record.manifest, number, 'manifest') as BundleManifest,
    };
  }
  switch (record.kind) {
    case 'event': {
      const {
        kind: _kind,
        frameKind,
        ...event
      } = parse(eventLine, record, number, 'event') as Record<string, unknown>;
      return { kind: 'event', event: { ...event, kind: frameKind } as unknown as StoredChainEvent };
    }
    case 'stream':
      return {
        kind: 'stream',
        entries: parse(z.array(streamEntry), record.entries, number, 'stream') as StreamEntry[],
      };
    case 'checkpoint':
      return {
        kind: 'checkpoint',
        jws: parse(z.string().min(1), record.jws, number, 'checkpoint') as string,
      };
    case 'key':
      return {
        kind: 'key',
        jwk: parse(z.object({ kty: z.string() }).passthrough(), record.jwk, number, 'key') as JWK,
      };
    case 'end': {
      const end = parse(
        z.object({ kind: z.literal('end'), lines: z.number().int(), sha256: z.string() }).strict(),
        record,
        number,
        'end',
      ) as { lines: number; sha256: string };
      return { kind: 'end', lines: end.lines, sha256: end.sha256 };
    }
    default:
      throw new BundleFormatError(
        'BUNDLE_INVALID',
        `line ${number}: unknown record kind ${JSON.stringify(record.kind)}`,
      );
  }
}

function parse(schema: z.ZodTypeAny, value: unknown, line: number, what: string): unknown {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? ` field ${issue.path.join('.')}` : '';
    throw new BundleFormatError(
      'BUNDLE_INVALID',
      `line ${line}: invalid ${what}${where}: ${issue?.message ?? 'malformed'}`,
    );
  }
  return result.data;
}
