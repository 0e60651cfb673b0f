/**
 * The person a street address is given for, named as the sentence's subject right before the
 * verb that gives it, as a memory, a CRM note or a change log writes it ("jane doe moved to 12
 * Elm Street, …", "Doe, Jane now lives at …", "J. K. Doe relocated to …"): the words opening the
 * sentence, in any case, when a street address a detector found follows the verb and the words
 * read as a name (two or more, none a common, clinical or drug word).
 */
import type { Detector, ScanContext } from './detector';
import { ENGLISH_ENDING } from './key-values';
import { knownName, plainWord } from './name-runs';

/** The verbs that give a person's new or current address, up to the address's first character. */
const MOVE =
  /[ \t](?:has[ \t]+|have[ \t]+|just[ \t]+|now[ \t]+)?(?:moved|relocated|moving|lives|living|resides|residing|is[ \t]+staying|staying)[ \t]+(?:back[ \t]+)?(?:to|at|in)[ \t]+$/;
/** A sentence's opening name: two to four words of letters or initials, "Last, First" included. */
const SUBJECT =
  /(?:^|[.;!?"\n]|\\n)[ \t]*((?:(?:\p{L}\.|\p{L}[\p{L}\p{M}'’-]*,?)[ \t]){1,3}\p{L}[\p{L}\p{M}'’-]*)$/u;

/**
 * Whether the words read as a name: two words or one with initials, no plain word, none with an
 * English ending unless a known name.
 */
function nameWords(words: readonly string[]): boolean {
  let core = 0;
  let initials = 0;
  for (const raw of words) {
    const w = raw.replace(/,$/, '');
    if (/^\p{Lu}\.?$/u.test(w)) {
      initials++;
      continue;
    }
    if (plainWord(w) || (!knownName(w) && ENGLISH_ENDING.test(w.toLowerCase()))) return false;
    core++;
  }
  return core >= 2 || (core === 1 && initials > 0);
}

export const addressOwners: Detector = {
  id: 'address_owner',
  types: ['name'],
  run(ctx: ScanContext) {
    if (ctx.out.length === 0 || !ctx.hasSpace || ctx.skip?.has('name')) return;
    const text = ctx.text;
    const found = ctx.out.length;
    for (let i = 0; i < found; i++) {
      const span = ctx.out[i];
      if (span?.type !== 'street_address') continue;
      const before = text.slice(Math.max(0, span.start - 100), span.start);
      const verb = MOVE.exec(before);
      if (!verb) continue;
      const head = before.slice(0, verb.index);
      const m = SUBJECT.exec(head);
      const run = m?.[1];
      if (!m || !run || !nameWords(run.split(/[ \t]+/))) continue;
      const end = span.start - before.length + verb.index;
      ctx.out.push({ start: end - run.length, end, type: 'name', ruleId: 'address_owner' });
    }
  },
};
