/**
 * Json documents of blind split 35: MCP tool calls and results carrying PII-benchmark style
 * records (entity extraction results, masking-corpus rows, HR, bank, KYC and motor claims
 * records) and synthetic health records (intake, claims, trial CRFs, bills, telehealth logs).
 * SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { type Frag, type JsonTree, join, jsonText, keep, type Piece, phi, type Span, t } from '../fragment';
import { biometricValue, deaValue, npiValue, photoFile, ssnValue, udiValue, vinValue } from '../identifiers';
import {
  type Address,
  address,
  addressLine,
  ageAt,
  ageSpan,
  BICS,
  card,
  clock,
  code,
  coordPair,
  coords,
  country,
  cvv,
  dateIn,
  deviceName,
  dob,
  driving,
  drug,
  EYES,
  eponym,
  eponymTest,
  expiry,
  GENDERS,
  handle,
  healthId,
  height,
  iban,
  ip,
  iso,
  JOBS,
  lab,
  mac,
  mail,
  nationalId,
  ndc,
  nm,
  opaqueHandle,
  org,
  passport,
  person,
  phoneFor,
  plate,
  plusDays,
  recent,
  stamp,
  statistic,
  USER_AGENTS,
  uuid,
  version,
  wallet,
  year,
} from './vocab';

type Template = (g: Gen) => JsonTree;

const rpc = (g: Gen, result: JsonTree): JsonTree => ({ jsonrpc: '2.0', id: g.int(1, 9999), result });
const call = (g: Gen, name: string, args: JsonTree): JsonTree => ({
  jsonrpc: '2.0',
  id: g.int(1, 9999),
  method: 'tools/call',
  params: { name, arguments: args },
});

const isoSpan = (d: Date): Span => phi('date', iso(d), 'iso');

function addr(a: Address): JsonTree {
  return {
    line1: a.street,
    city: a.city,
    county: a.county ?? null,
    postalCode: a.code,
    region: a.region,
    country: a.where,
  };
}

/** A benchmark row piece: plain text, or an entity with its corpus label (PHI span or non-PHI string). */
type Part = string | [string, Span | string];

interface Row {
  source: Frag;
  masked: string;
  mask: JsonTree[];
}

function row(parts: readonly Part[], numbered: boolean): Row {
  const pieces: Piece[] = [];
  const mask: JsonTree[] = [];
  const seen = new Map<string, number>();
  let masked = '';
  let offset = 0;
  for (const part of parts) {
    if (typeof part === 'string') {
      pieces.push(part);
      masked += part;
      offset += part.length;
      continue;
    }
    const [label, v] = part;
    const text = typeof v === 'string' ? v : v.value;
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    pieces.push(v);
    masked += numbered ? `[${label}_${n}]` : `[${label}]`;
    mask.push({ value: v, start: offset, end: offset + text.length, label });
    offset += text.length;
  }
  return { source: t`${pieces}`, masked, mask };
}

/** Sentences of the public masking corpora's kind, as labeled parts. */
const ROWS: readonly ((g: Gen) => Part[])[] = [
  (g) => {
    const p = person(g);
    return [
      'Dear ',
      ['PREFIX', g.pick(['Mr.', 'Ms.', 'Mx.', 'Dr.'])],
      ' ',
      ['LASTNAME', nm(p.family)],
      ', your enrolment in the ',
      ['COMPANYNAME', keep('organization', g.pick(['Pelorus Academy', 'Vidya Vikas Institute']))],
      ' nursing module is confirmed. Log in as ',
      ['USERNAME', handle(g, p)],
      ' from ',
      ['IPV4', phi('ip', `${g.int(11, 223)}.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(1, 254)}`, 'ipv4')],
      ' before ',
      ['TIME', clock(g)],
      '.',
    ];
  },
  (g) => {
    const c = card(g);
    return [
      'Card ',
      ['CREDITCARDNUMBER', c.number],
      ' (',
      ['CREDITCARDISSUER', keep('organization', c.issuer)],
      ', CVV ',
      ['CREDITCARDCVV', cvv(g)],
      ') was declined at the pharmacy; please pay ',
      ['AMOUNT', `${g.int(5, 400)}.${g.digits(2)}`],
      ' ',
      ['CURRENCY', g.pick(['GBP', 'EUR', 'INR', 'AUD', 'USD'])],
      ' from IBAN ',
      ['IBAN', iban(g)],
      ', BIC ',
      ['BIC', g.pick(BICS)],
      '.',
    ];
  },
  (g) => {
    const p = person(g);
    const a = address(g, p.country);
    const b = dob(g, 0.2);
    return [
      ['FIRSTNAME', nm(p.given)],
      ' ',
      ['LASTNAME', nm(p.family)],
      ', ',
      ['GENDER', g.pick(GENDERS)],
      ', born ',
      ['DOB', dateIn(g, b, p.country)],
      ' (aged ',
      ['AGE', ageSpan(ageAt(b, new Date(Date.UTC(2025, 8, 1))))],
      '), lives at ',
      ['STREET', a.street],
      ', ',
      ['CITY', a.city],
      ' ',
      ['ZIPCODE', a.code],
      '; ',
      ['HEIGHT', height(g)],
      ', ',
      ['EYECOLOR', g.pick(EYES)],
      ' eyes.',
    ];
  },
  (g) => [
    'Transfer the trial stipend to ',
    ['BITCOINADDRESS', wallet(g)],
    ' and confirm to ',
    ['EMAIL', mail(g, person(g))],
    '. Your PIN ',
    ['PIN', g.digits(4)],
    ' stays the same.',
  ],
  (g) => {
    const p = person(g);
    return [
      'Vehicle ',
      ['VEHICLEVRM', plate(g, p.country)],
      ' (VIN ',
      ['VEHICLEVIN', vinValue(g)],
      ') owned by ',
      ['FIRSTNAME', nm(p.given)],
      ' was parked at ',
      ['NEARBYGPSCOORDINATE', coords(g)],
      ' during the clinic visit on ',
      ['DATE', dateIn(g, recent(g), p.country)],
      '.',
    ];
  },
  (g) => {
    const p = person(g);
    return [
      ['JOBTITLE', g.pick(JOBS)],
      ' ',
      ['FIRSTNAME', nm(p.given)],
      ' ',
      ['MIDDLENAME', nm(p.middle ?? person(g).given)],
      ' ',
      ['LASTNAME', nm(p.family)],
      ' reported the wearable at ',
      ['MAC', mac(g)],
      ' sending data to ',
      ['URL', phi('url', `https://sync.example.net/u/${g.digits(7)}`)],
      ' via ',
      ['USERAGENT', g.pick(USER_AGENTS)],
      '.',
    ];
  },
  (g) => {
    const p = person(g, 'US');
    const sv = ssnValue(g);
    return [
      'Medicaid application for ',
      ['FIRSTNAME', nm(p.given)],
      ', SSN ',
      ['SSN', sv],
      ', phone ',
      ['PHONENUMBER', phoneFor(g, 'US')],
      ', account ',
      ['ACCOUNTNUMBER', phi('account', g.digits(g.int(8, 12)))],
      ' (',
      ['ACCOUNTNAME', g.pick(['Savings Account', 'Checking Account', 'Health Savings Account'])],
      ').',
    ];
  },
  (g) => {
    const p = person(g);
    const a = address(g, p.country);
    return [
      'Home visit for ',
      ['PREFIX', g.pick(['Mrs', 'Mr', 'Ms'])],
      ' ',
      ['LASTNAME', nm(p.family)],
      ' at ',
      ['BUILDINGNUMBER', phi('street_address', String(g.int(1, 300)))],
      ' ',
      [
        'STREET',
        phi(
          'street_address',
          `${g.pick(['Osprey', 'Juniper', 'Kittiwake'])} ${g.pick(['Lane', 'Road', 'Crescent'])}`,
        ),
      ],
      ', ',
      ['COUNTY', a.county ?? a.city],
      ', ',
      ['STATE', a.region],
      ' on ',
      ['DATE', dateIn(g, recent(g), p.country)],
      ' at ',
      ['TIME', clock(g)],
      '; portal login from ',
      ['IPV6', phi('ip', `2a02:${g.digits(4)}:${g.digits(3)}::${g.digits(2)}`, 'ipv6')],
      '.',
    ];
  },
];

export const BLIND35_JSON_DOCS: Record<string, Template> = {
  b35NerExtractResult: (g) => {
    const r = row(g.pick(ROWS)(g), false);
    const ents = r.mask.map((m) => {
      const e = m as { value: JsonTree; start: number; end: number; label: string };
      return {
        entity_group: e.label,
        word: e.value,
        score: g.int(7100, 9999) / 10000,
        start: e.start,
        end: e.end,
      };
    });
    return rpc(g, {
      content: [{ type: 'text', text: `Detected ${ents.length} entities.` }],
      structuredContent: {
        document_id: uuid(g),
        model: keep('version', `pii-ner ${g.int(1, 4)}.${g.int(0, 9)}.${g.int(0, 9)}`),
        text: r.source,
        entities: ents,
      },
      isError: false,
    });
  },

  b35MaskingRows: (g) => {
    const rows = [0, 1, 2, 3].slice(0, g.int(2, 4)).map(() => {
      const r = row(g.pick(ROWS)(g), g.chance(0.5));
      return {
        source_text: r.source,
        masked_text: r.masked,
        privacy_mask: r.mask,
        language: 'en',
        locale: g.pick(['US', 'GB', 'IN', 'AU', 'IE']),
        uid: g.int(10000, 99999),
      };
    });
    return call(g, 'score_masking_rows', { dataset: 'pii-masking-style', split: 'validation', rows });
  },

  b35IntakeCall: (g) => {
    const p = person(g);
    const a = address(g, p.country);
    const b = dob(g, 0.25);
    const ec = person(g, p.country);
    const pcp = person(g);
    const [hl, hid] = healthId(g, p.country);
    const today = recent(g);
    return call(g, 'create_patient', {
      patient: {
        firstName: nm(p.given),
        middleName: p.middle ? nm(p.middle) : null,
        lastName: nm(p.family),
        dateOfBirth: g.chance(0.5) ? isoSpan(b) : dateIn(g, b, p.country),
        ageYears: ageSpan(ageAt(b, today)),
        gender: g.pick(GENDERS),
        heightCm: g.int(148, 199),
        eyeColor: g.pick(EYES),
        contact: { email: mail(g, p), mobilePhone: phoneFor(g, p.country), homeAddress: addr(a) },
        identifiers: [{ system: hl, value: hid }],
        insurance: { payerName: org(g, 'payer'), memberId: healthId(g, 'US')[1], groupNumber: g.digits(6) },
        emergencyContact: {
          name: nm(ec.full),
          relationship: g.pick(['mother', 'brother', 'wife', 'friend']),
          phone: phoneFor(g, p.country),
        },
        medications: [{ name: drug(g), sig: g.pick(['1 tab PO daily', 'apply BID', '1 spray PRN']) }],
        conditions: [{ code: code(g, 'SNOMED')[1], display: eponym(g), onsetYear: year(g.int(1998, 2024)) }],
        primaryCareProvider: { name: nm(pcp.full), npi: npiValue(g) },
      },
      requestedBy: g.chance(0.5) ? handle(g, person(g)) : opaqueHandle(g),
      requestId: uuid(g),
      visitDate: isoSpan(today),
    });
  },

  b35ClaimResult: (g) => {
    const p = person(g, 'US');
    const b = dob(g, 0.2);
    const dos = recent(g);
    const prov = person(g);
    const claim = (): JsonTree => ({
      claim_id: phi('other_id', `CLM-${iso(dos).replaceAll('-', '')}-${g.digits(5)}`, 'claim'),
      payer: org(g, 'payer'),
      patient_name: nm(`${p.family}, ${p.given}`),
      patient_dob: isoSpan(b),
      member_id: healthId(g, 'US')[1],
      subscriber_ssn: ssnValue(g),
      service_lines: [0, 1].map((i) => ({
        date_of_service: isoSpan(plusDays(dos, i)),
        cpt: code(g, 'CPT')[1],
        icd10: [code(g, 'ICD-10')[1]],
        charge: g.int(50, 1200),
      })),
      rendering_provider: { name: nm(prov.full), npi: npiValue(g), dea: deaValue(g, prov.family) },
      billing_account: phi('account', `PA${g.digits(8)}`),
      received_at: stamp(g, plusDays(dos, 5)),
      status: g.pick(['pended', 'paid', 'denied']),
    });
    return rpc(g, {
      content: [{ type: 'text', text: jsonText(claim()) }],
      structuredContent: claim(),
    });
  },

  b35HrResource: (g) => {
    const p = person(g, g.pick(['UK', 'IE', 'AU', 'IN', 'NL'] as const));
    const emp = `EMP${g.digits(6)}`;
    const [nl, nid] = nationalId(g, p.country);
    const kid = person(g, p.country);
    const kb = new Date(Date.UTC(g.int(2010, 2022), g.int(0, 11), g.int(1, 28)));
    const record: JsonTree = {
      EmployeeId: phi('other_id', emp, 'employee'),
      FullName: nm(p.full),
      JobTitle: g.pick(JOBS),
      Company: org(g, 'employer'),
      DateOfBirth: dateIn(g, dob(g, 0.02), p.country),
      Gender: g.pick(GENDERS),
      [nl.replace(/\W/g, '')]: nid,
      HomeAddress: addressLine(address(g, p.country)),
      PersonalEmail: mail(g, p),
      BankDetails: { AccountHolder: nm(p.full), IBAN: iban(g), BIC: g.pick(BICS) },
      Benefits: {
        HealthPlan: org(g, 'payer'),
        MemberNumber: healthId(g, p.country)[1],
        Dependents: [{ Name: nm(`${kid.given} ${p.family}`), DOB: dateIn(g, kb, p.country) }],
      },
      SickLeave: {
        From: dateIn(g, recent(g), p.country),
        Reason: eponym(g),
        FitNoteBy: t`Dr ${nm(person(g).full)}`,
      },
      LastModified: stamp(g, recent(g)),
    };
    return rpc(g, {
      contents: [
        {
          uri: t`hr://employees/${phi('other_id', emp, 'employee')}`,
          mimeType: 'application/json',
          text: jsonText(record, 2),
        },
      ],
    });
  },

  b35TxnList: (g) => {
    const p = person(g, g.pick(['UK', 'IE', 'DE', 'FR', 'NL'] as const));
    const c = card(g);
    const d = recent(g);
    const txns = [0, 1, 2, 3, 4].slice(0, g.int(2, 5)).map((i) => ({
      id: uuid(g),
      bookedAt: stamp(g, plusDays(d, i)),
      merchant: org(g, g.pick(['pharmacy', 'hospital', 'lab'] as const)),
      amount: -g.int(3, 400),
      currency: 'EUR',
      cardNumber: c.number,
      reference: g.chance(0.4) ? t`Rx ${drug(g)}` : `POS ${g.digits(6)}`,
    }));
    return rpc(g, {
      content: [{ type: 'text', text: `Returned ${txns.length} transactions.` }],
      structuredContent: {
        account: { holder: nm(p.full), iban: iban(g, p.country), bic: g.pick(BICS), bank: org(g, 'bank') },
        cardIssuer: keep('organization', c.issuer),
        cardExpiry: expiry(g),
        transactions: txns,
      },
    });
  },

  b35TelehealthLog: (g) => {
    const p = person(g);
    const c = person(g);
    const d = recent(g);
    const [lat, lon] = coordPair(g);
    const room = g.f.string.alphanumeric({ length: 10, casing: 'lower' });
    return rpc(g, {
      content: [
        {
          type: 'text',
          text: jsonText(
            {
              session: uuid(g),
              joinUrl: phi('url', `https://visit.example.health/room/${room}?pt=${g.digits(6)}`),
              events: [
                {
                  ts: stamp(g, d),
                  type: 'join',
                  who: nm(p.full),
                  role: 'patient',
                  ip: ip(g),
                  ua: g.pick(USER_AGENTS),
                },
                { ts: stamp(g, d), type: 'join', who: t`Dr. ${nm(c.family)}`, role: 'clinician', ip: ip(g) },
                { ts: stamp(g, d), type: 'location', lat, lon, accuracyM: g.int(5, 80) },
                {
                  ts: stamp(g, d),
                  type: 'peripheral',
                  device: deviceName(g),
                  mac: mac(g),
                  serial: phi('device', `${g.letters(3)}${g.digits(6)}${g.letters(1)}`, 'serial'),
                },
                {
                  ts: stamp(g, d),
                  type: 'note',
                  text: t`Pt ${nm(p.given)} reports ${eponym(g)} flare; continue ${drug(g)}; ${lab(g)}.`,
                },
              ],
              client: version(g),
            },
            0,
          ),
        },
      ],
      isError: false,
    });
  },

  b35TrialCrf: (g) => {
    const p = person(g);
    const b = dob(g, 0.25);
    const v1 = recent(g);
    const inv = person(g);
    return rpc(g, {
      structuredContent: {
        study: `OSP-${g.digits(4)}`,
        sponsor: org(g, 'sponsor'),
        site: org(g, 'hospital'),
        subject_id: phi('other_id', `${g.digits(2)}-${g.digits(3)}-${g.digits(3)}`, 'subject'),
        initials: phi('name', `${p.given[0]}-${p.family[0]}`, 'initials'),
        dob: isoSpan(b),
        age_at_consent: ageSpan(ageAt(b, v1)),
        visits: [0, 28, 84].map((off, i) => ({
          visit: `V${i + 1}`,
          date: isoSpan(plusDays(v1, off)),
          labs: [lab(g), lab(g)],
          height: height(g),
        })),
        exam_findings: [{ test: eponymTest(g), result: g.pick(['positive', 'negative']) }],
        adverse_events: [
          {
            term: eponym(g),
            meddra_or_icd: code(g, 'ICD-10')[1],
            onset: isoSpan(plusDays(v1, g.int(3, 80))),
          },
        ],
        concomitant: [drug(g)],
        device: { name: deviceName(g), udi: udiValue(g) },
        investigator: { name: nm(inv.full), npi: npiValue(g), email: mail(g, inv) },
        population_note: statistic(g),
        audit: { created: stamp(g, v1), edc_version: version(g), entered_by: handle(g, person(g)) },
      },
      content: [{ type: 'text', text: 'CRF saved.' }],
    });
  },

  b35BillJson: (g) => {
    const p = person(g);
    const a = address(g, p.country);
    const dos = recent(g);
    const c = card(g);
    const b = dob(g, 0.2);
    return rpc(g, {
      content: [
        {
          type: 'text',
          text: jsonText(
            {
              statement: {
                guarantor: { name: nm(p.full), address: addressLine(a), phone: phoneFor(g, p.country) },
                patient: {
                  name: nm(p.full),
                  mrn: phi('mrn', `${g.digits(8)}`),
                  dob: dateIn(g, b, p.country),
                  age: ageSpan(ageAt(b, dos)),
                },
                account: phi('account', g.digits(10)),
                statement_date: dateIn(g, plusDays(dos, 21), p.country),
                lines: [
                  { dos: dateIn(g, dos, p.country), code: code(g, 'HCPCS')[1], amount: g.int(20, 900) },
                  { dos: dateIn(g, dos, p.country), ndc: ndc(g), drug: drug(g), amount: g.int(5, 300) },
                ],
                payer: org(g, 'payer'),
                payment: {
                  issuer: keep('organization', c.issuer),
                  pan: c.number,
                  cvv: cvv(g),
                  exp: expiry(g),
                },
                portal: phi('url', `https://billing.example.org/guarantor/${g.digits(8)}`),
              },
            },
            2,
          ),
        },
      ],
    });
  },

  b35Esign: (g) => {
    const p = person(g);
    const w = person(g);
    const d = recent(g);
    const [lat, lon] = coordPair(g);
    return rpc(g, {
      structuredContent: {
        envelopeId: uuid(g),
        status: 'completed',
        documents: [{ name: t`Consent_${nm(p.family)}_${isoSpan(d)}.pdf`, pages: g.int(2, 12) }],
        signers: [
          {
            name: nm(p.full),
            email: mail(g, p),
            ipAddress: ip(g),
            signedDateTime: stamp(g, d),
            geo: { lat, lon },
            idVerification: {
              method: 'passport',
              documentNumber: passport(g, p.country),
              selfie: photoFile(g, p.family),
            },
          },
          {
            name: nm(w.full),
            email: mail(g, w),
            ipAddress: ip(g),
            signedDateTime: stamp(g, d),
            role: 'witness',
          },
        ],
        platformVersion: version(g),
      },
      content: [{ type: 'text', text: t`Envelope completed for ${nm(p.full)}.` }],
    });
  },

  b35Ticket: (g) => {
    const p = person(g);
    const agent = person(g);
    const a = address(g, p.country);
    const c = card(g);
    return call(g, 'helpdesk_create_ticket', {
      requester: { name: nm(p.full), email: mail(g, p), phone: phoneFor(g, p.country) },
      subject: t`Refund for ${deviceName(g)} order`,
      messages: [
        {
          from: 'customer',
          body: t`Hi, I'm ${nm(p.given)}. I was charged twice on card ${c.number} for my monitor. Please send the refund and the replacement to ${addressLine(a)}. My doctor needs the readings before ${dateIn(g, recent(g), p.country)}.`,
        },
        {
          from: 'agent',
          author: nm(agent.given),
          body: t`Thanks ${nm(p.given)}, refund raised against order ${g.digits(8)}. The device ${phi('device', `SN-${g.digits(8)}`, 'serial')} will be deactivated.`,
        },
      ],
      tags: ['billing', 'wearable'],
      createdAt: stamp(g, recent(g)),
    });
  },

  b35Fnol: (g) => {
    const where = g.pick(['UK', 'AU', 'US', 'IN', 'IE'] as const);
    const p = person(g, where);
    const inj = person(g, where);
    const d = recent(g);
    const [lat, lon] = coordPair(g);
    const ib = dob(g, 0.3);
    return rpc(g, {
      structuredContent: {
        policy_number: phi('other_id', `${g.letters(3)}/${g.digits(7)}`, 'policy'),
        insured: {
          name: nm(p.full),
          dob: dateIn(g, dob(g, 0.05), where),
          phone: phoneFor(g, where),
          address: addressLine(address(g, where)),
        },
        driver: { name: nm(p.full), licence: driving(g, where, p) },
        vehicle: {
          vin: vinValue(g),
          registration: plate(g, where),
          make: g.pick(['Skoda', 'Toyota', 'Mahindra', 'Holden']),
          model_year: year(g.int(2008, 2024)),
        },
        incident: {
          date: dateIn(g, d, where),
          time: clock(g),
          location: { lat, lon, description: 'junction' },
        },
        injured: [
          {
            name: nm(inj.full),
            age: ageSpan(ageAt(ib, d)),
            taken_to: org(g, 'hospital'),
            injury: eponym(g),
            ambulance_ref: phi('other_id', `AMB${g.digits(7)}`, 'incident'),
          },
        ],
        third_party_vehicle: plate(g, where),
        reported_at: stamp(g, d),
      },
    });
  },

  b35CsvExport: (g) => {
    const rows = [0, 1, 2, 3].slice(0, g.int(2, 4)).map(() => {
      const p = person(g, 'US');
      const a = address(g, 'US');
      return t`${nm(p.given)},${nm(p.family)},${isoSpan(dob(g, 0.05))},${mail(g, p)},${phoneFor(g, 'US')},${a.code},${healthId(g, 'US')[1]},${ssnValue(g)},${keep('organization', g.pick(['Kestrel Mutual Health', 'Meridale Health Plan']))}`;
    });
    return rpc(g, {
      content: [
        {
          type: 'text',
          text: t`first_name,last_name,dob,email,phone,zip,member_id,ssn,plan\n${join(rows, '\n')}`,
        },
      ],
      structuredContent: { rows: rows.length, exportedAt: stamp(g, recent(g)), file: 'benefits_export.csv' },
    });
  },

  b35KycJson: (g) => {
    const where = country(g);
    const p = person(g, where);
    const b = dob(g, 0.1);
    const [, nid] = nationalId(g, where);
    return call(g, 'kyc_submit', {
      customer: {
        first_name: nm(p.given),
        last_name: nm(p.family),
        date_of_birth: dateIn(g, b, where),
        nationality: where,
        passport_number: passport(g, where),
        national_id: nid,
        address: addressLine(address(g, where)),
        selfie_file: photoFile(g, p.family),
        liveness: { face_template: biometricValue(g), score: g.int(80, 99) / 100 },
        wallets: [wallet(g), wallet(g)],
        login: { ip: ip(g), device_mac: mac(g), user_agent: g.pick(USER_AGENTS) },
        occupation: g.pick(JOBS),
      },
      submitted: stamp(g, recent(g)),
    });
  },
};
