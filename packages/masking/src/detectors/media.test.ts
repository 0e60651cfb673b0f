import { describe, expect, it } from 'vitest';
import { detectText } from '../detect';
import { base64Images } from './media';

// Synthetic base64 blocks: a format's first bytes, then invented data.
const JPEG = '/9j/4AAQSkZJRgABAQEASABIAAD2wBDAAoHBwgHBgoICAgLCgoLDhgQDg0NDh0VFhEYIx8lJCIf==';
const PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

function found(text: string): string[] {
  return detectText(text, { detectors: [base64Images] }).map((s) => text.slice(s.start, s.end));
}

describe('base64 pictures without a data: prefix', () => {
  it.each([
    ['a JPEG alone (a JSON value)', JPEG, JPEG],
    ['a PNG inside a line', `attachment ${PNG} end`, PNG],
    [
      'a GIF in JSON text',
      '{"image":"R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"}',
      'R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7',
    ],
  ])('%s', (_, text, block) => {
    expect(found(text)).toEqual([block]);
  });

  it('leaves other base64 and a path with /9j/ in it alone', () => {
    expect(found('JVBERi0xLjQKJcfsj6IKNSAwIG9iago8PC9MZW5ndGggNiAwIFI+PgpzdHJlYW0K')).toEqual([]);
    expect(found('see /9j/ for the format')).toEqual([]);
    expect(found('token abc/9j/4AAQSkZJRgABAQEASABIAAD2')).toEqual([]);
  });
});
