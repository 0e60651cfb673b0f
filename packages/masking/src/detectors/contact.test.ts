import { describe, it } from 'vitest';
import { expectDetected, expectKept, expectNoType } from '../test-helpers';

describe('e-mail', () => {
  it.each([
    ['Reach jane.doe@example.com today', 'jane.doe@example.com'],
    ['J.Doe+intake@clinic.example.co.uk', 'J.Doe+intake@clinic.example.co.uk'],
    ['<a.b@example.org>', 'a.b@example.org'],
    ['e: nowak_małgorzata@mail.example.nz', 'nowak_małgorzata@mail.example.nz'],
    ['write to zoë.brontë@example.org', 'zoë.brontë@example.org'],
  ])('finds %s', (text, value) => expectDetected(text, value, 'email'));

  it.each([
    ['reply to "ana lima"@example.org', '"ana lima"@example.org'],
    ['"o.reyes"@clinic.example.com wrote', '"o.reyes"@clinic.example.com'],
  ])('finds an address whose local part is quoted: %s', (text, value) =>
    expectDetected(text, value, 'email'),
  );

  it.each([
    ['Contact jdoe@[10.1.2.3] for results', 'jdoe@[10.1.2.3]'],
    ['reply to a.roe@[IPv6:2001:db8::1]', 'a.roe@[IPv6:2001:db8::1]'],
  ])('finds an address whose domain is an address literal: %s', (text, value) =>
    expectDetected(text, value, 'email'),
  );

  it.each(['she said "yes"@ noon', '{"k":"v"}@home'])('keeps quotes before an at sign of prose: %s', (t) =>
    expectKept(t),
  );

  it.each(['not an email', 'user@localhost', '@example.com', 'price @ 5 USD'])('keeps %s', (t) =>
    expectKept(t),
  );

  it('keeps message, part and calendar entry identifiers, masks the mailboxes beside them', () => {
    const mail = [
      'From: Ann Roe <ann.roe@mail.example.org>',
      'Message-ID: <20250304.7731.qx@mail.northsite.example>',
      'In-Reply-To: <a81@mail.northsite.example>',
      'X-Ref: 2b8e2488-19c2-48f2-a36a-480ea72ac47b@mail.northsite.example',
      'UID:visit-7731@sched.northsite.example',
    ].join('\r\n');
    expectDetected(mail, 'ann.roe@mail.example.org', 'email');
    for (const id of [
      '20250304.7731.qx@mail.northsite.example',
      'a81@mail.northsite.example',
      '2b8e2488-19c2-48f2-a36a-480ea72ac47b',
      'visit-7731@sched.northsite.example',
    ])
      expectKept(mail, id);
  });
});

describe('URLs', () => {
  it.each([
    ['portal: https://patients.example.com/p/900123?x=1.', 'https://patients.example.com/p/900123?x=1'],
    ['see www.jane-doe-family.example.net', 'www.jane-doe-family.example.net'],
  ])('finds %s', (text, value) => expectDetected(text, value, 'url'));

  it.each([
    'code system http://loinc.org',
    'profile http://hl7.org/fhir/StructureDefinition/Patient',
    'schema https://json-schema.org/draft/2020-12/schema',
    'resource ehr://records/12/3',
  ])('keeps terminology and resource URIs: %s', (t) => expectKept(t));
});

describe('IP addresses', () => {
  it.each([
    ['login from 192.168.10.20 at night', '192.168.10.20'],
    ['client 2001:db8::8a2e:370:7344 connected', '2001:db8::8a2e:370:7344'],
    ['fe80::1ff:fe23:4567:890a', 'fe80::1ff:fe23:4567:890a'],
  ])('finds %s', (text, value) => expectDetected(text, value, 'ip'));

  it.each(['version 10.2.0.1', 'v1.2.3.4', 'at 10:22:01', '256.1.1.1', 'std::vector'])('keeps %s', (t) =>
    expectKept(t),
  );
});

describe('phone and fax', () => {
  it.each([
    ['Call 555-010-1234', '555-010-1234'],
    ['Call (555) 010-1234', '(555) 010-1234'],
    ['Call (555)0101234', '(555)0101234'],
    ['Call 555.010.1234', '555.010.1234'],
    ['Call 555 010 1234', '555 010 1234'],
    ['Call +1 555 010 1234 x204', '+1 555 010 1234 x204'],
    ['Call 1-555-010-1234', '1-555-010-1234'],
    ['mobile: 5550101234', '5550101234'],
    ['UK office +44 20 7946 0958', '+44 20 7946 0958'],
    ['Paris +33 1 23 45 67 89', '+33 1 23 45 67 89'],
    ['from abroad dial 0044 20 7946 0958', '0044 20 7946 0958'],
    ['from abroad dial 0044-161-496-0000', '0044-161-496-0000'],
    ['can be reached on 5552181234 after six', '5552181234'],
    ['Next of kin: Bo (brother), 5552181234.', '5552181234'],
    ['Direct: 5552181234 | Fax: 555-210-9876', '5552181234'],
    ['TELEPHONE: 5552181234\n4. NAME', '5552181234'],
    ['[user] its 5197821240', '5197821240'],
    ['Emergency contact: Pham, Thu (caregiver) 01991 879292', '01991 879292'],
    ['Tel 0161 496 0000 (surgery)', '0161 496 0000'],
    ['Contact (niece) 0483 159 057', '0483 159 057'],
    ['Clinic (02) 9876 5432', '(02) 9876 5432'],
    ['his number 0244 123 456 (Ghana)', '0244 123 456'],
  ])('finds a phone number in %s', (text, value) => expectDetected(text, value, 'phone'));

  it.each([
    ['Fax: 555-010-9876', '555-010-9876'],
    ['fax 5550109876', '5550109876'],
    ['please fax the referral to Dr. Quill at 5552109876', '5552109876'],
    ['NPI 1234567893  F 8708072951', '8708072951'],
  ])('reports fax numbers as fax: %s', (text, value) => expectDetected(text, value, 'fax'));

  it.each([
    'timestamp 1700000000 and id 5550101234',
    'BP 120/80, HR 72',
    'call back in 2 weeks',
    'LOINC 2345-7',
    'NDC 0002-3227-30',
    'NDC 0093-5692-39',
    '"ndc": "0093-2335-99"',
    'dispensed 0006-0074-31 and 00093-723-01 today',
    'NPI on file 1234567893',
    'batch 5550101234 items',
  ])('keeps %s', (t) => expectKept(t));

  it('does not read an order number as a phone number', () =>
    expectNoType('order 5550101234 items', 'phone'));

  it('does not read a date after "call" as a phone number', () =>
    expectNoType('call on 2024-03-17', 'phone'));

  it.each([
    'call ended 2024-10-06 16:57:20.331',
    'call ended 20251223115551+0000',
    'CALL TRANSCRIPT 52293833-6279-4b7c-a50a-cac2bd760566',
  ])('does not read a time stamp or a UUID after "call" as a phone number: %s', (text) =>
    expectNoType(text, 'phone'),
  );

  it.each([
    ['spouse present, reachable at 562-3468 or by text', '562-3468'],
    ['or my grandson at 200-5176', '200-5176'],
    ['patient: (064) 378789 or my son', '(064) 378789'],
    ['Ph (01) 874 1234', '(01) 874 1234'],
    ['ring her at home, 01 234 5678', '01 234 5678'],
  ])('finds a local number after its word, or after a bracketed trunk code: %s', (text, value) =>
    expectDetected(text, value, 'phone'),
  );

  it.each([
    ["Emergency contact: O'Dwyer, Ezekiel, nephew, 555-0176", '555-0176'],
    ['emergency contact Ann B. Roe 555-0108', '555-0108'],
    ['Per nephew Bo Poe (555-0102).', '555-0102'],
    ['Rx #5518402-05 at Quillfield Discount Drug (555-0114).', '555-0114'],
    ['Fenwick Compounding Pharmacy  555-0102', '555-0102'],
    ['Preferred pharmacy: Quill Mail Pharmacy, 555-0141', '555-0141'],
    ['son called twice, wants update, best # is 555-0194.', '555-0194'],
    ['father Eli keeps calling from 555-0190', '555-0190'],
    ['Caller: ROE, ANN (self) — H: 555-0137', '555-0137'],
  ])('finds a local number after a person to reach, a pharmacy or a caller: %s', (text, value) =>
    expectDetected(text, value, 'phone'),
  );

  it.each([
    'son on levetiracetam 250-1000 mg',
    'mother ran from 200-1000 m daily',
    'daughter walked 200-1000 m',
    'wife: titrate 250-1000 units',
  ])('keeps a range after a relation: %s', (text) => expectNoType(text, 'phone'));

  it.each([
    ['Preferred pharmacy = Quill Mail Pharmacy, 5552014417', '5552014417'],
    ['collateral from brother ROE, BO (5552014417,,8424).', '5552014417,,8424'],
    ['Landlord Ann Roe (5552014417 x22)', '5552014417 x22'],
  ])('finds ten bare digits after a pharmacy, or in brackets with an extension: %s', (text, value) =>
    expectDetected(text, value, 'phone'),
  );

  it.each([
    ['Caregiver: Ann Roe, 9806519030.', '9806519030'],
    ['Emergency contact Bo Poe (daughter), 4443676936', '4443676936'],
  ])('finds ten bare digits after a person to reach and their name: %s', (text, value) =>
    expectDetected(text, value, 'phone'),
  );

  it.each([
    ['guarantor updated. cb 5551234567 anytime', '5551234567'],
    ['house sup on call, vocera 5489805166', '5489805166'],
    ['charge RN spectra 5475350449', '5475350449'],
    ['from 4807027100: cant make it', '4807027100'],
    ['family wants update, dtr @ 5247802461', '5247802461'],
    ['Kalispell, MT   c: 3028016063', '3028016063'],
    ['* Frost, Imani   23yo   8262482715   added 8/17', '8262482715'],
    ['| Roe, Ann | 4197488534 | wants am |', '4197488534'],
    ['she can drive me. her # is 2763650479', '2763650479'],
    ['Landlord Ann Roe (17902087686) has served notice', '17902087686'],
    ['call me at 774/324-9767 or 18975563616 (work)', '18975563616'],
  ])('finds a phone number after a call-back word, a handset or alone in a column: %s', (text, value) =>
    expectDetected(text, value, 'phone'),
  );

  it('reports a number after "faxed" as fax', () =>
    expectDetected('Hospice referral faxed 6208754089. pt to call back', '6208754089', 'fax'));

  it.each([
    'order 2024101512 from 2024101512',
    'run   2025031514   done',
    'batch   1700000000   ok',
    'referral faxed on 3/12/2025',
    'qty   20   mg   500',
    'accession (1234567890) pending',
    'ran 2025031514 (work) queue',
  ])('keeps a date and hour, an epoch time or a dose in a column or after "from": %s', (text) =>
    expectNoType(text, 'phone'),
  );

  it('keeps ten digits inside a sentence with no cue and no column', () =>
    expectNoType('reference 8262482715 was used', 'phone'));

  it('keeps ten digits after a comma with no person to reach before them', () =>
    expectNoType('Batch total, 9806519030 items', 'phone'));

  it.each(['ALT 212 at 120-1500 U/L range', 'gauge at 1.5-2.0', 'dose (0.5) mg'])('keeps %s', (text) =>
    expectNoType(text, 'phone'),
  );
});

describe('a number in keypad letters', () => {
  it.each([
    ['call 1-800-CARENOW', '1-800-CARENOW'],
    ['text 415-555-PILL today', '415-555-PILL'],
    ['phone (212) MY-NURSE', '(212) MY-NURSE'],
  ])('finds %s after a word that introduces a number', (text, value) => expectDetected(text, value, 'phone'));

  it('finds both numbers when a text has one in keypad letters and one in digits after their words', () => {
    const text = 'Pharmacy: call 1-800-FLOWERS, or text 4155550123 after 5pm';
    expectDetected(text, '1-800-FLOWERS', 'phone');
    expectDetected(text, '4155550123', 'phone');
  });

  it.each(['Call 911 STAT NOW', 'call 800 tomorrow', 'text 415 LOINC codes', 'Page 212 ABCDEFGHIJ'])(
    'keeps %s',
    (t) => expectNoType(t, 'phone'),
  );
});

describe('a phone number after its label', () => {
  it('ends at the end of its line', () => {
    const text = 'TELEPHONE: 5552181234\n4. NAME';
    expectNoType(text.slice(text.indexOf('\n')), 'phone');
    expectKept(text, '4. NAME');
  });
});

describe('a four-part number ending in 0', () => {
  it.each(['safety database 4.2.0.0', 'GATK HaplotypeCaller 4.4.0.0 called', 'QA 4.3.0.0'])(
    'is a release: %s',
    (t) => expectKept(t),
  );

  it.each([
    ['client at 10.4.22.81', '10.4.22.81'],
    ['blocked 10.20.0.0/16 at the firewall', '10.20.0.0'],
  ])('still finds %s', (text, value) => expectDetected(text, value, 'ip'));
});

describe('a pager number after its short word', () => {
  it.each([
    ['Findings called to Dr. Roe at 1457 (pgr 788-0877).', '788-0877'],
    ['H&P by Dr. Roe, pgr 750-4276\n', '750-4276'],
    ['Cardiology (Jane Roe, MD, bpr 660-5153) recommended', '660-5153'],
  ])('%s', (text, value) => expectDetected(text, value, 'phone'));

  it('keeps a rank or a count after the word', () => {
    expectKept('pgr PGY-2 on call tonight', 'PGY-2');
    expectKept('paged x2 overnight, pgr x2', 'x2');
  });
});

describe('a phone number after its word ends at a sentence stop', () => {
  it('keeps the count that opens the next sentence', () => {
    expectKept(
      'Discussed with husband by phone 568-905-4607. 549 licensed beds in our ICU.',
      '549 licensed beds',
    );
    expectKept('Discussed with son by phone (950) 452-9233. 485 licensed beds.', '485 licensed beds');
    expectDetected(
      'Discussed with husband by phone 568-905-4607. 549 licensed beds.',
      '568-905-4607',
      'phone',
    );
  });
});
