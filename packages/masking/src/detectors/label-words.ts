/**
 * The words a form writes as its fields' labels ("Age 45 y/o", "D.O.B. 03/04/1961", "Sex F",
 * "MRN", "Wt 70 kg"): never a person's name, whatever follows them. An age, a date or a record
 * number after a capitalized word no dictionary knows is otherwise evidence of a name ("Quenby
 * 45 y/o"), so the label itself must be known as no name. Dotted forms ("D.O.B.", "M.R.N.") are
 * the same words. Words that are also given names ("Dea", "Sig") are left out.
 */
export const FORM_LABEL_WORDS: readonly string[] =
  'age sex gender dob dod doa dos mrn ssn npi pcp dx ddx hx rx wt ht bmi tel acct phn ihi adm'.split(' ');

const LABELS = new Set(FORM_LABEL_WORDS);
const DOTS = /\./g;

/** Whether `word` is a form's label word, in any case and with or without its dots ("D.O.B."). */
export function isFormLabelWord(word: string): boolean {
  return LABELS.has(word.replace(DOTS, '').toLowerCase());
}
