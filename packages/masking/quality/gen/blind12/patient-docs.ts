/** What patients and families write in blind split 12: complaints, reviews, forum posts, texts. SYNTHETIC ONLY. */
import type { Gen } from '../context';
import { type Frag, join, type Piece, phi, t } from '../fragment';
import { emailOf, ipAddr, medicareAu, mrnLocal, nhi } from './ids';
import { first, lower, patient, person } from './people';
import { addressLine, type Country, phoneOf, place } from './places';
import { spokenDate } from './spoken';
import { ageKeep, drug, lab, org, orgNamed, stamp } from './vocab';
import { ageSpan, dateOf, plusDays, recent, shortDate } from './when';

const ORG_OF: Record<Country, string> = {
  au: 'Dubbo Base Hospital',
  ie: 'Mallow General Hospital',
  us: 'Indian Health Service',
  nz: 'Te Whatu Ora Waikato',
  ca: 'Thunder Bay Regional Health Sciences Centre',
};

/** A complaint letter typed without capitals, with typos, naming staff and dates. */
function lowercaseComplaintLetter(g: Gen): Frag {
  const p = patient(g);
  const nurse = person(g, 25, 60);
  const doc = person(g, 30, 65);
  const home = place(g, g.pick(['au', 'ie', 'us'] as const));
  const order = home.country === 'us' ? 'us' : 'cw';
  const d = recent(g);
  const [relation, him] = g.pick([
    ['mother', 'her'],
    ['father', 'him'],
    ['husband', 'him'],
    ['nan', 'her'],
  ] as const);
  return t`to whom it may concern at ${orgNamed(ORG_OF[home.country])}

my name is ${lower(p)} and i am writting to complain abut the treatment of my ${relation} ${phi('name', person(g).first.toLowerCase(), 'first')} on the ${phi('date', spokenDate(g, d, false), 'spoken')}. we waited ${g.int(4, 14)} hours in the ED and nurse ${phi('name', nurse.first.toLowerCase(), 'first')} (i think ${phi('name', nurse.last.toLowerCase(), 'last')}?) told us to "stop carrying on". dr ${phi('name', doc.last.toLowerCase(), 'last')} never even examined ${him}, just gave ${drug(g)} and sent ${him} home. ${him === 'her' ? 'she' : 'he'} was back ${shortDate(g, plusDays(d, 2), order)} with a ${lab(g)}.
${him === 'her' ? 'her' : 'his'} hospital number is ${mrnLocal(g)}${home.country === 'au' ? t` and medicare ${medicareAu(g)}` : ''}.
i want a written reply to ${addressLine(home)} or email ${emailOf(g, p)} or ring me ${phoneOf(g, home.country)} after 3pm.
${lower(p)}`;
}

/** An online review of a clinic, with the site's moderation footer (IP, profile URL). */
function clinicReview(g: Gen): Frag {
  const p = patient(g);
  const doc = person(g, 30, 65);
  const handle = `${p.first
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase()}${g.pick(['_', '.', ''])}${g.int(70, 2009)}`;
  const d = recent(g);
  return t`★☆☆☆☆  "${g.pick(['never again', 'rude front desk', 'dr saved my life tbh', 'waited 3 hrs'])}"  by ${phi('other_id', handle, 'username')}
went in ${shortDate(g, d, 'us')} for my ${g.pick(['knee', 'sons ear', 'pap smear', 'back'])}. dr ${phi('name', doc.last, 'last')} is ok but the girl at the desk ${phi('name', person(g).first, 'first')} lost my paperwork twice and they billed my insurance for a ${lab(g)} i never had. im ${ageSpan(p)} not stupid. ${g.pick(['', 'they have my bday as ', 'called ur billing line '])}${g.chance(0.5) ? t`${dateOf(g, p.dob, 'us')}` : t`${phoneOf(g, 'us')}`} and nobody called back
--
profile: ${phi('url', `https://reviews.example.com/u/${handle}`, 'profile')} | posted from ${ipAddr(g)} | ${stamp(g)}`;
}

/** A health forum post by a parent, with a photo link and the forum's own metadata. */
function forumPost(g: Gen): Frag {
  const mum = person(g, 20, 45, 'female');
  const kid = person(g, 0, 12);
  const town = place(g, g.pick(['nz', 'au', 'ca'] as const));
  return t`Re: rash after ${drug(g)}?? pls help
posted by ${phi('other_id', `${mum.first.normalize('NFD').replace(/[^A-Za-z]/g, '')}_mum_of_${g.int(2, 4)}`, 'username')} » ${stamp(g)}
hi all my son ${phi('name', kid.first, 'first')} (${ageKeep(kid.age || 1)}) got the ${g.pick(['4 month', '12 month', '18 month'])} jabs on ${shortDate(g, recent(g), 'cw')} at the ${town.town} clinic and now has spots all over his tummy, pic here ${phi('url', `https://i.imgshare.example/${g.f.string.alphanumeric(7)}.jpg`, 'image')} . nurse ${phi('name', person(g).first, 'first')} said its normal but my mil says it looks like measles?? we're at ${town.street} if any1 local knows a good GP lol. ${lab(g)} this morning
[ip ${ipAddr(g)} logged by moderator]`;
}

/** An SMS thread between a midwife or clinic and a patient: short, lower-case, numbers typed loosely. */
function midwifeSmsExport(g: Gen): Frag {
  const p = person(g, 18, 42, 'female');
  const mw = person(g, 25, 60);
  const country = g.pick(['nz', 'au', 'ie'] as const);
  const appt = recent(g);
  const card = g.pick([
    ['nhi', () => nhi(g)],
    ['medicare card', () => medicareAu(g)],
    ['medical card', () => phi('health_plan', `${g.digits(6)}${g.letters(1)}`, 'gms')],
  ] as const);
  const at = (): string => `${g.int(0, 23)}:${String(g.int(0, 59)).padStart(2, '0')}`;
  const msgs: Piece[] = [
    t`[${at()}] ${first(mw)} (midwife): hi ${phi('name', p.first.toLowerCase(), 'first')} its ${phi('name', mw.first.toLowerCase(), 'first')}, just checking in. how are the tightenings?`,
    t`[${at()}] ${phoneOf(g, country)}: hey!! every 10 min ish since lunch. my waters havent gone. ${phi('name', person(g).first.toLowerCase(), 'first')} is on his way back from ${phi('geo', g.pick(['Gisborne', 'Mildura', 'Clonmel', 'Kalgoorlie']), 'city')}`,
    t`[${at()}] ${first(mw)} (midwife): ok keep timing. ring me on ${phoneOf(g, country)} when theyre 3 in 10. remember your appt ${shortDate(g, appt, 'cw')} if nothing happens`,
    t`[${at()}] ${phoneOf(g, country)}: kk. do i bring my ${card[0]}? its ${card[1]()}`,
    t`[${at()}] ${first(mw)} (midwife): all good we have it. ${lab(g)} last visit was fine x`,
  ];
  return t`SMS conversation export generated ${stamp(g)} - ${orgNamed({ nz: 'Te Whatu Ora Waikato', au: 'Mater Mothers’ Hospital', ie: 'Rotunda Hospital' }[country])} community midwives
${join(msgs, '\n')}`;
}

/** A handwritten-then-typed patient questionnaire from a disability pension claim, in the claimant's words. */
function claimantStatement(g: Gen): Frag {
  const p = patient(g);
  const home = place(g, 'au');
  const inj = recent(g);
  return t`${org(g, ['icare NSW', 'Services Australia'])} - Claimant statement (typed from handwritten form)
name: ${lower(p)}   dob: ${dateOf(g, p.dob, 'cw')}   crn: ${phi('other_id', `${g.digits(9)}${g.letters(1, 'ABCDEFGHJKLM')}`, 'crn')}
address: ${addressLine(home)}
q: describe how your condition affects you day to day
a: since the accident on ${dateOf(g, inj, 'cw')} at the ${g.pick(['abattoir', 'mine site', 'nursing home'])} i cant lift my arm over my head. my ${p.sex === 'female' ? 'husband' : 'wife'} ${phi('name', person(g, 18, 88, p.sex === 'female' ? 'male' : 'female').first, 'first')} has to help me shower. i take ${drug(g)} but it makes me foggy. ${g.pick(['my mate', 'my sister', 'my neighbour'])} ${phi('name', person(g).first, 'first')} drives me to physio at ${home.town}. my GP dr ${phi('name', person(g, 30, 65).last, 'last')} says ${lab(g)}.
q: who can we contact about you?
a: ${lower(person(g))} ${phoneOf(g, 'au')}`;
}

export const PATIENT_DOCS: Record<string, (g: Gen) => Frag> = {
  lowercaseComplaintLetter,
  clinicReview,
  forumPost,
  midwifeSmsExport,
  claimantStatement,
};
