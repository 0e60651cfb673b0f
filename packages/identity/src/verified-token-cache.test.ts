import { describe, expect, it } from 'vitest';
import type { TokenVerifier, VerifiedIdentity } from './token-verifier';
import { cacheVerifiedTokens } from './verified-token-cache';

function countingVerifier(expiresAt: number) {
  const calls: (string | undefined)[] = [];
  const verifier: TokenVerifier = {
    async verify(header) {
      calls.push(header);
      if (header !== 'Bearer ok' && header !== 'Bearer ok2') throw new Error('invalid');
      const identity: VerifiedIdentity = {
        subject: header,
        issuer: 'urn:test',
        groups: [],
        ci: null,
        expiresAt: new Date(expiresAt),
        claims: {},
      };
      return identity;
    },
  };
  return { verifier, calls };
}

describe('cacheVerifiedTokens', () => {
  it('verifies a token once until it expires', async () => {
    let clock = 1_000;
    const { verifier, calls } = countingVerifier(5_000);
    const cached = cacheVerifiedTokens(verifier, { now: () => clock });
    await cached.verify('Bearer ok');
    await cached.verify('Bearer ok');
    expect(calls).toHaveLength(1);
    clock = 5_000;
    await cached.verify('Bearer ok');
    expect(calls).toHaveLength(2);
  });

  it('verifies again after maxAgeMs, so a key the issuer withdrew is not honoured until exp', async () => {
    let clock = 0;
    const { verifier, calls } = countingVerifier(24 * 3600_000);
    let withdrawn = false;
    const cached = cacheVerifiedTokens(
      {
        async verify(header) {
          if (withdrawn) throw new Error('token signing key is not recognised');
          return verifier.verify(header);
        },
      },
      { now: () => clock, maxAgeMs: 600_000 },
    );
    await cached.verify('Bearer ok');
    withdrawn = true;
    clock = 599_999;
    await cached.verify('Bearer ok');
    expect(calls).toHaveLength(1);
    clock = 600_000;
    await expect(cached.verify('Bearer ok')).rejects.toThrow('not recognised');
  });

  it('never caches failures', async () => {
    const { verifier, calls } = countingVerifier(5_000);
    const cached = cacheVerifiedTokens(verifier, { now: () => 0 });
    await expect(cached.verify('Bearer bad')).rejects.toThrow('invalid');
    await expect(cached.verify('Bearer bad')).rejects.toThrow('invalid');
    await expect(cached.verify(undefined)).rejects.toThrow('invalid');
    expect(calls).toHaveLength(3);
  });

  it('stays within its size bound', async () => {
    const { verifier, calls } = countingVerifier(5_000);
    const cached = cacheVerifiedTokens(verifier, { now: () => 0, maxEntries: 1 });
    await cached.verify('Bearer ok');
    await cached.verify('Bearer ok2');
    await cached.verify('Bearer ok');
    expect(calls).toEqual(['Bearer ok', 'Bearer ok2', 'Bearer ok']);
  });
});
