/**
 * Seeded randomness for the quality set. Every choice comes from one Mersenne Twister per
 * split, so the same seed always yields the same documents. All data is synthetic.
 */
import {
  base,
  cs_CZ,
  da,
  de,
  en,
  en_AU,
  en_CA,
  en_GB,
  en_IN,
  en_NG,
  en_US,
  es,
  Faker,
  fi,
  fr,
  generateMersenne53Randomizer,
  hu,
  id_ID,
  it,
  type LocaleDefinition,
  nl,
  pl,
  pt_BR,
  ro,
  sv,
  tr,
  vi,
  yo_NG,
  zu_ZA,
} from '@faker-js/faker';
import type { Split } from '../labels';

const LOCALES: Record<string, LocaleDefinition> = {
  en_US,
  en_GB,
  en_IN,
  de,
  fr,
  es,
  it,
  nl,
  pl,
  pt_BR,
  vi,
  en_AU,
  en_CA,
  en_NG,
  sv,
  fi,
  da,
  tr,
  hu,
  ro,
  cs_CZ,
  id_ID,
  yo_NG,
  zu_ZA,
};
export type LocaleName = keyof typeof LOCALES;

/** Which locales each split draws people and places from, and how often (weights). */
const SPLIT_LOCALES: Record<Split, [LocaleName, number][]> = {
  dev: [
    ['en_US', 6],
    ['de', 1],
    ['fr', 1],
    ['es', 1],
    ['it', 1],
  ],
  heldout: [
    ['en_US', 5],
    ['en_GB', 1],
    ['en_IN', 1],
    ['pt_BR', 1],
    ['nl', 1],
    ['pl', 1],
    ['vi', 1],
    ['es', 1],
  ],
  // People and places of the second blind split come from its own lists, not from faker.
  blind2: [['en_US', 1]],
  // The third blind split draws from its own lists too.
  blind3: [['en_US', 1]],
  // The fourth and fifth blind splits draw from their own lists too.
  blind4: [['en_US', 1]],
  blind5: [['en_US', 1]],
  blind6: [['en_US', 1]],
  blind7: [['en_US', 1]],
  blind8: [['en_US', 1]],
  blind9: [['en_US', 1]],
  blind10: [['en_US', 1]],
  blind11: [['en_US', 1]],
  blind12: [['en_US', 1]],
  blind13: [['en_US', 1]],
  blind14: [['en_US', 1]],
  blind15: [['en_US', 1]],
  blind16: [['en_US', 1]],
  blind17: [['en_US', 1]],
  blind18: [['en_US', 1]],
  blind19: [['en_US', 1]],
  blind20: [['en_US', 1]],
  blind21: [['en_US', 1]],
  blind22: [['en_US', 1]],
  blind23: [['en_US', 1]],
  blind24: [['en_US', 1]],
  blind25: [['en_US', 1]],
  blind26: [['en_US', 1]],
  blind27: [['en_US', 1]],
  blind28: [['en_US', 1]],
  blind29: [['en_US', 1]],
  blind30: [['en_US', 1]],
  blind31: [['en_US', 1]],
  blind32: [['en_US', 1]],
  blind33: [['en_US', 1]],
  blind34: [['en_US', 1]],
  blind35: [['en_US', 1]],
  blind36: [['en_US', 1]],
  blind37: [['en_US', 1]],
  // Locales neither other split draws people or places from.
  blind: [
    ['en_US', 5],
    ['en_AU', 1],
    ['en_NG', 1],
    ['sv', 1],
    ['fi', 1],
    ['da', 1],
    ['tr', 1],
    ['hu', 1],
    ['ro', 1],
    ['cs_CZ', 1],
    ['id_ID', 1],
    ['yo_NG', 1],
    ['zu_ZA', 1],
  ],
};

export class Gen {
  readonly split: Split;
  /** Drives every choice; locale fakers below are seeded from it. */
  readonly f: Faker;
  private readonly locales = new Map<string, Faker>();
  private readonly weights: [LocaleName, number][];
  readonly us: Faker;

  constructor(split: Split, seed: number) {
    this.split = split;
    this.f = new Faker({ locale: [en_US, en, base], randomizer: generateMersenne53Randomizer(seed) });
    this.weights = SPLIT_LOCALES[split];
    this.us = this.locale('en_US');
  }

  locale(name: LocaleName): Faker {
    let faker = this.locales.get(name);
    if (!faker) {
      const def = LOCALES[name] as LocaleDefinition;
      faker = new Faker({
        locale: [def, en, base],
        randomizer: generateMersenne53Randomizer(this.int(1, 2 ** 31)),
      });
      this.locales.set(name, faker);
    }
    return faker;
  }

  /** A locale drawn by the split's weights. */
  anyLocale(): Faker {
    return this.locale(this.weighted(this.weights));
  }

  int(min: number, max: number): number {
    return this.f.number.int({ min, max });
  }

  chance(p: number): boolean {
    return this.f.number.float({ min: 0, max: 1 }) < p;
  }

  pick<T>(items: readonly T[]): T {
    return this.f.helpers.arrayElement(items as T[]);
  }

  weighted<T>(items: readonly (readonly [T, number])[]): T {
    return this.f.helpers.weightedArrayElement(items.map(([value, weight]) => ({ value, weight })));
  }

  /** `n` random digits (the first may be 0). */
  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.int(0, 9));
    return s;
  }

  letters(n: number, alphabet = 'ABCDEFGHJKLMNPRSTUVWXYZ'): string {
    let s = '';
    for (let i = 0; i < n; i++) s += alphabet[this.int(0, alphabet.length - 1)];
    return s;
  }

  /** A few items of a list, in random order, without repeats. */
  some<T>(items: readonly T[], min: number, max: number): T[] {
    return this.f.helpers.arrayElements(items as T[], { min, max });
  }
}
