/**
 * A given name in capitals that a message addresses its reader by, as pharmacy and clinic text
 * reminders print it ("Lantern Apothecary: PETE, your Wellbutrin SR 150 mg is ready", "Hi
 * ALEJANDRA, your visit is tomorrow"): a word in capitals after the sender's colon, a line's
 * start or a greeting, then a comma and "your", "you" or "please". It is a name when the
 * dictionaries know it as a given name or a family name ("REMINDER, your …", "URGENT, please …"
 * stay).
 */
import type { Detector, ScanContext } from './detector';
import { GIVEN, nameDictionaries, SURNAME } from './dictionaries';

const GREETED_RE =
  /(?:^|:[ \t]+|\b(?:Hi|Hello|Hey|Dear|HI|HELLO|DEAR)[ \t]+)(\p{Lu}[\p{Lu}'’-]{1,24})(?:[ \t]+(\p{Lu}[\p{Lu}'’-]{1,24}))?,[ \t]+(?:your|you|please|this|we)\b/dgmu;
const GREETED_GATE = /\p{Lu}{2},[ \t]+(?:your|you|please|this|we)\b/u;

/**
 * A word in capitals that is a name: one the dictionaries know as a given or family name (a word
 * too, like "GLEN"); a word they do not know ("NOTICE", "UPDATE") may be any heading.
 */
function isShoutedName(word: string): boolean {
  return ((nameDictionaries().flags.get(word.toLowerCase()) ?? 0) & (GIVEN | SURNAME)) !== 0;
}

export const shoutedGreetings: Detector = {
  id: 'shouted_greeting',
  types: ['name'],
  run(ctx: ScanContext) {
    if (!ctx.hasUpper || !ctx.test(GREETED_GATE)) return;
    const { text } = ctx;
    GREETED_RE.lastIndex = 0;
    for (let m = GREETED_RE.exec(text); m !== null; m = GREETED_RE.exec(text)) {
      const first = m.indices?.[1];
      const last = m.indices?.[2];
      if (!first || !isShoutedName(m[1] as string)) continue;
      const end = last && isShoutedName(m[2] as string) ? last[1] : first[1];
      if (last && end !== last[1]) continue;
      ctx.out.push({ start: first[0], end, type: 'name', ruleId: 'shouted_greeting' });
    }
  },
};
