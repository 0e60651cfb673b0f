/**
 * Addresses and telephone numbers of Asia, Africa and continental Europe, in their countries'
 * grammars, capitalized, in capitals or said in lower case; and the measures, doses and device
 * names that share their shapes and stay.
 */
import { describe, it } from 'vitest';
import { expectDetected, expectKept, expectNoType } from '../test-helpers';

describe('street lines of other countries', () => {
  it.each([
    ['Home: Blk 512 Serangoon Central Dr, #07-221, Singapore 550512.', 'Blk 512 Serangoon Central Dr'],
    ['Home: Blk 512 Serangoon Central Dr, #07-221, Singapore 550512.', '#07-221'],
    ['lives at blk 88 yishun ring rd 3, #12-09, singapore 760088', 'blk 88 yishun ring rd 3'],
    [
      'Blk 12 Lot 7, Greenfields Subd.\nBrgy. Santo Niño, Marikina City, Metro Manila 1800',
      'Blk 12 Lot 7, Greenfields Subd.',
    ],
    ['ADDR: NO. 14, JALAN BUKIT BINTANG\n55100 KUALA LUMPUR', 'NO. 14, JALAN BUKIT BINTANG'],
    ['at no. 7, jalan ss 21/37, 47400 petaling jaya, selangor', 'no. 7, jalan ss 21/37'],
    ['Sejong-daero 110, 102-dong 705-ho, Jung-gu, Seoul 04524', 'Sejong-daero 110, 102-dong 705-ho'],
    ['we live at olympic-ro 300, 55-dong 1201-ho, songpa-gu', 'olympic-ro 300, 55-dong 1201-ho'],
    [
      'Flat 204, Lakeview Towers, 9th Cross, Jayanagar, Bengaluru - 560041',
      'Flat 204, Lakeview Towers, 9th Cross',
    ],
    ['wohnt in der landstraßer hauptstraße 12/4/9, 1030 wien', 'landstraßer hauptstraße 12/4/9'],
    ['Adresse: Lindenweg 7b, 80331 München', 'Lindenweg 7b'],
    ['Adresse: Auf der Heide 14, 44135 Dortmund', 'Auf der Heide 14'],
    ['Rua da Prata 120, 2.º Dto.\n1100-420 Lisboa', '2.º Dto.'],
    ['mora na rua das flores 45, 3.º esq., 4050-262 porto', 'rua das flores 45'],
    ['ul. Kwiatowa 3 m. 15\n61-001 Poznań', 'ul. Kwiatowa 3 m. 15'],
  ])('%s → %s', (text, value) => expectDetected(text, value, 'street_address'));
});

describe('towns, districts and postcodes of other countries', () => {
  it.each([
    ['Home: Blk 512 Serangoon Central Dr, #07-221, Singapore 550512.', '550512', 'zip'],
    ['Lindenweg 7b, 80331 München, Deutschland', '80331', 'zip'],
    ['Lindenweg 7b, 80331 München, Deutschland', 'München', 'geo'],
    ['Schulgasse 4/2\n6020 Innsbruck\nÖSTERREICH', 'Innsbruck', 'geo'],
    ['Schulgasse 4/2\n6020 Innsbruck\nÖSTERREICH', '6020', 'zip'],
    ['ul. Kwiatowa 3 m. 15\n61-001 Poznań', '61-001', 'zip'],
    ['Rua da Prata 120, 2.º Dto.\n1100-420 Lisboa', 'Lisboa', 'geo'],
    ['Am Hang 3, 01069 Dresden for a fall', 'Dresden', 'geo'],
    ['ADDR: NO. 14, JALAN BUKIT BINTANG\n55100 KUALA LUMPUR', 'KUALA LUMPUR', 'geo'],
    ['at no. 7, jalan ss 21/37, 47400 petaling jaya, selangor', 'petaling jaya', 'geo'],
    ['Sejong-daero 110, 102-dong 705-ho, Jung-gu, Seoul 04524', 'Jung-gu', 'geo'],
    ['Sejong-daero 110, 102-dong 705-ho, Jung-gu, Seoul 04524', 'Seoul', 'geo'],
    ['Sejong-daero 110, 102-dong 705-ho, Jung-gu, Seoul 04524', '04524', 'zip'],
    ['Flat 204, Lakeview Towers, 9th Cross, Jayanagar, Bengaluru - 560041', 'Jayanagar', 'geo'],
    ['Flat 204, Lakeview Towers, 9th Cross, Jayanagar, Bengaluru - 560 041', '560 041', 'zip'],
    [
      'Blk 12 Lot 7, Greenfields Subd.\nBrgy. Santo Niño, Marikina City, Metro Manila 1800',
      'Brgy. Santo Niño',
      'geo',
    ],
    [
      'Blk 12 Lot 7, Greenfields Subd.\nBrgy. Santo Niño, Marikina City, Metro Manila 1800',
      'Marikina City',
      'geo',
    ],
    ['Blk 12 Lot 7, Greenfields Subd.\nBrgy. Santo Niño, Marikina City, Metro Manila 1800', '1800', 'zip'],
    [
      'Unit 4, Jacaranda Court, 18 Church Street, Rondebosch, Cape Town, Western Cape 7700',
      'Rondebosch',
      'geo',
    ],
    ['at 12 bode thomas street, surulere, lagos, lagos state 101283.', 'surulere', 'geo'],
    ['at 12 bode thomas street, surulere, lagos, lagos state 101283.', '101283', 'zip'],
    ['(member 1234), 〒460-1267 Nagoya, Naka-ku, 1-2-2 Nishiki, tel', '460-1267', 'zip'],
    ['(member 1234), 〒460-1267 Nagoya, Naka-ku, 1-2-2 Nishiki, tel', 'Nagoya', 'geo'],
    ['(member 1234), 〒460-1267 Nagoya, Naka-ku, 1-2-2 Nishiki, tel', 'Naka-ku', 'geo'],
    ['(member 1234), 〒460-1267 Nagoya, Naka-ku, 1-2-2 Nishiki, tel', '1-2-2 Nishiki', 'street_address'],
    ['born 1974, lives at 5-1-9 Umeda, Osaka 530-0776; MRN', '5-1-9 Umeda', 'street_address'],
    ['born 1974, lives at 5-1-9 Umeda, Osaka 530-0776; MRN', 'Osaka', 'geo'],
    ['born 1974, lives at 5-1-9 Umeda, Osaka 530-0776; MRN', '530-0776', 'zip'],
  ] as const)('%s → %s (%s)', (text, value, type) => expectDetected(text, value, type));

  it('leaves a dated range and a code in the Japanese block shape alone', () => {
    expectKept('cycles 1-2-3 Then repeat; NDC 530-0776');
    expectKept('regimen 2-1-2 Daily, LOINC 2345-7');
  });

  it('leaves measures, doses, devices and citations that share the shapes', () => {
    expectKept('Labs: WBC 5.2, Hb 12.1, Platelets 250000, Na 140');
    expectKept('Gave 2 tabs, heparin 5000 units SC, 1 vial');
    expectKept('Infused via Medfusion 4000 at 5 mL/h');
    expectKept('Plt 136 K/uL. LVAD HeartMate 3 in place.');
    expectNoType('As Smith et al. reported 45 cases, 2019 Boston cohort', 'street_address');
    expectNoType('during 2 weeks, monitoring 4 hours, 1200 Boston', 'street_address');
    expectKept('Give carboprost 250 mcg IM at 06:52 for PPH');
    expectKept('Seen in Room 12, Building 40000 today');
    expectNoType('complete AV block 2, stage 3 disease, 1200 Smith rule', 'geo');
  });
});

describe('national telephone numbers without a country code', () => {
  it.each([
    ['Daughter (mobile) 010-2345-6789 prefers texts', '010-2345-6789'],
    ['NOK 031-2245 7788 after 6 pm', '031-2245 7788'],
    ['office 03-2145 6780 (KL)', '03-2145 6780'],
    ['Sister 0917-555-0143 will pick up', '0917-555-0143'],
    ['Tochter erreichbar 089/233 45 12', '089/233 45 12'],
    ['Sohn (612 345 678) kommt morgen', '612 345 678'],
    ['Mother: Tan Mei, 9123 4567, tan.mei@example.com', '9123 4567'],
    ['partner (+1 415 555 0199 Ext. 4410)', '+1 415 555 0199 Ext. 4410'],
    ['cell 415-555-0199, ext. 12 after hours', '415-555-0199, ext. 12'],
    ['landlord Lee Su-bin 1-415-555-0199; sister', '1-415-555-0199'],
    ['Contato: (31) 99876-5432 (filha)', '(31) 99876-5432'],
    ['fixo (11) 3456-7890 à tarde', '(11) 3456-7890'],
    ['her son can be reached on 07700 900 123.', '07700 900 123'],
    ['ring 01632 960001 after lunch', '01632 960001'],
    ['GP line 0161 496 0000', '0161 496 0000'],
    ['(tél. 06 12 34 56 78).', '06 12 34 56 78'],
    ['joignable au 01.45.67.89.10 le matin', '01.45.67.89.10'],
    ['Madrid · 912 34 56 78', '912 34 56 78'],
    ['Singapore 460215\nHP: 84150710   Email', '84150710'],
    ['H/P 012-345 6789 (KL)', '012-345 6789'],
    ['Dr. Visser can be reached on 06-41288017 or by e-mail', '06-41288017'],
    ['PATIENT: Yes. Best number is 06-23917450.', '06-23917450'],
    ['her GP can be reached on 041 982731 or by post', '041 982731'],
    ['Parent/carer: Ms. Byrne, 051 372640', '051 372640'],
  ])('%s → %s', (text, value) => expectDetected(text, value, 'phone'));

  it('leaves codes, dates, ratios and counts in the same groupings', () => {
    expectNoType('NDC 0093-5692 3941 and lot 0123-456 7890', 'phone');
    expectNoType('seen 2024-03-05, score 025/100, BP 120/80', 'phone');
    expectNoType('counted 412 345 678 cells per mL', 'phone');
    expectNoType('steps 8000 9000 per day; MRN 912 345 678', 'phone');
    expectNoType('1200 1300 2400 3600 tallied', 'phone');
    expectNoType('serial (21) 6550 1234 on the box', 'phone');
    expectNoType('GTIN (01) 0950-1234, lot 0123 456 789 and 01234 567 8901', 'phone');
    expectNoType('version 10.12.34.56.78 and values 1 23 45 67', 'phone');
    expectNoType('HP LaserJet 4000 printer, HP 12345678 toner', 'phone');
    expectNoType('lot 06-12345678 and case 06-1234567 filed', 'phone');
    expectNoType('code 041 982731 on the form, ref 051 372640', 'phone');
  });
});
