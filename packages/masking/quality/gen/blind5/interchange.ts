/**
 * Interchange formats of blind split 5 as text blocks: X12 837/835/270/271 transactions, DICOM
 * header dumps and C-CDA XML fragments. SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { type Frag, join, keep, type Piece, phi, t } from '../fragment';
import {
  accession,
  account,
  birthDate,
  claimId,
  date,
  deviceSerial,
  memberId,
  mrn,
  npi,
  oldAge,
  serviceDate,
  ssn,
  type Ymd,
} from './ids';
import { caretName, clinician, familyName, givenName, type Person, person } from './people';
import { address, city, phone, street, zip } from './places';
import {
  cpt,
  deviceName,
  drug,
  drugDose,
  icd10,
  icd10NoDot,
  lab,
  labValue,
  loinc,
  organization,
  snomed,
  version,
  x12Version,
  youngAge,
} from './vocab';

const up = { given: (p: Person) => givenName(p, 'upper'), family: (p: Person) => familyName(p, 'upper') };

/** NM1 of a person: NM1*IL*1*FAMILY*GIVEN*MIDDLE***MI*ID~ (a mononym fills the family slot only). */
function nm1(qualifier: string, p: Person, idQualifier: string, id: Piece): Frag {
  const given = p.mononym ? '' : up.given(p);
  const middle = p.middle && !p.mononym ? phi('name', p.middle.toUpperCase().slice(0, 1)) : '';
  return t`NM1*${qualifier}*1*${up.family(p)}*${given}*${middle}***${idQualifier}*${id}~`;
}

function n3n4(g: Gen): Frag {
  const a = address(g, 'US');
  return t`N3*${phi('street_address', a.street.toUpperCase())}~\nN4*${phi('geo', a.city.toUpperCase())}*${a.region}*${phi('zip', a.zip.replace('-', ''))}~`;
}

const d8 = (x: Ymd) => date(x, 'd8');
const two = (n: number): string => String(n).padStart(2, '0');
/** A time of day as DICOM and CDA write it (not an identifier: left unlabeled). */
const hhmmss = (g: Gen): string => `${two(g.int(7, 19))}${two(g.int(0, 59))}${two(g.int(0, 59))}`;

function envelope(g: Gen, tx: string, body: Frag): Frag {
  const yymmdd = `${String(g.int(24, 26))}${String(g.int(1, 12)).padStart(2, '0')}${String(g.int(10, 28))}`;
  const ctrl = g.digits(9);
  const sep = g.chance(0.6) ? '\n' : '';
  const lines = t`ISA*00*          *00*          *ZZ*${g.letters(8)}       *ZZ*${g.letters(6)}         *${yymmdd}*${String(g.int(1000, 2359))}*^*00501*${ctrl}*0*P*:~${sep}GS*${tx === '835' ? 'HP' : tx === '837' ? 'HC' : 'HS'}*${g.letters(6)}*${g.letters(6)}*20${yymmdd}*${String(g.int(1000, 2359))}*${String(g.int(1, 9999))}*X*${x12Version(tx)}~${sep}ST*${tx}*0001*${x12Version(tx)}~${sep}${body}${sep}SE*${g.int(18, 40)}*0001~${sep}GE*1*${String(g.int(1, 9999))}~${sep}IEA*1*${ctrl}~`;
  return lines;
}

/** A body's segments, one per line (the envelope keeps them or runs them together). */
const segs = (parts: Piece[]): Frag => join(parts, '\n');

function x837(g: Gen): Frag {
  const pt = person(g);
  const dr = clinician(g);
  const ref = clinician(g);
  const dos = serviceDate(g);
  return segs([
    t`BHT*0019*00*${g.digits(6)}*${String(dos.y)}${String(dos.m).padStart(2, '0')}15*1200*CH~`,
    t`NM1*41*2*${keep('organization', 'CEDAR RIDGE MEDICAL CENTER')}*****46*${g.letters(5)}~`,
    t`HL*1**20*1~\nHL*2*1*22*0~\nSBR*P*18*${g.letters(2)}${g.digits(5)}******CI~`,
    nm1('IL', pt, 'MI', memberId(g)),
    n3n4(g),
    t`DMG*D8*${d8(birthDate(g))}*${pt.sex}~`,
    t`REF*SY*${ssn(g, 'ssn-none')}~`,
    t`NM1*PR*2*${organization(g, 'payer')}*****PI*${g.digits(5)}~`,
    t`CLM*${account(g)}*${g.int(90, 2400)}.00***11:B:1*Y*A*Y*Y~`,
    t`DTP*431*D8*${d8(serviceDate(g))}~`,
    t`REF*G1*${phi('other_id', `PA${g.digits(8)}`, 'prior-auth')}~`,
    t`HI*ABK:${icd10NoDot(g)}*ABF:${icd10NoDot(g)}~`,
    nm1('DN', ref, 'XX', npi(g)),
    nm1('82', dr, 'XX', npi(g)),
    t`LX*1~\nSV1*HC:${cpt(g)}*${g.int(90, 900)}*UN*1***1~\nDTP*472*D8*${d8(dos)}~`,
  ]);
}

function x835(g: Gen): Frag {
  const pt = person(g);
  const dr = clinician(g);
  return segs([
    t`BPR*I*${g.int(100, 9000)}.${g.digits(2)}*C*ACH*CCP*01*${g.digits(9)}*DA*${g.digits(10)}~`,
    t`TRN*1*${g.digits(10)}*1${g.digits(9)}~`,
    t`N1*PR*${organization(g, 'payer')}~\nN1*PE*${organization(g)}*XX*${g.int(1, 2)}${g.digits(9)}~`,
    t`LX*1~\nCLP*${account(g)}*1*${g.int(100, 900)}*${g.int(20, 90)}**MC*${claimId(g)}*11*1~`,
    nm1('QC', pt, 'MI', memberId(g)),
    nm1('82', dr, 'XX', npi(g)),
    t`DTM*232*D8*${d8(serviceDate(g))}~\nDTM*233*D8*${d8(serviceDate(g))}~`,
    t`SVC*HC:${cpt(g)}*${g.int(100, 900)}*${g.int(20, 90)}**1~\nDTM*472*D8*${d8(serviceDate(g))}~`,
    t`CAS*CO*45*${g.int(10, 300)}.00~\nAMT*B6*${g.int(20, 90)}.00~`,
  ]);
}

function x27x(g: Gen, tx: '270' | '271'): Frag {
  const sub = person(g);
  const dep = person(g);
  const pcp = clinician(g);
  const withDep = g.chance(0.5);
  const parts: Piece[] = [
    t`BHT*0022*${tx === '270' ? '13' : '11'}*${g.digits(8)}*20${g.int(24, 26)}0${g.int(1, 9)}${g.int(10, 28)}*${g.int(1000, 2359)}~`,
    t`HL*1**20*1~\nNM1*PR*2*${organization(g, 'payer')}*****PI*${g.digits(5)}~`,
    t`HL*2*1*21*1~\nNM1*1P*2*${organization(g)}*****XX*${g.int(1, 2)}${g.digits(9)}~`,
    t`HL*3*2*22*${withDep ? 1 : 0}~\nTRN*1*${g.digits(8)}*9${g.digits(9)}~`,
    nm1('IL', sub, 'MI', memberId(g)),
  ];
  if (tx === '271') parts.push(n3n4(g));
  parts.push(t`DMG*D8*${d8(birthDate(g))}*${sub.sex}~`);
  if (tx === '271') {
    parts.push(
      t`DTP*346*D8*${d8(serviceDate(g))}~`,
      t`EB*1*IND*30**${keep('organization', 'BLUE MESA HEALTH PLAN')} GOLD PPO~`,
      t`EB*B*IND*98***27*${g.int(10, 60)}~\nMSG*COPAY APPLIES TO ${cpt(g)}~`,
      t`LS*2120~\n${nm1('P3', pcp, 'XX', npi(g))}\nPER*IC**TE*${phi('phone', `${g.int(2, 9)}${g.digits(9)}`)}*FX*${phi('fax', `${g.int(2, 9)}${g.digits(9)}`)}~\nLE*2120~`,
    );
  } else parts.push(t`DTP*291*D8*${d8(serviceDate(g))}~\nEQ*30~`);
  if (withDep) {
    parts.push(
      t`HL*4*3*23*0~`,
      nm1('03', dep, '', ''),
      t`INS*N*19~\nDMG*D8*${d8(birthDate(g, 2005, 2023))}*${dep.sex}~`,
    );
  }
  return segs(parts);
}

export function x12Transaction(g: Gen): Frag {
  const tx = g.pick(['837', '835', '270', '271'] as const);
  const body = tx === '837' ? x837(g) : tx === '835' ? x835(g) : x27x(g, tx);
  const intro = g.pick(['', 'Raw interchange from the clearinghouse:\n', `EDI payload (${tx}) received:\n`]);
  return t`${intro}${envelope(g, tx, body)}`;
}

type DicomStyle = 'dcmdump' | 'pydicom' | 'plain';

function dicomLine(style: DicomStyle, tag: string, vr: string, keyword: string, value: Piece): Frag {
  if (style === 'dcmdump') return t`(${tag}) ${vr} [${value}]  # ${keyword}`;
  if (style === 'pydicom') {
    return t`(${tag.replace(',', ', ')}) ${keyword.padEnd(32)} ${vr}: '${value}'`;
  }
  return t`${keyword}: ${value}`;
}

export function dicomHeader(g: Gen): Frag {
  const style = g.pick(['dcmdump', 'pydicom', 'plain'] as const);
  const pt = person(g);
  const ref = clinician(g);
  const perf = clinician(g);
  const study = serviceDate(g);
  const dob = birthDate(g);
  const a = address(g);
  const old = g.chance(0.35);
  const age = old ? oldAge(g) : youngAge(g);
  const L = (tag: string, vr: string, keyword: string, value: Piece) =>
    dicomLine(style, tag, vr, keyword, value);
  const lines: Piece[] = [
    L('0008,0020', 'DA', 'StudyDate', d8(study)),
    L('0008,0030', 'TM', 'StudyTime', hhmmss(g)),
    L('0008,0050', 'SH', 'AccessionNumber', accession(g)),
    L('0008,0060', 'CS', 'Modality', g.pick(['CT', 'MR', 'US', 'CR', 'NM'])),
    L('0008,0070', 'LO', 'Manufacturer', g.pick(['SIEMENS', 'GE MEDICAL SYSTEMS', 'CANON_MEC', 'Philips'])),
    L('0008,0080', 'LO', 'InstitutionName', organization(g, g.pick(['care', 'lab'] as const))),
    L('0008,0090', 'PN', 'ReferringPhysicianName', caretName(ref)),
    L(
      '0008,1030',
      'LO',
      'StudyDescription',
      g.pick(['CT CHEST W/O CONTRAST', 'MRI BRAIN W WO', 'US ABD COMPLETE']),
    ),
    L('0008,1050', 'PN', 'PerformingPhysicianName', caretName(perf, 'as-is')),
    L('0008,1090', 'LO', 'ManufacturerModelName', deviceName(g)),
    L('0010,0010', 'PN', 'PatientName', caretName(pt)),
    L('0010,0020', 'LO', 'PatientID', mrn(g)),
    L('0010,0030', 'DA', 'PatientBirthDate', d8(dob)),
    L('0010,0040', 'CS', 'PatientSex', pt.sex),
    L('0010,1010', 'AS', 'PatientAge', t`${keepOrPhiAge(age)}Y`),
    L('0010,1040', 'LO', 'PatientAddress', t`${street(a)}^^${city(a)}^${a.region}^${zip(a)}`),
    L('0010,2154', 'SH', 'PatientTelephoneNumbers', phone(g, a.country)),
    L('0018,1000', 'LO', 'DeviceSerialNumber', deviceSerial(g)),
    L('0018,1020', 'LO', 'SoftwareVersions', t`syngo ${version(g)}`),
    L(
      '0020,000D',
      'UI',
      'StudyInstanceUID',
      `1.2.840.113619.2.${g.digits(3)}.${g.digits(10)}.${g.digits(5)}`,
    ),
  ];
  if (g.chance(0.5)) lines.push(L('0010,1000', 'LO', 'OtherPatientIDs', mrn(g)));
  if (g.chance(0.4)) lines.push(L('0010,1060', 'PN', 'PatientMotherBirthName', caretName(person(g))));
  const header = g.pick(['', '# Dicom-Data-Set\n', 'Header of the first instance:\n']);
  return t`${header}${join(lines, '\n')}`;
}

/** DICOM writes an age as three digits: "092" is PHI over 89, "047" is kept. */
function keepOrPhiAge(age: ReturnType<typeof oldAge>): Piece {
  const padded = age.value.padStart(3, '0');
  return age.cls === 'phi' ? phi('age', padded) : keep('age_under_90', padded);
}

export function ccdaFragment(g: Gen): Frag {
  const pt = person(g);
  const guardian = person(g);
  const author = clinician(g);
  const a = address(g, g.pick(['US', 'US', 'FR', 'DE']));
  const dob = birthDate(g);
  const r = lab(g);
  const m = drug(g);
  const withGuardian = g.chance(0.4);
  const given = pt.mononym ? '' : t`<given>${givenName(pt)}</given>`;
  const middle = pt.middle ? t`<given qualifier="IN">${phi('name', pt.middle)}</given>` : '';
  const suffix = pt.suffix ? `<suffix>${pt.suffix}</suffix>` : '';
  const guardianXml = withGuardian
    ? t`
      <guardian><code code="${g.pick(['MTH', 'FTH', 'GRMTH', 'SPS'])}" codeSystem="2.16.840.1.113883.5.111"/>
        <telecom use="HP" value="tel:${phone(g, a.country)}"/>
        <guardianPerson><name><given>${givenName(guardian)}</given><family>${familyName(guardian)}</family></name></guardianPerson>
      </guardian>`
    : '';
  return t`<ClinicalDocument xmlns="urn:hl7-org:v3">
  <effectiveTime value="${date(serviceDate(g), 'd8')}${hhmmss(g)}-0500"/>
  <recordTarget>
    <patientRole>
      <id extension="${mrn(g)}" root="2.16.840.1.113883.19.5.${g.int(10, 99)}"/>
      <id extension="${ssn(g, 'ssn-none')}" root="2.16.840.1.113883.4.1"/>
      <addr use="HP"><streetAddressLine>${street(a)}</streetAddressLine><city>${city(a)}</city><state>${a.region}</state><postalCode>${zip(a)}</postalCode></addr>
      <telecom use="MC" value="tel:${phone(g, a.country)}"/>
      <patient>
        <name use="L">${given}${middle}<family>${familyName(pt)}</family>${suffix}</name>
        <administrativeGenderCode code="${pt.sex}" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="${date(dob, 'd8')}"/>${guardianXml}
      </patient>
    </patientRole>
  </recordTarget>
  <author><time value="${date(serviceDate(g), 'd8')}"/>
    <assignedAuthor><id root="2.16.840.1.113883.4.6" extension="${npi(g)}"/>
      <assignedPerson><name><prefix>Dr.</prefix><given>${givenName(author)}</given><family>${familyName(author)}</family></name></assignedPerson>
      <representedOrganization><name>${organization(g)}</name></representedOrganization>
    </assignedAuthor>
  </author>
  <component><section><title>Results</title>
    <entry><observation classCode="OBS" moodCode="EVN"><code code="${loinc(r)}" codeSystem="2.16.840.1.113883.6.1" displayName="${r.name}"/>
      <effectiveTime value="${date(serviceDate(g), 'd8')}"/><value xsi:type="PQ" value="${r.value}" unit="${r.unit}"/><text>${labValue(r)}</text></observation></entry>
  </section></component>
  <component><section><title>Medications</title>
    <text>${drugDose(m)} ${m.sig}; problem: ${icd10(g)} (SNOMED ${snomed(g)})</text>
  </section></component>
</ClinicalDocument>`;
}
