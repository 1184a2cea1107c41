// Headless Chromium from Debian (/usr/bin/chromium) through playwright-core; never a downloaded browser.
// Without it the browser suites are skipped loudly, or fail under LIANXIN_REQUIRE_BROWSER=1 (CI).
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from './built-api.mjs';

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
  return chromium.launch({ executablePath: CHROMIUM, args: ['--headless', ...CHROMIUM_FLAGS] });
}
