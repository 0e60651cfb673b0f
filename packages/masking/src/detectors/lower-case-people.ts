/**
 * People named in lower case where pager, chat and dictation text puts them: a relative after
 * their kinship ("sister felicity at bedside", "daughter esther phone …", "husband monroe heaney
 * at bedside"), the one seen or followed up ("saw trantow 44yo", "f/u w deonte in am"), the one a
 * message is about or for ("fyi hansen mrn …", "pt selmer hamill bed 30", "is hayley waelchi in
 * 443", "message is for misty dietrich this is …"), a patient between a room and a vital sign
 * ("427 schiller hr 137", "batz in 448 temp"), and a sign-off closing the message ("… -demetris",
 * "… waylon rn", "pls call 695.665.0898 jessika"). A common, clinical or drug word in the place of
 * the name ("sister at bedside", "saw pt 44yo", "x1 once rn") stays.
 */
import type { Detector, ScanContext } from './detector';
import { COMMON, GIVEN, NEVER, nameDictionaries } from './dictionaries';

const W = `[a-z][a-z'’-]{1,24}`;
const KIN = `(?:mother|father|mom|dad|sister|brother|son|daughter|wife|husband|partner|spouse|niece|nephew|grandson|granddaughter|grandmother|grandfather|aunt|uncle|cousin|friend|fiance|fiancee)`;
/** Each expression's group 1 (and group 2, a family name, when it may follow) is the person. */
const CUES: readonly RegExp[] = [
  new RegExp(
    String.raw`(?<![a-z])${KIN}[ \t]+(${W})(?:[ \t]+(${W}))??(?=[ \t]+(?:at[ \t]+(?:the[ \t]+)?bedside|phone|ph|cell|wants|who|is[ \t]+(?:aware|at|here|poa|hcp)|poa|hcp|called|can[ \t]+be|pls|\())`,
    'dgm',
  ),
  new RegExp(String.raw`(?<![a-z])saw[ \t]+(${W})(?=[ \t]+\d{1,3}[ \t]?(?:yo|y/o|yr|[mf](?![a-z])))`, 'dg'),
  new RegExp(
    String.raw`(?<![a-z])f/u[ \t]+(?:w/?|with)[ \t]+(${W})(?=[ \t]+(?:in[ \t]+(?:am|pm|clinic|\d)|tomorrow|re[ \t]))`,
    'dg',
  ),
  new RegExp(
    String.raw`(?<![a-z])(?:fyi|pt|is|for|on)[ \t]+(${W})(?:[ \t]+(${W}))??(?=[ \t]+(?:mrn|bed[ \t]+\d|rm[ \t]+\d|room[ \t]+\d|in[ \t]+\d{2,4}(?![\d/])|this[ \t]+is|date[ \t]+of[ \t]+birth|dob))`,
    'dg',
  ),
  new RegExp(
    String.raw`(?:^|\b\d{3,4}[a-z]?[ \t]+)(${W})(?=[ \t]+(?:in[ \t]+\d{3,4}[ \t]|(?:hr|bp|map|temp|spo2|sat|rr|bg|na|k|trop|lactate)[ \t]+\d))`,
    'dgm',
  ),
  new RegExp(String.raw`(?:[ \t]-[ \t]?|\d{3}[.-]\d{4}[ \t]+)(${W})[ \t]*$`, 'dgm'),
  new RegExp(String.raw`[ \t](${W})[ \t]+(?:rn|lpn|np|pa|cna|rt)[ \t]*$`, 'dgm'),
];
const GATE = /[a-z] [a-z]/;

function flagsOf(word: string): number {
  return nameDictionaries().flags.get(word.replace(/['’]s$/, '')) ?? 0;
}

/** Whether the dictionaries hold the word as a common, clinical or drug word: no one's name. */
function plain(word: string): boolean {
  return (flagsOf(word) & (COMMON | NEVER)) !== 0 || word.length < 3 || !/[aeiouy]/.test(word);
}

/** A given name that is also a word ("misty", "grace"): a name only beside a family name. */
function givenWord(word: string): boolean {
  return (flagsOf(word) & (GIVEN | NEVER)) === GIVEN;
}

export const lowerCasePeople: Detector = {
  id: 'lower_case_person',
  types: ['name'],
  run(ctx: ScanContext) {
    if (ctx.skip?.has('name') || !ctx.test(GATE)) return;
    const text = ctx.text;
    for (const re of CUES) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        const given = m.indices?.[1];
        const family = m[2] !== undefined && !plain(m[2]) ? m.indices?.[2] : undefined;
        // A given name that is also a word ("misty", "grace") counts beside its family name.
        if (!given || (plain(m[1] as string) && !(family && givenWord(m[1] as string)))) continue;
        const end = family ? family[1] : given[1];
        ctx.out.push({ start: given[0], end, type: 'name', ruleId: 'lower_case_person' });
        if (re.lastIndex === m.index) re.lastIndex++;
      }
    }
  },
};
