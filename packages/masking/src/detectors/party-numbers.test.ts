import { describe, expect, it } from 'vitest';
import { ruleHolds } from '../field-rules';
import { FAX_PARTY_RULE, isFaxMessage } from './party-numbers';

describe("a fax's to and from", () => {
  it('reads a message beside a cover sheet, pages or the document it carries as a fax', () => {
    expect(isFaxMessage(['to', 'from', 'cover_sheet', 'attachments'])).toBe(true);
    expect(isFaxMessage(['to', 'from', 'mediaUrl'])).toBe(true);
    expect(isFaxMessage(['to', 'from', 'coverPage', 'pageCount'])).toBe(true);
  });

  it('reads a range, an e-mail or a table row as no fax', () => {
    expect(isFaxMessage(['from', 'to', 'step'])).toBe(false);
    expect(isFaxMessage([])).toBe(false);
    expect(isFaxMessage(['to', 'from', 'subject', 'body'])).toBe(false);
  });

  it.each([['9116085596'], ['+1 (748) 883-7763'], ['212-555-0147'], ['+442079460958']])(
    'holds for the number %s',
    (value) => expect(ruleHolds(FAX_PARTY_RULE, value)).toBe(true),
  );

  it.each([['2024-01-01'], ['1700000000'], ['records@clinic.example.org'], ['Dr. Kuhlman'], ['20']])(
    'leaves %s to the other detectors',
    (value) => expect(ruleHolds(FAX_PARTY_RULE, value)).toBe(false),
  );
});
