/** CRM and contact-centre records of blind split 17: contacts, call cases, surveys, kiosk check-ins. */

import type { Gen } from '../context';
import { type JsonTree, keep, phi, t } from '../fragment';
import { structuredResult, toolResult } from './mcp';
import { clinician, firstName, fullName, handle, lastName, nm, scene, spell, who } from './people';
import { city, county, street, streetLine, unit, zip } from './places';
import {
  ageOf,
  biometricRef,
  cardNo,
  date,
  driversLicenseNo,
  emailOf,
  ipNo,
  memberNo,
  mrnNo,
  phoneExt,
  phoneNo,
  photoName,
  plateNo,
  portalUrl,
  recent,
  shortDate,
  ssnTyped,
  stamp,
} from './values';
import { drug, org, uuidKeep, versionOf } from './vocab';

export function b17CrmContact(g: Gen): JsonTree {
  const s = scene(g);
  const p = s.pt;
  const h = s.home;
  const contact = {
    attributes: {
      type: 'Contact',
      url: `/services/data/v61.0/sobjects/Contact/003${g.letters(12, 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789')}`,
    },
    FirstName: firstName(p),
    LastName: lastName(p),
    Birthdate: date(g, p.dob, 'iso'),
    MailingStreet: g.chance(0.5) ? t`${street(h)}${h.unit ? t`\n${unit(h)}` : ''}` : streetLine(h),
    MailingCity: city(h),
    MailingState: h.state,
    MailingPostalCode: zip(h),
    Phone: phoneNo(g),
    MobilePhone: g.chance(0.6) ? phoneNo(g) : null,
    Email: emailOf(g, p),
    Preferred_Pharmacy__c: org(g, 'pharmacy'),
    MRN__c: mrnNo(g),
    Health_Plan_ID__c: memberNo(g),
    Photo_File__c: g.chance(0.5) ? photoName(g) : null,
    Portal_Link__c: g.chance(0.5)
      ? portalUrl(g, g.pick(['my.valleyfamilymed.example', 'portal.harborchc.example']))
      : null,
    Case_Notes__c: t`${g.pick(['Spoke w/', 'Called', 'LVM for'])} ${nm(spell(p, g.pick(['first', 'first_last', 'lower'] as const)), 'note')} re ${g.pick(['balance', 'referral status', 'refill of', 'transport to appt'])} ${drug(g)}. ${s.kinRelation} ${nm(spell(s.kin, 'first_last'), 'kin')} is emergency contact (${phoneNo(g)}). Next outreach ${shortDate(g, recent(g))}.`,
    OwnerId: handle(g, s.nurse),
    LastModifiedDate: stamp(g),
  };
  return structuredResult(g, t`1 record: ${fullName(g, p)}`, {
    totalSize: 1,
    done: true,
    records: [contact],
  });
}

export function b17CallCase(g: Gen): JsonTree {
  const s = scene(g);
  const p = s.pt;
  const agent = who(g, 20, 60);
  const typed = t`pt called re ${g.pick(['bill', 'refill', 'appt', 'test results'])}. verified dob ${date(g, p.dob, g.pick(['us_short', 'us_2digit', 'us']))} and zip ${zip(s.home)}. ${g.chance(0.6) ? t`gave ${ssnTyped(g)} for the financial aid app.` : t`paid copay by card ending ${phi('account', g.digits(4), 'card_last4')}.`} cb ${phoneExt(g)} after ${g.int(2, 5)}pm. ${g.chance(0.5) ? t`voice id enrolled, ref ${biometricRef(g)}.` : ''}`;
  return toolResult(g, {
    case_id: `CS-${g.digits(8)}`,
    queue: g.pick(['Billing', 'Pharmacy Refills', 'Scheduling', 'Nurse Line']),
    ani: phoneNo(g),
    caller: {
      name: fullName(g, p, ['first_last', 'lower', 'upper']),
      relationship: g.pick(['self', 'self', 'caregiver']),
      age: ageOf(p),
    },
    verified: true,
    agent: { id: `A${g.digits(5)}`, name: nm(spell(agent, 'first_last'), 'first_last') },
    notes: typed,
    payment: g.chance(0.4)
      ? {
          card_number: cardNo(g),
          exp: `${String(g.int(1, 12)).padStart(2, '0')}/${g.int(26, 30)}`,
          amount: `${g.int(10, 400)}.00`,
        }
      : null,
    ivr_version: versionOf(g),
    opened_at: stamp(g),
    closed_at: stamp(g),
  });
}

const QUESTIONS = [
  'How likely are you to recommend us?',
  'Was the nurse courteous?',
  'Wait time acceptable?',
  'Anything else to share?',
];

export function b17Survey(g: Gen): JsonTree {
  const s = scene(g);
  const nurse = s.nurse;
  const comment = g.pick([
    () =>
      t`${nm(spell(nurse, 'first'), 'first')} at the front desk was great, ${clinician(g, s.doc)} explained everything`,
    () =>
      t`waited 2 hrs on ${shortDate(g, recent(g))}. my name is ${fullName(g, s.pt, ['first_last', 'lower'])} call me ${phoneNo(g)}`,
    () => t`parking garage was full, had to park on ${street(s.home)}`,
    () => t`nurse ${nm(nurse.last, 'last')} was rude to my ${s.kinRelation}`,
  ])();
  return toolResult(g, {
    responseId: `R_${g.letters(15, 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}`,
    recordedDate: stamp(g),
    ipAddress: ipNo(g),
    locationLatitude: phi('geo', g.f.number.float({ min: 25.8, max: 47.5 }).toFixed(4), 'latitude'),
    locationLongitude: phi('geo', (-g.f.number.float({ min: 80.2, max: 122.6 })).toFixed(4), 'longitude'),
    userAgent: t`Mozilla/5.0 (iPhone; CPU iPhone OS 17_${String(g.int(0, 6))} like Mac OS X) Survey/${versionOf(g)}`,
    embeddedData: {
      visitDate: date(g, recent(g), 'iso'),
      clinic: org(g, 'practice'),
      provider: clinician(g, s.doc),
      patientAge: ageOf(s.pt),
      patientZip: zip(s.home),
    },
    answers: [
      { q: QUESTIONS[0] as string, a: String(g.int(0, 10)) },
      { q: QUESTIONS[1] as string, a: g.pick(['Yes', 'No', 'Somewhat']) },
      { q: QUESTIONS[2] as string, a: g.pick(['Yes', 'No']) },
      { q: QUESTIONS[3] as string, a: comment },
    ],
    unitScore: keep('statistic', `top-box ${g.int(55, 95)}.${g.int(0, 9)}%`),
  });
}

export function b17KioskCheckin(g: Gen): JsonTree {
  const s = scene(g);
  const p = s.pt;
  return toolResult(g, {
    checkinId: uuidKeep(g),
    kiosk: `LOBBY-${g.int(1, 6)}`,
    firmware: versionOf(g),
    patient: { mrn: mrnNo(g), name: fullName(g, p), dob: date(g, p.dob) },
    identityVerification: {
      method: g.pick(['palm_vein', 'face_match', 'fingerprint']),
      templateRef: biometricRef(g),
      matchScore: keep('statistic', `${g.int(90, 99)}.${g.int(0, 9)}% match confidence`),
      idDocument: { type: 'drivers_license', number: driversLicenseNo(g), state: s.home.state },
      photo: photoName(g),
    },
    updatedDemographics: g.chance(0.5)
      ? {
          address: t`${streetLine(s.home)}, ${city(s.home)}, ${s.home.state} ${zip(s.home)}`,
          county: county(s.home),
        }
      : null,
    parkingValidation: g.chance(0.6) ? { plate: plateNo(g) } : null,
    copayCollected: `$${g.pick([0, 20, 35, 50])}`,
    createdAt: stamp(g),
  });
}

export const CRM_DOCS = { b17CrmContact, b17CallCase, b17Survey, b17KioskCheckin };
