/**
 * Names said by what is done with a person in care notes and workflow text: someone to call
 * or write to at a number ("Call Sukarni at 555…"), someone a result was discussed with
 * ("reviewed with Gurpreet by phone", "Discussed with Hlaing Myat on 10/06/2024"), someone who
 * signed ("Consent signed by Mialy Subramanian"), whose care team or summary it is ("Care team
 * of Sukarni"). The words after the phrase are a name when capitalized and not a common word,
 * a drug or an eponym (the name dictionaries say which): "Call Pharmacy at …" stays.
 */

import type { Detector, ScanContext } from './detector';
import { COMMON, NEVER, nameDictionaries } from './dictionaries';

const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’-]*`;
const PARTICLE = String.raw`(?:de|del|della|da|das|do|dos|du|la|le|van|von|der|den|ten|ter|['’]t|al|el|bin|ben|ibn|i|y|an|mac|st\.?)`;
/** One to four capitalized words, particles between them. */
const NAME = `(${NAME_WORD}(?: (?:${PARTICLE} )*${NAME_WORD}){0,3})`;

/** A phrase before the name and what must follow it, with the words the text must hold for it. */
interface Context {
  re: RegExp;
  needs(ctx: ScanContext): boolean;
}

const CONTEXTS: readonly Context[] = [
  {
    // "Call Sukarni at 555…", "text Litia on +1 …", "email Ola at ola@…".
    re: new RegExp(
      String.raw`\b(?:[Cc]all|[Tt]ext|[Pp]age|[Pp]hone|[Ee]-?mail|[Cc]ontact|[Rr]each) ${NAME} (?:at|on) (?=[+(\d\w])`,
      'gu',
    ),
    needs: (ctx) =>
      (ctx.includes(' at ') || ctx.includes(' on ')) &&
      (ctx.includes('all ') ||
        ctx.includes('ext ') ||
        ctx.includes('mail ') ||
        ctx.includes('ontact ') ||
        ctx.includes('each ') ||
        ctx.includes('age ') ||
        ctx.includes('hone ')),
  },
  {
    // "reviewed with Gurpreet by phone", "Discussed with Hlaing Myat on 10/06/2024."
    re: new RegExp(
      String.raw`\b(?:[Rr]eviewed|[Dd]iscussed|[Ss]poke|[Tt]alked|[Gg]one over|[Ww]ent over) with ${NAME}(?= (?:by phone|by video|over the phone|on |at |in clinic|today|yesterday)|[.,;]|$)`,
      'gmu',
    ),
    needs: (ctx) => ctx.includes(' with '),
  },
  {
    // "Consent signed by Mialy Subramanian", "witnessed by …".
    re: new RegExp(String.raw`\b(?:[Ss]igned|[Ww]itnessed|[Cc]ountersigned|[Cc]onsented) by ${NAME}`, 'gu'),
    needs: (ctx) => ctx.includes('ed by '),
  },
  {
    // "Care team of Sukarni", "Summary for Mialy Lloyd-Pryce".
    re: new RegExp(String.raw`\b(?:[Cc]are team of|[Ss]ummary for|[Cc]hart of) ${NAME}`, 'gu'),
    needs: (ctx) => ctx.includes('team of') || ctx.includes('ummary for') || ctx.includes('hart of'),
  },
];

/** Whether every word of the name is a common word, a drug, a device or an eponym. */
function onlyWords(name: string): boolean {
  const flags = nameDictionaries().flags;
  return name.split(' ').every((w) => {
    const f = flags.get(w.toLowerCase()) ?? 0;
    return (f & (COMMON | NEVER)) !== 0;
  });
}

function markContexts(ctx: ScanContext): void {
  const text = ctx.text;
  for (const { re, needs } of CONTEXTS) {
    if (!needs(ctx)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const name = m[1] as string;
      if (onlyWords(name)) continue;
      const start = m.index + m[0].lastIndexOf(name);
      ctx.out.push({ start, end: start + name.length, type: 'name', ruleId: 'name_context' });
    }
  }
}

export const nameContexts: Detector = {
  id: 'name_contexts',
  types: ['name'],
  run(ctx) {
    if (!ctx.hasUpper || ctx.skip?.has('name')) return;
    markContexts(ctx);
  },
};
