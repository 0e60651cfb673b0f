/** Text documents of blind split 8: mostly free text people and small systems write. SYNTHETIC DATA ONLY. */
import type { Gen } from '../context';
import type { Frag } from '../fragment';
import { ASIA_AFRICA_DOCS } from './asia-africa-docs';
import { CHAT_DOCS } from './chat-docs';
import { COMMUNITY_DOCS } from './community-docs';
import { EUROPE_LATAM_DOCS } from './europe-latam-docs';
import { HOSPITAL_DOCS } from './hospital-docs';
import { LETTER_DOCS } from './letter-docs';

type Template = (g: Gen) => Frag;

export const BLIND8_TEXT_DOCS: Record<string, Template> = {
  ...CHAT_DOCS,
  ...LETTER_DOCS,
  ...COMMUNITY_DOCS,
  ...HOSPITAL_DOCS,
  ...ASIA_AFRICA_DOCS,
  ...EUROPE_LATAM_DOCS,
};
