/**
 * The family name an identity card prints on its own line above the given names (a US driver's
 * licence: "STANTON⏎DOLORES RYLEY"), as OCR or a scan reads it back. Where the text is a card's
 * (a licence or identification card word) and a detector above typed a whole line as a name, the
 * line right above it is the family name when it is one word in capitals that is no common,
 * clinical or card word and no state's name.
 */
import { isWhiteSpace } from '../char-codes';
import type { Detector, ScanContext } from './detector';
import { plainWord } from './name-runs';

/** A card's words, OCR's look-alike letters included ("L1CENSE"). */
const CARD = /\bL[I1l]CEN[SC]E\b|\bIDENTIFICATION\b|\bID CARD\b|\bDL\b|\bPERMIS\b/i;
/** A line of one word in capitals: "STANTON", "O'HARA", "MOHR-KUHIC". */
const FAMILY_LINE =
  /^[ \t]*([A-Z\u00C0-\u00DE\u0100-\u024F][A-Z\u00C0-\u00DE\u0100-\u024F'’-]{1,30})[ \t]*$/u;
/** Words a card prints alone on a line that name no one. */
const CARD_WORDS = new Set(
  `DRIVER DRIVERS LICENSE LICENCE CLASS ENDORSEMENTS RESTRICTIONS NONE SEX DOB EXP ISS HGT WGT EYES HAIR DONOR
  VETERAN REAL IDENTIFICATION CARD USA DUPLICATE PROVISIONAL LEARNER PERMIT COMMERCIAL MOTORCYCLE ORGAN
  ALABAMA ALASKA ARIZONA ARKANSAS CALIFORNIA COLORADO CONNECTICUT DELAWARE FLORIDA GEORGIA HAWAII IDAHO ILLINOIS
  INDIANA IOWA KANSAS KENTUCKY LOUISIANA MAINE MARYLAND MASSACHUSETTS MICHIGAN MINNESOTA MISSISSIPPI MISSOURI
  MONTANA NEBRASKA NEVADA OHIO OKLAHOMA OREGON PENNSYLVANIA TENNESSEE TEXAS UTAH VERMONT VIRGINIA WASHINGTON
  WISCONSIN WYOMING`.split(/\s+/),
);

/** Whether a name span covers the line starting at `lineStart` from its first to its last character. */
function nameLineAt(ctx: ScanContext, lineStart: number): boolean {
  const text = ctx.text;
  let lineEnd = text.indexOf('\n', lineStart);
  if (lineEnd < 0) lineEnd = text.length;
  let from = lineStart;
  while (from < lineEnd && (text[from] === ' ' || text[from] === '\t')) from++;
  let to = lineEnd;
  while (to > from && isWhiteSpace(text.charCodeAt(to - 1))) to--;
  return to > from && ctx.out.some((s) => s.type === 'name' && s.start <= from && s.end >= to);
}

export const cardSurnames: Detector = {
  id: 'card_surname',
  types: ['name'],
  run(ctx) {
    if (!ctx.hasUpper || !ctx.includes('\n') || ctx.out.length === 0 || ctx.skip?.has('name')) return;
    if (!ctx.test(CARD)) return;
    const text = ctx.text;
    let start = 0;
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      const m = FAMILY_LINE.exec(text.slice(start, end));
      const word = m?.[1];
      if (word && !CARD_WORDS.has(word.toUpperCase()) && !plainWord(word) && nameLineAt(ctx, end + 1)) {
        const at = start + (m?.[0].indexOf(word) ?? 0);
        ctx.out.push({ start: at, end: at + word.length, type: 'name', ruleId: 'card_surname' });
      }
      start = end + 1;
    }
  },
};
