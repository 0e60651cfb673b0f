/**
 * The audit-event schema versions this build knows: every committed
 * schemas/avro/audit-event.<N>.avsc (immutable once published; changes go to a new N), plus
 * any a caller adds. The highest version is the one this build writes and reads into.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type * as Avsc from 'avsc';
import { fingerprintBytes } from './rabin';

// avsc is CommonJS without named exports Node's ESM loader can detect.
const avro = createRequire(import.meta.url)('avsc') as typeof Avsc;

export interface SchemaSource {
  version: number;
  /** The schema as JSON text or a parsed object. */
  schema: string | object;
}

export interface SchemaVersion {
  version: number;
  type: Avsc.Type;
  /** Parsing Canonical Form: what the fingerprint is computed over. */
  canonicalForm: string;
  /** CRC-64-AVRO of the canonical form, little-endian, as on the wire. */
  fingerprint: Buffer;
}

const SCHEMA_FILE = /^audit-event\.(\d+)\.avsc$/;

/** Located from this module, so the result does not depend on the process's working directory. */
export const COMMITTED_SCHEMA_DIR = fileURLToPath(new URL('../../../schemas/avro/', import.meta.url));

export function loadCommittedSchemas(dir: string = COMMITTED_SCHEMA_DIR): SchemaSource[] {
  const sources: SchemaSource[] = [];
  for (const name of readdirSync(dir)) {
    const match = SCHEMA_FILE.exec(name);
    if (!match?.[1]) continue;
    sources.push({ version: Number(match[1]), schema: readFileSync(`${dir}/${name}`, 'utf8') });
  }
  if (sources.length === 0) throw new Error(`no audit-event schema files found in ${dir}`);
  return sources;
}

export function compileSchema(source: SchemaSource): SchemaVersion {
  const parsed = typeof source.schema === 'string' ? JSON.parse(source.schema) : source.schema;
  // 'auto' keeps nullable fields as plain values; the body union of records stays wrapped,
  // which is what tells the event types apart.
  const type = avro.Type.forSchema(parsed, { wrapUnions: 'auto' });
  if (!avro.Type.isType(type, 'record') || !avro.Type.isType(bodyType(type), 'union:wrapped')) {
    throw new Error(
      `audit-event schema version ${source.version} must be a record with a union field "body"`,
    );
  }
  // avsc's schema() without attributes is the spec's Parsing Canonical Form (full names,
  // no docs/defaults/aliases, keys in canonical order); the fingerprint tests pin it.
  const canonicalForm = JSON.stringify(type.schema());
  return { version: source.version, type, canonicalForm, fingerprint: fingerprintBytes(canonicalForm) };
}

export function bodyType(type: Avsc.Type): Avsc.Type | undefined {
  return (type as unknown as { field(name: string): { type: Avsc.Type } | undefined }).field('body')?.type;
}

/** Compiles the sources; a later source replaces an earlier one with the same version. */
export function buildRegistry(sources: readonly SchemaSource[]): Map<number, SchemaVersion> {
  const byVersion = new Map<number, SchemaVersion>();
  for (const source of sources) byVersion.set(source.version, compileSchema(source));
  return byVersion;
}
