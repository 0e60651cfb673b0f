import { describe, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';

const AAMVA = [
  '@',
  'ANSI 636014090102DL00410279ZC03200024DLDAQQ5550123',
  'DCSQUELLMAN',
  'DACORVIN',
  'DADNONE',
  'DBB03171984',
  'DAG12 Larkin Row',
  'DAIFernwick Falls',
  'DAJCA',
  'DAK958220000  ',
  'DCGUSA',
].join('\n');

describe('licence barcodes (AAMVA)', () => {
  it.each([
    ['Q5550123', 'license'],
    ['QUELLMAN', 'name'],
    ['ORVIN', 'name'],
    ['03171984', 'date'],
    ['12 Larkin Row', 'street_address'],
    ['Fernwick Falls', 'geo'],
    ['958220000', 'zip'],
  ] as const)('finds %s as %s', (value, type) => expectDetected(AAMVA, value, type));

  it('keeps the elements that say nothing of the person', () => expectKept(AAMVA, 'DCGUSA'));
  it('reads no element outside a barcode payload', () => expectKept('DCSQUELLMAN was the code', 'QUELLMAN'));
});

const VCARD = [
  'BEGIN:VCARD',
  'VERSION:4.0',
  'N:Quellman;Orvin;Tasso;Dr.;',
  'ADR;TYPE=home:;Flat 3;12 Larkin Row;Fernwick Falls;VT;05401;USA',
  'ADR;TYPE=postal:PO Box 881;;;Fernwick Falls;VT;05402;USA',
  'END:VCARD',
].join('\n');

describe('contact cards (vCard)', () => {
  it.each([
    ['Quellman', 'name'],
    ['Orvin', 'name'],
    ['Tasso', 'name'],
    ['Fernwick Falls', 'geo'],
    ['Flat 3', 'street_address'],
    ['12 Larkin Row', 'street_address'],
    ['PO Box 881', 'street_address'],
    ['05401', 'zip'],
    ['05402', 'zip'],
  ] as const)('finds %s as %s', (value, type) => expectDetected(VCARD, value, type));

  it('keeps the region and the country', () => {
    expectKept(VCARD, 'VT');
    expectKept(VCARD, 'USA');
  });
});
