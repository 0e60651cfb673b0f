/**
 * Dev split, second set: shapes the first set lacks — intake forms of "Label: value" lines,
 * CDA-style XML, HL7 results, semicolon exports, appointment texts, benefit letters, e-mail
 * signatures, JSON with abbreviated keys and FHIR bundles. For engine authors to look at, as
 * the rest of dev; the held-out split stays the measure.
 */
import { ageSpan, type Cast } from '../cast';
import type { Gen } from '../context';
import { compactDate, formatDate, isoDate, recentDate } from '../dates';
import { type Frag, type JsonTree, join, type Piece, phi, t } from '../fragment';
import * as id from '../identifiers';
import * as k from '../keep-vocab';
import { clinicianName, nameIn, person } from '../people';

export function intakeForm(g: Gen, c: Cast): Frag {
  const sep = g.pick([': ', ':\t', ' = ']);
  const row = (label: string, value: Piece) => t`${label}${sep}${value}`;
  return t`NEW PATIENT INTAKE
${row(g.pick(['Last Name', 'Surname', 'Family name']), phi('name', c.pt.last, 'last'))}
${row(g.pick(['First Name', 'Given name', 'Forename']), phi('name', c.pt.first, 'first'))}
${row(g.pick(['Date of Birth', 'Birth Date', 'D.O.B.']), formatDate(g, c.pt.dob))}
${row(g.pick(['Street', 'Address Line 1', 'Home Address']), c.addr.street)}
${row(g.pick(['City', 'Town']), c.addr.city)}
${row('State', c.addr.state)}
${row(g.pick(['Zip Code', 'Postal Code', 'ZIP']), c.addr.zip)}
${row(g.pick(['Primary Phone', 'Home Phone', 'Cell']), id.phoneValue(g))}
${row(g.pick(['Emergency Contact Name', 'Next of Kin']), nameIn(g, c.relative, 'full'))}
${row('Relationship', c.relation)}
${row(g.pick(['Insurance Member #', 'Subscriber ID', 'Policy Number']), id.memberIdValue(g))}
${row('Preferred pharmacy', 'Main Street Pharmacy')}
${row('Current medications', k.drugDose(g))}
${row('Age', ageSpan(g, c))}
`;
}

export function cdaHeader(g: Gen, c: Cast): Frag {
  return t`<recordTarget><patientRole><id root="2.16.840.1.113883.19.5" extension="${id.mrnValue(g)}"/>
<addr use="HP"><streetAddressLine>${c.addr.street}</streetAddressLine><city>${c.addr.city}</city><state>${c.addr.state}</state><postalCode>${c.addr.zip}</postalCode></addr>
<telecom value="tel:${id.phoneValue(g)}" use="HP"/>
<patient><name><given>${phi('name', c.pt.first, 'given')}</given><family>${phi('name', c.pt.last, 'family')}</family></name>
<administrativeGenderCode code="${c.pt.sex === 'female' ? 'F' : 'M'}" codeSystem="2.16.840.1.113883.5.1"/><birthTime value="${compactDate(c.pt.dob)}"/></patient>
</patientRole></recordTarget>
<component><observation><code code="${k.loinc(g)}" codeSystem="2.16.840.1.113883.6.1"/><value xsi:type="ST">${k.labValue(g)}</value></observation></component>`;
}

export function hl7Result(g: Gen, c: Cast): Frag {
  return t`MSH|^~\\&|LIS|WESTLAB|EHR|WESTHOSP|${compactDate(recentDate(g))}1142||ORU^R01|${k.uuid(g)}|P|2.5
PID|1||${id.mrnValue(g)}^^^WESTHOSP^MR~${id.ssnValue(g)}^^^SSA^SS||${phi('name', c.pt.last.toUpperCase(), 'hl7_last')}^${phi('name', c.pt.first.toUpperCase(), 'hl7_first')}||${compactDate(c.pt.dob)}|${c.pt.sex === 'female' ? 'F' : 'M'}|||${c.addr.street}^^${c.addr.city}^${c.addr.state}^${c.addr.zip}
ORC|RE||||||||||${id.npiValue(g)}^${phi('name', c.attending.last.toUpperCase(), 'hl7_last')}^${phi('name', c.attending.first.toUpperCase(), 'hl7_first')}
OBR|1|||${k.loinc(g)}^Panel^LN|||${compactDate(c.admit)}0730
OBX|1|NM|${k.loinc(g)}^Result^LN||${g.int(3, 180)}|mg/dL|70-99|N|||F
`;
}

export function semicolonExport(g: Gen): Frag {
  const header = g.pick([
    'PatientID;Surname;Forename;DateOfBirth;Postcode;Telephone;Diagnosis',
    'patient_id;family_name;given_name;birth_date;postal_code;phone_number;diagnosis',
  ]);
  const rows = Array.from({ length: g.int(2, 5) }, () => {
    const p = person(g);
    return t`${id.mrnValue(g)};${phi('name', p.last, 'last')};${phi('name', p.first, 'first')};${formatDate(g, p.dob)};${id.zipValue(g)};${id.phoneValue(g)};${k.icd10(g)}`;
  });
  return t`${header}
${join(rows, '\n')}
`;
}

export function appointmentText(g: Gen, c: Cast): Frag {
  return t`Hi ${phi('name', c.pt.first, 'first')}, this is a reminder of your appointment with ${clinicianName(g, c.attending)} on ${formatDate(g, c.admit)} at 2:30 PM at ${c.addr.street}. Reply C to confirm or call ${id.phoneValue(g)}. Bring your card (member ${id.memberIdValue(g)}).`;
}

export function benefitsLetter(g: Gen, c: Cast): Frag {
  return t`EXPLANATION OF BENEFITS — THIS IS NOT A BILL
Subscriber: ${nameIn(g, c.relative, g.pick(['full', 'upper_last_first']))}    Member ID: ${id.memberIdValue(g)}
Patient: ${nameIn(g, c.pt, 'full')}    Claim Number: ${id.accountValue(g)}
Provider: ${clinicianName(g, c.attending)}    Date(s) of Service: ${formatDate(g, c.admit)}
Service: CPT ${k.cpt(g)}   Billed $${g.int(90, 900)}.00   Plan paid $${g.int(20, 80)}.00
Send appeals to ${c.addr.street}, ${c.addr.city}, ${c.addr.state} ${c.addr.zip}.
`;
}

export function emailSignature(g: Gen, c: Cast): Frag {
  return t`Hi team,
${nameIn(g, c.pt, g.pick(['title_last', 'full']))} (${id.mrn(g)}) is ready for discharge; ${g.pick(['her', 'his'])} ${c.relation} ${nameIn(g, c.relative, 'first')} will pick up at 3.
Thanks,
${nameIn(g, c.attending, 'full')}, ${g.pick(['RN', 'MSW', 'LCSW', 'BSN, RN'])}
Care Coordinator, ${k.statistic(g)} this week
Direct: ${id.phoneValue(g)} | Fax: ${id.phoneValue(g, 'fax')}
${id.email(g, c.attending.first, c.attending.last)}`;
}

export function abbreviatedRecord(g: Gen, c: Cast): JsonTree {
  return {
    ptMrn: id.mrnValue(g),
    pt_fname: phi('name', c.pt.first, 'first'),
    pt_lname: phi('name', c.pt.last, 'last'),
    dob_dt: isoDate(c.pt.dob),
    addr1: c.addr.street,
    cty: c.addr.city,
    st: c.addr.state,
    zip5: c.addr.zip,
    ph_home: id.phoneValue(g),
    emerg_contact: { nm: nameIn(g, c.relative, 'full'), rel: c.relation, ph: id.phoneValue(g) },
    memberID: id.memberIdValue(g),
    acct_no: id.accountValue(g),
    dl_num: id.driversLicenseValue(g),
    attendingMd: t`${clinicianName(g, c.attending)}`,
    rx: [{ drug: k.drugDose(g), refills: g.int(0, 5) }],
    lastSync: k.systemTimestamp(g),
    appVersion: k.version(g),
  };
}

export function fhirBundle(g: Gen, c: Cast): JsonTree {
  const patientRef = `Patient/${g.f.string.uuid()}`;
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    entry: [
      {
        resource: {
          resourceType: 'Patient',
          name: [{ text: nameIn(g, c.pt, 'full') }],
          birthDate: isoDate(c.pt.dob),
          address: [{ text: t`${c.addr.street}, ${c.addr.city}, ${c.addr.state} ${c.addr.zip}` }],
        },
      },
      {
        resource: {
          resourceType: 'Encounter',
          subject: { reference: patientRef, display: nameIn(g, c.pt, 'full') },
          period: { start: isoDate(c.admit), end: isoDate(c.discharge) },
          reasonCode: [{ text: k.eponym(g) }],
        },
      },
      {
        resource: {
          resourceType: 'Coverage',
          subscriberId: id.memberIdValue(g),
          beneficiary: { reference: patientRef },
          relationship: { text: 'self' },
        },
      },
      {
        resource: {
          resourceType: 'RelatedPerson',
          name: [
            {
              given: [phi('name', c.relative.first, 'given')],
              family: phi('name', c.relative.last, 'family'),
            },
          ],
          telecom: [{ system: 'phone', value: id.phoneValue(g) }],
        },
      },
      {
        resource: {
          resourceType: 'Observation',
          code: { coding: [{ system: 'http://loinc.org', code: k.loinc(g) }] },
          valueString: k.labValue(g),
          issued: k.systemTimestamp(g),
        },
      },
    ],
  };
}

export const DEV_MORE_TEXT_DOCS = {
  intakeForm,
  cdaHeader,
  hl7Result,
  semicolonExport,
  appointmentText,
  benefitsLetter,
  emailSignature,
};

export const DEV_MORE_JSON_DOCS = { abbreviatedRecord, fhirBundle };
