/**
 * A rendered note as an EHR's API hands it over: metadata around the note text the EHR
 * printed, once as a JSON result and once as a page of search results in a text block.
 * SYNTHETIC DATA ONLY.
 */
import type { Cast } from '../cast';
import { cast } from '../cast';
import type { Gen } from '../context';
import { isoDate } from '../dates';
import { type Frag, type JsonTree, jsonText, phi } from '../fragment';
import { npiValue } from '../identifiers';
import { systemTimestamp, uuid, version } from '../keep-vocab';
import { routingComment } from './chart';
import { csnNo, mrnNo } from './ehr';
import { progressNote } from './notes';
import { CLINICS, HOSPITALS, org } from './orgs';
import { radiologyReport } from './reports';
import { telehealthNote } from './visits';

const RENDERED: readonly [string, (g: Gen, c: Cast) => Frag][] = [
  ['Progress Notes', progressNote],
  ['Telephone Encounter', routingComment],
  ['Imaging Result', radiologyReport],
  ['Video Visit', telehealthNote],
];

function noteResource(g: Gen, c: Cast): JsonTree {
  const [type, render] = g.pick(RENDERED);
  return {
    id: uuid(g),
    documentType: type,
    status: g.pick(['signed', 'addended', 'final']),
    patient: {
      mrn: mrnNo(g, c),
      name: phi('name', `${c.pt.last}, ${c.pt.first}`, 'last_first'),
      birthDate: isoDate(c.pt.dob),
    },
    encounter: {
      csn: csnNo(g, c),
      serviceDate: isoDate(c.admit),
      department: org(g, g.pick([CLINICS, HOSPITALS])),
    },
    author: {
      display: phi('name', `${c.attending.first} ${c.attending.last}`, 'full'),
      npi: npiValue(g),
    },
    meta: { created: systemTimestamp(g), lastUpdated: systemTimestamp(g), renderer: version(g) },
    content: { contentType: 'text/plain', text: render(g, c) },
  };
}

/** One note fetched by id. */
export function noteResult(g: Gen, c: Cast): JsonTree {
  return { apiVersion: version(g), requestId: uuid(g), data: noteResource(g, c) };
}

/** A page of a note search, serialized into an MCP text block; every entry is another patient. */
export function noteSearchText(g: Gen, c: Cast): Frag {
  const entries = [
    noteResource(g, c),
    ...Array.from({ length: g.int(0, 2) }, () => noteResource(g, cast(g))),
  ];
  return jsonText({ total: entries.length, page: 1, traceId: uuid(g), entries }, g.pick([0, 2]));
}
