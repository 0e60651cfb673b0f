import { describe, expect, it } from 'vitest';
import { detectText } from '../detect';

// Synthetic names only. The pair detector completes what the name detectors above it found.
function pairs(text: string): string[] {
  return detectText(text)
    .filter((s) => s.ruleId === 'name_pair')
    .map((s) => text.slice(s.start, s.end));
}

function spans(text: string): string[] {
  return detectText(text)
    .filter((s) => s.type === 'name')
    .map((s) => text.slice(s.start, s.end));
}

describe("the other half of a 'Family, Given' name", () => {
  it.each([
    ['RxPCN ADV\n01 QUENBY, OSTRID J\n02 MARSH, VIKRAM R\nPCP DR QUENBY', 'MARSH, VIKRAM R'],
    ['{"code":"DEP_01_NM","value":"WORTHY, WENDELL S","conf":0.8}', 'WORTHY, WENDELL S'],
    ['May 26, 2024\n\nWORTHY, MAGNOLIA P\n7303 Pheasant Run Rd', 'WORTHY, MAGNOLIA P'],
    ['Discharge summary for Marsh, Vikram faxed to the wrong office', 'Marsh, Vikram'],
  ])('%s', (text, name) => {
    expect(pairs(text)).toContain(name);
  });

  it('finds a family name no list holds before a given name that is also a word, whole', () => {
    // The "Last, First" reader takes this pair whole, so the pair detector has nothing left to add.
    const text = 'Discharge summary for Featherstone, Major faxed to the wrong office';
    expect(spans(text)).toContain('Featherstone, Major');
  });

  it('leaves a service, a ward or an item before a found name alone', () => {
    expect(spans('Cardiology, Vikram reports chest pain').join('|')).not.toContain('Cardiology');
    expect(spans('GLOVES, NITRILE M')).toEqual([]);
  });
});

describe('the rows of a list shaped like a name found in another of its rows', () => {
  it('reads a card dependant and a semicolon list item next to a found name as names', () => {
    expect(
      pairs('RxPCN ADV\n01 QUILLANBY-MENDEZ, TAMSIN P\n02 BROOK, LORCAN S\n03 GOODNIGHT, EVANDER Y'),
    ).toEqual(['QUILLANBY-MENDEZ, TAMSIN P', 'GOODNIGHT, EVANDER Y']);
    expect(
      pairs(
        'Box of loose filing for Worthy, Sterling; Thistlewood, Matthias; Grzelak, Zainab left at the office',
      ),
    ).toEqual(['Worthy, Sterling', 'Thistlewood, Matthias']);
  });

  it('leaves drugs and reactions listed the same way alone', () => {
    expect(pairs('Allergies: Penicillin, Hives; Sulfa, Rash; Latex, Anaphylaxis')).toEqual([]);
  });
});
