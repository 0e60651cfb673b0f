/** Tickets, chat alerts and claims of blind split 9, with free text written by people. */
import type { Gen } from '../context';
import { type Frag, type JsonTree, phi, t } from '../fragment';
import {
  anySsnForm,
  driverLicense,
  email,
  employeeId,
  mrn,
  phone,
  photo,
  plate,
  portalUrl,
  ssn,
  vin,
} from './ids';
import { ageOf, nm, upper, type Who, who } from './people';
import { place, street, town, zip } from './places';
import { code, cpt, devName, hospital, icd, org, payer, ver, version, year } from './vocab';
import { day, pdate, plusDays, plusSeconds, stamp } from './when';

function ticketText(g: Gen, p: Who, id: Frag | ReturnType<typeof mrn>): { short: string; text: Frag } {
  const dr = who(g, { adult: true });
  return g.pick([
    () => ({
      short: 'Portal: patient cannot see lab results',
      text: t`Caller ${nm(`${p.first} ${p.last}`)} (DOB ${pdate(g, p.dob, ['us_loose', 'us'])}, MRN ${id}) says results from ${pdate(g, day(g), 'mon_dy')} are missing in the app.\nCallback ${phone(g)}. Verified identity w/ last 4 + address ${street(place(g))}.`,
    }),
    () => ({
      short: 'Misdirected fax - possible breach',
      text: t`Fax meant for Dr. ${nm(dr.last)} (fax ${phone(g, 'fax')}) went to ${phone(g, 'fax')} instead. Contained discharge summary for ${nm(upper(`${p.last}, ${p.first}`), 'upper_last_first')}, ${ageOf(p)}yo, SSN ${ssn(g, anySsnForm(g))}. Recipient confirmed shred.`,
    }),
    () => ({
      short: 'Security: vehicle towed from ED lot',
      text: t`Pt ${nm(p.first)} ${nm(p.last)} (ED bed 14) reports car towed. Plate ${plate(g)}, VIN ${vin(g)}; officer badge ${phi('other_id', g.digits(4), 'badge')}. Pt phone ${phone(g)}.`,
    }),
    () => ({
      short: 'Duplicate chart merge request',
      text: t`Please merge ${id} into ${mrn(g)} - same pt ${nm(`${p.last}, ${p.first}`, 'last_first')}, DOB ${pdate(g, p.dob, 'iso')}, ssn:${ssn(g, 'dash', true)}. Requested by ${nm(`${dr.first} ${dr.last}`)} (${employeeId(g)}).`,
    }),
  ])();
}

/** An IT service-desk incident as its outbound webhook posts it. */
export function serviceDeskIncident(g: Gen): JsonTree {
  const p = who(g);
  const id = mrn(g);
  const at = day(g);
  const { short, text } = ticketText(g, p, id);
  return {
    sys_id: g.f.string.hexadecimal({ length: 32, casing: 'lower', prefix: '' }),
    number: `INC${g.digits(7)}`,
    opened_at: stamp(g, at, 'sql'),
    sys_updated_on: stamp(g, plusSeconds(at, g.int(60, 86_400)), 'sql'),
    caller_id: {
      display_value: nm(`${p.first} ${p.last}`),
      value: g.f.string.hexadecimal({ length: 32, casing: 'lower', prefix: '' }),
    },
    short_description: short,
    description: text,
    work_notes: g.chance(0.5)
      ? t`[code]<p>Called back ${pdate(g, plusDays(at, 1), 'us')} - left VM at ${phone(g)}</p>[/code]`
      : '',
    cmdb_ci: { display_value: t`MyChart ${version(`${g.int(2023, 2025)}.${g.int(1, 4)}`)}` },
    assignment_group: { display_value: 'Clinical Apps - Portal' },
    company: { display_value: hospital(g) },
    attachments: g.chance(0.5) ? [{ file_name: photo(g), size_bytes: String(g.int(10_000, 4_000_000)) }] : [],
    u_reported_by_employee: employeeId(g),
  };
}

/** A chat message posted by a bed-board bot: Slack blocks or a Teams card. */
export function chatAlertWebhook(g: Gen): JsonTree {
  const p = who(g, { old: g.chance(0.5) });
  const id = mrn(g);
  const rn = who(g, { adult: true });
  const at = day(g);
  const sex = p.sex;
  if (g.chance(0.55))
    return {
      channel: '#ed-bed-board',
      username: 'BedBoardBot',
      text: 'New ED arrival',
      blocks: [
        {
          type: 'section',
          text: {
            type: 'mrkdwn',
            text: t`*ESI ${String(g.int(1, 4))}* <${portalUrl(g, id.value)}|${nm(upper(`${p.last}, ${p.first}`), 'upper_last_first')}> ${ageOf(p)}${sex}, CC: ${g.pick(['chest pain', 'fall', 'SOB', 'AMS'])}\nDOB ${pdate(g, p.dob, 'us')} · Bed ${String(g.int(1, 40))}`,
          },
        },
        {
          type: 'context',
          elements: [
            {
              type: 'mrkdwn',
              text: t`Triage RN ${nm(`${rn.first} ${rn.last[0]}.`, 'initial')} · ${stamp(g, at, 'isoz')}`,
            },
          ],
        },
      ],
    };
  return {
    '@type': 'MessageCard',
    '@context': 'https://schema.org/extensions',
    summary: 'ED arrival',
    themeColor: 'D70000',
    sections: [
      {
        activityTitle: t`ED arrival: ${nm(`${p.first} ${p.last}`)}`,
        facts: [
          { name: 'MRN', value: id },
          { name: 'Age', value: t`${ageOf(p)} y` },
          { name: 'Home', value: t`${town(place(g))}` },
          {
            name: 'Contact',
            value: t`${nm(who(g).first)} (${g.pick(['daughter', 'son', 'spouse'])}) ${phone(g)}`,
          },
          { name: 'Arrived', value: stamp(g, at, 'offset') },
        ],
      },
    ],
    potentialAction: [
      { '@type': 'OpenUri', name: 'Open chart', targets: [{ os: 'default', uri: portalUrl(g, id.value) }] },
    ],
  };
}

const MAKES = [
  ['Subaru', 'Outback'],
  ['Ford', 'F-150'],
  ['Honda', 'CR-V'],
  ['Toyota', 'Camry'],
  ['Kia', 'Sorento'],
];

/** A motor insurer's personal-injury claim intake: claimant, vehicle, treating providers. */
export function injuryClaimIntake(g: Gen): JsonTree {
  const p = who(g, { adult: true });
  const a = place(g);
  const loss = day(g);
  const [make, model] = g.pick(MAKES) as [string, string];
  return {
    claimNumber: phi('other_id', `PIP-${g.int(24, 25)}-${g.digits(7)}`, 'claim'),
    lossDate: pdate(g, loss, ['iso', 'us']),
    lossLocation: {
      description: t`${g.pick(['Intersection of', 'Near'])} ${street(a, a.street.replace(/^\d+ /, ''))} and ${g.pick(['Main St', 'SR 9'])}`,
      city: town(a),
      county: phi('geo', a.county, 'county'),
      state: a.state,
    },
    claimant: {
      name: { first: nm(p.first), last: nm(p.last) },
      dob: pdate(g, p.dob, 'iso'),
      driversLicense: { number: driverLicense(g), state: a.state },
      phone: phone(g),
      email: email(g, p),
      address: t`${street(place(g))}, ${town(a)}, ${a.state} ${zip(a)}`,
    },
    vehicle: { vin: vin(g), plate: plate(g), year: year(g.int(2008, 2024)), make, model },
    treatment: [
      {
        provider: hospital(g),
        dx: icd(g),
        cpt: cpt(g),
        firstVisit: pdate(g, plusDays(loss, g.int(0, 3)), 'iso'),
      },
      {
        provider: org(g.pick(['Lakemoor Physical Therapy', 'Prairie Spine & Rehab'])),
        dx: code('S33.5XXA'),
        billed: `${g.int(200, 4000)}.00`,
      },
    ],
    carrier: payer(g),
    device: g.chance(0.3)
      ? { dashcam: devName(g, ['Garmin Dash Cam 67W', 'Nextbase 622GW']), firmware: ver(g) }
      : undefined,
    createdAt: stamp(g, plusDays(loss, g.int(1, 5)), 'iso'),
  };
}
