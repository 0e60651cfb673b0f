/** Patient-written portal messages and text threads: lower case, typos, nicknames, emoji (blind split 6). */
import type { Gen } from '../context';
import { type Frag, join, phi, t } from '../fragment';
import { birth, clock, date, recent, timestamp } from './dates';
import { email, ipv4, ipv6, memberId, photo, portalUrl, sloppyPhone, ssn } from './ids';
import { person, relative, staff } from './people';
import { address } from './places';
import { age, given, nick } from './spans';
import { drug, eponym, lab, uuid, version } from './vocab';

const EMOJI = ['🙏', '😩', '😊', '🤒', '💊', '❤️', '😬', ''];
const lower = (s: string): string => s.toLowerCase();

/** A message typed into a patient portal, with the portal's own header and footer. */
export function portalMessage(g: Gen): Frag {
  const p = person(g);
  const doc = staff(g);
  const kid = relative(g, p);
  const home = address(g, 'US');
  const sent = recent(g);
  const signName = g.pick([
    nick(p),
    phi('name', lower(p.nick)),
    phi('name', `${p.nick} ${p.last}`),
    phi('name', `${lower(p.first)} ${lower(p.last)}`),
  ]);
  const body = g.pick([
    t`hi dr ${phi('name', lower(doc.last))} its ${signName} ${g.pick(EMOJI)} the ${drug(g)[0]} u gave me on ${date(g, recent(g), ['us', 'ukShort'])} is making me so dizzy i cant drive. can i stop it?? my pharmacy is the ${g.pick(['walgreens', 'cvs'])} on ${phi('street_address', home.street.toLowerCase())} . call me ${sloppyPhone(g)} after 3`,
    t`Hello, this is ${given(p)}, ${given(kid)}'s mom. ${given(kid)} has had a fever since tuesday (102.4) and a rash, pic attached ${photo(g)} ${g.pick(EMOJI)} is this ${eponym(g)}?? his bday is ${date(g, birth(g, 1, 12), ['us', 'ukShort'])} if u need it. thx`,
    t`dr ${phi('name', doc.last)} - need refill on ${drug(g)[0]} pls, also my insurance changed new member id is ${memberId(g)} and my ss# is ${ssn(g)} for the billing ppl. my email is ${email(g, p.first, p.last)} if thats easier ${g.pick(EMOJI)} - ${signName}`,
    t`so i got my results ${lab(g)} and ${lab(g)} what does that mean?? im ${age(g.int(20, 89))} and never had this. my husband ${nick(relative(g, p, 'M'))} says its nothing lol. can u call me at ${sloppyPhone(g)} or ${sloppyPhone(g)} (work) — ${signName}`,
  ]);
  return t`From: ${signName}  <${email(g, p.first, p.last)}>
To: ${g.pick(['Dr.', 'Dr'])} ${phi('name', `${doc.first} ${doc.last}`)}
Sent: ${date(g, sent, ['usLong', 'us'])} ${clock(g)}
Subject: ${g.pick(['question', 'refill', 'RE: your lab results', 'urgent!!', 'my son'])}

${body}

-- message ${uuid(g)} · submitted from ${g.chance(0.7) ? ipv4(g) : ipv6(g)} · ${g.pick(['MyChartish', 'PatientLink', 'CareConnect'])} ${version(g)} · ${timestamp(g)}${g.chance(0.3) ? t` · ${portalUrl(g)}` : ''}`;
}

/** A text-message thread between a patient and a clinic's SMS line. */
export function textThread(g: Gen): Frag {
  const p = person(g);
  const nurse = staff(g);
  const appt = recent(g);
  const me = () => phi('name', lower(p.nick));
  const msgs: Frag[] = [
    t`[${clock(g)}] CLINIC: Hi ${nick(p)}, this is ${given(nurse)} from ${g.pick([t`Dr ${phi('name', staff(g).last)}'s office`, t`the office of Dr ${phi('name', staff(g).last)}`])}. Reminder: appt ${date(g, appt, ['us', 'ukShort', 'usLong'])} at ${clock(g)}. Reply C to confirm`,
    t`[${clock(g)}] ${me()}: c ${g.pick(EMOJI)}`,
    t`[${clock(g)}] ${me()}: actually can my sister ${nick(relative(g, p, 'F'))} come w me shes my ride. her # is ${sloppyPhone(g)}`,
    t`[${clock(g)}] CLINIC: Of course! Please bring your card (member ${memberId(g)}) and DOB ${date(g, birth(g), ['us'])} will be checked at desk.`,
    t`[${clock(g)}] ${me()}: ok ty. also is ${drug(g)[0]} ok with ${eponym(g)} 🤔`,
    t`[${clock(g)}] CLINIC: ${given(nurse)} here — we'll ask the doctor and call ${sloppyPhone(g)} back today.`,
  ];
  return t`SMS thread ${uuid(g)} exported ${timestamp(g)}
${join(msgs.slice(0, g.int(4, 6)), '\n')}`;
}
