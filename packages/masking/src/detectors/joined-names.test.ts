import { describe, expect, it } from 'vitest';
import { expectDetected, expectKept, foundBy } from '../test-helpers';
import { joinedNames, namesRunTogether } from './joined-names';

// Synthetic names only.
const names = (text: string): string[] => foundBy(joinedNames, text);

describe('names written as one token', () => {
  it.each([
    ['GET /api/members/tamsin-quenby/notes', 'tamsin-quenby'],
    ['see /patients/jane-doe/notes', 'jane-doe'],
    ['portal/clients/quenby_tamsin?tab=files', 'quenby_tamsin'],
    ['Name: Jane_Doe', 'Jane_Doe'],
    ['Patient: Tamsin_Quenby', 'Tamsin_Quenby'],
    ['{"patient_name":"quenby_tamsin"}', 'quenby_tamsin'],
    ['name=JaneDoe', 'JaneDoe'],
  ])('%s', (text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it('masks a lower-case "last, first" after a name label', () => {
    expect(names('patient: doe, jane')).toEqual(['doe', 'jane']);
  });

  it('masks them through the whole engine, over a camel-case product word', () => {
    expectDetected('Name: JaneDoe', 'JaneDoe', 'name');
    expectDetected('Name: Jane_Doe', 'Jane_Doe', 'name');
    expectDetected('patient: doe, jane', 'doe', 'name');
    expectDetected('patient: doe, jane', 'jane', 'name');
    expectDetected('GET /api/members/tamsin-quenby/notes HTTP/1.1', 'tamsin-quenby', 'name');
  });

  it('leaves keys, files and words that are no name', () => {
    for (const text of [
      'GET /api/users/me/notes',
      'GET /api/patients/search-results',
      'GET /api/patients/export.csv',
      'GET /api/products/blue-widget/x',
      'name: build_and_test',
      'file_name: report_final.pdf',
      'Name: SettingsPanel',
      'patient: stable, afebrile',
    ])
      expect(names(text), text).toEqual([]);
  });

  it('tells names run together from product words', () => {
    expect(namesRunTogether('JaneDoe')).toBe(true);
    for (const word of ['AirSense', 'StrideFit', 'PowerPICC', 'FreeStyle'])
      expect(namesRunTogether(word)).toBe(false);
    expectKept('Device: AirSense 10 AutoSet', 'AirSense');
  });
});
