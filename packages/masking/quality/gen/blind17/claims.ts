/** Payer payloads of blind split 17: claims, remittance, eligibility, prior auth, motor claims. */
import type { Gen } from '../context';
import { type JsonTree, join, phi, t } from '../fragment';
import { toolCall, toolResult } from './mcp';
import { clinician, firstName, fullName, lastName, middleName, nm, scene, spell, who } from './people';
import { city, county, street, streetLine, zip } from './places';
import {
  accountNo,
  authNo,
  claimNo,
  date,
  deaNo,
  driversLicenseNo,
  mbiNo,
  medicaidNo,
  memberNo,
  npiNo,
  phoneExt,
  phoneNo,
  plateNo,
  plusDays,
  recent,
  ssnNo,
  stamp,
  vinNo,
} from './values';
import { drug, dx, eponymOf, org, procedure, yearOf } from './vocab';

export function b17ClaimSubmission(g: Gen): JsonTree {
  const s = scene(g);
  const dependent = g.chance(0.4);
  const sub = dependent ? s.kin : s.pt;
  const dos = recent(g);
  const dxs = [dx(g), dx(g)];
  const lines = Array.from({ length: g.int(1, 4) }, (_, i) => {
    const p = procedure(g);
    return {
      line: i + 1,
      procedureCode: p.code,
      modifiers: g.chance(0.3) ? [g.pick(['25', '59', 'RT', 'LT', '95'])] : [],
      diagnosisPointers: [1],
      serviceDate: date(g, dos, g.pick(['iso', 'compact'])),
      units: '1',
      chargeAmount: p.charge.toFixed(2),
    };
  });
  return toolResult(g, {
    claim_id: claimNo(g),
    claim_frequency: '1',
    billing_provider: {
      organization: org(g, 'practice'),
      npi: npiNo(g),
      tax_id: `${g.digits(2)}-${g.digits(7)}`,
    },
    rendering_provider: { last_name: lastName(s.doc), first_name: firstName(s.doc), npi: npiNo(g) },
    payer: { name: org(g, 'payer'), payer_id: g.digits(5) },
    subscriber: {
      member_id: g.chance(0.3) ? mbiNo(g) : memberNo(g),
      last_name: lastName(sub),
      first_name: firstName(sub),
      middle_name: g.chance(0.5) ? middleName(sub) : null,
      dob: date(g, sub.dob, 'iso'),
      gender: sub.sex,
      ssn: g.chance(0.25) ? ssnNo(g) : undefined,
      address: {
        line1: streetLine(s.home),
        city: city(s.home),
        state: s.home.state,
        zip: zip(s.home),
      },
      group_number: `GRP${g.digits(6)}`,
    },
    patient: dependent
      ? {
          relationship: g.pick(['19', '01', 'child', 'spouse']),
          name: fullName(g, s.pt),
          dob: date(g, s.pt.dob),
        }
      : { relationship: '18' },
    diagnosis_codes: dxs.map((d) => d.code),
    patient_account_number: accountNo(g),
    service_lines: lines,
    total_charge: lines.reduce((sum, l) => sum + Number(l.chargeAmount), 0).toFixed(2),
    submitted_at: stamp(g),
  });
}

export function b17RemitCsv(g: Gen): JsonTree {
  const rows = Array.from({ length: g.int(2, 5) }, () => {
    const p = who(g);
    const billed = g.int(40, 900);
    const paid = Math.round(billed * g.f.number.float({ min: 0, max: 0.8 }));
    return t`${claimNo(g)},${nm(p.last.toUpperCase(), 'csv')},${nm(p.first.toUpperCase(), 'csv')},${memberNo(g)},${date(g, recent(g), g.pick(['us', 'compact']))},${procedure(g).code},${billed}.00,${paid}.00,${g.pick(['CO-45', 'PR-1', 'PR-2', 'CO-97', 'OA-23'])},${accountNo(g)}`;
  });
  const text = t`payer,${org(g, 'payer')}
check_eft,${g.digits(10)}
paid_date,${stamp(g)}
claim_id,last_name,first_name,member_id,dos,cpt,billed,paid,carc,patient_acct
${join(rows, '\n')}
`;
  return toolResult(g, text);
}

const BENEFITS = [
  'Office visit copay',
  'Specialist copay',
  'ER copay',
  'Deductible remaining',
  'OOP max met',
];

export function b17Eligibility(g: Gen): JsonTree {
  const s = scene(g);
  const start = new Date(Date.UTC(g.int(2019, 2025), g.int(0, 11), 1));
  const deps = g.chance(0.5) ? [s.kin] : [];
  return toolResult(g, {
    EligibilityResponse: {
      Payer: org(g, 'payer'),
      PlanName: g.pick(['Gold PPO 1500', 'HMO Select', 'Medicaid Managed Care', 'Medicare Advantage HMO']),
      Status: g.pick(['Active', 'Active', 'Inactive']),
      Subscriber: {
        MemberID: g.chance(0.3) ? medicaidNo(g) : memberNo(g),
        Name: fullName(g, s.pt, ['upper', 'last_comma_first', 'first_last']),
        DOB: date(g, s.pt.dob, g.pick(['compact', 'iso', 'us'])),
        Address: t`${streetLine(s.home)} ${city(s.home)} ${s.home.state} ${zip(s.home)}`,
        County: g.chance(0.5) ? county(s.home) : undefined,
        SSN: g.chance(0.5) ? ssnNo(g) : undefined,
        CoverageStart: date(g, start, 'iso'),
      },
      Dependents: deps.map((d) => ({
        Name: fullName(g, d),
        DOB: date(g, d.dob),
        Relationship: g.pick(['Spouse', 'Child', 'Other']),
        MemberSuffix: `0${g.int(1, 4)}`,
      })),
      Benefits: g
        .some(BENEFITS, 2, 4)
        .map((b) => ({ Type: b, Amount: `$${g.int(0, 6000)}`, InNetwork: true })),
      PCP: g.chance(0.6) ? { Name: clinician(g, s.doc), NPI: npiNo(g), Phone: phoneNo(g) } : null,
      TraceNumber: g.digits(12),
      RespondedAt: stamp(g),
    },
  });
}

export function b17PriorAuthArgs(g: Gen): JsonTree {
  const s = scene(g);
  const p = procedure(g);
  const d = dx(g);
  const since = yearOf(g, 2015, 2024);
  return toolCall(g, g.pick(['submit_prior_auth', 'pa.create', 'payer_prior_authorization']), {
    payer: org(g, 'payer'),
    member: { id: memberNo(g), name: fullName(g, s.pt), birth_date: date(g, s.pt.dob, 'iso') },
    requesting_provider: {
      name: clinician(g, s.doc),
      npi: npiNo(g),
      dea: g.chance(0.3) ? deaNo(g, s.doc) : undefined,
      phone: phoneExt(g),
      fax: phoneNo(g, 'fax'),
    },
    service: { code: p.code, description: p.text, units: g.int(1, 12), diagnosis: d.code },
    requested_start: date(g, plusDays(recent(g), 7), 'iso'),
    clinical_summary: t`${fullName(g, s.pt, ['first_last', 'lower'])} has ${d.text.toLowerCase()} since ${since}. Failed ${drug(g, true)} x ${g.int(6, 12)} wks and PT. Exam ${g.pick(['+', 'positive'])} ${eponymOf(g)}. Imaging ${date(g, plusDays(recent(g), -30))} at ${org(g, 'hospital')}. Pt can be reached at ${phoneNo(g)}.`,
    urgency: g.pick(['standard', 'expedited']),
    prior_auth_ref: g.chance(0.3) ? authNo(g) : undefined,
  });
}

export function b17MvaClaim(g: Gen): JsonTree {
  const s = scene(g);
  const loss = recent(g);
  const adjuster = who(g, 25, 60);
  return toolResult(g, {
    claimNumber: claimNo(g),
    lineOfBusiness: 'PIP / Med-Pay',
    lossDate: date(g, loss, g.pick(['iso', 'us'])),
    lossLocation: t`${g.pick(['near', 'parking lot at', 'in front of'])} ${street(s.home)}, ${city(s.home)}`,
    insured: {
      name: fullName(g, s.pt),
      dob: date(g, s.pt.dob),
      driversLicense: driversLicenseNo(g),
      dlState: s.home.state,
      phone: phoneNo(g),
    },
    vehicle: {
      year: yearOf(g, 2005, 2025),
      make: g.pick(['Toyota', 'Honda', 'Ford', 'Nissan', 'Chevrolet']),
      vin: vinNo(g),
      plate: plateNo(g),
    },
    injuries: [
      {
        icd10: dx(g).code,
        treatingFacility: org(g, 'hospital'),
        firstTreatment: date(g, plusDays(loss, g.int(0, 3))),
      },
    ],
    policeReport: phi('other_id', `${loss.getUTCFullYear()}-${g.digits(6)}`, 'police_report'),
    adjuster: {
      name: t`${nm(spell(adjuster, 'first_last'), 'adjuster')}`,
      phone: phoneExt(g),
      email: phi(
        'email',
        `${`${adjuster.first[0]}${adjuster.last}`.toLowerCase().replace(/[^a-z]/g, '')}@claims.example.com`,
      ),
    },
    notes: t`Recorded stmt w/ insured ${date(g, plusDays(loss, g.int(1, 5)))}: rear-ended at low speed, c/o neck pain, seen at ${org(g, 'hospital')} same day. ${s.kinRelation} ${nm(s.kin.first, 'kin')} was passenger.`,
    updated: stamp(g),
  });
}

export const CLAIM_DOCS = { b17ClaimSubmission, b17RemitCsv, b17Eligibility, b17PriorAuthArgs, b17MvaClaim };
