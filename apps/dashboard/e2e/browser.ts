// Headless Chromium from Debian (/usr/bin/chromium) through playwright-core; never a downloaded browser.
// Without it the browser suites are skipped loudly, or fail under LIANXIN_REQUIRE_BROWSER=1 (CI).
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const browserAvailable = fs.existsSync(CHROMIUM);

if (!browserAvailable) {
  const message = `Chromium is not installed at ${CHROMIUM}`;
  if (process.env.LIANXIN_REQUIRE_BROWSER === '1')
    throw new Error(`${message} (apt-get install -y chromium)`);
  console.warn(
    `\n!!! ${message}: the browser suites are SKIPPED. Set LIANXIN_REQUIRE_BROWSER=1 to fail instead.\n`,
  );
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    // The networking flags keep Chromium from calling Google services on this closed network.
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}
