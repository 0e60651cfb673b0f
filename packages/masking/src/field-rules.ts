/**
 * Field rules: JSON keys (and JSON paths) whose whole value is an identifier, whatever it
 * looks like. Keys compare case- and style-insensitively — dateOfBirth, date_of_birth,
 * Date-Of-Birth and DOB are the same field — and a compound key matches by its trailing words
 * (homePhone, emergency_contact_phone → phone). `name` is a person's name only where the
 * object is about a person; elsewhere (a drug's or a tool's name) detection decides.
 */
import { adminFieldRule } from './admin-fields';
import { FAX_PARTY_RULE, isFaxMessage } from './detectors/party-numbers';
import { identifierKeyRule } from './identifier-keys';
import { NUMBERED_LOGIN, SYSTEM_ACCOUNTS } from './login-shape';
import { textIsNamePart } from './name-part-text';
import { normalizeForDetection } from './normalize';
import { studyFieldRule } from './study-fields';
import type { PhiType } from './types';

export interface FieldRule {
  type: PhiType;
  ruleId: string;
  /** Applies to a string or number under the key, not to an object there (`patient`). */
  leafOnly?: boolean;
  /** Holds only for a value of this shape (a date under a key that may hold other things). */
  shape?: RegExp;
}

/** Whether `rule` holds for `value` (a shaped rule's value must have that shape). */
export function ruleHolds(rule: FieldRule, value: string): boolean {
  return rule.shape === undefined || rule.shape.test(value);
}

/** Keys naming a person's role: a string under them is that person's name. */
const ROLE_KEYS = new Set(
  `patient insured subscriber guarantor caregiver caretaker attending attendingphysician referringphysician
  referringprovider orderingprovider orderedby performedby signedby reviewedby approvedby dictatedby authoredby pcp
  physician doctor nurse spouse mother father guardian relative nextofkin witness caller callername sender recipient
  requester requestor informant interpreter visitor proxy pickedupby by owner policyholder author clinician
  surgeon anesthesiologist anesthetist technician therapist pharmacist prescriber midwife dentist counselor
  socialworker casemanager user username login loginname consultant gp registrar attendingprovider admittingprovider
  composer participation who claimant einsender arzt hausarzt uberweiser medico medecin`
    .split(/\s+/)
    .filter((k) => k.length > 0),
);
const NAME_PARTS = new Set(['first', 'last', 'middle', 'maiden', 'suffix', 'prefix', 'text']);
const SORTING_WORDS = new Set(['sort', 'group', 'order', 'partition', 'split', 'filter', 'rank', 'key']);
/**
 * A role's holder is a person unless the value names an organisation ("owner": "Lakeshore
 * Orthopaedic Group", "sender": "Mercy Clinic"): such a value is left to detection.
 */
const NOT_AN_ORGANISATION =
  /^(?!.*\b(?:Group|Hospital|Hospitals|Clinic|Clinics|Center|Centre|Health|Healthcare|Medical|Associates|Partners|Laborator(?:y|ies)|Inc|LLC|Ltd|GmbH|Foundation|Institute|Pharmacy|Services|University|Department|Practice|System|Systems)\b)/;
const ROLE_RULE: FieldRule = {
  type: 'name',
  ruleId: 'field:name',
  leafOnly: true,
  shape: NOT_AN_ORGANISATION,
};
/**
 * Keys naming whoever handles a piece of work (a ticket's assignee, a claim's adjuster, a
 * call's agent, an injury report's employee) or a person of a case (a proband, a baby): their
 * value is a person's name, or a team's, a bot's or a number, so it is one only when it reads as
 * a name — letters of any script, blanks, apostrophes, hyphens, dots, a comma or the '^' of DICOM and HL7, no digit.
 */
const WORK_ROLE_KEYS = new Set(
  `assignee reporter creator submitter adjuster agent representative coordinator navigator scheduler dispatcher
  reviewer approver commenter supervisor employee contact proband baby infant newborn crew`
    .split(/\s+/)
    .filter((k) => k.length > 0),
);
const WORK_ROLE_RULE: FieldRule = {
  type: 'name',
  ruleId: 'field:name',
  leafOnly: true,
  shape: new RegExp(`${NOT_AN_ORGANISATION.source}(?=.{0,80}\\p{L})[\\p{L}\\p{M}'’ .,^-]{2,80}$`, 'u'),
};
/** The parts of a person's name a key may end in: "guarantorFirst", "pt_last", "nok_given_name". */
const NAME_PART_WORDS = new Set([
  'first',
  'last',
  'middle',
  'given',
  'family',
  'surname',
  'forename',
  'maiden',
  // A role's abbreviated name parts: pt_fn, mbr_ln.
  'fn',
  'ln',
]);
/** Words before "name" that make it a thing's name, not a person's: "patient_file_name", "owner_org_name". */
const THING_WORDS = new Set(
  `file drug med medication product device test plan template form document app tool service event study procedure
  group team queue role type field column table host server project`
    .split(/\s+/)
    .filter((k) => k.length > 0),
);

/** Keys holding a date of birth, in the languages of DEFAULT_FIELDS. */
const BIRTH_KEYS = `dob dateofbirth birthdate birthday birthtime
    geburtsdatum gebdatum geburtstag fechanacimiento fechadenacimiento fnac datenaissance datedenaissance
    datanascita datadinascita datadinascimento datanascimento geboortedatum`;

const DEFAULT_FIELDS: Record<PhiType, string> = {
  name: `firstname lastname fullname givenname given familyname family middlename maidenname mothersmaidenname forename
    forenames christianname
    surname patientname membername subscribername insuredname guarantorname providername physicianname doctorname
    nursename contactname emergencycontact emergencycontactname guardianname spousename nextofkin preferredname
    legalname realname nickname aka alias
    nachname vorname vornamen familienname geburtsname apellido apellidos primerapellido segundoapellido nombres
    nomdefamille nomdenaissance prenom prenoms cognome sobrenome achternaam voornaam voornamen`,
  street_address: `address streetaddress street address1 address2 addressline addressline1 addressline2 line1 line2
    homeaddress mailingaddress residence
    strasse anschrift wohnadresse wohnanschrift adresse direccion domicilio calle indirizzo endereco morada logradouro straat`,
  geo: `city town county precinct district municipality hometown placeofbirth birthplace
    ort wohnort stadt gemeinde geburtsort ciudad localidad municipio poblacion ville commune localite citta comune
    cidade woonplaats plaats latitude longitude geolat geolng geolon locationlatitude locationlongitude homelatitude
    homelongitude`,
  zip: `zip zipcode postalcode postcode zip4 zip5 postal postalcd zipcd
    plz postleitzahl codigopostal codpostal codepostal codicepostale capostale`,
  date: `${BIRTH_KEYS} dod dateofdeath deathdate deceaseddate deceaseddatetime admissiondate
    admitdate admittedat admitdatetime dischargedate dischargedat dischargedatetime dateofservice servicedate
    visitdate appointmentdate encounterdate surgerydate proceduredate dateofinjury injurydate lmp effectivedatetime
    effectiveinstant onsetdatetime abatementdatetime recordeddate authoredon occurrencedatetime performeddatetime
    whenhandedover whenprepared collecteddatetime dateasserted orderedon ordereddate orderdate collectedat
    collectiondate collecteddate scheduledfor appointmentstart appointmenttime slotstart`,
  age: 'age ageyears patientage alter edad idade leeftijd',
  phone:
    'phone phonenumber telephone tel mobile ani callingnumber mobilephone cell cellphone homephone workphone contactnumber pager callback callbacknumber callbackphone sms smsnumber textnumber whatsapp telefon telefonnummer handy mobiltelefon telefono movil celular cellulare telefone telefoon',
  fax: 'fax faxnumber',
  email: 'email emailaddress mail',
  ssn: 'ssn socialsecuritynumber socialsecurity ssnumber ssnlast4 taxpayerid itin',
  mrn: `mrn medicalrecordnumber medicalrecord medicalrecordidentificationnumber medicalrecordidentificationnumberehr patientid
    chartnumber hospitalnumber ehrid emrid patientennummer historiaclinica numerohistoria nhc expediente numeroexpediente
    personsourcevalue empi medrec medrecnumber`,
  health_plan: `memberid membernumber subscriberid subscribernumber policynumber policyid groupnumber insuranceid
    insurancenumber medicareid medicaidid mbi hicn beneficiaryid healthplanid planmemberid nhsnumber nhsno healthnumber
    healthcardnumber healthcard medicarenumber medicareno nhi nhinumber phn personalhealthnumber ohip ohipnumber chinumber
    ihi ppsn ppsnumber versichertennummer krankenversichertennummer kvnr tsi tarjetasanitaria numeroafiliacion`,
  // An encounter's contact serial number (Epic's CSN, "pat_enc_csn_id") is the account its charges
  // are billed to (so is a Cerner encounter's financial number: `FIN_RULE`).
  account: `account accountnumber accountid acct acctnumber patientaccount bankaccount iban routingnumber cardnumber creditcard claimnumber
    claimid har harnumber csn csnid csnnumber contactserialnumber`,
  license: `npi dea deanumber licensenumber license driverslicense driverlicense dlnumber passport passportnumber
    certificatenumber stateid idchecked idverified iddocument idcard photoid governmentid govid identification
    identificationnumber colegiado numerocolegiado cedulaprofesional fuhrerschein fuehrerschein fuhrerscheinnummer
    fuehrerscheinnummer licenciaconducir licenciadeconducir permisconduire permisdeconduire
    licence licencenumber drivinglicence drivinglicense driverslicence driverlicence dlno`,
  vehicle: `vin licenseplate plate platenumber vehicleid numberplate licenceplate vrm rego vehicleregistration
    vehiclereg vehicleregistrationnumber registrationplate registrationmark carreg`,
  device: 'serialnumber serial deviceid udi imei macaddress deviceserial implantid',
  // A video visit's room or join link is the patient's own way into it.
  url: 'homepage website personalurl profileurl telehealthurl telehealthlink videovisiturl virtualvisiturl joinurl',
  ip: 'ip ipaddress clientip remoteip remoteaddr',
  biometric:
    'fingerprint voiceprint retinascan irisscan biometric biometricid faceprint facematchid faceid facetemplate facialtemplate irisid iristemplate fingerprintid fingerprinttemplate voiceprintid palmprint palmveinid biometrictemplate',
  photo: 'photo photourl picture avatar headshot profilephoto profilepicture',
  other_id: `personid caseid encounterid visitid accessionnumber employeeid studentid nationalid dni nie
    idnumber identitynumber nationalidnumber
    accession orderid ordernumber orderno ordernbr requisitionid requisitionnumber specimenid specimennumber labnumber
    registryid immunizationregistryid policereport policereportnumber priorauthnumber priorauthref
    priorauthorizationnumber authorizationnumber
    aadhaar aadhaarnumber aadhaarno aadhar uidai tfn taxfilenumber steuerid
    steueridentifikationsnummer nino ninumber nationalinsurancenumber nationalinsuranceno`,
};

/**
 * A Cerner encounter's financial number (FIN), the account its charges are billed to: figures
 * (four at least), never Singapore's FIN (a letter, seven figures, a check letter), which the
 * national identifiers read.
 */
const FIN_RULE: FieldRule = {
  type: 'account',
  ruleId: 'field:account',
  shape: /^(?![STFGMstfgm]\d{7}[A-Za-z]$)(?=(?:[^0-9]*[0-9]){4})[A-Za-z0-9][A-Za-z0-9-]{3,24}$/,
};
const FIN_KEYS = ['fin', 'finnbr', 'finnumber', 'financialnumber', 'encounterfin'];

/** Lower-case, style-free form of a key: "date_of_birth" → "dateofbirth". */
export function normalizeKey(key: string): string {
  return asciiKey(key)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/**
 * A key's accents and ligatures folded to ASCII ("Straße" → "Strasse", "Código" → "Codigo"),
 * read first as detection reads text: full-width and look-alike letters as Latin ones,
 * invisible characters dropped ("ＳＳＮ", "ЅЅN" with a Cyrillic Dze, "ss\u200bn" are "SSN").
 */
function asciiKey(key: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range
  if (!/[^\u0000-\u007f]/.test(key)) return key;
  return normalizeForDetection(key)
    .text.normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/æ/gi, 'ae')
    .replace(/ø/gi, 'o');
}

/** The words of a key: "emergencyContactPhone" → ["emergency", "contact", "phone"]. */
function keyWords(key: string): string[] {
  return asciiKey(key)
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/** Keys under which a date-time is a system time, not a person's date. */
const SYSTEM_TIME_KEYS = new Set(
  `createdat updatedat modifiedat deletedat insertedat processedat generatedat indexedat syncedat timestamp ts time
  lastmodified lastupdated created updated modified expiresat expires expiry issuedat iat exp nbf startedat endedat
  finishedat receivedat sentat loggedat eventtime occurredat recordedat publishedat lastseen version etag`
    .split(/\s+/)
    .filter((k) => k.length > 0),
);

/**
 * Keys naming a record's receipt or dispatch ("recvd", "received", "sent", "faxed"): a date with
 * its time of day under one is the stamp the receiving system wrote, while a bare date there
 * (a specimen "received": "03/14/2024") can still be a day of the person's care.
 */
const RECEIPT_KEYS = new Set(['received', 'recvd', 'rcvd', 'sent', 'faxed', 'transmitted']);
/**
 * Words of a key naming what a program did to a record, receipt and dispatch among them, whose
 * date-time is the program's: "exported_at", "generated", "last_transmission", "rcvd_ts".
 */
const PROGRAM_ACT_WORDS = new Set(
  `received recvd rcvd sent faxed transmitted transmission exported generated printed uploaded synced logged scanned`.split(
    ' ',
  ),
);
/** The other words such a key may have: when, and the last of them. */
const WHEN_WORDS = new Set(['at', 'on', 'ts', 'time', 'timestamp', 'datetime', 'dt', 'utc', 'last']);

/** Whether a key names a record's receipt or dispatch, or another act of a program (see `PROGRAM_ACT_WORDS`). */
export function isReceiptKey(key: string): boolean {
  if (RECEIPT_KEYS.has(normalizeKey(key))) return true;
  const words = keyWords(key);
  return (
    words.some((w) => PROGRAM_ACT_WORDS.has(w)) &&
    words.every((w) => PROGRAM_ACT_WORDS.has(w) || WHEN_WORDS.has(w))
  );
}

/** Keys whose value is a software or schema version ("schema": "12.4.0.118"): no address, no date. */
const VERSION_KEYS = new Set(['schema', 'implementation', 'build', 'release', 'firmware', 'software']);

export function isVersionKey(key: string): boolean {
  const norm = normalizeKey(key);
  return VERSION_KEYS.has(norm) || norm.endsWith('version') || norm.endsWith('versions');
}

/**
 * Keys naming a protocol ("protocol", "mcp_protocol", "protocolRevision"): an MCP protocol's
 * revision is a date ("2025-03-26") that names the protocol's text, no person's day.
 */
export function isProtocolKey(key: string): boolean {
  const norm = normalizeKey(key);
  return norm.endsWith('protocol') || norm.endsWith('protocolrevision');
}

/** Keys naming a product's maker or model: "make", "vehicle_make", "brandName", "manufacturer", "deviceModel". */
const MAKE_KEYS = new Set(['make', 'makes', 'brand', 'manufacturer', 'maker', 'mfr', 'mfg', 'model', 'trim']);

/**
 * Keys whose value is a product's make or model ("make": "Ford", "brand": "Lincoln", "model":
 * "Wrangler"): a maker named after a person or a town is neither; identifiers under such a key
 * (a serial written into a model field) are still found.
 */
export function isMakeKey(key: string): boolean {
  const words = keyWords(key);
  let last = words.length - 1;
  if (last > 0 && words[last] === 'name') last--;
  return last >= 0 && MAKE_KEYS.has(words[last] as string);
}

export function isSystemTimeKey(key: string): boolean {
  const norm = normalizeKey(key);
  return SYSTEM_TIME_KEYS.has(norm) || norm.endsWith('version');
}

/** Short keys that are a person's field only in an object about a person: "cp" (código postal), "cap". */
const PERSON_ONLY_KEYS = new Map<string, FieldRule>([
  ['cp', { type: 'zip', ruleId: 'field:zip' }],
  ['cap', { type: 'zip', ruleId: 'field:zip' }],
  // HL7's patient identifier ("pid" beside "dob"); elsewhere a process id.
  ['pid', { type: 'mrn', ruleId: 'field:mrn' }],
  // A record's "mr" beside a person's fields is the medical record number; elsewhere a title or a merge request.
  ['mr', { type: 'mrn', ruleId: 'field:mrn' }],
]);
/** Another system's id for a record: the person's number there beside the patient or a person's fields; an order's elsewhere. */
const EXTERNAL_ID_KEYS = new Set(['externalid', 'externalref', 'externalreference']);
const MRN_RULE: FieldRule = { type: 'mrn', ruleId: 'field:mrn' };

function aboutPerson(parentKey: string | undefined, siblings: readonly string[]): boolean {
  return (
    (parentKey !== undefined && parentFacts(parentKey).person) ||
    siblings.some((s) => {
      // A sibling in abbreviations ("pt_bd", "pt_lnm") spelled out: a patient's field.
      const norm = keyForms(s).norm;
      return PERSON_SIBLINGS.has(norm) || PERSON_SIBLINGS.has(normalizeKey(s)) || norm.startsWith('patient');
    })
  );
}

/**
 * A record's own `id` beside a birth date (a GraphQL PatientInput, a registry's person record):
 * the person's number in that system, when shaped like one (a server's UUID stays).
 */
const PERSON_RECORD_ID_RULE: FieldRule = {
  type: 'mrn',
  ruleId: 'field:mrn',
  shape: /^(?=[^\d]*\d)[A-Za-z0-9][A-Za-z0-9-]{4,23}$/,
  leafOnly: true,
};
/**
 * A patient's "folder": the hospital folder number South African and other records file a patient
 * under ("86201/00", "EX154188"), when shaped like one (a mail or a drive folder's name stays).
 */
const FOLDER_RULE: FieldRule = {
  type: 'mrn',
  ruleId: 'field:mrn',
  shape: /^(?=(?:\D*\d){5})[A-Za-z]{0,3}\d[\d/-]{3,14}[A-Za-z]?$/,
  leafOnly: true,
};
/** Keys of a patient's folder or unit number. */
const FOLDER_KEYS = new Set(['folder', 'foldernumber', 'unitnumber']);
const BIRTH_KEY_SET = new Set(BIRTH_KEYS.split(/\s+/).filter((k) => k.length > 0));

/** Keys holding a name, a person's only in an object about a person (a drug's elsewhere): name in several languages. */
const PERSON_ONLY_NAME_KEYS = new Set([
  'name',
  'displayname',
  // An adverse event report's or a registry's patient by initials ("KYY"), or a census's "Init".
  'initials',
  'init',
  'inits',
  'display',
  // A reference field's shown value (ServiceNow's caller_id.display_value).
  'displayvalue',
  'nombre',
  'nom',
  'nome',
  'naam',
]);
/** Words in an object's own key or its parent's that make a bare `name` a person's. */
const PERSON_WORDS =
  /^(?:patient|person|people|contact|contacts|provider|practitioner|physician|doctor|nurse|member|subscriber|guarantor|insured|relative|guardian|spouse|parent|mother|father|child|kin|nextofkin|emergencycontact|author|attendee|participant|participants|caregiver|beneficiary|employee|client|customer|resident|referrer|prescriber|attending|pcp|user|owner|signer|witness|caller|sender|recipient|requester|requestor|performer|recorder|asserter|informant|interpreter|visitor|driver|claimant|surgeon|clinician|therapist|pharmacist|subject|individual|holder|policyholder|actor|crew|medic|paramedic|emt|paciente|paziente|patiente|patienten|donor|spender|donante|versicherter|asegurado|assignee|reporter|creator|submitter|adjuster|agent|proband|baby|infant|newborn)s?$/;
const DATE_RULE: FieldRule = { type: 'date', ruleId: 'field:date' };
/** Parents and siblings of `start`/`end` in FHIR: Encounter.period, Appointment (with its participants). */
const PERIOD_PARENTS = new Set([
  'period',
  'billableperiod',
  'effectiveperiod',
  'performedperiod',
  'occurrenceperiod',
  'requestedperiod',
  // R5's Encounter.actualPeriod, a claim's item servicedPeriod, a condition's onset and abatement.
  'actualperiod',
  'servicedperiod',
  'onsetperiod',
  'abatementperiod',
]);
const APPOINTMENT_SIBLINGS = new Set([
  'participant',
  'appointmenttype',
  'servicetype',
  'minutesduration',
  // A GraphQL or REST appointment: who sees the patient, and where.
  'provider',
  'practitioner',
  'clinician',
  'physician',
  'visittype',
]);
/** Keys of a calendar event's start or end (Google Calendar, Microsoft Graph) and those bounds' own keys. */
const CALENDAR_TIME_KEYS = new Set(['datetime', 'date']);
const CALENDAR_BOUNDS = new Set(['start', 'end', 'originalstarttime', 'originalstart']);
/** Last words of a key that hold a date: "StudyDate", "eff_dt", "approvedThrough". */
const DATE_KEY_WORDS = new Set(['date', 'dt', 'datetime', 'through', 'thru']);
/** Words that make a date key the system's: "created_date", "lastUpdatedDate", "build_date". */
const SYSTEM_DATE_WORDS = new Set(
  `created updated modified changed inserted deleted printed generated exported imported synced sync run build release
  released published indexed cached expires expiry expiration token cert certificate log logged system ingested
  processed report file schema version statement issued issue invoice print export exported import upload uploaded
  download downloaded backup snapshot internal`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);
/** Keys that are an event in a person's care, whose value is when it happened: "dispatched", "lastFilled". */
const EVENT_KEYS = new Set(
  `dispatched arrived transported departed onscene atpatient delivered died collected drawn
  administered vaccinated filled lastfilled refilled dispensed`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);

function clinicalPeriod(parentKey: string | undefined, siblings: readonly string[]): boolean {
  if (parentKey !== undefined && PERIOD_PARENTS.has(normalizeKey(parentKey))) return true;
  return siblings.some((s) => APPOINTMENT_SIBLINGS.has(normalizeKey(s)));
}

/** The suffix of a CRM's custom field: Salesforce's "__c" (and a person account's "__pc"). */
const CUSTOM_FIELD = /__p?c$/i;
const MULTI_FIELD = /\.(?:keyword|raw|text|exact|lowercase|normalized|sort|ngram)$/;
/** An openEHR FLAT path: "ctx/time", "problem_diagnosis:0/problem_diagnosis_name|code". */
const FLAT_PATH = /^[a-z][a-z0-9_]*(?::\d+)?(?:\/[a-z][a-z0-9_]*(?::\d+)?)*(?:\|[a-z_]+)?$/i;
/** The composition's context in a FLAT path, and its times: when the encounter took place. */
const CONTEXT_SEGMENTS = new Set(['ctx', 'context']);
const CONTEXT_TIMES = new Set(['time', 'start_time', 'end_time']);

/**
 * A FLAT path's field: its last segment's attribute (after '|') under the segment, or the last
 * segment under the one before it, indices (":0") dropped. Undefined for any other key.
 */
function flatPath(key: string): { key: string; parent: string } | undefined {
  if (!(key.includes('/') || key.includes('|')) || !FLAT_PATH.test(key)) return undefined;
  const segments = key.replace(/:\d+/g, '').split('/');
  const last = segments[segments.length - 1] as string;
  const bar = last.indexOf('|');
  if (bar >= 0) return { key: last.slice(bar + 1), parent: last.slice(0, bar) };
  return segments.length > 1 ? { key: last, parent: segments[segments.length - 2] as string } : undefined;
}

/** A calendar date without a time of day. */
const CALENDAR_DATE_RULE: FieldRule = {
  type: 'date',
  ruleId: 'field:date',
  shape: /^(?:\d{4}-\d{2}-\d{2}|\d{1,2}[/.-]\d{1,2}[/.-](?:\d{2}|\d{4})|\d{8})$/,
  leafOnly: true,
};
/** A record's own number: letters and digits, a digit at least, no blank ("ENC386556576", "V-20931"). */
const ID_SHAPE = /^(?=[^\d]*\d)[A-Za-z0-9][A-Za-z0-9-]{4,23}$/;
const SHAPED_ID_RULE: FieldRule = {
  type: 'other_id',
  ruleId: 'field:other_id',
  shape: ID_SHAPE,
  leafOnly: true,
};
const VEHICLE_RULE: FieldRule = { type: 'vehicle', ruleId: 'field:vehicle', leafOnly: true };
const VEHICLE_PARENTS = new Set(['veh', 'vehicle', 'car', 'auto', 'automobile']);
/** A number plate: one to four groups of capitals and figures, a letter and a figure in it ("PB07DY5495", "TÜ-BC 9320"). */
const PLATE_SHAPE =
  /^(?=[^\d]*\d)(?=[^A-Za-z]*[A-Za-z])[A-Za-z0-9ÄÖÜäöü]{1,10}(?:[ -][A-Za-z0-9]{1,5}){0,3}$/;
const SHAPED_VEHICLE_RULE: FieldRule = { ...VEHICLE_RULE, shape: PLATE_SHAPE };
/** Keys of a vehicle's registration, when a vehicle holds them or a VIN is beside them. */
const REGISTRATION_KEYS = new Set(['registration', 'reg', 'regno', 'registrationnumber', 'registrationno']);
/** Keys beside a vehicle's registration that say the object is the vehicle ("make", "vin"). */
const VEHICLE_SIBLINGS = new Set(['vin', 'make', 'model', 'colour', 'color', 'year', 'insurer']);
/**
 * A wallet's address, whatever the chain: a legacy or a SegWit Bitcoin address, an Ethereum one
 * ("bc1q…", "1…", "3…", "0x" and 40 hex digits), one token of 25 to 90 letters and figures.
 */
const WALLET_RULE: FieldRule = {
  type: 'other_id',
  ruleId: 'field:other_id',
  shape: /^(?=[^\d]*\d)[A-Za-z0-9]{25,90}$/,
  leafOnly: true,
};
const WALLET_KEYS = new Set(
  `wallet wallets walletaddress walletaddresses cryptowallet cryptoaddress btcaddress bitcoinaddress ethaddress
  ethereumaddress payoutaddress depositaddress`
    .split(/\s+/)
    .filter((k) => k.length > 0),
);
/** India's permanent account number: five letters, four figures and a letter ("ABCPE1234F"). */
const PAN_RULE: FieldRule = {
  type: 'other_id',
  ruleId: 'field:other_id',
  shape: /^[A-Za-z]{5}\d{4}[A-Za-z]$/,
  leafOnly: true,
};
/**
 * The Netherlands' citizen service number: nine figures (eight in old ones), grouped or not
 * ("111222333", "1112.22.333"); a nurse's degree after a name ("…, BSN, RN") heads no column of them.
 */
const BSN_RULE: FieldRule = {
  type: 'other_id',
  ruleId: 'field:other_id',
  shape: /^(?:\d{8,9}|\d{4}[. -]\d{2}[. -]\d{2,3}|\d{3}[. -]\d{3}[. -]\d{2,3})$/,
  leafOnly: true,
};
/** An identity document's number ("documentNumber" beside the document's type, its issuer or its expiry). */
const DOCUMENT_NUMBER_KEYS = new Set(['documentnumber', 'documentno', 'docnumber', 'docno', 'documentid']);
const DOCUMENT_SIBLINGS = new Set(
  `method documenttype doctype idtype type kind issuingcountry issuer issuedby country nationality expiry expirydate
  expirationdate dateofexpiry validuntil selfie`
    .split(/\s+/)
    .filter((k) => k.length > 0),
);
const DOCUMENT_PARENT = /id|identity|kyc|verification|passport|licen[cs]e|document/;
const DOCUMENT_NUMBER_RULE: FieldRule = {
  type: 'license',
  ruleId: 'field:license',
  shape: ID_SHAPE,
  leafOnly: true,
};
/** A payment's trace number: six figures or more, nothing else. */
const TRACE_NUMBER_RULE: FieldRule = {
  type: 'other_id',
  ruleId: 'field:other_id',
  shape: /^\d{6,20}$/,
  leafOnly: true,
};
/**
 * A member's number as a plan writes it: letters and digits, five digits at least, perhaps a
 * dependant's suffix after a star ("F44572829*03", "05733966993"); a payer's name or code is none.
 */
const PLAN_ID_RULE: FieldRule = {
  type: 'health_plan',
  ruleId: 'field:health_plan',
  shape: /^(?=(?:\D*\d){5})[A-Za-z0-9][A-Za-z0-9-]{3,22}(?:\*\d{1,3})?$/,
  leafOnly: true,
};
/**
 * A custom field known only by an opaque id (a help desk's `"custom_fields": [{"id": 360001,
 * "value": …}]`, an issue tracker's `"customfield_10010"`): what it holds is unnamed, so its
 * value is masked when shaped like a record's, a member's or an account's number: letters and
 * digits in up to four groups, six digits at least, no date ("HB751213342", "ZK871 206 115").
 */
const CUSTOM_ID_RULE: FieldRule = {
  type: 'other_id',
  ruleId: 'field:custom_field',
  shape:
    /^(?!\d{4}-\d\d-\d\d$|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$)(?=(?:\D*\d){6})[A-Za-z0-9]+(?:[ -][A-Za-z0-9]+){0,3}$/,
  leafOnly: true,
};
/**
 * Words that end a key holding a place's coordinates ("current_location": ["47.5746893",
 * "-80.6018697"], "gps", "homeCoordinates"): a point where someone is or lives is geography.
 */
const COORDINATE_WORDS = new Set([
  'location',
  'position',
  'coordinates',
  'coordinate',
  'coords',
  'coord',
  'gps',
  'geo',
  'geolocation',
  'geopoint',
  'latlng',
  'latlon',
  'latlong',
  'lnglat',
  'lonlat',
]);
/**
 * One latitude or longitude: degrees up to 180 and four decimals at least (a double's fifteen as
 * Synthea writes them), not a bare fraction ("0.4172").
 */
const COORDINATE_RULE: FieldRule = {
  type: 'geo',
  ruleId: 'field:geo',
  shape: /^(?!-?0\.)-?(?:1[0-7]\d|\d{1,2}|180)\.\d{4,17}$/,
  leafOnly: true,
};
/** Keys of a card's number in a payment method ({"brand": …, "number": …, "exp": …, "cvv": …}). */
const CARD_NUMBER_KEYS = new Set(['number', 'no', 'num', 'pan', 'cardno', 'ccnumber', 'ccno', 'cc']);
/** A card's other fields: beside them, a number is the card's. */
const CARD_SIBLINGS = new Set([
  'cvv',
  'cvv2',
  'cvc',
  'cid',
  'csc',
  'exp',
  'expiry',
  'expiration',
  'expdate',
  'expirationdate',
]);
/** A card's number: twelve to nineteen figures, grouped by blanks or hyphens or not. */
const CARD_NUMBER_RULE: FieldRule = {
  type: 'account',
  ruleId: 'field:account',
  shape: /^(?=(?:[ -]?\d){12,19}$)\d[\d -]+$/,
  leafOnly: true,
};
/** Objects that list a person's numbers by kind ({"ids": {"passport": …, "other": …}}). */
const ID_LISTS = new Set('ids otherids identifiers otheridentifiers nationalids personalids'.split(' '));
/**
 * A number under a key no rule reads, in a list of a person's numbers: letters and figures, five
 * figures at least, in blank- or hyphen-separated groups ("CLM-543451442", "FT 33 73 57 C", "389 964 181").
 */
const LISTED_ID_RULE: FieldRule = {
  type: 'other_id',
  ruleId: 'field:other_id',
  shape: /^(?=(?:\D*\d){5})[A-Za-z0-9]+(?:[ -][A-Za-z0-9]+){0,5}$/,
  leafOnly: true,
};
const CUSTOM_FIELD_LISTS = new Set(['customfields', 'customfieldvalues', 'customfield']);
const OPAQUE_CUSTOM_FIELD = /^customfield_?\d+$/i;

/** `value` beside nothing but its `id` in a list of custom fields. */
function opaqueCustomValue(
  norm: string,
  parentKey: string | undefined,
  siblings: readonly string[],
): boolean {
  return (
    norm === 'value' &&
    parentKey !== undefined &&
    CUSTOM_FIELD_LISTS.has(normalizeKey(parentKey)) &&
    siblings.length <= 2 &&
    siblings.every((s) => s === 'id' || s === 'value')
  );
}

/**
 * A county's FIPS code ("FIPS": "25013", "county_fips"): the county's five figures, or a census
 * tract's eleven, a block group's twelve, a block's fifteen; a state's two say no more than its name.
 */
const COUNTY_FIPS_RULE: FieldRule = {
  type: 'geo',
  ruleId: 'field:geo',
  shape: /^\d{5}(?:\d{6}(?:\d|\d{4})?)?$/,
  leafOnly: true,
};
/** A driver's licence number under a bare "drivers" (Synthea's DRIVERS column): letters and figures, no blank. */
const DRIVERS_RULE: FieldRule = { type: 'license', ruleId: 'field:license', shape: ID_SHAPE, leafOnly: true };
/**
 * A DICOM study's, series' or instance's UID ("SERIES_UID", "seriesInstanceUid", ImagingStudy's
 * "uid"): dotted figures, four arcs at least (leading zeros and all, as synthetic data write
 * them); the standard's own UIDs (SOP classes, transfer syntaxes: "1.2.840.10008.…") name no
 * one's images and stay.
 */
const DICOM_UID_RULE: FieldRule = {
  type: 'other_id',
  ruleId: 'field:other_id',
  shape: /^(?!1\.2\.840\.10008\.)[0-2](?:\.\d{1,39}){3,40}$/,
  leafOnly: true,
};
/** Keys of a DICOM UID: "uid", "studyUID", "series_uid", "StudyInstanceUID", "sop_instance_uid". */
const DICOM_UID_KEY = /^(?:.*(?:study|series|instance))?uid$/;

/** Whether a key names a DICOM UID (its last letters read first: most keys end otherwise). */
function isDicomUidKey(key: string): boolean {
  const n = key.length;
  return (
    n >= 3 &&
    (key.charCodeAt(n - 1) | 0x20) === 0x64 &&
    (key.charCodeAt(n - 2) | 0x20) === 0x69 &&
    (key.charCodeAt(n - 3) | 0x20) === 0x75 &&
    DICOM_UID_KEY.test(normalizeKey(key))
  );
}
/** A row's or a record's times ("DATE", "START", "STOP" of a Synthea export): its patient's when beside them. */
const RECORD_TIME_KEYS = new Set(['date', 'start', 'stop', 'end', 'started']);
/** Keys of a FHIR ImagingStudy and its series beside their "started": when the patient was imaged. */
const IMAGING_KEYS = new Set(['modality', 'series', 'numberofseries', 'numberofinstances', 'procedurecode']);

/**
 * Keys that are an identifier only when their value is shaped like one: an encounter's, a
 * visit's, an order's or an admission's number ("encounter": "Office visit" stays); "dos", a
 * claim's date of service, when it is a calendar date.
 */
const SHAPED_KEYS = new Map<string, FieldRule>([
  ['encounter', SHAPED_ID_RULE],
  ['visit', SHAPED_ID_RULE],
  // An encounter's or a visit's number ("encounter_no": "E2024-00817"; a protocol's "visitNumber": 3 stays).
  ['encounternumber', SHAPED_ID_RULE],
  ['visitnumber', SHAPED_ID_RULE],
  ['order', SHAPED_ID_RULE],
  ['admission', SHAPED_ID_RULE],
  ['requisition', SHAPED_ID_RULE],
  ['dos', CALENDAR_DATE_RULE],
  ['fips', COUNTY_FIPS_RULE],
  ['fipscode', COUNTY_FIPS_RULE],
  ['countyfips', COUNTY_FIPS_RULE],
  ['countyfipscode', COUNTY_FIPS_RULE],
  ['fipscounty', COUNTY_FIPS_RULE],
  ['fipscountycode', COUNTY_FIPS_RULE],
  ['drivers', DRIVERS_RULE],
  // A row's or a record's "LAT" and "LON" (a Synthea export's patients and providers).
  ['lat', COORDINATE_RULE],
  ['lon', COORDINATE_RULE],
  ['lng', COORDINATE_RULE],
  // A booking's confirmation ("confirmation": "PHL-35337"; true or "sent" stays) and a specimen
  // tube's barcode are the booking's and the specimen's own numbers.
  ['confirmation', SHAPED_ID_RULE],
  ['confirmationnumber', SHAPED_ID_RULE],
  ['confirmationno', SHAPED_ID_RULE],
  ['confirmationcode', SHAPED_ID_RULE],
  ['bookingref', SHAPED_ID_RULE],
  ['bookingreference', SHAPED_ID_RULE],
  ['bookingnumber', SHAPED_ID_RULE],
  ['tubebarcode', SHAPED_ID_RULE],
  ['specimenbarcode', SHAPED_ID_RULE],
  ['samplebarcode', SHAPED_ID_RULE],
  // A record's list of its other numbers ("otherIds": ["2022-ZY-03776"]).
  ['otherids', SHAPED_ID_RULE],
  ['otheridentifiers', SHAPED_ID_RULE],
  // A remittance's EFT or check trace number: figures only (a stack trace or a log level stays).
  ['trace', TRACE_NUMBER_RULE],
  ['tracenumber', TRACE_NUMBER_RULE],
  ['efttrace', TRACE_NUMBER_RULE],
  ['efttracenumber', TRACE_NUMBER_RULE],
  // OMOP's payer_plan_period: the source system's value for the payer, plan, sponsor or family
  // is the member's or family's number there when it is shaped like one ("MEDICARE" stays).
  ['payersourcevalue', PLAN_ID_RULE],
  ['plansourcevalue', PLAN_ID_RULE],
  ['sponsorsourcevalue', PLAN_ID_RULE],
  ['familysourcevalue', PLAN_ID_RULE],
  // A flat record's "fx" (beside its "ph1"), a fax number when it is one to dial ("fx": "distal radius" stays).
  ['fx', FAX_PARTY_RULE],
  ['fxnumber', FAX_PARTY_RULE],
  // An ambulance's or an incident's reference ("ambulance_ref": "AMB9203859"): the call-out's own number.
  ['ambulanceref', SHAPED_ID_RULE],
  ['ambulancereference', SHAPED_ID_RULE],
  ['ambulanceno', SHAPED_ID_RULE],
  ['ambulancenumber', SHAPED_ID_RULE],
  ['incidentref', SHAPED_ID_RULE],
  ['incidentreference', SHAPED_ID_RULE],
  ['incidentno', SHAPED_ID_RULE],
  ['incidentnumber', SHAPED_ID_RULE],
  // India's permanent account number (five letters, four figures, a letter); a card's PAN is figures.
  ['pan', PAN_RULE],
  ['pannumber', PAN_RULE],
  ['panno', PAN_RULE],
  // The Netherlands' citizen service number, when it is nine figures (a nurse's "BSN" is no key of it).
  ['bsn', BSN_RULE],
  ['burgerservicenummer', BSN_RULE],
  ['sofinummer', BSN_RULE],
]);
const MESSAGE_PARTIES = new Set(['to', 'from', 'cc']);
const AGE_RULE: FieldRule = { type: 'age', ruleId: 'field:age' };
/** Last words of a key naming a member of staff or a student, whose value may be their number. */
const ID_HOLDERS = new Set(['employee', 'staff', 'student']);
const MESSAGE_KEYS = new Set(['subject', 'body', 'message']);
/** A clinician's column or key beside a patient's: the one who sees them. */
const CARER_KEYS = new Set(['provider', 'rn', 'md', 'np', 'doc', 'resident', 'tech', 'nurseinitials']);
/** Keys that show a record is a patient's: their number or their birth date. */
const PATIENT_KEYS = new Set(`mrn patientid patient ${BIRTH_KEYS}`.split(/\s+/).filter((k) => k.length > 0));

/** Keys that say when without saying what: a person's event when a sibling names the person. */
const EVENT_TIME_KEYS = new Set([
  'when',
  'scheduledfor',
  'scheduledat',
  'slot',
  'slottime',
  'startsat',
  'endsat',
]);
/**
 * Events of a person's care or life: beside a key naming the person, a key ending in one
 * ("nextVisit", "occurred", "lastAppointment", "surgeryOn") holds when it happened.
 */
const CARE_EVENT_WORDS = new Set(
  `visit visits appointment appt admission discharge surgery operation procedure encounter followup consult
  consultation occurred occurrence happened incident injury accident onset death delivery vaccination immunization
  checkup exam review performed administered admitted discharged vaccinated immunized examined treated`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);
/** Words after the event that still name its time: "visitTime", "admissionOn", "appointmentStart". */
const EVENT_TIME_TAILS = new Set(['at', 'on', 'time', 'datetime', 'start', 'end', 'when', 'due']);
/**
 * A date or date-time as systems write one: ISO, numeric with slashes, dots or dashes, or run
 * together as HL7 and X12 write it ("20240312", "202403121405").
 */
const DATE_SHAPE =
  /^(?:(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:\d{4}(?:\d{2})?)?|\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?|\d{1,2}[/.-]\d{1,2}[/.-](?:\d{2}|\d{4})(?:,?[ T]\d{1,2}:\d{2}(?::\d{2})?(?: ?[AP]M)?)?)$/i;
const SHAPED_DATE_RULE: FieldRule = { type: 'date', ruleId: 'field:date', shape: DATE_SHAPE, leafOnly: true };
/** A month and day alone ("9/2"), as a schedule's column of one care event writes its date. */
const MONTH_DAY = /^(?:1[0-2]|0?[1-9])\/(?:3[01]|[12]\d|0?[1-9])$/;
/** A single care event's date ("appt", "nextVisit"), a month and day alone too; a plural ("visits": "2/3") is a count. */
const EVENT_DATE_RULE: FieldRule = {
  type: 'date',
  ruleId: 'field:date',
  shape: new RegExp(`${DATE_SHAPE.source}|${MONTH_DAY.source}`, 'i'),
  leafOnly: true,
};
/**
 * A machine's stamp: an ISO date-time to the second with its zone ("2025-07-01T19:07:22Z",
 * "2025-09-26T10:10:00.088+00:00").
 */
const MACHINE_STAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})$/i;
/**
 * An act's participle ("performed") dates the act, but beside the key naming who did it
 * ("performedBy") it is a record's audit pair, as "createdAt" and "createdBy" are: a machine's
 * stamp there is the recording system's; a date alone is still the act's day.
 */
const PARTICIPLE_DATE_RULE: FieldRule = {
  type: 'date',
  ruleId: 'field:date',
  shape: new RegExp(
    `^(?!${MACHINE_STAMP.source.slice(1, -1)}$)(?:${DATE_SHAPE.source}|${MONTH_DAY.source})`,
    'i',
  ),
  leafOnly: true,
};
const careEventKeys = new Map<string, boolean>();

/** "nextVisit", "occurred", "surgery_time": a key naming when a care event happened (not a system's event). */
function isCareEventKey(key: string): boolean {
  let known = careEventKeys.get(key);
  if (known !== undefined) return known;
  const words = keyWords(key);
  let last = words.length - 1;
  if (last > 0 && EVENT_TIME_TAILS.has(words[last] as string)) last--;
  known =
    last >= 0 &&
    CARE_EVENT_WORDS.has(words[last] as string) &&
    !words.some((w) => SYSTEM_DATE_WORDS.has(w)) &&
    !SYSTEM_TIME_KEYS.has(normalizeKey(key));
  if (careEventKeys.size < 10_000) careEventKeys.set(key, known);
  return known;
}

function besidePerson(siblings: readonly string[]): boolean {
  return siblings.some((s) => {
    const k = normalizeKey(s);
    return ROLE_KEYS.has(k) || PERSON_SIBLINGS.has(k) || k === 'member' || k === 'patientname';
  });
}

/** Words in a parent key that make its `name` or `display` an organisation's. */
const ORGANISATION_WORDS = new Set(
  'organization organisation org facility service insurer payer payor location pharmacy lab laboratory hospital clinic department employer company vendor manufacturer custodian source site'.split(
    ' ',
  ),
);
/**
 * Sibling keys that show an object (or a table's header) describes a person: a birth date or a
 * part of a name in any language of DEFAULT_FIELDS ("Vorname", "Geb.-Datum", "apellidos").
 */
const PERSON_SIBLINGS = new Set(
  `gender sex mrn ssn phone email address patientid age given family npi ${BIRTH_KEYS} ${DEFAULT_FIELDS.name}`
    .split(/\s+/)
    // "alias" and "aka" name a drug or a tool as well as a person.
    .filter((k) => k.length > 0 && k !== 'alias' && k !== 'aka'),
);

/** Keys of an enrolled template's reference. */
const TEMPLATE_KEYS = new Set(['template', 'templateid', 'templateref']);
/** Words of a parent key naming how a person proved who they are ("authn", "login", "identityCheck"). */
const AUTHENTICATION_WORDS = new Set([
  'authn',
  'authentication',
  'login',
  'signin',
  'logon',
  'verification',
  'identity',
  'unlock',
]);
/**
 * The reference of a template a person authenticated with ({"authn": {"method": "biometric",
 * "templateId": "FP-8090-EAPC"}}): a password or a one-time code has no template, so it is the
 * enrolled print's, face's or iris's; one token with a figure (a form's template name stays).
 */
const BIOMETRIC_RULE: FieldRule = {
  type: 'biometric',
  ruleId: 'field:biometric',
  shape: /^(?=[^\d]*\d)[A-Za-z0-9][A-Za-z0-9+/=_:.-]{5,}$/,
  leafOnly: true,
};

function authenticates(parentKey: string): boolean {
  return keyWords(parentKey).some((w) => AUTHENTICATION_WORDS.has(w));
}

/** Keys that say nothing by themselves; their parent's key decides. */
const GENERIC_KEYS = new Set([
  'id',
  'number',
  'no',
  'num',
  'identifier',
  'value',
  'filename',
  'file',
  'url',
  'uri',
  'path',
  // "priorAuth": {"ref": …} (a FHIR "reference" names a resource, not a number).
  'ref',
  // "biometrics": [{"templateId": …}]: an enrolled template is the person's, a form's is not.
  'template',
  'templateid',
  'templateref',
  // HealthKit's and Photos' localIdentifier: a device's or an asset's, as its parent says.
  'localidentifier',
]);
const NUMBER_WORDS = new Set(['number', 'no', 'num', 'nbr', 'nr', 'id', 'identifier', 'code']);
/** Whose "ref" is the person's own identifier ("patientRef", "memberRef"); a chart's or an order's may be anything. */
const PERSON_REF_OWNERS = new Set(['patient', 'person', 'member', 'subscriber', 'beneficiary']);
/** A German compound ending in its number word: "Auftragsnr", "Fallnummer", "Probennr." (head, linking s dropped). */
const COMPOUND_NUMBER = /^([a-z]{3,}?)s?(?:nr|nummer)$/;
/** Parent words that give a generic child key its type. */
const PARENT_WORDS = new Map<string, PhiType>([
  ['patient', 'mrn'],
  ['chart', 'mrn'],
  ['record', 'mrn'],
  ['medrec', 'mrn'],
  ['hospital', 'mrn'],
  ['insured', 'health_plan'],
  ['subscriber', 'health_plan'],
  ['member', 'health_plan'],
  ['policy', 'health_plan'],
  ['coverage', 'health_plan'],
  ['insurance', 'health_plan'],
  ['beneficiary', 'health_plan'],
  ['account', 'account'],
  ['guarantor', 'account'],
  ['license', 'license'],
  ['licence', 'license'],
  ['passport', 'license'],
  ['device', 'device'],
  ['implant', 'device'],
  ['vehicle', 'vehicle'],
  ['photo', 'photo'],
  ['photograph', 'photo'],
  ['picture', 'photo'],
  ['headshot', 'photo'],
  ['biometric', 'biometric'],
  ['fingerprint', 'biometric'],
  ['employee', 'other_id'],
  ['mobile', 'phone'],
  ['cell', 'phone'],
  ['phone', 'phone'],
  ['telephone', 'phone'],
  ['pager', 'phone'],
  ['fax', 'fax'],
  // A FHIR ContactPoint without its system: most are phone numbers, and an e-mail goes too.
  ['telecom', 'phone'],
  ['rx', 'other_id'],
  ['prescription', 'other_id'],
  ['accession', 'other_id'],
  ['specimen', 'other_id'],
  ['badge', 'other_id'],
  ['student', 'other_id'],
  ['case', 'other_id'],
  ['hosp', 'mrn'],
  ['mr', 'mrn'],
  ['person', 'other_id'],
  ['identifier', 'other_id'],
  // An incident's, an episode's, an authorization's or a referral's number.
  ['incident', 'other_id'],
  ['episode', 'other_id'],
  ['auth', 'other_id'],
  ['authorization', 'other_id'],
  ['authorisation', 'other_id'],
  ['referral', 'other_id'],
  ['claim', 'account'],
  // A prescription's number in Spanish, German, French and Italian records.
  ['receta', 'other_id'],
  ['rezept', 'other_id'],
  ['ordonnance', 'other_id'],
  ['ricetta', 'other_id'],
  // The subject of care (openEHR EHR_STATUS.subject, a FHIR resource's subject).
  ['subject', 'mrn'],
]);
/** Heads of German compounds before "-nr"/"-nummer" (only there: "fall" and "labor" are English words). */
const COMPOUND_HEADS = new Map<string, PhiType>([
  ['auftrag', 'other_id'],
  ['fall', 'other_id'],
  ['probe', 'other_id'],
  ['proben', 'other_id'],
  ['labor', 'other_id'],
  ['patienten', 'mrn'],
  ['kunden', 'account'],
  ['konto', 'account'],
]);
/** Key words that mean one identifier type anywhere in a key. */
const STRONG_WORDS = new Map<string, PhiType>([
  ['ssn', 'ssn'],
  ['mrn', 'mrn'],
  ['dob', 'date'],
  ['biometric', 'biometric'],
  ['fingerprint', 'biometric'],
  ['voiceprint', 'biometric'],
  ['faceprint', 'biometric'],
  ['retina', 'biometric'],
  ['iris', 'biometric'],
  ['photo', 'photo'],
  ['photograph', 'photo'],
  ['headshot', 'photo'],
  ['selfie', 'photo'],
  ['mbi', 'health_plan'],
  ['npi', 'license'],
  ['vin', 'vehicle'],
  ['imei', 'device'],
  ['udi', 'device'],
]);

const NEUTRAL_KEYS = new Set([
  'state',
  'country',
  'countrycode',
  'use',
  'type',
  'system',
  'kind',
  'resourcetype',
]);

/** Types whose field keeps its type with "name" after it ("city name", "attending name"). */
const NAMED_FIELD_TYPES: ReadonlySet<PhiType> = new Set(['geo', 'street_address', 'name']);

/** Abbreviations in keys, spelled out before lookup: pt_fname, acct_no, dl_num, ph_home, emerg_contact.nm. */
const ABBREVIATIONS = new Map<string, string>([
  ['pt', 'patient'],
  ['pat', 'patient'],
  ['nm', 'name'],
  ['tmpl', 'template'],
  ['fname', 'first name'],
  ['lname', 'last name'],
  ['fnm', 'first name'],
  ['lnm', 'last name'],
  ['lst', 'last'],
  ['fst', 'first'],
  ['frst', 'first'],
  ['mnm', 'middle name'],
  ['nok', 'next of kin'],
  ['mname', 'middle name'],
  ['firstnm', 'first name'],
  ['lastnm', 'last name'],
  ['addr', 'address'],
  ['adr', 'address'],
  ['cty', 'city'],
  ['ph', 'phone'],
  ['phn', 'phone'],
  ['tel', 'phone'],
  ['telno', 'phone number'],
  ['mob', 'mobile'],
  ['eml', 'email'],
  ['emer', 'emergency'],
  ['emerg', 'emergency'],
  ['acct', 'account'],
  ['mbr', 'member'],
  ['subscr', 'subscriber'],
  ['guar', 'guarantor'],
  ['gtor', 'guarantor'],
  ['ins', 'insurance'],
  ['lic', 'license'],
  ['dl', 'drivers license'],
  ['dln', 'drivers license number'],
  ['bday', 'birthday'],
  ['md', 'doctor'],
  ['dr', 'doctor'],
  ['phys', 'physician'],
  ['emp', 'employee'],
  ['hosp', 'hospital'],
  ['enc', 'encounter'],
  ['att', 'attending'],
  ['prov', 'provider'],
  ['yrs', 'years'],
  ['nbr', 'number'],
  ['num', 'number'],
  ['no', 'number'],
  ['nr', 'number'],
  ['cd', 'code'],
  ['dt', 'date'],
  ['adm', 'admit date'],
  ['disch', 'discharge date'],
  ['dte', 'date'],
  ['nro', 'number'],
  ['numero', 'number'],
  ['nummer', 'number'],
]);
/** Words before a role that keep it a role: primaryPhysician, referringDoctor, emergencyContact. */
const ROLE_QUALIFIERS = new Set(
  'primary referring attending ordering admitting consulting rendering treating covering supervising performing emergency secondary billing responsible legal next last current selected recent previous'.split(
    ' ',
  ),
);
/** Qualifiers after a contact word: ph_home, phone_work, email_primary. */
const CONTACT_QUALIFIERS = new Set(
  'home work cell mobile primary secondary alt alternate day evening night other main direct office personal'.split(
    ' ',
  ),
);
/** A key's word with a figure or two after it: "phone2", "email1". */
const NUMBERED_KEY = /^([a-z]+)\d{1,2}$/;
/** Types a numbered key keeps ("phone2"); a numbered "dx1" or "name2" is no field of its own. */
const CONTACT_TYPES: ReadonlySet<PhiType> = new Set(['phone', 'fax', 'email']);
const CONTACT_WORDS = new Map<string, PhiType>([
  ['phone', 'phone'],
  ['fax', 'fax'],
  ['email', 'email'],
]);

/** The key with its abbreviations spelled out (`pt_fname` → "patient first name"), or the key itself. */
function expandKey(key: string): string {
  let changed = key.includes('#');
  const words = keyWords(key.replace(/#/g, ' number ')).map((w) => {
    const m = /^([a-z]+)(\d*)$/.exec(w);
    const full = m ? ABBREVIATIONS.get(m[1] as string) : undefined;
    if (!full || !m) return w;
    changed = true;
    return `${full}${m[2]}`;
  });
  return changed ? words.join(' ') : key;
}

interface KeyForms {
  /** The key with its abbreviations spelled out. */
  key: string;
  /** Its lower-case, style-free form. */
  norm: string;
}

/** Keys repeat across payloads: their expanded and normalized forms are computed once. */
const forms = new Map<string, KeyForms>();

function keyForms(rawKey: string): KeyForms {
  const cached = forms.get(rawKey);
  if (cached !== undefined) return cached;
  const key = expandKey(rawKey);
  const f = { key, norm: key.length < 3 ? key.toLowerCase() : normalizeKey(key) };
  if (forms.size < 10_000) forms.set(rawKey, f);
  return f;
}

interface ParentFacts {
  /** A word of the key is "name" or "names": its "first" and "last" are parts of a name. */
  name: boolean;
  /** A word of the key names a person: its "name" is a person's. */
  person: boolean;
}

const parents = new Map<string, ParentFacts>();

function parentFacts(parentKey: string): ParentFacts {
  const cached = parents.get(parentKey);
  if (cached !== undefined) return cached;
  const words = keyWords(parentKey);
  const f = {
    name: words.some((w) => w === 'name' || w === 'names'),
    // serviceProvider, managingOrganization, insurer: an organisation's name, not a person's.
    person: words.some((w) => PERSON_WORDS.test(w)) && !words.some((w) => ORGANISATION_WORDS.has(w)),
  };
  if (parents.size < 10_000) parents.set(parentKey, f);
  return f;
}

/**
 * Words ending a key that hold a person's login whatever qualifies them ("portal_user",
 * "ehrUsername", "last_login"); a login "handle" is left out, as a queue's "receiptHandle" is none.
 */
const LOGIN_TAILS = new Set(['user', 'username', 'login', 'loginname', 'userlogin']);
/**
 * Roles whose "id" (or "login", "username") is the login of whoever holds them in a work system
 * ("OwnerId", "assignee_id", "reviewer-username"): a ticket's, a record's, a case's people.
 */
const LOGIN_ROLES = new Set(
  `owner assignee author reviewer approver performer judge creator submitter reporter editor modifier requester
  requestor signer verifier closer resolver uploader commenter updater actor operator`
    .split(/\s+/)
    .filter((k) => k.length > 0),
);
const LOGIN_ID_WORDS = new Set(['id', 'login', 'username', 'user', 'handle', 'uid']);
/**
 * A person's login ("psharp", "april.villalobos", "a_lee2") or their name ("Smith, Jane",
 * "Jane Smith"), no system account, no organisation, no bare number or record id ("005Dn000003",
 * "E8667433", "Team 4").
 */
const HANDLE_RULE: FieldRule = {
  type: 'name',
  ruleId: 'field:login',
  leafOnly: true,
  shape: new RegExp(
    `^(?!(?:${[...SYSTEM_ACCOUNTS].join('|')})$)${NOT_AN_ORGANISATION.source}(?:${NUMBERED_LOGIN}|(?=.{0,80}\\p{L})[\\p{L}\\p{M}'’ .,^-]{2,80})$`,
    'iu',
  ),
};
/** A key holding a person's login by its last word or by a role's id ("portal_user", "OwnerId"). */
function loginKey(words: readonly string[]): boolean {
  const n = words.length;
  if (n < 2) return false;
  for (const w of words) if (THING_WORDS.has(w) || ORGANISATION_WORDS.has(w)) return false;
  const last = words[n - 1] as string;
  if (LOGIN_TAILS.has(last)) return true;
  return LOGIN_ID_WORDS.has(last) && LOGIN_ROLES.has(words[n - 2] as string);
}

/** A word of a key naming a person by role or relation ("patient", "guarantor", "owner", "assignee"). */
function isRoleWord(word: string): boolean {
  // "by" and "who" are role keys alone, not words of one ("sort_by_name").
  if (word === 'by' || word === 'who') return false;
  return PERSON_WORDS.test(word) || ROLE_KEYS.has(word) || WORK_ROLE_KEYS.has(word);
}

/**
 * A key naming a part of a role's name ("guarantorFirst", "pt_last", "nok_given", "emp_surname")
 * or a role's name after other words ("hubspot_owner_name", "caller_id_name"): a person's name.
 */
function personNameKey(words: readonly string[]): FieldRule | undefined {
  const n = words.length;
  if (n < 2) return undefined;
  const last = words[n - 1] as string;
  const part = last === 'name' || last === 'names' ? n - 2 : n - 1;
  const partWord = words[part] as string;
  const named = part < n - 1 || NAME_PART_WORDS.has(partWord);
  if (!named || THING_WORDS.has(partWord) || ORGANISATION_WORDS.has(partWord)) return undefined;
  const head = NAME_PART_WORDS.has(partWord) ? part : part + 1;
  for (let i = 0; i < head; i++) {
    const w = words[i] as string;
    if (THING_WORDS.has(w) || ORGANISATION_WORDS.has(w)) return undefined;
  }
  for (let i = 0; i < head; i++) if (isRoleWord(words[i] as string)) return WORK_ROLE_RULE;
  return undefined;
}

/**
 * The identifier type of the whose-word of a number key ("patient" in patient_no), or undefined.
 * A plural "records" is a list of data records (a health app's samples), not a medical record.
 */
function whoseWord(word: string): PhiType | undefined {
  return word === 'records' ? undefined : PARENT_WORDS.get(word.replace(/s$/, ''));
}

/** Contexts of keys `FieldRules.ruleFor` remembers its decisions for, and keys per context. */
const DECIDED_CONTEXTS = 2048;
const DECIDED_KEYS = 256;
/** The longest context and key (in characters) a decision is remembered for. */
const LONGEST_CONTEXT = 512;
const LONGEST_KEY = 64;

export class FieldRules {
  private readonly exact = new Map<string, FieldRule>();
  /** Rules by raw key (keys repeat across payloads). */
  private readonly cache = new Map<string, FieldRule | null>();
  private readonly parentCache = new Map<string, FieldRule | null>();
  /** Rules decided by key (null: none), by the context of the key (its parent's key and its siblings). */
  private readonly decided = new Map<string, Map<string, FieldRule | null>>();
  /**
   * The keys a deployment's configuration names: the rule of a key it adds, null for a key it
   * removes. They are read before any built-in decision, so a tenant can override each one.
   */
  private readonly configured = new Map<string, FieldRule | null>();
  /** The length of the longest key this reads whole (a longer tail of a key is none). */
  private longestKey = 0;

  constructor(extra: Record<string, PhiType> = {}, disabled: readonly string[] = []) {
    for (const [type, keys] of Object.entries(DEFAULT_FIELDS) as [PhiType, string][]) {
      for (const k of keys.split(/\s+/)) if (k) this.exact.set(k, { type, ruleId: `field:${type}` });
    }
    for (const k of FIN_KEYS) this.exact.set(k, FIN_RULE);
    for (const k of disabled) {
      this.exact.delete(normalizeKey(k));
      this.configured.set(normalizeKey(k), null);
    }
    for (const [k, type] of Object.entries(extra)) {
      const rule = { type, ruleId: `field:${normalizeKey(k)}` };
      this.exact.set(normalizeKey(k), rule);
      this.configured.set(normalizeKey(k), rule);
    }
    for (const k of [...this.exact.keys(), ...ROLE_KEYS])
      this.longestKey = Math.max(this.longestKey, k.length);
  }

  /**
   * The rule for a value under `key`, in an object whose keys are `siblings` and whose own key
   * is `parentKey`. Undefined when the key says nothing.
   */
  ruleFor(rawKey: string, parentKey: string | undefined, siblings: readonly string[]): FieldRule | undefined {
    // Records of one shape repeat (a list's items, a page of rows): a key is decided once for
    // its parent's key and its siblings. A long key and a wide object's keys (a long context)
    // are decided each time, their context not built.
    if (rawKey.length > LONGEST_KEY || (parentKey !== undefined && parentKey.length > LONGEST_CONTEXT))
      return this.decide(rawKey, parentKey, siblings);
    let context = parentKey === undefined ? '' : `${parentKey.length}:${parentKey}`;
    for (const s of siblings) {
      if (context.length > LONGEST_CONTEXT) return this.decide(rawKey, parentKey, siblings);
      context += `/${s.length}:${s}`;
    }
    let decided = this.decided.get(context);
    if (decided === undefined) {
      if (this.decided.size >= DECIDED_CONTEXTS) this.decided.clear();
      decided = new Map();
      this.decided.set(context, decided);
    }
    const known = decided.get(rawKey);
    if (known !== undefined) return known ?? undefined;
    const rule = this.decide(rawKey, parentKey, siblings);
    if (decided.size < DECIDED_KEYS) decided.set(rawKey, rule ?? null);
    return rule;
  }

  private decide(
    rawKey: string,
    parentKey: string | undefined,
    siblings: readonly string[],
  ): FieldRule | undefined {
    // A CRM's custom field ("Mailing_City__c", "Home_Phone__pc") is the field its name says.
    const custom =
      rawKey.length > 3 && rawKey.charCodeAt(rawKey.length - 3) === 0x5f ? CUSTOM_FIELD.exec(rawKey) : null;
    if (custom) return this.ruleFor(rawKey.slice(0, custom.index), parentKey, siblings);
    // An Elasticsearch multi-field ("patient_name.keyword") is its base field's value.
    const sub = rawKey.includes('.') ? MULTI_FIELD.exec(rawKey) : null;
    if (sub) return this.ruleFor(rawKey.slice(0, sub.index), parentKey, siblings);
    // MongoDB extended JSON ({"appt": {"$date": …}}): the date is its parent key's, a care event's too.
    if (rawKey === '$date' && parentKey !== undefined)
      return (
        this.ruleFor(parentKey, undefined, siblings) ??
        (isCareEventKey(parentKey) ? EVENT_DATE_RULE : undefined)
      );
    const flat = flatPath(rawKey);
    if (flat !== undefined) {
      if (CONTEXT_SEGMENTS.has(flat.parent) && CONTEXT_TIMES.has(flat.key)) return DATE_RULE;
      return this.ruleFor(flat.key, flat.parent, siblings);
    }
    const { key, norm } = keyForms(rawKey);
    // The deployment's own keys first: a key it adds is what it says, a key it removes is no
    // administration system's field either.
    const configured = this.configured.get(norm);
    if (configured) return configured;
    // Administration systems' own fields: logins in access audits, credentialing ids, MDS items.
    const admin =
      configured === null
        ? undefined
        : (adminFieldRule(norm, parentKey, siblings) ??
          // A study's fields, where no built-in key already says what the value is ("ageyears").
          (this.exact.has(norm) ? undefined : studyFieldRule(norm, parentKey, siblings)));
    if (admin !== undefined) return admin;
    if (NAME_PARTS.has(norm)) {
      // {"names": [{"first": …, "last": …}]}: parts of a name, not pagination ("first": 10).
      // A grid's or a record's "Last" and "First" beside a birth date or an MRN are a name's too,
      // and so are a person's own ({"patient": {"first": …, "last": …}}).
      const parent = parentKey === undefined ? undefined : parentFacts(parentKey);
      const inName =
        (parent !== undefined && (parent.name || (parent.person && norm !== 'text'))) ||
        (norm === 'text' ? textIsNamePart(siblings) : aboutPerson(undefined, siblings));
      return inName ? this.person() : undefined;
    }
    const shortRule = PERSON_ONLY_KEYS.get(norm);
    if (shortRule !== undefined) return aboutPerson(parentKey, siblings) ? shortRule : undefined;
    if (EXTERNAL_ID_KEYS.has(norm))
      return aboutPerson(parentKey, siblings) || siblings.some((s) => PATIENT_KEYS.has(normalizeKey(s)))
        ? MRN_RULE
        : undefined;
    if (PERSON_ONLY_NAME_KEYS.has(norm)) {
      return aboutPerson(parentKey, siblings) ? this.person() : undefined;
    }
    if (
      opaqueCustomValue(norm, parentKey, siblings) ||
      (norm.startsWith('customfield') && OPAQUE_CUSTOM_FIELD.test(rawKey))
    )
      return CUSTOM_ID_RULE;
    const recordId =
      norm === 'id' && siblings.some((s) => BIRTH_KEY_SET.has(normalizeKey(s)))
        ? PERSON_RECORD_ID_RULE
        : undefined;
    if (TEMPLATE_KEYS.has(norm) && parentKey !== undefined && authenticates(parentKey)) return BIOMETRIC_RULE;
    // A payment method's "number" beside its expiry or security code is the card's.
    if (CARD_NUMBER_KEYS.has(norm) && siblings.some((k) => CARD_SIBLINGS.has(normalizeKey(k))))
      return CARD_NUMBER_RULE;
    if (GENERIC_KEYS.has(norm) && parentKey !== undefined) return this.byParent(parentKey) ?? recordId;
    if (recordId !== undefined) return recordId;
    // So is a patient's "unit number" (a British or Irish hospital's number for its patient, a
    // census's "Unit No." beside the name): a flat's unit ("4B", "12") is no number of five digits.
    if (FOLDER_KEYS.has(norm) && aboutPerson(parentKey, siblings)) return FOLDER_RULE;
    // A FHIR period's or appointment's start and end are a person's dates, times of day and all.
    if ((norm === 'start' || norm === 'end') && clinicalPeriod(parentKey, siblings)) return DATE_RULE;
    // A calendar event's start and end ({"dateTime": …, "timeZone": …}, or an all-day {"date": …}): when it takes place.
    if (
      CALENDAR_TIME_KEYS.has(norm) &&
      parentKey !== undefined &&
      CALENDAR_BOUNDS.has(normalizeKey(parentKey))
    )
      return DATE_RULE;
    // {"patient": …, "when": …}: a bare time key beside a person is that person's event.
    if (EVENT_TIME_KEYS.has(norm) && (clinicalPeriod(parentKey, siblings) || besidePerson(siblings)))
      return DATE_RULE;
    // A row's "DATE", "START" or "STOP" beside its "PATIENT" (a Synthea export's encounters, an
    // API's records of one patient): the day of that patient's care, time of day and all.
    if (RECORD_TIME_KEYS.has(norm) && siblings.some((s) => PATIENT_KEYS.has(normalizeKey(s))))
      return SHAPED_DATE_RULE;
    // An imaging study's or series' "started" (FHIR ImagingStudy): when the patient was imaged.
    if (norm === 'started' && siblings.some((s) => IMAGING_KEYS.has(normalizeKey(s)))) return DATE_RULE;
    // A DICOM UID, and an imaging table's own "Id" beside its series' and instances' UIDs.
    if (isDicomUidKey(norm) || (norm === 'id' && siblings.some(isDicomUidKey))) return DICOM_UID_RULE;
    const shaped = SHAPED_KEYS.get(norm);
    if (shaped !== undefined) return shaped;
    // A vehicle's "plt" (under "veh", or beside its VIN) is its plate; a lab's platelet count stays.
    if (
      norm === 'plt' &&
      (VEHICLE_PARENTS.has(normalizeKey(parentKey ?? '')) || siblings.some((k) => normalizeKey(k) === 'vin'))
    )
      return VEHICLE_RULE;
    // A vehicle's "registration" (under "vehicle", or beside its VIN or make) is its plate; a
    // key naming a vehicle ("third_party_vehicle", "otherVehicle") holds its plate when plate-shaped.
    if (
      REGISTRATION_KEYS.has(norm) &&
      (VEHICLE_PARENTS.has(normalizeKey(parentKey ?? '')) ||
        siblings.some((k) => VEHICLE_SIBLINGS.has(normalizeKey(k))))
    )
      return SHAPED_VEHICLE_RULE;
    if (norm.endsWith('vehicle') && norm.length > 7) return SHAPED_VEHICLE_RULE;
    // A wallet's address under a key that names one ("wallets": ["bc1q…"]).
    if (WALLET_KEYS.has(norm)) return WALLET_RULE;
    // An identity document's number beside its type, its issuer or its expiry, or under a
    // verification's object ({"idVerification": {"method": "passport", "documentNumber": …}}).
    if (
      DOCUMENT_NUMBER_KEYS.has(norm) &&
      (siblings.some((k) => DOCUMENT_SIBLINGS.has(normalizeKey(k))) ||
        DOCUMENT_PARENT.test(normalizeKey(parentKey ?? '')))
    )
      return DOCUMENT_NUMBER_RULE;
    // A message's "to" and "from" (beside its subject) are its recipient and sender.
    if (MESSAGE_PARTIES.has(norm) && siblings.some((s) => MESSAGE_KEYS.has(normalizeKey(s))))
      return ROLE_RULE;
    if (MESSAGE_PARTIES.has(norm) && isFaxMessage(siblings)) return FAX_PARTY_RULE;
    // A clinical row's or record's "provider", "RN" or "MD" (beside its patient) is the clinician
    // who sees them (an ED board's nurse initials "LM" under "RN").
    if (CARER_KEYS.has(norm) && siblings.some((s) => PATIENT_KEYS.has(normalizeKey(s)))) return ROLE_RULE;
    // A patient's "lastSeen" holding a calendar date is their last visit (a system's has a time).
    if (norm === 'lastseen' && siblings.some((s) => PATIENT_KEYS.has(normalizeKey(s))))
      return CALENDAR_DATE_RULE;
    const cached = this.cache.get(key);
    const keyRule = cached !== undefined ? (cached ?? undefined) : this.cachedLookup(key, norm);
    if (keyRule === undefined && isCareEventKey(rawKey) && besidePerson(siblings))
      return norm.endsWith('s')
        ? SHAPED_DATE_RULE
        : siblings.some((s) => normalizeKey(s) === `${norm}by`)
          ? PARTICIPLE_DATE_RULE
          : EVENT_DATE_RULE;
    return (
      keyRule ??
      identifierKeyRule(key, keyWords, siblings, () => aboutPerson(parentKey, siblings), parentKey) ??
      (parentKey !== undefined && ID_LISTS.has(normalizeKey(parentKey)) ? LISTED_ID_RULE : undefined)
    );
  }

  private cachedLookup(key: string, norm: string): FieldRule | undefined {
    const rule = this.lookup(key, norm);
    if (this.cache.size < 10_000) this.cache.set(key, rule ?? null);
    return rule;
  }

  /** `insured.id`, `photos[0].fileName`: a generic key takes its meaning from its parent. */
  private byParent(parentKey: string): FieldRule | undefined {
    const cached = this.parentCache.get(parentKey);
    if (cached !== undefined) return cached ?? undefined;
    const rule = this.parentLookup(parentKey);
    if (this.parentCache.size < 10_000) this.parentCache.set(parentKey, rule ?? null);
    return rule;
  }

  private parentLookup(parentKey: string): FieldRule | undefined {
    const words = keyWords(parentKey);
    for (let i = words.length - 1; i >= 0; i--) {
      const type = whoseWord(words[i] as string);
      if (type) return { type, ruleId: `field:${type}` };
    }
    return undefined;
  }

  private lookup(key: string, norm: string): FieldRule | undefined {
    const hit = this.exact.get(norm);
    if (hit) return hit;
    // "ph1", "phone_2", "email2": a person's first or second number or address is what its word names.
    const numbered = NUMBERED_KEY.exec(norm);
    const base = numbered ? this.exact.get(numbered[1] as string) : undefined;
    if (base !== undefined && CONTACT_TYPES.has(base.type)) return base;
    if (ROLE_KEYS.has(norm)) return ROLE_RULE;
    if (WORK_ROLE_KEYS.has(norm)) return WORK_ROLE_RULE;
    const words = keyWords(key);
    // A label of signs alone ("#", the rest of "SS#" once its prefix is read off) names nothing.
    if (words.length === 0) return undefined;
    // "city_nm", "attending_name", "nok_name": the name of a place or a person's role is that field.
    if (words.length > 1 && words[words.length - 1] === 'name') {
      const head = words.slice(0, -1).join(' ');
      const rule = this.lookup(head, normalizeKey(head));
      if (rule && NAMED_FIELD_TYPES.has(rule.type)) return rule;
    }
    // enteredBy, pickedUpBy, verified_by: who did it (not sortBy, groupBy).
    if (words.length > 1 && words[words.length - 1] === 'by' && !SORTING_WORDS.has(words[0] as string))
      return ROLE_RULE;
    if (words.length === 2 && CONTACT_QUALIFIERS.has(words[1] as string)) {
      const type = CONTACT_WORDS.get(words[0] as string);
      if (type) return { type, ruleId: `field:${type}` };
    }
    // Only tails no longer than the longest key can be one (a key of thousands of words once
    // joined every tail of it).
    let first = words.length;
    for (let size = 0; first > 1 && size + (words[first - 1] as string).length <= this.longestKey; )
      size += (words[--first] as string).length;
    for (let i = Math.max(1, first); i < words.length; i++) {
      const tail = words.slice(i).join('');
      if (ROLE_KEYS.has(tail) && words.slice(0, i).every((w) => ROLE_QUALIFIERS.has(w))) return ROLE_RULE;
      const rule = this.exact.get(tail);
      // "ReferringPhysicianName": a person's name key after a qualifier ("drug name" is no person's).
      if (rule && (rule.type !== 'name' || words.some((w) => PERSON_WORDS.test(w)))) return rule;
    }
    const personName = personNameKey(words);
    if (personName !== undefined) return personName;
    // "patientNumber", "chartNo", "memberNbr": a number word after a word that says whose.
    const last = words[words.length - 1] as string;
    const personRef = last === 'ref' && PERSON_REF_OWNERS.has(words[words.length - 2] as string);
    if (words.length > 1 && (NUMBER_WORDS.has(last) || personRef)) {
      // "ihiNumber", "mbi_no": the number word after a key that is an identifier's name already.
      const named = this.exact.get(words.slice(0, -1).join(''));
      if (named !== undefined && named.type !== 'name') return named;
      for (let i = words.length - 2; i >= 0; i--) {
        const type = whoseWord(words[i] as string);
        if (type) return { type, ruleId: `field:${type}` };
      }
    }
    const compound = COMPOUND_NUMBER.exec(last);
    const head = compound?.[1];
    const compoundType = head ? (COMPOUND_HEADS.get(head) ?? whoseWord(head)) : undefined;
    if (compoundType) return { type: compoundType, ruleId: `field:${compoundType}` };
    // "name_last", "nm_fst", "NAME_GIVEN": a database column that puts the noun first.
    if (words.length === 2 && words[0] === 'name') {
      const turned = `${words[1] as string} name`;
      const rule = this.lookup(turned, normalizeKey(turned));
      if (rule?.type === 'name') return rule;
    }
    // A word that always means one kind of identifier, wherever it sits: biometricTemplateId.
    for (const w of words) {
      const type = STRONG_WORDS.get(w);
      if (type) return { type, ruleId: `field:${type}` };
    }
    // "portal_user", "OwnerId", "reviewer_login": the login or the name of whoever the key names.
    if (loginKey(words)) return HANDLE_RULE;
    // "OtherPatientIDs", "memberNumbers": a list of what the singular key names.
    if (last.length >= 3 && last.endsWith('s') && words.length > 1) {
      const single = this.lookup(
        `${words.slice(0, -1).join(' ')} ${last.slice(0, -1)}`,
        `${norm.slice(0, -1)}`,
      );
      if (single) return single;
    }
    // "age_at_enroll", "ageAtDiagnosis": an age at an event of the person's life.
    if (words.length > 2 && words[0] === 'age' && words[1] === 'at') return AGE_RULE;
    // "u_reported_by_employee", "staff": a person's own number when the value is shaped like one.
    if (words.length > 1 && ID_HOLDERS.has(last)) return SHAPED_ID_RULE;
    // "StudyDate", "eff_dt", "termDate", "approvedThrough": a qualified date, unless the system's.
    if (words.length > 1 && DATE_KEY_WORDS.has(last) && !words.some((w) => SYSTEM_DATE_WORDS.has(w)))
      return DATE_RULE;
    if (EVENT_KEYS.has(norm)) return DATE_RULE;
    if (COORDINATE_WORDS.has(last)) return COORDINATE_RULE;
    return undefined;
  }

  /** Keys inside a masked object that stay (an address's state and country are not identifiers). */
  static isNeutral(key: string): boolean {
    return NEUTRAL_KEYS.has(normalizeKey(key));
  }

  private person(): FieldRule {
    return { type: 'name', ruleId: 'field:name' };
  }
}
