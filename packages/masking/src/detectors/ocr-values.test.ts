import { describe, it } from 'vitest';
import { expectDetected, expectKept, expectNoType } from '../test-helpers';

describe('numbers read by OCR', () => {
  it.each([
    ['FROM:4O1-8S5-4130  TO:(335) 736-5109', '4O1-8S5-4130', 'fax'],
    ['Ph(H):983-94S-6374  Ph(W):____', '983-94S-6374', 'phone'],
    ['Ph(H):(2ll) 797-O474', '(2ll) 797-O474', 'phone'],
    ['Date:2O23-ll-15  Signature:____', '2O23-ll-15', 'date'],
    ['Date:O4/OS/2O23  Signature:____', 'O4/OS/2O23', 'date'],
    ['Date:November S, 2O23  Signature', 'November S, 2O23', 'date'],
    ['MRNH276Ol86   Ins:Aetna', 'H276Ol86', 'mrn'],
    ['Addr: 2846 Quarry Rd  Bemidji MN45792', '45792', 'zip'],
    ['Addr: 12 Mill Lane  Wasilla AK80104-2698', '80104-2698', 'zip'],
  ] as const)('finds %s', (text, value, type) => expectDetected(text, value, type));

  it("reads a state glued to its ZIP only after a town's word and a blank", () => {
    expectDetected('Addr: 5 Elm St\nBemidji,\tMN45792', '45792', 'zip');
    expectDetected('Gallup NM98394', '98394', 'zip');
    expectNoType('Ref: code NM98394 issued', 'zip');
    expectNoType('Bemidji-MN45792 batch', 'zip');
    expectNoType('Bemidji XX45792 batch', 'zip');
  });

  it('keeps words and measures with digit-like letters', () => {
    expectKept('SpO2 98% on 2L, O2 sat 94%, SOS 12 mg');
    expectKept('ISO 13485 and IEC 60601-1 certified');
    expectKept('Lot 2O23 shipped, see page 12');
  });
});
