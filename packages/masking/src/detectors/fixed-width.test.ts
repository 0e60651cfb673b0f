/** Fixed-width records read by their aligned columns. Values are made up. */
import { describe, expect, it } from 'vitest';
import { detectText } from '../detect';
import { expectDetected, expectKept } from '../test-helpers';

const FILE = [
  'HEAD20240301HARBORLINE HEALTH PLAN        ELIG01',
  'MQX77120345   ABERNETHY-COLE     MARGUERITE  K19470311F4127733918 TANAGER LN         SILVERDALE      WA98383    3605550143GOLD  20240101',
  'MQX88231046   OYELOWO            TOBIAS      R19881204M         52 BRAMBLE CT APT 2  MOSS LANDING    CA95039    8315550178SILVER20240101',
  'MQX99342157   LINDQVIST          WILHELMINA  J20010622F5230198774402 OSPREY TERRACE  ELK GROVE       IL60007    8475550119GOLD  20240101',
  'TAIL000003',
].join('\n');

describe('fixed-width records', () => {
  it.each([
    ['MQX77120345', 'other_id'],
    ['ABERNETHY-COLE', 'name'],
    ['MARGUERITE', 'name'],
    ['OYELOWO', 'name'],
    ['TOBIAS', 'name'],
    ['19470311', 'date'],
    ['52 BRAMBLE CT APT 2', 'street_address'],
    ['SILVERDALE', 'geo'],
    ['MOSS LANDING', 'geo'],
    ['98383', 'zip'],
    ['3605550143', 'phone'],
  ] as const)('finds %s by its column', (value, type) => expectDetected(FILE, value, type));

  it('masks a social security number and the street glued after it', () => {
    const spans = detectText(FILE);
    const at = FILE.indexOf('4127733918 TANAGER LN');
    expect(spans.some((s) => s.start <= at && s.end >= at + '4127733918 TANAGER LN'.length)).toBe(true);
  });

  it.each(['HARBORLINE HEALTH PLAN', '20240301', 'GOLD', 'TAIL000003'])(
    'keeps the header, the trailer and plan codes: %s',
    (value) => expectKept(FILE, value),
  );

  it('keeps the procedure codes of an aligned statement', () => {
    const statement = [
      'Service date   Code     Billed      Allowed     Paid        Member owes   Claim',
      '2025-03-04     99214    $210.00     $142.18     $113.74     $28.44        884201',
      '2025-03-04     85025    $48.00      $11.02      $8.82       $2.20         884201',
    ].join('\n');
    expect(detectText(statement).filter((s) => s.ruleId === 'fixed_width_records')).toEqual([]);
  });

  it('keeps an aligned table of results and words that are no names', () => {
    const table = [
      'TEST                CODE      RESULT    UNITS       RANGE        FLAG',
      'Glucose             2345-7    112       mg/dL       70-99        HIGH',
      'Sodium              2951-2    138       mmol/L      135-145      NORMAL',
      'Potassium           2823-3    4.1       mmol/L      3.5-5.1      NORMAL',
    ].join('\n');
    expect(detectText(table).filter((s) => s.ruleId === 'fixed_width_records')).toEqual([]);
  });
});
