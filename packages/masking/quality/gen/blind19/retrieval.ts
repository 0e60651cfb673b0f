/** RAG and vector-search results: chunks with source files, chunk ids, scores and metadata. */
import type { Cast } from '../cast';
import type { Gen } from '../context';
import { type Frag, type JsonTree, join, t } from '../fragment';
import { mrnValue, phoneValue } from '../identifiers';
import { systemTimestamp, uuid, yearAlone } from '../keep-vocab';
import { clinicianName } from '../people';
import { toolStructured, toolText } from './mcp';
import { code, deviceName, drug, eponym, lab, org, retrievalStat } from './vocab';
import { compactDay, dayMonth, fullName, isoDay, nameSlug, typedDate, typedName } from './who';

const DOC_TYPES = ['discharge', 'referral', 'progress', 'consult', 'op-note', 'intake'];

/** "referrals/2024/kowalski_jane_20240302_discharge.pdf" */
function sourcePath(g: Gen, c: Cast, type: string): Frag {
  const folder = g.pick([
    's3://ingest-phi/charts',
    'gdrive://Clinical/Referrals',
    '/data/ocr',
    'sharepoint:/sites/CareMgmt/Shared Documents',
  ]);
  return g.pick([
    () => t`${folder}/${nameSlug(g, c.pt, '_')}_${compactDay(c.admit)}_${type}.pdf`,
    () => t`${folder}/${isoDay(c.admit)}/${nameSlug(g, c.pt, '-')}-${type}.docx`,
    () => t`${folder}/${type}/${mrnValue(g)}.txt`,
  ])();
}

function chunkTexts(g: Gen, c: Cast, n: number): Frag[] {
  const builders = [
    () =>
      t`...${fullName(c.pt)} is a pleasant patient seen ${typedDate(g, c.admit)} for ${eponym(g, 'condition')}. Started ${drug(g, true)}. ${lab(g)}...`,
    () =>
      t`DISCHARGE INSTRUCTIONS for ${typedName(g, c.pt)}: follow up with ${clinicianName(g, c.consultant)} on ${dayMonth(g, c.discharge)}; call ${phoneValue(g)} with questions.`,
    () =>
      t`Referral reason: ${code(g, 'ICD-10')}. Device: ${deviceName(g)} implanted ${yearAlone(g)}. Pt lives with ${c.relation} in ${c.addr.city}.`,
    () =>
      t`Problem list reviewed with ${fullName(c.relative)} (${c.relation}). ${lab(g)}; ${lab(g)}. Plan per ${org(g)} protocol.`,
  ];
  return g.some(builders, n, n).map((build) => build());
}

function hit(g: Gen, c: Cast, text: Frag): { [key: string]: JsonTree } {
  const type = g.pick(DOC_TYPES);
  return {
    chunk_id: t`${uuid(g)}#${g.int(0, 40)}`,
    source: sourcePath(g, c, type),
    score: Number(g.f.number.float({ min: 0.61, max: 0.95 }).toFixed(4)),
    text,
    metadata: {
      patient: g.chance(0.6) ? typedName(g, c.pt) : undefined,
      dob: g.chance(0.5) ? typedDate(g, c.pt.dob, 'iso') : undefined,
      doc_type: type,
      page: g.int(1, 14),
      ingested_at: systemTimestamp(g),
    },
  };
}

const ragHits = (g: Gen, c: Cast): JsonTree =>
  toolStructured(g, {
    query: t`${g.pick(['anticoag plan', 'latest echo', 'why was', 'allergies for'])} ${typedName(g, c.pt)}`,
    index: g.pick(['charts-v3', 'referrals-2025', 'notes_embeddings']),
    top_k: g.pick([3, 5, 8]),
    results: chunkTexts(g, c, g.int(2, 4)).map((text) => hit(g, c, text)),
    stats: retrievalStat(g),
  });

function printedHit(g: Gen, c: Cast, text: Frag, i: number): Frag {
  const score = g.f.number.float({ min: 0.55, max: 0.93 }).toFixed(3);
  return t`[${i + 1}] score=${score}  ${sourcePath(g, c, g.pick(DOC_TYPES))}  (chunk ${g.int(0, 30)})
    ${text}`;
}

function vectorText(g: Gen, c: Cast): Frag {
  const hits = chunkTexts(g, c, g.int(2, 4)).map((text, i) => printedHit(g, c, text, i));
  return t`Found ${hits.length} passages for "${typedName(g, c.pt)} ${g.pick(['meds', 'last admission', 'cardiology'])}" (${retrievalStat(g)}):

${join(hits, '\n\n')}
`;
}

const vectorFrame = (g: Gen, c: Cast): JsonTree => toolText(g, vectorText(g, c));

export const RETRIEVAL_JSON_DOCS = {
  'blind19-rag-hits': ragHits,
  'blind19-vector-text': vectorFrame,
};
