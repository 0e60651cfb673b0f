import { describe, expect, it } from 'vitest';
import { createMasker } from './masker';

const masker = createMasker();
/** The text blocks of a tool result, masked. */
const blocks = (...texts: string[]): string[] =>
  JSON.parse(
    masker.maskFrame(
      JSON.stringify({
        jsonrpc: '2.0',
        id: 1,
        result: { content: texts.map((text) => ({ type: 'text', text })) },
      }),
    ).text,
  ).result.content.map((b: { text: string }) => b.text);

describe('a table cut across text blocks', () => {
  it('reads the rows of later Markdown blocks under the header that closed an earlier one', () => {
    expect(
      blocks(
        'Device list\n| Patient | Device | Serial | Firmware |\n|---|---|---|---|',
        '| Quenby Orlay | Azure XT | 072XTS3107 | 5.0.82 |',
        '| Mara Tessick | Edora 8 | RNR968206H | 2.1.4 |',
      ),
    ).toEqual([
      'Device list\n| Patient | Device | Serial | Firmware |\n|---|---|---|---|',
      '| [NAME] | Azure XT | [DEVICE] | 5.0.82 |',
      '| [NAME] | Edora 8 | [DEVICE] | 2.1.4 |',
    ]);
  });

  it('reads CSV rows and HTML rows after their header in the block before', () => {
    expect(blocks('mrn,device,serial\n', 'Q4471920,Azure XT,072XTS3107')).toEqual([
      'mrn,device,serial\n',
      '[MRN],Azure XT,[DEVICE]',
    ]);
    expect(
      blocks(
        '<table><tr><th>Serial</th><th>Model</th></tr>',
        '<tr><td>072XTS3107</td><td>Azure XT</td></tr></table>',
      ),
    ).toEqual([
      '<table><tr><th>Serial</th><th>Model</th></tr>',
      '<tr><td>[DEVICE]</td><td>Azure XT</td></tr></table>',
    ]);
  });

  it('keeps rows under a header that names no identifier, and a block that is no row of the table', () => {
    const drugs = ['| Drug | Lot | Dose |\n|---|---|---|', '| Apixaban | L20931 | 5 mg |'];
    expect(blocks(...drugs)).toEqual(drugs);
    const prose = ['| Patient | Serial |\n|---|---|', 'Batch 072XTS3107 shipped, 3 units.'];
    expect(blocks(...prose)).toEqual(prose);
  });
});
