/**
 * Schedules, reminders and conversations of blind split 10: clinic day lists and waitlists drawn
 * with pipes and spaces, SMS reminders, patient-portal messages, a support chat, a clinician's chat
 * with an AI assistant, a care team's group chat, and a message search returned as JSON text.
 * SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { type Frag, join, jsonText, phi, type Span, t } from '../fragment';
import {
  day,
  dobFor,
  dt,
  ipAddr,
  memberNo,
  mrnLabeled,
  mrnNo,
  personalEmail,
  phoneNo,
  photoName,
  plus,
  weekday,
} from './ids';
import { anAge, cptCode, drug, drugOnly, epo, icd, lab, org, ts, uuidKeep, ver, vitals, young } from './keep';
import { crowd, doc, first, full, initialLast, lastFirst, lowerFirst, mk, type P, ptName } from './people';
import { addr, addrLine } from './places';

const slug = (s: string): string => s.toLowerCase().replace(/[^a-z]/g, '');

function portalUrl(g: Gen, p: P): Span {
  return phi(
    'url',
    g.pick([
      `https://mychart.tristatehealth.example.org/MyChart/Messaging/Thread?pid=${g.digits(8)}`,
      `https://www.caringbridge.example.org/visit/${slug(p.first)}${slug(p.last)}`,
      `https://portal.mercyridge.example.org/patient/${g.digits(7)}/results`,
      `http://gofundme.example.com/f/help-${slug(p.first)}-${slug(p.last)}-recover`,
      `https://telehealth.example.net/join/${slug(p.last)}-${g.digits(5)}`,
    ]),
  );
}

function clinicDayList(g: Gen): Frag {
  const prov = mk(g);
  const d = day(g);
  const rows = Array.from({ length: g.int(4, 8) }, (_, i) => {
    const p = mk(g);
    const a = anAge(g, 2, 88);
    return t`${8 + Math.floor(i / 2)}:${i % 2 ? '30' : '00'} | ${lastFirst(p)} | ${dt(g, dobFor(g, a.n), 'us')} | ${a.span} | ${mrnNo(g)} | ${g.pick(['f/u', 'NP', 'AWV', 'post-op', 'sick'])} | ${phoneNo(g)}`;
  });
  return t`${org(g)} - SCHEDULE ${weekday(g)} ${dt(g, d)}   Provider: ${doc(g, prov)}
time  | patient | dob | age | mrn | type | phone
------+---------+-----+-----+-----+------+------
${join(rows, '\n')}
overbook ok per ${first(prov)}. ${g.pick(['Room 3 closed', 'Interpreter (Vietnamese) 10:30', 'MA out sick'])}. printed ${ts(g)}
`;
}

function smsReminders(g: Gen): Frag {
  const msgs = Array.from({ length: g.int(2, 4) }, () => {
    const p = mk(g);
    const d = day(g);
    return g.pick([
      () =>
        t`to ${phoneNo(g)}: Hi ${first(p)}, this is ${org(g)} reminding you of your appt w/ ${doc(g, mk(g))} on ${weekday(g)} ${dt(g, d, g.pick(['m_d', 'mon3_lower', 'month_ord'] as const))} at ${g.int(8, 4 + 12) % 12 || 12}:${g.pick(['00', '15', '40'])}. Reply C to confirm, R to reschedule.`,
      () =>
        t`from ${phoneNo(g)}: ${g.pick(['C', 'R', 'cant make it', 'who is this', 'STOP'])} ${g.pick(['', '- ', ''])}${g.chance(0.5) ? lowerFirst(p) : ''}`,
      () =>
        t`to ${phoneNo(g)}: ${full(p)}: your ${g.pick(['lab', 'COVID', 'flu shot', 'mammogram'])} is ${dt(g, d)}. Fasting ${g.int(8, 12)} hrs. Bring ins card (${memberNo(g)}). Questions ${phoneNo(g)}`,
    ])();
  });
  return t`SMS OUTBOX - campaign ${uuidKeep(g)} - sent ${ts(g, true)}
${join(msgs, '\n')}
`;
}

function waitlist(g: Gen): Frag {
  const rows = Array.from({ length: g.int(3, 7) }, () => {
    const p = mk(g);
    const a = anAge(g, 1, 88);
    return t`${g.pick(['[ ]', '[x]', '*', '-'])} ${ptName(g, p)}   ${a.span}${g.pick(['y', 'yo', ''])}   ${phoneNo(g)}   added ${dt(g, day(g), g.pick(['m_d', 'us_yy'] as const))}   ${g.pick(['any am', 'not fri', 'needs interpreter', 'wants Dr', 'transport via medicaid'])} ${g.chance(0.3) ? initialLast(mk(g)) : ''}`;
  });
  return t`${g.pick(['WAITLIST', 'cancellation list', 'Waitlist - new pt'])} ${g.pick(['derm', 'GI', 'ortho', 'peds', 'sleep'])} (updated ${dt(g, day(g), 'm_d')})
${join(rows, '\n')}
call in order. if no answer leave vm & move on. ${g.pick(['stats: ', 'fyi '])}${g.int(20, 90)} on list
`;
}

function portalMessage(g: Gen): Frag {
  const [p, prov, nurse] = crowd(g);
  const a = anAge(g);
  return t`MyChart message  ${uuidKeep(g)}  ${ts(g)}
From: ${full(p)} (patient)  To: ${doc(g, prov)}
Subject: ${g.pick(['question about my meds', 'rash??', 'refill', 'test results'])}

${g.pick(['Hi Dr', 'hello', 'Good morning Dr.', 'dr'])} ${first(prov)}, ${g.pick(['sorry to bother you', 'quick question', 'its me again'])}. since I started the ${drugOnly(g)} ${g.pick(['i have this rash', 'im dizzy', 'my sugars are high'])}. I attached a picture ${photoName(g, p.last)}. ${g.pick(['My husband', 'My daughter', 'My neighbor'])} ${first(mk(g))} says I should go to ER?? I'm ${a.span} and dont drive anymore. my cell is ${phoneNo(g)} or email ${personalEmail(g, p.first, p.last)}
thank you, ${lowerFirst(p)}

---- reply ----
${first(p)}, ${g.pick(['please stop the', 'hold the', 'continue the'])} ${drugOnly(g)} and ${g.pick(['come in tomorrow', 'see us friday', 'go to urgent care'])}. Your ${lab(g)} was ok. - ${full(nurse)}, RN for ${doc(g, prov)}
Audit: opened from ${ipAddr(g)} | app ${ver(g)} | ${portalUrl(g, p)}
`;
}

function supportChat(g: Gen): Frag {
  const [p, agent] = crowd(g);
  const a = addr(g, 'US');
  return t`Chat transcript ${uuidKeep(g)}  started ${ts(g)}
[bot] Welcome to ${org(g)} patient support! What's your name?
[guest] ${lowerFirst(p)}${g.chance(0.5) ? t` ${phi('name', p.last.toLowerCase(), 'lower_last')}` : ''}
[bot] Thanks! An agent will join shortly.
[${first(agent)}] Hi ${first(p)}, I'm ${first(agent)}. how can I help?
[guest] cant log in to the portal, it says my acct is locked. my email is ${personalEmail(g, p.first, p.last)}
[${first(agent)}] I can help with that. Can you verify your date of birth and zip?
[guest] ${dt(g, dobFor(g, g.int(19, 97)), g.pick(['us_bare', 'us_yy', 'mon_d_yyyy'] as const))} and ${a.zip}
[guest] also i moved, new address is ${addrLine(g, a)}
[${first(agent)}] Got it. I see login attempts from ${ipAddr(g)}, was that you?
[guest] yes thats my home wifi. my ${g.pick(['son', 'grandson', 'wife'])} ${lowerFirst(mk(g))} tried too
[${first(agent)}] Unlocked. Reset link: ${portalUrl(g, p)}
[guest] ty!! ${g.pick(['also can u tell dr', 'my appt w/ dr'])} ${lowerFirst(mk(g))} ${g.pick(['im running late', 'is it still on'])}?
[${first(agent)}] I'll pass that on. Ref ${phi('other_id', `CS-${g.digits(7)}`, 'ticket')}. Anything else?
`;
}

function aiAssistantChat(g: Gen): Frag {
  const [p, me, cons] = crowd(g);
  const a = anAge(g);
  const hcp = phoneNo(g);
  const d = day(g);
  return t`[clinician] summarize this for handoff: ${ptName(g, p)} ${a.span}${p.sex} ${mrnLabeled(g)} admitted ${dt(g, d)} for ${g.pick(['DKA', 'PNA', 'SBO', 'CHF'])}, on ${drug(g)} and ${drug(g)}. ${lab(g)}, ${lab(g)}. ${epo(g)}. ${g.pick(['wife', 'son', 'daughter'])} ${full(mk(g))} is HCP ${hcp}
[assistant] Handoff summary:
- ${initialLast(p)}, ${a.span} y/o, admitted ${dt(g, d)} (${icd(g)}).
- Meds: ${drug(g)}; monitor ${lab(g)}.
- Contact: HCP at ${hcp}.
[clinician] also add GI consult by ${doc(g, cons)} tmrw and that pt wants to go home to ${addr(g).town} by ${dt(g, plus(d, g.int(2, 6)), g.pick(['m_d', 'month_ord'] as const))}
[assistant] Added: GI consult (${doc(g, cons)}), dispo goal ${g.pick(['home', 'home w/ HH'])}. Note: ${cptCode(g)} may apply for the consult.
[clinician] thx - ${lowerFirst(me)}
model ${g.pick(['scribe-assist', 'notes-copilot'])} ${ver(g)} | session ${uuidKeep(g)}
`;
}

function careTeamChat(g: Gen): Frag {
  const [a, b, c, p, q] = crowd(g);
  const na = lowerFirst(a);
  const nb = lowerFirst(b);
  return t`#${g.pick(['4west-team', 'cardiac-stepdown', 'peds-floor', 'hh-nurses'])}  (${ts(g)})
${na}: anyone seen ${lowerFirst(p)} in ${g.int(400, 450)}? ${g.pick(['her', 'his'])} ${vitals(g)} and ${vitals(g)}
${nb}: yeah gave ${drug(g)} at ${g.int(1, 11)}. paged ${doc(g, c)}
${na}: ok. also ${lastFirst(q)} ${g.chance(0.5) ? t`(the ${phi('age', `9${g.int(0, 9)}`)}yo)` : ''} family wants update, dtr ${first(mk(g))} @ ${phoneNo(g)}
${lowerFirst(c)}: on my way. hold the ${drugOnly(g)}, get ${lab(g)} stat
${nb}: 👍 fyi ${first(q)} DOB ${dt(g, dobFor(g, g.int(70, 99)), 'us_bare')} is a fall risk, ${epo(g)} +
${na}: ${g.pick(['lol ok', 'ty', 'k'])}
`;
}

function toolResultJson(g: Gen): Frag {
  const [p, prov, rn] = crowd(g);
  const d = day(g);
  const a = anAge(g);
  return jsonText(
    {
      result: 'ok',
      query: g.pick(['messages last 7d', 'unread portal msgs', 'notes containing "fall"']),
      generated_at: ts(g),
      hits: [
        {
          id: uuidKeep(g),
          from: full(p),
          snippet: t`hi ${first(prov)} its ${lowerFirst(p)} again, ${g.pick(['still coughing', 'bp was', 'need refill of'])} ${drug(g)}. call me ${phoneNo(g)}`,
        },
        {
          id: uuidKeep(g),
          from: t`${full(rn)}, RN`,
          snippet: t`Pt ${initialLast(p)} ${a.span}yo seen ${dt(g, d)}; ${lab(g)}; ${icd(g)}. mrn ${mrnNo(g)}`,
        },
        {
          id: uuidKeep(g),
          from: 'system',
          snippet: t`${g.pick(['Appointment booked', 'Reminder sent'])} for ${dt(g, plus(d, g.int(3, 30)))} at ${org(g)}; dob on file ${dt(g, dobFor(g, a.n))}`,
        },
      ],
      age_flag: a.n > 89 ? 'over_89' : null,
      kid_age: young(g.int(1, 17)),
    },
    g.chance(0.5) ? 2 : 0,
  );
}

export const MESSAGE_DOCS: Record<string, (g: Gen) => Frag> = {
  b10_clinic_day_list: clinicDayList,
  b10_sms_reminders: smsReminders,
  b10_waitlist: waitlist,
  b10_portal_message: portalMessage,
  b10_support_chat: supportChat,
  b10_ai_assistant_chat: aiAssistantChat,
  b10_care_team_chat: careTeamChat,
  b10_message_search_json: toolResultJson,
};
