/**
 * Keep-heavy records of blind split 11 (catalogs, inventories, code systems, logs, dashboards)
 * and FHIR-like resources in this split's own variations. SYNTHETIC ONLY.
 */
import type { Gen } from '../context';
import { type JsonTree, t } from '../fragment';
import { date, iso, recent } from './dates';
import * as id from './ids';
import { age, jsonBlock, result, text } from './mcp';
import { clinicianSpan, nm, patient, person } from './people';
import { address } from './places';
import * as v from './vocab';

type Template = (g: Gen) => JsonTree;

/** A formulary page: drugs, strengths, codes; no PHI. */
const medCatalog: Template = (g) => {
  const items = Array.from({ length: g.int(4, 8) }, () => ({
    item: v.drugDose(g, g.chance(0.5)),
    rxcui: v.anyCode(g).code,
    tier: g.int(1, 5),
    pa: g.chance(0.4),
    note: g.chance(0.3) ? t`Step therapy after ${v.drugName(g)}; contraindicated in ${v.eponym(g)}` : null,
    updated: v.ts(g),
  }));
  return result(g, [jsonBlock(g, { formulary: v.payer(g), planYear: v.year(g), items, etag: v.uuid(g) })]);
};

/** Biomed device inventory: device names, firmware versions, locations; a few assigned units. */
const deviceInventory: Template = (g) => {
  const assets = Array.from({ length: g.int(3, 7) }, () => ({
    assetTag: v.uuid(g),
    model: v.deviceName(g),
    firmware: v.version(g),
    location: g.pick(['4W ICU bay 12', 'Cath lab 2', 'ED pod C', 'Dialysis chair 7', 'OR 9']),
    owner: v.org(g),
    lastPm: v.ts(g),
    inServiceSince: v.year(g),
  }));
  const p = patient(g);
  const loan = {
    model: v.deviceName(g),
    serial: id.deviceSerial(g),
    loanedTo: nm(g, p, ['full', 'family_given']),
    contact: id.phone(g),
    due: date(g, recent(g), ['iso', 'us']),
  };
  return result(g, [jsonBlock(g, { assets, homeLoans: [loan], count: assets.length, generated: v.ts(g) })], {
    assets,
  });
};

/** A code system lookup and a capacity dashboard: codes, eponyms, statistics; no PHI. */
const codeLookup: Template = (g) => {
  const concepts = Array.from({ length: g.int(3, 6) }, () => {
    const c = v.anyCode(g);
    return {
      system: c.system,
      code: c.code,
      display: g.chance(0.5) ? v.eponym(g) : v.labValue(g),
      since: v.version(g),
    };
  });
  return result(g, [
    jsonBlock(g, {
      concepts,
      dashboard: { site: v.org(g), metrics: [v.statistic(g), v.statistic(g), v.statistic(g)], asOf: v.ts(g) },
      terminologyServer: { release: v.version(g), fetched: v.ts(g) },
    }),
  ]);
};

/** Server log lines: timestamps, request ids, versions; now and then a staff e-mail. */
const systemLog: Template = (g) => {
  const lines = Array.from({ length: g.int(4, 8) }, () =>
    g.pick([
      () => t`${v.ts(g)} INFO  req=${v.uuid(g)} tools/call ehr_search ok ${g.int(8, 900)}ms`,
      () => t`${v.ts(g)} WARN  upstream ${v.org(g)} slow (p95 ${g.int(800, 4000)}ms) client=${v.version(g)}`,
      () =>
        t`${v.ts(g)} DEBUG session=${v.uuid(g)} user=${id.email(g, person(g, 25, 65))} scope=patient/*.read`,
      () => t`${v.ts(g)} INFO  cache warm: ${g.int(100, 9000)} concepts, terminology ${v.version(g)}`,
      () => t`${v.ts(g)} ERROR lookup failed for patient ${id.mrn(g)} from ${id.ip(g)}`,
    ])(),
  );
  return result(g, [text(t`${lines.map((l) => t`${l}\n`)}`)], { lines: lines.length, server: v.version(g) });
};

/** A FHIR-like Patient with this split's own extensions and contacts. */
const fhirPatient: Template = (g) => {
  const p = patient(g);
  const a = address(g);
  const c = person(g);
  const body = {
    resourceType: 'Patient',
    id: v.uuid(g),
    meta: { versionId: String(g.int(1, 30)), lastUpdated: v.ts(g) },
    identifier: [
      { system: 'urn:oid:2.16.840.1.113883.3.4191', value: id.mrn(g), type: { text: 'MRN' } },
      { system: 'http://hl7.org/fhir/sid/us-ssn', value: id.ssn(g) },
      { system: 'urn:payer:member', value: id.member(g) },
    ],
    name: [
      {
        use: 'official',
        family: nm(g, p, ['family']),
        given: [nm(g, p, ['given'])],
        text: nm(g, p, ['full', 'full_middle']),
      },
    ],
    telecom: [
      { system: 'phone', value: id.phone(g), use: g.pick(['home', 'mobile']) },
      { system: 'email', value: id.email(g, p) },
    ],
    birthDate: iso(p.dob),
    address: [
      {
        line: [a.line1, ...(a.line2 ? [a.line2] : [])],
        city: a.city,
        district: a.county,
        state: a.state,
        postalCode: a.zip,
      },
    ],
    contact: [
      {
        relationship: [{ text: g.pick(['Guarantor', 'Emergency', 'Next of kin']) }],
        name: { text: nm(g, c, ['full', 'family_given']) },
        telecom: [{ value: id.phone(g) }],
      },
    ],
    extension: [
      { url: 'https://ehr.example/fhir/StructureDefinition/age-at-registration', valueString: age(p) },
      { url: 'https://ehr.example/fhir/StructureDefinition/guarantor-account', valueString: id.account(g) },
    ],
    managingOrganization: { display: v.org(g) },
  };
  return result(g, [jsonBlock(g, body)], body);
};

/** A FHIR-like MedicationRequest with prescriber NPI/DEA and dosage text. */
const fhirMedRequest: Template = (g) => {
  const p = patient(g);
  const doc = person(g, 30, 70);
  const authored = recent(g);
  const body = {
    resourceType: 'MedicationRequest',
    id: v.uuid(g),
    status: 'active',
    medicationCodeableConcept: {
      coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: v.anyCode(g).code }],
      text: v.drugDose(g),
    },
    subject: { reference: t`Patient/${id.mrn(g)}`, display: nm(g, p, ['full', 'family_given']) },
    authoredOn: iso(authored),
    requester: {
      display: clinicianSpan(g, doc),
      identifier: [
        { system: 'http://hl7.org/fhir/sid/us-npi', value: id.npi(g) },
        { system: 'urn:dea', value: id.dea(g, doc) },
      ],
    },
    dosageInstruction: [{ text: t`${v.drugDose(g, true)}; hold if ${v.vital(g)}` }],
    note: [
      { text: t`Pt ${age(p)} yo, ${v.labValue(g)} on ${date(g, authored, ['us', 'long', 'd_mon_y'])}.` },
    ],
  };
  return result(g, [jsonBlock(g, body)]);
};

/** Referral with fax cover details, nested referring and receiving providers. */
const referralFax: Template = (g) => {
  const p = patient(g);
  const from = person(g, 30, 70);
  const to = person(g, 30, 70);
  const a = address(g);
  return result(g, [
    jsonBlock(g, {
      referral: {
        id: id.orderId(g),
        reason: t`${v.eponym(g)}; ${v.labValue(g)}`,
        dx: [v.icd10(g)],
        urgent: g.chance(0.3),
      },
      from: { name: clinicianSpan(g, from), npi: id.npi(g), fax: id.phone(g, 'fax'), practice: v.org(g) },
      to: { name: clinicianSpan(g, to), npi: id.npi(g), faxNumber: id.phone(g, 'fax'), phone: id.phone(g) },
      pt: {
        nm: nm(g, p, ['family_given', 'full']),
        dob: date(g, p.dob, ['us', 'iso']),
        addr: { line1: a.line1, city: a.city, zip: a.zip },
        ins: id.member(g),
      },
      sentAt: v.ts(g),
    }),
  ]);
};

export const CATALOG_DOCS: Record<string, Template> = {
  b11_med_catalog: medCatalog,
  b11_device_inventory: deviceInventory,
  b11_code_lookup: codeLookup,
  b11_system_log: systemLog,
  b11_fhir_patient: fhirPatient,
  b11_fhir_med_request: fhirMedRequest,
  b11_referral_fax: referralFax,
};
