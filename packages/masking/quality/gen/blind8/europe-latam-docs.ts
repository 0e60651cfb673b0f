/** Blind split 8: Mexican and Spanish notes in Spanish, French letters, EU cross-border claims, Japanese and Korean referrals. SYNTHETIC DATA ONLY. */
import type { Gen } from '../context';
import { type Frag, keep, phi, t } from '../fragment';
import { email } from './ids';
import { bsn, curp, dniNie, intlPhone, nir, pesel, rrn, tcKimlik } from './intl';
import {
  ES_PLACES,
  FR_PLACES,
  JP_PLACES,
  KR_PLACES,
  MX_PLACES,
  NL_PLACES,
  PL_PLACES,
  TR_PLACES,
} from './lists';
import { code, dose, eponymDx, labText, org, statistic, vitals } from './vocab';
import {
  ageAt,
  ageSpan,
  birth,
  dmyDate,
  eastAsianDate,
  frenchDate,
  later,
  recent,
  spanishDate,
} from './when';
import { full, nm, who } from './who';

function mexicoNota(g: Gen): Frag {
  const pt = who(g, 'mexico');
  const [col, mun, cp] = g.pick(MX_PLACES);
  const dob = birth(g);
  const visit = recent(g);
  const [ta, fc] = vitals(g);
  return t`${org(g.pick(['IMSS', 'ISSSTE', 'Hospital Ángeles', 'Médica Sur']))} — Nota de evolución
Paciente: ${nm(full(pt).toUpperCase())}   CURP: ${curp(g, dob, pt.sex)}
NSS: ${phi('health_plan', `${g.digits(2)} ${g.digits(2)} ${g.digits(2)} ${g.digits(4)} ${g.digits(1)}`)}   Fecha de nacimiento: ${spanishDate(g, dob)} (${ageSpan(ageAt(dob, visit))} años)
Domicilio: ${phi('street_address', `${g.pick(['Calle', 'Av.', 'Privada'])} ${g.pick(['Tonalá', 'Morelos', 'Hidalgo', 'Jacarandas', 'Insurgentes Sur'])} ${g.int(10, 2999)}${g.chance(0.5) ? ` int. ${g.int(1, 12)}` : ''}`)}, ${phi('geo', col)}, ${phi('geo', mun)}, C.P. ${phi('zip', cp)}
Tel. ${intlPhone(g, 'mx')}
Fecha: ${spanishDate(g, visit)}. Paciente ${pt.sex === 'f' ? 'femenina' : 'masculino'} con ${eponymDx(g)}, TA ${ta}, FC ${fc}.
${labText(g)}. Plan: ${dose(g)} cada 8 h, ${dose(g)} c/24 h. CIE-10 ${code(g, 'ICD-10')[1]}.
Acompañante: ${g.pick(['esposa', 'hijo', 'hija', 'madre'])} ${nm(`${who(g, 'mexico').given} ${pt.family.split(' ')[0]}`)}.
Dra./Dr. ${nm(full(who(g, 'mexico')))}, Céd. Prof. ${phi('license', g.digits(8))}
`;
}

function spainInforme(g: Gen): Frag {
  const pt = who(g, 'spain');
  const [city, cp] = g.pick(ES_PLACES);
  const dob = birth(g);
  const ingreso = recent(g);
  return t`${org(g.pick(['Osakidetza', 'Hospital Clínic de Barcelona', 'Hospital Universitario Miguel Servet', 'SERGAS']))}
INFORME DE CONSULTA EXTERNA
${nm(`${pt.family}, ${pt.given}`)} — ${dniNie(g)} — NHC ${phi('mrn', g.digits(7))} — CIP ${phi('health_plan', `${g.letters(4)}${g.digits(10)}`)}
${phi('street_address', `C/ ${g.pick(['Gran Vía', 'Mayor', 'del Carmen', 'Sabino Arana'])}, ${g.int(1, 120)}, ${g.int(1, 8)}º ${g.pick(['A', 'B', 'izda.', 'dcha.'])}`)} · ${phi('zip', cp)} ${phi('geo', city)} · ${intlPhone(g, 'es')}
Fecha de nacimiento ${spanishDate(g, dob)}; visto el ${spanishDate(g, ingreso)}.
Antecedentes: ${eponymDx(g)} desde ${keep('year', String(ingreso.getUTCFullYear() - g.int(2, 15)))}. Tratamiento: ${dose(g)}, ${dose(g)}.
Analítica: ${labText(g)}; ${labText(g)}. Juicio clínico: ${code(g, 'ICD-10')[1]}.
Próxima revisión ${spanishDate(g, later(ingreso, g.int(30, 120)))}. Dra. ${nm(full(who(g, 'spain')))}, col. ${phi('license', `${g.int(10, 52)}/${g.digits(5)}`)}
`;
}

function franceCourrier(g: Gen): Frag {
  const pt = who(g, 'france');
  const [city, cp] = g.pick(FR_PLACES);
  const dob = birth(g);
  const visit = recent(g);
  const confrere = who(g, 'france');
  return t`${org(g.pick(['CHU de Rennes', 'Hospices Civils de Lyon', 'AP-HP', 'Clinique Saint-Joseph']))}, le ${frenchDate(g, visit)}

Cher confrère, ${g.chance(0.5) ? t`cher ${nm(confrere.family)},` : ''}

J'ai revu en consultation ${pt.sex === 'f' ? 'Madame' : 'Monsieur'} ${nm(`${pt.given} ${pt.family.toUpperCase()}`)}, né${pt.sex === 'f' ? 'e' : ''} le ${frenchDate(g, dob)}, demeurant ${phi('street_address', `${g.int(1, 140)}${g.pick(['', ' bis', ' ter'])} ${g.pick(['rue des Tanneurs', 'avenue Jean-Jaurès', 'impasse des Lilas', 'boulevard Gambetta'])}`)}, ${phi('zip', cp)} ${phi('geo', city)} (tél. ${intlPhone(g, 'fr')}).
N° de sécurité sociale : ${nir(g, dob, pt.sex)}; mutuelle ${org(g.pick(['MGEN', 'Harmonie Mutuelle', 'Malakoff Humanis']))}.
${pt.sex === 'f' ? 'Elle' : 'Il'} présente ${eponymDx(g)}. ${labText(g, ' à ')}. Je propose ${dose(g)} matin et soir, puis ${dose(g)}.
Dans l'étude de référence, ${statistic(g)}. Code CIM-10 ${code(g, 'ICD-10')[1]}.
Je la/le revois le ${frenchDate(g, later(visit, g.int(20, 90)))}. Bien confraternellement,
Dr ${nm(full(who(g, 'france')))} — RPPS ${phi('license', `10${g.digits(9)}`)}
`;
}

function crossBorderClaim(g: Gen): Frag {
  const country = g.pick(['nl', 'pl', 'tr'] as const);
  const pt = who(g, ({ nl: 'dutch', pl: 'polish', tr: 'turkish' } as const)[country]);
  const dob = birth(g);
  const event = recent(g);
  const [city, post, extra] =
    country === 'nl'
      ? [...g.pick(NL_PLACES), '']
      : country === 'pl'
        ? [...g.pick(PL_PLACES), '']
        : (() => {
            const [d, c, z] = g.pick(TR_PLACES);
            return [c, z, d];
          })();
  const nid =
    country === 'nl'
      ? t`BSN ${bsn(g)}`
      : country === 'pl'
        ? t`PESEL ${pesel(g, dob)}`
        : t`T.C. Kimlik No ${tcKimlik(g)}`;
  const street = {
    nl: `${g.pick(['Kerkstraat', 'Dorpsweg', 'Molenlaan'])} ${g.int(1, 220)}${g.pick(['', 'a', '-II'])}`,
    pl: `ul. ${g.pick(['Długa', 'Mickiewicza', 'Kwiatowa'])} ${g.int(1, 90)}/${g.int(1, 40)}`,
    tr: `${g.pick(['Bağdat Cad.', 'Atatürk Bulvarı', 'Gül Sok.'])} No: ${g.int(1, 120)} D: ${g.int(1, 20)}`,
  }[country];
  return t`EUROPEAN HEALTH INSURANCE CARD — cross-border treatment claim
Insured: ${nm(full(pt))}   Born ${dmyDate(g, dob)}   ${nid}
EHIC card no. ${phi('health_plan', `80${country === 'nl' ? '528' : country === 'pl' ? '616' : '792'}${g.digits(15)}`)}
Home address: ${phi('street_address', street)}, ${extra ? t`${phi('geo', extra)}, ` : ''}${phi('zip', post)} ${phi('geo', city)}   Tel ${intlPhone(g, country)}   ${email(g, pt)}
Treated abroad ${dmyDate(g, event)} - ${dmyDate(g, later(event, g.int(0, 6)))} for ${code(g, 'ICD-10')[1]} (${eponymDx(g)}).
Invoice items: ${code(g, 'CPT')[1]}, ${dose(g)}, ${labText(g)}.
Insurer: ${org(g.pick(['Zilveren Kruis', 'CZ', 'NFZ', 'SGK']))}. ${keep('statistic', `${g.int(61, 97)}%`)} of claims processed within 30 days.
`;
}

function eastAsiaReferral(g: Gen): Frag {
  const japan = g.chance(0.5);
  const pt = who(g, japan ? 'japan' : 'korea');
  const dob = birth(g);
  const visit = recent(g);
  const [ward, city, post] = g.pick(japan ? JP_PLACES : KR_PLACES);
  const addr = japan
    ? t`〒${phi('zip', post)} ${phi('geo', city)} ${phi('geo', ward)} ${phi('street_address', `${g.pick(['Kamiuma', 'Honcho', 'Kita 10-jo', 'Tenjin'])} ${g.int(1, 5)}-${g.int(1, 30)}-${g.int(1, 20)}`)}`
    : t`${phi('street_address', `${g.int(1, 300)}, ${g.pick(['Worldcup-ro', 'Centum-ro', 'Dalgubeol-daero'])} ${g.int(1, 90)}-gil`)}, ${phi('geo', ward)}, ${phi('geo', city)} ${phi('zip', post)}`;
  return t`REFERRAL LETTER (${japan ? '診療情報提供書' : '진료의뢰서'}) — ${org(japan ? g.pick(['Keio University Hospital', 'St. Luke\u2019s International Hospital Tokyo']) : g.pick(['Severance Hospital', 'Samsung Medical Center']))}
Patient: ${nm(`${pt.family.toUpperCase()} ${pt.given}`)} (${g.chance(0.5) ? t`${nm(pt.family)}-san` : t`family name ${nm(pt.family)}`})   DOB ${eastAsianDate(g, dob)}   Age ${ageSpan(ageAt(dob, visit))}
${japan ? t`Insurance card: symbol ${phi('health_plan', g.digits(8))} no. ${phi('health_plan', g.digits(3))}` : t`RRN ${rrn(g, dob, pt.sex)}`}
Address: ${addr}   Tel ${intlPhone(g, japan ? 'jp' : 'kr')}
Visit ${eastAsianDate(g, visit)}: ${eponymDx(g)} suspected. ${labText(g)}. Current meds ${dose(g)}.
Please evaluate. ${code(g, 'ICD-10')[1]}. Referring physician ${nm(`${who(g, pt.tradition).family} ${who(g, pt.tradition).given}`)}.
`;
}

export const EUROPE_LATAM_DOCS = {
  mexicoNota,
  spainInforme,
  franceCourrier,
  crossBorderClaim,
  eastAsiaReferral,
};
