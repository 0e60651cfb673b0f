import { describe, expect, it } from 'vitest';
import { mayHoldAsciiDisguise } from './disguises';

const hint = (text: string): boolean => mayHoldAsciiDisguise(text, { includes: (s) => text.includes(s) });

describe('the cheap test of whether a text may hold a disguise', () => {
  it.each([
    'call 55+01 soon',
    'mail is a\\.b on file',
    'char \\x41 in the note',
    'char %u0040 in the note',
    'soft =3D=20 break',
    'ref 12=\n34 ok',
    'mail (at) the clinic',
  ])('looks further at %j', (text) => expect(hint(text)).toBe(true));

  it.each([
    'mail is  \\.b on file',
    'ref ab=\nxy ok',
    'char %x41 in the note',
    'a (note) on file',
    'x = y in the note',
  ])('looks no further at %j', (text) => expect(hint(text)).toBe(false));
});
