/**
 * Words that carry a sentence on after a person's name and that no name is made of: function
 * words and the verbs people and their carers do in notes ("my daughter lives nearby", "her
 * sister checks on her", "son drives him to dialysis").
 */
export const SENTENCE_WORDS: ReadonlySet<string> = new Set(
  'is was and or i the a an will can could would should has had have not at on in to be are were me him her them it that this who your our just only from about he she they we you his said says told tells asked asks thinks wants needs did does went got lives lived stays stayed moved works worked helps helped visits visited drives drove comes came calls called brings brought takes took picks picked checks checked cooks cleans shops manages managed assists assisted handles provides provided sees saw gives gave watches cares looks sits'.split(
    ' ',
  ),
);
