import { describe, expect, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';
import { deviceCueSpans } from './device-cues';

// Synthetic values only.
const cued = (text: string): string[] => deviceCueSpans(text).map(([s, e]) => text.slice(s, e));

describe("a device's product name told by what the note does with the device", () => {
  it.each([
    ['Implant: Barostim Neo; UDI (01)00065254506455', 'Barostim Neo'],
    ['Remote monitoring: Optune Lua (device SN-75190735) uploaded', 'Optune Lua'],
    ['History: He has a Clarius C3 HD3 implanted 02/20/2021', 'Clarius C3 HD3'],
    ['Plan: discuss da Vinci SP upgrade; check K', 'da Vinci SP'],
    ['B: hx E21.0. Hearing aids (Ion endoluminal).', 'Ion endoluminal'],
  ])('keeps the product in %s', (text, device) => {
    expect(cued(text)).toEqual([device]);
    expectKept(text, device);
  });

  it.each([
    ['Implant: placed by Ann Hale, MD', 'Ann Hale'],
    ['Device: Maria Lopez RN; checked', 'Maria Lopez'],
    ['seen with a Tarrow Quill today', 'Tarrow Quill'],
  ])('leaves the person in %s', (text, name) => {
    expect(cued(text)).toEqual([]);
    expectDetected(text, name, 'name');
  });
});
