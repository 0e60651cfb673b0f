/** Blind split 13: issue trackers, wikis, helpdesks and CRMs holding PHI. SYNTHETIC DATA ONLY. */
import type { Gen } from '../context';
import { type Frag, type JsonTree, phi, t } from '../fragment';
import {
  account13,
  biometric13,
  dl13,
  ip13,
  mbi13,
  member13,
  mrn13,
  npi13,
  otherId13,
  phone13,
  plate13,
  serial13,
  ssn13,
  stateLic13,
  vin13,
} from './ids';
import { anyResult, structured, textBlock } from './mcp';
import {
  code13,
  device13,
  drug13,
  eponym13,
  icd13,
  lab13,
  org13,
  stamp,
  stat13,
  uuid13,
  version13,
  year13,
} from './vocab';
import { day, visitDate } from './when';
import { ageOf, emailOf, nm, patient, place, slug, staff, workEmail } from './who';

/** Atlassian document format: paragraphs of text nodes. */
const adf = (paras: readonly Frag[]): JsonTree => ({
  type: 'doc',
  version: 1,
  content: paras.map((p) => ({ type: 'paragraph', content: [{ type: 'text', text: p }] })),
});

function jiraIssue(g: Gen): JsonTree {
  const pt = patient(g);
  const dev = staff(g);
  const qa = staff(g);
  const key = `${g.pick(['EHRINT', 'PORTAL', 'RCM'])}-${g.int(100, 9999)}`;
  return textBlock(g, {
    key,
    fields: {
      summary: g.pick([
        t`Duplicate chart created for ${nm(pt, 'full')} after merge`,
        t`Portal shows wrong DOB (${day(g, pt.dob)}) for MRN ${mrn13(g)}`,
        t`HL7 feed drops ${code13(g)} for pt ${nm(pt, 'LF')}`,
      ]),
      status: { name: g.pick(['In Progress', 'To Do', 'Blocked']) },
      reporter: { displayName: nm(qa, 'full'), emailAddress: workEmail(g, qa) },
      assignee: { displayName: nm(dev, 'full') },
      created: stamp(g, 'iso'),
      fixVersions: [{ name: version13(g) }],
      description: adf([
        t`Repro: search ${nm(pt, 'lf')} (DOB ${day(g, pt.dob, 'us')}), open encounter from ${day(g, visitDate(g))}.`,
        t`Expected ${drug13(g)} on the med list; got nothing. Patient phone ${phone13(g)}, lives at ${place(g).street}.`,
        t`Affects build ${version13(g)}; ${stat13(g)}.`,
      ]),
      comment: {
        comments: [
          {
            author: { displayName: nm(dev, 'full') },
            created: stamp(g, 'iso'),
            body: adf([
              t`Can't repro with ${nm(pt, 'first')}'s chart, member ${member13(g)} maps to ${org13(g)} fine.`,
            ]),
          },
        ],
      },
    },
  });
}

function githubIssue(g: Gen): JsonTree {
  const pt = patient(g);
  const dev = staff(g);
  const addr = place(g);
  const body = t`### Steps\n1. POST /patients with the payload below\n2. See 500\n\n\`\`\`json\n{"name": "${nm(pt, 'full')}", "birthDate": "${day(g, pt.dob, 'iso')}", "ssn": "${ssn13(g, 'ssn-dash')}", "zip": "${addr.zip}"}\n\`\`\`\n\nServer ${version13(g)}, client IP ${ip13(g)}.\n\ncc @${phi('name', slug(dev.first) + slug(dev.last), 'handle')}`;
  return anyResult(
    g,
    {
      url: `https://api.github.com/repos/tamarack-health/intake-api/issues/${g.int(10, 4000)}`,
      title: g.pick([
        t`Crash when patient name has apostrophe (${nm(pt, 'full')})`,
        t`500 on intake for ${nm(pt, 'first')} - see payload`,
      ]),
      user: { login: phi('name', `${slug(dev.first)}${slug(dev.last)}`, 'handle'), type: 'User' },
      labels: [{ name: 'bug' }, { name: 'phi-leak' }],
      state: 'open',
      created_at: stamp(g, 'iso_s'),
      body,
      comments_data: [
        {
          user: { login: 'ci-bot' },
          body: t`Redacted? The payload still shows ${nm(pt, 'last')} and ${addr.city}.`,
          created_at: stamp(g, 'iso_s'),
        },
      ],
    },
    'Issue fetched.',
    'github://issues',
  );
}

function linearIssue(g: Gen): JsonTree {
  const pt = patient(g);
  const lead = staff(g);
  return structured(
    g,
    {
      data: {
        issue: {
          identifier: `CARE-${g.int(10, 900)}`,
          title: t`Outreach: ${nm(pt, g.pick(['full', 'lower'] as const))} missed ${g.pick(['colonoscopy', 'A1c draw', 'echo'])}`,
          description: t`**Patient** ${nm(pt, 'full')}, ${ageOf(pt)} y/o\n**Phone** ${phone13(g)}\n**Due since** ${day(g, visitDate(g))}\n\nLast ${lab13(g)}. Hx ${eponym13(g)}.`,
          priority: g.int(1, 4),
          createdAt: stamp(g, 'iso'),
          assignee: { name: nm(lead, 'full'), email: workEmail(g, lead) },
          comments: {
            nodes: [
              {
                body: t`Left VM. ${nm(pt, 'first')} prefers texts after 5.`,
                createdAt: stamp(g, 'iso'),
                user: { name: nm(staff(g), 'full') },
              },
            ],
          },
        },
      },
    },
    t`Issue CARE for ${nm(pt, 'fi')}`,
  );
}

function notionBlocks(g: Gen): JsonTree {
  const pt = patient(g);
  const doc = staff(g);
  const rich = (text: Frag | ReturnType<typeof nm>): JsonTree => [
    { type: 'text', text: { content: text }, plain_text: text },
  ];
  const rows = [
    [t`Name`, t`DOB`, t`Device`, t`Serial`],
    [t`${nm(pt, 'full')}`, t`${day(g, pt.dob)}`, t`${device13(g)}`, t`${serial13(g)}`],
  ];
  return anyResult(
    g,
    {
      object: 'list',
      results: [
        {
          object: 'block',
          id: uuid13(g),
          type: 'heading_2',
          heading_2: { rich_text: rich(t`Device clinic - ${nm(pt, 'lf')}`) },
        },
        {
          object: 'block',
          id: uuid13(g),
          type: 'paragraph',
          paragraph: {
            rich_text: rich(
              t`Implanted ${day(g, visitDate(g), 'mon_d_y')} by Dr. ${nm(doc, 'last')} (NPI ${npi13(g)}). Remote check shows ${lab13(g)}.`,
            ),
          },
        },
        {
          object: 'block',
          id: uuid13(g),
          type: 'to_do',
          to_do: {
            rich_text: rich(t`Call ${nm(pt, 'first')} at ${phone13(g)} re ${eponym13(g)}`),
            checked: g.chance(0.5),
          },
        },
        ...rows.map((cells) => ({
          object: 'block',
          id: uuid13(g),
          type: 'table_row',
          table_row: { cells: cells.map(rich) },
        })),
      ],
      has_more: false,
      next_cursor: null,
    },
    'Page blocks.',
    `notion://pages/${g.f.string.hexadecimal({ length: 32, casing: 'lower', prefix: '' })}`,
  );
}

function confluencePage(g: Gen): JsonTree {
  const rows = Array.from({ length: g.int(2, 4) }, () => {
    const p = patient(g);
    return t`<tr><td>${nm(p, 'LF')}</td><td>${mrn13(g)}</td><td>${day(g, visitDate(g), 'us')}</td><td>${icd13(g)}</td><td>${ageOf(p)}</td></tr>`;
  });
  return textBlock(g, {
    id: String(g.int(100000, 9999999)),
    type: 'page',
    title: t`Huddle ${day(g, visitDate(g), 'iso')} - ${org13(g)}`,
    version: { number: g.int(1, 30), when: stamp(g, 'iso') },
    body: {
      storage: {
        representation: 'storage',
        value: t`<h2>Discharges</h2><table><tbody><tr><th>Patient</th><th>MRN</th><th>DC date</th><th>Dx</th><th>Age</th></tr>${rows}</tbody></table><p>${stat13(g)}; charge RN ${nm(staff(g), 'full')}.</p>`,
      },
    },
  });
}

function helpdeskTicket(g: Gen): JsonTree {
  const pt = patient(g);
  const agent = staff(g);
  const addr = place(g);
  return anyResult(
    g,
    {
      ticket: {
        id: g.int(10000, 999999),
        subject: t`${g.pick(['Billing question', 'Portal locked', 'Wrong address on statement'])} - ${nm(pt, 'full')}`,
        description: t`Hello, my name is ${nm(pt, 'full')} and I was seen on ${day(g, visitDate(g))}. My insurance ${org13(g)} ID ${member13(g)} was not billed. I moved to ${addr.street}, ${addr.city} ${addr.state} ${addr.zip}. Thanks, ${nm(pt, 'first')}`,
        requester: { name: nm(pt, 'full'), email: emailOf(g, pt) },
        via: { channel: 'web', source: { from: { ip_address: ip13(g) } } },
        custom_fields: [
          { id: 360001, value: account13(g) },
          { id: 360002, value: day(g, pt.dob, 'iso') },
          { id: 360003, value: g.chance(0.5) ? mbi13(g) : member13(g) },
          { id: 360004, value: null },
        ],
        created_at: stamp(g, 'iso_s'),
        tags: ['billing', 'phi'],
        comments: [
          {
            author_id: g.int(1000, 9999),
            public: false,
            body: t`Verified via last 4 and DOB. Agent ${nm(agent, 'first')}. Refund to acct ${account13(g)}.`,
            created_at: stamp(g, 'iso_s'),
          },
        ],
      },
    },
    'Ticket loaded.',
    'helpdesk://tickets',
  );
}

function salesforceRecord(g: Gen): JsonTree {
  const pt = patient(g);
  const addr = place(g);
  const adjuster = staff(g);
  return textBlock(g, {
    totalSize: 1,
    done: true,
    records: [
      {
        attributes: {
          type: 'Claim__c',
          url: `/services/data/v60.0/sobjects/Claim__c/a0B${g.f.string.alphanumeric(15)}`,
        },
        Name: otherId13(g),
        Claimant_Name__c: nm(pt, 'full'),
        Claimant_DOB__c: day(g, pt.dob, 'iso'),
        Claimant_SSN__c: ssn13(g, g.pick(['ssn-dash', 'ssn-none'])),
        Mailing_Street__c: addr.street,
        Mailing_City__c: addr.city,
        Mailing_Postal__c: addr.zip,
        Injury_Date__c: day(g, visitDate(g), 'iso'),
        Vehicle_VIN__c: vin13(g),
        Plate__c: plate13(g),
        Drivers_License__c: dl13(g),
        Treating_NPI__c: npi13(g),
        Adjuster__c: nm(adjuster, 'full'),
        Diagnosis_Code__c: icd13(g),
        Carrier__c: org13(g),
        CreatedDate: stamp(g, 'iso'),
        Notes__c: t`Claimant ${nm(pt, 'first')} (${ageOf(pt)}) rear-ended ${day(g, visitDate(g), 'us')}. ${eponym13(g)} ruled out.`,
      },
    ],
  });
}

function hubspotContact(g: Gen): JsonTree {
  const pt = patient(g);
  const owner = staff(g);
  const addr = place(g);
  return structured(
    g,
    {
      id: String(g.int(10000, 99999999)),
      properties: {
        firstname: nm(pt, 'first'),
        lastname: nm(pt, 'last'),
        email: emailOf(g, pt),
        phone: phone13(g),
        fax: g.chance(0.5) ? phone13(g, 'fax') : undefined,
        address: addr.street,
        city: addr.city,
        state: addr.state,
        zip: addr.zip,
        date_of_birth: day(g, pt.dob, g.pick(['iso', 'us'] as const)),
        last_procedure: code13(g),
        referral_source: org13(g),
        license_plate: g.chance(0.4) ? plate13(g) : undefined,
        face_match_id: g.chance(0.5) ? biometric13(g) : undefined,
        hs_lead_status: 'OPEN',
        createdate: stamp(g, 'iso'),
        lastmodifieddate: stamp(g, 'iso'),
        hubspot_owner_name: nm(owner, 'full'),
        hs_analytics_first_url: phi(
          'url',
          `https://www.${g.pick(['tamarackvalley', 'greywaterhealth'])}.example/book?patient=${slug(pt.first)}-${slug(pt.last)}`,
        ),
      },
      archived: false,
    },
    t`Contact ${nm(pt, 'full')}`,
  );
}

function driveListing(g: Gen): JsonTree {
  const files = Array.from({ length: g.int(2, 5) }, () => {
    const p = patient(g);
    const d = visitDate(g);
    const kind = g.pick(['MRI', 'consent', 'referral', 'EOB', 'photo']);
    const ext = kind === 'photo' ? 'jpg' : 'pdf';
    const name = g.pick([
      () => t`${phi('name', `${p.last}_${p.first}`, 'file')}_${day(g, d, 'iso')}_${kind}.${ext}`,
      () =>
        t`${phi('name', `${slug(p.last)}-${slug(p.first)}`, 'file')} ${kind} ${phi('date', `${d.getUTCMonth() + 1}-${d.getUTCDate()}-${d.getUTCFullYear()}`, 'dashed')}.${ext}`,
      () => t`${kind}_${mrn13(g)}_${day(g, p.dob, 'compact')}.${ext}`,
    ])();
    const photoName =
      kind === 'photo' ? phi('photo', `IMG_${day(g, d, 'compact').value}_${g.digits(6)}.jpg`) : undefined;
    return {
      id: g.f.string.alphanumeric(33),
      name,
      mimeType: ext === 'jpg' ? 'image/jpeg' : 'application/pdf',
      originalFilename: photoName,
      modifiedTime: stamp(g, 'iso'),
      size: String(g.int(20_000, 9_000_000)),
      owners: [{ displayName: nm(staff(g), 'full') }],
      path: t`/Clinic Shared/${year13(g)}/${phi('name', `${p.last}, ${p.first}`, 'lf')}/`,
    };
  });
  return textBlock(g, { kind: 'drive#fileList', incompleteSearch: false, files });
}

function searchHits(g: Gen): JsonTree {
  const hits = Array.from({ length: g.int(2, 4) }, () => {
    const p = patient(g);
    const doc = staff(g);
    return {
      _index: `notes-${year13(g).value}`,
      _id: uuid13(g),
      _score: Number(g.f.number.float({ min: 1, max: 14 }).toFixed(3)),
      _source: {
        patient_name: nm(p, 'LF'),
        mrn: mrn13(g),
        note_date: day(g, visitDate(g), 'iso'),
        author: t`${nm(doc, 'full')}, ${g.pick(['MD', 'NP', 'PA-C'])}`,
        indexed_at: stamp(g, 'iso'),
      },
      highlight: {
        body: [
          t`...seen today, <em>${nm(p, 'first')}</em> reports ${eponym13(g)} since ${day(g, visitDate(g), 'month_d')}...`,
          t`...continue ${drug13(g)}; call ${phone13(g)} with <em>${lab13(g)}</em>...`,
        ],
      },
    };
  });
  return anyResult(
    g,
    { took: g.int(2, 90), timed_out: false, hits: { total: { value: hits.length, relation: 'eq' }, hits } },
    'Search results.',
    'search://notes',
  );
}

function appLogs(g: Gen): JsonTree {
  const data = Array.from({ length: g.int(2, 4) }, () => {
    const p = patient(g);
    const msg = g.pick([
      () => t`eligibility check failed for ${nm(p, 'full')} member=${member13(g)} payer=${org13(g)}`,
      () =>
        t`sent reminder sms to ${phone13(g)} (patient ${nm(p, 'lf')}) appt=${day(g, visitDate(g), 'iso')}`,
      () => t`lookup dob=${day(g, p.dob, 'iso')} zip=${place(g).zip} -> 2 matches`,
      () => t`login ok user=${emailOf(g, p)} mfa=sms`,
      () => t`license check ${stateLic13(g)} for prescriber ${nm(staff(g), 'full')} status=active`,
    ])();
    return {
      id: g.f.string.alphanumeric(30),
      type: 'log',
      attributes: {
        timestamp: stamp(g, 'iso'),
        status: g.pick(['info', 'warn', 'error']),
        service: g.pick(['intake-api', 'reminder-worker', 'auth']),
        message: msg,
        attributes: {
          request_id: uuid13(g),
          http: { client_ip: ip13(g), status_code: g.pick([200, 401, 422, 500]) },
          version: version13(g),
        },
      },
    };
  });
  return structured(
    g,
    { data, meta: { page: { after: g.f.string.alphanumeric(20) } } },
    `Found ${data.length} log events.`,
  );
}

export const WORKTOOL_DOCS = {
  jiraIssue13: jiraIssue,
  githubIssue13: githubIssue,
  linearIssue13: linearIssue,
  notionBlocks13: notionBlocks,
  confluencePage13: confluencePage,
  helpdeskTicket13: helpdeskTicket,
  salesforceRecord13: salesforceRecord,
  hubspotContact13: hubspotContact,
  driveListing13: driveListing,
  searchHits13: searchHits,
  appLogs13: appLogs,
};
