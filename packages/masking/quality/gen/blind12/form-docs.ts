/** Forms and letters of blind split 12: OCR'd faxes, compensation and disability forms, GP letters. SYNTHETIC ONLY. */
import type { Gen } from '../context';
import { type Frag, phi, type Span, t } from '../fragment';
import { accountNo, claimNo, mrnLocal, nhi, npi, ohip, ppsn, sin, ssnField, vin } from './ids';
import { first, full, he, his, last, lastFirst, named, patient, person, staff, upper } from './people';
import { addressLine, phoneOf, place } from './places';
import { code, drug, eponym, lab, org, orgNamed, stamp, year } from './vocab';
import { ageSpan, dateOf, plusDays, recent, shortDate } from './when';

/** OCR confusions of a scanned fax: O for 0, l for 1, S for 5 now and then. */
function ocr(g: Gen, s: string): string {
  return s.replace(/[015]/g, (c) =>
    g.chance(0.45) ? (({ '0': 'O', '1': 'l', '5': 'S' } as Record<string, string>)[c] ?? c) : c,
  );
}

function ocrSpan(g: Gen, span: Span): Span {
  return phi(span.type as Parameters<typeof phi>[0], ocr(g, span.value), `ocr_${span.form ?? 'value'}`);
}

/** A faxed referral form as OCR returns it: run-in labels, underscored blanks, broken spacing. */
function ocrFaxReferral(g: Gen): Frag {
  const p = patient(g);
  const ref = person(g, 30, 68);
  const home = place(g, 'us');
  const d = recent(g);
  const faxFrom = phoneOf(g, 'us', 'fax');
  return t`${stamp(g)}  FROM:${ocrSpan(g, faxFrom)}  TO:${phoneOf(g, 'us', 'fax')}  P.OOl/OO${g.int(2, 6)}
R E F E R R A L   F O R M ____________________________________
PatientName:${phi('name', `${p.last.toUpperCase()},${p.first.toUpperCase()}`, 'ocr_upper')}__________ DOB:${ocrSpan(g, dateOf(g, p.dob, 'us'))}
Addr: ${home.street}  ${home.town} ${home.region}${home.postcode}
Ph(H):${ocrSpan(g, phoneOf(g, 'us'))}  Ph(W):________
MRN${ocrSpan(g, mrnLocal(g))}   Ins:${org(g, ['Aetna', 'Humana', 'Anthem'])}  ID#${ocrSpan(g, phi('health_plan', `${g.letters(3)}${g.digits(9)}`, 'member'))}
${ssnField(g)}
Reason for referral:${eponym(g, ['Schamroth window test', 'Cowden syndrome'])}? / ${lab(g, ['TSH', 'Hb', 'INR'])}  Dx ${code(g, ['ICD-10']).code}
Meds:${drug(g)}
ReferringMD:${phi('name', `${ref.first} ${ref.last}`.toUpperCase(), 'ocr_upper')} NPI:${npi(g)}  Fax back:${phoneOf(g, 'us', 'fax')}
Date:${ocrSpan(g, dateOf(g, d, 'us'))}  Signature:__________________`;
}

/** A US employer's first report of work injury, as typed into the state form. */
function workInjuryReport(g: Gen): Frag {
  const p = patient(g);
  const sup = person(g, 25, 65);
  const doc = person(g, 30, 68);
  const home = place(g, 'us');
  const inj = recent(g);
  return t`EMPLOYER'S FIRST REPORT OF INJURY OR ILLNESS
1. Employee: ${lastFirst(p)}   2. ${ssnField(g)}   3. DOB ${dateOf(g, p.dob, 'us')}
4. Home address: ${addressLine(home)}   5. Phone ${phoneOf(g, 'us')}
6. Date of injury: ${dateOf(g, inj, 'us')}   Time: ${g.int(1, 12)}:${g.pick(['05', '30', '45'])} ${g.pick(['AM', 'PM'])}   7. Date employer notified: ${shortDate(g, plusDays(inj, 1), 'us')}
8. Employer: ${org(g, ['Tyson Foods', 'Amazon Fulfillment', 'Sysco'])}, employee ID ${phi('other_id', `E${g.digits(6)}`, 'employee')}
9. Describe injury: ${g.pick(['lifting a 50 lb case, felt pop in R shoulder', 'forklift backed over L foot', 'slipped on wet floor in cooler'])}. Vehicle involved: company truck ${vin(g)}.
10. Treating physician: ${full(doc)}, NPI ${npi(g)}, ${phoneOf(g, 'us')}
11. Dx: ${code(g, ['ICD-10']).code}. ${drug(g, ['Palexia SR', 'Mersyndol Forte'])}. Off work until ${shortDate(g, plusDays(inj, 14), 'us')}.
12. Carrier claim # ${claimNo(g)}   Policy # ${accountNo(g)}
Prepared by: ${full(sup)}, supervisor    Date: ${dateOf(g, plusDays(inj, 2), 'us')}`;
}

/** A Canadian long-term disability attending-physician statement (WSIB or insurer), typed in boxes. */
function disabilityStatementCa(g: Gen): Frag {
  const p = patient(g);
  const md = person(g, 30, 68);
  const home = place(g, 'ca');
  const d = recent(g);
  return t`${org(g, ['WSIB Ontario', 'WorkSafeBC', 'Sun Life'])} - Attending Physician's Statement
Part A (claimant) | Surname: ${phi('name', p.last, 'last')} | Given name(s): ${phi('name', `${p.first} ${p.middle}`, 'first_middle')} | SIN: ${sin(g)}
| Health no.: ${ohip(g)} | DOB (YYYY-MM-DD): ${phi('date', p.dob.toISOString().slice(0, 10), 'iso')} | Claim no.: ${claimNo(g)}
| Address: ${addressLine(home)} | Tel: ${phoneOf(g, 'ca')}
Part B (physician) | First seen: ${dateOf(g, plusDays(d, -200), 'cw')} | Last seen: ${dateOf(g, d, 'cw')}
| Dx: ${code(g, ['ICD-10-CA', 'ICD-11']).code} | ${lab(g, ['PHQ9'])} | Meds: ${drug(g, ['Zyprexa Relprevv', 'Campral'])}, ${drug(g, ['thiamine (Betamin)', 'Somac'])}
| Restrictions: no driving, no shift work. Able to return: ${g.pick(['unknown', 'gradual RTW in 8 wks'])}
| Physician: ${staff(g, md)} | CPSO ${phi('license', g.digits(5), 'cpso')} | Fax ${phoneOf(g, 'ca', 'fax')}`;
}

/** A New Zealand GP e-referral with NHI and an ACC claim. */
function nzGpReferral(g: Gen): Frag {
  const p = patient(g);
  const gp = person(g, 30, 68);
  const home = place(g, 'nz');
  const d = recent(g);
  return t`e-Referral to ${orgNamed('Te Whatu Ora Waikato')} Orthopaedics - ${g.pick(['Urgent', 'Semi-urgent', 'Routine'])}
Patient: ${named(g, p)}  NHI: ${nhi(g)}  DOB: ${dateOf(g, p.dob, 'cw')}  Age ${ageSpan(p)}
Address: ${addressLine(home)}  Ph: ${phoneOf(g, 'nz')}
ACC claim ${phi('other_id', `${g.letters(2)}${g.digits(5)}`, 'acc')} (${orgNamed('ACC')}), injury date ${dateOf(g, plusDays(d, -g.int(5, 60)), 'cw')}
Kia ora, thank you for seeing ${first(p)}, ${g.pick(['a kaumātua', 'a shearer', 'a rugby coach'])} from ${home.town} who ${g.pick(['fell from a ladder', 'was kicked by a cow', 'twisted the knee at touch'])}. ${lab(g, ['sats', 'BSL'])}. X-ray at ${org(g, ['Pacific Radiology', 'Horizon Radiology'])}: ${code(g, ['ICD-10-AM', 'SNOMED CT']).code}.
Meds: ${drug(g, ['Palexia SR', 'cilazapril'])}. ${eponym(g, ['Schamroth window test'])} - no.
${his(p)[0]?.toUpperCase() ?? ''}${his(p).slice(1)} partner ${first(person(g))} can bring ${he(p) === 'she' ? 'her' : 'him'}, text ${phoneOf(g, 'nz')}.
Nāku noa, ${staff(g, gp)}, ${phi('geo', g.pick(['Ōtara', 'Kaitaia', 'Porirua']), 'city')} Medical Centre, HPI ${phi('license', `${g.digits(2)}${g.letters(2, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}${g.digits(2)}`, 'hpi_cpn')}`;
}

/** An Irish GP referral letter: PPSN, medical card, Eircode, hospital number. */
function irishGpLetter(g: Gen): Frag {
  const p = patient(g);
  const gp = person(g, 30, 68);
  const cons = person(g, 35, 68);
  const home = place(g, 'ie');
  const d = recent(g);
  return t`${dateOf(g, d, 'cw')}

Dr ${full(cons)}
Consultant Physician, ${org(g, ['University Hospital Galway', 'Mallow General Hospital'])}

Re: ${upper(p)}, ${addressLine(home)}
DOB ${dateOf(g, p.dob, 'cw')}   PPSN ${ppsn(g)}   Medical card no. ${phi('health_plan', `${g.digits(6)}${g.letters(1)}`, 'gms')}   Your ref ${mrnLocal(g)}

Dear ${last(cons)},
I'd be grateful if you would see this ${ageSpan(p)} year old ${p.sex === 'female' ? 'lady' : 'gentleman'} with ${g.pick(['worsening breathlessness', 'weight loss', 'recurrent syncope'])} since ${year(g, 2019, 2025)}. ${his(p)[0]?.toUpperCase() ?? ''}${his(p).slice(1)} ${lab(g, ['Hb'])} and ${lab(g, ['INR', 'TSH', 'ferritin'])}. ${eponym(g, ['Cowden syndrome', 'Marchiafava-Bignami disease'])} considered.
Current medication: ${drug(g)}, ${drug(g)}.
${he(p)[0]?.toUpperCase() ?? ''}${he(p).slice(1)} lives with ${his(p)} ${g.pick(['son', 'daughter', 'husband', 'wife'])} ${first(person(g))}; best contact ${phoneOf(g, 'ie')}.

Yours sincerely,
${staff(g, gp)}, ${home.town} Medical Practice, MCRN ${phi('license', g.digits(6), 'mcrn')}`;
}

export const FORM_DOCS: Record<string, (g: Gen) => Frag> = {
  ocrFaxReferral,
  workInjuryReport,
  disabilityStatementCa,
  nzGpReferral,
  irishGpLetter,
};
