import { describe, it } from 'vitest';
import { expectDetected, expectKept, expectNoType } from '../test-helpers';

describe('street addresses', () => {
  it.each([
    ['Lives at 4567 Oak Street Apt. 5, Springfield', '4567 Oak Street Apt. 5'],
    ['mail to 12 N Main St.', '12 N Main St'],
    ['1600 Kertzmann Stravenue', '1600 Kertzmann Stravenue'],
    ['at 221 West 5th Avenue', '221 West 5th Avenue'],
    ['Lives at 509 Martin Luther King Jr Boulevard, Dayton', '509 Martin Luther King Jr Boulevard'],
    ['P.O. Box 4410', 'P.O. Box 4410'],
    ['BIBA from home (34 Sycamore Bend, Quenby 67480).', '34 Sycamore Bend'],
    ['moved to Suite 300', 'Suite 300'],
    ['Lives at Piazza Federico 31, Gela', 'Piazza Federico 31'],
    ['Lives at Calle Mayor 5', 'Calle Mayor 5'],
    ['Lives at 917 Allée de Paris', '917 Allée de Paris'],
    ['Hauptstraße 4, 10115 Berlin', 'Hauptstraße 4'],
    ['ul. Długa 7', 'ul. Długa 7'],
    // A street word in lower case or after a tab, with no house number before it.
    ['Adres: al. Jerozolimskie 44, Warszawa', 'al. Jerozolimskie 44'],
    ['Domicilio: Calle\tMayor 5', 'Calle\tMayor 5'],
    ['Lives at Quellinger Str. 41, Brackmoor', 'Quellinger Str. 41'],
    ['at Via Quarrone 18, Piano 6. Reply', 'Via Quarrone 18, Piano 6'],
    ['ADDRESS: 6 Impasse Quell 5 étage  CITY', '6 Impasse Quell 5 étage'],
    ['at Brakelplantsoen 950 III 2 hoog.', 'Brakelplantsoen 950 III 2 hoog'],
    ['at 14 Bridge Street Lower, Tralee', '14 Bridge Street Lower'],
    ['Endereço: Rua Tupi, 88, apto 12 — centro', 'Rua Tupi, 88, apto 12'],
    ['hit at the intersection of Birch Ln and 5th St W yesterday', 'Birch Ln'],
    ['hit at the intersection of Birch Ln and 5th St W yesterday', '5th St W'],
    ['Near Juniper Ridge Ct and Main St', 'Juniper Ridge Ct'],
    ['Intersection of Kestrel Run Apt 4B and SR 9', 'Kestrel Run Apt 4B'],
    ['Intersection of Tabernacle Rd Lot 17 and Main St', 'Tabernacle Rd Lot 17'],
    ['on the corner of Route 66 & Canyon Rd', 'Route 66'],
    ['demeurant 12 bis rue des Acacias, à Lyon', '12 bis rue des Acacias'],
    ['C/ Alcalá, 45, 2º B · Madrid', 'C/ Alcalá, 45, 2º B'],
    ['Domicilio: Calle Hidalgo 88 int. 3, centro', 'Calle Hidalgo 88 int. 3'],
  ])('finds %s', (text, value) => expectDetected(text, value, 'street_address'));

  it.each([
    ['address: 611 Fox Hollow Street # 24B\n', '611 Fox Hollow Street # 24B'],
    ['address is 7626 W Cahaba Valley Pkwy Rm 22B, Lompoc CA, 59469.', '7626 W Cahaba Valley Pkwy Rm 22B'],
    ['notice served at 4821 w 23rd st, tulsa ok 74107', '4821 w 23rd st'],
    ['we are at 317 n 5th ave, # 12b, ogden ut 84401', '317 n 5th ave, # 12b'],
    ['statement to 4814 Indian Creek Dr #207, Dothan AL  92900', '4814 Indian Creek Dr #207'],
    ['home address 5484 sawgrass ave apt. 3 gallup nm 82441.', '5484 sawgrass ave apt. 3'],
    ['Kungsvägen 10 lgh 1390, 903 11 Umeå', 'Kungsvägen 10 lgh 1390'],
    ['lives at Björkstigen 41, Västerås 722 58', 'Björkstigen 41'],
  ])('takes the room, flat or number after a street line: %s', (text, value) =>
    expectDetected(text, value, 'street_address'),
  );

  it.each(['Vitals # 24 reviewed', 'Seen in Rm 4 today', 'Jane Roe MD, 20 mg daily'])(
    'keeps a number sign, a room or a dose with no street before it: %s',
    (text) => expectNoType(text, 'street_address'),
  );

  it.each([
    '(979) 463-8741\tEbenezer D. St. Germain\tPost-op\t99458',
    'Bed 12\tSt. Clair Ave. overflow',
    '2024\tOak Street Clinic',
  ])('reads no street across a tab, which ends a cell: %s', (text) => expectNoType(text, 'street_address'));

  it.each([
    ['PT ADDR 66751 S BROADWAY APT 4', '66751 S BROADWAY APT 4'],
    ['lives at 14159 THE EMBARCADERO', '14159 THE EMBARCADERO'],
  ])('finds a street known by its name alone in capitals: %s', (text, value) =>
    expectDetected(text, value, 'street_address'),
  );

  it.each(['GAVE 2 MALL WALKING TIPS', 'WATCHED 3 PARADE FLOATS'])(
    'keeps a common word in capitals: %s',
    (text) => expectNoType(text, 'street_address'),
  );

  it('finds a street in a cell of its own', () =>
    expectDetected('Roe, Ann\t4567 Oak Street\tSpringfield', '4567 Oak Street', 'street_address'));

  it('keeps a crossing of things that are no streets', () =>
    expectKept('at the intersection of care and cost, Lower limb'));

  it('keeps what is near and is no street', () =>
    expectNoType('Near Normal Range and Stable Course', 'street_address'));

  it.each([
    'Glasgow Coma Scale 15',
    'take 2 tablets by mouth',
    '3 Point scale',
    'Room 12 on Ward 4',
    'Place 2 tablets under the tongue',
    'Passage of stool normal',
  ])('keeps %s', (t) => expectKept(t));
});

describe('geography below state level', () => {
  it.each([
    ['Springfield, IL 62704', 'Springfield', 'geo'],
    ['Springfield, IL 62704', '62704', 'zip'],
    ['Boise, Idaho', 'Boise', 'geo'],
    ['Portland OR 97201-1234', '97201-1234', 'zip'],
    ['Baltimore, MD', 'Baltimore', 'geo'],
    ['she lives in Lake Jaydenville', 'Lake Jaydenville', 'geo'],
    ['resident of Orange County', 'Orange County', 'geo'],
    ['ZIP: 02139', '02139', 'zip'],
    ['zip 02139-4307 on the form', '02139-4307', 'zip'],
    ['Sesto Orietta salentino RI 18193', 'Sesto Orietta salentino', 'geo'],
    ['Send appeals to 12 Elm Rd, Quälendorf, TX 36200-8490.', 'Quälendorf', 'geo'],
    ['Brackmoor (Quell County) / MO / 71919.', 'Brackmoor', 'geo'],
    ['Brackmoor (Quell County) / MO / 71919.', '71919', 'zip'],
    ['lives with her son at 75008 Lutèce, 12 rue Vide', '75008', 'zip'],
    ['lives with her son at 75008 Lutèce, 12 rue Vide', 'Lutèce', 'geo'],
    ['Lives with partner in Ypsilanti', 'Ypsilanti', 'geo'],
    ['The new address is 6241 W Persimmon Ln Rm 13B, Beckley WV, 82423-7195.', 'Beckley', 'geo'],
    ['at 2748 W Saint Anne Blvd Trlr 37, Bangor ME, 18483. Urine albumin', 'Bangor', 'geo'],
    ['Kungsvägen 10 lgh 1390, 903 11 Umeå, Sverige', 'Umeå', 'geo'],
    ['Kungsvägen 10 lgh 1390, 903 11 Umeå, Sverige', '903 11', 'zip'],
    ['NIN 123\nLives at 51 Ngong Road, Wuse II, Abuja. WhatsApp 0701', 'Wuse II', 'geo'],
    ['NIN 123\nLives at 51 Ngong Road, Wuse II, Abuja. WhatsApp 0701', 'Abuja', 'geo'],
    ['Resides ..... 7890 Old Mill Ln, Copper Ridge, OR\nPortrait', 'Copper Ridge', 'geo'],
    // After an address's own label (a colon or, as face sheets print it, a dot leader) the value is one address.
    [
      'Address ..... 7890 Old Mill Ln, Copper Ridge, OR\nPortrait',
      '7890 Old Mill Ln, Copper Ridge, OR',
      'street_address',
    ],
    ['sinone 2 mg. Lives with Hyacinth in Saltmarsh.', 'Saltmarsh', 'geo'],
    ['foxglove ct paducah ky 48955 (McCracken County), walkup', 'McCracken County', 'geo'],
    ['aged 79, late of 5961 NE Alder Ct, Pueblo. Born in', 'Pueblo', 'geo'],
    ['who presents from home in Pueblo with a fall', 'Pueblo', 'geo'],
    ['rear-ended on the interstate near Pueblo. Vehicle', 'Pueblo', 'geo'],
    ['look up Ann Quist born 1997-09-13 in West Testmarack', 'West Testmarack', 'geo'],
    ['find Ann Quist born 2/10/1993 from Testgrove', 'Testgrove', 'geo'],
    ['search for Ann Quist born April 21, 1922 in New Testbington', 'New Testbington', 'geo'],
    ['Ann Quist born 11 May 1948 from Testmarstone', 'Testmarstone', 'geo'],
  ] as const)('finds %s → %s', (text, value, type) => expectDetected(text, value, type));

  it('keeps a month or a word after a birth date', () => {
    expectNoType('baby born 2/10/1993 in March at term', 'geo');
    expectNoType('seen 2/10/1993 in Clinic for a rash', 'geo');
  });

  it.each(['Jane Roe, MD', 'hospital-wide 12345 admissions', 'LOINC 12345-6', 'in IL the rate rose'])(
    'keeps %s',
    (t) => expectKept(t, t.includes('MD') ? 'MD' : t),
  );

  it('keeps what is near or home and no town', () => {
    expectNoType('BP near Normal limits; sent home to Rest and recover', 'geo');
    expectNoType('Near Total occlusion of the LAD', 'geo');
  });

  it('keeps what follows a street that nobody lives at, and a credential after a name', () => {
    expectNoType('Clinic moved. Pharmacy at 12 Main St, Dispensary Wing.', 'geo');
    expectNoType('Signed: Ann Roe, MD', 'geo');
  });

  it.each(['Referred to City of Hope for a second opinion.', 'treated at City of Hope in 2021'])(
    'keeps an institution named with a place word: %s',
    (text) => expectNoType(text, 'geo'),
  );

  it('still finds a city after a place word', () => {
    expectDetected('She moved to the city of Springfield last year', 'Springfield', 'geo');
  });
});

describe('a ZIP code typed digit by digit after its label', () => {
  it.each([
    ['Mailing address ZIP 9 0 2 1 0, thanks', '9 0 2 1 0'],
    ['zip code: 3 0 3 1 2', '3 0 3 1 2'],
    ['ZIP 9-0-2-1-0 per caller', '9-0-2-1-0'],
  ])('finds %s', (text, value) => expectDetected(text, value, 'zip'));

  it('keeps digits after the label that are no ZIP code', () => {
    expectNoType('zip code 9 0 2 1 0 1 2 3 read back', 'zip');
    expectNoType('zip tie 3 4 5 pack', 'zip');
  });
});

describe('a date before a doctor or a saint is no street', () => {
  it.each([
    'seen 03/04\nDr. Smith reviewed the films',
    'Date: 12/04\nOak Dr. is closed',
    'seen 12 04\nDr. Smith reviewed',
    'Follow-up 03/04 Main St. clinic',
    'admitted 11/30\nSt. Luke wing',
    'Date: 12/14\nOak Dr. is closed',
    'seen 12 14\nDr. Smith reviewed',
    'March 10, 2025\n\nDr Ann Roe\nDr. Phillips Hospital',
    'March 10, 2025\nDr Ann Roe\nDr. Phillips Hospital',
  ])('keeps %s as no street', (text) => expectNoType(text, 'street_address'));

  it('keeps an age on the line before a labelled address out of its street', () => {
    const text = 'DOB 9.9.1946   Age 79\nAddress 172 Jacaranda Close, Mildura VIC';
    expectKept(text, '79');
    expectDetected(text, '172 Jacaranda Close', 'street_address');
  });

  it.each([
    ['lives at 3/45 Smith St, Parramatta', '3/45 Smith St'],
    ['4500 15 Mile Rd', '4500 15 Mile Rd'],
    ['Lives at 12 Oak Dr. since May', '12 Oak Dr'],
    ['Address: 4949 Old\n Mill Rd, Gallup NM 87398', '4949 Old\n Mill Rd'],
    ['Address: 5203 \nPecan Grove Cir, Lowell MA 01839', '5203 \nPecan Grove Cir'],
    ['"addr_ln1":"26849 Old Mill Pond Road","addr_city":"X"', '26849 Old Mill Pond Road'],
    ['Drawn at home, 14561 Old Mill Pond Ave Apt 20C. Pt on', '14561 Old Mill Pond Ave Apt 20C'],
  ])('still finds %s', (text, value) => expectDetected(text, value, 'street_address'));
});

describe('a floor in Roman numerals after a street', () => {
  it('stops at a letter outside ASCII after a capital that reads as a numeral', () => {
    expectDetected('lives at Granstigen 17, Växjö 352 31; MRN', 'Granstigen 17', 'street_address');
    expectDetected('lives at Granstigen 17, Växjö 352 31; MRN', 'Växjö', 'geo');
  });
});

describe('street names with accented letters', () => {
  it.each([
    ['Address 4107 Tōtara Parade, Whanganui', '4107 Tōtara Parade'],
    ['at home: 12/58 Kākāriki Crescent, Nelson', '58 Kākāriki Crescent'],
    ['lives at 19 Bóthar Ó Conaill Road, Cork', '19 Bóthar Ó Conaill Road'],
  ])('finds %s', (text, value) => expectDetected(text, value, 'street_address'));

  it('keeps a dose or a count before a capitalised word', () => {
    expectKept('took 2 Panadol tablets', '2 Panadol');
  });

  it('finds an Australian circuit', () => {
    expectDetected('Address 2208 Banksia Circuit, Dubbo NSW', '2208 Banksia Circuit', 'street_address');
  });
});

describe('a unit of one capital letter after the street', () => {
  it.each([
    [
      'Heart Institute\n3307 Spindle Hill Road Unit S, Pell City, NH 61841\nTel',
      '3307 Spindle Hill Road Unit S',
    ],
    ['Pharmacy label\n13956 Owl Creek Pkwy Apt B, North Pellham, ND 65892', '13956 Owl Creek Pkwy Apt B'],
  ])('%s', (text, street) => expectDetected(text, street, 'street_address'));
});
