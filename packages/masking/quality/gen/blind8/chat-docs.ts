/** Blind split 8: telehealth and chatbot transcripts, with per-line times and speaker tags. SYNTHETIC DATA ONLY. */
import type { Gen } from '../context';
import { type Frag, join, keep, type Piece, phi, t } from '../fragment';
import { email, ipv4, ipv6, memberId, personalUrl, photoName, ssn, typedPhone, usPhone } from './ids';
import { code, dose, eponymDx, eponymExam, hospital, lab, pain, uuid, version } from './vocab';
import { ageAt, ageSpan, birth, clockRun, recent, typedDob, usDate } from './when';
import { typedAddress, usAddress, usPlace } from './where';
import { clinician, fullName, nameForm, nm, titled, who } from './who';

/** Lines "[10:42:07] SPEAKER: text" with increasing clock times. */
function transcript(g: Gen, lines: [Piece, Piece][], bracket = g.chance(0.6)): Frag {
  const times = clockRun(g, lines.length);
  return join(
    lines.map(([who, text], i) => {
      const at = times[i] as string;
      return bracket
        ? t`[${keep('timestamp', at)}] ${who}: ${text}`
        : t`${keep('timestamp', at.slice(0, 5))}  ${who}> ${text}`;
    }),
    '\n',
  );
}

function videoVisitTranscript(g: Gen): Frag {
  const pt = who(g);
  const doc = who(g);
  const dob = birth(g);
  const visit = recent(g);
  const place = usPlace(g);
  const [analyte, value] = lab(g);
  const drName = g.chance(0.5) ? t`Dr. ${nm(doc.family)}` : t`${nm(doc.given.toUpperCase())}`;
  const ptTag: Piece = g.pick<Piece>([
    'PATIENT',
    'Pt',
    nm(pt.given.toUpperCase()),
    nm(`${pt.given[0]}${pt.family[0]}`.toUpperCase()),
  ]);
  const lines: [Piece, Piece][] = [
    [drName, t`Hi, can you hear me ok? Before we start can you confirm your full name and date of birth`],
    [ptTag, t`yes its ${nameForm(g, pt)}, ${typedDob(g, dob)}`],
    [drName, t`Thank you. And you're at home today? What address should I put in case we lose connection?`],
    [ptTag, t`${usAddress(g, place, false)}`],
    [drName, t`Great. I see your ${analyte} came back at ${value}, and we started ${dose(g)} last visit.`],
    [ptTag, t`the pain is maybe ${pain(g)} now, down from ${pain(g)}`],
    [
      drName,
      t`Good. I'd like you to keep the ${dose(g)} and we'll recheck in ${g.int(2, 8)} weeks. Best number to reach you?`,
    ],
    [
      ptTag,
      t`${typedPhone(g)} or my ${g.pick(['husband', 'wife', 'son', 'daughter'])} ${nm(who(g).given)} at ${usPhone(g)}`,
    ],
  ];
  if (g.chance(0.5))
    lines.push([drName, t`I'll send the summary to your portal. Diagnosis code ${code(g, 'ICD-10')[1]}.`]);
  return t`Telehealth visit — ${g.pick(['Doxy.me', 'Zoom for Healthcare', 'Amwell', 'VSee'])} ${version(g)}
Date of service: ${usDate(g, visit)}   Patient: ${fullName(pt)} (${ageSpan(ageAt(dob, visit))} y)   Provider: ${clinician(g, doc, 'MD')}
Connection: patient joined from ${g.chance(0.5) ? ipv4(g) : ipv6(g)}; provider at ${hospital(g)}

${transcript(g, lines)}
`;
}

function intakeChat(g: Gen): Frag {
  const pt = who(g);
  const dob = birth(g);
  const bot = g.pick(['Ava', 'IntakeBot', 'Penny (virtual assistant)', 'HealthBuddy']);
  const lower = (s: string): string => (g.chance(0.6) ? s.toLowerCase() : s);
  const lines: [Piece, Piece][] = [
    [bot, t`Hi! I can get you checked in. What's your full legal name?`],
    [
      'user',
      g.chance(0.5)
        ? t`${nm(lower(`${pt.given} ${pt.family}`))}`
        : t`its ${nm(lower(pt.given))} ${nm(lower(pt.family))}`,
    ],
    [bot, t`Thanks! And your date of birth?`],
    ['user', t`${g.pick(['my dob is ', 'dob ', '', 'born '])}${typedDob(g, dob)}`],
    [bot, t`Where do you live? (street, city, ZIP)`],
    ['user', t`${g.pick(['im at ', 'i live at ', '', 'address is '])}${typedAddress(g)}`],
    [bot, t`What's the best phone number for you?`],
    ['user', t`${typedPhone(g)}${g.chance(0.3) ? ' its a cell' : ''}`],
  ];
  if (g.chance(0.6)) {
    lines.push([bot, t`Do you have insurance? Please type the member ID from your card.`]);
    lines.push([
      'user',
      t`${g.pick(['umm ', '', 'ok '])}${memberId(g)} ${g.pick(['its humana', 'aetna', 'through my job', ''])}`,
    ]);
  }
  if (g.chance(0.3)) {
    lines.push([bot, 'For billing we need your Social Security number (optional).']);
    lines.push(['user', t`${g.pick(['sure ', 'ok ', ''])}${ssn(g)}`]);
  }
  if (g.chance(0.5)) {
    lines.push([bot, 'Email for your visit summary?']);
    lines.push(['user', t`${email(g, pt)}`]);
  }
  if (g.chance(0.4)) {
    lines.push([bot, 'Please upload a photo of your ID (front).']);
    lines.push(['user', t`[attachment: ${photoName(g, pt)}]`]);
  }
  lines.push([bot, t`What brings you in today?`]);
  lines.push([
    'user',
    t`${g.pick(['rash on my arms for 3 days', 'my knee gave out again', 'refill on my ', 'chest feels tight when i climb stairs'])}${g.chance(0.4) ? dose(g) : ''}`,
  ]);
  return t`${g.pick(['Chat transcript', 'CONVERSATION LOG', 'Web chat export'])} — session ${uuid(g)}
${transcript(g, lines)}
`;
}

function symptomBot(g: Gen): Frag {
  const pt = who(g);
  const [analyte, value] = lab(g);
  const lines: [Piece, Piece][] = [
    ['Bot', 'On a scale of 0 to 10, how bad is the pain right now?'],
    ['Member', t`${pain(g)}`],
    ['Bot', 'Have you taken anything for it?'],
    ['Member', t`${dose(g)} this morning and ${dose(g)} last night`],
    ['Bot', 'Any of these: fever, shortness of breath, confusion?'],
    ['Member', g.pick(['no', 'a little short of breath', 'fever 101 last night'])],
    [
      'Bot',
      t`Your last ${analyte} on file was ${value}. Based on your answers I'm connecting you to a nurse.`,
    ],
    [
      'RN',
      t`Hi ${nm(pt.given)}, this is ${clinician(g, who(g), 'RN')}. I see you have ${eponymDx(g)} on your problem list.`,
    ],
  ];
  return t`Nurse line escalation (${hospital(g)}) — triage protocol ${version(g)}
${transcript(g, lines, false)}
Disposition: ${g.pick(['urgent care within 24 h', 'ED now', 'home care advice', 'PCP in 2-3 days'])}; code ${code(g, 'CPT')[1]}
`;
}

function interpreterVisit(g: Gen): Frag {
  const pt = who(g, g.pick(['mexico', 'korea', 'turkish', 'polish', 'kenya'] as const));
  const interp = who(g);
  const lang = { mexico: 'Spanish', korea: 'Korean', turkish: 'Turkish', polish: 'Polish', kenya: 'Swahili' }[
    pt.tradition as 'mexico'
  ];
  const visit = recent(g);
  const dob = birth(g);
  const rel = who(g, pt.tradition);
  return t`INTERPRETER-ASSISTED VISIT
${titled(g, pt)} (${fullName(pt)}, DOB ${usDate(g, dob)}) seen ${usDate(g, visit)} with ${lang} interpreter ${nameForm(g, interp)}, ID #${phi('other_id', `${g.pick(['INT', 'LL', 'CY'])}${g.digits(5)}`)}, via ${g.pick(['video remote interpreting', 'phone line', 'in person'])}.
Patient's ${g.pick(['daughter', 'son', 'niece', 'husband'])} ${nm(`${rel.given} ${rel.family}`)} present but patient declined family interpretation.
Teach-back done for ${dose(g)} and ${dose(g)}; patient repeated instructions correctly.
${g.chance(0.5) ? t`Exam: ${eponymExam(g)} positive. ` : ''}A1c plan per ${code(g, 'LOINC')[1]}. Interpreter time ${g.int(12, 55)} min.
Follow-up ${usDate(g, new Date(visit.getTime() + g.int(7, 60) * 86_400_000))}; reminder call to ${usPhone(g)} in ${lang}.
${g.chance(0.3) ? t`Family shared ${personalUrl(g, rel)} for updates.` : ''}`;
}

export const CHAT_DOCS = { videoVisitTranscript, intakeChat, symptomBot, interpreterVisit };
