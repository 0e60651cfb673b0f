/**
 * The particles of family names ("van der Berg", "de la Cruz", "bin Yusof", "Ó Súilleabháin",
 * "ap Rhys"), in one place for the name detectors. Each detector takes the part its evidence
 * allows: a particle before a capitalized family name may be a short word of another language
 * ("Ferrer i Puig", "Mac an tSaoir"), one between words in lower case must be no English word, and
 * one before a name found is taken in the case the name is written in ("van der ", "De ", "VAN ").
 */

/** The particles every list holds: Dutch, German, French, Spanish and Italian ones. */
const BASE = ['van', 'von', 'der', 'den', 'de', 'la', 'le', 'da', 'du'];
/** And the Spanish "del" and the Dutch "ten", "ter" that the lists of written names add. */
const CORE = [...BASE, 'del', 'ten', 'ter'];

/** Particles inside a name on a header or patient line: "Van der Berg, Ann", "Pt: Rossi di Marco". */
export const HEADER_PARTICLES: readonly string[] = [...CORE, 'della', 'di'];

/**
 * Particles inside a family name said or written in lower case, in speech and prose: "de la
 * cruz", "van der berg", "mac giolla", "bin yusof".
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  ...BASE,
  'di',
  'mac',
  'mc',
  'ó',
  'ní',
  'bin',
  'al',
  'el',
]);

/**
 * Particles inside a bare or introduced name typed in lower case, never counted as one of its
 * words: "herb lo bianco", "amir bin yusof", "siobhan ní bhriain".
 */
export const LOWER_CASE_PARTICLES: ReadonlySet<string> = new Set([
  ...CORE,
  'di',
  'dos',
  'das',
  'do',
  'dela',
  'op',
  'lo',
  'ap',
  'bin',
  'binti',
  'ibn',
  'al',
  'el',
  'mac',
  'ó',
  'ní',
]);

/**
 * A particle before a capitalized family name, as an expression: the lower-case ones of every
 * language ("Ferrer i Puig", "van ’t Hof", "bint Khalid", "ap Rhys"), and the Māori, Irish and
 * Scottish ones that are capitalized too ("Aroha Te Whare", "Dalrath Ó Súilleabháin").
 */
export const PARTICLE_BEFORE_SURNAME = String.raw`(?:i|y|an|de|dela|delos|del|della|da|das|do|dos|du|la|le|van|von|der|den|ten|ter|te|['’]t|al|el|bin|ben|ibn|bint|mac|mc|ó|ní|nic|ap|st\.?|St\.|ST\.|Te|Ó|Ní|Nic|Mac|Uí|Ua)`;

/**
 * Particles right before a name found, each followed by one blank, as an expression anchored at
 * the end: lower case, capitalized and in capitals ("van der ", "De ", "VAN DER ", "Te ", "St. ").
 */
export const PARTICLES_BEFORE_NAME = String.raw`(?:(?:van|von|der|den|de|del|della|la|le|da|dos|du|ten|ter|Te|TE|St\.|ST\.|Van|Von|De|Da|Du|Le|La|VAN|VON|DER|DEN|DE|DEL|LA|LE|DA|DU) )+$`;

/** A particle opening the family name of a "Family, Given" pair before a given name found: "van Dyke, ⟨Ann⟩". */
export const PAIR_FAMILY_PARTICLE = String.raw`(?:van|von|der|den|de|del|la|le|da|St\.|ST\.|Te|TE|Van|De)`;
