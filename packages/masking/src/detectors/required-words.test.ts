import { describe, expect, it } from 'vitest';
import { piecedTexts } from '../test-helpers';
import { scanContext } from './detector';
import { requiredWords } from './required-words';

/** Gate expressions of the kinds the detectors write (words, classes, groups, lookarounds, quantifiers). */
const GATES = [
  /Jan|Feb|Mar|JAN/,
  /\d,?[ \t]+(?:rue|boul\.?|chemin|ch\.|av\.)[ \t]+\p{Ll}/u,
  /(?:apt|flat|unit)\.?[ \t]*#?\d/,
  /\b(?:NSW|VIC|WA),? \d{4}\b/,
  /(?:^|[\r\n])(?:MSH[^\w\s]|(?:PID|NK1)\|)/,
  /\d(?:st|nd|rd|th)\b/,
  /(?:address(?: is|:)|mov(?:e|ed|ing) to|staying at)[ \t]+[a-z\d]/,
  /(?<!x)ab+c(?=d)/,
  /ab?c/,
  /a(?:bc)?d{0,2}e/,
  /x.y/,
  /\d{5}-\d{4}/,
  /[A-Z]\d[A-Z]/,
  /www\./i,
  /\b(?:brgy|barangay)\b|\d(?:st|nd)[ \t]+(?:cross|main)\b/i,
  /zip|postal|POB/i,
  /(?:rue|chemin)[ \t]+\p{Ll}/iu,
  /ask|k\d/iu,
];

function samples(count: number): string[] {
  const pieces = [
    'Jan',
    'ja',
    'N',
    '1',
    '12',
    ' ',
    '\t',
    ',',
    '.',
    '#',
    'rue',
    'ru',
    'é',
    'apt',
    'ap',
    'flat',
    'NSW',
    'W',
    'A',
    'MSH',
    '|',
    'PID',
    '\n',
    'st',
    'th',
    'address is',
    'address:',
    'moved to',
    'staying at',
    'x',
    'a',
    'b',
    'c',
    'd',
    'e',
    'y',
    '-',
    'Q',
    'ch.',
    'av.',
    'unit',
    '9 rue d',
    'NSW 2650',
    'WA, 6000',
    '12345-6789',
    'abbcd',
    'x-y',
    'K1B',
    'abcdde',
    'PID|',
    '3rd ',
    '2, chemin x',
    'www.',
    'wWw.',
    'WWW',
    'w.',
    'Brgy',
    'BARANGAY',
    'bar',
    '1ST main',
    '2nd Cross',
    'ZIP',
    'Postal',
    'pob',
    'RUE',
    'CheMin',
    '\u017f',
    '\u212a',
    'AS',
    'k',
    'K7',
  ];
  // Long texts too: their words are told missing by their character pairs.
  return piecedTexts(count, pieces, 11, 14, (s, next) => (next() % 3 === 0 ? s.padStart(60, '~') : s));
}

/**
 * Whether `text` holds `word` as a case-insensitive expression matches it: ASCII letters in
 * either case, and with Unicode folding (`u`) the long s and the Kelvin sign as 's' and 'k'.
 */
function caseless(text: string, word: string, unicode: boolean): boolean {
  const lower = (s: string) =>
    unicode ? s.toLowerCase().replace(/\u017f/g, 's') : s.replace(/[A-Z]/g, (c) => c.toLowerCase());
  return lower(text).includes(lower(word));
}

describe('the words a gate expression needs', () => {
  it('reads them from plain expressions, and none from the others', () => {
    expect(requiredWords(/Jan|Feb/)).toEqual(['Jan', 'Feb']);
    expect(requiredWords(/\d[ \t]+(?:rue|chemin)\b/)).toEqual(['rue', 'chemin']);
    expect(requiredWords(/(?<!x)zip code:\s/)).toEqual(['zip code:']);
    expect(requiredWords(/\d-?[A-Z]{2}\d\d/)).toBeUndefined();
    expect(requiredWords(/jan|feb/i)).toEqual(['jan', 'feb']);
    expect(requiredWords(/jan|feb/g)).toBeUndefined();
    expect(requiredWords(/(?<year>19|20)\d\d/)).toBeUndefined();
    expect(requiredWords(/ab?c|d/)).toEqual(['a', 'd']);
    expect(requiredWords(/ab?c|\d/)).toBeUndefined();
  });

  it('are in every text the expression matches, so a gate answers as the expression does', () => {
    const texts = samples(20_000);
    const missed: string[] = [];
    const wrong: string[] = [];
    const rare: string[] = [];
    for (const re of GATES) {
      const words = requiredWords(re);
      let matched = 0;
      for (const t of texts) {
        const hit = re.test(t);
        if (hit) matched++;
        const holds = (w: string) => (re.ignoreCase ? caseless(t, w, re.unicode) : t.includes(w));
        if (hit && words && !words.some(holds)) missed.push(`${re.source} ${JSON.stringify(t)}`);
        if (scanContext(t).test(re) !== hit) wrong.push(`${re.source} ${JSON.stringify(t)}`);
      }
      if (matched < 20) rare.push(re.source);
    }
    expect(rare).toEqual([]);
    expect(missed.slice(0, 3)).toEqual([]);
    expect(wrong.slice(0, 3)).toEqual([]);
  });

  it('answers as the expression does for one made anew on each call, past the expressions kept by object', () => {
    const miss = scanContext('Patient seen on 2024-03-05 for follow-up.');
    const hit = scanContext('seen in Feb 2024');
    for (let i = 0; i < 5_000; i++) {
      // A new object each time round, as an expression written inside a function is.
      expect(miss.test(/Jan|Feb/)).toBe(false);
      expect(hit.test(/Jan|Feb/)).toBe(true);
      expect(hit.test(/Jan|Feb/g)).toBe(true);
    }
    expect(miss.test(/Jan|Feb|seen/)).toBe(true);
  });

  it('gives none for a global or sticky expression, asked once or again, and the same words again for the others', () => {
    for (const re of [/Jan|Feb/g, /Jan|Feb/y, /Jan|Feb/gi]) {
      expect(requiredWords(re)).toBeUndefined();
      expect(requiredWords(re)).toBeUndefined();
    }
    const plain = /Jan|Feb/;
    expect(requiredWords(plain)).toEqual(['Jan', 'Feb']);
    expect(requiredWords(plain)).toEqual(['Jan', 'Feb']);
    // A global expression of the same source is not read through the one read before.
    expect(requiredWords(new RegExp(plain.source, 'g'))).toBeUndefined();
  });
});
