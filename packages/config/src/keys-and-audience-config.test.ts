import { describe, expect, it } from 'vitest';
import { parseConfig } from './index';

describe('checkpoint key rotation and the exporter audience', () => {
  it('defaults to no retired keys and no exporter audience of its own (tokens checked as today)', () => {
    const config = parseConfig({});
    expect(config.ingest.checkpoints.retiredKeys).toEqual([]);
    expect(config.exporter.auth.audience).toBeUndefined();
  });

  it('takes retired keys with the period they signed, and an exporter audience', () => {
    const config = parseConfig({
      ingest: {
        checkpoints: {
          retiredKeys: [
            {
              file: 'keys/2025.json',
              signedFrom: '2025-01-01T00:00:00Z',
              signedUntil: '2026-01-01T00:00:00Z',
            },
          ],
        },
      },
      exporter: { auth: { audience: ['https://audit.example.com', 'proctor-audit'] } },
    });
    expect(config.ingest.checkpoints.retiredKeys).toEqual([
      { file: 'keys/2025.json', signedFrom: '2025-01-01T00:00:00Z', signedUntil: '2026-01-01T00:00:00Z' },
    ]);
    expect(config.exporter.auth.audience).toEqual(['https://audit.example.com', 'proctor-audit']);
  });

  it('names a retired key without a file, a period that is not a timestamp, and an empty audience', () => {
    expect(() =>
      parseConfig({ ingest: { checkpoints: { retiredKeys: [{ signedUntil: '2026-01-01T00:00:00Z' }] } } }),
    ).toThrow(/ingest\.checkpoints\.retiredKeys\.0\.file/);
    expect(() =>
      parseConfig({
        ingest: { checkpoints: { retiredKeys: [{ file: 'k.json', signedUntil: 'last spring' }] } },
      }),
    ).toThrow(/ingest\.checkpoints\.retiredKeys\.0\.signedUntil/);
    expect(() => parseConfig({ exporter: { auth: { audience: '' } } })).toThrow(/exporter\.auth\.audience/);
  });
});
