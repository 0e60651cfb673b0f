import { describe, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';

describe("the code that opens a patient's home", () => {
  it.each([
    ['Tue\t12:30\t4 Elm Crest\tgate Z694\tG0157\tmeal prep', 'Z694'],
    ['transfer w/ lift, gate 6369* at the back', '6369*'],
    ['made visit to the house, gate #4641. pt expired 3:59', '#4641'],
    ['key in lockbox A652, enter from alley', 'A652'],
    ['the side door, call box code #0057.', '#0057'],
    ['vouchers at the side door, buzzer code H073.', 'H073'],
    ['Gate code X007 / lockbox 3555*. Directions: bldg C', '3555*'],
  ])('finds %s', (text, code) => expectDetected(text, code, 'other_id'));

  it.each([
    ['gate 2024 opened for the season', 'gate 2024'],
    ['Boarding at gate 2', 'gate 2'],
    ['access 2034 mL drained', 'access 2034 mL'],
    ['Gate control theory of pain, HCPCS G0157', 'HCPCS G0157'],
  ])('keeps %s', (text, keep) => expectKept(text, keep));
});
