import { join } from 'node:path';
import { parseConfig } from '@proctor/config';
import { generateCheckpointKey, writeCheckpointKeyFile } from '@proctor/integrity';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/harness';
import { configuredCheckpointKeys, retiredCheckpointKeys } from './checkpoint-keys';

async function rotatedKeys() {
  const dir = await tempDir('checkpoint-keys');
  const [a, b] = await Promise.all([generateCheckpointKey(), generateCheckpointKey()]);
  const files = { a: join(dir, 'a.json'), b: join(dir, 'b.json') };
  await writeCheckpointKeyFile(files.a, a);
  await writeCheckpointKeyFile(files.b, b);
  return { a, b, files };
}

describe('configured checkpoint keys', () => {
  it('trusts the current key and the retired ones, the retired without their private half', async () => {
    const { a, b, files } = await rotatedKeys();
    const config = parseConfig({
      ingest: { checkpoints: { keyFile: files.b, retiredKeys: [{ file: files.a }] } },
    });
    const keys = await configuredCheckpointKeys(config);
    expect(keys.map((k) => k.kid)).toEqual([b.keyId, a.keyId]);
    expect(keys[1]).toMatchObject({ status: 'retired' });
    expect(keys.some((k) => 'd' in k)).toBe(false);
  });

  it('refuses a signing key that is listed as retired, and names an unreadable retired key', async () => {
    const { files } = await rotatedKeys();
    const retiredSigner = parseConfig({
      ingest: { checkpoints: { keyFile: files.a, retiredKeys: [{ file: files.a }] } },
    });
    await expect(retiredCheckpointKeys(retiredSigner)).rejects.toThrow(
      /is also listed as retired: a retired key never signs/,
    );
    const missing = parseConfig({
      ingest: { checkpoints: { keyFile: files.b, retiredKeys: [{ file: `${files.a}.gone` }] } },
    });
    await expect(retiredCheckpointKeys(missing)).rejects.toThrow(/cannot read the retired checkpoint key/);
  });
});
