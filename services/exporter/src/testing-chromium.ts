/** Headless Chromium for the tests that render the exporter's HTML: printed to PDF, screenshotted. */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';

/** The Chromium binary; `test` names the test that cannot run without one in the error. */
export function chromiumPath(test: string): string {
  const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
  if (!chromium)
    throw new Error(`${test} needs Chromium: install it with \`apt-get install chromium\` (Debian)`);
  return chromium;
}

/** Opens a local HTML file in headless Chromium with the output flags given (a PDF print, a screenshot). */
export async function renderInChromium(chromium: string, file: string, flags: string[]): Promise<void> {
  await promisify(execFile)(
    chromium,
    ['--headless', '--no-sandbox', '--disable-gpu', ...flags, `file://${file}`],
    { timeout: 90_000 },
  );
}
