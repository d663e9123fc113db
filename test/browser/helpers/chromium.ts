// Debian's chromium, driven by playwright-core (no bundled browser downloads). Without it the
// browser tests are skipped with a message saying how to get it; CI installs it (.ci/run).
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env['CROSSCHECK_CHROMIUM'] ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const SKIP_MESSAGE = `browser tests skipped: no chromium at ${CHROMIUM} (apt-get install -y chromium, or set CROSSCHECK_CHROMIUM)`;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic',
      '--no-first-run', '--disable-component-update', '--disable-sync',
    ],
  });
}
