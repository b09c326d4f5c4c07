import { expect, test } from 'vitest';
import { type BrowserLookup, resolveBrowser } from './browser.ts';

const PLAYWRIGHT = '/home/me/.cache/ms-playwright/chromium-1200/chrome-linux/chrome';
const SYSTEM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** A machine where exactly these files exist. */
function machine(files: readonly string[], env: NodeJS.ProcessEnv = {}): Partial<BrowserLookup> {
  return { env, exists: (path) => files.includes(path), playwrightPath: () => PLAYWRIGHT, systemPaths: SYSTEM };
}

test('DECK_BROWSER wins over every browser found', () => {
  expect(resolveBrowser(machine(['/opt/chrome', PLAYWRIGHT, ...SYSTEM], { DECK_BROWSER: '/opt/chrome' }))).toEqual({
    executablePath: '/opt/chrome',
    source: 'env',
  });
});

test('a DECK_BROWSER that points nowhere is an error that says so, not a silent fallback', () => {
  expect(() => resolveBrowser(machine([PLAYWRIGHT, ...SYSTEM], { DECK_BROWSER: '/nowhere/chrome' }))).toThrow(
    'DECK_BROWSER is set to "/nowhere/chrome", but no file is there. Fix: point DECK_BROWSER at a Chrome or Chromium binary, or unset it.',
  );
});

test('then Playwright’s own Chromium, when it is installed', () => {
  expect(resolveBrowser(machine([PLAYWRIGHT, ...SYSTEM]))).toEqual({
    executablePath: PLAYWRIGHT,
    source: 'playwright',
  });
});

test('then the first system Chromium or Chrome there is, in order', () => {
  expect(resolveBrowser(machine(['/usr/bin/google-chrome', '/usr/bin/chromium-browser']))).toEqual({
    executablePath: '/usr/bin/chromium-browser',
    source: 'system',
  });
  expect(resolveBrowser({ ...machine(['/usr/bin/chromium']), playwrightPath: () => null })).toEqual({
    executablePath: '/usr/bin/chromium',
    source: 'system',
  });
});

test('with none, the error says how to get one', () => {
  expect(() => resolveBrowser(machine([]))).toThrow(
    'No Chromium or Chrome found. Fix: run `sudo apt-get install -y chromium` (Debian/Ubuntu), or `npx playwright install chromium`, or set DECK_BROWSER=/path/to/chrome.',
  );
});
