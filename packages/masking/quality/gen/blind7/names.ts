/** The ways blind split 7's formats write a person's name, each part labeled. */
import { type Frag, phi, type Span, t } from '../fragment';
import type { Person } from './people';

type Named = Pick<Person, 'given' | 'family' | 'middle'>;

export const given = (p: Named, upper = false): Span => phi('name', upper ? p.given.toUpperCase() : p.given);
export const family = (p: Named, upper = false): Span =>
  phi('name', upper ? p.family.toUpperCase() : p.family);

/** "Odalys Q Ashby" as one span. */
export function fullName(p: Named, withMiddle = true): Span {
  const middle = withMiddle && p.middle ? ` ${p.middle}` : '';
  return phi('name', `${p.given}${middle} ${p.family}`);
}

/** "Ashby, Odalys": family and given labeled apart. */
export function lastFirst(p: Named, upper = false): Frag {
  return t`${family(p, upper)}, ${given(p, upper)}`;
}

/** HL7 XPN: FAMILY^GIVEN^MIDDLE. */
export function xpn(p: Named, upper: boolean): Frag {
  const middle = p.middle ? phi('name', upper ? p.middle.toUpperCase() : p.middle) : '';
  return t`${family(p, upper)}^${given(p, upper)}^${middle}`;
}

/** A clinician with a title: "Dr. Wendell Ashby", "Ashby, Wendell MD". */
export function doctor(p: Named, style: 0 | 1 | 2): Frag {
  if (style === 0) return t`Dr. ${fullName(p, false)}`;
  if (style === 1) return t`${lastFirst(p)} MD`;
  return t`${fullName(p, false)}, ${p.given.length % 2 ? 'DO' : 'NP'}`;
}
