/**
 * A person's name written right before their own e-mail address: "Worker: Nyxlaq Ulfari,
 * Nyxlaq.Ulfari69@gmail.com", "tsehay van tassel (bf) 838 202 1947 / tsehay.vantassel@…",
 * "Ana Quill <ana.quill@…>". The address spells the words out again, so the words are a name
 * whatever list knows them: each must be three letters or more and be found in the address's
 * local part (initials and particles between them ride along). Runs after the e-mail detector,
 * on the addresses it found; costs nothing in text without one.
 */
import type { DetectedSpan } from '../types';
import type { Detector, ScanContext } from './detector';
import { COMMON, GIVEN, NEVER, nameDictionaries, SURNAME } from './dictionaries';

/** The words before an address, up to what may stand between a name and its address. */
const BEFORE =
  /((?:\p{L}[\p{L}\p{M}'’.-]*[ \t]+){0,3}\p{L}[\p{L}\p{M}'’-]*)[ \t]*(?:,|<|\(|:|[-–—/|]|\([^()\n]{1,20}\)(?:[ \t]*[+\d(][\d ().+-]{6,20})?[ \t]*[/,|]?)?[ \t]*$/u;
/** Lower-case particles and initials a name holds between its words. */
const LINK = /^(?:van|von|der|den|de|del|della|la|le|da|du|st\.?|te|\p{L}\.?)$/iu;
/** Letters only, lower case, for comparing a word with an address. */
function letters(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[^\p{L}]/gu, '')
    .toLowerCase();
}

/** Words that name a mailbox, not a person: "support", "noreply", "frontdesk". */
const MAILBOX_WORDS = new Set(
  'support info admin noreply donotreply help helpdesk contact office team staff desk frontdesk records billing scheduling reception referrals intake portal service services mail postmaster webmaster notifications alerts'.split(
    ' ',
  ),
);

/** A word no list holds as a common, drug or form word only ("Billing", "Portal" are a mailbox's). */
function mayBeName(bare: string): boolean {
  if (MAILBOX_WORDS.has(bare)) return false;
  const f = nameDictionaries().flags.get(bare) ?? 0;
  return (f & NEVER) === 0 && ((f & COMMON) === 0 || (f & (GIVEN | SURNAME)) !== 0);
}

/** The words of `run` that the address spells, from the last word back; the start of the name, or -1. */
function nameStart(run: string, local: string): number {
  const words = [...run.matchAll(/\S+/g)];
  let start = -1;
  let spelled = 0;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i] as RegExpMatchArray;
    const bare = letters(w[0]);
    if (bare.length >= 3 && local.includes(bare) && mayBeName(bare)) {
      start = w.index as number;
      spelled++;
    } else if (!(spelled > 0 && LINK.test(w[0]) && i > 0)) break;
  }
  // One word alone is a name only capitalized ("Quillsen <e.quillsen@…>", not "support <support@…>").
  if (spelled === 1 && !/^\p{Lu}/u.test(run.slice(start))) return -1;
  return spelled > 0 ? start : -1;
}

function nameBefore(ctx: ScanContext, address: DetectedSpan): void {
  const text = ctx.text;
  const at = text.indexOf('@', address.start);
  if (at < 0 || at >= address.end) return;
  const local = letters(text.slice(address.start, at));
  if (local.length < 3) return;
  const from = Math.max(0, address.start - 80);
  const m = BEFORE.exec(text.slice(from, address.start));
  if (!m) return;
  const run = m[1] as string;
  const runStart = from + (m.index as number);
  const start = nameStart(run, local);
  if (start < 0) return;
  let end = runStart + run.length;
  while (end > runStart && /[.’']/.test(text[end - 1] as string)) end--;
  ctx.out.push({ start: runStart + start, end, type: 'name', ruleId: 'email_name' });
}

/**
 * A payment address built like an e-mail address with no dot in its provider's part: India's UPI
 * handles ("priya.menon@okhdfc", "r_iyer@ybl", "9876543210@paytm"). One is the person's own name
 * or number; it is masked after a payment's word ("UPI", "VPA", "GPay", "paid to") or when its
 * local part is two words joined by a dot or an underscore (a package's "react@latest" is neither).
 */
const PAYMENT_HANDLE =
  /(?<![\p{L}\p{N}._@/:+-])[\p{L}\p{N}][\p{L}\p{N}._-]{1,40}@\p{Ll}{2,15}(?![\p{L}\p{N}@_-]|\.[\p{L}\p{N}])/gu;
const PAYMENT_CUE = /\b(?:upi|vpa|gpay|google[ \t]?pay|phonepe|paytm|bhim|payment|paid|pay[ \t]+to)\b/i;
const NAME_BUILT = /^\p{L}{2,}[._]\p{L}{2,}$/u;

function paymentHandles(ctx: ScanContext): void {
  const text = ctx.text;
  PAYMENT_HANDLE.lastIndex = 0;
  for (let m = PAYMENT_HANDLE.exec(text); m !== null; m = PAYMENT_HANDLE.exec(text)) {
    const start = m.index;
    const local = m[0].slice(0, m[0].indexOf('@'));
    if (!NAME_BUILT.test(local) && !PAYMENT_CUE.test(text.slice(Math.max(0, start - 40), start))) continue;
    ctx.out.push({ start, end: start + m[0].length, type: 'name', ruleId: 'email_name' });
  }
}

export const emailNames: Detector = {
  id: 'email_name',
  types: ['name'],
  run(ctx) {
    if (!ctx.hasAt || ctx.skip?.has('name')) return;
    const count = ctx.out.length;
    for (let i = 0; i < count; i++) {
      const s = ctx.out[i] as DetectedSpan;
      if (s.type === 'email') nameBefore(ctx, s);
    }
    paymentHandles(ctx);
  },
};
