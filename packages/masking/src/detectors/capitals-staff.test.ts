import { describe, expect, it } from 'vitest';
import { foundBy } from '../test-helpers';
import { capitalsStaff } from './capitals-staff';

describe('a member of staff in a printout in capitals', () => {
  it.each([
    ['      GIVEN 0550 BY EWISOZK 727144  SCANNED SPECTRALINK 8744\n', 'EWISOZK', '727144'],
    ['      GIVEN 0657 BY SDOUGLAS ID48402  SCANNED GE CARESCAPE\n', 'SDOUGLAS', 'ID48402'],
    ['      GIVEN 0657 BY SDOUGLAS\n', 'SDOUGLAS'],
    ['PF7=BACK PF8=FWD PF12=NOTES   USER MTREUTEL', 'MTREUTEL'],
    ['CRIT CALLED TO Q PAVEDU RN BY EG 04/02/25\n', 'Q PAVEDU', 'EG'],
    ['Signature: TD ~~~~       Date: 11/02/2025\n', 'TD'],
    ['404-B  83M  10/02/25  I EMBVROOVA, NP  I214\n', 'I EMBVROOVA'],
    ['10/08/25  DR WARD  I214\n', 'WARD'],
    ['DICT: DR PRICE\nHPI: 66 YO F\n', 'PRICE'],
    ['LOC: 5E TELE  ORD MD: DR VON\n\nCOLLECTED', 'VON'],
    // A login a list would read as a drug by its ending, or a long hyphened one, with its badge.
    ['      GIVEN 1350 BY RCONSIDINE ID15584  SCANNED VOCERA\n', 'RCONSIDINE', 'ID15584'],
    ['      GIVEN 1249 BY RCRUICKSHANK-JACOBSON 720420  SCANNED\n', 'RCRUICKSHANK-JACOBSON', '720420'],
    // Capitals of any script.
    ['      GIVEN 1104 BY WEMBEDUOĞLU E434536  SCANNED HILL-ROM CENTRELLA\n', 'WEMBEDUOĞLU', 'E434536'],
    ['CRIT CALLED TO P JORELUOĞLU RN BY LH 01/05/25\n', 'P JORELUOĞLU', 'LH'],
    ['DICT: DR ÇELİKÖZ\n', 'ÇELİKÖZ'],
  ])('finds the person in %j', (text, ...names) => expect(foundBy(capitalsStaff, text)).toEqual(names));

  it.each([
    ['TAKE 1 TAB BY MOUTH\n'],
    ['RESULTED BY SYSTEM 12345\n'],
    ['REPLACED BY HEPARIN 5000\n'],
    ['DILUTED BY NORMAL 250\n'],
    ['VERIFIED BY PHARMACY  0800\n'],
    ['COSIGNED BY MD 04/02/25\n'],
    ['DR AWARE\n'],
    ['PER DR MRI\n'],
    ['CALL DR ASAP\n'],
    ['Signature: N/A\n'],
    ['SAT 4 L NC RN AWARE\n'],
  ])('finds no one in %j', (text) => expect(foundBy(capitalsStaff, text)).toEqual([]));
});
