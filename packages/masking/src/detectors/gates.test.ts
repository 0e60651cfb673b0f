import { describe, expect, it } from 'vitest';
import { scanContext, type TextLookup } from './detector';
import { containsAny, hasDottedDigits, hasHexColons, hasImageExtension, hasShortNumberSlash } from './gates';

// Pieces that, glued at random, make the near misses the hand-written checks must get right.
const PIECES = [
  '1',
  '12',
  '123',
  '1234',
  '.',
  '/',
  ':',
  '::',
  '-',
  ' ',
  '_',
  'a',
  'F',
  'g',
  'x',
  'R',
  'H',
  'C',
  '.1',
  '7.',
  'jpg',
  'JPEG',
  'png',
  'tiff',
  'webp',
  'dcm',
  'heic',
  'Route',
  'Contract',
  'R.R.',
];

function samples(count: number): string[] {
  let seed = 7;
  const next = () => {
    seed = (seed * 48_271) % 2_147_483_647;
    return seed;
  };
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let s = '';
    for (let k = 1 + (next() % 8); k > 0; k--) s += PIECES[next() % PIECES.length];
    out.push(s);
  }
  return out;
}

const TEXTS = samples(20_000);

type Check = (t: string, ctx: TextLookup) => boolean;

function agreement(check: Check, re: RegExp): { matches: number; disagree: string[] } {
  // Through a scan context, as detectors run them (its word look-ups know the text's characters).
  const disagree = TEXTS.filter((t) => scanContext(t).passes(check) !== re.test(t));
  return { matches: TEXTS.filter((t) => re.test(t)).length, disagree: disagree.slice(0, 3) };
}

describe('hand-written gates', () => {
  it('answer as the expressions they replace', () => {
    const pairs: [Check, RegExp][] = [
      [hasDottedDigits, /\d\.\d{1,3}\.\d/],
      [hasHexColons, /[0-9A-Fa-f]:[0-9A-Fa-f]*:|::[0-9A-Fa-f]/],
      [hasImageExtension, /\.(?:jpe?g|png|gif|heic|heif|bmp|tiff?|webp|dcm)\b/i],
      [containsAny('RR', 'R.R.', 'HC', 'Route', 'Contract'), /RR|R\.R\.|HC|Route|Contract/],
    ];
    for (const [check, re] of pairs) {
      const { matches, disagree } = agreement(check, re);
      expect({ re: re.source, disagree }).toEqual({ re: re.source, disagree: [] });
      expect({ re: re.source, enough: matches > 20 }).toEqual({ re: re.source, enough: true });
    }
  });

  it("look words up as String.includes does, skipping texts that lack one of a word's characters", () => {
    const words = [
      'RR',
      'R.R.',
      'Route',
      '(01)',
      '00',
      '011',
      '+',
      '\n',
      ' is ',
      'www.',
      'Zürich',
      'é',
      '\u0001',
      '\u007f',
      '',
    ];
    const texts = [...TEXTS, 'Zürich HB, 1 Route', 'ctrl \u0001 and del \u007f', 'café (01)0088 011+ www.x'];
    const wrong: string[] = [];
    for (const t of texts) {
      const ctx = scanContext(t);
      for (const w of words) if (ctx.includes(w) !== t.includes(w)) wrong.push(`${JSON.stringify(t)} / ${w}`);
    }
    expect(wrong).toEqual([]);
  });

  it('pass every text where a numeric month/day or month/year date can start', () => {
    const dates =
      /(?<![\w/.-])(?:0?[1-9]|1[0-2])\/(?:19|20)\d{2}|(?<![\w/.:-])(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])/;
    const missed = TEXTS.filter((t) => dates.test(t) && !hasShortNumberSlash(t));
    expect(missed).toEqual([]);
    expect(hasShortNumberSlash('seen 3/17')).toBe(true);
    expect(hasShortNumberSlash('(03/1984)')).toBe(true);
    expect(hasShortNumberSlash('ehr://records/1234/17')).toBe(false);
    expect(hasShortNumberSlash('ratio 1.5/2')).toBe(false);
  });
});
