/**
 * People of blind split 6: invented combinations of common given names and surnames of several
 * naming traditions (British, Irish, Australian, American, Brazilian, Québécois, Italian,
 * German, Japanese). SYNTHETIC DATA ONLY: no list entry stands for a real person.
 */
import type { Gen } from '../context';

export type Sex = 'F' | 'M';

export interface Person {
  first: string;
  last: string;
  sex: Sex;
  /** What friends and family call them ("Bobby", "Liz"); the given name when none. */
  nick: string;
}

/** Given names with the short forms people write in messages. */
const FEMALE: readonly (readonly [string, string])[] = [
  ['Elizabeth', 'Liz'],
  ['Margaret', 'Peggy'],
  ['Siobhan', 'Shiv'],
  ['Catriona', 'Cat'],
  ['Rosalind', 'Ros'],
  ['Philippa', 'Pippa'],
  ['Deborah', 'Debs'],
  ['Bernadette', 'Bernie'],
  ['Gwendolyn', 'Gwen'],
  ['Henrietta', 'Etta'],
  ['Josephine', 'Jo'],
  ['Winifred', 'Winnie'],
  ['Aoife', 'Aoife'],
  ['Niamh', 'Niamh'],
  ['Kirsty', 'Kirst'],
  ['Maureen', 'Mo'],
  ['Theodora', 'Teddie'],
  ['Harriet', 'Hattie'],
  ['Imogen', 'Immy'],
  ['Rhiannon', 'Rhi'],
  ['Sharleen', 'Shaz'],
  ['Tamsin', 'Tam'],
  ['Lorraine', 'Lorrie'],
  ['Dolores', 'Lola'],
];

const MALE: readonly (readonly [string, string])[] = [
  ['Robert', 'Bobby'],
  ['William', 'Billy'],
  ['Cornelius', 'Neil'],
  ['Desmond', 'Des'],
  ['Ignatius', 'Iggy'],
  ['Bartholomew', 'Bart'],
  ['Lachlan', 'Lachie'],
  ['Fergus', 'Fergie'],
  ['Padraig', 'Paddy'],
  ['Cormac', 'Cormac'],
  ['Angus', 'Gus'],
  ['Reginald', 'Reg'],
  ['Terence', 'Tel'],
  ['Alistair', 'Ali'],
  ['Mervyn', 'Merv'],
  ['Thaddeus', 'Tad'],
  ['Leopold', 'Leo'],
  ['Clifford', 'Cliff'],
  ['Rupert', 'Rupe'],
  ['Barnaby', 'Barney'],
  ['Declan', 'Dec'],
  ['Jarrah', 'Jarrah'],
  ['Lyndon', 'Lyn'],
  ['Wendell', 'Del'],
];

const SURNAMES = [
  "O'Rourke",
  'McGillicuddy',
  'Featherstone',
  'Ashcombe',
  'Pemberton-Lowe',
  'Nankervis',
  'Trevithick',
  'Quinlivan',
  'Ní Bhriain',
  'Mac Giolla',
  'Dunleavy',
  'Gallagher',
  'Halloran',
  'Blackwood',
  'Thistlethwaite',
  'Ormerod',
  'Wolstenholme',
  'Pennycook',
  'Kershaw',
  'Treloar',
  'Sandilands',
  'Ruddock',
  'Crombie',
  'Lusk',
  'Whitlock',
  'Fairweather',
  'Rennison',
  'Cheeseman',
  'Hallett',
  'Duckworth',
  'Stubbings',
  'Gorringe',
  'Villiers',
  'Oakenfold',
  'Prendergast',
  'Tuohy',
  'Kavanagh-Reid',
  'Mulqueen',
  'Yarwood',
  'Bracegirdle',
];

/** Names of other traditions, for the notes in other languages. */
export const BR_FIRST = [
  'Joaquim',
  'Thiago',
  'Rafaela',
  'Luíza',
  'Conceição',
  'Raimundo',
  'Iolanda',
  'Wellington',
];
export const BR_LAST = [
  'Albuquerque',
  'Magalhães',
  'Nogueira',
  'Bittencourt',
  'Figueiredo',
  'Cavalcanti',
  'Quaresma',
];
export const QC_FIRST = [
  'Ghislaine',
  'Réjean',
  'Josée',
  'Gaétan',
  'Françoise',
  'Rosaire',
  'Huguette',
  'Normand',
];
export const QC_LAST = [
  'Tremblay-Gagnon',
  'Bouchard',
  'Lévesque',
  'Thibodeau',
  'Desrosiers',
  'Pelletier',
  'Beauchemin',
];
export const IT_FIRST = [
  'Giuseppina',
  'Ottavio',
  'Annunziata',
  'Pasquale',
  'Concetta',
  'Saverio',
  'Graziella',
  'Egidio',
];
export const IT_LAST = [
  'Esposito',
  'Lombardozzi',
  'Caruso',
  'De Santis',
  'Quagliarello',
  'Mancuso',
  'Fabbri',
];
export const DE_FIRST = [
  'Hannelore',
  'Wolfgang',
  'Gudrun',
  'Dietmar',
  'Ilse',
  'Reinhold',
  'Waltraud',
  'Eckhard',
];
export const DE_LAST = ['Schäfer', 'Brinkmann', 'Obermeier', 'Kühnel', 'Zimmermann', 'Hochstätter', 'Wendt'];
export const JP_FIRST = ['Haruto', 'Yui', 'Souta', 'Mitsuko', 'Kenji', 'Aiko', 'Takumi', 'Noriko'];
export const JP_LAST = ['Takahashi', 'Watanabe', 'Yamaguchi', 'Matsumoto', 'Inoue', 'Kobayashi', 'Fujiwara'];

/** Surnames of clinicians, caseworkers, adjusters and other staff. */
const STAFF_LAST = [
  'Ashdown',
  'Balogun',
  'Chaudhry',
  'Delacroix',
  'Eversley',
  'Fenwick',
  'Gunasekara',
  'Hollinshead',
  'Iredale',
  'Jablonski',
  'Kaczmarczyk',
  'Lindqvist',
  'Mwangi',
  'Nakashima',
  'Okonkwo',
  'Papadakis',
  'Radcliffe',
  'Sutherland',
  'Tennant',
  'Underhill',
  'Vaughan-Price',
  'Wetherall',
  'Yeboah',
  'Zielinski',
];
const STAFF_FIRST = [
  'Anjali',
  'Benedikt',
  'Chidi',
  'Daria',
  'Emeka',
  'Farida',
  'Gregor',
  'Hollis',
  'Ingrid',
  'Joaquin',
  'Kamala',
  'Lorcan',
  'Meera',
  'Nikolai',
  'Oona',
  'Priya',
  'Quentin',
  'Rosalie',
  'Soren',
  'Tova',
];

export function person(g: Gen, sex?: Sex): Person {
  const s = sex ?? (g.chance(0.5) ? 'F' : 'M');
  const [first, nick] = g.pick(s === 'F' ? FEMALE : MALE);
  return { first, last: g.pick(SURNAMES), sex: s, nick };
}

/** A relative sharing the person's surname most of the time. */
export function relative(g: Gen, of: Person, sex?: Sex): Person {
  const r = person(g, sex);
  return g.chance(0.7) ? { ...r, last: of.last } : r;
}

export function staff(g: Gen): { first: string; last: string } {
  return { first: g.pick(STAFF_FIRST), last: g.pick(STAFF_LAST) };
}

export function foreign(
  g: Gen,
  first: readonly string[],
  last: readonly string[],
): { first: string; last: string } {
  return { first: g.pick(first), last: g.pick(last) };
}

export function honorific(p: Person, g: Gen): string {
  if (p.sex === 'M') return 'Mr';
  return g.pick(['Mrs', 'Ms', 'Miss']);
}

export const RANKS = ['SGT', 'SSG', 'CPL', 'SPC', 'PFC', 'LCpl', 'PO2', 'CPT', 'MSgt', 'SFC'];
