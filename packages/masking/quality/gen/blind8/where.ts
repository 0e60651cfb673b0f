/** Addresses of blind split 8: street line, town (geo) and postcode labeled apart; states and countries not. */
import type { Gen } from '../context';
import { type Frag, phi, type Span, t } from '../fragment';
import { usStreet } from './ids';
import { US_COUNTIES, US_STREETS, US_SUFFIXES, US_TOWNS } from './lists';

export interface UsPlace {
  street: Span;
  town: Span;
  state: string;
  zip: Span;
  county: Span;
}

export function usPlace(g: Gen): UsPlace {
  const [town, state, zip3] = g.pick(US_TOWNS);
  const zip = `${zip3}${g.digits(2)}`;
  return {
    street: usStreet(g, US_STREETS, US_SUFFIXES),
    town: phi('geo', town),
    state,
    zip: phi('zip', g.chance(0.2) ? `${zip}-${g.digits(4)}` : zip),
    county: phi('geo', g.pick(US_COUNTIES)),
  };
}

/** "4417 Larkspur Ln, Muncie, IN 47305" or on two lines. */
export function usAddress(g: Gen, a: UsPlace, twoLines = g.chance(0.4)): Frag {
  return twoLines
    ? t`${a.street}\n${a.town}, ${a.state} ${a.zip}`
    : t`${a.street}, ${a.town}, ${a.state} ${a.zip}`;
}

/** Typed sloppily into a chat: "im at 12 oak st apt 4 springfield 62704". */
export function typedAddress(g: Gen): Frag {
  const [town, , zip3] = g.pick(US_TOWNS);
  const street = `${g.int(2, 999)} ${g.pick(US_STREETS).toLowerCase()} ${g.pick(['st', 'rd', 'ave', 'ln', 'dr'])}${g.chance(0.4) ? ` apt ${g.int(1, 20)}` : ''}`;
  const zip = g.chance(0.6) ? t` ${phi('zip', `${zip3}${g.digits(2)}`)}` : '';
  return t`${phi('street_address', street)} ${phi('geo', town.toLowerCase())}${zip}`;
}
