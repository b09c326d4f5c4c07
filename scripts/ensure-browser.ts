/**
 * Run before the browser tests: finds a browser the way everything else does, and where none is
 * found installs Debian's chromium when it can (root with apt-get), or says the exact command.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { BrowserNotFoundError, resolveBrowser } from '../src/export/browser.ts';

function tryResolve() {
  try {
    return resolveBrowser();
  } catch (error) {
    if (error instanceof BrowserNotFoundError && !process.env.DECK_BROWSER) return null;
    throw error;
  }
}

try {
  let browser = tryResolve();
  if (!browser) {
    const isRoot = process.getuid?.() === 0;
    if (!isRoot || !existsSync('/usr/bin/apt-get')) {
      console.error(
        'No Chromium or Chrome found for the browser tests. Run: sudo apt-get install -y chromium  (or set DECK_BROWSER=/path/to/chrome)',
      );
      process.exit(1);
    }
    console.log('No browser found: installing Debian chromium with apt-get...');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    browser = tryResolve();
    if (!browser)
      throw new BrowserNotFoundError('apt-get finished but no chromium binary was found at /usr/bin/chromium.');
  }
  console.log(`Browser: ${browser.executablePath} (${browser.source})`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
