/** Clinical JSON of blind split 9: DICOM JSON, openEHR FLAT, CDS Hooks and FHIR JSON Patch. */
import type { Gen } from '../context';
import { type JsonTree, phi, t } from '../fragment';
import { accession, mrn, npi, phone, portalUrl } from './ids';
import { ageOf, nm, upper, who } from './people';
import { place, street, town, zip } from './places';
import {
  analyte,
  code,
  devName,
  drug,
  eponym,
  hospital,
  icd,
  lab,
  reading,
  rxnorm,
  snomed,
  uuid,
  version,
} from './vocab';
import { day, pdate, plusDays, plusSeconds, stamp } from './when';

const SCANNERS = ['Revolution Apex', 'SOMATOM X.cite', 'MAGNETOM Vida', 'Vantage Galan 3T'];
const el = (vr: string, ...value: JsonTree[]): JsonTree => ({ vr, Value: value });

/** A QIDO-RS answer in the DICOM JSON model: tags as keys, person names as PN objects. */
export function dicomJsonStudies(g: Gen): JsonTree {
  const p = who(g);
  const studies: JsonTree[] = [];
  for (let i = g.int(1, 3); i > 0; i--) {
    const a = place(g);
    const dr = who(g, { adult: true });
    const when = day(g);
    const study: Record<string, JsonTree> = {
      '00080005': el('CS', 'ISO_IR 192'),
      '00080020': el('DA', pdate(g, when, 'compact')),
      '00080030': el(
        'TM',
        `${String(when.getUTCHours()).padStart(2, '0')}${String(when.getUTCMinutes()).padStart(2, '0')}00`,
      ),
      '00080050': el('SH', accession(g)),
      '00080061': el('CS', g.pick(['CT', 'MR', 'CR'])),
      '00080080': el('LO', hospital(g)),
      '00080090': el('PN', { Alphabetic: t`${nm(upper(`${dr.last}^${dr.first}`), 'dicom')}^^DR` }),
      '00081090': el('LO', devName(g, SCANNERS)),
      '00100010': el('PN', {
        Alphabetic: nm(upper(`${p.last}^${p.first}^${p.middle.slice(0, 1)}`), 'dicom'),
      }),
      '00100020': el('LO', mrn(g)),
      '00100030': el('DA', pdate(g, p.dob, 'compact')),
      '00100040': el('CS', p.sex),
      '00101010': el('AS', t`${ageOf(p, String(p.age).padStart(3, '0'))}Y`),
      '0020000D': el('UI', `1.2.840.113619.2.${g.int(100, 999)}.${g.digits(10)}.${g.digits(6)}`),
      '00201208': el('IS', g.int(1, 900)),
    };
    if (g.chance(0.5)) study['00101040'] = el('LO', t`${street(a)}, ${town(a)} ${a.state} ${zip(a)}`);
    if (g.chance(0.4)) study['00102154'] = el('SH', phone(g));
    if (g.chance(0.5))
      study['00181020'] = el('LO', version(g.pick(['syngo CT VA40A', 'syngo MR XA60A', 'DV29.1_R03'])));
    if (g.chance(0.3)) study['00321060'] = el('LO', t`follow-up ${eponym(g)}`);
    studies.push(study);
  }
  return studies;
}

/** An openEHR composition in the FLAT web template format with its EHR's subject reference. */
export function openEhrFlat(g: Gen): JsonTree {
  const p = who(g);
  const dr = who(g, { adult: true });
  const at = day(g);
  const x = analyte(g);
  const y = analyte(g);
  const lab0 = 'laboratory_test_result/any_event:0';
  const lab1 = 'laboratory_test_result/any_event:1';
  return {
    ehrId: uuid(g),
    subject: { id: mrn(g), namespace: 'HOSPITAL-NS' },
    templateId: 'lab_and_meds.v3',
    composition: {
      'ctx/language': 'en',
      'ctx/territory': 'US',
      'ctx/composer_name': nm(`${dr.first} ${dr.last}`),
      'ctx/health_care_facility|name': hospital(g),
      'ctx/time': pdate(g, at, 'iso_time'),
      [`${lab0}/test_name`]: x.name,
      [`${lab0}/test_name|code`]: code(x.loinc),
      [`${lab0}/result_value|magnitude`]: Number(reading(g, x)),
      [`${lab0}/result_value|unit`]: x.unit,
      [`${lab1}/test_name`]: y.name,
      [`${lab1}/result_text`]: t`${lab(reading(g, y))} ${y.unit}`,
      'problem_diagnosis:0/problem_diagnosis_name': t`${eponym(g)}`,
      'problem_diagnosis:0/problem_diagnosis_name|code': icd(g),
      'problem_diagnosis:0/problem_diagnosis_name|terminology': 'ICD-10-CM',
      'medication_order/order:0/medication_item': drug(g),
      'medication_order/order:0/medication_item|code': rxnorm(g),
      'medication_order/order:0/comment': t`${g.pick(['Pt', 'Patient', 'Mrs/Mr'])} ${nm(`${p.first} ${p.last}`)}, ${ageOf(p)} y, ${g.pick(['prefers pharmacy pickup', 'daughter manages meds', 'call'])} ${phone(g)}`,
      'ctx/participation_name': g.chance(0.4) ? nm(`${p.last}, ${p.first}`, 'last_first') : undefined,
      'ctx/participation_function': 'informant',
    },
    committed: stamp(g, plusSeconds(at, g.int(60, 9000)), 'offset'),
  };
}

/** A CDS Hooks order-sign request with prefetch, or a service's answer with cards. */
export function cdsHooksExchange(g: Gen): JsonTree {
  const p = who(g);
  const a = place(g);
  const id = mrn(g);
  const authored = day(g);
  if (g.chance(0.5))
    return {
      hookInstance: uuid(g),
      fhirServer: 'https://fhir.harborridge.example/r4',
      hook: 'order-sign',
      context: {
        userId: t`Practitioner/${npi(g)}`,
        patientId: id,
        draftOrders: {
          resourceType: 'Bundle',
          entry: [
            {
              resource: {
                resourceType: 'MedicationRequest',
                status: 'draft',
                medicationCodeableConcept: {
                  coding: [
                    {
                      system: 'http://www.nlm.nih.gov/research/umls/rxnorm',
                      code: rxnorm(g),
                      display: drug(g),
                    },
                  ],
                },
                authoredOn: pdate(g, authored, 'iso'),
                reasonCode: [{ coding: [{ system: 'http://snomed.info/sct', code: snomed(g) }] }],
              },
            },
          ],
        },
      },
      prefetch: {
        patient: {
          resourceType: 'Patient',
          id: phi('mrn', id.value),
          name: [{ family: nm(p.last), given: [nm(p.first)] }],
          birthDate: pdate(g, p.dob, 'iso'),
          address: [{ line: [street(a)], city: town(a), state: a.state, postalCode: zip(a) }],
        },
      },
    };
  return {
    cards: [
      {
        uuid: uuid(g),
        summary: t`${drug(g)} dose check`,
        indicator: g.pick(['warning', 'info', 'critical']),
        detail: t`**${nm(`${p.first} ${p.last}`)}** (${ageOf(p)} y, DOB ${pdate(g, p.dob, 'us')}): latest ${analyte(g).name} ${lab(reading(g, analyte(g)))}. Consider renal dosing; ${eponym(g)} noted.`,
        source: {
          label: 'Harbor Ridge P&T service',
          topic: { code: icd(g), system: 'http://hl7.org/fhir/sid/icd-10-cm' },
        },
        links: [{ label: 'Open dosing app', url: portalUrl(g, id.value), type: 'smart' }],
      },
    ],
    systemActions: [],
    _served: stamp(g, plusDays(authored, 0), 'iso'),
  };
}

/** An audited FHIR PATCH: the JSON Patch body and the new version it made. */
export function fhirJsonPatchAudit(g: Gen): JsonTree {
  const p = who(g);
  const a = place(g);
  const id = mrn(g);
  const at = day(g);
  const v = g.int(2, 30);
  const sys = g.pick(['phone', 'fax'] as const);
  const ops: JsonTree[] = [
    { op: 'test', path: '/meta/versionId', value: String(v - 1) },
    { op: 'replace', path: '/name/0/family', value: nm(p.last) },
  ];
  const more: JsonTree[] = [
    { op: 'replace', path: '/birthDate', value: pdate(g, p.dob, 'iso') },
    {
      op: 'add',
      path: '/telecom/-',
      value: { system: sys, value: phone(g, sys), use: sys === 'fax' ? 'work' : 'mobile' },
    },
    {
      op: 'add',
      path: '/address/0',
      value: {
        line: [street(a)],
        city: town(a),
        postalCode: zip(a),
        district: g.chance(0.5) ? phi('geo', a.county, 'county') : undefined,
      },
    },
    { op: 'remove', path: '/address/1' },
    { op: 'replace', path: '/name/0/given/0', value: nm(p.first) },
    {
      op: 'add',
      path: '/generalPractitioner/0',
      value: { reference: t`Practitioner/${npi(g)}`, display: nm(`${who(g).first} ${who(g).last}`) },
    },
  ];
  return {
    method: 'PATCH',
    url: t`/fhir/r4/Patient/${id}`,
    contentType: g.pick(['application/json-patch+json', 'application/json-patch+json; charset=utf-8']),
    received: stamp(g, at, 'iso'),
    body: [...ops, ...g.some(more, 2, 5)],
    result: {
      status: 200,
      versionId: String(v),
      lastUpdated: stamp(g, plusSeconds(at, 1), 'iso'),
      location: t`Patient/${phi('mrn', id.value)}/_history/${String(v)}`,
    },
  };
}
