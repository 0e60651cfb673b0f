import { setImmediate as turn } from 'node:timers/promises';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { generateSplit, templateNames } from './dataset';
import { deaValid, luhnValid, npiValid, vinValid } from './gen/checksums';
import { stringAt } from './json-path';
import { KEEP_KINDS, type Label, PHI_TYPES, type QualityDoc, SPLITS, type Split } from './labels';

/** Splits whose templates are written but not yet scored: checked here before their first score. */
const UNSCORED: readonly Split[] = [];

/** The scored splits and the written, unscored ones. */
const CHECKED: readonly Split[] = [...SPLITS, ...UNSCORED.filter((s) => !SPLITS.includes(s))];

/** The decimal digits of a string, whatever Unicode digit set they are written in. */
function digitValues(s: string): string {
  return [...s.normalize('NFKC')]
    .filter((c) => /\p{Nd}/u.test(c))
    .map((c) => {
      const code = c.codePointAt(0) as number;
      return /\d/.test(c) ? c : String(code - 0x0660);
    })
    .join('');
}

interface Located {
  doc: QualityDoc;
  label: Label;
  text: string;
  where: string;
}

/** Every label with the string it points into. */
function labeled(docs: readonly QualityDoc[]): Located[] {
  return docs.flatMap((doc): Located[] =>
    doc.format === 'text'
      ? doc.labels.map((label) => ({ doc, label, text: doc.text, where: doc.id }))
      : doc.labels.map((label) => ({
          doc,
          label,
          text: stringAt(doc.value, label.path),
          where: `${doc.id}@${label.path.join('.')}`,
        })),
  );
}

// A turn of the event loop before each test: these tests are long synchronous stretches, and the
// test worker must get to answer its runner between them.
beforeEach(async () => {
  await turn();
});

const generated = new Map<Split, { docs: QualityDoc[]; all: Located[] }>();

/**
 * A split's documents and their labels, generated on first use: inside a test's hooks, one split
 * at a time, never while the tests are collected (one synchronous stretch over every split
 * would keep the test worker from answering its runner).
 */
function generatedSplit(split: Split): { docs: QualityDoc[]; all: Located[] } {
  let entry = generated.get(split);
  if (entry === undefined) {
    const docs = generateSplit(split);
    entry = { docs, all: labeled(docs) };
    generated.set(split, entry);
  }
  return entry;
}

describe.each(CHECKED)('quality set generator, %s split', (split) => {
  let docs: QualityDoc[] = [];
  let all: Located[] = [];
  beforeAll(() => {
    ({ docs, all } = generatedSplit(split));
  });

  it('is deterministic: the same documents and labels on every run, others with another seed', () => {
    expect(JSON.stringify(generateSplit(split))).toBe(JSON.stringify(docs));
    const other = generateSplit(split, 12_345);
    expect(other.map((d) => d.id)).toEqual(docs.map((d) => d.id));
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(docs));
  });

  it('labels point at exactly the generated substrings', () => {
    expect(all.length).toBeGreaterThan(5000);
    const wrong = all.filter(({ label, text }) => text.slice(label.start, label.end) !== label.value);
    expect(wrong.map((w) => w.where)).toEqual([]);
    for (const { label } of all) expect(label.end).toBeGreaterThan(label.start);
  });

  it('labels within one string never overlap', () => {
    const byString = new Map<string, Label[]>();
    for (const { label, doc, where } of all) {
      const key = doc.format === 'text' ? doc.id : where;
      byString.set(key, [...(byString.get(key) ?? []), label]);
    }
    for (const [key, labels] of byString) {
      const sorted = [...labels].sort((a, b) => a.start - b.start);
      sorted.slice(1).forEach((l, i) => {
        expect(l.start, `${key}: ${l.value}`).toBeGreaterThanOrEqual((sorted[i] as Label).end);
      });
    }
  });

  it('has every identifier type and keep kind, each in quantity', () => {
    const counts = new Map<string, number>();
    for (const { label } of all) counts.set(label.type, (counts.get(label.type) ?? 0) + 1);
    // Organisations are labeled from the blind2 split on.
    const kinds = !['dev', 'heldout', 'blind'].includes(split)
      ? KEEP_KINDS
      : KEEP_KINDS.filter((k) => k !== 'organization');
    for (const type of [...PHI_TYPES, ...kinds])
      expect(counts.get(type) ?? 0, type).toBeGreaterThanOrEqual(40);
  });

  it('generates valid check digits: NPI (Luhn), DEA checksum, VIN check digit', () => {
    const byForm = (form: string): string[] =>
      all.filter((a) => a.label.form === form).map((a) => a.label.value);
    const npis = byForm('npi');
    const deas = byForm('dea');
    const vins = byForm('vin');
    expect(npis.length).toBeGreaterThan(30);
    expect(deas.length).toBeGreaterThan(10);
    expect(vins.length).toBeGreaterThan(20);
    expect(npis.filter((v) => !npiValid(v))).toEqual([]);
    expect(deas.filter((v) => !deaValid(v))).toEqual([]);
    expect(vins.filter((v) => !vinValid(v))).toEqual([]);
  });

  it('writes identifiers in their expected shapes', () => {
    const of = (type: string): string[] => all.filter((a) => a.label.type === type).map((a) => a.label.value);
    for (const ssn of of('ssn')) expect(digitValues(ssn), ssn).toMatch(/^\d{9}$/);
    // US ZIP or ZIP+4; the blind splits also write Canadian and UK postal codes, blind2 Australian
    // ones, blind3 New Zealand, Dutch and Irish (Eircode) ones.
    // blind4 also writes six-digit Indian (also "560 038"), Singapore and Nigerian codes, Polish
    // "00-514" and Portuguese "1100-053" ones.
    const blind4Zip = /^(?:\d{6}|\d{3} \d{3}|\d{2}-\d{3}|\d{4}-\d{3})$/;
    // blind5 also writes ZIP+4 run together (X12 N4), six-digit Indian PINs, Brazilian "13010-000",
    // Japanese "150-0001" and Swedish "753 20" codes.
    const blind5Zip = /^(?:\d{9}|\d{6}|\d{5}-\d{3}|\d{3}-\d{4}|\d{3} \d{2})$/;
    // blind6 also writes Brazilian CEPs ("13010-000") and ZIP codes spoken in words ("nine oh two one oh").
    const blind6Zip = /^(?:\d{5}-\d{3}|[a-z]+(?:[ -][a-z]+){4})$/;
    // blind7 also writes ZIP+4 run together, as AAMVA licence barcodes carry it (DAK).
    const blind7Zip = /^\d{9}$/;
    // blind8 also writes Indian PINs ("560034", "560 034"), Singapore postcodes, Polish "31-042"
    // and Japanese "154-0017" codes.
    const blind8Zip = /^(?:\d{6}|\d{3} \d{3}|\d{2}-\d{3}|\d{3}-\d{4})$/;
    // blind12 also writes ZIP codes dictated digit by digit, in words or half digits ("nine oh 2 one oh").
    const blind12Zip = /^(?:[a-z0-9]+ ){4}[a-z0-9]+$/;
    // blind14 also writes six-digit Indian PINs (also "600 017"), Singapore and Nigerian postcodes.
    const blind14Zip = /^(?:\d{6}|\d{3} \d{3})$/;
    // blind15 also writes ZIP+4 run together, as X12 N4 and NCPDP SCRIPT carry it.
    const blind15Zip = /^\d{9}$/;
    const extra = (z: string): boolean =>
      (split === 'blind4' && blind4Zip.test(z)) ||
      (split === 'blind5' && blind5Zip.test(z)) ||
      (split === 'blind6' && blind6Zip.test(z)) ||
      (split === 'blind7' && blind7Zip.test(z)) ||
      (split === 'blind8' && blind8Zip.test(z)) ||
      (split === 'blind12' && blind12Zip.test(z)) ||
      (split === 'blind14' && blind14Zip.test(z)) ||
      (split === 'blind15' && blind15Zip.test(z));
    for (const zip of of('zip').filter((z) => !extra(z)))
      expect(zip).toMatch(
        /^(?:\d{5}(?:-\d{4})?|\d{4}|[A-Z]\d[A-Z] \d[A-Z]\d|[A-Z]{1,2}\d{1,2} \d[A-Z]{2}|\d{4} [A-Z]{2}|[A-Z]\d{2} [A-Z0-9]{4})$/,
      );
    for (const email of of('email')) expect(email).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/i);
    for (const ip of all.filter((a) => a.label.form === 'ipv4')) {
      expect(ip.label.value.split('.').every((o) => Number(o) <= 255)).toBe(true);
    }
    for (const age of of('age')) expect(Number(age)).toBeGreaterThan(89);
    for (const age of of('age_under_90')) expect(Number(age)).toBeLessThan(90);
    for (const uuid of of('uuid'))
      expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it('includes every SSN evasion form', () => {
    const forms = new Set(all.filter((a) => a.label.type === 'ssn').map((a) => a.label.form));
    const heldoutOnly = split === 'heldout' ? ['ssn-math-bold', 'ssn-arabic-indic'] : [];
    for (const form of [
      'ssn-dot',
      'ssn-space',
      'ssn-endash',
      'ssn-none',
      'ssn-fullwidth',
      'ssn-glued',
      ...heldoutOnly,
    ]) {
      expect(forms.has(form), form).toBe(true);
    }
  });

  it('embeds JSON text blocks that parse, with labels inside them', () => {
    const embedded = all.filter(({ text }) => text.startsWith('{"') || text.startsWith('{\n'));
    expect(embedded.length).toBeGreaterThan(100);
    for (const { text } of embedded) expect(() => JSON.parse(text)).not.toThrow();
  });
});

const PAIRS: [Split, Split][] = CHECKED.flatMap((first, i) =>
  CHECKED.slice(i + 1).map((second): [Split, Split] => [first, second]),
);

describe.each(PAIRS)('the %s and %s splits', (first, second) => {
  it('share no templates', () => {
    const seen = new Set(templateNames(first));
    expect(templateNames(second).filter((n) => seen.has(n))).toEqual([]);
  });

  it('share no eponyms, drugs, devices or codes among their keep strings', () => {
    const vocab = (split: Split, kind: string): Set<string> =>
      new Set(
        generatedSplit(split)
          .all.filter((a) => a.label.type === kind)
          .map((a) => (kind === 'drug_dose' ? (a.label.value.split(/ \d/)[0] as string) : a.label.value)),
      );
    for (const kind of ['eponym', 'device_name', 'drug_dose', 'clinical_code']) {
      const seen = vocab(first, kind);
      const overlap = [...vocab(second, kind)].filter((v) => seen.has(v) && !/^\d{4}-\d{2}-\d{2}$/.test(v));
      expect(overlap, kind).toEqual([]);
    }
  });

  it('differ in documents and people', () => {
    const names = (split: Split): Set<string> =>
      new Set(
        generatedSplit(split)
          .all.filter((a) => a.label.type === 'name')
          .map((a) => a.label.value),
      );
    const seen = names(first);
    const other = [...names(second)];
    expect(other.filter((n) => seen.has(n)).length).toBeLessThan(other.length * 0.1);
  });
});

describe('checksum validators', () => {
  it('accept known-good values and reject a changed digit', () => {
    expect(npiValid('1234567893')).toBe(true);
    expect(npiValid('1234567894')).toBe(false);
    expect(luhnValid('79927398713')).toBe(true);
    expect(deaValid('AB1234563')).toBe(true);
    expect(deaValid('AB1234564')).toBe(false);
    expect(vinValid('1M8GDM9AXKP042788')).toBe(true);
    expect(vinValid('1M8GDM9A1KP042788')).toBe(false);
  });
});
