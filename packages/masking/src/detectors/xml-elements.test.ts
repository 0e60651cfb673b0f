/** XML leaf elements read by their tag and their parent's. Values are made up. */
import { describe, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';

const RX = [
  '<NewRx><Patient><HumanPatient>',
  '<Name><LastName>Wendover</LastName><FirstName>Isolde</FirstName><MiddleName>Q</MiddleName></Name>',
  '<CommunicationNumbers><PrimaryTelephone><Number>5550198877</Number></PrimaryTelephone>',
  '<Fax><Number>5550198878</Number></Fax></CommunicationNumbers>',
  '</HumanPatient></Patient>',
  '<Pharmacy><BusinessName>Larchmont Apothecary</BusinessName></Pharmacy>',
  '<MedicationPrescribed><DrugDescription>apixaban 5 mg tablet</DrugDescription>',
  '<Quantity><Value>60</Value></Quantity><DrugDBCode><Code>1364445</Code></DrugDBCode>',
  '</MedicationPrescribed></NewRx>',
].join('\n');

describe('XML leaf elements', () => {
  it.each([
    ['Isolde', 'name'],
    ['Q', 'name'],
    ['5550198877', 'phone'],
    ['5550198878', 'fax'],
  ] as const)('reads %s by its tag under its parent', (value, type) => expectDetected(RX, value, type));

  it.each(['Larchmont Apothecary', 'apixaban 5 mg tablet', '<Value>60</Value>', '1364445'])(
    'keeps what its tag does not name: %s',
    (keep) => expectKept(RX, keep),
  );

  it('reads a first name only inside a name, a number only under a contact', () => {
    expectKept('<Query><FirstName>10</FirstName><Page><Number>4</Number></Page></Query>', '4');
    expectKept('<Options><First>Yes</First><Last>No</Last></Options>', 'Yes');
  });
});
