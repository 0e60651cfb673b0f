import { describe, expect, it } from 'vitest';
import { piecedTexts } from '../test-helpers';
import { url } from './contact';
import { ages } from './dates';
import { type Detector, scanContext, type TextLookup } from './detector';
import {
  ageNumbers,
  containsAny,
  hasDomainSlash,
  hasDottedDigits,
  hasHexColons,
  hasImageExtension,
  hasShortNumberSlash,
  isSpace,
} from './gates';
import { AFTER_PREPOSITION_RE, mayHavePrepositionBeforeCapital } from './places';

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
  'hTTp://',
  'ftp://',
  's://',
  '95',
  '120',
];

function samples(count: number, pieces: readonly string[] = PIECES): string[] {
  return piecedTexts(count, pieces, 7, 8);
}

const TEXTS = samples(20_000);
/** Near misses of sites' addresses and of place prepositions before a town. */
const PLACE_TEXTS = samples(20_000, [
  ...PIECES,
  'com',
  'youtu.be',
  'in',
  'To',
  'at',
  'Né à',
  'nato a',
  'Kandahar',
  '\t',
  'é',
]);

type Check = (t: string, ctx: TextLookup) => boolean;

function agreement(check: Check, re: RegExp, texts = TEXTS): { matches: number; disagree: string[] } {
  // Through a scan context, as detectors run them (its word look-ups know the text's characters).
  const disagree = texts.filter((t) => scanContext(t).passes(check) !== re.test(t));
  return { matches: texts.filter((t) => re.test(t)).length, disagree: disagree.slice(0, 3) };
}

describe('hand-written gates', () => {
  it('answer as the expressions they replace', () => {
    const pairs: [Check, RegExp][] = [
      [hasDottedDigits, /\d\.\d{1,3}\.\d/],
      [hasHexColons, /[0-9A-Fa-f]:[0-9A-Fa-f]*:|::[0-9A-Fa-f]/],
      [hasImageExtension, /\.(?:jpe?g|png|gif|heic|heif|bmp|tiff?|webp|dcm)\b/i],
      [containsAny('RR', 'R.R.', 'HC', 'Route', 'Contract'), /RR|R\.R\.|HC|Route|Contract/],
      [(t) => (ageNumbers(t) & 1) !== 0, /(?:^|\D)(?:9\d|1[0-3]\d)(?:\D|$)/],
    ];
    for (const [check, re] of pairs) {
      const { matches, disagree } = agreement(check, re);
      expect({ re: re.source, disagree }).toEqual({ re: re.source, disagree: [] });
      expect({ re: re.source, enough: matches > 20 }).toEqual({ re: re.source, enough: true });
    }
  });

  it("find a site's domain before its path as the expression does", () => {
    const { matches, disagree } = agreement(hasDomainSlash, /\.[A-Za-z]{2,6}\//, PLACE_TEXTS);
    expect(disagree).toEqual([]);
    expect(matches).toBeGreaterThan(20);
  });

  it('hold wherever a place preposition stands before a capital, and not after other words', () => {
    let found = 0;
    const missed = PLACE_TEXTS.filter((t) => {
      AFTER_PREPOSITION_RE.lastIndex = 0;
      if (!AFTER_PREPOSITION_RE.test(t)) return false;
      found++;
      return !scanContext(t).passes(mayHavePrepositionBeforeCapital);
    });
    expect(missed).toEqual([]);
    expect(found).toBeGreaterThan(20);
    for (const t of ['moved to Kandahar', 'nato a Vicenza', 'Né à Lyon', 'from\tHexham', '(in Ennis)'])
      expect(mayHavePrepositionBeforeCapital(t)).toBe(true);
    for (const t of ['Vitals stable, BP 120/80. Continue', 'within Normal', 'plan 9in Ennis', 'in 6 weeks'])
      expect(mayHavePrepositionBeforeCapital(t)).toBe(false);
  });

  it('ask a probe once per text when detectors ask it in turn', () => {
    let calls = 0;
    const probe = (t: string) => {
      calls++;
      return ageNumbers(t);
    };
    const ctx = scanContext('she is 94 and he is 95');
    const first = ctx.bits(probe);
    expect(ctx.bits(probe)).toBe(first);
    expect(calls).toBe(1);
    expect(ctx.bits((t) => t.length)).toBe(22);
    expect(ctx.bits(probe)).toBe(first);
    expect(calls).toBe(2);
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

  it('look words up in long texts, two contexts taking turns, as String.includes does', () => {
    const pieces = [
      ...PIECES,
      'Lab panel within normal limits; ',
      'Zürich ',
      ' the ',
      '\n',
      'ß',
      '\u{1F600}',
    ];
    const long = samples(3_000, pieces).map((t, i) =>
      `${t} ${t.split('').reverse().join('')}`.padEnd(48 + (i % 40), '~'),
    );
    const words = [
      'RR',
      'Route',
      ' the ',
      'within',
      'withn',
      'limits;',
      'stimil',
      'lab',
      'üri',
      'Zürich',
      '\u{1F600}',
    ];
    const wrong: string[] = [];
    for (let i = 0; i + 1 < long.length; i += 2) {
      const [a, b] = [long[i] as string, long[i + 1] as string];
      const [ca, cb] = [scanContext(a), scanContext(b)];
      // Pieces of one text (present in it) and their neighbours' (present or not).
      const own = [a.slice(i % 17, (i % 17) + 3 + (i % 6)), b.slice(5, 9), `${a.slice(0, 2)}${b.slice(-2)}`];
      for (const w of [...words, ...own]) {
        if (ca.includes(w) !== a.includes(w)) wrong.push(`${JSON.stringify(a)} / ${JSON.stringify(w)}`);
        if (cb.includes(w) !== b.includes(w)) wrong.push(`${JSON.stringify(b)} / ${JSON.stringify(w)}`);
      }
      const gate = containsAny('Route', 'within', 'Zürich');
      if (ca.passes(gate) !== /Route|within|Zürich/.test(a)) wrong.push(`gate ${JSON.stringify(a)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('run a gate expression wherever it matches, its words read in either case when it ignores case', () => {
    const pieces = [...PIECES, 'WWW.', 'Chemin ', 'RUE ', 'Zürich ', 'CITY ', 'ß', 'ſ', 'Route', 'lab '];
    const texts = samples(4_000, pieces).map((t, i) => (i % 2 === 0 ? t : t.padEnd(48 + (i % 30), '~')));
    const gates = [
      /Route|within/,
      /www\./i,
      /\d[ \t]+(?:rue|chemin)\b/i,
      /Zürich|ß/i,
      /\bcity\b/iu,
      /ab/i,
      /x/i,
    ];
    const wrong: string[] = [];
    for (let i = 0; i + 1 < texts.length; i += 2) {
      // Two contexts taking turns: each keeps its own characters and shares the pair set.
      const [a, b] = [texts[i] as string, texts[i + 1] as string];
      const [ca, cb] = [scanContext(a), scanContext(b)];
      for (const re of gates) {
        if (ca.test(re) !== re.test(a)) wrong.push(`${re} ${JSON.stringify(a)}`);
        if (cb.test(re) !== re.test(b)) wrong.push(`${re} ${JSON.stringify(b)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('answer for a gate expression written inside a function (a new object per call) as for the expression itself', () => {
    const texts = samples(2_000, [...PIECES, 'Jan ', 'MAR ', 'apr ', 'Oct', 'lab ']).map((t, i) =>
      i % 2 === 0 ? t : t.padEnd(48 + (i % 30), '~'),
    );
    // Two sources of the same flags taking turns, and one ignoring case: each keeps its own words.
    const written = [() => /Jan|Feb/, () => /Mar|Apr/, () => /mar|oct/i];
    const wrong: string[] = [];
    for (const t of texts) {
      const ctx = scanContext(t);
      for (const make of written)
        if (ctx.test(make()) !== make().test(t)) wrong.push(`${make()} ${JSON.stringify(t)}`);
    }
    expect(wrong).toEqual([]);
    expect(texts.filter((t) => /Jan|Feb/.test(t)).length).toBeGreaterThan(0);
    expect(texts.filter((t) => !/Jan|Feb/.test(t)).length).toBeGreaterThan(0);
  });

  it('pass every text where a numeric month/day or month/year date can start', () => {
    const dates =
      /(?<![\w/.-])(?:0?[1-9]|1[0-2])\/(?:19|20)\d{2}|(?<![\w/.:-])(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])/;
    // The month and day the context-date detector looks for after its own gate.
    const monthDay = /(?:^|[^\w/.:-])1?\d\/[0-3]?\d/;
    const missed = TEXTS.filter((t) => (dates.test(t) || monthDay.test(t)) && !hasShortNumberSlash(t));
    expect(missed).toEqual([]);
    expect(hasShortNumberSlash('seen 3/17')).toBe(true);
    expect(hasShortNumberSlash('(03/1984)')).toBe(true);
    expect(hasShortNumberSlash('ehr://records/1234/17')).toBe(false);
    expect(hasShortNumberSlash('ratio 1.5/2')).toBe(false);
  });
});

/** Spans a detector finds with its gates, and with every gate open (each expression run). */
function gatedAndOpen(detector: Detector, text: string): [string, string] {
  const gated = scanContext(text);
  const open = scanContext(text, undefined, true);
  detector.run(gated);
  detector.run(open);
  return [JSON.stringify(gated.out), JSON.stringify(open.out)];
}

// Pieces of the phrases age expressions look for, and of the numbers and shapes near them.
const AGE_PIECES = [
  '92',
  '095',
  '120',
  '131',
  '88',
  '1000',
  ' ',
  '  ',
  '-',
  '/',
  '.',
  ',',
  '80',
  'y',
  'yo',
  'yrs',
  ' years old',
  '-year-old',
  'y/o',
  'M',
  'F',
  'he is ',
  "I'm ",
  'patient was ',
  'mother is ',
  'turned ',
  'age: ',
  'aged ',
  'BP ',
  ' and',
  'x',
];

describe('pre-checks a detector reads as bits', () => {
  it('read white space as \\s does', () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });

  it('let the age expressions find what they find with every gate open', () => {
    const texts = samples(30_000, AGE_PIECES);
    // The number check stands for the expression it replaced, which let no leading zero through.
    const inRange = texts.filter((t) => /(?:^|\D)(?:9\d|1[0-3]\d)(?:\D|$)/.test(t));
    const differing = inRange.filter((t) => {
      const [gated, open] = gatedAndOpen(ages, t);
      return gated !== open;
    });
    expect(differing.slice(0, 3)).toEqual([]);
    // Enough of them hold an age for the comparison to mean something.
    expect(inRange.filter((t) => gatedAndOpen(ages, t)[1] !== '[]').length).toBeGreaterThan(500);
    expect(ageNumbers('BP 120/80, HR 72')).toBe(1);
    expect(ageNumbers('he is\u00a095')).toBe(3);
    expect(ageNumbers('she is 094.') & 2).toBe(2);
    expect(ageNumbers('92 - yo') & 4).toBe(4);
    expect(ageNumbers('96 yo F') & 8).toBe(8);
    expect(ageNumbers('room 096F') & 8).toBe(0);
  });

  it('find every web address with every gate open', () => {
    const texts = [
      ...TEXTS,
      'see HTTPS://x.example/a',
      'ehr://patients/1',
      'ftp://files.example',
      'www.example.org',
    ];
    const differing = texts.filter((t) => {
      const [gated, open] = gatedAndOpen(url, t);
      return gated !== open;
    });
    expect(differing).toEqual([]);
    expect(gatedAndOpen(url, 'ehr://patients/1')[0]).toBe('[]');
  });

  it('say a text holds no white space only when it holds none', () => {
    const texts = [...TEXTS, 'a\vb', 'a\fb', 'a\u00a0b', 'a\u2009b', 'a\ufeffb', 'ehr://records/1857/3'];
    const missed = texts.filter((t) => !scanContext(t).hasSpace && /\s/.test(t));
    expect(missed).toEqual([]);
    expect(scanContext('ehr://records/1857/3').hasSpace).toBe(false);
    expect(scanContext('t-1478').hasSpace).toBe(false);
    expect(scanContext('march 7').hasSpace).toBe(true);
  });
});
