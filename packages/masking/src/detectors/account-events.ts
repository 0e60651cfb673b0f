/**
 * A person's login where a portal or an audit log writes what an account did: "User
 * wesley.anderson logged in from …", "Username: cannon.francisco", "preston73 changed the
 * password at …", "fingerprint template … enrolled for summers.darlene at kiosk 9". The place
 * says it is an account; the login is lower case, of the shape of `login-shape.ts`, perhaps
 * numbered ("quentinlittle583"), and neither a system's account nor a common English word.
 */
import { NUMBERED_LOGIN, SYSTEM_ACCOUNTS } from '../login-shape';
import type { Detector, ScanContext } from './detector';
import { isCommonWord } from './dictionaries';

const LOGIN = `(${NUMBERED_LOGIN})`;
/** What an account does or has done to it, after the login. */
export const ACCOUNT_VERB = String.raw`(?:logged|signed)[ \t]+(?:in|on|out)|(?:changed|reset|updated)[ \t]+(?:the|their|his|her|a)[ \t]+password|enrolled|registered|was[ \t]+(?:locked|unlocked|created|disabled)`;
/**
 * (A login opening a sentence is looked behind for only where a letter starts: at every blank of
 * a long run, the look behind went back over the whole run.)
 */
const EVENT_RE = new RegExp(
  String.raw`(?:\b(?:[Uu]ser|[Aa]ccount|[Ll]ogin)[ \t]+${LOGIN}[ \t]+(?:${ACCOUNT_VERB})\b|\b(?:[Uu]ser[ \t]?name|[Ll]ogin|[Hh]andle)[ \t]*:[ \t]*${LOGIN}(?=[ \t]*(?:\r?\n|$|[,;)]))|(?=\p{L})(?:^|(?<=[\n.!?][ \t]+|\n))${LOGIN}[ \t]+(?:${ACCOUNT_VERB})\b|\benrolled[ \t]+for[ \t]+${LOGIN}[ \t]+at\b)`,
  'dgmu',
);
const EVENT_GATE =
  /logged|signed|password|enrolled|registered|locked|unlocked|created|disabled|user ?name:|login:|handle:/i;

/** Words for whoever that open a sentence as a login would: "nobody changed the password". */
const WHOEVER = new Set(
  'nobody somebody someone everyone everybody anyone anybody who it this that'.split(' '),
);

/** A lower-case login that is no system's account and no common word ("admin", "patient" stay). */
function isPersonLogin(login: string): boolean {
  if (login !== login.toLowerCase() || SYSTEM_ACCOUNTS.has(login) || WHOEVER.has(login)) return false;
  if (/[\d._]/.test(login)) return true;
  return login.length >= 4 && !isCommonWord(login);
}

export const accountEvents: Detector = {
  id: 'account_event_login',
  types: ['name'],
  run(ctx: ScanContext) {
    if (!ctx.test(EVENT_GATE)) return;
    const { text } = ctx;
    EVENT_RE.lastIndex = 0;
    for (let m = EVENT_RE.exec(text); m !== null; m = EVENT_RE.exec(text)) {
      const group = [1, 2, 3, 4].find((g) => m?.[g] !== undefined);
      const at = group === undefined ? undefined : m.indices?.[group];
      if (at && isPersonLogin(m[group as number] as string))
        ctx.out.push({ start: at[0], end: at[1], type: 'name', ruleId: 'account_event_login' });
    }
  },
};
