/**
 * The rest of a name already found: runs after the name detectors and extends their spans
 * over what a name's grammar says belongs to it — lower-case particles and the family name
 * after them ("Ferrer i Puig", "Mac an tSaoir", "van ’t Hof", "de la Fuente"), and the other
 * half of a "Family, Given" pair written before a bracket or the end of the line ("Price,
 * Senthil (retry 2/5)", "match: von Bredow, Jianhong (member …)").
 */
import type { DetectedSpan } from '../types';
import type { Detector, ScanContext } from './detector';

const PARTICLE = String.raw`(?:i|y|an|de|del|della|da|das|do|dos|du|la|le|van|von|der|den|ten|ter|te|['’]t|al|el|bin|ben|ibn|bint|mac|mc|ó|ní|nic|ap|st\.?|St\.)`;
/** A family name after particles: capitalized, or a lower-case prefix before a capital ("tSaoir"). */
const SURNAME = String.raw`(?:\p{Lu}|\p{Ll}{1,2}\p{Lu})[\p{L}\p{M}'’-]*`;
/** Particles and the family name right after a name: " i Puig", " an tSaoir", " van ’t Hof". */
const PARTICLES_AFTER = new RegExp(`^(?: ${PARTICLE})+ ${SURNAME}`, 'u');
/** ", Given" closing a "Family, Given" pair: a bracket, a comma or the line's end follows. */
const GIVEN_AFTER = /^, (\p{Lu}[\p{L}\p{M}'’-]+)(?=[ \t]*(?:\(|\)|$|\n|\r))/u;
/** "Family, " before a given name found: capitalized words and particles after ': ' or a line start. */
const FAMILY_BEFORE = new RegExp(
  `(?:^|[\\n\\r]|: )((?:${PARTICLE} )*${SURNAME}(?: (?:${PARTICLE} )*${SURNAME}){0,2}), $`,
  'u',
);
const BRACKET_AFTER = /^[ \t]*\(/;
/** A nickname in quotes between a given name and the family name: ‹Aishwarya› "Tiny" Agarwal. */
const NICKNAME_AFTER = /^[ \t]+(["“'‘])(\p{L}[\p{L}\p{M}'’. -]{0,24}?)["”'’][ \t]+(\p{Lu}[\p{L}\p{M}'’-]+)/du;
const LOWER = /\p{Ll}/u;
/**
 * A bare ten-digit North American number right after a person's name ("Witness: Tova Quill
 * 6726803567", "Ride: wife Cormac 3766817434", "is HCP 9133491610"): area code and exchange
 * start with 2-9, as the numbering plan says.
 */
const PHONE_AFTER =
  /^[ \t]+(?:(?:is )?(?:HCP|POA|cb|c\/b|cell|mobile|ph|tel)[ \t]+)?([2-9]\d{2}[2-9]\d{6})(?![\w/-]|\.\d)/;
const UPPER_START = /^\p{Lu}/u;

function push(ctx: ScanContext, start: number, end: number): void {
  ctx.out.push({ start, end, type: 'name', ruleId: 'name_continuation' });
}

function extend(ctx: ScanContext, span: DetectedSpan): void {
  const text = ctx.text;
  const after = text.slice(span.end, span.end + 48);
  const particles = PARTICLES_AFTER.exec(after);
  if (particles) push(ctx, span.end + 1, span.end + particles[0].length);
  const nickname = NICKNAME_AFTER.exec(after);
  // …and the family name after it, a word of any kind ("Bishop "Bunny" Fields").
  const quoted = nickname?.indices?.[2];
  const family = nickname?.indices?.[3];
  if (quoted && family) {
    push(ctx, span.end + quoted[0], span.end + quoted[1]);
    push(ctx, span.end + family[0], span.end + family[1]);
  }
  const phone = PHONE_AFTER.exec(after);
  if (phone) {
    const start = span.end + phone[0].length - (phone[1] as string).length;
    ctx.out.push({ start, end: start + 10, type: 'phone', ruleId: 'name_continuation' });
  }
  const given = GIVEN_AFTER.exec(after);
  // A given name in capitals only after a family name in capitals ("Roe, MD" is a credential);
  // none after a name typed in lower case ("dr moon, Walgreens").
  const found = text.slice(span.start, span.end);
  if (given && UPPER_START.test(found) && (LOWER.test(given[1] as string) || !LOWER.test(found)))
    push(ctx, span.end + 2, span.end + 2 + (given[1] as string).length);
  if (text.charCodeAt(span.start - 2) === 0x2c && BRACKET_AFTER.test(text.slice(span.end, span.end + 4))) {
    const before = text.slice(Math.max(0, span.start - 48), span.start);
    const family = FAMILY_BEFORE.exec(before);
    if (family) push(ctx, span.start - 2 - (family[1] as string).length, span.start - 2);
  }
}

export const nameContinuation: Detector = {
  id: 'name_continuation',
  types: ['name', 'phone'],
  run(ctx) {
    if (ctx.skip?.has('name')) return;
    // The names found before it (what it adds is not extended again), without copying them out.
    const count = ctx.out.length;
    for (let i = 0; i < count; i++) {
      const span = ctx.out[i] as DetectedSpan;
      if (span.type === 'name') extend(ctx, span);
    }
  },
};
