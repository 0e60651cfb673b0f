/**
 * Team chats typed in lower case: "min-jun: anyone seen aaliyah in 432?", "sonny: yeah gave
 * …". A word (or two) opening three lines or more with ": ", one of them at least twice, is a
 * speaker's name when the dictionaries know it as a given or family name, or know it as nothing
 * (no common or clinical word: "plan:", "meds:", "allergies:" stay). In such a chat, the
 * speakers' names said elsewhere ("paged vasyl", "@sonny") and lower-case words that are only
 * given names ("anyone seen aaliyah") are names too. An @handle a writer copies, pings or
 * assigns ("cc @tamsinquenby", "/cc @orrin-v @bea.oyarzun", "assigned to @ivo") is a person's
 * account, their names often run together; a team's ("@org/triage"), a bot's and a common word's
 * ("@security", "@dependabot") stay.
 */
import type { Detector, ScanContext } from './detector';
import { COMMON, GIVEN, NEVER, nameDictionaries, SURNAME } from './dictionaries';
import { checkNamesFound } from './names';

const SPEAKER = /^[ \t]*(\p{Ll}[\p{Ll}\p{M}'’-]{1,24}(?: \p{Ll}[\p{Ll}\p{M}'’-]{1,24})?):[ \t]/gmu;
/** Roles and labels that open chat and note lines, never a person. */
const ROLES = new Set(
  'user bot agent system assistant patient pt nurse doctor dr md rn np pa staff admin support clinic caller guest me you note plan dx hx rx cc re fyi subject from to date time sent reply'.split(
    ' ',
  ),
);
/** A lower-case word standing alone: not part of a unit ("mL/min"), a handle or a path. */
const LOWER_WORD = /(?<![\p{L}\p{M}\d'’@./-])\p{Ll}[\p{Ll}\p{M}'’-]{2,}(?![\p{L}\p{M}\d'’/-])/gu;

/** A handle whose every word is a given or family name, or a word of four letters or more no list knows. */
function handleIsName(handle: string): boolean {
  const flags = nameDictionaries().flags;
  const words = handle.split(' ');
  if (words.some((w) => ROLES.has(w))) return false;
  return words.every((w) => {
    const f = flags.get(w) ?? 0;
    if (f & NEVER && !(f & (GIVEN | SURNAME))) return false;
    if (f & (GIVEN | SURNAME)) return true;
    return f === 0 && w.length >= 4;
  });
}

function push(ctx: ScanContext, start: number, end: number): void {
  ctx.out.push({ start, end, type: 'name', ruleId: 'chat_handle' });
}

function findChatHandles(ctx: ScanContext): void {
  if (!ctx.includes('\n') || !ctx.includes(': ')) return;
  const text = ctx.text;
  const seen = new Map<string, number[]>();
  let lines = 0;
  SPEAKER.lastIndex = 0;
  for (let m = SPEAKER.exec(text); m !== null; m = SPEAKER.exec(text)) {
    lines++;
    const handle = m[1] as string;
    const starts = seen.get(handle) ?? [];
    starts.push(m.index + m[0].indexOf(handle));
    seen.set(handle, starts);
  }
  if (lines < 3 || seen.size < 2 || ![...seen.values()].some((s) => s.length > 1)) return;
  const names = [...seen.keys()].filter(handleIsName);
  if (names.length === 0) return;
  for (const handle of names)
    for (const start of seen.get(handle) ?? []) push(ctx, start, start + handle.length);
  lowerNamesInChat(ctx, new Set(names.flatMap((h) => h.split(' '))));
}

/**
 * A patient a chat line sums up by surname, age and sex ("bed 3 is KD — dos santos, 67M", "rm 4:
 * okafor, 45 f", "NB / garcia, 80yo"): the lower-case surname (a particle may open it) and the
 * initials written just before it. A common word there ("pain, 45M") is no surname.
 */
const SUMMED_UP =
  /(?<![\p{L}\d'’-])(?:([A-Z]{2,3})[ \t]*(?:—|–|-|\/|\()[ \t]*)?((?:(?:de|del|della|di|da|dos|das|do|du|van|von|der|den|le|la|al|el|ben|bin|st) )?\p{Ll}[\p{Ll}'’-]{1,24}),[ \t]*\d{1,3}[ \t]?(?:[MFmf]|yo|y\/o|yrs?)(?![\p{L}\d])/gu;
const NOT_INITIALS = new Set(
  'OK BP HR RR ED ER OR PT OT RN MD NP PA CT MR US IV PO IM ICU CXR ECG EKG LAB DX HX RX FYI ASAP STAT NPO'.split(
    ' ',
  ),
);

function summedUpPatients(ctx: ScanContext): void {
  const flags = nameDictionaries().flags;
  SUMMED_UP.lastIndex = 0;
  for (let m = SUMMED_UP.exec(ctx.text); m !== null; m = SUMMED_UP.exec(ctx.text)) {
    const name = m[2] as string;
    const last = name.slice(name.lastIndexOf(' ') + 1);
    const f = flags.get(last) ?? 0;
    if (f & (COMMON | NEVER)) continue;
    const at = m.index + m[0].indexOf(name, m[1]?.length ?? 0);
    push(ctx, at, at + name.length);
    if (m[1] !== undefined && !NOT_INITIALS.has(m[1])) push(ctx, m.index, m.index + m[1].length);
  }
}

/** Function words the dictionaries leave out, that may follow a kinship word ("son there now"). */
const FUNCTION_WORDS = new Set(
  'there where about again still being would could should their these those which while after before since until never always maybe later today'.split(
    ' ',
  ),
);
const KIN_BEFORE =
  /(?:^|[^\p{L}])(?:husband|wife|son|daughter|mom|mum|mother|dad|father|sister|brother|partner|spouse|fianc[eé]e?|aunt|uncle|niece|nephew|grandson|granddaughter)[ \t]+$/u;

/** In a chat of people, the speakers' names said elsewhere and lower-case words that are only given names. */
function lowerNamesInChat(ctx: ScanContext, handles: Set<string>): void {
  const text = ctx.text;
  const flags = nameDictionaries().flags;
  summedUpPatients(ctx);
  LOWER_WORD.lastIndex = 0;
  for (let m = LOWER_WORD.exec(text); m !== null; m = LOWER_WORD.exec(text)) {
    const word = m[0];
    const f = flags.get(word) ?? 0;
    const given = f & GIVEN && !(f & (COMMON | NEVER));
    // After a kinship word ("husband zuleika", "her mom ottilie") a name, or a word no list knows and no verb's form.
    const kin =
      KIN_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)) &&
      !(f & (COMMON | NEVER)) &&
      (f & (GIVEN | SURNAME) ||
        (word.length >= 5 && !/(?:ed|ing|s)$/.test(word) && !FUNCTION_WORDS.has(word)));
    if (!handles.has(word) && !given && !kin) continue;
    // A word right after a number is its unit ("20 min", "5 mg"), not a name.
    if (!handles.has(word) && /\d[ \t]?$/.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    // The speaker's own tag at the line's start is marked already.
    if (text.charCodeAt(m.index + word.length) === 0x3a && (m.index === 0 || text[m.index - 1] === '\n'))
      continue;
    push(ctx, m.index, m.index + word.length);
  }
}

/** A cue that the handles after it are people's, and the handles (one or more, blank or comma apart). */
const MENTION_CUE =
  /(?<![\p{L}\d])(?:cc|ping|pinging|paging|fyi|thanks|thx|assign(?:ed)? to|assignees?|reviewers?|owners?):?[ \t]+(@[A-Za-z\d][\w.-]{1,38}(?:,?[ \t]+@[A-Za-z\d][\w.-]{1,38}){0,9})(?![\w/-])/giu;
const HANDLE = /@([A-Za-z\d][\w.-]{1,38})/g;
/** Words of a handle that make it a service's, a team's or a bot's. */
const SERVICE_WORDS =
  /(?:^|[-_.])(?:bot|bots|team|teams|ci|ops|admin|admins|support|security|dev|devs|qa|oncall|triage|all|here|channel|everyone|maintainers)(?:$|[-_.\d])|bot$/i;

/** The handles after a cue ("cc @tamsinquenby @orrin-v"): each a person's unless a common word, a service's or a team's. */
function mentionedHandles(ctx: ScanContext): void {
  const flags = nameDictionaries().flags;
  MENTION_CUE.lastIndex = 0;
  for (let m = MENTION_CUE.exec(ctx.text); m !== null; m = MENTION_CUE.exec(ctx.text)) {
    const list = m[1] as string;
    const at = m.index + m[0].length - list.length;
    for (const h of list.matchAll(HANDLE)) {
      const handle = (h[1] as string).replace(/[.-]+$/, '');
      const f = flags.get(handle.toLowerCase()) ?? 0;
      if (SERVICE_WORDS.test(handle) || (f & (COMMON | NEVER) && !(f & (GIVEN | SURNAME)))) continue;
      const start = at + (h.index ?? 0) + 1;
      push(ctx, start, start + handle.length);
    }
  }
}

/**
 * A message or a sentence that opens by addressing someone ("@areddy can you see …",
 * "@brittany.shevchenko pls call …", "… no-showed again. @angelg ok to discharge?"): the handle at
 * a line's, a JSON string's or a sentence's start, then a word in lower case. Code's annotations
 * and style sheets' rules ("@param name", "@media screen") are no one's.
 */
const ADDRESSED = /(?:^|\n|\\n|"|[.!?][ \t])[ \t]*@([A-Za-z][\w.-]{1,38})(?=[,:]?[ \t]+\p{Ll})/gu;
const ANNOTATIONS = new Set(
  `param params returns return type typedef throws example see since deprecated author todo link property prop
  callback template override internal public private protected description default module version import use
  media font-face keyframes charset supports apply tailwind layer include mixin extend each if else function
  namespace page container inheritdoc ignore ts-ignore ts-expect-error readonly abstract async
  enum event fires listens member memberof class constructor interface implements yields`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);

function addressedHandles(ctx: ScanContext): void {
  const flags = nameDictionaries().flags;
  ADDRESSED.lastIndex = 0;
  for (let m = ADDRESSED.exec(ctx.text); m !== null; m = ADDRESSED.exec(ctx.text)) {
    const handle = (m[1] as string).replace(/[.-]+$/, '');
    const lc = handle.toLowerCase();
    const f = flags.get(lc) ?? 0;
    if (ANNOTATIONS.has(lc) || SERVICE_WORDS.test(handle)) continue;
    if (f & (COMMON | NEVER) && !(f & (GIVEN | SURNAME))) continue;
    const start = m.index + m[0].length - (m[1] as string).length;
    push(ctx, start, start + handle.length);
  }
}

/**
 * A mention written in a chat's own markup ("<@keara.kautzer> can you see …", Slack's and
 * Discord's "<@…>", with the shown name after a bar): the account of a person. The platform's
 * own user ids ("<@U024BE7LH>", "<@123456789012345678>") name no one.
 */
const MARKUP_MENTION = /<@([A-Za-z][\w.-]{1,38})(?:\|[^<>\n]{0,40})?>/g;
const PLATFORM_USER_ID = /^[UWB][A-Z\d]{6,}$/;

function markupMentions(ctx: ScanContext): void {
  const flags = nameDictionaries().flags;
  MARKUP_MENTION.lastIndex = 0;
  for (let m = MARKUP_MENTION.exec(ctx.text); m !== null; m = MARKUP_MENTION.exec(ctx.text)) {
    const handle = (m[1] as string).replace(/[.-]+$/, '');
    const f = flags.get(handle.toLowerCase()) ?? 0;
    if (PLATFORM_USER_ID.test(handle) || SERVICE_WORDS.test(handle)) continue;
    if (f & (COMMON | NEVER) && !(f & (GIVEN | SURNAME))) continue;
    push(ctx, m.index + 2, m.index + 2 + handle.length);
  }
}

/**
 * A chat export whose lines open with a speaker's account ("[2024-04-24 03:20:13] @obellweather: …",
 * "10:32 @ana.ruiz-t: …", "@kwame_o: …", "[9:14 AM] li.wei: …"): three lines or more, an account
 * speaking twice, is a chat of people, and each account there is a person's unless a service's,
 * a team's or a common word's ("@triage-bot:", "@oncall:"). A dotted account without the '@'
 * ("li.wei:") is read only in such a chat. The given names its lines say in lower case are names too.
 */
const SPEAKER_ACCOUNT =
  /^[ \t]*(?:\[[^\]\n]{1,40}\][ \t]*|\d[\d:/.TZ+-]{3,30}(?:[ \t]\d[\d:/.TZ+-]{1,20})?(?:[ \t][AaPp][Mm])?[ \t]+)?(@?)([A-Za-z][\w.-]{0,38}[A-Za-z\d]):[ \t]/gm;

function speakerAccounts(ctx: ScanContext): void {
  const text = ctx.text;
  const flags = nameDictionaries().flags;
  const seen = new Map<string, number[]>();
  let lines = 0;
  SPEAKER_ACCOUNT.lastIndex = 0;
  for (let m = SPEAKER_ACCOUNT.exec(text); m !== null; m = SPEAKER_ACCOUNT.exec(text)) {
    const at = m[1] === '@';
    const handle = m[2] as string;
    // A plain word without '@' is the lower-case speakers' rule's; an account has '@' or a dot.
    if (!at && !/^[a-z]+[._][a-z]+(?:[-_][a-z]+)?$/.test(handle)) continue;
    lines++;
    const key = `${m[1]}${handle}`;
    const starts = seen.get(key) ?? [];
    starts.push(m.index + m[0].length - handle.length - 2);
    seen.set(key, starts);
  }
  if (lines < 3 || ![...seen.values()].some((s) => s.length > 1)) return;
  const parts = new Set<string>();
  for (const [key, starts] of seen) {
    const handle = key.replace(/^@/, '');
    const lc = handle.toLowerCase();
    const f = flags.get(lc) ?? 0;
    if (SERVICE_WORDS.test(handle) || ANNOTATIONS.has(lc) || ROLES.has(lc)) continue;
    if (f & (COMMON | NEVER) && !(f & (GIVEN | SURNAME))) continue;
    for (const start of starts) push(ctx, start, start + handle.length);
    for (const w of lc.split(/[._-]/)) if (w.length >= 3) parts.add(w);
  }
  if (parts.size > 0) lowerNamesInChat(ctx, parts);
}

/** Where an addressed handle may stand: the text's, a line's, a JSON string's or a sentence's start. */
function mayOpenWithHandle(ctx: ScanContext): boolean {
  return (
    ctx.text.trimStart().startsWith('@') ||
    ctx.includes('\n@') ||
    ctx.includes('"@') ||
    ctx.includes('\\n@') ||
    ctx.includes('. @') ||
    ctx.includes('? @') ||
    ctx.includes('! @')
  );
}

export const chatHandles: Detector = {
  id: 'chat_handle',
  types: ['name'],
  run(ctx) {
    if (ctx.skip?.has('name')) return;
    const found = ctx.out.length;
    findChatHandles(ctx);
    if (ctx.includes(': ') && ctx.includes('\n')) speakerAccounts(ctx);
    if (ctx.hasAt) {
      mentionedHandles(ctx);
      // A handle opening the text, a line, a JSON string or a sentence: most '@' are an address's.
      if (mayOpenWithHandle(ctx)) addressedHandles(ctx);
      if (ctx.includes('<@')) markupMentions(ctx);
    }
    checkNamesFound(ctx, found);
  },
};
