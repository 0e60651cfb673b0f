/**
 * Records agents fetch or file that carry the rarer identifiers: identity checks with biometric
 * templates, e-prescriptions with prescriber numbers, device-clinic pulls and motor claims.
 */
import { ageSpan, type Cast } from '../cast';
import type { Gen } from '../context';
import { type Frag, type JsonTree, phi, t } from '../fragment';
import {
  biometricValue,
  deaValue,
  device,
  driversLicenseValue,
  ipValue,
  memberIdValue,
  mrnValue,
  npiValue,
  otherId,
  phoneValue,
  photoFile,
  plateValue,
  serialValue,
  ssn,
  ssnValue,
  stateLicenseValue,
  udiValue,
  vinValue,
} from '../identifiers';
import { systemTimestamp, uuid, version, yearAlone } from '../keep-vocab';
import { clinicianName } from '../people';
import { toolCall, toolStructured, toolText } from './mcp';
import { code, deviceName, drug, lab, org } from './vocab';
import { dayMonth, fullName, isoDay, typedDate, typedName } from './who';

const identityCheck = (g: Gen, c: Cast): JsonTree =>
  toolStructured(g, {
    verification_id: uuid(g),
    status: g.pick(['matched', 'review', 'failed']),
    subject: {
      name: fullName(c.pt),
      dob: isoDay(c.pt.dob),
      ssn: g.chance(0.5) ? ssnValue(g) : undefined,
      document: { type: 'drivers_license', number: driversLicenseValue(g), state: c.addr.state },
    },
    biometrics: {
      face_template: biometricValue(g),
      fingerprint_template: g.chance(0.5) ? biometricValue(g) : undefined,
      selfie: g.chance(0.5) ? phi('photo', `selfie_${g.digits(10)}.jpg`, 'selfie') : photoFile(g, c.pt.last),
    },
    session: {
      ip: ipValue(g),
      user_agent: t`Mozilla/5.0 (iPhone) Mobile/15E148 Safari/${version(g)}`,
      at: systemTimestamp(g),
    },
    vendor: org(g, 'vendor'),
  });

const eRx = (g: Gen, c: Cast): JsonTree =>
  toolCall(g, g.pick(['erx.new_rx', 'surescripts_send', 'prescribe']), {
    prescriber: {
      name: fullName(c.attending),
      npi: npiValue(g),
      dea: g.chance(0.6) ? deaValue(g, c.attending.last) : undefined,
      state_license: g.chance(0.3) ? stateLicenseValue(g) : undefined,
    },
    patient: {
      name: typedName(g, c.pt),
      dob: typedDate(g, c.pt.dob, 'iso'),
      phone: phoneValue(g),
      member_id: memberIdValue(g),
      address: { line: c.addr.street, city: c.addr.city, state: c.addr.state, zip: c.addr.zip },
    },
    medication: drug(g, true),
    quantity: g.pick([30, 60, 90]),
    refills: g.int(0, 5),
    pharmacy: { name: org(g, 'pharmacy'), phone: phoneValue(g), fax: phoneValue(g, 'fax') },
    note_to_pharmacist: g.pick([
      t`pt is ${c.relation} of ${fullName(c.relative)}, same address`,
      'prior auth on file',
      '',
    ]),
  });

function deviceReport(g: Gen, c: Cast): Frag {
  return t`Remote check pulled ${typedDate(g, c.discharge)} for ${fullName(c.pt)}, ${ageSpan(g, c)}${c.pt.sex === 'female' ? 'F' : 'M'} (MRN ${mrnValue(g)})
Device: ${deviceName(g)}, implanted ${yearAlone(g)}; ${g.pick(['serial', 'S/N'])} ${serialValue(g)}
${g.chance(0.5) ? t`UDI ${udiValue(g)}` : device(g)}
Battery ${g.int(3, 12)}.${g.int(0, 9)} y; ${g.int(0, 14)} AT/AF episodes since ${dayMonth(g, c.admit)}; ${lab(g)}
Billing ${code(g, 'CPT')}; reviewed by ${clinicianName(g, c.consultant)}. Next transmission ${isoDay(c.discharge)}.
`;
}

function motorClaim(g: Gen, c: Cast): Frag {
  return t`Claim intake (assistant) - ${org(g, 'payer')}
Claimant: ${typedName(g, c.pt)}, DOB ${typedDate(g, c.pt.dob)}, ${ssn(g)}
Loss date: ${typedDate(g, c.admit)} near ${c.addr.city}; treated at ${org(g)} same day
Vehicle: ${yearAlone(g)} ${g.pick(['Honda CR-V', 'Ford F-150', 'Toyota Camry', 'Subaru Outback'])}, VIN ${vinValue(g)}, plate ${plateValue(g)}
Other driver: ${fullName(c.relative)}, DL ${driversLicenseValue(g)}, ph ${phoneValue(g)}
Claim no. ${phi('other_id', `CLM-${g.digits(9)}`, 'claim')}; policy ${phi('other_id', `${g.letters(3)}${g.digits(8)}`, 'policy')}; ${otherId(g)}
Injuries: neck and low back strain; PMH ${code(g, 'ICD-10')}; ${drug(g)} prescribed by ${clinicianName(g, c.attending)}
`;
}

const deviceFrame = (g: Gen, c: Cast): JsonTree => toolText(g, deviceReport(g, c));

export const RECORD_TEXT_DOCS = {
  'blind19-motor-claim-intake': motorClaim,
};

export const RECORD_JSON_DOCS = {
  'blind19-identity-check': identityCheck,
  'blind19-erx-call': eRx,
  'blind19-device-remote-check': deviceFrame,
};
