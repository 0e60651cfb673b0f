/**
 * Codes of the systems that classify care, never a person's number, which the identifier
 * detectors would read as one: a laboratory's CLIA certificate after "CLIA" and perhaps its
 * number's word ("CLIA 05D0912345", "CLIA#: 05D0912345", "CLIA No. 05D0912345", "CLIA License
 * # 05D0912345", "(CLIA): 05D0912345", "cliaNumber": "05D0912345"; two digits, a "D", seven
 * digits: it names a laboratory, no person), a HIPPS payment code after "HIPPS" ("HIPPS
 * 1FC21"), an MDS 3.0 item of section GG ("GG0170C"), and a LOINC code whose last digit checks
 * (mod 10) in brackets (not after an identifier's label), after "LOINC" ("SCREENING REPORT
 * (54089-8)") or in a table's column headed "loinc". The keep step drops whatever a detector found inside these ranges.
 */

/** The system's name, a label's sign or colon, then its code: all of it is kept. */
const CLIA =
  /(?<![\p{L}\p{N}])(CLIA(?:[ \t_-]*(?:#|No\.?|num(?:ber)?\.?|ID|cert(?:ificate)?\.?|lic(?:en[cs]e)?\.?)){0,2}\)?["']?[ \t]*[:=]?[ \t]*["'(]?#?[ \t]*\d{2}D\d{7})(?![\p{L}\p{N}])/dgiu;
const HIPPS = /(?<![\p{L}\p{N}])(HIPPS(?:[ \t]*code)?[ \t]*:?[ \t]*[0-9A-Z]{5})(?![\p{L}\p{N}])/dgu;
/** An MDS item of section GG: "GG0130A", "GG0170C1". */
const MDS_GG = /(?<![\p{L}\p{N}])(GG0\d{3}[A-Z]\d?)(?![\p{L}\p{N}])/dgu;
/** A LOINC code in brackets or after the system's name: "(54089-8)", "LOINC 2345-7". */
const LOINC = /(?:\(|(?<![\p{L}\p{N}])LOINC[ \t]*(?:code)?[ \t]*:?[ \t]*)(\d{3,5}-\d)(?![\p{N}-]|\.\d)/dgiu;

/** Whether a LOINC code's check digit is the mod 10 of its number (the LOINC algorithm). */
export function loincChecks(code: string): boolean {
  const dash = code.indexOf('-');
  const body = code.slice(0, dash);
  let odd = '';
  let even = '';
  for (let i = body.length - 1, k = 1; i >= 0; i--, k++) {
    if (k % 2 === 1) odd = (body[i] as string) + odd;
    else even = (body[i] as string) + even;
  }
  const joined = `${even}${String(Number(odd) * 2)}`;
  let sum = 0;
  for (const c of joined) sum += c.charCodeAt(0) - 48;
  return (10 - (sum % 10)) % 10 === Number(code.slice(dash + 1));
}

/** An identifier's label right before the brackets ("MRN (12345-6)"): the number is the person's. */
const ID_LABEL_BEFORE = /(?:mrn|id|no\.?|#|acct|account|member|case|file|chart|record)[ \t:]*\($/i;

/** A LOINC code that checks, not in brackets after an identifier's label. */
function loincAt(text: string, m: RegExpExecArray): boolean {
  if (!loincChecks(m[1] as string)) return false;
  return !(m[0].startsWith('(') && ID_LABEL_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index + 1)));
}

function collect(
  re: RegExp,
  text: string,
  out: [number, number][],
  check?: (text: string, m: RegExpExecArray) => boolean,
): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const span = m.indices?.[1];
    if (span && (!check || check(text, m))) out.push([span[0], span[1]]);
  }
}

/** A table's header cell naming its LOINC column: "loinc", "LOINC code", "loinc_num". */
const LOINC_HEADER = /^[ \t"]*loinc(?:[ _-]?(?:code|num|number|id))?[ \t"]*$/i;
const LOINC_CELL = /^[ \t"]*(\d{3,5}-\d)[ \t"\r]*$/;
const CELL_DELIMITERS = [',', '\t', '|'];

/**
 * The LOINC codes in a table's column its header names ("loinc,result,collected,patient" above
 * "77202-0,K 3.7 mmol/L,…"), down to the table's end (a blank line): each cell that checks.
 */
function loincColumns(text: string, out: [number, number][]): void {
  const lines = text.split('\n');
  let at = 0;
  let column = -1;
  let delimiter = '';
  for (const line of lines) {
    if (line.trim().length === 0) column = -1;
    else if (column >= 0) {
      const cells = line.split(delimiter);
      const cell = cells[column];
      const m = cell === undefined ? null : LOINC_CELL.exec(cell);
      if (m && loincChecks(m[1] as string)) {
        const offset =
          at +
          cells.slice(0, column).reduce((n, c) => n + c.length + 1, 0) +
          (cell as string).indexOf(m[1] as string);
        out.push([offset, offset + (m[1] as string).length]);
      }
    } else if (/loinc/i.test(line)) {
      for (const d of CELL_DELIMITERS) {
        const k = line.split(d).findIndex((c) => LOINC_HEADER.test(c));
        if (k >= 0 && line.includes(d)) {
          column = k;
          delimiter = d;
          break;
        }
      }
    }
    at += line.length + 1;
  }
}

/** Character ranges of the codes above in `text`. */
export function codedItemSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  if (text.includes('CLIA') || text.includes('clia') || text.includes('Clia')) collect(CLIA, text, out);
  if (text.includes('HIPPS')) collect(HIPPS, text, out);
  if (text.includes('GG0')) collect(MDS_GG, text, out);
  if (text.includes('-') && (text.includes('(') || /loinc/i.test(text))) {
    collect(LOINC, text, out, loincAt);
    if (/loinc/i.test(text)) loincColumns(text, out);
  }
  return out;
}
