import { describe, expect, it } from 'vitest';
import { baselineFrom, regressions, roundUp } from './baseline';
import { generateSplit } from './dataset';
import {
  type Detection,
  type EngineUnderTest,
  parseJsonPath,
  placeMatch,
  spansFromTokens,
} from './engine-adapter';
import { locateStrings } from './json-locate';
import { pathKey } from './json-path';
import type { JsonValue, Label, QualityDoc } from './labels';
import { formatScore } from './report';
import { isDestroyed, isLeaked, scoreDocs } from './scoring';
import { showDoc } from './show';

const label = (start: number, end: number, cls: 'phi' | 'keep' = 'phi'): Label => ({
  class: cls,
  type: cls === 'phi' ? 'ssn' : 'uuid',
  start,
  end,
  value: '',
});
const span = (start: number, end: number): Detection => ({ start, end, type: 'x' });

describe('leak and destroy rules', () => {
  const text = 'SSN 900-12-3456 ok';
  it('a PHI span leaks when any letter or digit is left uncovered, separators do not count', () => {
    expect(isLeaked(text, label(4, 15), [span(4, 15)])).toBe(false);
    expect(isLeaked(text, label(4, 15), [span(4, 7), span(8, 10), span(11, 15)])).toBe(false);
    expect(isLeaked(text, label(4, 15), [span(4, 14)])).toBe(true);
    expect(isLeaked(text, label(4, 15), [])).toBe(true);
    expect(isLeaked(text, label(4, 15), [span(0, 18)])).toBe(false);
  });
  it('counts a digit outside the BMP as leaked unless both of its UTF-16 units are covered', () => {
    const bold = 'id \u{1D7D7}\u{1D7CE}';
    expect(isLeaked(bold, label(3, 7), [span(3, 7)])).toBe(false);
    expect(isLeaked(bold, label(3, 7), [span(3, 6)])).toBe(true);
    expect(isLeaked(bold, label(3, 7), [span(4, 7)])).toBe(true);
  });
  it('a keep span is destroyed by any overlapping detection', () => {
    expect(isDestroyed(label(4, 15, 'keep'), [span(14, 16)])).toBe(true);
    expect(isDestroyed(label(4, 15, 'keep'), [span(0, 4), span(15, 18)])).toBe(false);
  });
});

describe('engine adapter helpers', () => {
  it('parses JSON paths in every common spelling to the same segments', () => {
    const want = ['result', 'content', '0', 'text'];
    expect(parseJsonPath('$.result.content[0].text')).toEqual(want);
    expect(parseJsonPath("$['result']['content'][0]['text']")).toEqual(want);
    expect(parseJsonPath('$["result"]["content"][0]["text"]')).toEqual(want);
    expect(parseJsonPath('/result/content/0/text')).toEqual(want);
    expect(parseJsonPath('result.content.0.text')).toEqual(want);
    expect(parseJsonPath(['result', 'content', 0, 'text'])).toEqual(want);
    expect(parseJsonPath("$['a.b']")).toEqual(['a.b']);
    expect(pathKey(['a', 0])).toBe(pathKey(['a', '0']));
  });
  it('recovers replaced spans from legacy [REDACTED:rule] output', () => {
    const original = 'call 555-010-1234 or mail a@b.example now';
    const masked = 'call [REDACTED:phone] or mail [REDACTED:email] now';
    expect(spansFromTokens(original, masked)).toEqual([
      { start: 5, end: 17, type: 'phone' },
      { start: 26, end: 37, type: 'email' },
    ]);
    expect(spansFromTokens('[x]', '[x]')).toEqual([]);
  });
});

describe('spans inside JSON embedded in a string', () => {
  const inner = { name: 'Jane Roe', note: 'a\n"b" Jane', list: [1, 'x'] };
  const root = { text: JSON.stringify(inner, null, 2) };

  it('locates every string value of a JSON text, through escapes', () => {
    const where = locateStrings(root.text);
    const note = where?.get(pathKey(['note']));
    expect(note?.decoded).toBe(inner.note);
    expect(root.text.slice(note?.decodedToRaw[3], note?.decodedToRaw[5])).toBe('b\\"');
    expect(where?.get(pathKey(['list', 1]))?.decoded).toBe('x');
    expect(locateStrings('not json')).toBeUndefined();
  });

  it('maps a span reported at outer#$inner back onto the outer string', () => {
    const cache = new Map();
    const name = placeMatch(root, '$.text#$.name', { start: 0, end: 8, type: 'name' }, cache);
    expect(name?.path).toEqual(['text']);
    expect(root.text.slice(name?.detection.start, name?.detection.end)).toBe('Jane Roe');
    const later = placeMatch(root, '$.text#$.note', { start: 6, end: 10, type: 'name' }, cache);
    expect(root.text.slice(later?.detection.start, later?.detection.end)).toBe('Jane');
    expect(placeMatch(root, '$.text#$.missing', { start: 0, end: 1, type: 'x' }, cache)).toBeUndefined();
  });
});

/** Engines whose results are known, to prove the scorer can tell good from bad. */
function fakeEngine(
  detect: (text: string, labels: readonly Label[]) => Detection[],
  docs: QualityDoc[],
): EngineUnderTest {
  const labelsOfText = new Map(
    docs.flatMap((d) => (d.format === 'text' ? [[d.text, d.labels] as const] : [])),
  );
  return {
    api: 'spans',
    detectText: (text) => detect(text, labelsOfText.get(text) ?? []),
    detectJson: (value: JsonValue) => {
      const doc = docs.find((d) => d.format === 'json' && d.value === value);
      const detections = new Map<string, Detection[]>();
      if (doc?.format === 'json') {
        for (const l of doc.labels) {
          const key = pathKey(l.path);
          detections.set(key, [...(detections.get(key) ?? []), ...detect('', [l])]);
        }
      }
      return { detections, unattributed: 0 };
    },
  };
}

describe('scorer', () => {
  const docs = generateSplit('dev').slice(0, 60);
  const phiOnly = (labels: readonly Label[]): Detection[] =>
    labels.filter((l) => l.class === 'phi').map((l) => ({ start: l.start, end: l.end, type: l.type }));

  it('scores a perfect engine at zero leaks and zero destroyed keeps', () => {
    const score = scoreDocs(
      'dev',
      docs,
      fakeEngine((_, labels) => phiOnly(labels), docs),
    );
    expect(score.totals.phiLabeled).toBeGreaterThan(500);
    expect(score.totals.leaked).toBe(0);
    expect(score.totals.destroyed).toBe(0);
    expect(Object.values(score.phi).every((s) => s.mistyped === 0)).toBe(true);
  });

  it('counts spans masked under another type as mistyped, not leaked', () => {
    const wrongType = (_: string, labels: readonly Label[]): Detection[] =>
      labels.filter((l) => l.class === 'phi').map((l) => ({ start: l.start, end: l.end, type: 'other_id' }));
    const score = scoreDocs('dev', docs, fakeEngine(wrongType, docs));
    expect(score.totals.leaked).toBe(0);
    expect(score.phi.name.mistyped).toBe(score.phi.name.labeled);
    expect(score.phi.other_id.mistyped).toBe(0);
  });

  it('counts every span of an engine that detects nothing as leaked', () => {
    const score = scoreDocs(
      'dev',
      docs,
      fakeEngine(() => [], docs),
    );
    expect(score.totals.leaked).toBe(score.totals.phiLabeled);
    expect(score.phi.name.failed).toBe(score.phi.name.labeled);
    const npi = score.phi.license.forms.npi;
    expect(npi?.labeled).toBeGreaterThan(0);
    expect(npi?.failed).toBe(npi?.labeled);
    expect(score.totals.destroyed).toBe(0);
    expect(formatScore(score)).toMatch(/TOTAL\s+\d+\s+\d+\s+100\.00 %/);
  });

  it('counts keep strings under a detection as destroyed, per kind', () => {
    const all = (_: string, labels: readonly Label[]): Detection[] => labels.map((l) => span(l.start, l.end));
    const score = scoreDocs('dev', docs, fakeEngine(all, docs));
    expect(score.totals.leaked).toBe(0);
    expect(score.totals.destroyed).toBe(score.totals.keepLabeled);
    expect(score.keep.drug_dose.examples.length).toBeGreaterThan(0);
  });

  it('counts a name masked only in part as leaked', () => {
    const firstHalf = (_: string, labels: readonly Label[]): Detection[] =>
      labels
        .filter((l) => l.class === 'phi')
        .map((l) => span(l.start, l.start + Math.ceil((l.end - l.start) / 2)));
    const score = scoreDocs('dev', docs, fakeEngine(firstHalf, docs));
    expect(score.totals.leaked).toBeGreaterThan(score.totals.phiLabeled * 0.9);
  });
});

describe('showing one document', () => {
  it('marks detected parts and gives each label its verdict', () => {
    const docs = generateSplit('dev').slice(0, 24);
    const json = docs.find((d) => d.format === 'json') as QualityDoc;
    const text = docs[0] as QualityDoc;
    const nothing = fakeEngine(() => [], docs);
    expect(showDoc(text, nothing)).toMatch(/LEAKED +phi name/);
    const body = (shown: string): string => shown.split('\n').slice(1).join('\n');
    expect(body(showDoc(text, nothing))).not.toContain('⟦');
    const all = fakeEngine((_, labels) => labels.map((l) => span(l.start, l.end)), docs);
    const shown = showDoc(json, all);
    expect(body(shown)).toContain('⟦');
    expect(shown).toMatch(/DESTROYED +keep/);
    expect(shown).not.toContain('LEAKED');
  });
});

describe('scorer errors', () => {
  it('names the document an engine failed on', () => {
    const docs = generateSplit('dev').slice(0, 2);
    const failing: EngineUnderTest = {
      api: 'spans',
      detectText: () => {
        throw new Error('boom');
      },
      detectJson: () => ({ detections: new Map(), unattributed: 0 }),
    };
    expect(() => scoreDocs('dev', docs, failing)).toThrow(/scoring dev\/hpiNote\/0: boom/);
  });
});

describe('regression baseline', () => {
  const docs = generateSplit('dev').slice(0, 40);
  const names = (_: string, labels: readonly Label[]): Detection[] =>
    labels.filter((l) => l.type === 'name').map((l) => span(l.start, l.end));

  it('passes the engine it was measured on and flags the types that got worse', () => {
    const measured = scoreDocs('dev', docs, fakeEngine(names, docs));
    const limits = baselineFrom([measured]).splits.dev;
    if (!limits) throw new Error('no dev baseline');
    expect(limits.leakPct.name).toBe(0.1);
    expect(regressions(measured, limits)).toEqual([]);
    const worse = scoreDocs(
      'dev',
      docs,
      fakeEngine(() => [], docs),
    );
    const over = regressions(worse, limits);
    expect(over.some((line) => line.startsWith('name leaked 100.00 %'))).toBe(true);
    expect(over.some((line) => line.startsWith('date leaked'))).toBe(false);
  });

  it('is written for a split that meets the targets too, so it cannot regress within them', () => {
    const perfect = (_: string, labels: readonly Label[]): Detection[] =>
      labels.filter((l) => l.class === 'phi').map((l) => span(l.start, l.end));
    const good = scoreDocs('dev', docs, fakeEngine(perfect, docs));
    const limits = baselineFrom([good]).splits.dev;
    expect(limits?.totalLeakPct).toBe(0.1);
    const onlyNames = scoreDocs('dev', docs, fakeEngine(names, docs));
    expect(regressions(onlyNames, limits as NonNullable<typeof limits>).length).toBeGreaterThan(0);
  });
});

describe('baseline rounding', () => {
  it('rounds up to the next tenth with slack', () => {
    expect(roundUp(0)).toBe(0.1);
    expect(roundUp(1.23)).toBe(1.3);
    expect(roundUp(1.26)).toBe(1.4);
  });
});
