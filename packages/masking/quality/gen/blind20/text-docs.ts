/** Text documents of blind split 20: health-information management and administration. SYNTHETIC DATA ONLY. */
import type { Cast } from '../cast';
import type { Gen } from '../context';
import type { Frag } from '../fragment';
import { mdsSections, nhIncident, wcNotes } from './care';
import { birthWorksheet, deathWorksheet, diseaseReport, empiPair, fetalDeath } from './records';
import { auditCsv, breachLetter, incidentWorksheet, roiLog, subpoena } from './release';
import { cardOcr, chargemasterCsv, codingQuery, collectionNotes, deficiencyList } from './revenue';

type Template = (g: Gen, c: Cast) => Frag;

export const BLIND20_TEXT_DOCS: Record<string, Template> = {
  b20RoiLog: roiLog,
  b20Subpoena: subpoena,
  b20BreachLetter: breachLetter,
  b20IncidentWorksheet: incidentWorksheet,
  b20AuditCsv: auditCsv,
  b20EmpiPair: empiPair,
  b20BirthWorksheet: birthWorksheet,
  b20DeathWorksheet: deathWorksheet,
  b20FetalDeath: fetalDeath,
  b20DiseaseReport: diseaseReport,
  b20MdsSections: mdsSections,
  b20NhIncident: nhIncident,
  b20WcNotes: wcNotes,
  b20CollectionNotes: collectionNotes,
  b20CodingQuery: codingQuery,
  b20ChargemasterCsv: chargemasterCsv,
  b20DeficiencyList: deficiencyList,
  b20CardOcr: cardOcr,
};
