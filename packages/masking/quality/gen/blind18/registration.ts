/**
 * The registration face sheet as printed at admission: demographics, guarantor, insurance,
 * employer, emergency contact, ID scans and accident details. SYNTHETIC DATA ONLY.
 */
import type { Cast } from '../cast';
import type { Gen } from '../context';
import { type Frag, phi, t } from '../fragment';
import {
  accountValue,
  biometricValue,
  driversLicenseValue,
  email,
  memberIdValue,
  phoneValue,
  photoFile,
  plateValue,
  ssn,
  vinValue,
} from '../identifiers';
import { address, addressLine } from '../places';
import { clock, harNo, mrnNo, nurse, ptName, staff, when } from './ehr';
import { HOSPITALS, org, PAYERS } from './orgs';

function accidentBlock(g: Gen): Frag {
  if (g.chance(0.45)) return t`Accident related: N`;
  return t`Accident related: Y   Type: Auto   State: ${g.pick(['OH', 'TX', 'GA', 'MI'])}
Auto carrier claim #: ${phi('other_id', `${g.digits(2)}-${g.digits(7)}-${g.int(1, 9)}`, 'claim')}   Vehicle VIN: ${vinValue(g)}   Plate: ${plateValue(g)}`;
}

export function faceSheet(g: Gen, c: Cast): Frag {
  const r = c.relative;
  const clerk = nurse(g);
  const employer = g.pick([
    'Retired',
    'Self-employed',
    'Tri-State Logistics',
    'County School District',
    'Unemployed',
  ]);
  return t`${org(g, HOSPITALS)}                    FACE SHEET
Printed ${when(g, c.admit)} ${clock(g)}
PATIENT: ${ptName(g, c)}      MRN: ${mrnNo(g, c)}     HAR: ${harNo(g, c)}
Address: ${addressLine(g, c.addr)}   County: ${c.addr.county}
Home: ${phoneValue(g)}   Mobile: ${phoneValue(g)}   E-mail: ${email(g, c.pt.first, c.pt.last)}
DOB: ${when(g, c.pt.dob)}  Sex: ${c.pt.sex === 'female' ? 'Female' : 'Male'}  Marital: ${g.pick(['M', 'S', 'W', 'D'])}  Lang: ${g.pick(['English', 'Spanish'])}
${ssn(g)}   DL#: ${driversLicenseValue(g)}
Employer: ${employer}
ADMIT: ${when(g, c.admit)} ${clock(g)}   Type: ${g.pick(['Emergency', 'Elective', 'Urgent'])}   Attending: ${staff(g, c.attending)}
GUARANTOR: ${g.chance(0.6) ? 'Self' : t`${phi('name', `${r.last}, ${r.first}`, 'last_first')} (${c.relation})`}   Guarantor Acct: ${accountValue(g)}
PRIMARY INS: ${org(g, PAYERS)}   Subscriber ID: ${memberIdValue(g)}   Group: ${g.digits(5)}
SECONDARY: ${org(g, PAYERS)}   ID: ${memberIdValue(g)}
EMERGENCY CONTACT: ${phi('name', `${r.first} ${r.last}`, 'full')} (${c.relation})  ${phoneValue(g)}
  ${addressLine(g, address(g))}
${accidentBlock(g)}
ID scanned: ${photoFile(g, c.pt.last)}   PatientSecure palm ID: ${biometricValue(g)}
Registered by: ${phi('name', `${clerk.first[0]}${clerk.last}`.toUpperCase(), 'user_id')}`;
}
