import { describe, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';

describe('the initials of a person the text names', () => {
  it.each([
    ['Message taken by Corliss Ambery (C.A.), ext 4410.', 'C.A.'],
    ['Message taken by Corliss Ambery (CMA), ext 4410.', 'CMA'],
    ['Patient: Ambery, Corliss (CJA), stable overnight.', 'CJA'],
    ['Provider: Tamsen Vallory, DO, FACP\nPlan as above. Signed 4/2/2024 by T.V..', 'T.V.'],
    ['Patient name: Ludo Ferrant\nSignature of patient: LPF  Date: 4/2/2024', 'LPF'],
  ])('finds them in %j', (text, value) => expectDetected(text, value, 'name'));

  it('keeps abbreviations, routes, credentials and states that share the letters', () => {
    expectKept('Patient: Harlan Nyquist\nHx HTN, on lisinopril.', 'HTN');
    expectKept('Patient: Rowan Nettles\nVitals per RN; tolerating PO.', 'RN');
    expectKept('Patient: Nolan Yeardley, lives in NY.', 'NY');
    expectKept('Patient: Paxton Olerud\nTake 1 tab P.O. daily.', 'P.O.');
    expectKept('Patient: Corliss Ambery\nCA 19-9 pending; CXR clear.', 'CXR');
  });

  it('keeps capitals with the letters of a name said in passing, and dosage forms', () => {
    expectKept('Patient: Nora Tate\nNNT 56 in the trial cited.', 'NNT');
    expectKept('Patient: Sela Vick\nSVC 31627 billed.', 'SVC');
    expectKept('Patient: Sela Vick\nsuperior vena cava (SVC) patent', 'SVC');
    expectKept('Patient: Delphine Rosenbaum\ncont pantoprazole DR 40 mg daily', 'DR');
  });

  it('keeps capitals when no name in the text has those initials', () => {
    expectKept('Patient: Corliss Ambery\nLevels per QX protocol.', 'QX');
  });
});
