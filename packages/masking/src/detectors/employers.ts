/**
 * A person's employer named where a note says they work there: "works at Pemberton Tool & Die",
 * "employed by Keller Bros. Roofing", "worked for Osgood Poultry for 30 years". A small
 * business a patient works at identifies them as surely as their town, and de-identification
 * guidelines treat an employer as an identifier. The capitalized words right after the verb and
 * its preposition (an article skipped) are the employer, up to a word that is not part of the
 * name. A health-care organisation (a hospital, a clinic, a health system: where a clinician
 * works, and which the record keeps as a facility) stays, and so does a setting ("works at home").
 */
import type { Detector, ScanContext } from './detector';

/**
 * A word of an organisation's name: a capital opens it ("Bros.", "Harlan's", "Tri-River", "3M"),
 * or a dotted initialism ("B.V.", "S.A.", "U.S.").
 */
const NAME_WORD = "(?:(?:\\p{Lu}\\.){2,}|(?:\\p{Lu}|\\d+\\p{Lu})[\\p{L}\\p{M}\\d'’-]*\\.?)";
/** Words inside a name that are not capitalized: "Tool & Die", "Bank of America". */
const JOINER = '(?:&|and|of|the|de|du|la)';

/**
 * The verb of working and its preposition ("works at", "is employed by", "worked for"), an
 * article perhaps, then the name: one to six words, the first a capital.
 */
const EMPLOYER_RE = new RegExp(
  `\\b(?:[Ww]ork(?:s|ed|ing)?[ \\t]+(?:at|for)|[Ee]mployed[ \\t]+(?:at|by|with)|[Ee]mployee[ \\t]+of)[ \\t]+(?:the[ \\t]+)?(${NAME_WORD}(?:[ \\t]+(?:${JOINER}[ \\t]+){0,2}${NAME_WORD}){0,5})`,
  'dgu',
);
const EMPLOYER_GATE = /\b(?:work(?:s|ed|ing)?[ \t]+(?:at|for)|employe[de])/i;

/** Words that make a name a health-care organisation's, which the record keeps. */
const CARE_WORDS = new Set(
  `hospital hospitals medical medicine health healthcare clinic clinics center centre hospice infirmary
  physicians pharmacy nursing rehab rehabilitation dialysis va vamc urgent emergency surgical surgery
  trauma cardiology oncology pediatrics orthopedics dental imaging radiology laboratory laboratories lab`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);
/** Capitalized words that end a name's run: what follows the employer in a sentence. */
const STOPS = new Set(
  `since until as from in on for but with while where who which when then x i he she they his her
  now currently part full nights days weekends home night times`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);
/**
 * Abbreviations that keep their full stop inside a name ("Keller Bros. Roofing"), company forms
 * among them, and dotted initialisms ("Maasdal Instruments B.V.").
 */
const ABBREVIATIONS = /^(?:(?:Bros|Co|Corp|Inc|Ltd|Pty|Plc|Mfg|Intl|St|Mt|Ft|Jr)\.|(?:\p{Lu}\.){2,})$/u;

function bare(word: string): string {
  return word.toLowerCase().replace(/[.'’]+s?$/, '');
}

const TRAILING_JOINER = new RegExp(`^${JOINER}$`);

/**
 * How much of the run `name` is the employer's name: up to a stop word or a sentence's full stop
 * (an abbreviation's stays inside), no joiner at its end; 0 when it holds a health-care word.
 */
function employerLength(name: string): number {
  let end = 0;
  let lastEnd = 0;
  for (const m of name.matchAll(/\S+/g)) {
    const w = m[0];
    if (STOPS.has(w.toLowerCase())) break;
    if (CARE_WORDS.has(bare(w))) return 0;
    const wordEnd = (m.index ?? 0) + w.length;
    if (!TRAILING_JOINER.test(w)) end = wordEnd;
    lastEnd = wordEnd;
    if (w.endsWith('.') && !ABBREVIATIONS.test(w)) {
      if (end === lastEnd) end--;
      break;
    }
  }
  return end;
}

export const employers: Detector = {
  id: 'employer',
  types: ['other_id'],
  run(ctx: ScanContext) {
    if (ctx.skip?.has('other_id') || !ctx.hasUpper || !ctx.test(EMPLOYER_GATE)) return;
    EMPLOYER_RE.lastIndex = 0;
    for (let m = EMPLOYER_RE.exec(ctx.text); m !== null; m = EMPLOYER_RE.exec(ctx.text)) {
      const at = m.indices?.[1];
      if (at === undefined) continue;
      const length = employerLength(m[1] as string);
      if (length < 3) continue;
      ctx.out.push({ start: at[0], end: at[0] + length, type: 'other_id', ruleId: 'employer' });
    }
  },
};
