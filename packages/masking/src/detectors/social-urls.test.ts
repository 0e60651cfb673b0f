import { describe, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';

describe('social web addresses without a scheme', () => {
  it.each([
    ['posted at tiktok.com/@rosa.mendez92 yesterday', 'tiktok.com/@rosa.mendez92'],
    ['follow instagram.com/theo_lind_ for updates', 'instagram.com/theo_lind_'],
    ['Fundraiser: gofundme.com/f/help-for-ana-k.', 'gofundme.com/f/help-for-ana-k'],
    ['his page www.facebook.com/marco.vitale.7', 'www.facebook.com/marco.vitale.7'],
    ['channel youtube.com/@kofiboateng', 'youtube.com/@kofiboateng'],
  ] as const)('finds %s', (text, value) => expectDetected(text, value, 'url'));

  it('keeps a site named without a path', () => {
    expectKept('she saw it on instagram.com and tiktok', 'instagram.com');
    expectKept('ratio 3/4 of facebook users', '3/4');
  });
});
