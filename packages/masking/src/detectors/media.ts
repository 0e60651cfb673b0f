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
