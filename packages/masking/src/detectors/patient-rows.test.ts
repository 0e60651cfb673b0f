import { describe, expect, it } from 'vitest';
import { foundBy } from '../test-helpers';
import { patientRows } from './patient-rows';

describe('the patient a legacy row opens with, before their number and their age and sex', () => {
  it.each([
    ['sbar handoff\n* QUOONGO 447 67F - etoh w/d, k 4.9\n', 'QUOONGO'],
    ['* HUELS 445 85M - hip fx s/p orif\n', 'HUELS'],
    ['404-B  RUNTE,ROSELLA  E521188  83F  10/02/25\n', 'RUNTE,ROSELLA'],
    ['MAGIC 5.60\nDAGVRO, DAGVROO J  U6959579  102F  WT 108 KG\n', 'DAGVRO, DAGVROO J'],
    ['458-A  DAGEDU,RHIANNON  312-04-23  65F\n', 'DAGEDU,RHIANNON'],
  ])('finds the name in %j', (text, name) => expect(foundBy(patientRows, text)).toEqual([name]));

  it.each([
    ['BED 447 67F - etoh w/d\n'],
    ['* PNA 12 67F\n'],
    ['ROOM 12 45M\n'],
    ['TOTAL 30 12F\n'],
    ['Smith 447 67F\n'],
  ])('reads no name in %j', (text) => expect(foundBy(patientRows, text)).toEqual([]));
});
