/** Transcribed speech of blind split 12: dictation, triage and call-centre calls, interpreted visits. SYNTHETIC ONLY. */
import type { Gen } from '../context';
import { type Frag, join, type Piece, phi, t } from '../fragment';
import { mrnLocal, nhi, ohip } from './ids';
import { first, full, he, his, lower, patient, person, staff } from './people';
import { addressLine, phoneOf, place } from './places';
import { spokenDate, spokenDigits, spokenTime, under100, yearWords } from './spoken';
import { code, drug, eponym, lab, org, orgNamed, stamp, uuid, version } from './vocab';
import { ageSpan, dateOf, recent } from './when';

/** Speech-recognition dictation of a clinic consult: dates, record numbers and phones spoken as words. */
function dictatedConsult(g: Gen): Frag {
  const p = patient(g);
  const doc = person(g, 32, 70);
  const cc = person(g, 30, 70);
  const seen = recent(g);
  const mrnDigits = g.digits(7);
  const zipDigits = `${g.int(10, 99)}${g.digits(3)}`;
  const phoneDigits = `${g.int(2, 9)}${g.digits(2)}${g.int(2, 9)}${g.digits(6)}`;
  const c = code(g, ['ICD-10', 'ICD-10-CA', 'ICD-11', 'SNOMED CT']);
  const age = ageSpan(p);
  return t`[Dictation ${uuid(g)} | engine ${version(g)} | received ${stamp(g)}]
this is doctor ${phi('name', doc.last, 'spoken_last')} dictating a ${g.pick(['new patient consult', 'follow up note', 'clinic letter'])} on ${lower(p)} spelled ${phi(
    'name',
    [
      ...p.last
        .normalize('NFD')
        .replace(/[^A-Za-z]/g, '')
        .toUpperCase(),
    ].join(' '),
    'spelled',
  )} date of birth ${phi('date', spokenDate(g, p.dob), 'spoken')} medical record number ${phi('mrn', spokenDigits(g, mrnDigits), 'spoken')} date of service ${phi('date', spokenDate(g, seen), 'spoken')} period new paragraph
${he(p)} is a ${age} year old ${p.sex === 'female' ? 'woman' : 'man'} referred by doctor ${phi('name', `${cc.first} ${cc.last}`.toLowerCase(), 'spoken_full')} for ${g.pick(['uncontrolled diabetes', 'recurrent falls', 'chest pain', 'a thyroid nodule'])} comma with ${g.pick(['suspected', 'known'])} ${eponym(g, ['Schamroth window test', 'Cowden syndrome', 'Marchiafava-Bignami disease'])} period ${his(p)} ${lab(g)} comma current meds include ${drug(g)} and ${drug(g)} period
assessment ${c.system} ${c.code} period plan recheck in ${under100(g.int(2, 12))} weeks period the patient can be reached at ${phi('phone', spokenDigits(g, phoneDigits), 'spoken')} comma zip code ${phi('zip', spokenDigits(g, zipDigits), 'spoken')} period
end of dictation ${phi('date', `${spokenTime(g)} ${spokenDate(g, seen, false)}`, 'spoken')}`;
}

/** A nurse-triage line call with speaker turns, as the call recorder's transcript writes it. */
function triageLineCall(g: Gen): Frag {
  const p = patient(g);
  const caller = person(g);
  const nurse = person(g, 25, 60);
  const country = g.pick(['nz', 'ca'] as const);
  const home = place(g, country);
  const callback = phoneOf(g, country);
  const line = country === 'nz' ? orgNamed('Healthline') : orgNamed('HealthLink BC');
  const idPiece: Piece = country === 'nz' ? t`NHI ${nhi(g)}` : t`health card ${ohip(g)}`;
  const dobYear = yearWords(g, p.dob.getUTCFullYear());
  return t`${line} call transcript | call ref ${uuid(g)} | exported ${stamp(g)}
NURSE: ${line}, you're speaking with ${first(nurse)}, is this call about yourself or someone else?
CALLER: um it's for my ${g.pick(['mum', 'dad', 'nan', 'koro', 'husband'])} ${first(p)}, I'm ${his(caller)} ${g.pick(['daughter', 'son', 'neighbour'])} ${full(caller)}
NURSE: okay and what's ${first(p)}'s full name and date of birth?
CALLER: ${lower(p)}, ${phi('date', `${spokenDate(g, p.dob, false)} ${dobYear}`, 'spoken')}. ${p.age > 89 ? t`${he(p)}'s ${phi('age', String(p.age))}` : t`${he(p)}'s ${ageSpan(p)}`}
NURSE: and the address ${first(p)} is at right now?
CALLER: ${addressLine(home)}
NURSE: can I grab ${his(p)} ${country === 'nz' ? 'NHI' : 'health card'} number if you've got it handy?
CALLER: yeah hang on... ${idPiece}
NURSE: what's happening today?
CALLER: ${he(p)} had a fall about an hour ago, hit ${his(p)} head, now a bit confused, there's bruising behind the ear
NURSE: bruising behind the ear can be ${eponym(g, ["Battle's sign"])}... is ${he(p)} on blood thinners?
CALLER: ${he(p)} takes ${drug(g, ['cilazapril', 'Somac', 'Palexia SR'])} and the warfarin, last ${lab(g, ['INR'])}
NURSE: okay, I'm going to get an ambulance to you. best number if we get cut off?
CALLER: ${callback}
NURSE: thanks ${first(caller)}, stay on the line. disposition: ${g.pick(['999 transfer', '111 warm transfer', 'ED within 1 hour'])}`;
}

/** A clinic visit through a phone interpreter, transcribed with speaker labels. */
function interpretedVisit(g: Gen): Frag {
  const p = patient(g);
  const clin = person(g, 30, 65);
  const interp = person(g, 25, 60);
  const lang = g.pick(['Somali', 'Ukrainian', 'Punjabi', 'Tongan', 'Vietnamese']);
  const seen = recent(g);
  const last2 = recent(g);
  return t`Interpreted encounter - ${lang}
Date: ${dateOf(g, seen, 'us')}   Patient: ${full(p)}   MRN ${mrnLocal(g)}
Interpreter: ${full(interp)} (${org(g, ['LanguageLine Solutions', 'CyraCom', 'Propio'])}), interpreter ID ${phi('other_id', String(g.int(200000, 999999)), 'interpreter')}
Clinician: ${staff(g, clin)}

DR: Please tell ${his(p)} I am going to ask about the medicines.
INTERPRETER: [${lang}] ... ${he(p)} says ${he(p)} stopped the ${drug(g)} after ${spokenDate(g, last2, false)}, because ${his(p)} son ${phi('name', g.pick(['Abdi', 'Taras', 'Manpreet', 'Siaosi', 'Khoa']), 'first')} read it was bad for kidneys.
DR: Ask when ${he(p)} was born, the chart says ${dateOf(g, p.dob, 'us')}.
INTERPRETER: ${he(p)} says the papers are wrong, ${he(p)} was born in the rainy season, ${phi('date', `${spokenDate(g, p.dob)}`, 'spoken')} is what the camp wrote.
DR: ${lab(g, ['Hb', 'BSL', 'ferritin', 'TSH'])} today. We'll also check for ${eponym(g, ['Schamroth window test'])}.
INTERPRETER: ${he(p)} asks if ${his(p)} ${g.pick(['daughter', 'nephew'])} can call you, the number is ${phoneOf(g, 'us')}.
-- interpreter session ${phi('other_id', `${g.letters(2)}-${g.digits(7)}`, 'session')} ended, ${g.int(14, 58)} min`;
}

/** A pharmacy refill line: IVR prompts and the agent's log, with spoken and typed numbers. */
function refillLineLog(g: Gen): Frag {
  const p = patient(g);
  const agent = person(g, 22, 60);
  const rx = `${g.int(1, 9)}${g.digits(6)}`;
  const turns: Piece[] = [
    t`IVR: please say or enter the prescription number. CALLER: ${phi('other_id', spokenDigits(g, rx), 'rx_spoken')}`,
    t`IVR: please say your date of birth. CALLER: ${phi('date', spokenDate(g, p.dob), 'spoken')}`,
    t`IVR: i didn't get that. transferring you to a pharmacy team member.`,
    t`AGENT ${first(agent)}: thanks for holding, can i get your name. CALLER: ${lower(p)}, it's ${phi(
      'name',
      p.last
        .replace(/[^A-Za-z]/g, '')
        .toLowerCase()
        .split('')
        .join('-'),
      'spelled',
    )}`,
    t`AGENT: and a callback number? CALLER: ${phi('phone', spokenDigits(g, `${g.int(2, 9)}${g.digits(2)}${g.int(2, 9)}${g.digits(6)}`), 'spoken')}`,
  ];
  return t`${org(g, ['Walgreens', 'CVS Pharmacy', 'Shoppers Drug Mart', 'Rite Aid'])} refill line - call log (report generated ${stamp(g)})
${join(turns, '\n')}
AGENT NOTE: refill of ${drug(g)} requested, rx #${phi('other_id', rx, 'rx')} too soon per plan, last fill ${dateOf(g, recent(g), 'us')}. pt states ${he(p)} lost bottle on the bus. routed to RPh ${full(person(g, 28, 60))}. ${g.int(2, 40)} calls waiting at time of transfer.`;
}

/** A voicemail left on a clinic line, machine-transcribed, with half-digit numbers. */
function clinicVoicemailAsr(g: Gen): Frag {
  const p = patient(g);
  const nurse = person(g, 25, 60);
  const cbDigits = `${g.int(2, 9)}${g.digits(2)}${g.int(2, 9)}${g.digits(6)}`;
  const appt = recent(g);
  return t`New voicemail from ${phi('phone', `+1${cbDigits}`, 'us')} (${g.int(5, 90)} sec) - transcription confidence ${g.pick(['low', 'medium'])}
"hi this message is for ${first(nurse)} at the ${g.pick(['prenatal', 'wound care', 'memory'])} clinic um this is ${lower(p)} my birthday is ${phi('date', spokenDate(g, p.dob), 'spoken')} I had an appointment on ${phi('date', spokenDate(g, appt, false), 'spoken')} but my ride fell through uh my number is ${phi('phone', spokenDigits(g, cbDigits), 'spoken')} again that's ${phi('phone', cbDigits.replace(/(\d{3})(\d{3})(\d{4})/, '$1 $2 $3'), 'us')} thank you bye"`;
}

export const SPOKEN_DOCS: Record<string, (g: Gen) => Frag> = {
  dictatedConsult,
  triageLineCall,
  interpretedVisit,
  refillLineLog,
  clinicVoicemailAsr,
};
