import { describe, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';

describe("a member of staff's mark in lower case, or a given name with its initial", () => {
  it.each([
    ['Dispo: SNF vs home, CM ss following.', 'ss'],
    ['SW jt aware of plan.', 'jt'],
    ['Offloading boot ordered. Next visit 4/30 with hq.', 'hq'],
    ['Next visit 12/22 with Soo-ah S..', 'Soo-ah S.'],
    ['EBL 66 mL. Counts correct x2 (oq).', 'oq'],
    ['Reconciled by mg with brother.', 'mg'],
    ['Reconciled by Rafferty M. with son.', 'Rafferty M.'],
    ['Routed to Dr. Roe, MD. — sc', 'sc'],
    ['Routed to Dr. Roe. — Hyacinth B.\n', 'Hyacinth B.'],
    ['Device RN: Luther d.  pgr 6-7763', 'Luther d.'],
    ['RTC 3 mo.\nCDE: Jarrod d., 596.697.3783 ext 660', 'Jarrod d.'],
    ['Dispo: SNF vs home, CM Fitzgerald d. following.', 'Fitzgerald d.'],
    ['RTC 3 mo.\nCDE: Soo-ah G., 423.779.2199 ext 562', 'Soo-ah G.'],
    // The charge nurse of a shift, the shift between the role and the name.
    ['call 656-6092 w/ changes\ncharge rn tonight: Quovro N. 87.9% OCC', 'Quovro N.'],
    ['charge rn tonight: Lincoln C. 2 ED HOLDS', 'Lincoln C.'],
  ] as const)('finds the mark in %s', (text, value) => expectDetected(text, value, 'name'));

  it('keeps pronouns, services, routes and answers in the same places', () => {
    expectKept('Next visit in 2 weeks with me.', 'me');
    expectKept('Return visit with pcp.', 'pcp');
    expectKept('Labs reviewed by me. Dose given by iv.', 'me');
    expectKept('Dispo: home, CM is following.', 'is');
    expectKept('PT to see today.', 'to');
    expectKept('Counts correct x2 (ok).', 'ok');
    expectKept('Plan discussed. — ok', 'ok');
    expectKept('Follow-up visit with ent.', 'ent');
    expectKept('RN: Given A. Tylenol at 0900.', 'Given');
    expectKept('charge rn tonight: Given A. Tylenol at 0900.', 'Given');
  });
});
