/**
 * The person a message or a letter greets: "Hi Wren, reminder of your appt …", "<p>Dear Joy
 * Quenby,</p>", "Clinic: Hello Temperance!". A greeting at a line's, a sentence's or a message's
 * start, then one or two capitalized words before a comma, a '!', a ':' or the line's end, names
 * whom it is written to, even where the name is also a word ("Wren", "Hope", "Grant"). Groups,
 * roles, kin and endearments greeted the same way stay ("Hi Team,", "Dear Colleague,", "Hello
 * World!", "Dear Hiring Manager,"), as do drug and clinical words.
 */
import type { ScanContext } from './detector';
import { COMMON, GIVEN, NEVER, nameDictionaries, SURNAME } from './dictionaries';

const GREETED =
  /(?:^|[\n\r>]|[.!?:;][ \t]+)[ \t]*(?:Hi|Hello|Hey|Dear|Good (?:morning|afternoon|evening))[ \t]+(\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \t]\p{Lu}[\p{L}\p{M}'’-]+)?)[ \t]*(?=[,!:]|\r?\n)/gu;

/** Whom a greeting addresses that is no person's name: groups, roles, kin, endearments. */
const ADDRESSEES = new Set(
  `team all everyone everybody there folks guys gang friend friends colleague colleagues sir sirs madam
  doctor doc nurse nurses patient patients parent parents member members customer customers provider
  providers caregiver caregivers carer carers family families both again world mum mom dad mother father
  son daughter sister brother admin admins support staff dear sweetie honey love babe mate darling buddy pal
  manager managers committee board reviewer reviewers editor editors hiring valued user users client clients
  resident residents neighbour neighbor neighbours neighbors partner partners student students tenant
  tenants applicant applicants candidate candidates ladies gentlemen people hospital clinic pharmacy office
  sender recipient subscriber subscribers participant participants guardian guardians dr mr mrs ms miss mx
  prof professor`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);

/** Whether the greeted words read as a person's name (see the module's comment). */
function greetedName(words: readonly string[]): boolean {
  const flags = nameDictionaries().flags;
  let plain = 0;
  for (const w of words) {
    const lc = w.toLowerCase();
    if (ADDRESSEES.has(lc)) return false;
    const f = flags.get(lc) ?? 0;
    if ((f & NEVER) !== 0 && (f & (GIVEN | SURNAME)) === 0) return false;
    if ((f & COMMON) !== 0 && (f & (GIVEN | SURNAME)) === 0) plain++;
  }
  // One word alone may be a word that is a name; of two, one must be no plain word ("Dear Hiring Manager").
  return words.length === 1 || plain < words.length;
}

/** The names greeted in the text. */
export function greetedNames(ctx: ScanContext): void {
  const text = ctx.text;
  GREETED.lastIndex = 0;
  for (let m = GREETED.exec(text); m !== null; m = GREETED.exec(text)) {
    const value = m[1] as string;
    if (!greetedName(value.split(/[ \t]/))) continue;
    const start = m.index + m[0].length - value.length;
    ctx.out.push({ start, end: start + value.length, type: 'name', ruleId: 'name_answer' });
  }
}

/**
 * A message opening on whom it addresses, no greeting word before: "Health: Keoni, you're
 * scheduled …", "Thandeka, your results are in". One capitalized word after a label's colon, or a
 * given name the dictionaries know at a line's or a sentence's start, then a comma and "you" or
 * "your". Words that open sentences so stay ("Remember, you're due", "Note: Sorry, your card …").
 */
const ADDRESSED =
  /(?:^|[\n\r>]|[.!?:;][ \t]+)[ \t]*(\p{Lu}[\p{Ll}\p{M}'’-]+),[ \t]+(?=you(?:r\b|['’](?:re|ve|ll|d)\b|[ \t]+(?:are|have|will|were|can|may|should|need)\b))/gu;
/** Words opening a sentence before "you": no one addressed. */
const OPENERS = new Set(
  `remember sorry congratulations congrats please thanks thank welcome note reminder important attention
  again also otherwise however yes no ok okay sure well now today tomorrow tonight first next then finally
  so but and or if when once while since because although though still meanwhile instead indeed alright
  great perfect done hello hi hey dear friend friends folks everyone`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);

/** The people a message addresses by a name before a comma and "you" (see `ADDRESSED`). */
export function addressedNames(ctx: ScanContext): void {
  const text = ctx.text;
  const flags = nameDictionaries().flags;
  ADDRESSED.lastIndex = 0;
  for (let m = ADDRESSED.exec(text); m !== null; m = ADDRESSED.exec(text)) {
    const value = m[1] as string;
    const lc = value.toLowerCase();
    const f = flags.get(lc) ?? 0;
    if (OPENERS.has(lc) || lc.endsWith('ly') || (f & (COMMON | NEVER)) !== 0 || !greetedName([value]))
      continue;
    // After a label's colon the place says a name follows; elsewhere the word must be a given name.
    if (!m[0].includes(':') && (f & GIVEN) === 0) continue;
    const start = m.index + m[0].lastIndexOf(`${value},`);
    ctx.out.push({ start, end: start + value.length, type: 'name', ruleId: 'name_answer' });
  }
}

/** Words of a greeting, looked for before its expression runs. */
export const GREETING_WORDS: readonly string[] = ['Hi ', 'Hello', 'Hey ', 'Dear ', 'Good '];
