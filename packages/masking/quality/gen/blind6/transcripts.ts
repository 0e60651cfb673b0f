/**
 * Speech-recognition transcripts (blind split 6): calls to a nurse line or billing office and
 * raw dictation, numbers and dates spoken in words, disfluencies, speaker turns.
 */
import type { Gen } from '../context';
import { type Frag, join, keep, phi, type Span, t } from '../fragment';
import { birth, clock, day, recent, spokenDate, timestamp, yearWords } from './dates';
import { account, biometric, gluedSsn, memberId, spokenPhone, spokenZip, ssn } from './ids';
import { person, relative, staff } from './people';
import { address } from './places';
import { age, cap, full, given, nick, patientAge, surname, worker } from './spans';
import { code, drug, eponym, hospital, lab, payer, SYSTEMS, uuid, version } from './vocab';

const UM = ['um', 'uh', 'er', 'uh huh', 'like', 'you know'];
const um = (g: Gen): string => (g.chance(0.5) ? `${g.pick(UM)}, ` : '');

/** A name spelled out letter by letter ("O R O U R K E"). */
function spelled(name: string): Span {
  return phi('name', [...name.replace(/[^A-Za-z]/g, '').toUpperCase()].join(' '), 'spelled');
}

/** A recorded call to a nurse advice line or billing office. */
export function callTranscript(g: Gen): Frag {
  const caller = person(g);
  const agent = staff(g);
  const a = patientAge(g, 25);
  const dob = day(g, 2024 - a, 2024 - a);
  const home = address(g, 'US');
  const forMum = g.chance(0.4);
  const mum = relative(g, caller, 'F');
  const turns: Frag[] = [
    t`AGENT: thank you for calling ${g.chance(0.5) ? payer(g) : hospital(g)} nurse line this is ${given(agent)} can I get the patient's name please`,
    forMum
      ? t`CALLER: ${um(g)}yeah it's for my mom ${full(mum)} I'm her son ${given(caller)}`
      : t`CALLER: ${um(g)}yes it's ${full(caller)}${g.chance(0.4) ? t` ${surname(caller)} is ${spelled(caller.last)}` : ''}`,
    t`AGENT: and the date of birth`,
    t`CALLER: ${um(g)}${spokenDate(g, dob)}`,
    t`AGENT: okay and can you confirm the zip code on file`,
    t`CALLER: ${spokenZip(g, home.postcode)}`,
    t`AGENT: great and a good callback number`,
    t`CALLER: ${um(g)}it's ${spokenPhone(g)}${g.chance(0.3) ? t` or the house phone ${spokenPhone(g)}` : ''}`,
    g.chance(0.5)
      ? t`AGENT: for security I also need the last four of the social or the member ID\nCALLER: the member ID is ${memberId(g)} ${um(g)}and the social is ${ssn(g)}`
      : t`AGENT: and your account number for billing\nCALLER: ${account(g)}... sorry ${um(g)}I've got it here SSN#${gluedSsn(g)} is on the letter too`,
    t`AGENT: what's going on today`,
    t`CALLER: ${forMum ? 'she' : "I've"} ${g.pick(['been dizzy since', 'had a fever since', 'fell on'])} ${g.pick(['sunday', 'the weekend', t`${spokenDate(g, recent(g))}`])} and ${um(g)}${forMum ? "she's" : "I'm"} on the ${drug(g)[0]} and ${drug(g)[0]}${g.chance(0.4) ? t`, ${forMum ? "she's" : "I'm"} ${age(a)} so` : ''}`,
    t`AGENT: okay I'm going to go through some questions${g.chance(0.3) ? t`, I see a note from ${worker(g)} about a ${eponym(g)}` : ''}`,
  ];
  return t`[${g.pick(SYSTEMS)} ${version(g)} | call ${uuid(g)} | ${timestamp(g)} | voice ID ${biometric(g)}]
${join(turns, '\n')}
[end of call ${clock(g)} — transcript confidence 0.${g.int(71, 96)}]`;
}

/** Raw dictation before editing: spoken punctuation, spoken numbers, corrections. */
export function rawDictation(g: Gen): Frag {
  const pt = person(g);
  const a = patientAge(g);
  const dob = birth(g, a, a);
  const doc = worker(g);
  const seenBy = staff(g);
  return t`${doc} dictating ${g.pick(['clinic note', 'a letter', 'an addendum'])} for ${full(pt)} ${g.pick(['that is', 'spelled', 'last name'])} ${surname(pt)} ${g.pick(['comma', ''])} date of birth ${spokenDate(g, dob)} period new paragraph ${um(g)}this ${g.pick(['lady', 'gentleman', 'patient'])} is a ${age(a)} year old ${g.pick(['with a history of', 'known to us with'])} ${eponym(g)} since ${keep('year', yearWords(g.int(1998, 2021)))} period ${g.pick(['scratch that', 'strike that', ''])} ${um(g)}seen today with ${g.pick(['his wife', 'her husband', 'her daughter', 'his son'])} ${given(relative(g, pt))} comma who ${g.pick(['drove', 'brought'])} ${g.pick(['him', 'her'])} in period new line labs colon ${lab(g)} comma ${lab(g)} period new line plan colon continue ${drug(g)[0]} ${g.pick(['b i d', 'daily', 'at night'])} period follow up with ${g.pick(['Dr.', 'doctor'])} ${surname(seenBy)} on ${spokenDate(g, recent(g))} period code ${code(g)} period ${cap(g.pick(['end of dictation', 'thank you', 'end dictation']))} ${clock(g)} job number ${g.digits(6)}`;
}

/** A voicemail left for a patient or a clinic, as the phone system transcribes it. */
export function voicemailTranscript(g: Gen): Frag {
  const caller = person(g);
  const callee = person(g);
  const fromClinic = g.chance(0.5);
  const clinician = staff(g);
  return fromClinic
    ? t`Voicemail to ${spokenPhone(g)} (${timestamp(g)}): "hi this message is for ${nick(callee)} ${surname(callee)} ${um(g)}this is ${full(clinician)} from ${hospital(g)} calling about your appointment on ${spokenDate(g, recent(g))} at ${g.pick(['nine thirty', 'two fifteen', 'ten oh five'])} please call us back on ${spokenPhone(g)} and press two and ${um(g)}have your date of birth ready thanks bye"`
    : t`Voicemail (${timestamp(g)}) from ${spokenPhone(g)}: "yeah hi it's ${nick(caller)} ${g.chance(0.6) ? t`${surname(caller)} ` : ''}${um(g)}I was in on ${spokenDate(g, recent(g))} with ${g.pick(['doctor', 'nurse'])} ${surname(clinician)} and the ${drug(g)[0]} is making me ${g.pick(['sick', 'dizzy', 'sleepy'])} ${um(g)}my birthday is ${spokenDate(g, birth(g))} and you can call me at ${spokenPhone(g)} thanks"`;
}
