import { describe, expect, it } from 'vitest';
import { generateSplit } from '../quality/dataset';
import { SPLITS } from '../quality/labels';
import { BUILTIN_DETECTORS, TOKEN_BLIND_DETECTORS } from './detect';
import { scanContext } from './detectors/detector';

/** Lower-case tokens: every white-space-separated word of the quality texts, lower-cased, and generated ones. */
function tokens(): string[] {
  const out = new Set<string>();
  const add = (t: string) => {
    if (scanContext(t).lowerCaseToken) out.add(t);
  };
  for (const split of SPLITS) {
    for (const doc of generateSplit(split)) {
      const text = doc.format === 'text' ? (doc.text as string) : JSON.stringify(doc.value);
      for (const word of text.split(/[\s"]+/)) {
        add(word.toLowerCase());
        add(word.toLowerCase().replace(/[,@]/g, ''));
      }
    }
  }
  const pieces = [
    'po',
    'box',
    'pob',
    'rr',
    'hc',
    '#',
    '12',
    '1234',
    '98',
    '/',
    ':',
    '-',
    '.',
    'apt',
    'st',
    'rd',
    'name',
    "'s",
    '?',
    'msh|',
    'pid|',
    '|',
    'ehr://patients/',
    'mrn',
  ];
  let seed = 11;
  for (let i = 0; i < 20_000; i++) {
    let t = '';
    for (let k = 1 + (i % 6); k > 0; k--) {
      seed = (seed * 48_271) % 2_147_483_647;
      t += pieces[seed % pieces.length];
    }
    add(t);
  }
  return [...out];
}

describe('lower-case tokens', () => {
  it('are told by their characters', () => {
    expect(scanContext('ehr://records/1234/17').lowerCaseToken).toBe(true);
    expect(scanContext('mrn:0041123').lowerCaseToken).toBe(true);
    for (const t of ['ehr://records/1234 17', 'Patient/123', 'a@b.org', 'smith,john', 'x\ty', 'café', 'a\nb'])
      expect({ t, token: scanContext(t).lowerCaseToken }).toEqual({ t, token: false });
    expect(scanContext('ehr://records/1', undefined, true).lowerCaseToken).toBeFalsy();
  });

  it('hold nothing the detectors that skip them could find', () => {
    const all = tokens();
    expect(all.length).toBeGreaterThan(5_000);
    const found: string[] = [];
    for (const t of all) {
      for (const d of BUILTIN_DETECTORS) {
        if (!TOKEN_BLIND_DETECTORS.has(d.id)) continue;
        const ctx = scanContext(t);
        d.run(ctx);
        if (ctx.out.length > 0) found.push(`${d.id}: ${t}`);
      }
    }
    expect(found.slice(0, 5)).toEqual([]);
    // The detectors that do run on tokens find plenty in them.
    const hits = all.filter((t) => {
      const ctx = scanContext(t);
      for (const d of BUILTIN_DETECTORS) if (!TOKEN_BLIND_DETECTORS.has(d.id)) d.run(ctx);
      return ctx.out.length > 0;
    });
    expect(hits.length).toBeGreaterThan(500);
  });
});
