import { describe, expect, it } from 'vitest';
import { foundBy } from '../test-helpers';
import { lowerCasePeople } from './lower-case-people';

describe('people named in lower case in pager, chat and dictation text', () => {
  it.each([
    ['will f/u w deonte in am sister felicity at bedside lives in town', 'deonte', 'felicity'],
    ['discussed with husband monroe heaney at bedside who can be reached', 'monroe heaney'],
    ['plan zofran iv 40 x1 daughter esther phone 380 384 9541', 'esther'],
    ['quick note 11/15 saw trantow 44yo in ed c/o cp', 'trantow'],
    ['fyi hansen mrn 5701448 na 124', 'hansen'],
    ['pt selmer hamill bed 30 family brother reilly wants update', 'selmer hamill', 'reilly'],
    ['hey is hayley waelchi in 443 still npo after midnight', 'hayley waelchi'],
    ['hi this message is for misty dietrich this is the clinic', 'misty dietrich'],
    ['stat 427 schiller hr 137 trop 2.24', 'schiller'],
    ['batz in 448 temp 103.2 can u come', 'batz'],
    ['recheck at 0000 -demetris', 'demetris'],
    ['pls advise re narcan iv 0.5mg once waylon rn', 'waylon'],
    ['temp 101.5 bg 36 pls call 695.665.0898 jessika', 'jessika'],
    // Letters of any script.
    ['non urgent 419 embeluoğlu sats 87% on 4l', 'embeluoğlu'],
    ['pls advise re dilaudid iv 650mg paveluoğlu rn', 'paveluoğlu'],
    ['pt quovrooğlu svaedu bed 25 family mother wants update', 'quovrooğlu svaedu'],
    // A room's line opening with a name that is a word too, a vital sign after the room.
    ['toy in 441 map 51 can u come', 'toy'],
    ['brief note 12/16 saw wolf 83yo in 4w c/o sob', 'wolf'],
    ['stat 449 cormier sats 84% on 4l k 2.8', 'cormier'],
    // A family name that is a word too, beside a given name.
    ['hi this message is for gabe murray this is the clinic', 'gabe murray'],
    ['hey is ashly toy in 444 still npo after midnight', 'ashly toy'],
    ['discussed with wife vincenza miller at bedside who can be reached', 'vincenza miller'],
    ['dictating a progress note on santa fisher date of birth february 15 1928', 'santa fisher'],
    ['will f/u w lenore littel in am', 'lenore littel'],
    ['will f/u w dr nyxlaq in am daughter cooper at bedside', 'nyxlaq', 'cooper'],
    ['this is maggie kerluke dictating a progress note', 'maggie kerluke'],
    // Both nurses of a handoff's line.
    ['sicu 1/7 nights -> days\nfrom colten to doreen\n* bed 447', 'colten', 'doreen'],
    ['handoff from jorsim to ibesimo', 'jorsim', 'ibesimo'],
    // A sign-off after a callback number of any shape, or a dash.
    ['lactate 5.3 pls call +13758320577 garnet', 'garnet'],
    ['trop 2.04 pls call +1 (401) 827-6177 pavvrooğlu thukka', 'pavvrooğlu thukka'],
    ['gave narcan iv 650mg recheck at 1400 -america', 'america'],
    // A sign-off before a credential, a given name that is a word too.
    ['pls advise re haldol im 2mg now mark rn', 'mark'],
    ['med/surg 9/19 nights -> days\nfrom will to horace\n* bed 466', 'will', 'horace'],
    ['yes. wife august on the way from home', 'august'],
    ['calling about my mom jade smith birthday january 3', 'jade smith'],
    ['fyi carter mrn 00310719 trop 2.76', 'carter'],
    // A sloppy visit note: the heading's patient, a relative the sentence closes on, the clinicians.
    [
      'f/u 3/27 - vessaby quorrin\n61f dm2/htn/ckd, here w wife birgitta. seen by dr. tarrowby @ the clinic',
      'vessaby quorrin',
      'birgitta',
      'tarrowby',
    ],
    ['F/U 9/14 - quorrinby\n25m dm2', 'quorrinby'],
    ['plan: see delacroix in renal, rtc 2mo', 'delacroix'],
    ['lives with son delbert; drives', 'delbert'],
    ['25m dm2/htn/ckd, here w dtr anouk. seen by', 'anouk'],
    ['seen by dr. gundersen today', 'gundersen'],
    ['[4:29] tamsin: anyone covering quellbury in 38? 85F, on lisinopril', 'quellbury'],
    ['anyone covering haverkamp in 7? 22M', 'haverkamp'],
    ['who has tamsin quell in 7?', 'tamsin quell'],
    // After "dr", a name that is also a word.
    ['ty!! my appt w/ dr june is it still on?', 'june'],
    ['can u tell dr hunter im running late?', 'hunter'],
  ])('finds the person in %j', (text, ...names) => expect(foundBy(lowerCasePeople, text)).toEqual(names));

  it.each([
    ['discussed with daughter at bedside'],
    ['here w wife today. came with son, lives with daughter and'],
    ['f/u 3/27 - labs pending\nsee above in hpi'],
    ['dr. appt next week; dr office called'],
    ['dr visit tomorrow, dr note faxed, dr orders signed'],
    ['see pt in clinic, saw labs in chart'],
    ['D/C to: 16452 sawgrass dr paducah ky 43001'],
    ['im at 77 shadbush dr springfield'],
    ['my son will call and his wife drives'],
    ['sister is aware, brother, mother at bedside'],
    ['saw pt 44yo in ed'],
    ['f/u w pcp in am'],
    ['fyi pt mrn pending'],
    ['is pt in 443 still npo'],
    ['pls advise re narcan iv 0.5mg once rn'],
    ['bp 120/80 hr 80 -stable'],
    ['gave 2 tabs'],
    ['441 pending hr 120'],
    ['median door-to-needle time 41 minutes'],
    ['# average length of stay 6.1 days\n'],
    ['call back 555-1234 tomorrow'],
    ['map 55 65 70 improving'],
    ['Period: week 39, 1998   350 appointments booked\nDATE | PATIENT'],
    ['total 2024 1450 visits booked'],
    ['records faxed to +1 502 925 4774 attn\nThe Clinic'],
    ['from days to nights'],
    ['anyone covering nights in 4?'],
    ['anyone covering ortho in 3? pls page'],
    ['who has tele in 12?'],
    ['pt seeing improvement in 2 weeks.'],
    ['transfer from micu to sicu'],
    ['from home to snf'],
    ['switch from lasix to bumex'],
    ['from icu\nto floor'],
    ['daughter now at bedside'],
    ['son will call at bedside'],
    ['pain in 441 bp 120/80'],
    ['recheck at 1400 -stable'],
    ['f/u w ed in am'],
    ['pls notify rn'],
    ['orders per rn'],
    ['wife on the way'],
    ['fyi pt mrn 00310719'],
  ])('finds no one in %j', (text) => expect(foundBy(lowerCasePeople, text)).toEqual([]));
});

describe('a person in lower case before a bracket giving their age, room, bed, kinship or birth date', () => {
  it.each([
    ['ok so for clive quillby-reid (rm 32) - he is 70, came in', 'clive quillby-reid'],
    ['Spoke w/ index case cornelius quillwachukwu (29y) at 364 489 9365.', 'cornelius quillwachukwu'],
    ['contacts named:\n - tsehay van quillan (bf) 838 202 1947', 'tsehay van quillan'],
    ['contacts named:\n - chidinma st. quillon (sister) 615 648 2948', 'chidinma st. quillon'],
    ['ok so for karthikeyan s/o quillai (bed 12) - he is 93', 'karthikeyan s/o quillai'],
  ])('finds the person in %j', (text, name) => {
    expect(foundBy(lowerCasePeople, text)).toEqual([name]);
  });

  it('keeps a complaint, a pain score or a word before such a bracket', () => {
    expect(foundBy(lowerCasePeople, 'admitted for cough (3 y) and pain (rm 4)')).toEqual([]);
    expect(foundBy(lowerCasePeople, 'lives with family (daughter) in town')).toEqual([]);
    expect(foundBy(lowerCasePeople, 'for review (10/10) of pain')).toEqual([]);
  });

  it('takes linear time on a long run of particles', () => {
    const text = `for ${'van '.repeat(5000)}x (29y)`;
    const started = performance.now();
    foundBy(lowerCasePeople, text);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
