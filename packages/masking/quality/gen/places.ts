/** Synthetic addresses and geography below the state level. */
import type { Gen } from './context';
import { type Frag, phi, type Span, t } from './fragment';
import { zipValue } from './identifiers';

export interface Address {
  street: Span;
  city: Span;
  county: Span;
  state: string;
  zip: Span;
}

export function address(g: Gen): Address {
  const f = g.chance(0.7) ? g.us : g.anyLocale();
  const withUnit = g.chance(0.3);
  const street = withUnit ? f.location.streetAddress(true) : f.location.streetAddress();
  return {
    street: phi('street_address', street),
    city: phi('geo', f.location.city(), 'city'),
    county: phi('geo', g.us.location.county(), 'county'),
    state: g.us.location.state({ abbreviated: true }),
    zip: zipValue(g),
  };
}

/** "4821 Maple Ave, Springfield, IL 62704" and its multi-line and reordered variants. */
export function addressLine(g: Gen, a: Address): Frag {
  const forms = [
    () => t`${a.street}, ${a.city}, ${a.state} ${a.zip}`,
    () => t`${a.street}\n${a.city}, ${a.state} ${a.zip}`,
    () => t`${a.street}, ${a.city} ${a.state} ${a.zip}`,
  ];
  if (g.split === 'heldout') {
    forms.push(
      () => t`${a.street} / ${a.city} (${a.county}) / ${a.state} / ${a.zip}`,
      () => t`${a.zip} ${a.city}, ${a.street}`,
    );
  }
  return g.pick(forms)();
}
