/** Lab result payloads of blind split 17: JSON panels, Markdown tables and a printed report. */
import type { Gen } from '../context';
import { type Frag, type JsonTree, join, keep, type Piece, t } from '../fragment';
import { toolResult } from './mcp';
import { clinician, fullName, lastName, nm, scene, spell, who } from './people';
import { city, place, street, zip } from './places';
import { accountNo, ageOf, date, dateTime, mrnNo, npiNo, phoneNo, plusDays, recent, stamp } from './values';
import { LAB_TESTS, type LabTest, labResult, loincOf, org, uuidKeep } from './vocab';

function performingLab(g: Gen): JsonTree {
  const where = place(g);
  const director = who(g, 40, 70);
  return {
    name: org(g, 'lab'),
    clia: `${g.digits(2)}D${g.digits(7)}`,
    address: t`${street(where)}, ${city(where)}, ${where.state} ${zip(where)}`,
    director: t`${nm(spell(director, 'first_last'), 'director')}, MD`,
    phone: phoneNo(g),
  };
}

const keepValue = (v: string): Piece => keep('lab_value', v);

export function b17LabPanelJson(g: Gen): JsonTree {
  const s = scene(g);
  const collected = recent(g);
  const tests = g.some(LAB_TESTS, 3, 6);
  const results = tests.map((test) => {
    const r = labResult(g, test);
    return {
      code: { system: 'http://loinc.org', code: loincOf(test), display: test.name },
      value: keepValue(r.value),
      unit: test.unit || null,
      referenceRange: keepValue(test.ref),
      flag: r.flag || null,
      status: 'final',
    };
  });
  return toolResult(g, {
    accession: `${g.letters(2)}${g.digits(8)}`,
    patient: {
      name: fullName(g, s.pt),
      dob: date(g, s.pt.dob),
      age: ageOf(s.pt),
      sex: s.pt.sex,
      mrn: mrnNo(g),
    },
    orderingProvider: { name: clinician(g, s.doc), npi: npiNo(g) },
    specimen: {
      type: g.pick(['Serum', 'Whole blood', 'Plasma', 'Urine, random']),
      collectedAt: dateTime(g, collected),
      receivedAt: stamp(g),
    },
    results,
    performingLab: performingLab(g),
    reportedAt: stamp(g),
    id: uuidKeep(g),
  });
}

function mdRow(g: Gen, test: LabTest): Frag {
  const r = labResult(g, test);
  return t`| ${test.name} | ${keep('lab_value', r.value)} | ${test.unit} | ${keep('lab_value', test.ref)} | ${r.flag} | ${loincOf(test)} |`;
}

export function b17LabMarkdown(g: Gen): JsonTree {
  const s = scene(g);
  const collected = recent(g);
  const rows = g.some(LAB_TESTS, 3, 7).map((test) => mdRow(g, test));
  const text = t`## ${g.pick(['Lab results', 'Results', 'Recent labs'])} — ${fullName(g, s.pt)}
**DOB:** ${date(g, s.pt.dob)} · **MRN:** ${mrnNo(g)} · **Collected:** ${date(g, collected)}
**Ordered by:** ${clinician(g, s.doc)} · **Lab:** ${org(g, 'lab')}

| Test | Result | Units | Ref range | Flag | LOINC |
|---|---|---|---|---|---|
${join(rows, '\n')}

${g.pick(['_Abnormal values flagged H/L._', '_Results released to portal._', `_Called to ${s.pt.sex === 'F' ? 'patient' : 'pt'}'s ${s.kinRelation}._`])}`;
  return toolResult(g, text);
}

export function b17LabTextReport(g: Gen): Frag {
  const s = scene(g);
  const collected = recent(g);
  const lab = place(g);
  const pad = (x: string, n: number): string => x.padEnd(n, ' ');
  const lines = g.some(LAB_TESTS, 4, 8).map((test) => {
    const r = labResult(g, test);
    return t`${pad(test.name, 24)}${keep('lab_value', r.value)}${' '.repeat(Math.max(1, 9 - r.value.length))}${pad(r.flag, 3)}${pad(test.unit, 12)}${keep('lab_value', test.ref)}`;
  });
  return t`${org(g, 'lab')}   ${street(lab)}, ${city(lab)}, ${lab.state} ${zip(lab)}   Tel ${phoneNo(g)}
PATIENT: ${nm(spell(s.pt, 'upper'), 'upper')}   DOB: ${date(g, s.pt.dob, 'us')}   AGE: ${ageOf(s.pt)}   SEX: ${s.pt.sex}
ACCT#: ${accountNo(g)}   MRN: ${mrnNo(g)}
COLLECTED: ${date(g, collected, 'us')} ${String(g.int(6, 11))}:${String(g.int(10, 59))}   REPORTED: ${date(g, plusDays(collected, 1), 'us')}
ORDERING: ${nm(spell(s.doc, 'upper'), 'upper')}   NPI ${npiNo(g)}   FAX ${phoneNo(g, 'fax')}

TEST                    RESULT   FLG UNITS       REFERENCE
${join(lines, '\n')}

Comments: ${g.pick(['Specimen slightly hemolyzed.', 'Fasting per patient.', 'Repeat in 3 months.'])} Reviewed by ${nm(spell(who(g, 30, 65), 'initial_last'), 'initial_last')} on ${date(g, plusDays(collected, 1))}. Results phoned to ${lastName(s.doc)}'s office.`;
}

export const LAB_JSON_DOCS = { b17LabPanelJson, b17LabMarkdown };
export const LAB_TEXT_DOCS = { b17LabTextReport };
