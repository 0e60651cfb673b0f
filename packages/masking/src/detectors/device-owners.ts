/**
 * A personal device named after its owner, as phones, watches and their health exports name
 * them by default: "Tamsin’s iPhone", "Quellwood's Galaxy Watch6", "Delva Quarrie's iPad", a
 * known given name's without the apostrophe an export may drop ("Tamsins Pixel Watch 2"). The
 * owner's name before the possessive is a person's; the device's name stays. A maker or a
 * common word as the owner ("Apple's iPhone", "the patient's Phone") is no person.
 */
import type { Detector } from './detector';
import { COMMON, GIVEN, NEVER, nameDictionaries, SURNAME } from './dictionaries';

/** Devices a person owns and names, by their product words. */
const DEVICES =
  'iPhone|iPad|iPod|Apple Watch|Watch|MacBook|iMac|Mac|AirPods|Galaxy|Pixel|Fitbit|Phone|Kindle|Echo|Oura|Garmin|Surface|Chromebook|Laptop|Android|Whoop|Withings';
/** Whether a text names a device at all: one pass before the owner's expression. */
const DEVICE_WORD = new RegExp(DEVICES);
/** One or two capitalized words, the possessive, then a device's product word. */
const OWNED_DEVICE = new RegExp(
  `(?<![\\p{L}\\p{M}'’-])(\\p{Lu}[\\p{L}\\p{M}'’-]{1,30}?(?: \\p{Lu}[\\p{L}\\p{M}'’-]{1,30}?)?)(['’]?)s (?=(?:${DEVICES})(?![\\p{Ll}]))`,
  'gu',
);
/** Makers and services that own a product line, not a device: "Apple's iPhone". */
const MAKERS = new Set(
  'apple samsung google fitbit garmin amazon microsoft oura whoop withings polar huawei xiaomi motorola sony lg nokia dexcom abbott medtronic'.split(
    ' ',
  ),
);

/** Whether a word may be part of a person's name: a known name, or a word no list holds. */
function nameWord(word: string): boolean {
  const lc = word.toLowerCase();
  if (MAKERS.has(lc)) return false;
  const flags = nameDictionaries().flags.get(lc) ?? 0;
  if (flags & (GIVEN | SURNAME)) return true;
  return (flags & (COMMON | NEVER)) === 0;
}

/** A given name the dictionaries know. */
function givenName(word: string): boolean {
  return ((nameDictionaries().flags.get(word.toLowerCase()) ?? 0) & GIVEN) !== 0;
}

export const deviceOwners: Detector = {
  id: 'device_owners',
  types: ['name'],
  run(ctx) {
    if (ctx.skip?.has('name') || !ctx.hasUpper) return;
    if (!ctx.includes('s ') || !ctx.test(DEVICE_WORD)) return;
    OWNED_DEVICE.lastIndex = 0;
    for (let m = OWNED_DEVICE.exec(ctx.text); m !== null; m = OWNED_DEVICE.exec(ctx.text)) {
      const owner = m[1] as string;
      // Without its apostrophe ("Beulahs Pixel Watch 2") the possessive follows a known given name only.
      const words = owner.split(' ');
      if (m[2] === '' ? !words.every(givenName) : !words.every(nameWord)) continue;
      ctx.out.push({ start: m.index, end: m.index + owner.length, type: 'name', ruleId: 'device_owners' });
    }
  },
};
