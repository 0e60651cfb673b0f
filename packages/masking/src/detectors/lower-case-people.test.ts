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
  ])('finds the person in %j', (text, ...names) => expect(foundBy(lowerCasePeople, text)).toEqual(names));

  it.each([
    ['discussed with daughter at bedside'],
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
  ])('finds no one in %j', (text) => expect(foundBy(lowerCasePeople, text)).toEqual([]));
});
