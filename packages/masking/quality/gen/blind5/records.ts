/**
 * EHR and payer API results of blind split 5, in the field-naming conventions of the systems
 * that return them (camelCase to pt_nm), with nested encounters, contacts, insurances and care
 * teams, and an identity-verification record. SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { type JsonTree, phi, t } from '../fragment';
import {
  account,
  anyDate,
  biometric,
  birthDate,
  type DateForm,
  date,
  dea,
  deviceSerial,
  email,
  ip,
  license,
  memberId,
  mrn,
  nationalId,
  npi,
  oldAge,
  photoBase64,
  photoFile,
  plate,
  serviceDate,
  ssn,
  url,
  vin,
} from './ids';
import { keyStyle } from './keys';
import { familyComma, familyName, fullName, givenName, type Person, person, randomCase } from './people';
import { address, addressLine, city, fax, phone, street, zip } from './places';
import {
  deviceName,
  drug,
  drugDose,
  icd10,
  organization,
  statistic,
  systemTime,
  uuid,
  version,
  year,
  youngAge,
} from './vocab';

/** A name object with given/family/prefix/suffix arrays, as some APIs return it. */
function nameObject(p: Person): JsonTree {
  return {
    given: p.mononym ? [] : [givenName(p), ...(p.middle ? [phi('name', p.middle)] : [])],
    family: familyName(p),
    prefix: [p.prefix],
    suffix: p.suffix ? [p.suffix] : [],
  };
}

export function ehrPatientRecord(g: Gen): JsonTree {
  const k = keyStyle(g);
  const p = person(g);
  const c = randomCase(g);
  const a = address(g);
  const dateForm = g.pick(['iso', 'us', 'd8', 'dmy'] as const satisfies readonly DateForm[]);
  const guarantor = person(g);
  const nok = person(g);
  const flat = g.chance(0.5);
  const record: Record<string, JsonTree> = flat
    ? { [k('given')]: givenName(p, c), [k('family')]: familyName(p, c) }
    : { name: nameObject(p) };
  Object.assign(record, {
    [k('dob')]: date(birthDate(g), dateForm),
    [k('sex')]: p.sex,
    [k('age')]: g.chance(0.2) ? oldAge(g) : youngAge(g),
    [k('mrn')]: mrn(g),
    [k('ssn')]: ssn(g),
    [k('addr1')]: street(a),
    [k('city')]: city(a),
    [k('state')]: a.region || a.country,
    [k('zip')]: zip(a),
    [k('phone')]: phone(g, a.country),
    [k('mobile')]: phone(g, a.country),
    [k('email')]: email(g, p.given, p.family || 'pt'),
    [k('account')]: account(g),
    [k('guarantorName')]: familyComma(guarantor, c),
    [k('guarantorAddr1')]: street(address(g, 'US')),
    [k('ecName')]: fullName(nok),
    [k('ecPhone')]: phone(g),
    [k('relationship')]: g.pick(['SPO', 'DAU', 'SON', 'MTH', 'BRO']),
    [k('encounters')]: Array.from({ length: g.int(1, 3) }, () => ({
      [k('encounterId')]: phi('other_id', `${g.pick(['V', 'ENC', 'HAR'])}${g.digits(9)}`, 'visit'),
      [k('admitDate')]: date(serviceDate(g), dateForm),
      [k('dischargeDate')]: date(serviceDate(g), dateForm),
      [k('attending')]: fullName(person(g), c),
      [k('npi')]: npi(g),
      [k('dx')]: icd10(g),
      [k('facility')]: organization(g),
    })),
    [k('insurances')]: [
      {
        [k('payer')]: organization(g, 'payer'),
        [k('memberId')]: memberId(g),
        [k('groupNo')]: `G${g.digits(6)}`,
        [k('effective')]: date(serviceDate(g), dateForm),
      },
    ],
    [k('careTeam')]: [
      { [k('role')]: 'PCP', name: t`Dr. ${fullName(person(g))}`, npi: npi(g), dea: dea(g) },
      { [k('role')]: 'CM', name: fullName(person(g)), phone: phone(g), fax: fax(g) },
    ],
    [k('created')]: systemTime(g, 'iso-z'),
    [k('updated')]: systemTime(g, 'iso-ms'),
  });
  return g.chance(0.5) ? { [k('requestId')]: uuid(g), data: record } : { results: [record], count: 1 };
}

export function payerEligibility(g: Gen): JsonTree {
  const k = keyStyle(g);
  const sub = person(g);
  const dep = person(g);
  const pcp = person(g);
  const a = address(g, 'US');
  const df = g.pick(['iso', 'us', 'd8'] as const);
  return {
    [k('requestId')]: uuid(g),
    transaction: { set: '271', implementation: version(g), received: systemTime(g, 'iso-z') },
    payer: { name: organization(g, 'payer'), payerId: g.digits(5) },
    subscriber: {
      [k('memberId')]: memberId(g),
      [k('subscriberNo')]: memberId(g),
      [k('fullName')]: familyComma(sub, 'upper', ','),
      [k('dob')]: date(birthDate(g), df),
      [k('addr1')]: street(a),
      [k('city')]: city(a),
      [k('state')]: a.region,
      [k('zip')]: zip(a),
      [k('phone')]: phone(g),
    },
    dependents: g.chance(0.6)
      ? [
          {
            [k('fullName')]: fullName(dep, 'upper'),
            [k('dob')]: date(birthDate(g, 2006, 2023), df),
            [k('relationship')]: 'child',
            [k('age')]: youngAge(g),
          },
        ]
      : [],
    coverage: {
      plan: t`${organization(g, 'payer')} Silver HMO`,
      [k('effective')]: date(serviceDate(g), df),
      termDate: date(serviceDate(g), df),
      copay: { pcp: '$25', specialist: '$60' },
      deductibleMet: '$1,140.00',
    },
    pcp: {
      name: t`${fullName(pcp)}, MD`,
      npi: npi(g),
      dea: dea(g),
      phone: phone(g),
      fax: fax(g),
      address: addressLine(address(g, 'US')),
    },
    priorAuths: [
      {
        id: phi('other_id', `PA${g.digits(9)}`, 'prior-auth'),
        drug: drugDose(drug(g)),
        approvedThrough: date(serviceDate(g), df),
      },
    ],
    messages: [t`Member ${fullName(sub)} has secondary coverage; COB updated ${systemTime(g, 'offset')}`],
  };
}

export function identityVerification(g: Gen): JsonTree {
  const p = person(g);
  const a = address(g);
  const id = `${g.digits(7)}`;
  return {
    verificationId: uuid(g),
    status: g.pick(['verified', 'manual_review', 'rejected']),
    checkedAt: systemTime(g, 'iso-ms'),
    subject: {
      fullName: fullName(p, randomCase(g)),
      dateOfBirth: anyDate(g, birthDate(g)),
      address: addressLine(a),
      nationalId: nationalId(g),
      driversLicense: license(g),
      photo: { file: photoFile(g, id), contentType: 'image/jpeg', data: photoBase64(g) },
      biometrics: [
        { modality: 'fingerprint', templateId: biometric(g), quality: 'NFIQ2 71' },
        { modality: 'face', templateId: biometric(g), matcher: t`FaceMatch ${version(g)}` },
      ],
      portal: url(g, id),
      lastLoginIp: ip(g),
    },
    vehicle: { plate: plate(g), vin: vin(g), use: 'non-emergency transport' },
    implants: [
      {
        device: deviceName(g),
        serial: deviceSerial(g),
        implanted: date(serviceDate(g), 'iso'),
        since: year(g),
      },
    ],
    riskModel: { name: 'readmission-v4', performance: statistic(g) },
  };
}
