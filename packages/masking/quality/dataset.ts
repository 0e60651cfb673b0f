/**
 * The labeled quality set, generated on demand. SYNTHETIC DATA ONLY: every name, place, date
 * and number is drawn from seeded generators and dictionaries; none belongs to a real person.
 *
 * Two splits: `dev`, for engine authors to look at, and `heldout`, made with another seed,
 * other templates, other phrasings, other JSON shapes, other locales and the other half of
 * each keep-string list, so an engine tuned to dev is still measured on data it has not seen.
 * `blind`: written after the held-out split had been studied, from document styles, locales,
 * address and date forms and keep vocabularies neither other split has; measured once before
 * any engine change, so its first score is the honest generalization figure.
 * `blind2`: written later still, by other hands, without looking at the other splits' templates
 * or generators: its own name lists (many naming traditions, particles, lowercase and bare
 * names), places of four countries, i2b2-style notes, FHIR resources, a scheduling bot's chat,
 * and organisations as keep strings.
 * `blind3`: written later again, also without reading the engine or the other splits' content:
 * dictated operative notes, pathology, radiology, faxes, HL7 v2 with NK1/GT1/IN1, CSV, lower-case
 * portal and call-centre chat, UK, Irish, Dutch, Canadian, Australian and NZ addresses and health
 * numbers, FHIR Coverage/RelatedPerson/Practitioner/Claim/Location, its own name lists.
 * `blind4` and `blind5`: written later again, each by someone who had not read the engine:
 * blind4 mostly text (nursing, EMS, dental, genetics, obstetric and psychiatric notes, e-mail,
 * SMS, voicemail, OCR text; people and addresses of Asia, Africa, Europe and Latin America),
 * blind5 mostly structured (EHR and payer API JSON in many key conventions, X12, C-CDA, DICOM
 * dumps, CSV, YAML, SQL results, errors quoting input).
 * `blind6`: written later again without reading the engine or the other splits' content, mostly
 * free text: UK, Irish and Australian GP and clinic letters, speech-recognition transcripts with
 * spoken dates, phone numbers and ZIP codes, hospice, social work and case management notes,
 * workers' compensation and motor claims, trial and adverse-event reports, death certificates and
 * notices, newborn and obstetric notes, typed portal messages and SMS, Markdown summaries, notes
 * in Portuguese, Québec French, Italian and German, VA and prison notes; its own lists.
 * `blind7`: written later again without reading the engine or the other splits' content, mostly
 * machine text: HL7 v2 with escapes and repetitions, FHIR XML, bulk NDJSON and transaction
 * Bundles, NCPDP SCRIPT, X12 834, AAMVA barcodes, iCalendar, vCard, MIME mail, access logs,
 * logfmt, stack traces with SQL, portal HTML, PDF form text, and JSON that hides what a value is
 * from its key (key/value lists, columnar results, foreign and abbreviated keys, JSON in strings,
 * JWT claims, GraphQL variables, MCP results); its own name, place and keep lists.
 * `blind8`: written later again without reading the engine or the other splits' content, mostly
 * free text people and small systems write: telehealth and intake chat transcripts with typed
 * dates, phones and addresses, prior-authorisation, appeal, complaint and law-firm letters, school
 * nurse, return-to-work, therapy, home health, pharmacy and poison-centre notes, transplant,
 * pedigree and safety reports, and notes from India, Singapore, South Africa, Nigeria, Kenya, the
 * Philippines, Mexico, Spain, France, the Netherlands, Poland, Turkey, Japan and Korea with their
 * national identifiers; its own lists. First score: 14.79 % of PHI leaked, 2.61 % of keep strings
 * destroyed.
 * `blind9`: written later again without reading the engine or the other splits' content, mostly
 * machine-made structure: ASTM analyzer records, semicolon LIMS exports, X12 837P, EDIFACT,
 * fixed-width eligibility files, CEF/LEEF syslog, shell history, cURL commands, object-store keys
 * holding names and birth dates, SQL and protobuf text, Debezium events, DICOM JSON, openEHR FLAT,
 * CDS Hooks, JSON Patch, search hits, OTLP spans, cloud audit records, pod logs, HAR entries,
 * ticket and chat webhooks, health-app and device uploads, Spanish and German keys, [key, value]
 * pairs; its own lists. First score: 41.58 % of PHI leaked, 3.14 % of keep strings destroyed.
 * `blind10`: written later again without reading the engine or the other splits' content,
 * mainstream clinical free text typed sloppily: H&P, SOAP, consult, operative, discharge, nursing,
 * ED, lab, radiology and pathology text, referral and UK/Australian letters, staff e-mail with
 * quoted replies, EOB and billing call logs, phone slips and voicemail, social work, medication
 * reconciliation, incident reports, clinic day lists, SMS reminders, waitlists, portal messages
 * and support, AI-assistant and care-team chats; its own lists. First score: 13.92 % of PHI
 * leaked, 2.49 % of keep strings destroyed.
 * `blind11`: written later again without reading the engine or the other splits' content, JSON
 * records of many shapes as MCP carries them: EHR-API-like results, columnar results, key/value
 * lists, GraphQL, TSV, YAML, XML and CSV inside text blocks, tool arguments in natural language,
 * resource reads, prompts, sampling requests, elicitation answers, errors quoting input,
 * double-encoded JSON and keep-heavy catalogs and logs; its own lists. First score: 5.72 % of PHI
 * leaked, 2.12 % of keep strings destroyed.
 * `blind12`: written later again without reading the engine or the other splits' content, free
 * text of speech and paper: speech-recognition dictation and voicemail with spoken and spelled
 * values, nurse-triage and pharmacy call logs, interpreted visits, EMS and ambulance records,
 * hospice, home nursing, coroner, behavioural-health and opioid-treatment notes, maternity,
 * newborn, paediatric, dental, pedigree, case-investigation, research and immunisation records,
 * OCR'd faxes, injury and disability forms, and patient-written letters, reviews, forum posts and
 * SMS, from the US, Canada, Ireland, New Zealand and Australia with their health numbers; its own
 * lists. First score: 16.64 % of PHI leaked, 4.75 % of keep strings destroyed.
 * `blind13`: written later again without reading the engine or the other splits' content, what
 * general-purpose MCP servers return when they touch PHI: chat, mail, calendar (JSON and ICS),
 * vCard, issue trackers, wiki pages, SQL results, spreadsheet ranges, CRM, helpdesk, telephony and
 * e-signature records, file listings, search hits, JSON-lines logs, CSV, Markdown and HTML tables,
 * PDF text, raw MIME mail and OCR'd faxes, wrapped as tool results, structured content, resource
 * contents and tool arguments; its own lists. First score: 10.62 % of PHI leaked, 2.33 % of keep
 * strings destroyed.
 * `blind14`: written later again without reading the engine or the other splits' content, free
 * text from health systems and writers the earlier splits had not covered: UK GP referral,
 * discharge, medico-legal, safeguarding and occupational-health letters and notes, South African
 * handover and social-work notes, Indian tumour-board minutes and transplant notes, Singapore and
 * Hong Kong CIOMS reports, genetic-counselling and bilingual discharge letters, Nigerian referral
 * letters, Kenyan and Ghanaian outbreak line lists, trial deviation logs, blood-bank and
 * chaplaincy notes, Philippine claim narratives, Jamaican school-nurse notes and referrals, US
 * MedWatch, IME and guardianship reports, and AI-assistant summaries in Markdown, a few wrapped
 * in MCP frames; local names, nicknames and honorifics, day-first dates, and identifiers with real
 * check characters (NHS number, South African ID, Aadhaar, NRIC/FIN, HKID); its own lists. Every
 * person's name, every address part below the province, every phone number and every date finer
 * than a year is PHI, whoever's it is; national IDs are other_id; organisations are kept whole.
 * First score: 18.59 % of PHI leaked, 3.53 % of keep strings destroyed.
 * `blind15`: written later again without reading the engine or the other splits' content, machine
 * interchange and agent tooling: HL7 v2 ADT, ORU, ORM, SIU and MDM with escapes, repetitions and
 * XTN/XPN components, X12 837P, 835 and 270/271 with ZIP+4 run together, C-CDA and NCPDP SCRIPT
 * XML, FHIR R4/R5 (primitive extensions, contained resources, search sets, transactions), DICOM
 * JSON, MongoDB extended JSON, search hits with highlights, vector-store chunks, OMOP rows,
 * Debezium events, GraphQL connections, OTLP spans and logs, git diffs, CI and Postgres logs,
 * portal accessibility snapshots, agent memories, sampling, elicitation, JSON Patch calls and
 * audit CSV; its own lists. Every person's name is PHI, staff's and developers' too, each HL7 or
 * DICOM component its own span; dates of care and birth are PHI in every encoding, times systems
 * stamp on their own records are keep timestamps, header times are unlabeled. First score:
 * 8.97 % of PHI leaked, 3.82 % of keep strings destroyed.
 * `blind16`: written later again without reading the engine or the other splits' content,
 * mainstream US clinical free text as an EHR or an agent hands it over: echo, cath, stress-test
 * and device-clinic reports, chemo infusion notes and tumor-board minutes, dialysis run sheets,
 * endocrinology, rheumatology, eye, dermatology, urology and ENT visits, EEG, sleep-study,
 * endoscopy and ID consults, wound care, OT driving evaluations, PT and speech progress notes,
 * nutrition, pre-anesthesia and pharmacy consults, utilization review, transitional-care calls,
 * registration face sheets, behavioural-health intake, well-child and geriatric visits, nurse
 * triage phone notes, portal messages, after-visit summaries, i2b2-style discharge dictations
 * with correction addenda, referral letters, dated problem lists and a telehealth record as JSON
 * text; dictation footers with typist initials and job numbers, Epic-style drug names with
 * brands, dates typed without a year or as month and year; its own name, place, drug, lab, code,
 * eponym, device and organisation lists. First score: 7.05 % of PHI leaked, 2.70 % of keep
 * strings destroyed.
 * `blind17`: written later again without reading the engine or the other splits' content,
 * mainstream structured health data as MCP tool results, structured content and tool arguments:
 * EHR-vendor-like patient searches, encounters, notes and orders with free text inside JSON
 * strings, booking calls, provider days, columnar waitlists and reminder batches, lab panels in
 * JSON, Markdown and print, claims, CSV remittance, eligibility, prior-auth and motor-claim
 * records, Slack and Teams exports, portal drafts and SMS, CRM contacts, call-centre cases,
 * survey responses with coordinates, kiosk check-ins, pharmacy fills, immunization registry
 * records, RPM readings, portal audit rows and key/value intake forms; camelCase, snake_case,
 * PascalCase and custom-field keys; its own name, place, drug, lab, code, eponym, device and
 * organisation lists. Staff chat handles made from names are names; appointment and collection
 * times are PHI dates in their date part; times systems stamp on their own records are keep
 * timestamps. First score: 3.99 % of PHI leaked, 1.80 % of keep strings destroyed.
 * `blind19`: written later again without reading the engine or the other splits' content, what
 * AI agents send and receive through MCP while they work on patients: natural-language tool
 * arguments typed by an LLM, scratchpads and plans, memory entries, Markdown hand-offs, sampling
 * requests and replies, elicitation forms and answers, FHIR search traces with names, birth dates,
 * phones and ZIP codes in query strings, SQL and GraphQL with literal values, tool errors quoting
 * their input, RAG and vector hits with chunk ids, scores and source paths, e-mail, calendar,
 * chat, ticket, spreadsheet and fax calls, file listings with names and dates in file names,
 * browser page text, OCR, call transcripts, printed dataframes, identity checks with biometric
 * templates, e-prescriptions, device checks and a motor claim, as tools/call arguments, results,
 * structured content (with its text copy), resource contents and frames on the wire; its own
 * drug, code, eponym, device and organisation lists. Lower-case typed names, names split into
 * file-name and handle parts, two-digit-year birth dates and dates without a year are PHI; every
 * name in a file name or URL is labeled part by part. First score: 9.59 % of PHI leaked, 0.49 %
 * of keep strings destroyed.
 * `blind18`: written later again without reading the engine or the other splits' content,
 * mainstream US clinical documents as EHRs render and print them: patient banners in four layouts
 * (name, MRN, DOB, age/sex, PCP, allergies, CSN or FIN), ED provider notes with motor-vehicle
 * details, H&P, SOAP and APSO progress notes, nursing shift assessments, procedure and operative
 * notes with time-out lists and implant logs (UDI, serial, lot), consent forms with e-consent
 * certificates, radiology with accession numbers and comparison dates, surgical pathology with
 * case and cassette ids, lab requisitions, result, normal-result, no-show and dismissal letters,
 * school and work excuse notes, printed prescriptions with NPI, DEA and EPCS biometrics, DME
 * orders, a CMS-485-style plan of care, hospice certifications, POLST forms, MAR and flowsheet
 * rows with nurse initials and wristband scans, care-team blocks, telephone encounters with
 * routing comments, registration face sheets, video visits, SmartPhrase notes, addenda and
 * discharge summaries, and a note API result as JSON and as a search page in a text block; its
 * own drug, lab, code, eponym, device and organisation lists. Staff names, user ids and initials
 * are names; signing, printing and care dates are PHI dates (the time beside them is not);
 * encounter numbers (CSN, FIN, HAR) are accounts, accession, order, case and mail-tracking
 * numbers other ids, device lot numbers device ids; times systems stamp on API records are keep
 * timestamps. First score: 7.02 % of PHI leaked, 1.43 % of keep strings destroyed.
 * `blind20`: written later again without reading the engine or the other splits' content,
 * health-information management and healthcare administration as its systems and staff produce
 * them: fixed-width release-of-information logs, subpoenas duces tecum, breach-notification letters
 * and four-factor incident worksheets, accountings of disclosures, EMPI duplicate reports with two
 * candidate records side by side (typo'd names, swapped birth dates, field weights), credentialing
 * rosters and payer-enrollment forms with staff NPI, DEA, state licence, CAQH and livescan ids,
 * birth, death and fetal-death certificate worksheets, reportable-disease case reports, MDS 3.0
 * item sets and nursing-home incident reports, workers'-compensation first reports and adjuster
 * notes with vehicles and implants, collection-agency screens, patient statements, insurance-card
 * and licence OCR, CDI coding queries, keep-heavy chargemaster CSV (CPT, HCPCS, revenue codes,
 * modifiers, MS-DRG), chart-deficiency lists, scan-indexing rows and access-audit exports, in
 * UPPER CASE, tables, CSV and vendor item codes, as tools/call arguments, results with text and
 * structured content, and resource contents; its own name, place, drug, code, eponym, device and
 * organisation lists. Staff names, user handles and initials are names; staff licence, NPI and DEA
 * numbers are licences; ROI request, incident, claim, case, accession, CAQH and activation numbers
 * are other ids; every date about a person (birth, care, request, signature, licence expiry) is a
 * PHI date, times systems stamp on their own records are keep timestamps. First score: 9.95 % of
 * PHI leaked, 4.43 % of keep strings destroyed.
 * `blind22`: written later again without reading the engine or the other splits' content,
 * clinical research, registries, public health and pharmacy as their systems and staff produce
 * them: SAE narratives and safety cases, monitoring follow-up letters, informed-consent logs (TSV
 * with eConsent IP addresses and signature hashes), IRB determinations, protocol deviations,
 * REDCap-like and columnar EDC exports, biobank shipping manifests, VCF headers, germline variant
 * reports, sequencing sample sheets with names and birth dates inside sample names, cancer
 * (NAACCR item-number keys) and trauma registry abstracts, electronic lab and case reports,
 * outbreak line lists in CSV blocks, contact-tracing notes and tool calls, immunisation registry
 * responses, PDMP reports, NCPDP-like PBM claims, specialty-pharmacy intake and refill calls,
 * dispensing-cabinet and compounding logs and pharmacy labels, as tools/call arguments, results
 * with text and structured content, and resource contents; its own name, place, drug, lab, code
 * (MedDRA, NDC, CVX, HGVS, ICD-O-3, rsID), eponym, device and organisation lists. Subject,
 * specimen, aliquot, accession, prescription, case, registry, IIS, claim and tracking numbers are
 * other ids; subject initials and names inside sample names are names; partial CRF dates
 * ("UN-MAR-2024", "UNK/03/2024") are PHI dates. First score: 18.48 % of PHI leaked, 5.37 % of
 * keep strings destroyed.
 * `blind21`: written later again without reading the engine or the other splits' content,
 * longitudinal US hospital and clinic records as a clinical de-identification benchmark holds them:
 * discharge summaries with the hospital course by date, admission H&Ps with family and social
 * history (relatives' names and ages, employers, home towns), daily progress and off-service
 * notes, physicians' letters ("Dear Dr. …, I had the pleasure of seeing …"), device-clinic,
 * diabetes and nephrology follow-ups with CGM, dialysis and risk statistics, radiology, echo and
 * cath reports, operative notes with implant logs, ED notes with vehicles, medication lists with
 * start dates, problem lists with onset dates, face sheets, telephone encounters, prescriptions
 * with EPCS biometrics, wound photos, transfer letters, and an EHR notes API as MCP tool calls and
 * results with note text inside strings; dictation footers with usernames, typist initials and job
 * numbers, pagers and office faxes, ages and dates written many ways (month alone, month and day,
 * two-digit years), typo'd surnames, tall-man and brand-in-capitals drug names; its own name,
 * place, drug, lab, code, eponym, device and organisation lists. Staff names, usernames and
 * initials are names; job, accession and badge numbers are other ids; rooms and beds are not
 * labeled; a month alone is a PHI date, a year alone a keep year. First score: 4.91 % of PHI
 * leaked, 3.97 % of keep strings destroyed.
 * `blind23`: written later again without reading the engine or the other splits' content, the mix
 * a general de-identification test set for an MCP gateway would hold: progress, consult,
 * discharge, nursing, ED triage and telephone notes, fixed-width lab reports and lab panels in
 * JSON with specimen, accession and tube numbers, SMS reminder batches, no-show reports, provider
 * calendars as columns, booking tool calls, 837 segments, EOBs, denial letters, billing account
 * notes, patient-nurse and staff chat with lower-case typing, ERA and claim JSON, key/value intake
 * forms, abbreviated keys, JSON inside a text block, resource contents, chat exports, implant
 * registry calls and access audit events, wrapped as tools/call arguments, results with text and
 * structured content, and resource contents; its own name, place, drug, lab, code (ICD-10, CPT,
 * HCPCS, LOINC, CARC), eponym, device and organisation lists. Staff usernames, initials and typist
 * initials are names; claim, booking, tube, EFT trace and job numbers are other ids; a laboratory's
 * CLIA number is a keep code (it names no person); times of day are not labeled. First score:
 * 6.70 % of PHI leaked, 1.43 % of keep strings destroyed.
 * `blind24`: written later again without reading the engine or the other splits' content,
 * pediatrics, obstetrics and family records: prenatal and midwife visits, delivery notes with
 * mother and newborn on one record ("Baby Girl Surname", twins A and B, father of baby, doula),
 * NICU progress and discharge notes, newborn screening and hearing reports, well-child visits with
 * percentiles, CVX codes and vaccine lots, registry (IIS) replies with CSV, school-nurse and
 * daycare logs, WIC, CHIP and Medicaid notices, foster-care and custody notes naming many
 * relatives, pedigrees, after-hours triage, lactation and car-seat checks, FHIR-like Patient and
 * RelatedPerson, registry, flowsheet, eligibility and case JSON. Newborn band, screening kit,
 * registry client, court order, birth certificate and CPST numbers are other ids; infant security
 * tags are devices and footprint references biometrics; vaccine lots and times of day are not
 * labeled. First score: 2.11 % of PHI leaked, 3.39 % of keep strings destroyed.
 * `blind25`: written later again without reading the engine or the other splits' content,
 * post-acute, home and behavioural care and social services: skilled nursing notes and MDS item
 * exports, OASIS home-health visit notes with gate codes and directions, aide schedules as TSV,
 * therapy and speech progress notes, hospice IDT minutes and on-call logs, group and individual
 * psychotherapy notes, opioid-treatment intake, drug-screen CSV and episode records, crisis-line
 * logs and call records, SDOH referral e-mail and platform records, ride vouchers, probation
 * letters, adult protective services reports, guardianship letters and registries, scheduling and
 * EVV APIs; its own drug, score, code (ICD-10 Z codes, HCPCS, MDS and OASIS items), eponym,
 * device and organisation lists. Group members' initials and sponsors' first names are names; gate,
 * lockbox and key-safe codes, specimen, call, trip and EVV numbers are other ids; GPS points are
 * geography; a laboratory's CLIA number is a keep code. First score: 9.20 % of PHI leaked, 6.02 %
 * of keep strings destroyed.
 * `blind26`: written later again without reading the engine or the other splits' content,
 * clinical text as transports and legacy systems carry it: ALL-CAPS terminal printouts (unit
 * census, ADT events, lab cumulative reports, MAR, discharge summaries, billing screens, transport
 * tickets, device transmissions, access audits), lower-case unpunctuated pager, secure-chat, quick
 * and handoff notes, speech-to-text dictation and voicemail, e-mail threads with quoted replies,
 * forwards, signatures and disclaimers, pasted EHR screens with tabs, notes wrapped at 60-76
 * columns, OCR'd intake forms and faxes with stray characters, assistant Markdown tables, and JSON
 * records (paging logs, mail, OCR fields, transcripts, summaries, census exports, chat exports,
 * kiosk check-ins with a legacy screen as JSON text) holding such text; its own caps and
 * lower-case drug, lab, code (ICD-10 with and without dots, MS-DRG, CPT with modifiers), eponym,
 * device, payer and organisation lists. Staff logins, initials and lower-case first names are
 * names; badge, accession, job and transport numbers are other ids; CLIA numbers are keep codes;
 * "5/2"-style month/day dates are PHI dates; rooms and times of day are not labeled. First score:
 * 16.33 % of PHI leaked, 2.81 % of keep strings destroyed.
 * `blind28`: written later again without reading the engine or the other splits' content,
 * long-form narrative hospital records as the public clinical de-identification corpora hold
 * them: discharge summaries with a hospital course by day, admission H&Ps with social and family
 * histories naming relatives, cardiology and diabetes letters to referring physicians ("Dear Dr.
 * ..."), radiology and echo reports with comparison dates, nursing, ICU, hospitalist, case
 * management, family meeting and telephone notes, transfer summaries between hospitals in named
 * towns, medication reconciliation tables, trauma and operative notes, death summaries, face
 * sheets and discharge instructions, note API results as JSON text, and JSON records (note
 * results, encounter lists, med lists, portal messages, transfer requests, device checks,
 * flowsheets); its own name lists (particle, hyphenated and word surnames, nicknames), towns,
 * counties, streets, brand-and-generic drug, lab, ICD-10, CPT and MS-DRG, eponym, device and
 * hospital lists. Bare day ordinals ("by the 16th": "16th"), month/day ("3/14") and month/year
 * ("11/2023") are PHI dates; employers named in a social history are other ids (Safe Harbor's
 * catch-all); pagers are phones; accession, Rx, police-report and medical-examiner numbers are
 * other ids; transcriptionist and sonographer initials are names; times of day, hospital days and
 * "HD #3" are not labeled. First score: 6.03 % of PHI leaked, 1.42 % of keep strings destroyed.
 * `blind29`: written later again without reading the engine or the other splits' content:
 * longitudinal outpatient records of the n2c2 2014 kind: "Record date:" headed primary care,
 * cardiology, diabetes, renal, vascular and pulmonary follow-ups, series of dated visits for one
 * patient, nurse-practitioner, telephone and portal notes, medication reconciliations, results
 * and referral letters with cc: lists, problem lists with onset dates and ICD-10/SNOMED codes,
 * social histories naming spouses, children, family ages and home towns, typed signatures with
 * credentials, initials, typist initials and dictation dates, other hospitals named as keep
 * strings, work and parking-placard forms, lower-case abbreviated notes, and a quarter JSON
 * (EHR note, encounter, problem, results, demographics and telehealth APIs, MCP results with the
 * note in a text block); its own name, town, drug, code, eponym and device lists. Staff initials
 * ("OTF", typist "/tv") are names; month/day dates are PHI; employers are not labeled; employee,
 * badge and FMLA case numbers are other ids. First score: 6.16 % of PHI leaked, 1.65 % of keep
 * strings destroyed.
 * `blind30`: written later again without reading the engine or the other splits' content, the
 * general mix an MCP gateway in front of clinical systems carries, about half text and half JSON:
 * ED, progress, discharge, consult, nursing, telephone, pathology and imaging notes, portal
 * messages and replies, secure team chat, fax referral covers, registration face sheets,
 * pharmacy labels, SMS reminders, lab tables in Markdown, CSV and TSV, 835/277 claim exports,
 * agent summaries and tool calls in plain language with errors quoting their input; EHR, payer,
 * pharmacy and scheduling JSON in camelCase, snake_case and abbreviated keys (FHIR-like Patient,
 * encounters, eligibility with dependents, referrals, SQL columnar rows, device audit events) and
 * MCP tool results with JSON and CSV text blocks and structuredContent, resource reads, prompt
 * arguments and JSON-RPC errors. Dates in thirteen spellings, encounter date-times (PHI: the
 * time of a person's visit) and dates without a year; phones with extensions (the extension is
 * part of the number) and dial strings and 7-digit local numbers; addresses in lines and in
 * fields with units apart; hospitals, payers, labs, pharmacies and services as keep strings; its
 * own lists. First score: 5.59 % of PHI leaked, 1.87 % of keep strings destroyed.
 * `blind31`: written later again without reading the engine or the other splits' content,
 * Synthea-generated synthetic patients as an MCP server for FHIR and EHR data hands them out:
 * Synthea CSV exports (patients, encounters, conditions, medications, observations, providers,
 * organizations, devices, imaging studies), its plain-text patient summaries, generated clinical
 * notes, C-CDA recordTarget and author fragments and its console run log; notes written from
 * such records (intake, an ED note after a car crash, a referral fax, an immunisation letter);
 * FHIR R4 Patient, transaction and searchset Bundles, MedicationRequest, Claim,
 * ExplanationOfBenefit, Practitioner, Organization, Device, ImagingStudy, DocumentReference,
 * CarePlan and Provenance; MCP tools/call requests and results and resources/read of `ehr://`
 * CSV and `fhir://` resources; its own lists (digit-suffixed given and family names as Synthea
 * makes them, Massachusetts-like towns, counties, FIPS codes and ZIPs starting with 0, streets,
 * codes, RxNorm descriptions, devices, organisations). A name with its digits is one span
 * ("Marcus276"); prefixes and degrees are unlabeled; only a date-time's date is PHI; system
 * stamps (meta.lastUpdated, issued, Provenance.recorded) are keep timestamps; resource UUIDs are
 * keep uuids; "999-" SSNs are SSNs, "S999..." driver's licences licences, passports and DICOM
 * UIDs other ids; county FIPS codes, coordinates and facility addresses are geography. First
 * score: 24.23 % of PHI leaked, 9.56 % of keep strings destroyed.
 * `blind32`: written later again without reading the engine or the other splits' content, in
 * the style of public PII/PHI evaluation sets (the presidio-research kind) in a health setting:
 * two thirds short templated sentences, chat lines, agent questions, support tickets, form dumps,
 * SMS reminders, emergency contacts and short notes, with values shaped as Python Faker formats
 * them (names with prefixes, degrees and generational suffixes, word surnames, "Ports" and
 * "Stravenue" streets, "East Jennifer" towns, USNS/PSC/Unit-Box military addresses, "001-...",
 * "(555)555-5555x123" and "+1-..." phones, Luhn-valid cards of eight networks, mod-97 IBANs and
 * BBANs, passports, driver's licences, plates, VINs, NPI/DEA, usernames, IPv4/IPv6, surname
 * websites, en_GB/en_AU/en_CA/en_IN shapes with NHS numbers); one third JSON: Faker profile
 * records (also as MCP text blocks), web-form submissions, CRM contacts, payment records,
 * evaluation records with entity spans, appointment and device tool calls, a patient lookup with
 * structured content, a contacts export; its own lists. Titles and degrees are outside a name's
 * span, "Jr." and "III" inside; usernames made from names are names; card numbers, "card ending"
 * last fours, IBANs and BBANs are accounts (expiry, CVV and network unlabeled); passports and
 * driver's licences are licences; NHS, NI, SIN and claim numbers other ids; APO/FPO lines and
 * states unlabeled; Indian PIN codes and profile coordinates geo; job titles and employers
 * unlabeled; only a date-time's date part is labeled. First score: 4.80 % of PHI leaked, 2.44 %
 * of keep strings destroyed.
 * `blind33`: written later again without reading the engine or the other splits' content, after
 * this round's fixes for blind30 to blind32, the mainstream mix an outside evaluator would put in
 * a labeled set for an MCP gateway in front of an EHR: half clinical text (ED, hospitalist
 * progress, discharge, operative, radiology, pathology, nursing, telephone, portal, referral,
 * social-work, case-management, cardiology consult, bedside procedure, results letter, death
 * pronouncement), half what EHR-facing MCP tools take and return (a patient search in plain
 * language and its results, encounter notes, medication lists, a FHIR lab bundle, a resource read
 * of discharge instructions, appointments, orders, claims, eligibility, care teams, secure
 * messages, an identity-verification audit event, a ride booking with a VIN and plate, an implant
 * registry), JSON inside text blocks, camelCase, snake_case and PascalCase keys; its own lists.
 * Names whole in every form (HL7 carets, "Last, First", initial and surname, user handles made
 * from names); dates in eight spellings with month/day and an implant's month/year; extensions
 * part of a phone; MBI and group numbers health plan ids; accession, order, claim, case,
 * authorization and job numbers other ids; lot numbers, UDIs and serials devices; NDCs keep
 * codes. First score: 3.25 % of PHI leaked, 2.37 % of keep strings destroyed.
 * `blind34`: written in a later round again without reading the engine or the other splits'
 * content, the general mix from a fourth hand, varied by specialty and setting: urology operative
 * note, rheumatology consult letter, ENT progress, dermatology photo note, geriatric discharge,
 * sports-medicine return-to-play, DOT occupational exam, transplant clinic, dialysis run sheet,
 * correctional sick call, travel clinic, VA imaging report, a rural H&P with a JSON referral inside,
 * patient-portal chat, clinician chat, call-centre transcript, remittance lines, prior-authorization
 * fax, microbiology report; MCP search, read, write, list, summarize and resource-read calls and
 * results with structuredContent, a PascalCase claim, a kebab-case contact card, an abbreviated lab
 * feed, an FHIR Patient, an audit log, a device registry, an SMS reminder batch, a correctional
 * transfer; its own lists (names of many traditions with particles, hyphens, suffixes and
 * nicknames; small towns and counties; units, PO boxes, rural routes; UK postcodes). Chat handles
 * made from names, two-letter initials and names spelled letter by letter are names; VA "initial +
 * last four" numbers, inmate numbers, call ids, accessions, UNOS ids and TINs other ids; an
 * examiner's registry number a licence; EFT trace numbers accounts; vaccine lots, chair, bed, cell
 * and group numbers unlabeled; chat line stamps and e-signature, fax and paid stamps keep
 * timestamps. First score: 5.45 % of PHI leaked, 4.31 % of keep strings destroyed.
 * `blind35`: written in the same round, without reading the engine or the other splits'
 * content: records in the style of public PII/PHI benchmark corpora. Short multi-domain sentences
 * of the masking-corpus kind (education, finance, HR, legal, vehicles, crypto, networking,
 * health) and long synthetic health documents (intake forms, claims, consent letters, bills, trial
 * enrolment, telehealth transcripts, GP and Indian outpatient registration, travel declarations,
 * pharmacy delivery notes), as text and as MCP JSON (extraction results with entity lists,
 * masking-corpus rows with source and masked text as tool-call arguments, HR resource reads, bank,
 * KYC, e-sign, motor-claim, CRF and CSV exports); people and places of the US, UK, Ireland, India,
 * Australia, Canada, Germany, France and the Netherlands. Gender, eye colour, height, job title,
 * CVV, PIN, BIC, user agents, amounts and times unlabeled; card networks and companies keep
 * organisations; IBANs and cards accounts; crypto wallets (bech32, base58, ETH) other ids; MAC
 * addresses in three spellings devices; UK, Irish, Indian and Australian plates vehicles; passports
 * and driving licences licences; NI, Aadhaar, PAN, TFN, PPSN, BSN and Steuer-ID other ids, a
 * Canadian SIN an SSN; NHS, Medicare AU, ABHA, Vitale and OHIP numbers health plan ids; Indian PIN
 * codes geo; usernames, UPI handles and ABHA addresses made from a name names. First score:
 * 6.93 % of PHI leaked, 3.80 % of keep strings destroyed.
 * `blind36`: written in a later round, without reading the engine or the other splits' content:
 * MCP traffic as a gateway in front of clinical MCP servers sees it, JSON-RPC frames of the 2025
 * revisions and of the 2026-07-28 stateless era: tool calls (patient lookup, note writer,
 * scheduler with medical transport, claims, secure messaging, e-prescribing, identity
 * verification) with arguments under keys that say nothing ("q", "value", "arg0"), results with
 * JSON text blocks beside structuredContent, embedded resources and resource links, isError
 * results and error.data quoting the offending argument, resources read and listed, templates,
 * prompts, completions, sampling requests and results, elicitation requests and answers, log and
 * progress notifications, initialize and tools/list, input-required rounds with their
 * requestState (some of it base64, unlabeled), tasks and 2025-03-26 batches; and as text a
 * client's transcript, an agent's tool-use trace, a server's stderr, an inspector's
 * pretty-printed frame and key=value gateway audit lines. MRNs inside `ehr://patients/<mrn>/…`
 * URIs are MRNs; portal addresses URLs; exported photo file names photos; biometric template
 * ids biometrics; protocol and client versions, request, task and option UUIDs, system
 * timestamps, years and hospital-wide figures kept; tool and method names, numeric request ids,
 * progress tokens and amounts unlabeled. First score: 5.20 % of PHI leaked, 3.05 % of keep
 * strings destroyed (every `_meta` protocol revision read as a date).
 * `blind37`: written in the same round, without reading the engine or the other splits' content:
 * an outside evaluator's test set measuring every Safe Harbor type evenly, the rare ones as much
 * as names and dates: face sheets, progress notes, discharge summaries, referral letters,
 * prior-authorization requests, incident reports, implant registries and device-clinic reviews,
 * DME orders, transport and parking records, motor-vehicle triage notes, telehealth logs,
 * release-of-information requests, research consents, portal accounts, statements, nursing
 * handoffs, phone encounters and unit censuses, and EHR MCP results (patient search, FHIR
 * Patient and Coverage, notes, implant registry, telehealth, parking, release of information,
 * portal, claim status) with JSON inside text blocks. Dates in sixteen spellings and "Mar 2019";
 * driver's licences of ten state shapes beside NPI, DEA, state and board licences; VINs and
 * plates; UDIs, serials and home monitors' MAC addresses; fingerprint, retina, voiceprint and
 * face references biometrics; photo files and photo reference ids photos; employee, student,
 * study, case, claim, authorization and username ids other ids; masked bank numbers
 * ("****1234") accounts; routing numbers, protocol numbers, rooms, amounts and vitals
 * unlabeled. First score: 5.00 % of PHI leaked, 0.94 % of keep strings destroyed.
 * `blind27`: written later again without reading the engine or the other splits' content, the
 * mix a general de-identification test set holds, as an outside evaluator would write it for an
 * MCP gateway: SOAP progress notes, cardiology consults, ED notes after car crashes, discharge
 * summaries, operative, pathology, lab and radiology reports, SMS appointment reminders, clinic
 * schedules as Markdown tables, CMS-1500 claims and 835 remittances as text, patient-portal
 * threads with audit lines, scheduling chat transcripts, referral letters, SBAR handoffs,
 * telehealth notes, pharmacy callback logs and search results as JSON text, and JSON tools/call
 * arguments and results (patient, encounter, appointment, claim status, lab, device registry,
 * portal audit, referral, medication history and intake records, a discharge as JSON in a text
 * block); its own name lists (names of many origins, word names, hyphenated and particle
 * surnames, nicknames), streets, towns, drug, lab, ICD-10, CPT, LOINC, SNOMED CT, eponym, device,
 * scanner and organisation lists. Accession, claim, encounter, appointment, Rx, job, police
 * report, badge and tax ids are other ids; EFT trace numbers are accounts; plan group numbers are
 * health plan ids; lot, station, transmitter, kiosk and wander-alarm tag numbers are devices;
 * palm-vein and voice samples are biometrics; states, times of day and rooms are not labeled.
 * First score: 3.50 % of PHI leaked, 1.09 % of keep strings destroyed.
 */
import { BLIND_JSON_DOCS } from './gen/blind/json-docs';
import { BLIND_TEXT_DOCS } from './gen/blind/text-docs';
import { BLIND2_JSON_DOCS } from './gen/blind2/json-docs';
import { BLIND2_TEXT_DOCS } from './gen/blind2/text-docs';
import { BLIND3_JSON_DOCS } from './gen/blind3/json-docs';
import { BLIND3_TEXT_DOCS } from './gen/blind3/text-docs';
import { BLIND4_JSON_DOCS } from './gen/blind4/json-docs';
import { BLIND4_TEXT_DOCS } from './gen/blind4/text-docs';
import { BLIND5_JSON_DOCS } from './gen/blind5/json-docs';
import { BLIND5_TEXT_DOCS } from './gen/blind5/text-docs';
import { BLIND6_JSON_DOCS } from './gen/blind6/json-docs';
import { BLIND6_TEXT_DOCS } from './gen/blind6/text-docs';
import { BLIND7_JSON_DOCS } from './gen/blind7/json-docs';
import { BLIND7_TEXT_DOCS } from './gen/blind7/text-docs';
import { BLIND8_JSON_DOCS } from './gen/blind8/json-docs';
import { BLIND8_TEXT_DOCS } from './gen/blind8/text-docs';
import { BLIND9_JSON_DOCS } from './gen/blind9/json-docs';
import { BLIND9_TEXT_DOCS } from './gen/blind9/text-docs';
import { BLIND10_JSON_DOCS } from './gen/blind10/json-docs';
import { BLIND10_TEXT_DOCS } from './gen/blind10/text-docs';
import { BLIND11_JSON_DOCS } from './gen/blind11/json-docs';
import { BLIND11_TEXT_DOCS } from './gen/blind11/text-docs';
import { BLIND12_JSON_DOCS } from './gen/blind12/json-docs';
import { BLIND12_TEXT_DOCS } from './gen/blind12/text-docs';
import { BLIND13_JSON_DOCS } from './gen/blind13/json-docs';
import { BLIND13_TEXT_DOCS } from './gen/blind13/text-docs';
import { BLIND14_JSON_DOCS } from './gen/blind14/json-docs';
import { BLIND14_TEXT_DOCS } from './gen/blind14/text-docs';
import { BLIND15_JSON_DOCS } from './gen/blind15/json-docs';
import { BLIND15_TEXT_DOCS } from './gen/blind15/text-docs';
import { BLIND16_JSON_DOCS } from './gen/blind16/json-docs';
import { BLIND16_TEXT_DOCS } from './gen/blind16/text-docs';
import { BLIND17_JSON_DOCS } from './gen/blind17/json-docs';
import { BLIND17_TEXT_DOCS } from './gen/blind17/text-docs';
import { BLIND18_JSON_DOCS } from './gen/blind18/json-docs';
import { BLIND18_TEXT_DOCS } from './gen/blind18/text-docs';
import { BLIND19_JSON_DOCS } from './gen/blind19/json-docs';
import { BLIND19_TEXT_DOCS } from './gen/blind19/text-docs';
import { BLIND20_JSON_DOCS } from './gen/blind20/json-docs';
import { BLIND20_TEXT_DOCS } from './gen/blind20/text-docs';
import { BLIND21_JSON_DOCS } from './gen/blind21/json-docs';
import { BLIND21_TEXT_DOCS } from './gen/blind21/text-docs';
import { BLIND22_JSON_DOCS } from './gen/blind22/json-docs';
import { BLIND22_TEXT_DOCS } from './gen/blind22/text-docs';
import { BLIND23_JSON_DOCS } from './gen/blind23/json-docs';
import { BLIND23_TEXT_DOCS } from './gen/blind23/text-docs';
import { BLIND24_JSON_DOCS } from './gen/blind24/json-docs';
import { BLIND24_TEXT_DOCS } from './gen/blind24/text-docs';
import { BLIND25_JSON_DOCS } from './gen/blind25/json-docs';
import { BLIND25_TEXT_DOCS } from './gen/blind25/text-docs';
import { BLIND26_JSON_DOCS } from './gen/blind26/json-docs';
import { BLIND26_TEXT_DOCS } from './gen/blind26/text-docs';
import { BLIND27_JSON_DOCS } from './gen/blind27/json-docs';
import { BLIND27_TEXT_DOCS } from './gen/blind27/text-docs';
import { BLIND28_JSON_DOCS } from './gen/blind28/json-docs';
import { BLIND28_TEXT_DOCS } from './gen/blind28/text-docs';
import { BLIND29_JSON_DOCS } from './gen/blind29/json-docs';
import { BLIND29_TEXT_DOCS } from './gen/blind29/text-docs';
import { BLIND30_JSON_DOCS } from './gen/blind30/json-docs';
import { BLIND30_TEXT_DOCS } from './gen/blind30/text-docs';
import { BLIND31_JSON_DOCS } from './gen/blind31/json-docs';
import { BLIND31_TEXT_DOCS } from './gen/blind31/text-docs';
import { BLIND32_JSON_DOCS } from './gen/blind32/json-docs';
import { BLIND32_TEXT_DOCS } from './gen/blind32/text-docs';
import { BLIND33_JSON_DOCS } from './gen/blind33/json-docs';
import { BLIND33_TEXT_DOCS } from './gen/blind33/text-docs';
import { BLIND34_JSON_DOCS } from './gen/blind34/json-docs';
import { BLIND34_TEXT_DOCS } from './gen/blind34/text-docs';
import { BLIND35_JSON_DOCS } from './gen/blind35/json-docs';
import { BLIND35_TEXT_DOCS } from './gen/blind35/text-docs';
import { BLIND36_JSON_DOCS } from './gen/blind36/json-docs';
import { BLIND36_TEXT_DOCS } from './gen/blind36/text-docs';
import { BLIND37_JSON_DOCS } from './gen/blind37/json-docs';
import { BLIND37_TEXT_DOCS } from './gen/blind37/text-docs';
import { type Cast, cast } from './gen/cast';
import { Gen } from './gen/context';
import { DEV_JSON_DOCS } from './gen/dev/json-docs';
import { DEV_MORE_JSON_DOCS, DEV_MORE_TEXT_DOCS } from './gen/dev/more-docs';
import { DEV_TEXT_DOCS } from './gen/dev/text-docs';
import { type Frag, type JsonTree, render, renderJson } from './gen/fragment';
import { HELDOUT_JSON_DOCS } from './gen/heldout/json-docs';
import { HELDOUT_TEXT_DOCS } from './gen/heldout/text-docs';
import type { QualityDoc, Split } from './labels';

type TextTemplate = (g: Gen, c: Cast) => Frag;
type JsonTemplate = (g: Gen, c: Cast) => JsonTree;

interface SplitSpec {
  seed: number;
  /** Documents per template. */
  perTemplate: number;
  text: Record<string, TextTemplate>;
  json: Record<string, JsonTemplate>;
}

const SPECS: Record<Split, SplitSpec> = {
  dev: {
    seed: 20_260_117,
    perTemplate: 40,
    text: { ...DEV_TEXT_DOCS, ...DEV_MORE_TEXT_DOCS },
    json: { ...DEV_JSON_DOCS, ...DEV_MORE_JSON_DOCS },
  },
  heldout: { seed: 7_340_221, perTemplate: 40, text: HELDOUT_TEXT_DOCS, json: HELDOUT_JSON_DOCS },
  blind: { seed: 91_825_463, perTemplate: 40, text: BLIND_TEXT_DOCS, json: BLIND_JSON_DOCS },
  blind2: { seed: 48_151_623, perTemplate: 40, text: BLIND2_TEXT_DOCS, json: BLIND2_JSON_DOCS },
  blind3: { seed: 30_517_293, perTemplate: 40, text: BLIND3_TEXT_DOCS, json: BLIND3_JSON_DOCS },
  blind4: { seed: 62_093_417, perTemplate: 40, text: BLIND4_TEXT_DOCS, json: BLIND4_JSON_DOCS },
  blind5: { seed: 15_880_729, perTemplate: 40, text: BLIND5_TEXT_DOCS, json: BLIND5_JSON_DOCS },
  blind6: { seed: 77_412_059, perTemplate: 40, text: BLIND6_TEXT_DOCS, json: BLIND6_JSON_DOCS },
  blind7: { seed: 23_964_181, perTemplate: 40, text: BLIND7_TEXT_DOCS, json: BLIND7_JSON_DOCS },
  blind8: { seed: 58_306_447, perTemplate: 40, text: BLIND8_TEXT_DOCS, json: BLIND8_JSON_DOCS },
  blind9: { seed: 91_174_523, perTemplate: 40, text: BLIND9_TEXT_DOCS, json: BLIND9_JSON_DOCS },
  blind10: { seed: 36_728_915, perTemplate: 40, text: BLIND10_TEXT_DOCS, json: BLIND10_JSON_DOCS },
  blind11: { seed: 64_093_277, perTemplate: 40, text: BLIND11_TEXT_DOCS, json: BLIND11_JSON_DOCS },
  blind12: { seed: 47_215_839, perTemplate: 40, text: BLIND12_TEXT_DOCS, json: BLIND12_JSON_DOCS },
  blind13: { seed: 83_560_142, perTemplate: 40, text: BLIND13_TEXT_DOCS, json: BLIND13_JSON_DOCS },
  blind14: { seed: 19_637_508, perTemplate: 40, text: BLIND14_TEXT_DOCS, json: BLIND14_JSON_DOCS },
  blind15: { seed: 72_481_936, perTemplate: 40, text: BLIND15_TEXT_DOCS, json: BLIND15_JSON_DOCS },
  blind16: { seed: 58_302_671, perTemplate: 40, text: BLIND16_TEXT_DOCS, json: BLIND16_JSON_DOCS },
  blind17: { seed: 36_914_825, perTemplate: 40, text: BLIND17_TEXT_DOCS, json: BLIND17_JSON_DOCS },
  blind18: { seed: 47_120_389, perTemplate: 40, text: BLIND18_TEXT_DOCS, json: BLIND18_JSON_DOCS },
  blind19: { seed: 90_268_417, perTemplate: 40, text: BLIND19_TEXT_DOCS, json: BLIND19_JSON_DOCS },
  blind20: { seed: 63_507_142, perTemplate: 40, text: BLIND20_TEXT_DOCS, json: BLIND20_JSON_DOCS },
  blind21: { seed: 71_843_296, perTemplate: 40, text: BLIND21_TEXT_DOCS, json: BLIND21_JSON_DOCS },
  blind22: { seed: 28_659_013, perTemplate: 40, text: BLIND22_TEXT_DOCS, json: BLIND22_JSON_DOCS },
  blind23: { seed: 55_214_780, perTemplate: 40, text: BLIND23_TEXT_DOCS, json: BLIND23_JSON_DOCS },
  blind24: { seed: 39_406_817, perTemplate: 40, text: BLIND24_TEXT_DOCS, json: BLIND24_JSON_DOCS },
  blind25: { seed: 84_127_530, perTemplate: 40, text: BLIND25_TEXT_DOCS, json: BLIND25_JSON_DOCS },
  blind26: { seed: 17_958_264, perTemplate: 40, text: BLIND26_TEXT_DOCS, json: BLIND26_JSON_DOCS },
  blind27: { seed: 62_301_847, perTemplate: 40, text: BLIND27_TEXT_DOCS, json: BLIND27_JSON_DOCS },
  blind28: { seed: 39_574_120, perTemplate: 40, text: BLIND28_TEXT_DOCS, json: BLIND28_JSON_DOCS },
  blind29: { seed: 71_046_293, perTemplate: 40, text: BLIND29_TEXT_DOCS, json: BLIND29_JSON_DOCS },
  blind30: { seed: 25_813_679, perTemplate: 40, text: BLIND30_TEXT_DOCS, json: BLIND30_JSON_DOCS },
  blind31: { seed: 48_207_915, perTemplate: 40, text: BLIND31_TEXT_DOCS, json: BLIND31_JSON_DOCS },
  blind32: { seed: 93_615_284, perTemplate: 40, text: BLIND32_TEXT_DOCS, json: BLIND32_JSON_DOCS },
  blind33: { seed: 16_482_753, perTemplate: 40, text: BLIND33_TEXT_DOCS, json: BLIND33_JSON_DOCS },
  blind34: { seed: 70_394_128, perTemplate: 40, text: BLIND34_TEXT_DOCS, json: BLIND34_JSON_DOCS },
  blind35: { seed: 52_917_406, perTemplate: 40, text: BLIND35_TEXT_DOCS, json: BLIND35_JSON_DOCS },
  blind36: { seed: 83_160_275, perTemplate: 40, text: BLIND36_TEXT_DOCS, json: BLIND36_JSON_DOCS },
  blind37: { seed: 27_649_381, perTemplate: 40, text: BLIND37_TEXT_DOCS, json: BLIND37_JSON_DOCS },
};

export function templateNames(split: Split): string[] {
  const spec = SPECS[split];
  return [...Object.keys(spec.text), ...Object.keys(spec.json)];
}

/**
 * The split's documents, the same on every call. Another `seed` draws other people, values and
 * template choices from the same templates: a check that a score is not the luck of one draw.
 */
export function generateSplit(split: Split, seed?: number): QualityDoc[] {
  const spec = SPECS[split];
  const g = new Gen(split, seed ?? spec.seed);
  const docs: QualityDoc[] = [];
  for (let i = 0; i < spec.perTemplate; i++) {
    for (const [kind, template] of Object.entries(spec.text)) {
      const { text, labels } = render(template(g, cast(g)));
      docs.push({ id: `${split}/${kind}/${i}`, kind, format: 'text', text, labels });
    }
    for (const [kind, template] of Object.entries(spec.json)) {
      const { value, labels } = renderJson(template(g, cast(g)));
      docs.push({ id: `${split}/${kind}/${i}`, kind, format: 'json', value, labels });
    }
  }
  return docs;
}
