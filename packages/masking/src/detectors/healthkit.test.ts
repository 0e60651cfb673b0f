import { describe, expect, it } from 'vitest';
import { detectText } from '../detect';
import { createMasker } from '../masker';
import { labelledValues } from './key-values';

const found = (text: string) =>
  detectText(text, { detectors: [labelledValues] }).map((s) => [text.slice(s.start, s.end), s.type]);

describe('HealthKit object descriptions', () => {
  it("finds a device's local identifier, and keeps its name, maker, model and versions", () => {
    const device =
      '<<HKDevice: 0x2834a5e50>, name:Apple Watch, manufacturer:Apple Inc., model:Watch, hardware:Watch6,1, software:9.0, localIdentifier:79JF040969>';
    expect(found(device)).toEqual([['79JF040969', 'device']]);
    expect(found('<<HKDevice>, name:CGM, manufacturer:Sinocare, localIdentifier:LMD-91735-E>')).toEqual([
      ['LMD-91735-E', 'device'],
    ]);
  });

  it('reads nothing outside a description', () => {
    expect(found('<<HKDevice>, name:CGM')).toEqual([]);
    expect(found('localIdentifier:79JF040969 was logged')).toEqual([]);
  });

  it('masks the identifier inside a JSON export record', () => {
    const out = createMasker().maskJson({
      device: '<<HKDevice>, name:CGM, manufacturer:Sinocare, localIdentifier:79JF040969>',
      value: '240',
    });
    expect(out.value).toEqual({
      device: '<<HKDevice>, name:CGM, manufacturer:Sinocare, localIdentifier:[DEVICE]>',
      value: '240',
    });
  });
});
