/**
 * What a name's own conventions join to it: the "son of", "daughter of", "wife of" links of
 * South and South-East Asian names with the parent's name after them ("Ravi Teja s/o Kumar",
 * "Siti binte Yusof", "ARUN A/L MUTHU"); the name written in Chinese characters beside its
 * romanization ("CHAN TAI MAN 陳大文"); a nickname in quotes right after a name ("Efren Sison
 * a.k.a. \"Boy\"", "DIAZ, Rosa (\"Bing\")"); and the Cantonese "Ah" before a given name ("Ah
 * Keung"). The link alone is no name: "CT s/o Appendicitis" stays.
 */
import type { DetectedSpan } from '../types';
import type { ScanContext } from './detector';
import { drugOrEponym, givenName, knownName, LINK, nameWords, runBefore } from './name-runs';

function push(ctx: ScanContext, start: number, end: number): void {
  ctx.out.push({ start, end, type: 'name', ruleId: 'linked_name' });
}

/** A link between two names and up to three capitalized words after it. */
const LINKED = new RegExp(
  String.raw`(?<=[ \t])${LINK}[ \t]+(\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]\p{Lu}[\p{L}\p{M}'’.-]*){0,2})(?![\p{L}\p{M}\p{N}'’-])`,
  'gu',
);
const LINK_WORD = new RegExp(`^${LINK}$`, 'u');

/** Whether the words hold a known name or a name word of four letters at least. */
function substantial(words: readonly string[]): boolean {
  return words.some((w) => !LINK_WORD.test(w) && (knownName(w) || w.replace(/\./g, '').length >= 4));
}

/** Drops words from the end of the parent's name that read as no name ("Pillai Ward" → "Pillai"). */
function parentWords(words: string[]): string[] {
  let n = words.length;
  while (n > 0 && !nameWords([words[n - 1] as string, 'X'])) n--;
  return words.slice(0, n);
}

/** "Ravi Teja s/o Kumar", "SITI BINTE YUSOF": both names and the link between them. */
function linkedNames(ctx: ScanContext): void {
  const text = ctx.text;
  LINKED.lastIndex = 0;
  for (let m = LINKED.exec(text); m !== null; m = LINKED.exec(text)) {
    const run = runBefore(text, m.index - 1, 60);
    if (!run) continue;
    const before = text.slice(run[0], run[1]).split(/[ \t]+/);
    const after = parentWords((m[1] as string).split(/[ \t]/));
    if (after.length === 0 || !substantial(before) || !substantial(after)) continue;
    if (!nameWords([...before, ...after])) continue;
    const end = m.index + m[0].length - (m[1] as string).length + after.join(' ').length;
    push(ctx, run[0], end);
  }
}

/** Chinese characters of a name, two to four, not inside a run of Chinese text. */
const HAN_AFTER = /^[ \t]{0,3}[(（]?(\p{Script=Han}{2,4})(?!\p{Script=Han})/u;
const HAN_BEFORE = /(?<!\p{Script=Han})(\p{Script=Han}{2,4})[)）]?[ \t]{0,3}$/u;
/** A nickname in quotes after a name: ' a.k.a. "Boy"', ' ("Bing")', ' "Tiny"'. */
const NICKNAME_AFTER =
  /^,?[ \t]*(?:\(|(?:a\.?k\.?a\.?|aka|alias|known as|nicknamed|called)[ \t]+)?["“]((?:\p{Lu}[\p{L}\p{M}'’.-]*)(?:[ \t][\p{L}\p{M}'’.-]+){0,2})["”]/u;
/** The Cantonese familiar "Ah" before a given name. */
const AH_BEFORE = /(?<![\p{L}\p{N}])Ah[ \t-]$/u;

/** A word in capitals right before a name found in capitals: "REPORT ON ⟨IMOGEN⟩ SMITH". */
const CAPS_WORD_BEFORE = /(?<![\p{L}\p{N}'’-])(\p{Lu}(?:\p{Lu}|['’-]\p{Lu})+)[ \t]$/u;
/** A capitalized word right before a name found in the same case: "⟨Kerry⟩ Smith". */
const WORD_BEFORE = /(?<![\p{L}\p{N}'’-])(\p{Lu}[\p{Ll}\p{M}'’-]+)[ \t]$/u;
/** Particles of a family name in capitals: "DELA CRUZ", "VAN DER MERWE". */
const CAPS_PARTICLES_BEFORE =
  /(?<![\p{L}\p{N}])((?:(?:DELA|DELOS|DE|DEL|DA|DOS|DAS|DU|VAN|VON|DER|DEN|TER|TEN|LE|LA)[ \t])+)$/u;
const CAPS = /^[^\p{Ll}]+$/u;
const POSSESSIVE = /['’]s$/i;

/** The given name before a name found, in its case, and the particles of a family name in capitals. */
function wordsBefore(ctx: ScanContext, span: DetectedSpan): void {
  const text = ctx.text;
  const found = text.slice(span.start, span.end);
  const before = text.slice(Math.max(0, span.start - 24), span.start);
  const caps = CAPS.test(found);
  const word = (caps ? CAPS_WORD_BEFORE : WORD_BEFORE).exec(before);
  // Not before an eponym's or a drug's name ("Ib Rockall score" on a death certificate's line Ib).
  const first = found.split(/[ \t,]/)[0] as string;
  const given = word?.[1];
  // A possessive owns what follows it ("Ezekiel's Senseonics sensor"): no part of its name.
  if (given && given.length > 2 && !POSSESSIVE.test(given) && givenName(given) && !drugOrEponym(first))
    push(ctx, span.start - (word?.[0].length ?? 0), span.end);
  const particles = caps ? CAPS_PARTICLES_BEFORE.exec(before) : null;
  if (particles) push(ctx, span.start - particles[0].length, span.end);
}

/** One capitalized word between two names found: "⟨Chan⟩ Kit ⟨Leung⟩", "⟨ALHAJI⟩ MUSA ⟨BELLO⟩". */
function wordsBetween(ctx: ScanContext, spans: readonly DetectedSpan[]): void {
  const text = ctx.text;
  const sorted = spans.filter((s) => s.type === 'name').sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) {
    const left = sorted[i - 1] as DetectedSpan;
    const right = sorted[i] as DetectedSpan;
    const gap = text.slice(left.end, right.start);
    if (gap.length > 24 || !/^[ \t]\p{Lu}[\p{L}\p{M}'’-]*[ \t]$/u.test(gap)) continue;
    // Any word but a drug's or an eponym's: given names that are words too ("Kit", "Wing").
    if (gap.trim().length > 1 && !drugOrEponym(gap.trim())) push(ctx, left.end + 1, right.start - 1);
  }
}

/** Chinese characters, nickname and "Ah" beside a name found. */
function besideName(ctx: ScanContext, span: DetectedSpan, han: boolean): void {
  const text = ctx.text;
  const after = text.slice(span.end, span.end + 48);
  if (han) {
    const next = HAN_AFTER.exec(after);
    if (next) {
      const start = span.end + next[0].length - (next[1] as string).length;
      push(ctx, start, start + (next[1] as string).length);
    }
    const prev = HAN_BEFORE.exec(text.slice(Math.max(0, span.start - 10), span.start));
    if (prev) {
      const start = span.start - prev[0].length;
      push(ctx, start, start + (prev[1] as string).length);
    }
  }
  const nick = NICKNAME_AFTER.exec(after);
  if (nick) {
    const start = span.end + nick[0].length - 1 - (nick[1] as string).length;
    push(ctx, start, start + (nick[1] as string).length);
  }
  if (AH_BEFORE.test(text.slice(Math.max(0, span.start - 4), span.start)))
    push(ctx, span.start - 3, span.end);
}

const HAN = /\p{Script=Han}/u;
const LINK_HINT = /[sdwhSDWHaA]\/[oOlLpP]|\sbin|\sbte\s|\sanak\s/u;

/** Names joined by a link, and what stands beside the names found from `from` on. */
export function joinNames(ctx: ScanContext, from = 0): void {
  if (!ctx.hasUpper) return;
  if (ctx.test(LINK_HINT)) linkedNames(ctx);
  const han = ctx.test(HAN);
  const count = ctx.out.length;
  for (let i = from; i < count; i++) {
    const span = ctx.out[i] as DetectedSpan;
    if (span.type !== 'name') continue;
    besideName(ctx, span, han);
    wordsBefore(ctx, span);
  }
  wordsBetween(ctx, ctx.out.slice(from));
}
