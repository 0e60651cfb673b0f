/**
 * Name and place dictionaries, built once from the locale data shipped in @faker-js/faker (no
 * download at run time): given names and surnames of 48 locales, US cities, and an English
 * vocabulary (faker's word, food, science, commerce… lists plus clinical words) that tells a
 * name from a common word that happens to be one ("Will", "Hope", "Brown").
 */
import {
  af_ZA,
  az,
  cs_CZ,
  da,
  de,
  de_AT,
  de_CH,
  el,
  en,
  en_AU,
  en_GH,
  en_HK,
  en_IN,
  en_NG,
  en_NP,
  en_ZA,
  es,
  es_MX,
  fi,
  fr,
  fr_BE,
  fr_CH,
  fr_SN,
  hr,
  hu,
  id_ID,
  it,
  ku_kmr_latin,
  type LocaleDefinition,
  lv,
  mk,
  nb_NO,
  nl,
  nl_BE,
  pl,
  pt_BR,
  pt_PT,
  ro,
  ro_MD,
  ru,
  sk,
  sl_SI,
  sr_RS_latin,
  sv,
  tr,
  uk,
  uz_UZ_latin,
  vi,
  yo_NG,
  zu_ZA,
} from '@faker-js/faker';
import { FORM_LABEL_WORDS } from './label-words';
import { MORE_GIVEN_NAMES } from './more-names';
import {
  CARE_WORDS_MAORI,
  CLINICAL_WORDS,
  COMMON_NAME_WORDS,
  DRUG_AND_DEVICE_NAMES,
  EPONYMS,
  EXTRA_GIVEN_NAMES,
  EXTRA_SURNAMES,
} from './word-lists';
import { KOREAN_NAME_SYLLABLES, WORLD_GIVEN_NAMES, WORLD_SURNAMES } from './world-names';

const LOCALES: LocaleDefinition[] = [
  en,
  en_AU,
  en_IN,
  en_NG,
  en_ZA,
  yo_NG,
  zu_ZA,
  af_ZA,
  de,
  es,
  es_MX,
  fr,
  it,
  pt_BR,
  pl,
  nl,
  vi,
  tr,
  sv,
  nb_NO,
  da,
  fi,
  ro,
  hu,
  cs_CZ,
  hr,
  sk,
  id_ID,
  // Further Latin, Cyrillic and Greek script locales: names from more of the world.
  az,
  de_AT,
  de_CH,
  en_GH,
  en_HK,
  en_NP,
  fr_BE,
  fr_CH,
  fr_SN,
  ku_kmr_latin,
  lv,
  nl_BE,
  pt_PT,
  ro_MD,
  sl_SI,
  sr_RS_latin,
  uz_UZ_latin,
  ru,
  uk,
  el,
  mk,
];

export interface NameDictionaries {
  given: Set<string>;
  surnames: Set<string>;
  /** Lower-case common English words (a capitalized one is a name only with more evidence). */
  common: Set<string>;
  /** Lower-case drug, device, eponym and clinical words: never a name on their own. */
  never: Set<string>;
  cities: Set<string>;
  /** US state and territory names, lower-case. */
  states: Set<string>;
  /** Every word above → its NAME_FLAGS, so a token costs one lookup. */
  flags: Map<string, number>;
  /** Syllables of Korean given names: a hyphenated word made only of them is a given name. */
  koreanSyllables: Set<string>;
}

export const GIVEN = 1;
export const SURNAME = 2;
export const COMMON = 4;
export const NEVER = 8;

function strings(value: unknown, out: string[]): void {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
}

function addWords(set: Set<string>, values: unknown): void {
  const all: string[] = [];
  strings(values, all);
  for (const s of all) {
    if (s.includes('{{')) continue;
    for (const w of s.split(/[\s,/()]+/)) {
      const word = w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '').toLowerCase();
      if (word.length > 0) set.add(word);
    }
  }
}

let built: NameDictionaries | undefined;

/** Whether the lists know `word` (lower case) as a common or clinical word, or as one never a name. */
export function isCommonWord(word: string): boolean {
  return ((nameDictionaries().flags.get(word) ?? 0) & (COMMON | NEVER)) !== 0;
}

export function nameDictionaries(): NameDictionaries {
  if (built) return built;
  const given = new Set<string>();
  const surnames = new Set<string>();
  for (const locale of LOCALES) {
    addWords(given, locale.person?.first_name);
    addWords(given, locale.person?.middle_name);
    addWords(surnames, locale.person?.last_name);
  }
  addWords(given, EXTRA_GIVEN_NAMES);
  addWords(surnames, EXTRA_SURNAMES);
  addWords(given, MORE_GIVEN_NAMES);
  const world = new Set<string>();
  addWords(world, WORLD_GIVEN_NAMES);
  for (const w of world) given.add(w);
  const worldSurnames = new Set<string>();
  addWords(worldSurnames, WORLD_SURNAMES);
  for (const w of worldSurnames) {
    surnames.add(w);
    world.add(w);
  }
  // "Strauß" is written "STRAUSS" in capitals.
  for (const set of [given, surnames])
    for (const w of set) if (w.includes('ß')) set.add(w.replaceAll('ß', 'ss'));

  const common = new Set<string>();
  const d = en;
  for (const part of [d.word, d.hacker, d.color, d.date]) addWords(common, part);
  addWords(common, COMMON_NAME_WORDS);
  addWords(common, CLINICAL_WORDS);
  addWords(common, CARE_WORDS_MAORI);
  // Words of faker's animal, food, science and commerce lists are common words too, except a
  // name of the lists above that is only there ("Pei" of "Shar Pei", "Shan").
  const incidental = new Set<string>();
  for (const part of [d.food, d.science, d.commerce, d.animal]) addWords(incidental, part);
  for (const w of incidental) if (!world.has(w)) common.add(w);

  const never = new Set<string>();
  addWords(never, DRUG_AND_DEVICE_NAMES);
  addWords(never, EPONYMS);
  addWords(never, FORM_LABEL_WORDS);

  const cities = new Set<string>();
  for (const locale of [en, en_AU, en_IN, en_NG, de, es, fr, it, pl]) {
    for (const city of locale.location?.city_name ?? []) cities.add(city.toLowerCase());
  }
  const states = new Set((en.location?.state ?? []).map((st) => st.toLowerCase()));
  const flags = new Map<string, number>();
  const mark = (set: Set<string>, flag: number) => {
    for (const w of set) flags.set(w, (flags.get(w) ?? 0) | flag);
  };
  mark(given, GIVEN);
  mark(surnames, SURNAME);
  mark(common, COMMON);
  mark(never, NEVER);
  const koreanSyllables = new Set<string>();
  addWords(koreanSyllables, KOREAN_NAME_SYLLABLES);
  built = { given, surnames, common, never, cities, states, flags, koreanSyllables };
  return built;
}
