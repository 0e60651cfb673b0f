/**
 * Identifiers in the forms a third blind measurement found missed: professional registrations
 * of other countries (GMC, NMC PIN, AHPRA, CPSO), national health numbers after their labels
 * (NHI, PPSN), labelled values of groups joined by ':' or '/', the keys that name them, and
 * names with other particles, after name labels, spelled out or given in lower-case speech.
 */
import { describe, expect, it } from 'vitest';
import { createMasker } from '../masker';
import { expectDetected, expectKept, expectNoType } from '../test-helpers';

describe('labelled identifiers of other countries and compound values', () => {
  it.each([
    ['Signed Dr A Obi  GMC 7610811', '7610811', 'license'],
    ['NMC PIN 36H7447C   Ward 4', '36H7447C', 'license'],
    ['AHPRA MED0008913603', 'MED0008913603', 'license'],
    ['certifier CPSO #19143', '19143', 'license'],
    ['NHI: FKJ2860', 'FKJ2860', 'health_plan'],
    ['PPSN: 3572586HW', '3572586HW', 'health_plan'],
    ['thumbprint ref TP/671261/G on file', 'TP/671261/G', 'biometric'],
    ['facial geometry hash 3788:1786:6181 enrolled', '3788:1786:6181', 'biometric'],
  ] as const)('%s → %s', (text, value, type) => expectDetected(text, value, type));

  it('joins no groups of a date, a time or a ratio that has no label', () => {
    expectKept('seen at 10:30, ratio 3:1, BP 120/80, code 4/2/1');
    expectDetected('seen 03/14/2025 at 10:30', '03/14/2025', 'date');
  });
});

describe('keys that name national health numbers and roles', () => {
  const masker = createMasker();
  it.each([
    ['health_number', 'W479209807'],
    ['nhsNumber', '9434765919'],
    ['nhi', 'ZZZ0016'],
    ['login', 'cfields'],
    ['consultant', 'Ngata'],
  ])('masks the value under "%s"', (key, value) => {
    const masked = JSON.stringify(masker.maskJson({ [key]: value }).value);
    expect(masked).not.toContain(value);
  });
});

describe('names in other forms', () => {
  it.each([
    ['SURGEON: op den Akker, Itzel MD', 'op den Akker, Itzel'],
    ['Dictated by: Lothar op den Akker, DO', 'Lothar op den Akker'],
    ['Provider: DR ap Rhys', 'ap Rhys'],
    ['Signed Adwoa dela Peña, RN', 'Adwoa dela Peña'],
    ['Name of deceased: FAITH RIVERS', 'FAITH RIVERS'],
    ['Informant: Grace Fox, granddaughter', 'Grace Fox'],
    ['labeled with the name "Oisín Baker" and "colon"', 'Oisín Baker'],
    ['yeah its herb lo bianco thats L-O-B-I-A-N-C-O', 'herb lo bianco'],
    ['yeah its herb lo bianco thats L-O-B-I-A-N-C-O', 'L-O-B-I-A-N-C-O'],
    ['hiya its sumarni dob 3/4', 'sumarni'],
    ['or my carer wiremu ngata at home', 'wiremu ngata'],
    ['or my grandson otieno bell at 555-0199', 'otieno bell'],
    ['Critical result called to SNOW, KHALED at 555-0100', 'SNOW, KHALED'],
    ['She lives with her nephew FOX, WILFRED and drives', 'FOX, WILFRED'],
    ['ASSISTANT: Takumi bin Hamad, FRACP', 'Takumi bin Hamad'],
    ['Certifying practitioner: Sutrisno, FRCS', 'Sutrisno'],
    ['Pt Parmi 34-year-old seen at home', 'Parmi'],
    ['Re: Rhodri U. Macapagal, aged 93', 'Rhodri U. Macapagal'],
    ['April 2, 2025\n\nDAFYDD FIELDS\napp. 14, 138 Victoria Ave\nKamloops BC', 'DAFYDD FIELDS'],
    ['CALL 81f2 queue=refills agent=sachiko.odhiambo', 'sachiko.odhiambo'],
    ['queue=refills agent=jürgen.llewellyn', 'jürgen.llewellyn'],
    ['was reviewed by Snow, Pearl MD.', 'Snow, Pearl'],
    ['called to DE VRIES, OISÍN at 555-0100', 'DE VRIES, OISÍN'],
    ['Spouse Sutrisno present, reachable at home', 'Sutrisno'],
    ['with her stepdaughter, Pearl, consent was obtained', 'Pearl'],
    ['DR. CRANE  DEA AC6559489', 'CRANE'],
    ['aoife huang - refill brivaracetam 50 mg BID', 'aoife huang'],
    ['or my carer ivy bondarenko at 459-0256', 'ivy bondarenko'],
    ['hi there its jürgen llewellyn dob 10/8/31', 'jürgen llewellyn'],
    ['Spouse P. Leung present, reachable', 'P. Leung'],
    ['Pt A. Rivers 98 yrs seen at home', 'A. Rivers'],
    ['Signed Sanne Te Whata, RN', 'Sanne Te Whata'],
  ])('%s → %s', (text, value) => expectDetected(text, value, 'name'));

  it('keeps a self-introduction of no name, and letter runs too short for a spelled name', () => {
    expectKept('yeah its fine thanks, its been a long week');
    expectKept('airway by the A-B-C approach, grade B-C');
    expectKept('Re: Discharge Summary');
    expectKept('queue=refills mode=auto.retry');
    expectKept('Family present at bedside; DR MRI SureScan lead');
    expectKept('blood pressure - stable');
    expectKept('my son is at 5 pm and my wife and i at 6');
    expectKept('refill request - urgent, 2 boxes');
  });
});

describe('addresses in grid, regional and spoken forms', () => {
  it.each([
    ['lives at 1103 W 1200 S, Bluefield', '1103 W 1200 S', 'street_address'],
    ['N6005 County Road H, Beloit, WI 53511', 'N6005 County Road H', 'street_address'],
    ['seen at home 168 1/2 Cottonwood Dr, Hope', '168 1/2 Cottonwood Dr', 'street_address'],
    ['Place of death: Lot 127 Boronia Cl, Toowoomba QLD 4350', 'Lot 127 Boronia Cl', 'street_address'],
    [
      'Place of death: Flat 21, Jubilee Cottages, 132 Westgate Terrace, Fakenham NR21 3SH',
      'Flat 21, Jubilee Cottages, 132 Westgate Terrace',
      'street_address',
    ],
    ['RR 1 Site 18 Comp 48\nKamloops BC V2C 6E1', 'RR 1 Site 18 Comp 48', 'street_address'],
    ['Re: J. Roe\nKerkstraat 69 bis\n8014 BM Zwolle', 'Kerkstraat 69 bis', 'street_address'],
    ['Re: J. Roe\nKerkstraat 69 bis\n8014 BM Zwolle', '8014 BM', 'zip'],
    ['Re: J. Roe\nKerkstraat 69 bis\n8014 BM Zwolle', 'Zwolle', 'geo'],
    ['BSN on file\nVismarkt 91 bis\n3541 SG Utrecht', 'Vismarkt 91 bis', 'street_address'],
    ['Nieuwe Binnenweg 27-2\n8933 GK Leeuwarden', 'Nieuwe Binnenweg 27-2', 'street_address'],
    ['51 Abbey Street, Mullingar N91 N7X1', 'N91 N7X1', 'zip'],
    ['51 Abbey Street, Mullingar N91 N7X1', 'Mullingar', 'geo'],
    ['Flat 7, 195 Tui Crescent, Roslyn\nDunedin 9010\nPh 021 555 0101', 'Dunedin', 'geo'],
    ['Flat 7, 195 Tui Crescent, Roslyn\nDunedin 9010\nPh 021 555 0101', '9010', 'zip'],
    ['56B Tui Crescent, Frankton, Hamilton 3204', '3204', 'zip'],
    ['GPS 39.0690, -106.2970.', '39.0690, -106.2970', 'geo'],
    ['my new address is 669 n tanglewood rd yakima wa 98901', '669 n tanglewood rd', 'street_address'],
    ['my new address is 669 n tanglewood rd yakima wa 98901', 'yakima', 'geo'],
    ['my new address is 669 n tanglewood rd yakima wa 98901', '98901', 'zip'],
    ['CALLER: 8982 quail run trl in bemidji', '8982 quail run trl', 'street_address'],
    ['CALLER: 8982 quail run trl in bemidji', 'bemidji', 'geo'],
    ['CALLER: hc 69 box 793 in presque isle', 'hc 69 box 793', 'street_address'],
    ['CALLER: hc 69 box 793 in presque isle', 'presque isle', 'geo'],
    ['CALLER: n9777 county road b in tupelo', 'n9777 county road b', 'street_address'],
    ['CALLER: 9270 w 3700 n in sleepy eye', '9270 w 3700 n', 'street_address'],
    ['CALLER: 9270 w 3700 n in sleepy eye', 'sleepy eye', 'geo'],
  ] as const)('%s → %s', (text, value, type) => expectDetected(text, value, type));

  it('keeps walking distances, doses, room numbers and lab pairs', () => {
    expectKept('walked 2 blocks down the road and then home');
    expectKept('take 2 tabs by mouth then rest');
    expectKept('bp 120 over 80 at 3 w 2 n');
    expectKept('Room 1234 booked; 1000 MG Tablet daily');
    expectKept('ratio 0.1234, 0.5678 noted');
    expectKept('Version 2024\nBuild 3204');
  });
});

describe('organisations under person keys and beside names', () => {
  const masker = createMasker();
  it.each(['Alberta Health Services', 'Leeds Teaching Hospitals NHS Trust', 'Optum Rx', 'Cigna Healthcare'])(
    'keeps an organisation under a provider display: %s',
    (org) => {
      expect(masker.maskJson({ provider: { display: org } }).value).toEqual({ provider: { display: org } });
    },
  );

  it('still masks a person under the same key', () => {
    expect(JSON.stringify(masker.maskJson({ provider: { display: 'Quenby Orvell' } }).value)).not.toContain(
      'Orvell',
    );
  });

  it('cuts a "Last, First" read into an organisation back to the person', () => {
    const text = 'cc: Njoroge, Ochsner Health, fax 555-0100';
    expectDetected(text, 'Njoroge', 'name');
    expectKept(text, 'Ochsner Health');
  });
});

describe('eponyms, grades and products that are no people', () => {
  it.each([
    'FINDINGS: Child-Pugh class B noted.',
    'I wonder about Ivor Lewis oesophagectomy.',
    'Procedures: Allen test (CPT 74177).',
    'Helical CT on Mako SmartRobotics following contrast',
    'Pt uses Sigma Spectrum (serial on file) at home',
  ])('%s', (text) => expectNoType(text, 'name'));

  it('still finds the people beside them', () => {
    expectDetected('Called Jane Allen test results back', 'Jane Allen', 'name');
    expectDetected('seen by Dr McDonald today', 'McDonald', 'name');
  });
});

describe('spoken French streets and units before the number', () => {
  it.each([
    [
      'my new address is app. 14, 397 rue des érables corner brook nl A2H 6A4',
      'app. 14, 397 rue des érables',
    ],
    ['is unit 1366, 167 boul. saint-germain lethbridge ab T1J 4P3', 'unit 1366, 167 boul. saint-germain'],
    ['Place of death: Unit 14/170 Wattle Ave, Alice Springs NT 0870', 'Unit 14/170 Wattle Ave'],
  ])('%s → %s', (text, value) => expectDetected(text, value, 'street_address'));

  it('does not run a street into the town after it', () => {
    expectDetected('my new address is 37 abbey street mullingar  N91 H0K3', 'mullingar', 'geo');
  });
});
