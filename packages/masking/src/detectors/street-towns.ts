/**
 * Places the street and town readers leave, in the forms legacy printouts, tickets and notes
 * write them:
 * - a street line in capitals whose street word is as often a name ("532 THIEL PARKS", "60076
 *   LONNY HILL APT. 137"), when a town and a ZIP code close it on its line ("… DORTHYTON 51424");
 * - a county in capitals ("PROBATE COURT OF POLK COUNTY", "COUNTY.....: ADAMS COUNTY");
 * - a street named "Main" without a street word before its town or unit ("6091 Main, West
 *   Sherwoodside", "6458 Main Suite 507", "194 E Main (New Nadineborough)");
 * - the town after a street found by the detectors before this one, in brackets ("830 N 4th
 *   Street (Fort Emmanuel)"), between commas before the sentence goes on ("42218 S Water
 *   Street, Haylieworth, took …") or closing the brackets the street opened ("(9795 Lantern St,
 *   South Wendover)").
 */
import { en } from '@faker-js/faker';
import type { Detector, ScanContext } from './detector';
import { scan } from './detector';
import { COMMON, NEVER, nameDictionaries } from './dictionaries';

const CAPS_SUFFIX = [
  ...new Set(
    [
      ...(en.location?.street_suffix ?? []),
      'St',
      'Ave',
      'Rd',
      'Blvd',
      'Dr',
      'Ln',
      'Ct',
      'Pl',
      'Hwy',
      'Trl',
    ].map((w) => w.toUpperCase()),
  ),
]
  .sort((a, b) => b.length - a.length)
  .join('|');
/** A town of one to three words in capitals, a state's code or not, and a ZIP code ending the line or the sentence. */
const CAPS_TOWN_ZIP =
  "(?=,?[ \\t]+(?:[A-Z][A-Z'’.-]*[ \\t]+){0,3}(?:[A-Z]{2}[ \\t]+)?\\d{5}(?:-\\d{4})?(?![\\w-]))";
/** "532 THIEL PARKS", "463 FELIPE MILLS", "60076 LONNY HILL APT. 137": the street before its town and ZIP code. */
const CAPS_STREET_RE = new RegExp(
  `(?<![\\w./-])[1-9]\\d{0,5}[ \\t]+(?:[NSEW][ \\t]+)?(?:(?:[A-Z][A-Z'’-]*|\\d{1,3}(?:ST|ND|RD|TH))[ \\t]+){1,3}?(?:${CAPS_SUFFIX})\\.?(?:[ \\t]+[NSEW](?![\\w]))?(?:,?[ \\t]+(?:APT|UNIT|STE|SUITE|LOT|TRLR|#)\\.?[ \\t]*#?[A-Z0-9-]{1,6})?${CAPS_TOWN_ZIP}`,
  'g',
);
const CAPS_STREET_GATE = /\d[ \t]+[A-Z][A-Z'’-]*[ \t][^\n]{0,60}\d{5}/;

/** Words before "COUNTY" that are no county's name. */
const NOT_COUNTY =
  'THE|OF|IN|AT|ON|TO|FOR|BY|FROM|AND|OR|A|AN|EACH|ANY|EVERY|SAME|THIS|THAT|YOUR|OUR|HIS|HER|THEIR|HOME|OTHER|NEIGHBORING|NEIGHBOURING|ADJACENT|LOCAL|RURAL|URBAN|STATE|CITY';
/** "POLK COUNTY", "SAN LUIS OBISPO COUNTY", "ST. LOUIS COUNTY": a county's name in capitals. */
const CAPS_COUNTY_RE = new RegExp(
  `(?<![\\p{L}\\d.'’-])(?!(?:${NOT_COUNTY})[ \\t])[A-Z][A-Z'’.-]+(?:[ \\t](?!(?:${NOT_COUNTY})[ \\t])[A-Z][A-Z'’.-]+){0,2}[ \\t](?:COUNTY|PARISH)(?![\\p{L}])`,
  'gu',
);

/** "6091 Main, West Sherwoodside", "6458 Main Suite 507", "194 E Main (Town)": Main Street without its street word. */
const BARE_MAIN_RE =
  /(?<![\w./-])[1-9]\d{0,5}[ \t]+(?:[NSEW]\.?[ \t]+)?(?:Main(?:(?=,[ \t]+\p{Lu}[\p{Ll}])|[ \t]+(?:Suite|Ste|Apt|Unit)\.?[ \t]*#?[A-Za-z0-9-]{1,6}|(?=[ \t]+\(\p{Lu}))|MAIN(?=,[ \t]+[A-Z]{3,}[ \t,]))/gu;

const TOWN = "\\p{Lu}[\\p{Ll}'’.-]+(?:[ \\t]\\p{Lu}[\\p{Ll}'’.-]+){0,2}";
/** Blanks, or a line break with blanks around it, as a wrapped or typed line breaks. */
const LINE_GAP = '(?:[ \\t]*\\r?\\n[ \\t]*|[ \\t]+)';
/** " (Fort Emmanuel)", ", Haylieworth, took" or ", South Wendover)": the town right after a street line. */
const TOWN_AFTER_STREET = new RegExp(
  `^(?:[ \\t]\\((${TOWN})\\)|,[ \\t]+(${TOWN})(?=,[ \\t]+\\p{Ll}|[ \\t]*[;)])|${LINE_GAP}in${LINE_GAP}(${TOWN})(?=[ \\t]*[.;](?:\\s|$)))`,
  'du',
);
/** ",⏎Hermannton 70951", ", Samport⏎05166;": the town and its ZIP code after a street, a line break in the gap. */
const TOWN_ZIP_AFTER_STREET = new RegExp(
  `^,?${LINE_GAP}(${TOWN}),?${LINE_GAP}(?:[A-Z]{2}[ \\t]+)?(\\d{5}(?:-\\d{4})?)(?![\\w-]|[.,]\\d)`,
  'du',
);
/** What brackets or commas after a street hold that is no town: a unit, a label, a person's role. */
const NOT_TOWN_WORD =
  /^(?:Apt|Apartment|Unit|Suite|Ste|Room|Rm|Floor|Fl|Bldg|Building|Lot|Home|House|Mother|Father|Daughter|Son|Wife|Husband|Sister|Brother|Patient|Pt|Ph|Phone|Tel|Cell|Fax|Gate|Door|Code|Rear|Front|Side|Back|Basement|Upstairs|Downstairs|Left|Right|Primary|Secondary|Mailing|Billing|Temporary|Permanent|Previous|Current|Also|Then|Near|Behind|Across|Next|The|Ok|Okay|Yes|No|Thanks|Please)$/;

/** A town's words: none a unit's, a label's or a role's, and not all of them everyday words ("in Comfort.") unless the street's brackets close on them. */
function townWords(town: string, bracketed = false): boolean {
  const words = town.split(/[ \t]+/);
  if (words.some((w) => NOT_TOWN_WORD.test(w))) return false;
  // Closing the brackets a street opened ("(5352 Wickham Way, Cedar Hollow)"), everyday words are a town's too.
  if (bracketed) return true;
  const flags = nameDictionaries().flags;
  return !words.every((w) => ((flags.get(w.toLowerCase()) ?? 0) & (COMMON | NEVER)) !== 0);
}

function townsAfterStreets(ctx: ScanContext): void {
  const text = ctx.text;
  const count = ctx.out.length;
  for (let i = 0; i < count; i++) {
    const span = ctx.out[i];
    if (span?.type !== 'street_address') continue;
    const c = text.charCodeAt(span.end);
    if (c !== 0x20 && c !== 0x2c && c !== 0x0a && c !== 0x0d) continue;
    const after = text.slice(span.end, span.end + 64);
    const zipped = TOWN_ZIP_AFTER_STREET.exec(after);
    const m = zipped ?? TOWN_AFTER_STREET.exec(after);
    const group = m?.[1] !== undefined ? 1 : m?.[2] !== undefined ? 2 : 3;
    const at = m?.indices?.[group];
    const town = m?.[group];
    if (!at || town === undefined || !townWords(town, group === 2 && after.charCodeAt(at[1]) === 0x29))
      continue;
    ctx.out.push({
      start: span.end + at[0],
      end: span.end + at[1],
      type: 'geo',
      ruleId: 'city_after_street',
    });
    const zip = zipped?.indices?.[2];
    if (zip && !ctx.skip?.has('zip'))
      ctx.out.push({ start: span.end + zip[0], end: span.end + zip[1], type: 'zip', ruleId: 'postal_code' });
  }
}

export const streetTowns: Detector = {
  id: 'street_town',
  types: ['street_address', 'geo'],
  run(ctx: ScanContext) {
    if (!ctx.hasUpper) return;
    if (!ctx.skip?.has('geo') && (ctx.includes('COUNTY') || ctx.includes('PARISH')))
      scan(ctx, CAPS_COUNTY_RE, 'geo', 'county');
    if (!ctx.hasDigit) return;
    if (!ctx.skip?.has('street_address')) {
      if (ctx.longestDigitRun >= 5 && ctx.test(CAPS_STREET_GATE))
        scan(ctx, CAPS_STREET_RE, 'street_address', 'street_address');
      if (ctx.includes(' Main')) scan(ctx, BARE_MAIN_RE, 'street_address', 'street_address');
    }
    if (ctx.skip?.has('geo') || ctx.out.length === 0) return;
    townsAfterStreets(ctx);
  },
};
