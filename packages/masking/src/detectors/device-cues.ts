/**
 * A device's product name where a note says what is done with the device rather than naming its
 * kind: after an implant's, a device's or a remote monitor's label ("Implant: Barostim Neo; UDI
 * …", "Remote monitoring: Optune Lua (device SN-75190735)"), before "implanted" after "has a"
 * ("He has a Neuronaut Hugo implanted"), before an upgrade ("discuss Vscan Air upgrade") and in
 * brackets after hearing aids ("Hearing aids (Ion endoluminal)"). One to three words, the first a
 * capital, a model's figures and letters after it; a person there is no product ("Implant: placed
 * by Ann Hale" holds a lower-case word first, a credential ends none of them).
 */

/** The product: a capitalized word, then up to two words of letters and figures ("Clarius C3 HD3", "da Vinci SP"). */
const PRODUCT = String.raw`(?:da[ ])?\p{Lu}[\p{L}\p{N}-]*(?:[ ][\p{L}\p{N}][\p{L}\p{N}-]*){0,2}`;

const AFTER_LABEL = new RegExp(
  String.raw`(?:^|\n)[ \t]*(?:Implant|Implanted device|Device|Generator|Remote monitoring|Model)[ \t]*:[ \t]*(${PRODUCT})(?=[ \t]*(?:[;,(]|\.?(?:\r?\n|$)))`,
  'dgu',
);
const BEFORE_USE = new RegExp(
  String.raw`(?:\b(?:has|had|have|with)[ \t]+(?:an?|the)[ \t]+(${PRODUCT})[ \t]+(?:implanted|placed|inserted)\b|\b(?:discuss|planned|plan|schedule|scheduled)[ \t]+(${PRODUCT})[ \t]+(?:upgrade|replacement|revision|interrogation)\b|\b[Hh]earing aids?[ \t]*\((${PRODUCT})\))`,
  'dgu',
);
const CREDENTIAL = /\b(?:MD|DO|RN|NP|PA|PA-C|CNM|LCSW|PhD|FACS|APRN|Dr)\b/;

function collect(re: RegExp, text: string, out: [number, number][]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const at = m.indices?.[1] ?? m.indices?.[2] ?? m.indices?.[3];
    if (at && !CREDENTIAL.test(text.slice(at[0], at[1]))) out.push([at[0], at[1]]);
  }
}

/** Character ranges of devices' product names that cues around them tell. */
export function deviceCueSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  if (text.includes(':') && /Implant|Device|Generator|monitoring|Model/.test(text))
    collect(AFTER_LABEL, text, out);
  if (/implanted|placed|inserted|upgrade|replacement|revision|interrogation|aids? ?\(/.test(text))
    collect(BEFORE_USE, text, out);
  return out;
}
