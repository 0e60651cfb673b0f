import { describe, expect, it } from 'vitest';
import { foundBy } from '../test-helpers';
import { kinNames } from './kin-names';

describe("a relative's name given with their kinship", () => {
  it.each([
    ["[01:42] Caller: I'm his grandson, ernie lueilwitz\n[01:59] Agent: and a callback?", 'ernie lueilwitz'],
    ['Caller: this is the mother, delilah rhoynn.', 'delilah rhoynn'],
    ["Caller: I'm her sister, santino wilkinson-hirthe\n", 'santino wilkinson-hirthe'],
    ["I'm the wife, rosa", 'rosa'],
  ])('finds the name a caller gives for themselves in %j', (text, value) =>
    expect(foundBy(kinNames, text)).toEqual([value]),
  );

  it.each([
    ['Discharged home to Marshafort with brother akwedu ibekka.\n- Follow up in 1 week', 'akwedu ibekka'],
    ['Spoke with mother thukkao rhovro 11/23. Plan unchanged.', 'thukkao rhovro'],
    ['Spoke with sister pavari quoarioğlu June 1. Plan unchanged.', 'pavari quoarioğlu'],
    ["Reviewed with pt's daughter ngozi okafor (HCP).", 'ngozi okafor'],
  ])('finds the relative someone spoke or went home with in %j', (text, value) =>
    expect(foundBy(kinNames, text)).toEqual([value]),
  );

  it.each([
    ['bumetanide 1 mg started; family (Bartholomew Quarshie) updated at 555-0143.', 'Bartholomew Quarshie'],
    ['started; family (keoni oyelaran) updated at 555-0143.', 'keoni oyelaran'],
    ["started; family (O'Dwyer, Sunniva) updated", "O'Dwyer, Sunniva"],
    ['started; family (QUELLMOOR, IGNATIUS) updated at 555-0143.', 'QUELLMOOR, IGNATIUS'],
    ['Called daughter (Ravindra I. Underhill) with results.', 'Ravindra I. Underhill'],
  ])('finds the relative named in brackets after the kinship in %j', (text, value) =>
    expect(foundBy(kinNames, text)).toEqual([value]),
  );

  it.each([
    ['lives with husband and son.'],
    ['Discharged home with wife over there.'],
    ['Discussed with mother present.'],
    ['Discussed with daughter at bedside.'],
    ["I'm the daughter, she fell yesterday"],
    ['Went home with son today, 11/23.'],
    ['with husband who drives.'],
    ['Discussed with wife re: hospice.'],
    // The cue is a word of its own, not the end of one.
    ['Left forthwith mother thukkao rhovro 11/23.'],
    ['FHx: mother (HTN, DM), father (deceased), sister (breast cancer)'],
    ['FHx: mother (CHF, COPD), father (ASTHMA, COPD), sister (DIABETES, STROKE)'],
    ['brother (Crohn disease), family (none present), father (Parkinson disease)'],
  ])('reads no name in %j', (text) => expect(foundBy(kinNames, text)).toEqual([]));
});

describe("a social history's children and late spouse", () => {
  it.each([
    ['works at the post office. Children: Quorrin 24 and Tarrowby 17. Quit smoking 2010', 'Quorrin|Tarrowby'],
    ['Retired; widowed (Vessaby d. 2006); daughter nearby', 'Vessaby'],
  ])('finds them in %j', (text, names) => expect(foundBy(kinNames, text)).toEqual(names.split('|')));

  it.each(['Children: 2 grown, ages 30 and 33.', 'Children: Two 30', 'widowed (Since 2006)'])(
    'finds none in %j',
    (text) => expect(foundBy(kinNames, text)).toEqual([]),
  );
});
