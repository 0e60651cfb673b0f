import { describe, expect, it } from 'vitest';
import { createMasker } from '../masker';
import { expectDetected } from '../test-helpers';

const masker = createMasker();

describe('web addresses around a UUID', () => {
  it('keeps a UUID path segment or query value and masks the rest of the address', () => {
    const job = '5e2b7c90-1d4a-4f3e-8b6c-2a9d0e7f4c31';
    const out = masker.maskText(
      `poll https://fhir.northmere.example/r4/jobs/${job}/status?page=2 until done`,
    ).text;
    expect(out).toContain(job);
    expect(out).not.toContain('northmere');
    expect(out).not.toContain('status');
    const query = masker.maskText(`GET https://api.northmere.example/export?_jobId=${job} -> 202`).text;
    expect(query).toContain(job);
    expect(query).not.toContain('northmere');
  });

  it("keeps a patient's UUID in a FHIR search address, in text and under an address's key", () => {
    const id = '0c7e1a52-9b3d-4f8e-a1c6-5d2e8f0b7a94';
    const url = `https://fhir.northmere.example/r4/Observation?patient=${id}&date=ge2024-11-16`;
    const text = masker.maskText(`self link ${url}`).text;
    expect(text).toContain(id);
    expect(text).not.toContain('northmere');
    const frame = masker.maskFrame(JSON.stringify({ link: [{ relation: 'self', url }] })).text;
    expect(frame).toContain(id);
    expect(frame).not.toContain('northmere');
    expect(frame).not.toContain('2024-11-16');
  });

  it('still masks a whole personal address, and a UUID glued inside a segment', () => {
    expectDetected(
      'see https://portal.northmere.example/patients/8812345/chart today',
      'https://portal.northmere.example/patients/8812345/chart',
      'url',
    );
    const glued = masker.maskText(
      'https://files.northmere.example/scan-5e2b7c90-1d4a-4f3e-8b6c-2a9d0e7f4c31.pdf',
    ).text;
    expect(glued).toBe('[URL]');
  });
});

describe('web addresses searching an organisation by its name', () => {
  it("keeps the organisation's name and masks the rest of the address", () => {
    const out = masker.maskText(
      'GET https://fhir.northmere.example/r4/Encounter?subject=Patient/88&service-provider:Organization.name=Mercy%20Clinic&_count=5',
    ).text;
    expect(out).toContain('Mercy%20Clinic');
    expect(out).not.toContain('northmere');
    expect(out).not.toContain('Patient/88');
  });
});
