import { describe, expect, it } from 'vitest';
import { normalizeKey, ruleHolds } from './field-rules';
import { studyFieldRule } from './study-fields';

/** The type a value under `key` (beside `siblings`) is masked as, or undefined when it stays. */
function maskedAs(key: string, value: string, siblings: string[], parentKey?: string): string | undefined {
  const rule = studyFieldRule(normalizeKey(key), parentKey, [key, ...siblings]);
  return rule !== undefined && ruleHolds(rule, value) ? rule.type : undefined;
}

describe('study fields', () => {
  it('masks a subject, participant, specimen or aliquot number under its key', () => {
    expect(maskedAs('participantId', 'SUBJ-66-859', ['specimenId', 'collected'])).toBe('other_id');
    expect(maskedAs('participant', 'DRY134-571', ['device', 'lastSync'])).toBe('other_id');
    expect(maskedAs('specimenId', '9412323059.7', ['participantId'])).toBe('other_id');
    expect(maskedAs('Sample_ID', 'BB25-287129-BC', ['Sample_Name', 'Well'])).toBe('other_id');
    expect(maskedAs('courierTracking', '683678488495', ['biobank'])).toBe('other_id');
    expect(maskedAs('iisId', '9751370803', ['patient', 'history'])).toBe('other_id');
  });

  it('leaves a name under participant to the name detectors and a word under an id key alone', () => {
    expect(maskedAs('participant', 'evaristo drummond-hay', ['subject_id', 'event'])).toBeUndefined();
    expect(maskedAs('specimenId', 'pending', ['participantId'])).toBeUndefined();
  });

  it("masks a subject's initials under an initials key beside a study's fields only", () => {
    expect(maskedAs('subj_init', 'LFV', ['record_id', 'dob'])).toBe('name');
    expect(maskedAs('initials', 'NAF', ['pd_id', 'subject', 'occurred'])).toBe('name');
    expect(maskedAs('subject', '573-2401', ['pd_id', 'initials', 'occurred'])).toBe('other_id');
    // A font's or a form's "initials" elsewhere, a mail's subject line.
    expect(maskedAs('initials', 'ABC', ['font', 'size'])).toBeUndefined();
    expect(maskedAs('subject', 'Re: 2024 audit', ['from', 'to'])).toBeUndefined();
    expect(maskedAs('subj_init', 'unknown', ['record_id'])).toBeUndefined();
  });

  it('masks a sample name made of a person’s name and birth date, not a control’s', () => {
    expect(maskedAs('Sample_Name', 'HRYTSENKO_P_19540627', ['Sample_ID'])).toBe('name');
    expect(maskedAs('sample_name', 'Truong-Hodan', ['sample_id'], 'samples')).toBe('name');
    expect(maskedAs('Sample_Name', 'NA12878', ['Sample_ID'])).toBeUndefined();
    expect(maskedAs('Sample_Name', 'Tumor_Normal', ['Sample_ID'])).toBeUndefined();
    expect(maskedAs('Sample_Name', 'NTC_01', ['Sample_ID'])).toBeUndefined();
  });

  it('masks signature and face-match templates', () => {
    expect(maskedAs('signature_template', 'DM-3274-TEW', ['participant'])).toBe('biometric');
    expect(maskedAs('face_match_template', 'GH-2586-WYN', ['caller'])).toBe('biometric');
  });

  it("reads a cancer registry's NAACCR item numbers only in an abstract", () => {
    const abstract = ['70', '90', '100', '230', '240', '390', '2230', '2300'];
    expect(maskedAs('2300', '55788348', abstract)).toBe('mrn');
    expect(maskedAs('240', '19340921', abstract)).toBe('date');
    expect(maskedAs('2230', 'VANG', abstract)).toBe('name');
    expect(maskedAs('100', '08491', abstract)).toBe('zip');
    expect(maskedAs('70', 'Vossburg', abstract)).toBe('geo');
    expect(maskedAs('230', '91', abstract)).toBe('age');
    // An age under 90 and a histology code stay; numbered keys of any other object say nothing.
    expect(maskedAs('230', '62', abstract)).toBeUndefined();
    expect(maskedAs('522', '8070/3', abstract)).toBeUndefined();
    expect(maskedAs('2300', '55788348', ['200', '404', '500'])).toBeUndefined();
  });

  it("masks an age of 90 or more at a study's visit, not a younger one", () => {
    expect(maskedAs('age_scr', '96', ['dob', 'visit_dt'])).toBe('age');
    expect(maskedAs('age_bl', '100', ['dob'])).toBe('age');
    expect(maskedAs('age_scr', '59', ['dob'])).toBeUndefined();
    expect(maskedAs('agent', '95', ['run'])).toBeUndefined();
  });

  it("masks an immunisation history's dates, a PBM cardholder and a prescriber's NPI", () => {
    expect(maskedAs('date', '20231115', ['cvx', 'provider'])).toBe('date');
    expect(maskedAs('date', '20231115', ['build', 'commit'])).toBeUndefined();
    expect(maskedAs('CardholderID', '30256312401', ['BIN', 'PCN'])).toBe('health_plan');
    expect(maskedAs('PrescriberID', '2639769514', ['Drug'])).toBe('license');
    expect(maskedAs('PrescriberID', 'self', ['Drug'])).toBeUndefined();
  });
});
