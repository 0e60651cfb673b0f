/**
 * JSON documents of blind split 32: Faker-profile-like records, form submissions, CRM contacts,
 * appointment requests, payment records, evaluation-set records with entity spans, and MCP
 * tools/call arguments and results carrying the same values. SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { type JsonTree, jsonText, phi, t } from '../fragment';
import { npiValue, ssnValue, vinValue } from '../identifiers';
import { ageUnder90, protocolVersion, systemTimestamp, uuid, version, yearAlone } from '../keep-vocab';
import {
  ageOfF,
  biometricRef,
  bloodGroup,
  card,
  codeF,
  company,
  deviceF,
  deviceSerial,
  driversLicence,
  drug,
  emailOf,
  eponymF,
  type FPerson,
  fakerAddress,
  fakerName,
  fakerPhone,
  fakerSsn,
  fdate,
  foreignAddress,
  foreignPhone,
  fperson,
  iban,
  ipAddr,
  JOBS,
  labF,
  latLon,
  memberId,
  mrnF,
  nhsNumber,
  org,
  otherIdF,
  passport,
  photoRef,
  plate,
  recent,
  statF,
  timeOfDay,
  US_STATES,
  usAddress,
  username,
  websiteOf,
  zipAny,
} from './vocab';

type Template = (g: Gen) => JsonTree;

/** A record as Faker's profile() returns it, serialized with str() for coordinates and dates. */
function profile(g: Gen, p: FPerson): JsonTree {
  const full = phi('name', `${p.first} ${p.last}`, 'plain');
  return {
    job: g.pick(JOBS),
    company: company(g),
    ssn: fakerSsn(g),
    residence: fakerAddress(g),
    current_location: latLon(g),
    blood_group: bloodGroup(g),
    website: Array.from({ length: g.int(1, 3) }, () => websiteOf(g, p)),
    username: username(g, p),
    name: full,
    sex: p.sex === 'female' ? 'F' : 'M',
    address: fakerAddress(g),
    mail: emailOf(g, p),
    birthdate: fdate(g, p.dob, 'iso'),
  };
}

/** An MCP tools/call result frame around content blocks. */
function result(g: Gen, content: JsonTree[], structured?: JsonTree): JsonTree {
  return {
    jsonrpc: '2.0',
    id: g.int(1, 400),
    result: { content, structuredContent: structured, isError: false },
  };
}

function call(g: Gen, name: string, args: JsonTree): JsonTree {
  return { jsonrpc: '2.0', id: g.int(1, 400), method: 'tools/call', params: { name, arguments: args } };
}

export const BLIND32_JSON_DOCS: Record<string, Template> = {
  b32_faker_profile(g) {
    return profile(g, fperson(g));
  },

  b32_mcp_profiles_text(g) {
    const people = Array.from({ length: g.int(1, 3) }, () => fperson(g));
    const body = people.map((p) => profile(g, p));
    return result(g, [
      {
        type: 'text',
        text: jsonText(body.length === 1 ? (body[0] as JsonTree) : { profiles: body }, g.pick([0, 2])),
      },
    ]);
  },

  b32_form_submission(g) {
    const p = g.chance(0.3) ? fperson(g, 90, 102) : fperson(g);
    const a = usAddress(g);
    const a2 = ageOfF(p);
    return {
      form_id: uuid(g),
      submitted_at: systemTimestamp(g),
      source_ip: ipAddr(g),
      fields: {
        'First Name': phi('name', p.first, 'first'),
        'Last Name': phi('name', p.last, 'last'),
        'Date of Birth': fdate(g, p.dob, g.pick(['us', 'iso'])),
        Age: a2 > 89 ? phi('age', String(a2)) : ageUnder90(g, a2),
        'Street Address': a.street,
        City: a.city,
        State: a.state,
        'Zip Code': a.zip,
        Phone: fakerPhone(g),
        Email: emailOf(g, p),
        'Insurance Member ID': memberId(g),
        'Reason for visit': g.pick([
          t`Follow-up for ${eponymF(g)}`,
          t`Refill ${drug(g)}`,
          t`Results: ${labF(g)}`,
        ]),
        'Photo ID upload': photoRef(g, p),
      },
    };
  },

  b32_crm_contact(g) {
    const p = fperson(g);
    const a = usAddress(g);
    return {
      Id: `003${g.letters(3, 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz')}${g.digits(9)}`,
      FirstName: phi('name', p.first, 'first'),
      LastName: phi('name', p.last, 'last'),
      Title: g.pick(JOBS),
      Account: { Name: company(g) },
      Email: emailOf(g, p),
      Phone: fakerPhone(g),
      MobilePhone: fakerPhone(g),
      MailingStreet: a.street,
      MailingCity: a.city,
      MailingState: a.state,
      MailingPostalCode: a.zip,
      Birthdate: fdate(g, p.dob, 'iso'),
      Patient_MRN__c: mrnF(g),
      Preferred_Facility__c: org(g, 'hospital'),
      Customer_Since__c: yearAlone(g),
      Notes__c: t`Prefers calls after ${g.int(3, 6)} PM. Uses ${deviceF(g)}. Last contact ${fdate(g, recent(g))}.`,
      LastModifiedDate: systemTimestamp(g),
    };
  },

  b32_appointment_request(g) {
    const p = fperson(g);
    const d = fperson(g, 30, 68);
    const when = recent(g);
    return call(g, g.pick(['book_appointment', 'scheduling.create', 'request_visit']), {
      patient: {
        name: g.chance(0.5) ? phi('name', `${p.first} ${p.last}`) : t`${phi('name', p.first, 'first')}`,
        dob: fdate(g, p.dob),
        phone: fakerPhone(g),
        email: emailOf(g, p),
      },
      provider: { name: t`Dr. ${phi('name', `${d.first} ${d.last}`, 'dr')}`, npi: npiValue(g) },
      location: org(g, 'hospital'),
      requested_date: fdate(g, when, 'iso'),
      requested_time: timeOfDay(g),
      visit_type: codeF(g),
      note: g.pick([
        t`My name is ${phi('name', `${p.first} ${p.last}`)} and I need a follow up for my ${eponymF(g)}.`,
        t`Please call me at ${fakerPhone(g)} after 5 to confirm.`,
        t`Insurance: ${org(g, 'payer')}, member ${memberId(g)}.`,
      ]),
    });
  },

  b32_payment_record(g) {
    const p = fperson(g);
    const c = card(g);
    const byCard = g.chance(0.65);
    return {
      payment_id: `pay_${g.digits(12)}`,
      created: systemTimestamp(g),
      payer_name: phi('name', `${p.first} ${p.last}`),
      method: byCard
        ? { type: 'card', brand: c.network, number: c.number, exp: c.expiry, cvv: c.cvv }
        : { type: 'bank_transfer', iban: iban(g), account_holder: phi('name', `${p.first} ${p.last}`) },
      billing_address: fakerAddress(g, ', '),
      amount: Number(`${g.int(10, 2500)}.${g.digits(2)}`),
      currency: g.pick(['USD', 'GBP', 'EUR']),
      payee: org(g, g.pick(['hospital', 'lab', 'pharmacy'])),
      statement_account: phi('account', `${g.digits(4)}-${g.digits(6)}`, 'statement'),
      service_date: fdate(g, recent(g), 'iso'),
      memo: t`Card ending ${c.last4} - ${codeF(g)}`,
    };
  },

  b32_eval_record(g) {
    const p = fperson(g);
    const ph = fakerPhone(g);
    const date = fdate(g, recent(g));
    const text = g.pick([
      () => ({
        frag: t`Call ${phi('name', `${p.first} ${p.last}`)} at ${ph} before ${date}.`,
        masked: 'Call {{person}} at {{phone_number}} before {{date}}.',
      }),
      () => ({
        frag: t`${phi('name', `${p.first} ${p.last}`)} was seen on ${date}; reach at ${ph}.`,
        masked: '{{person}} was seen on {{date}}; reach at {{phone_number}}.',
      }),
    ])();
    return {
      full_text: text.frag,
      masked: g.chance(0.5) ? text.masked : null,
      spans: [
        { entity_type: 'PERSON', entity_value: phi('name', `${p.first} ${p.last}`) },
        { entity_type: 'PHONE_NUMBER', entity_value: phi('phone', ph.value) },
        { entity_type: 'DATE_TIME', entity_value: phi('date', date.value) },
      ],
      template_id: g.int(1, 300),
      metadata: { Gender: p.sex, Country: 'United States', Lang: 'en', NameSet: 'en_US' },
    };
  },

  b32_mcp_lookup_result(g) {
    const p = g.chance(0.3) ? fperson(g, 90, 101) : fperson(g);
    const a = usAddress(g);
    const years = ageOfF(p);
    const record = {
      patient_id: uuid(g),
      mrn: mrnF(g),
      name: { given: phi('name', p.first, 'first'), family: phi('name', p.last, 'last') },
      birth_date: fdate(g, p.dob, 'iso'),
      age: years > 89 ? phi('age', String(years)) : ageUnder90(g, years),
      ssn: ssnValue(g),
      address: { line: a.street, city: a.city, state: a.state, postal_code: a.zip },
      phone: fakerPhone(g),
      insurance: { payer: org(g, 'payer'), member_id: memberId(g) },
      ids: { passport: passport(g), drivers_license: driversLicence(g), other: otherIdF(g) },
      last_visit: t`${fdate(g, recent(g), 'iso')}T${String(g.int(7, 18)).padStart(2, '0')}:${g.pick(['00', '15', '30', '45'])}:00`,
      problems: [codeF(g), codeF(g)],
      medications: [drug(g)],
    };
    return result(g, [{ type: 'text', text: jsonText(record, g.pick([0, 2])) }], record);
  },

  b32_device_registration(g) {
    const p = fperson(g);
    return call(g, g.pick(['register_device', 'rpm.enroll', 'devices_add']), {
      owner: username(g, p),
      owner_email: emailOf(g, p),
      device: { model: deviceF(g), serial: deviceSerial(g), firmware: version(g) },
      paired_from_ip: ipAddr(g),
      biometric_ref: biometricRef(g),
      home_zip: zipAny(g),
      home_state: g.pick(US_STATES),
      vehicle: g.chance(0.5) ? { plate: plate(g), vin: vinValue(g) } : undefined,
      context: t`${org(g, 'hospital')} RPM program; ${statF(g)}`,
      protocol: protocolVersion(g),
      requested_at: systemTimestamp(g),
    });
  },

  b32_contacts_export(g) {
    const rows = Array.from({ length: g.int(2, 4) }, () => {
      const p = fperson(g);
      const region = g.pick(['en_US', 'en_GB', 'en_AU', 'en_CA', 'en_IN'] as const);
      return {
        locale: region,
        display_name: fakerName(g, p),
        phone: region === 'en_US' ? fakerPhone(g) : foreignPhone(g),
        email: emailOf(g, p),
        address: region === 'en_US' ? fakerAddress(g, ', ') : foreignAddress(g),
        nhs_number: region === 'en_GB' ? nhsNumber(g) : undefined,
        dob: fdate(g, p.dob, region === 'en_US' ? 'us' : 'gb'),
        created_at: systemTimestamp(g),
      };
    });
    return result(g, [{ type: 'text', text: t`Exported ${rows.length} contacts.` }], {
      contacts: rows,
      next_cursor: null,
    });
  },
};
