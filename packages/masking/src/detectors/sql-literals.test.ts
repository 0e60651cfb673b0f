/** SQL literals read by their column. Values are made up. */
import { describe, expect, it } from 'vitest';
import { detectText } from '../detect';
import { expectDetected, expectKept } from '../test-helpers';

const SQL = [
  'INSERT INTO person (id, name_last, name_first, birth_date, town, postcode, notes) VALUES',
  "  (501, 'Quenneville', 'Odile', '1949-11-02', 'Harrow Flats', '60614', 'prefers ''mornings'''),",
  "  (502, 'Abara', 'Chidi', NULL, 'Mill Ford', '60615', 'none');",
  "UPDATE visit SET visit_date = '2024-02-29', ward = 'Cardiology 4B' WHERE last_name ILIKE 'okonjo%';",
  "INSERT INTO enrol (member_id, finger_template, modality) VALUES (77, 'a9f3c2e1b7d4a9f3c2e1b7d4a9f3c2e1', 'fingerprint');",
  "SELECT * FROM person WHERE first_name IN ('Rosamund', 'Tiberius');",
].join('\n');

describe('SQL literals', () => {
  it.each([
    ['Quenneville', 'name'],
    ['Odile', 'name'],
    ['1949-11-02', 'date'],
    ['Harrow Flats', 'geo'],
    ['Abara', 'name'],
    ['Mill Ford', 'geo'],
    ['2024-02-29', 'date'],
    ['okonjo', 'name'],
    ['a9f3c2e1b7d4a9f3c2e1b7d4a9f3c2e1', 'biometric'],
    ['Rosamund', 'name'],
    ['Tiberius', 'name'],
  ] as const)('finds %s by its column', (value, type) => expectDetected(SQL, value, type));

  it.each(["prefers ''mornings''", 'Cardiology 4B', "'fingerprint'", 'NULL'])(
    'keeps the literals of other columns: %s',
    (value) => expectKept(SQL, value),
  );

  it("reads a role's abbreviated name columns and a column inside a function or a planner's cast", () => {
    const log = [
      "STATEMENT:  INSERT INTO members (mbr_id, pt_fn, pt_ln) VALUES ('77120', 'Isolde Mae', 'Wendover')",
      "Query Text: SELECT * FROM visits v JOIN members m USING (mbr_id) WHERE upper(m.pt_ln) = 'HALLORAN'",
      "      Filter: ((pt_fn)::text = 'Briseis'::text)",
      "      Index Cond: (lower(trim(pt_ln)) = 'pellow'::character varying)",
    ].join('\n');
    for (const name of ['Isolde Mae', 'Wendover', 'HALLORAN', 'Briseis', 'pellow'])
      expectDetected(log, name, 'name');
    expectKept("Filter: ((addr_ln)::text = 'Suite 4'::text) AND (status = 'active')", 'active');
  });

  it('reads a literal whose apostrophe a log printed without escaping it', () => {
    const raw = "Query Text: SELECT * FROM members WHERE pt_ln = 'O'HALLORAN' AND status = 'active'";
    expectDetected(raw, "O'HALLORAN", 'name');
    expectKept(raw, 'active');
    const insert = "INSERT INTO members (pt_fn, pt_ln, plan) VALUES ('Briseis', 'D'Arcy-Pellow', 'gold')";
    expectDetected(insert, "D'Arcy-Pellow", 'name');
    expectKept(insert, 'gold');
  });

  it("reads a column by the statement's other columns, as a JSON key by its siblings", () => {
    const insert =
      "INSERT INTO appointments (mrn, patient_name, starts_at, provider, location) VALUES ('00412233', 'Quenneville, Odile', '2024-10-21 9:00', 'Tiberius Wendover', 'Lakeside Kidney Care Partners');";
    expectDetected(insert, 'Tiberius Wendover', 'name');
    expectKept(insert, 'Lakeside Kidney Care Partners');
    // Without the patient beside it, a provider may be an organisation's record: its literal stays to the other detectors.
    const catalogue = "INSERT INTO plans (code, provider) VALUES ('GOLD', 'Lakeside Kidney Care Partners');";
    expectKept(catalogue, 'Lakeside Kidney Care Partners');
  });

  it('reads nothing outside a statement', () => {
    const text = "The town = 'Harrow Flats' in the note";
    expect(detectText(text).filter((s) => s.ruleId === 'sql_literals')).toEqual([]);
  });
});
