/** Phone triage, portal messages, after-visit summaries and telehealth records. SYNTHETIC DATA ONLY. */
import type { Gen } from '../context';
import { type Frag, join, jsonText, phi, t } from '../fragment';
import { careDay, clock, dateOf, looseDate, plusDays, shortDate } from './dates16';
import {
  addressOf,
  biometricNo,
  emailOf,
  home,
  ipNo,
  memberNo,
  mrnNo,
  phoneExt,
  phoneNo,
  portalUrl,
  staffEmail,
} from './ids16';
import { icd, lab, med, meds, org, stamp, uuidOf, versionOf, vitals } from './keeps16';
import { ageOf, anyNameOf, clinician, patient, signedName, someone, staff } from './people16';

export function triagePhoneNote(g: Gen): Frag {
  const p = patient(g, 0.2);
  const day = careDay(g);
  const rn = staff(g);
  const caller = someone(g);
  const verify = g.chance(0.4) ? t` Caller verified by voiceprint ${biometricNo(g)}.` : '';
  return t`TELEPHONE ENCOUNTER ${dateOf(g, day)} ${clock(g)}
caller: ${g.pick(['pt', 'pt daughter', 'pt husband', 'caregiver'])} ${anyNameOf(g, caller, ['lower', 'lower_first', 'full', 'first'])} cb ${phoneExt(g)}${verify}
re: ${anyNameOf(g, p, ['lower', 'full', 'last_first'])} dob ${dateOf(g, p.dob, g.pick(['m_d_yy', 'm_d_yyyy', 'mm_dd_yyyy']))}
cc ${g.pick(['fever 101.8 x2d and cough', 'dizzy after new BP med', 'swelling L leg', 'vomiting since last night', 'fell at home, hit head'])}. pt is ${ageOf(p)}.
per protocol (${g.pick(['Schmitt-Thompson adult', 'pediatric'])}): ${g.pick(['see today', 'ED now', 'home care advice', 'call 911'])}.
taking ${join(meds(g, 1, 3), ', ')}. last ${lab(g)} ${shortDate(g, plusDays(day, -g.int(5, 60)))}.
appt made w/ ${clinician(g, staff(g))} ${looseDate(g, plusDays(day, 1))} ${clock(g)}. advised to call back or go to ED if worse.
pharmacy: ${org(g, ['CVS Pharmacy', 'Walgreens Specialty Pharmacy'])} on ${g.pick(['Main', 'Route 9', 'Kedzie'])} ${phoneNo(g)}
-- ${signedName(g, rn, 'RN')}
`;
}

export function mychartPatientMessage(g: Gen): Frag {
  const p = patient(g, 0.08);
  const day = careDay(g);
  const doc = staff(g);
  const proxy = g.chance(0.3) ? someone(g) : undefined;
  const from = proxy
    ? t`${anyNameOf(g, proxy, ['full'])} (proxy for ${anyNameOf(g, p, ['full'])})`
    : anyNameOf(g, p, ['full', 'full_mi']);
  return t`MyChart message — From: ${from}
To: ${clinician(g, doc)}   Sent: ${dateOf(g, day, g.pick(['m_d_yyyy', 'mm_dd_yyyy']))} ${clock(g)}   Sender IP ${ipNo(g)}
Subject: ${g.pick(['question about my meds', 'refill', 'test results??', 'form for work', 'rash getting worse'])}

${g.pick(['hi dr', 'Hello Dr.', 'dr'])} ${phi('name', g.chance(0.5) ? doc.last.toLowerCase() : doc.last, 'dr_last')}, ${g.pick(
    [
      t`i started the ${med(g)} on ${looseDate(g, plusDays(day, -5))} and i've been dizzy. is that normal?`,
      t`can you send my ${med(g)} to the walgreens by my new place ${addressOf(g, home(g))}. thanks`,
      t`my ${lab(g)} came back, what does that mean. i'm ${ageOf(p)} so idk if thats ok`,
      t`i need a letter for my job saying i was out from ${shortDate(g, plusDays(day, -6))} to ${shortDate(g, plusDays(day, -2))}. fax is ${phoneNo(g, 'fax')}`,
    ],
  )}
you can call me ${phoneNo(g)} or email ${emailOf(g, proxy ?? p)}
${g.chance(0.5) ? t`— ${anyNameOf(g, proxy ?? p, ['lower_first', 'first'])}` : ''}

Reply link: ${portalUrl(g)}
`;
}

export function afterVisitSummary(g: Gen): Frag {
  const p = patient(g, 0.15);
  const day = careDay(g);
  const doc = staff(g);
  return t`AFTER VISIT SUMMARY
${anyNameOf(g, p, ['full', 'full_mi'])}   ${dateOf(g, day, g.pick(['long', 'abbr', 'm_d_yyyy']))}   ${org(g)}
Today you saw ${clinician(g, doc)}. Reason: ${g.pick(['Follow-up', 'Sick visit', 'Annual physical'])} (${icd(g)}).
Vitals: ${join(vitals(g).slice(0, 4), ', ')}
Your medication list:
${join(
  meds(g, 3, 6).map((m) => t`  • ${m}`),
  '\n',
)}
STOP taking: ${med(g)}
Upcoming: ${dateOf(g, plusDays(day, g.int(7, 120)), g.pick(['long', 'abbr', 'm_d_yyyy']))} at ${clock(g)} with ${clinician(g, staff(g))}
Insurance on file: ${org(g, ['Humana Gold Plus', 'Molina Healthcare', 'Ambetter'])} ${memberNo(g)}
Questions? Call ${phoneExt(g)}. MyChart: ${portalUrl(g)}
Document ID ${uuidOf(g)} · generated ${stamp(g)} · template ${versionOf(g)}
`;
}

export function telehealthVisitJson(g: Gen): Frag {
  const p = patient(g, 0.1);
  const day = careDay(g);
  const doc = staff(g);
  const h = home(g);
  return jsonText(
    {
      visitId: uuidOf(g),
      type: 'video',
      retrievedAt: stamp(g),
      patient: {
        name: t`${anyNameOf(g, p, ['full', 'last_first'])}`,
        dob: dateOf(g, p.dob, 'iso'),
        mrn: mrnNo(g),
        phone: phoneNo(g),
        email: emailOf(g, p),
        location: t`${h.street}, ${h.city}, ${h.state} ${h.zip}`,
      },
      provider: { name: t`${clinician(g, doc)}`, email: staffEmail(g, doc) },
      scheduled: t`${dateOf(g, day, 'iso')}T${String(g.int(8, 17)).padStart(2, '0')}:${g.pick(['00', '15', '30', '45'])}`,
      joinUrl: portalUrl(g),
      clientIp: ipNo(g),
      note: t`${ageOf(p)} yo seen by video for ${g.pick(['med refill', 'URI symptoms', 'BP check', 'anxiety f/u'])}; ${med(g)}. ${icd(g)}.`,
    },
    g.pick([0, 2]),
  );
}
