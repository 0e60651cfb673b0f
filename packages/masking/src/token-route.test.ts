import { describe, expect, it } from 'vitest';
import { generateSplit } from '../quality/dataset';
import { SPLITS } from '../quality/labels';
import { CompiledRules } from './compiled-rules';
import { BUILTIN_DETECTORS, detectText, TOKEN_BLIND_DETECTORS } from './detect';
import { scanContext } from './detectors/detector';
import { emptyRulesConfig } from './rule-config';

let texts: string[] | undefined;
/** The texts of every quality split's documents (a JSON document as its JSON text), made once. */
function qualityTexts(): string[] {
  texts ??= SPLITS.flatMap((split) =>
    generateSplit(split).map((doc) =>
      doc.format === 'text' ? (doc.text as string) : JSON.stringify(doc.value),
    ),
  );
  return texts;
}

/** Lower-case tokens: every white-space-separated word of the quality texts, lower-cased, and generated ones. */
function tokens(): string[] {
  const out = new Set<string>();
  const add = (t: string) => {
    if (scanContext(t).lowerCaseToken) out.add(t);
  };
  for (const text of qualityTexts()) {
    for (const word of text.split(/[\s"]+/)) {
      add(word.toLowerCase());
      add(word.toLowerCase().replace(/[,@]/g, ''));
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

/** Every split's documents are generated and every detector runs on each of their words: minutes on a busy machine. */
const EVERY_SPLIT_TIMEOUT_MS = 240_000;

describe('lower-case tokens', () => {
  it('are told by their characters', () => {
    expect(scanContext('ehr://records/1234/17').lowerCaseToken).toBe(true);
    expect(scanContext('mrn:0041123').lowerCaseToken).toBe(true);
    for (const t of ['ehr://records/1234 17', 'Patient/123', 'a@b.org', 'smith,john', 'x\ty', 'café', 'a\nb'])
      expect({ t, token: scanContext(t).lowerCaseToken }).toEqual({ t, token: false });
    expect(scanContext('ehr://records/1', undefined, true).lowerCaseToken).toBeFalsy();
  });

  it(
    'hold nothing the detectors that skip them could find',
    () => {
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
    },
    EVERY_SPLIT_TIMEOUT_MS,
  );
});

/** Strings of ASCII digits: every digit run of the quality texts, the numbers below 20,000, and generated ones. */
function digitStrings(): string[] {
  const out = new Set<string>();
  for (const text of qualityTexts()) for (const run of text.match(/\d+/g) ?? []) out.add(run);
  for (let n = 0; n < 20_000; n++) out.add(String(n));
  let seed = 7;
  for (let i = 0; i < 20_000; i++) {
    let t = '';
    for (let k = 5 + (i % 26); k > 0; k--) {
      seed = (seed * 48_271) % 2_147_483_647;
      t += String(seed % 10);
    }
    out.add(t);
    out.add(withLuhnDigit(t.slice(0, 15)));
  }
  return [...out];
}

/** `digits` with the check digit that makes it pass the Luhn check (a card's, an NPI's form). */
function withLuhnDigit(digits: string): string {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return digits + String((10 - (sum % 10)) % 10);
}

describe('digit strings', () => {
  it('are told by their characters', () => {
    expect(scanContext('0041123').digitsOnly).toBe(true);
    for (const t of ['0041-123', '41.5', '-3', ' 12', '１２', '12a'])
      expect({ t, digits: scanContext(t).digitsOnly }).toEqual({ t, digits: false });
    expect(scanContext('0041123', undefined, true).digitsOnly).toBeFalsy();
  });

  it('hold nothing any detector finds, so none runs on them', () => {
    const all = digitStrings();
    expect(all.length).toBeGreaterThan(30_000);
    const found: string[] = [];
    for (const t of all) {
      const ctx = scanContext(t);
      for (const d of BUILTIN_DETECTORS) d.run(ctx);
      if (ctx.out.length > 0) found.push(`${ctx.out[0]?.ruleId}: ${t}`);
    }
    expect(found.slice(0, 5)).toEqual([]);
  });

  it('are still read for text they encode as hex', () => {
    // "(555) 0101234" in hex is digits alone.
    const hex = Buffer.from('(555) 0101234').toString('hex');
    expect(scanContext(hex).digitsOnly).toBe(true);
    expect(detectText(hex)).toEqual([{ start: 0, end: hex.length, type: 'phone', ruleId: 'encoded_text' }]);
    expect(new CompiledRules(emptyRulesConfig()).detectBuiltIn(hex)).toEqual([
      { start: 0, end: hex.length, type: 'phone', ruleId: 'encoded_text' },
    ]);
  });
});
