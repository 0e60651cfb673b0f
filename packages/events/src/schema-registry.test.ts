import { describe, expect, it } from 'vitest';
import { rabinFingerprint64 } from './rabin';
import { compileSchema, loadCommittedSchemas } from './schema-registry';

/**
 * Published schema files are immutable: a change goes to a new audit-event.<N>.avsc. These
 * recorded fingerprints catch an accidental edit (and remind whoever adds a version to
 * record it).
 */
const PUBLISHED_FINGERPRINTS: Record<number, string> = {
  1: '1794b7f35961cdbe',
  2: '9621ed9c1c366cfd',
  3: '4b065c2754c3af6f',
};

describe('schema registry', () => {
  it('computes CRC-64-AVRO as in the Avro spec test vectors', () => {
    const vectors: [string, bigint][] = [
      ['"null"', 7195948357588979594n],
      ['"boolean"', -6970731678124411036n],
      ['"string"', -8142146995180207161n],
      ['{"name":"foo","type":"record","fields":[]}', -4824392279771201922n],
      ['{"name":"x.y.foo","type":"record","fields":[]}', 5916914534497305771n],
      ['{"name":"x.y.z.foo","type":"enum","symbols":["A1","A2"]}', -4448647247586288245n],
      ['{"type":"map","values":"string"}', -8732877298790414990n],
      [
        '{"name":"PigValue","type":"record","fields":[{"name":"value","type":["null","int","long","PigValue"]}]}',
        -1759257747318642341n,
      ],
    ];
    for (const [canonical, expected] of vectors) {
      expect(BigInt.asIntN(64, rabinFingerprint64(canonical))).toBe(expected);
    }
  });

  it('derives the Parsing Canonical Form the spec describes', () => {
    const version = compileSchema({
      version: 99,
      schema: {
        type: 'record',
        name: 'Thing',
        namespace: 'x.y',
        doc: 'dropped',
        fields: [
          { name: 'a', type: { type: 'string' }, default: 'z', doc: 'dropped' },
          {
            name: 'body',
            type: [
              { type: 'record', name: 'B', fields: [] },
              { type: 'record', name: 'C', fields: [] },
            ],
          },
        ],
      },
    });
    expect(version.canonicalForm).toBe(
      '{"name":"x.y.Thing","type":"record","fields":[{"name":"a","type":"string"},' +
        '{"name":"body","type":[{"name":"x.y.B","type":"record","fields":[]},{"name":"x.y.C","type":"record","fields":[]}]}]}',
    );
  });

  it('keeps the fingerprints of published schema files', () => {
    const committed = loadCommittedSchemas().map(compileSchema);
    const actual = Object.fromEntries(committed.map((v) => [v.version, v.fingerprint.toString('hex')]));
    expect(actual).toEqual(PUBLISHED_FINGERPRINTS);
  });
});
