/**
 * A unified diff (a commit, a pull request's patch, a CI log quoting one) writes each line of a
 * file behind a '+', '-' or ' ': a CSV or TSV fixture in it is a table whose header and rows
 * all start with that mark. The table reader sees the file as it is once the marks are read as
 * white space (the text keeps its length, so the spans keep their offsets): the header names
 * the columns of the rows below it, added, removed or unchanged alike.
 */
import { alignedTablesDetector } from './aligned-tables';
import { type Detector, scanContext } from './detector';
import { delimitedTables } from './tables';

/** A hunk's header: "@@ -38,4 +9,13 @@". */
const HUNK = /^@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@/m;

/** `text` with the mark of each line of a hunk read as a space, or undefined when none is there. */
function unmarked(text: string): string | undefined {
  let out = '';
  let inHunk = false;
  let changed = false;
  let from = 0;
  while (from < text.length) {
    let end = text.indexOf('\n', from);
    if (end < 0) end = text.length;
    const c = text.charCodeAt(from);
    if (text.startsWith('@@ ', from)) inHunk = true;
    else if (
      inHunk &&
      (c === 0x2b || c === 0x2d) &&
      !text.startsWith('+++ ', from) &&
      !text.startsWith('--- ', from)
    ) {
      out += ` ${text.slice(from + 1, end)}`;
      changed = true;
      from = end + 1;
      if (end < text.length) out += '\n';
      continue;
    } else if (inHunk && c !== 0x20 && c !== 0x5c) inHunk = false;
    out += text.slice(from, end);
    if (end < text.length) out += '\n';
    from = end + 1;
  }
  return changed ? out : undefined;
}

export const diffTables: Detector = {
  id: 'diff_tables',
  types: delimitedTables.types,
  run(ctx) {
    if (!ctx.includes('@@ ') || !(ctx.includes(',') || ctx.includes('\t')) || !ctx.test(HUNK)) return;
    const text = unmarked(ctx.text);
    if (text === undefined) return;
    const sub = scanContext(text, ctx.skip, false, ctx.fields);
    delimitedTables.run(sub);
    alignedTablesDetector.run(sub);
    for (const s of sub.out) ctx.out.push({ ...s, ruleId: 'diff_tables' });
  },
};
