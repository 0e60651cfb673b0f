import { describe, expect, it } from 'vitest';
import { expectDetected, expectKept, expectNoType, piecedTexts } from '../test-helpers';
import { scanContext, type TextLookup } from './detector';
import {
  CAP_TOWN_RE,
  isCountyName,
  isTownName,
  mayHaveProvinceInBrackets,
  mayHaveRegionAfterComma,
  mayHaveStateLetters,
  POSTCODE_LABEL_RE,
  POSTCODE_LABEL_WORDS,
  placeKey,
  TOWN_PROVINCE_RE,
  TOWN_REGION_RE,
  TOWN_UF_RE,
} from './places';

describe('the gazetteer', () => {
  it('knows towns of many countries, with or without their accents', () => {
    for (const town of [
      'Wollongong',
      'Thunder Bay',
      'Ribeirão Preto',
      'Ribeirao Preto',
      'Skipton',
      'Vicenza',
    ])
      expect(isTownName(town), town).toBe(true);
  });

  it('holds no common English word, no state and no province', () => {
    for (const word of ['Reading', 'Mobile', 'Summary', 'Texas', 'Queensland', 'Ontario'])
      expect(isTownName(word), word).toBe(false);
  });

  it('knows British and Irish counties', () => {
    expect(isCountyName('Co. Kildare')).toBe(true);
    expect(isCountyName('Lancashire')).toBe(true);
    expect(isCountyName('Wollongong')).toBe(false);
  });

  it('keys a name by its letters without accents', () => {
    expect(placeKey('Trois-Rivières')).toBe('trois-rivieres');
  });
});

describe('towns in running text', () => {
  it.each([
    ['transferred from Wollongong on Tuesday', 'Wollongong'],
    ['her brother in Thunder Bay drives her', 'Thunder Bay'],
    ['posted near Skipton for two years', 'Skipton'],
    ['nacida en Valladolid en 1950', 'Valladolid'],
    ['nato a Vicenza il 3 maggio', 'Vicenza'],
  ])('finds the town of %s', (text, town) => expectDetected(text, town, 'geo'));

  it.each([
    'seen at Cleveland Clinic last week',
    'outbreak of Norwalk virus on the ward',
    'In Summary the plan is unchanged',
    'she was born in 1950',
    'moving back in Queensland soon',
  ])('keeps %s', (text) => expectNoType(text, 'geo'));
});

describe('towns in addresses', () => {
  it.each([
    ['12 Skipton Road, Keighley, West Yorkshire, BD21 4QA', 'Keighley'],
    ['12 Skipton Road, Keighley, West Yorkshire, BD21 4QA', 'West Yorkshire'],
    ['Rose Cottage, Naas, Co. Kildare', 'Naas'],
    ['Rose Cottage, Naas, Co. Kildare', 'Co. Kildare'],
    ['88, rue Principale, Gatineau (Québec) J8T 3P2', 'Gatineau'],
    ['Rua Sete, 200 — Ribeirão Preto/SP', 'Ribeirão Preto'],
    ['Corso Palladio 4, 36100 Vicenza (VI)', 'Vicenza'],
    ['late of 17 Acacia Street, Dubbo. Service Friday', 'Dubbo'],
  ])('finds in %s the place %s', (text, place) => expectDetected(text, place, 'geo'));

  it.each([
    ['88, rue Principale, Gatineau (Québec) J8T 3P2', 'J8T 3P2'],
    ['Corso Palladio 4, 36100 Vicenza (VI)', '36100'],
    ['Endereço: Rua Sete, 200 — CEP 14015-100', '14015-100'],
    ['Ballyglass⏎Co. Kildare⏎W91 K2P7'.replaceAll('⏎', '\n'), 'W91 K2P7'],
  ])('finds in %s the postcode %s', (text, code) => expectDetected(text, code, 'zip'));

  it('finds the town and county lines of an address block', () => {
    const block =
      'Millbrook Surgery\n14 Bridge Street\nKeighley\nWest Yorkshire\nBD21 4QA\nTel: 01535 000000';
    expectDetected(block, 'Keighley', 'geo');
    expectDetected(block, 'West Yorkshire', 'geo');
  });

  it('takes no heading above a year and no practice name above a street line for a town', () => {
    expectKept('Summary\n2024\nNo change', 'Summary');
    expectNoType('Millbrook Surgery\n14 Bridge Street', 'geo');
  });
});

describe('streets before a town', () => {
  it.each([
    ['c/o 9 Cnoc an Óir, Naas, Co. Kildare, W91 K2P7', '9 Cnoc an Óir'],
    ['late of Rosebank, Quay Street Lower, Naas, Co. Kildare.', 'Rosebank'],
    ['late of Rosebank, Quay Street Lower, Naas, Co. Kildare.', 'Quay Street Lower'],
    [
      'Millbrook Surgery\nGlebe House, Tobar Mhuire\nNaas\nCo. Kildare\nW91 K2P7',
      'Glebe House, Tobar Mhuire',
    ],
  ])('finds in %s the street %s', (text, street) => expectDetected(text, street, 'street_address'));

  it.each([
    ['Brookside Surgery\n93 Eastgate, Quillmoor, LE9 6LZ\nTel', '93 Eastgate'],
    ['Brookside Surgery\n91 Heol y Bryn, Quillmoor, B35 0XS\nTel', '91 Heol y Bryn'],
  ])('finds in %s the street without a street word before a town and its postcode: %s', (text, street) =>
    expectDetected(text, street, 'street_address'),
  );

  it.each([
    ['NOT A BILL\nAnn Roe\n1246 The Ridgeway\nQuillmoor\nYG17 3NL\n\nMember: x', '1246 The Ridgeway'],
    ['Hawthorn Medical Practice\n84 Ropewalk\nStroud\nGloucestershire\nGL29 7LG\nTel: 01', '84 Ropewalk'],
    ['Riverside Surgery\n47 Bóthar na Trá\nTullamore\nCo. Offaly\nR35 S4U2\nTel', '47 Bóthar na Trá'],
    [
      'Hello, I moved, my new address is 9213 Brackenfold Wood\nWalsh-under-Quill\nPL4 8YS. Best',
      '9213 Brackenfold Wood',
    ],
  ])('finds in %s the numbered line above a town and its postcode: %s', (text, street) =>
    expectDetected(text, street, 'street_address'),
  );

  it('finds a town written with a capital inside it before its postcode', () => {
    const text = 'address is Flat 14, 5511 The Willows\nMcQuillton\nSB8 1GB. Best number';
    expectDetected(text, 'McQuillton', 'geo');
    expectDetected(text, 'SB8 1GB', 'zip');
  });

  it('leaves a count of things above a town and its postcode', () => {
    expectNoType('Results: 12 Tablets\nLeeds LS1 4AB', 'street_address');
  });

  it('leaves a practice, a person or words without a house number before a town and its postcode', () => {
    expectNoType('The Brookside Health Centre, Quillmoor, LE9 6LZ', 'street_address');
    expectNoType('Ann Roe, Quillmoor, LE9 6LZ', 'street_address');
    expectNoType('Eastgate House, Quillmoor, LE9 6LZ', 'street_address');
  });

  it('leaves a practice before the address', () => {
    expectNoType('Millbrook Surgery, Naas, Co. Kildare', 'street_address');
    expectNoType('Millbrook Surgery\nNaas\nCo. Kildare\nW91 K2P7', 'street_address');
  });
});

describe('postcodes before towns, neighbourhoods and counties', () => {
  it.each([
    ['domicilié 4 rue Haute, 44000 Nantes (tél. fixe)', '44000', 'zip'],
    ['domicilié 4 rue Haute, 44000 Nantes (tél. fixe)', 'Nantes', 'geo'],
    ['Calle Real 9 · 37002 Salamanca · Spain', 'Salamanca', 'geo'],
    ['Calle Real 9, 37002 Brieva de Juarros', 'Brieva', 'geo'],
    ['Vive en Av. Juárez 10, Col. Del Valle, Puebla, C.P. 72000', 'Col. Del Valle', 'geo'],
    ['Vive en Av. Juárez 10, Col. Del Valle, Puebla, C.P. 72000', '72000', 'zip'],
    ['call back, Missoula, Lewis County, 59801 tonight', 'Missoula', 'geo'],
    ['call back, Missoula, Lewis County, 59801 tonight', '59801', 'zip'],
  ])('finds in %s the %s', (text, value, type) => expectDetected(text, value, type as 'geo' | 'zip'));

  it('keeps a count before a common word', () => expectKept('Cultured 12 plates, 20000 Units given'));
});

// Address pieces glued at random: the forms each pre-check stands before, and near misses.
const PIECES = [
  'Hexham',
  'Ennis',
  'Campinas',
  'Juiz de Fora',
  ', ',
  ',\t',
  ',',
  ' ',
  ' - ',
  '\t-\t',
  '/',
  '(',
  ')',
  'Northumberland',
  'Co. Clare',
  'County Mayo',
  'Québec',
  'QC',
  'Ontario',
  'SP',
  'MG',
  'AV',
  'sp',
  '83136',
  'J2B 4G8',
  'CEP',
  'C.A.P.',
  'PLZ:',
  'Código Postal',
  'code postal',
  '44062-236',
  '120/80',
  '(555)',
  'stable',
  ' (Québec)',
  '(QC)',
  ' (AV)',
  '(av)',
  '83136 Vicenza',
];

function samples(count: number): string[] {
  return piecedTexts(count, PIECES, 5, 6);
}

describe('pre-checks before the address-form expressions', () => {
  const pairs: [string, (text: string, lookup: TextLookup) => boolean, RegExp][] = [
    ['region after a comma', mayHaveRegionAfterComma, TOWN_REGION_RE],
    ['province in brackets', mayHaveProvinceInBrackets, TOWN_PROVINCE_RE],
    ['Italian province', mayHaveProvinceInBrackets, CAP_TOWN_RE],
    ['Brazilian state', mayHaveStateLetters, TOWN_UF_RE],
    ['postcode label', POSTCODE_LABEL_WORDS, POSTCODE_LABEL_RE],
  ];

  it.each(pairs)('%s: hold wherever the expression matches', (_name, check, re) => {
    let matched = 0;
    const missed = samples(20_000).filter((text) => {
      re.lastIndex = 0;
      if (!re.test(text)) return false;
      matched++;
      return !scanContext(text).passes(check);
    });
    expect(missed.slice(0, 3)).toEqual([]);
    expect(matched).toBeGreaterThan(20);
  });

  it('let a clinic note through none of them', () => {
    const note = 'Vitals stable, BP 120/80, HR 72. Contact: (555) 010-1003. Lab panel within normal limits.';
    for (const [, check] of pairs) expect(scanContext(note).passes(check)).toBe(false);
  });
});

describe('the town in the slot after a street line', () => {
  it.each([
    ['Collision at 4410 Tamarind Lane, Quillmoor. Driver stable.', 'Quillmoor'],
    ['Home: 71 Kererū Avenue, Brackenfold, Co. Laois, R32 X1Y2', 'Brackenfold'],
    ['Addr: 9/41 Banksia Hwy  Tolloway NM87301', 'Tolloway'],
    ['Addr: 9/41 Banksia Hwy  Tolloway NM87301', '87301'],
    ['Discharge home to 308 Tūī Place, Rangiwhero 4410 on 3 May.', 'Rangiwhero'],
    ['Discharge home to 308 Tūī Place, Rangiwhero 4410 on 3 May.', '4410'],
    ['nurse visit, 56 Ironwood Terrace, Whakarongo. dtr present', 'Whakarongo'],
    ['Send to 12 Fern Road, Mallow, Co. Cork', 'Mallow'],
    ['moved: 88 Marula Rd, Brightwater, Zandspruit, 4417 last week', 'Brightwater'],
    ['moved: 88 Marula Rd, Brightwater, Zandspruit, 4417 last week', 'Zandspruit'],
  ] as const)('finds the town in %s', (text, value) =>
    expectDetected(text, value, value.startsWith('8') || value.startsWith('4') ? 'zip' : 'geo'),
  );

  it.each([
    ['new address 8366 E Old Mill Ave Fl 2 Quillmoor\n[7:50p] ok', 'Quillmoor'],
    ['new address 2474 Candler Way Apt 3R Brackenfold\nsee u', 'Brackenfold'],
  ] as const)('finds the town closing the line after a street and its unit, no comma: %s', (text, value) =>
    expectDetected(text, value, 'geo'),
  );

  it.each([
    ['home 28336 Juniper Way Quillmoor Heights IA 51588.\nPt age 64', 'Quillmoor Heights'],
    ['home 28336 Juniper Way Council Bluffs IA 51588.\nPt age 64', 'Council Bluffs'],
    ['lives alone at 4677 E County Road 9 Brackenfold TX 77580; steps', 'Brackenfold'],
  ] as const)('finds the town before a state and a ZIP code after a street, no comma: %s', (text, value) =>
    expectDetected(text, value, 'geo'),
  );

  it.each([
    ['lives with 2 children at 26640 E Route 31, Quillmoor, NM 88014.', '26640 E Route 31'],
    ['stay with pt at 21932 SW Route 31 Lot 3 Quillmoor MA 02402.', '21932 SW Route 31 Lot 3'],
    ['lives alone at 4677 E County Road 9 Brackenfold TX 77580', '4677 E County Road 9'],
  ] as const)('finds a numbered road with a direction before it: %s', (text, value) =>
    expectDetected(text, value, 'street_address'),
  );

  it('covers a floor after a street', () => {
    expectDetected(
      'new address 8366 E Old Mill Ave Fl 2 Quillmoor',
      '8366 E Old Mill Ave Fl 2',
      'street_address',
    );
  });

  it('keeps what closes a line after a street and its unit that is no town', () => {
    expectNoType('at 12 Main St Apt 4 Thanks', 'geo');
    expectNoType('at 12 Main St Apt 4 Tomorrow.', 'geo');
    expectNoType('at 12 Main St Apt 4 Call me', 'geo');
  });

  it.each([
    ['statement went to 3821 N Main Avenue, Fort Quillton.\nAttached', 'Fort Quillton'],
    ['went to 643 General Spring, West Brackenby.\nAttached', 'West Brackenby'],
    ['Visit: 590 Mohr Drive, Quillmoor (home visit)', 'Quillmoor'],
  ] as const)('finds a town opening with a common word, or before a note in brackets: %s', (text, value) =>
    expectDetected(text, value, 'geo'),
  );

  it.each([
    ['Lives at 18065 E Gorham St Unit 7 in Hope with her mother.', 'Hope'],
    ['at the intersection of Kestrel Dr and Old Farm Rd in Pueblo when Vehicle 2 failed to yield.', 'Pueblo'],
    ['lives at 44 Oak Ave in Quillmoor.', 'Quillmoor'],
  ] as const)('finds the town after a street and "in": %s', (text, value) =>
    expectDetected(text, value, 'geo'),
  );

  it('keeps a month, a unit or common words closing the sentence after a street and "in"', () => {
    expectNoType('Seen at 12 Main Street in March when the pain began', 'geo');
    expectNoType('lives at 44 Oak Ave in Apt 4.', 'geo');
    expectNoType('lives at 44 Oak Ave in Comfort.', 'geo');
  });

  it('keeps common words in brackets after a street', () => {
    expectNoType('at 12 Main St, New Patient (first visit)', 'geo');
  });

  it('keeps a unit, a building part, a title or a country after a street', () => {
    expectNoType('Pharmacy at 12 Main St, Dispensary Wing.', 'geo');
    expectNoType('Lives at 12 Main St, Apt 4. Seen today.', 'geo');
    expectNoType('Write to 9 Elm Rd, Dr Roe. Thanks', 'geo');
    expectNoType('Shipped to 40 Oak Ave, USA.', 'geo');
  });
});

describe('a town of the gazetteer before the year something happened there', () => {
  it.each([
    ['Reports tinnitus after Ramadi in 2007; seen by audiology', 'Ramadi'],
    ['no flashbacks since Kandahar in 2004.', 'Kandahar'],
  ] as const)('finds the town in %s', (text, value) => expectDetected(text, value, 'geo'));

  it('keeps a drug, a ward and a town without a year', () => {
    expectNoType('rash after Humira in 2019', 'geo');
    expectNoType('pain after Surgery in 2019', 'geo');
    expectNoType('worse after Ramadi trip', 'geo');
  });
});

describe('a town naming a local service in lower case', () => {
  it.each([
    ['had the jabs at the Wollongong clinic last week', 'Wollongong'],
    ['was taken to the Skipton hospital overnight', 'Skipton'],
  ] as const)('finds the town in %s', (text, value) => expectDetected(text, value, 'geo'));

  it('keeps an institution written with capitals and a name the gazetteer lacks', () => {
    expectNoType('seen at the Mayo Clinic in March', 'geo');
    expectNoType('booked at the Quellbrook clinic', 'geo');
  });
});

describe('the town after a street and a dash, before its state or ZIP code', () => {
  it.each([
    ['DOB 10/23/1935\n2134 Bellwether Blvd - Gilchrist, MA\nLic. no. 555', 'Gilchrist'],
    ['lives at 465 County Road 14 - Mount Verity, ME.', 'Mount Verity'],
  ])('%s', (text, town) => expectDetected(text, town, 'geo'));

  it('keeps a sentence after a street and a dash', () =>
    expectKept('Lives at 12 Main St - Pt stable today.', 'Pt stable'));
});
