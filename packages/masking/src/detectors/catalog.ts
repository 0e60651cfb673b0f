/** Every built-in detector module, for the detection pipeline to list in order. */
export * as address from './address';
export * as cda from './cda';
export * as contact from './contact';
export * as dates from './dates';
export * as dicom from './dicom';
export * as hl7 from './hl7';
export * as identifiers from './identifiers';
export * as intlAddresses from './intl-addresses';
export * as intlPhones from './intl-phones';
export * as keyValues from './key-values';
export * as labelledIds from './labelled-ids';
export * as media from './media';
export * as nameContinuation from './name-continuation';
export * as names from './names';
export * as quotedInput from './quoted-input';
export * as tables from './tables';
export * as x12 from './x12';
