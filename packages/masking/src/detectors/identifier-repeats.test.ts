import { describe, expect, it } from 'vitest';
import { detectText } from '../detect';
import { expectKept } from '../test-helpers';

describe('an identifier said again', () => {
  it('masks the number a label gave, where it is written again without the label', () => {
    const text = 'Your participant number is KRB-318-0457. Please quote KRB-318-0457 when you call.';
    const spans = detectText(text).filter((s) => text.slice(s.start, s.end) === 'KRB-318-0457');
    expect(spans).toHaveLength(2);
    const chat =
      'the sensor serial GX52-771204 is not paired.\nAgent: I can see GX52-771204 was last synced.';
    const again = chat.lastIndexOf('GX52-771204');
    expect(detectText(chat).find((s) => s.start === again && s.end === again + 11)?.type).toBe('device');
  });

  it('carries over no short number, and no number inside a longer token', () => {
    expectKept('Claim reference QZX71002934; invoice QZX71002934-B later', 'QZX71002934-B');
    expectKept('Lot 4471 was used; room 4471 is free', 'room 4471');
    expectKept(
      'Screening visit 2025-01-14; randomised soon\nEntered by the coordinator 2025-01-14 12:55:50 (EDC v6.4)',
      '2025-01-14 12:55:50',
    );
  });
});
