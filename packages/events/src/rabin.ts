/**
 * The Avro spec's 64-bit Rabin fingerprint (CRC-64-AVRO) of a schema's Parsing Canonical
 * Form. It is what single-object encoding puts in front of every datum, so readers in any
 * language can find the writer schema; it must match the spec bit for bit.
 */

const EMPTY = 0xc15d213aa4d7a795n;
const MASK64 = 0xffffffffffffffffn;

const TABLE: readonly bigint[] = (() => {
  const table: bigint[] = [];
  for (let i = 0; i < 256; i++) {
    let fp = BigInt(i);
    for (let j = 0; j < 8; j++) {
      fp = (fp >> 1n) ^ (EMPTY & (-(fp & 1n) & MASK64));
    }
    table.push(fp);
  }
  return table;
})();

/** Unsigned 64-bit fingerprint of the UTF-8 bytes of `text`. */
export function rabinFingerprint64(text: string): bigint {
  let fp = EMPTY;
  for (const byte of Buffer.from(text, 'utf8')) {
    // biome-ignore lint/style/noNonNullAssertion: the index is masked to 0..255
    fp = (fp >> 8n) ^ TABLE[Number((fp ^ BigInt(byte)) & 0xffn)]!;
  }
  return fp;
}

/** The fingerprint as single-object encoding writes it: 8 bytes, little-endian. */
export function fingerprintBytes(canonicalForm: string): Buffer {
  const out = Buffer.alloc(8);
  out.writeBigUInt64LE(rabinFingerprint64(canonicalForm));
  return out;
}
