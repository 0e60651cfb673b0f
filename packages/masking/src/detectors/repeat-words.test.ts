import { describe, expect, it } from 'vitest';
import { InsideSpans, MAX_REPEAT_WORD, RepeatWords } from './repeat-words';

/** What the words' alternation finds: the expression the matcher stands for. */
function byExpression(words: readonly string[], text: string): Array<[number, number]> {
  const alternatives = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const re = new RegExp(`(?<![\\p{L}\\p{M}'’\\d-])(?:${alternatives})(?![\\p{L}\\p{M}\\d]|-\\p{L})`, 'giu');
  const out: Array<[number, number]> = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

function found(words: readonly string[], text: string): Array<[number, number]> {
  return new RepeatWords(words).find(text).map((m) => [m.start, m.end]);
}

describe('words said again, found in one pass', () => {
  it.each([
    [['quarrie'], 'Quarrie has a fever; QUARRIE signed, quarrie-x and Quarrie-Lee, 9Quarrie, Quarrie9'],
    [['anne', 'anne-marie'], 'Anne-Marie and Anne, anne- and Anne--Lee'],
    [["o'dowd", 'dowd'], "O'Dowd, Dowd's chart, O'Dowd's note, McDowd"],
    [['jones', "jones's"], "Jones's chart and Jones' note"],
    [['zoë', 'renée'], 'Zoë and ZOË, Renée (Renée)… Zoe'],
    [['ngaio'], 'Ngaio\u0301 Ngaio ngaio’ ngaio’s'],
  ])('finds what the alternation finds: %j', (words, text) => {
    expect(found(words, text)).toEqual(byExpression(words, text));
  });

  it('finds what the alternation finds on mixed text', () => {
    const pieces = ['Lee', 'lee', 'Ann', '-', "'", '’', ' ', ', ', '9', 'Ann-Lee', 'É', '\u0301', '\n', 'x'];
    const words = ['lee', 'ann', 'ann-lee', "lee'"];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (let i = 0; i < 400; i++) {
      let text = '';
      for (let k = next() % 14; k >= 0; k--) text += pieces[next() % pieces.length];
      expect(found(words, text)).toEqual(byExpression(words, text));
    }
  });

  it('takes the first word given where two fit, as the first alternative that matches', () => {
    expect(new RepeatWords(['jones', "jones's"]).find("Jones's")[0]?.word).toBe('jones');
    expect(new RepeatWords(["jones's", 'jones']).find("Jones's")[0]?.word).toBe("jones's");
  });

  it('looks for no word longer than a name, and reads a long run once', () => {
    const long = 'lund-'.repeat(4000).slice(0, -1);
    expect(new RepeatWords([long]).size).toBe(0);
    expect(new RepeatWords(['x'.repeat(MAX_REPEAT_WORD)]).size).toBe(1);
    const words = new RepeatWords(['lund']);
    const text = 'Lund-'.repeat(40_000);
    const started = performance.now();
    expect(words.find(text)).toEqual([]);
    expect(words.find(`${"a'".repeat(50_000)} Lund`)).toEqual([
      { start: 100_001, end: 100_005, word: 'lund' },
    ]);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('tells whether places asked in order lie inside spans', () => {
    const inside = new InsideSpans([
      [10, 20],
      [0, 5],
      [12, 30],
    ]);
    expect([
      inside.holds(1, 4),
      inside.holds(4, 6),
      inside.holds(11, 25),
      inside.holds(21, 30),
      inside.holds(31, 32),
    ]).toEqual([true, false, false, true, false]);
  });
});
