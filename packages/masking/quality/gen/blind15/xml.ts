/**
 * XML interchange of blind split 15: C-CDA document headers with narrative tables, and
 * NCPDP SCRIPT NewRx messages. Template extensions that are dates ("2015-08-01") are template
 * versions, keep strings; OIDs are left unlabeled. SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { addDays } from '../dates';
import { type Frag, join, keep, phi, t } from '../fragment';
import { dea, email, mrn, npi, phone, phoneParts, ssn, stateLicense } from './ids';
import {
  doseSpan,
  drugPick,
  hospital,
  icd,
  icdNoDot,
  icdPick,
  labPick,
  labRange,
  labValue,
  loinc,
  ndc11,
  pharmacy,
  rxnorm,
  snomed,
  snomedPick,
  sysTime,
  uuid,
} from './keeps';
import { addr, dt, patient, staff, visit, type Who, zipSpan } from './who';

const nm = (s: string): Frag => t`${phi('name', s, 'xml')}`;

function personName(p: Who, prefix = ''): Frag {
  return t`<name${prefix ? '' : ' use="L"'}>${prefix ? `<prefix>${prefix}</prefix>` : ''}<given>${nm(p.given)}</given>${p.middle ? t`<given>${nm(p.middle)}</given>` : ''}<family>${nm(p.family)}</family></name>`;
}

/** A C-CDA CCD header and three narrative sections. */
export function ccdaDocument(g: Gen): Frag {
  const p = patient(g);
  const a = addr(g);
  const guardian = staff(g);
  const author = staff(g);
  const d = visit(g);
  const meds = [drugPick(g), drugPick(g)];
  const l = labPick(g);
  const problem = snomedPick(g);
  const dx = icdPick(g);
  const tel = phoneParts(g);
  const nl = g.pick(['\n', '\n  ', '']);
  const lines: (string | Frag)[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:sdtc="urn:hl7-org:sdtc">',
    t`<templateId root="2.16.840.1.113883.10.20.22.1.2" extension="${keep('version', g.pick(['2015-08-01', '2014-06-09', '2024-05-01']), 'template')}"/>`,
    t`<id root="${uuid(g)}"/>`,
    t`<effectiveTime value="${dt(d, 'hl7')}${g.digits(4)}-0${g.int(4, 7)}00"/>`,
    '<recordTarget><patientRole>',
    t`<id root="2.16.840.1.113883.19.5.99999.2" extension="${mrn(g)}"/>`,
    t`<id root="2.16.840.1.113883.4.1" extension="${ssn(g, g.pick(['dash', 'none'] as const))}"/>`,
    t`<addr use="HP"><streetAddressLine>${phi('street_address', `${a.number} ${a.street}`)}</streetAddressLine>${a.unit ? t`<streetAddressLine>${phi('street_address', a.unit)}</streetAddressLine>` : ''}<city>${phi('geo', a.town)}</city><state>${a.state}</state><postalCode>${zipSpan(g, a)}</postalCode></addr>`,
    t`<telecom value="tel:${phi('phone', `+1-${tel.area}-${tel.exch}-${tel.line}`, 'tel-uri')}" use="HP"/>`,
    t`<telecom value="mailto:${email(g, p)}"/>`,
    t`<patient>${personName(p)}`,
    `<administrativeGenderCode code="${p.sex}" codeSystem="2.16.840.1.113883.5.1"/>`,
    t`<birthTime value="${dt(p.dob, 'hl7')}"/>`,
    t`<guardian><code code="${g.pick(['DAU', 'SON', 'GRNDSON'])}"/><guardianPerson>${personName(guardian)}</guardianPerson></guardian>`,
    `<languageCommunication><languageCode code="${g.pick(['es', 'vi', 'so', 'ht', 'pl', 'ko'])}"/></languageCommunication>`,
    '</patient></patientRole></recordTarget>',
    t`<author><time value="${dt(d, 'hl7')}"/><assignedAuthor><id root="2.16.840.1.113883.4.6" extension="${npi(g)}"/><assignedPerson>${personName(author, 'Dr.')}</assignedPerson></assignedAuthor></author>`,
    t`<custodian><assignedCustodian><representedCustodianOrganization><name>${hospital(g)}</name></representedCustodianOrganization></assignedCustodian></custodian>`,
    '<component><structuredBody>',
    t`<component><section><code code="${keep('clinical_code', '10160-0', 'loinc')}" codeSystem="2.16.840.1.113883.6.1"/><title>MEDICATIONS</title><text><table><thead><tr><th>Medication</th><th>RxNorm</th><th>Start</th></tr></thead><tbody>`,
    ...meds.map(
      (m) =>
        t`<tr><td>${doseSpan(m)} ${g.pick(['tablet', 'capsule', 'pen'])}</td><td>${rxnorm(m)}</td><td>${dt(addDays(d, -g.int(10, 400)), 'long')}</td></tr>`,
    ),
    '</tbody></table></text></section></component>',
    t`<component><section><title>RESULTS</title><text><table><tbody><tr><td>${l[1]} (LOINC ${loinc(l)})</td><td>${labValue(l)}</td><td>${labRange(l)}</td><td>${dt(d, 'us')}</td></tr></tbody></table></text></section></component>`,
    t`<component><section><title>PROBLEMS</title><text><list><item>${problem[1]} [SNOMED ${snomed(problem)}] (${icd(dx)}) noted ${dt(addDays(d, -g.int(30, 900)), 'monDay')}</item></list></text></section></component>`,
    '</structuredBody></component></ClinicalDocument>',
  ];
  return join(lines, nl);
}

/** NCPDP SCRIPT 2017071 NewRx from a prescriber to a pharmacy. */
export function ncpdpNewRx(g: Gen): Frag {
  const p = patient(g);
  const a = addr(g);
  const doc = staff(g);
  const d = visit(g);
  const drug = drugPick(g);
  const dx = icdPick(g);
  const ph = phoneParts(g);
  const lines: (string | Frag)[] = [
    '<Message xmlns="http://www.ncpdp.org/schema/SCRIPT" DatatypesVersion="20170715" TransportVersion="20170715" TransactionDomain="SCRIPT" TransactionVersion="20170715" StructuresVersion="20170715" ECLVersion="20170715">',
    t`<Header><To Qualifier="P">${g.digits(7)}</To><From Qualifier="C">${g.digits(10)}</From><MessageID>${uuid(g)}</MessageID><SentTime>${sysTime(g)}</SentTime></Header>`,
    '<Body><NewRx><Patient><HumanPatient>',
    t`<Identification><MedicalRecordIdentificationNumberEHR>${mrn(g)}</MedicalRecordIdentificationNumberEHR>${g.chance(0.4) ? t`<SocialSecurity>${ssn(g, 'none')}</SocialSecurity>` : ''}</Identification>`,
    t`<Name><LastName>${nm(p.family)}</LastName><FirstName>${nm(p.given)}</FirstName>${p.middle ? t`<MiddleName>${nm(p.middle)}</MiddleName>` : ''}</Name>`,
    t`<Gender>${p.sex}</Gender><DateOfBirth><Date>${dt(p.dob, 'iso')}</Date></DateOfBirth>`,
    t`<Address><AddressLine1>${phi('street_address', `${a.number} ${a.street}`)}</AddressLine1><City>${phi('geo', a.town)}</City><StateProvince>${a.state}</StateProvince><PostalCode>${zipSpan(g, a, g.chance(0.3))}</PostalCode><CountryCode>US</CountryCode></Address>`,
    t`<CommunicationNumbers><PrimaryTelephone><Number>${phi('phone', `${ph.area}${ph.exch}${ph.line}`, 'digits')}</Number></PrimaryTelephone>${g.chance(0.5) ? t`<ElectronicMail>${email(g, p)}</ElectronicMail>` : ''}</CommunicationNumbers>`,
    '</HumanPatient></Patient>',
    t`<Pharmacy><Identification><NCPDPID>${g.digits(7)}</NCPDPID></Identification><BusinessName>${pharmacy(g)}</BusinessName></Pharmacy>`,
    t`<Prescriber><NonVeterinarian><Identification><NPI>${npi(g)}</NPI><DEANumber>${dea(g, doc)}</DEANumber><StateLicenseNumber>${stateLicense(g)}</StateLicenseNumber></Identification>`,
    t`<Name><LastName>${nm(doc.family)}</LastName><FirstName>${nm(doc.given)}</FirstName></Name><CommunicationNumbers><PrimaryTelephone><Number>${phone(g)}</Number></PrimaryTelephone><Fax><Number>${phone(g, 'fax')}</Number></Fax></CommunicationNumbers></NonVeterinarian></Prescriber>`,
    t`<MedicationPrescribed><DrugDescription>${doseSpan(drug)} ${g.pick(['tablet', 'capsule', 'oral tablet', 'solution'])}</DrugDescription>`,
    t`<DrugCoded><ProductCode><Code>${ndc11(drug)}</Code><Qualifier>ND</Qualifier></ProductCode><DrugDBCode><Code>${rxnorm(drug)}</Code><Qualifier>SCD</Qualifier></DrugDBCode></DrugCoded>`,
    t`<Quantity><Value>${g.pick([30, 60, 90])}</Value><CodeListQualifier>38</CodeListQualifier></Quantity><WrittenDate><Date>${dt(d, 'iso')}</Date></WrittenDate>`,
    t`<Sig><SigText>${g.pick(['Take 1 tablet by mouth daily', 'Take 1 cap PO BID x 10 days', 'Inject subcut once weekly'])}</SigText></Sig>`,
    t`<Diagnosis><ClinicalInformationQualifier>1</ClinicalInformationQualifier><Primary><Code>${icdNoDot(dx)}</Code><Qualifier>ABF</Qualifier></Primary></Diagnosis>`,
    '</MedicationPrescribed></NewRx></Body></Message>',
  ];
  return join(lines, g.pick(['\n', '']));
}

export const XML_TEMPLATES = { ccdaDocument, ncpdpNewRx };
