/** Notes in Portuguese (Brazil), French (Québec), Italian and German, mixed with English (blind split 6). */
import type { Gen } from '../context';
import { type Frag, keep, phi, t } from '../fragment';
import { after, birth, clock, dateIn, recent, timestamp } from './dates';
import { cns, codiceFiscale, cpf, email, kvnr, mrn, ramq } from './ids';
import {
  BR_FIRST,
  BR_LAST,
  DE_FIRST,
  DE_LAST,
  foreign,
  IT_FIRST,
  IT_LAST,
  JP_FIRST,
  JP_LAST,
  QC_FIRST,
  QC_LAST,
  staff,
} from './people';
import { BR_TOWNS, DE_TOWNS, IT_TOWNS, QC_TOWNS } from './places';
import { age, full, surname } from './spans';
import { code, drug, eponym, hospital, lab, uuid, version } from './vocab';

const BR_STREETS = [
  'Rua das Palmeiras',
  'Avenida Brasil',
  'Rua Sete de Setembro',
  'Travessa do Rosário',
  'Rua Barão de Jaguara',
];
const QC_STREETS = [
  'rue Saint-Hubert',
  'boulevard des Forges',
  'rue Notre-Dame Ouest',
  'chemin du Lac',
  'avenue Laviolette',
];
const IT_STREETS = [
  'Via Garibaldi',
  'Corso Vittorio Emanuele',
  'Via dei Mille',
  'Piazza Libertà',
  'Viale Mazzini',
];
const DE_STREETS = ['Lindenstraße', 'Am Mühlbach', 'Goethestraße', 'Schillerweg', 'Hauptstraße'];

const n = (g: Gen, lo: number, hi: number): number => g.int(lo, hi);

/** A Brazilian outpatient note (prontuário) with CPF, CNS and CEP. */
export function brazilNote(g: Gen): Frag {
  const p = foreign(g, BR_FIRST, BR_LAST);
  const _female = g.chance(0.5);
  const a = g.int(20, 97);
  const dob = birth(g, a, a);
  const [town, uf, cep] = g.pick(BR_TOWNS);
  const mae = foreign(g, BR_FIRST, BR_LAST);
  return t`PRONTUÁRIO — ${hospital(g)} / UBS ${g.pick(['Vila Nova', 'Jardim América', 'Centro'])}
Paciente: ${full(p)}   CPF: ${cpf(g)}   CNS: ${cns(g)}
Data de nascimento: ${g.pick([dateIn('pt', dob), phi('date', `${String(dob.d).padStart(2, '0')}/${String(dob.m).padStart(2, '0')}/${dob.y}`)])} (${age(a)} anos)   Nome da mãe: ${full(mae)}
Endereço: ${phi('street_address', `${g.pick(BR_STREETS)}, ${n(g, 10, 2400)}${g.chance(0.4) ? `, apto ${n(g, 11, 184)}` : ''}`)} — ${phi('geo', town)}/${uf} — CEP ${phi('zip', `${cep}${g.digits(2)}-${g.digits(3)}`)}
Telefone: ${phi('phone', `(${n(g, 11, 99)}) 9${g.digits(4)}-${g.digits(4)}`)}   E-mail: ${email(g, p.first, p.last)}

Consulta em ${dateIn('pt', recent(g))}: paciente refere ${g.pick(['dor torácica há 3 dias', 'febre e mialgia', 'cansaço aos esforços'])}. Hx of ${eponym(g)} (${code(g)}). Exames: ${lab(g)}, ${lab(g)}.
Conduta: ${drug(g)[0]} 1x/dia; retorno em ${dateIn('pt', after(recent(g), 14))}. Acompanhante: ${g.pick(['filha', 'esposo', 'neta'])} ${full(foreign(g, BR_FIRST, BR_LAST))}.
Dr(a). ${full(staff(g))} — CRM ${phi('license', `${g.pick(['SP', 'MG', 'PR'])} ${g.digits(6)}`, 'crm')}   Registro ${uuid(g)} ${timestamp(g)}`;
}

/** A Québec emergency or clinic note in French with the RAMQ number. */
export function quebecNote(g: Gen): Frag {
  const p = foreign(g, QC_FIRST, QC_LAST);
  const female = g.chance(0.5);
  const a = g.int(20, 99);
  const dob = birth(g, a, a);
  const [town, fsa] = g.pick(QC_TOWNS);
  const conjoint = foreign(g, QC_FIRST, QC_LAST);
  return t`${hospital(g)} — Urgence / Note d'évolution
Nom: ${phi('name', `${p.last.toUpperCase()}, ${p.first}`)}   Dossier: ${mrn(g)}   NAM (RAMQ): ${ramq(g, p.first, p.last, dob.y, dob.m, dob.d, female)}
Né${female ? 'e' : ''} le ${dateIn('fr', dob)} (${age(a)} ans)
Adresse: ${phi('street_address', `${n(g, 12, 9800)}, ${g.pick(QC_STREETS)}${g.chance(0.3) ? `, app. ${n(g, 1, 24)}` : ''}`)}, ${phi('geo', town)} (Québec) ${phi('zip', `${fsa} ${g.digits(1)}${g.letters(1, 'ABCEGHJKLMNPRSTVWXYZ')}${g.digits(1)}`)}
Tél.: ${phi('phone', `${g.pick(['819', '418', '450'])} ${g.digits(3)}-${g.digits(4)}`)}   Personne à joindre: ${full(conjoint)} (${g.pick(['conjoint', 'fille', 'fils'])}) ${phi('phone', `${g.pick(['819', '418', '450'])}-${g.digits(3)}-${g.digits(4)}`)}

Vu le ${dateIn('fr', recent(g))} à ${clock(g)}. Patient${female ? 'e' : ''} connu${female ? 'e' : ''} pour ${eponym(g)} (${code(g)}). ${lab(g)}; ${lab(g)}. ${keep('eponym', g.pick(['Signe de Lasègue', 'Signe de Rovsing']))} ${g.pick(['positif', 'négatif'])}.
Plan: ${drug(g)[0]} die; suivi avec Dre ${surname(staff(g))} (GMF ${g.pick(['des Forges', 'du Cap', 'Laviolette'])}). Patient seen with ${g.pick(['interpreter', 'his daughter', 'her son'])}; English notes follow.
Signé ${full(staff(g))}, md — ${timestamp(g)}`;
}

/** An Italian discharge letter (lettera di dimissione) with codice fiscale. */
export function italianNote(g: Gen): Frag {
  const p = foreign(g, IT_FIRST, IT_LAST);
  const female = g.chance(0.5);
  const a = g.int(20, 98);
  const dob = birth(g, a, a);
  const [town, prov, cap] = g.pick(IT_TOWNS);
  const adm = recent(g);
  return t`${hospital(g)} — U.O. ${g.pick(['Medicina Interna', 'Cardiologia', 'Geriatria'])}
LETTERA DI DIMISSIONE del ${dateIn('it', after(adm, n(g, 3, 15)))}
Paziente: ${full(p)}, nat${female ? 'a' : 'o'} a ${phi('geo', g.pick(IT_TOWNS)[0])} il ${dateIn('it', dob)} (${age(a)} anni)
C.F.: ${codiceFiscale(g, p.first, p.last, dob.y, dob.m, dob.d, female)}   Tessera sanitaria: ${phi('health_plan', `80380${g.digits(15)}`, 'tessera')}
Residenza: ${phi('street_address', `${g.pick(IT_STREETS)} ${n(g, 1, 180)}`)}, ${phi('zip', `${cap}${g.digits(2)}`)} ${phi('geo', town)} (${prov})   Tel. ${phi('phone', `${g.pick(['0825', '0832', '0372'])} ${g.digits(6)}`)}   Cell. ${phi('phone', `3${g.digits(2)} ${g.digits(7)}`)}

Ricoverat${female ? 'a' : 'o'} il ${dateIn('it', adm)} per ${eponym(g)} (${code(g)}). Esami: ${lab(g)}, ${lab(g)}. Terapia alla dimissione: ${drug(g)[0]}, ${drug(g)[0]}.
Familiare di riferimento: ${full(foreign(g, IT_FIRST, IT_LAST))} (${g.pick(['figlia', 'figlio', 'moglie', 'marito'])}). Medico curante: Dott. ${full(staff(g))}.
Il medico: ${full(staff(g))} — ${keep('organization', 'Servizio Sanitario Nazionale')} — ${timestamp(g)}`;
}

/** A German GP note (Arztbrief), some patients Japanese residents with romanized names. */
export function germanNote(g: Gen): Frag {
  const jp = g.chance(0.4);
  const p = jp ? foreign(g, JP_FIRST, JP_LAST) : foreign(g, DE_FIRST, DE_LAST);
  const a = g.int(20, 96);
  const dob = birth(g, a, a);
  const [town, plz] = g.pick(DE_TOWNS);
  const kin = foreign(g, JP_FIRST, JP_LAST);
  return t`Arztbrief — ${hospital(g)}
Patient: ${g.pick([full(p), phi('name', `${p.last}, ${p.first}`), phi('name', `${p.last.toUpperCase()} ${p.first}`)])}, geb. ${g.pick([dateIn('de', dob), phi('date', `${String(dob.d).padStart(2, '0')}.${String(dob.m).padStart(2, '0')}.${dob.y}`)])}, ${age(a)} J.
Anschrift: ${phi('street_address', `${g.pick(DE_STREETS)} ${n(g, 1, 140)}${g.pick(['', 'a', ''])}`)}, ${phi('zip', `${plz}${g.digits(2)}`)} ${phi('geo', town)}
Versichertennr.: ${kvnr(g)}   Tel.: ${phi('phone', `0${g.int(30, 999)} ${g.digits(7)}`)}

Sehr geehrte Frau Kollegin ${surname(staff(g))},
wir berichten über ${jp ? 'Herrn/Frau' : 'unsere/n gemeinsame/n Patient/in'} ${surname(p)}, stationär vom ${dateIn('de', recent(g))} bis ${dateIn('de', recent(g))}. Diagnosen: ${eponym(g)} (${code(g)}). Labor: ${lab(g)}, ${lab(g)}. Medikation: ${drug(g)[0]} 1-0-1.
${jp ? t`Interpreter (Japanese) present; daughter ${full(kin)} contactable at ${email(g, kin.first, kin.last)}.` : t`Ehefrau ${full(foreign(g, DE_FIRST, DE_LAST))} informiert.`}
Mit freundlichen Grüßen, Dr. med. ${full(staff(g))} — ${g.pick(['KIS', 'Arztbrief-Modul'])} ${version(g)}, ${timestamp(g)}`;
}
