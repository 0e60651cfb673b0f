import { describe, expect, it } from 'vitest';
import { detectText } from '../detect';
import { foundBy } from '../test-helpers';
import { capitalsPeople } from './capitals-people';

describe('people a printout or a mail in capitals names by where it puts them', () => {
  it.each([
    ['REVIEWED BY PRIVACY OFFICER JORKKA EMBEDUI FEB 13 2025', 'JORKKA EMBEDUI'],
    ['REVIEWED BY PRIVACY OFFICER WAINO EMBELUOĞLU 09-19-2023', 'WAINO EMBELUOĞLU'],
    ['CHARGE NURSE MARIT OYELARAN\nCENSUS 22', 'MARIT OYELARAN'],
    ['DISPO: HOME WITH DAUGHTER SVAONG THUYNN AT 60076 LONNY HILL', 'SVAONG THUYNN'],
    ['DISPO: HOME WITH HUSBAND THUELU DAGYNNOĞLU AT 5713 HAND FLAT', 'THUELU DAGYNNOĞLU'],
    ['NOK: SON ABERASH TEKLU PH 555 201 3344', 'ABERASH TEKLU'],
    ['2025-02-08T04:05:07Z  QUOVROO,NYXEDU  RESULTS VIEW  WS 10.2.3.4', 'QUOVROO,NYXEDU'],
    ['1742014708595  WOLF,ALEC  CHART OPEN  WS 10.2.3.4', 'WOLF,ALEC'],
    ['RE: refill LIND F1800532', 'LIND', 'F1800532'],
    ['RE: refill GREENHOLT 00942767', 'GREENHOLT', '00942767'],
    ['Subject: readmit - IBELAQ\nTo: someone', 'IBELAQ'],
    ['Subject: readmit - KLING-TROMP', 'KLING-TROMP'],
  ])('finds the person in %j', (text, ...found) => expect(foundBy(capitalsPeople, text)).toEqual(found));

  it.each([
    ['HOME WITH DAUGHTER AT BEDSIDE'],
    ['DISCUSSED WITH WIFE, WHO AGREES'],
    ['SON PRESENT FOR TEACHING'],
    ['PRIVACY OFFICER NOTIFIED 02/13/2025'],
    ['CHARGE NURSE AWARE'],
    ['RESULTS  NA,K  PENDING'],
    ['DX  HTN,DM  STABLE'],
    ['RE: CBC 1234567'],
    ['RE: refill LISINOPRIL 10MG'],
    ['RE: refill METFORMIN 1234567'],
    ['Subject: lab results - CRITICAL'],
    ['Subject: MRI 20240501 - PENDING'],
    ['REFILL LIND 123456 outside a subject'],
  ])('finds no one in %j', (text) => expect(foundBy(capitalsPeople, text)).toEqual([]));

  it('types the subject line record number as the chart number', () => {
    const spans = detectText('RE: refill BAHRINGER 00035258', { detectors: [capitalsPeople] });
    expect(spans.map((s) => s.type)).toEqual(['name', 'mrn']);
  });
});
