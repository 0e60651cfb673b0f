/**
 * A telephone's or a messenger's name for a picture or a clip it saved, with the day and the time
 * it was taken in it and spaces between ("WhatsApp Image 2025-03-14 at 12.48.38.jpeg",
 * "Screenshot 2024-11-02 at 09.15.22 (2).png"): a picture of the patient, as every image file is.
 */
const DATED_MEDIA_NAME =
  /\b(?:WhatsApp (?:Image|Video)|Screen ?[Ss]hot|Signal|Photo|Image|Video)[ _-]\d{4}-\d{2}-\d{2}(?: at |[ _-])\d{1,2}[.:]\d{2}[.:]\d{2}(?: ?[AP]M)?(?: \(\d{1,3}\))?\.(?:jpe?g|png|heic|heif|webp|gif|mp4|mov|3gp)\b/gi;
const MEDIA_APP_WORDS = ['WhatsApp', 'creen', 'Signal', 'hoto', 'mage', 'ideo'];

export const datedMediaNames: Detector = {
  id: 'dated_media_name',
  types: ['photo'],
  run(ctx) {
    if (ctx.skip?.has('photo') || ctx.longestDigitRun < 4 || !ctx.hasSpace) return;
    if (!MEDIA_APP_WORDS.some((w) => ctx.includes(w))) return;
    DATED_MEDIA_NAME.lastIndex = 0;
    for (const m of ctx.text.matchAll(DATED_MEDIA_NAME)) {
      const start = m.index ?? 0;
      ctx.out.push({ start, end: start + m[0].length, type: 'photo', ruleId: 'dated_media_name' });
    }
  },
};

/**
 * Pictures carried as bare base64 (a FHIR attachment's `data`, a JSON `image` field, a blob
 * in a log), without a `data:` prefix to say what they are: the first bytes of an image file
 * are fixed by its format, so its base64 starts the same way — JPEG "/9j/", PNG
 * "iVBORw0KGgo", GIF "R0lGOD", TIFF "SUkqAA" or "TU0AKg". A picture of a person is an
 * identifier (a full-face photograph or a comparable image); the whole block is one span.
 */
import type { Detector } from './detector';

const IMAGE_BASE64 =
  /(?<![A-Za-z0-9+/])(?:\/9j\/|iVBORw0KGgo|R0lGOD[lf]h|SUkqAA|TU0AKg)[A-Za-z0-9+/\r\n]{12,}={0,2}/g;

export const base64Images: Detector = {
  id: 'base64_image',
  types: ['photo'],
  run(ctx) {
    if (
      ctx.skip?.has('photo') ||
      !(
        ctx.includes('/9j/') ||
        ctx.includes('iVBORw0KGgo') ||
        ctx.includes('R0lGOD') ||
        ctx.includes('SUkqAA') ||
        ctx.includes('TU0AKg')
      )
    )
      return;
    for (const m of ctx.text.matchAll(IMAGE_BASE64)) {
      const start = m.index ?? 0;
      ctx.out.push({ start, end: start + m[0].length, type: 'photo', ruleId: 'base64_image' });
    }
  },
};
