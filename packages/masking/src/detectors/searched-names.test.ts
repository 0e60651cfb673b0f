import { describe, expect, it } from 'vitest';
import { detectText } from '../detect';
import type { PhiType } from '../types';
import { quotedInput } from './quoted-input';

// Synthetic values only.
function namesIn(text: string): string[] {
  return detectText(text, { detectors: [quotedInput] })
    .filter((s) => s.type === ('name' satisfies PhiType))
    .map((s) => text.slice(s.start, s.end));
}

describe('a name an agent searched for, quoted as its argument', () => {
  it.each([
    ['search_patients("tamsin volkerant") returned 2 matches:', 'tamsin volkerant'],
    ["members.lookup(name='QUILLAN, OSRIC')", 'QUILLAN, OSRIC'],
    ['find_patient("Halvor B. Quillan")', 'Halvor B. Quillan'],
    ['search_patients(query="nerys d\'quill")', "nerys d'quill"],
    ['I found two charts for "osric quillan". Which date of birth is right?', 'osric quillan'],
    ['No records for “Tamsin Volkerant” in the index', 'Tamsin Volkerant'],
  ])('%s', (text, name) => {
    expect(namesIn(text)).toEqual([name]);
  });

  it('takes the name out of the topic searched with it, where it reads as a name', () => {
    expect(namesIn('Found 4 passages for "maria quillan cardiology" (9 hits)')).toEqual(['maria quillan']);
    expect(namesIn('Found 2 passages for "Volkeranoğlu S. Tamsin last admission"')).toEqual([
      'Volkeranoğlu S. Tamsin',
    ]);
    expect(namesIn('3 results for "anticoag plan john quillan"')).toEqual(['john quillan']);
    expect(namesIn('Found 2 passages for "Tavrik Osswyn last admission"')).toEqual(['Tavrik Osswyn']);
    expect(namesIn('Found 2 passages for "Osswyn, Tavrik meds"')).toEqual(['Osswyn, Tavrik']);
  });

  it("reads a search's query written as JSON, the name known or written as only a name is", () => {
    expect(namesIn('{"query":"anticoag plan maria quillan","index":"notes","top_k":5}')).toEqual([
      'maria quillan',
    ]);
    expect(namesIn('rag.search {"q": "why was Quillanoğlu Tamsin readmitted"}')).toEqual([
      'Quillanoğlu Tamsin',
    ]);
    expect(namesIn('{"query": "chest pain trend", "top_k": 3}')).toEqual([]);
    expect(namesIn('{"query": "latest potassium trend", "top_k": 3}')).toEqual([]);
  });

  it('leaves quoted topics, identifiers and other calls alone', () => {
    for (const text of [
      'Found 2 passages for "chest pain trend" (3 hits)',
      'Found 2 passages for "latest echo" (3 hits)',
      'search_patients("diabetes type 2")',
      'get_patient(mrn="L4175043")',
      'summarize_chart("last admission")',
      'render_template("welcome banner")',
      'tool "search_patients" failed',
      "search for 'chest pain' returned 3 results",
      'waiting for "Metformin XR" to load',
    ])
      expect(namesIn(text)).toEqual([]);
  });
});
