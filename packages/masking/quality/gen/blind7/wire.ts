/** Interchange formats of blind split 7: FHIR XML and bulk NDJSON, NCPDP SCRIPT, X12 834, AAMVA scans. */
import type { Gen } from '../context';
import { type Frag, join, jsonText, keep, type Piece, phi, t } from '../fragment';
import { age, ageOf, date, day, isoDateTime, isoVisit, serviceDay, systemTimestamp } from './dates';
import {
  biometric,
  biometricId,
  dea,
  driverLicence,
  email,
  fax,
  healthPlan,
  mrn,
  npi,
  phone,
  photo,
  ssn,
} from './ids';
import { family, fullName, given } from './names';
import { clinician, person } from './people';
import { address } from './places';
import { code, drugParts, lab, labValue, loinc, payer, pharmacy, plainOrg, uuid, version } from './vocab';

const FHIR_BASE = [
  'https://fhir.brightwater-health.org/r4',
  'https://api.verityhealth.net/fhir',
  'https://ehr.tamsinvalley.org/fhir/R4',
];

export function fhirXml(g: Gen): Frag {
  const p = person(g);
  const a = address(g);
  const kind = g.pick(['Patient', 'RelatedPerson', 'Encounter'] as const);
  const meta = t`  <id value="${uuid(g)}"/>\n  <meta>\n    <versionId value="${String(g.int(1, 9))}"/>\n    <lastUpdated value="${systemTimestamp(g)}"/>\n  </meta>`;
  const nameXml = t`  <name>\n    <use value="official"/>\n    <family value="${family(p)}"/>\n    <given value="${given(p)}"/>${p.middle ? t`\n    <given value="${phi('name', p.middle)}"/>` : ''}\n  </name>`;
  const addrXml = t`  <address>\n    <line value="${a.street}"/>${a.unit ? t`\n    <line value="${a.unit}"/>` : ''}\n    <city value="${a.city}"/>\n    <district value="${a.county}"/>\n    <state value="${a.state}"/>\n    <postalCode value="${a.zip}"/>\n  </address>`;
  const telecom = t`  <telecom>\n    <system value="phone"/>\n    <value value="${phone(g)}"/>\n  </telecom>\n  <telecom>\n    <system value="email"/>\n    <value value="${email(g, p)}"/>\n  </telecom>`;
  let body: Frag;
  if (kind === 'Patient') {
    const r = person(g, false);
    body = t`<Patient xmlns="http://hl7.org/fhir">\n${meta}\n  <identifier>\n    <system value="urn:oid:2.16.840.1.113883.4.1"/>\n    <value value="${ssn(g, 'ssn-dash')}"/>\n  </identifier>\n  <identifier>\n    <type><coding><code value="MR"/></coding></type>\n    <value value="${mrn(g)}"/>\n  </identifier>\n${nameXml}\n${telecom}\n  <gender value="${p.sex === 'F' ? 'female' : 'male'}"/>\n  <birthDate value="${date(p.dob, 'iso')}"/>\n${addrXml}\n  <contact>\n    <relationship><text value="${g.pick(['daughter', 'husband', 'niece', 'guardian'])}"/></relationship>\n    <name><text value="${fullName(r)}"/></name>\n    <telecom><system value="phone"/><value value="${phone(g)}"/></telecom>\n  </contact>\n  <managingOrganization><display value="${plainOrg(g)}"/></managingOrganization>\n</Patient>`;
  } else if (kind === 'RelatedPerson') {
    const r = person(g, false);
    body = t`<RelatedPerson xmlns="http://hl7.org/fhir">\n${meta}\n  <patient>\n    <reference value="Patient/${mrn(g)}"/>\n    <display value="${fullName(p, false)}"/>\n  </patient>\n  <relationship><coding><code value="${g.pick(['DAU', 'SONC', 'WIFE', 'GRFTH'])}"/></coding></relationship>\n  <name><family value="${family(r)}"/><given value="${given(r)}"/></name>\n  <telecom><system value="phone"/><value value="${phone(g)}"/></telecom>\n  <birthDate value="${date(r.dob, 'iso')}"/>\n${addrXml}\n</RelatedPerson>`;
  } else {
    const d = clinician(g);
    const [start, end] = isoVisit(g, serviceDay(g));
    body = t`<Encounter xmlns="http://hl7.org/fhir">\n${meta}\n  <status value="finished"/>\n  <class><code value="${g.pick(['AMB', 'IMP', 'EMER'])}"/></class>\n  <subject>\n    <reference value="Patient?identifier=urn:oid:1.2.36.146.595.217.0.1|${mrn(g)}"/>\n    <display value="${fullName(p)}"/>\n  </subject>\n  <participant>\n    <individual>\n      <identifier><system value="http://hl7.org/fhir/sid/us-npi"/><value value="${npi(g)}"/></identifier>\n      <display value="${fullName(d, false)}"/>\n    </individual>\n  </participant>\n  <period>\n    <start value="${start}"/>\n    <end value="${end}"/>\n  </period>\n  <reasonCode><coding><system value="http://snomed.info/sct"/><code value="${code(g, 'snomed')}"/></coding></reasonCode>\n  <serviceProvider><display value="${plainOrg(g)}"/></serviceProvider>\n</Encounter>`;
  }
  return t`<?xml version="1.0" encoding="UTF-8"?>\n${body}`;
}

export function bulkNdjson(g: Gen): Frag {
  const base = g.pick(FHIR_BASE);
  const lines: Piece[] = [];
  const n = g.int(2, 4);
  for (let i = 0; i < n; i++) {
    const p = person(g);
    const a = address(g);
    const res = g.pick(['Patient', 'Observation', 'Coverage'] as const);
    if (res === 'Patient')
      lines.push(
        jsonText({
          resourceType: 'Patient',
          id: uuid(g),
          meta: { lastUpdated: systemTimestamp(g) },
          identifier: [{ system: `${base}/sid/mrn`, value: mrn(g) }],
          name: [{ family: family(p), given: [given(p)] }],
          birthDate: date(p.dob, 'iso'),
          telecom: [{ system: 'phone', value: phone(g) }],
          address: [
            { line: [a.street], city: a.city, district: a.county, state: a.state, postalCode: a.zip },
          ],
          ...(g.chance(0.4) ? { deceasedDateTime: isoDateTime(g, serviceDay(g)) } : {}),
        }),
      );
    else if (res === 'Observation') {
      const l = lab(g);
      lines.push(
        jsonText({
          resourceType: 'Observation',
          id: uuid(g),
          status: 'final',
          code: { coding: [{ system: 'http://loinc.org', code: loinc(l), display: l.name }] },
          subject: { reference: t`Patient/${mrn(g)}`, display: fullName(p) },
          effectiveDateTime: isoDateTime(g, serviceDay(g)),
          issued: systemTimestamp(g),
          valueQuantity: { value: Number(labValue(g, l)), unit: l.unit },
          valueString: keep('lab_value', `${labValue(g, l)} ${l.unit}`),
        }),
      );
    } else
      lines.push(
        jsonText({
          resourceType: 'Coverage',
          id: uuid(g),
          subscriberId: healthPlan(g),
          beneficiary: { reference: t`Patient/${mrn(g)}`, display: t`${family(p)}, ${given(p)}` },
          payor: [{ display: payer(g) }],
          period: { start: date(serviceDay(g), 'iso') },
        }),
      );
  }
  const job = uuid(g);
  return t`GET ${base}/$export-poll-status?_jobId=${job} -> 200 (${keep('version', g.pick(['4.0.1', '4.3.0']))})\noutput[0] ${base}/bulk/${uuid(g)}/Patient.ndjson\n${join(lines, '\n')}\n`;
}

export function ncpdpScript(g: Gen): Frag {
  const p = person(g);
  const a = address(g);
  const d = clinician(g);
  const da = address(g);
  const drug = drugParts(g);
  const written = serviceDay(g);
  return t`<?xml version="1.0" encoding="UTF-8"?>
<Message DatatypesVersion="${keep('version', '2018.1')}" TransportVersion="${keep('version', '2018.1')}" ECLVersion="${keep('version', '2018.1')}">
  <Header>
    <To Qualifier="P">${g.digits(7)}</To>
    <From Qualifier="C">${g.digits(10)}</From>
    <MessageID>${uuid(g)}</MessageID>
    <SentTime>${systemTimestamp(g)}</SentTime>
  </Header>
  <Body>
    <NewRx>
      <Patient>
        <HumanPatient>
          <Identification><MedicalRecordIdentificationNumberEHR>${mrn(g)}</MedicalRecordIdentificationNumberEHR>${g.chance(0.4) ? t`<SocialSecurity>${ssn(g, 'ssn-none')}</SocialSecurity>` : ''}</Identification>
          <Name><LastName>${family(p)}</LastName><FirstName>${given(p)}</FirstName>${p.middle ? t`<MiddleName>${phi('name', p.middle)}</MiddleName>` : ''}</Name>
          <Gender>${p.sex}</Gender>
          <DateOfBirth><Date>${date(p.dob, 'iso')}</Date></DateOfBirth>
          <Address><AddressLine1>${a.street}</AddressLine1>${a.unit ? t`<AddressLine2>${a.unit}</AddressLine2>` : ''}<City>${a.city}</City><StateProvince>${a.state}</StateProvince><PostalCode>${a.zip}</PostalCode><CountryCode>US</CountryCode></Address>
          <CommunicationNumbers><PrimaryTelephone><Number>${phone(g)}</Number></PrimaryTelephone>${g.chance(0.5) ? t`<ElectronicMail>${email(g, p)}</ElectronicMail>` : ''}</CommunicationNumbers>
        </HumanPatient>
      </Patient>
      <Pharmacy><Identification><NCPDPID>${g.digits(7)}</NCPDPID><NPI>${npi(g)}</NPI></Identification><BusinessName>${pharmacy(g)}</BusinessName></Pharmacy>
      <Prescriber>
        <NonVeterinarian>
          <Identification><NPI>${npi(g)}</NPI><DEANumber>${dea(g, d.family)}</DEANumber></Identification>
          <Name><LastName>${family(d)}</LastName><FirstName>${given(d)}</FirstName></Name>
          <Address><AddressLine1>${da.street}</AddressLine1><City>${da.city}</City><StateProvince>${da.state}</StateProvince><PostalCode>${da.zip}</PostalCode></Address>
          <CommunicationNumbers><PrimaryTelephone><Number>${phone(g)}</Number></PrimaryTelephone><Fax><Number>${fax(g)}</Number></Fax></CommunicationNumbers>
        </NonVeterinarian>
      </Prescriber>
      <MedicationPrescribed>
        <DrugDescription>${keep('drug_dose', `${drug.name} ${drug.dose}`)} ${g.pick(['tablet', 'capsule', 'solution'])}</DrugDescription>
        <DrugCoded><ProductCode><Code>${code(g, 'ndc')}</Code><Qualifier>ND</Qualifier></ProductCode><DrugDBCode><Code>${code(g, 'rxnorm')}</Code><Qualifier>SCD</Qualifier></DrugDBCode></DrugCoded>
        <Quantity><Value>${String(g.pick([30, 60, 90]))}</Value></Quantity>
        <WrittenDate><Date>${date(written, 'iso')}</Date></WrittenDate>
        <Substitutions>0</Substitutions>
        <NumberOfRefills>${String(g.int(0, 5))}</NumberOfRefills>
        <Diagnosis><Primary><Code>${code(g, 'icd10')}</Code><Qualifier>ABF</Qualifier></Primary></Diagnosis>
        <Note>Patient ${given(p)} prefers pickup; caregiver ${fullName(person(g, false), false)} may collect.</Note>
      </MedicationPrescribed>
    </NewRx>
  </Body>
</Message>`;
}

export function x12Enrolment(g: Gen): Frag {
  const members: Piece[] = [];
  const n = g.int(1, 3);
  const sub = person(g, false);
  const a = address(g);
  for (let i = 0; i < n; i++) {
    const m = i === 0 ? sub : person(g, false);
    const rel = i === 0 ? '18' : g.pick(['01', '19']);
    const digits10 = `${g.int(2, 9)}${g.digits(9)}`;
    members.push(
      join(
        [
          `INS*${i === 0 ? 'Y' : 'N'}*${rel}*021*28*A***FT`,
          t`REF*0F*${healthPlan(g)}`,
          `REF*1L*GRP${g.digits(6)}`,
          t`DTP*356*D8*${date(serviceDay(g), 'compact')}`,
          t`NM1*IL*1*${family(m, true)}*${given(m, true)}*${m.middle ? phi('name', m.middle[0] as string) : ''}***34*${ssn(g, 'ssn-none')}`,
          t`PER*IP**HP*${phi('phone', digits10, 'x12')}${g.chance(0.5) ? t`*EM*${email(g, m)}` : ''}`,
          t`N3*${a.street}${a.unit ? t`*${a.unit}` : ''}`,
          t`N4*${a.city}*${a.state}*${a.zip}`,
          t`DMG*D8*${date(m.dob, 'compact')}*${m.sex}`,
          `HD*021**HLT*${g.pick(['PPO GOLD', 'HMO SILVER', 'HDHP'])}*${i === 0 ? 'EMP' : 'FAM'}`,
          t`DTP*348*D8*${date(serviceDay(g), 'compact')}`,
          t`REF*17*${g.chance(0.5) ? phi('account', `${g.digits(9)}`) : phi('other_id', `EMP${g.digits(6)}`, 'employee')}`,
        ],
        '~\n',
      ),
    );
  }
  const ctl = g.digits(9);
  return t`ISA*00*          *00*          *ZZ*${g.letters(8)}       *ZZ*COBALTMUT      *${g.digits(6)}*${g.digits(4)}*^*00501*${ctl}*0*P*:~
GS*BE*${g.letters(6)}*COBALTMUT*${g.digits(8)}*${g.digits(4)}*${g.int(1, 999)}*X*005010X220A1~
ST*834*0001*005010X220A1~
BGN*00*${uuid(g)}*${g.digits(8)}*${g.digits(4)}****4~
N1*P5*${payer(g)}*FI*${g.digits(9)}~
N1*IN*${payer(g)}*FI*${g.digits(9)}~
${join(members, '~\n')}~
SE*${String(12 * n + 5)}*0001~
GE*1*${g.int(1, 999)}~
IEA*1*${ctl}~`;
}

export function aamvaScan(g: Gen): Frag {
  const p = person(g);
  const a = address(g);
  const issued = day(g, 2019, 2025);
  const expires = { y: issued.y + 8, m: p.dob.m, d: p.dob.d };
  const dl = driverLicence(g);
  const zip9 = phi('zip', `${g.digits(5)}${g.digits(4)}`, 'zip9');
  const iin = g.pick(['636023', '636014', '636045', '636020']);
  const raw = t`@\n\u001e\rANSI ${iin}090002DL00410278ZO03190012DLDAQ${dl}\nDCS${family(p, true)}\nDAC${given(p, true)}\nDAD${p.middle ? phi('name', p.middle.toUpperCase()) : 'NONE'}\nDBD${date(issued, 'mdyCompact')}\nDBB${date(p.dob, 'mdyCompact')}\nDBA${date(expires, 'mdyCompact')}\nDBC${p.sex === 'F' ? '2' : '1'}\nDAYBRO\nDAU0${g.int(58, 75)} IN\nDAG${a.street}\nDAI${a.city}\nDAJ${a.state}\nDAK${zip9}  \nDCF${g.digits(4)}${g.letters(6)}${g.digits(4)}\nDCGUSA\nDDEN\nDDFN\nDDGN\nDDB${g.pick(['09012017', '11302020'])}\nZOZOA${g.pick(['N', 'Y'])}\r`;
  const id = String(g.int(10000, 99999));
  const parsed = g.pick([
    t`Parsed:\n  Name ........ ${fullName(p)}\n  DOB ......... ${date(p.dob, 'iso')} (age ${age(ageOf(p.dob))})\n  License ..... ${dl}  exp ${date(expires, 'us')}\n  Address ..... ${a.street}, ${a.city}, ${a.state}`,
    t`name=${given(p)} ${family(p)}; dob=${date(p.dob, 'us')}; age=${age(ageOf(p.dob))}; city=${a.city}`,
  ]);
  return t`ID scan ${uuid(g)} via ${g.pick(['ScanDock', 'IDWedge', 'LicenseLens'])} ${version(g)} at ${systemTimestamp(g)}
Raw PDF417 payload:
${raw}
${parsed}
Portrait: ${photo(g, id)}  face template: ${g.chance(0.5) ? biometric(g) : biometricId(g)}
Match score ${keep('statistic', `${g.int(80, 99)}.${g.int(0, 9)}%`)} against enrolment on file.`;
}
